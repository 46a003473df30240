// One scenario as a diagram: positions, colours, sizes, roles, regie overlay, highlighted
// actors, collapsed groups, legend and title (export.hpp describes the contract).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <set>
#include <tuple>

#include "analytics/analysis.hpp"
#include "export/diagram_graph.hpp"
#include "export/failure.hpp"
#include "export/scenario_diagram.hpp"
#include "layout/layout.hpp"
#include "model/actor_text.hpp"
#include "model/role_mark.hpp"
#include "model/visual_vocabulary.hpp"

namespace rk::exporter {

std::string actor_label(const Actor& a) {
    return std::string(display_name(a));  // the engine's one rule (model/actor_text.hpp)
}

DiagramStyle style_from_view(const Scenario& s) {
    DiagramStyle st;
    if (!s.view.color_by.empty())
        st.color_by = s.view.color_by;
    st.size_by = s.view.size_by;
    st.visible_layers = s.view.visible_layers;
    st.regie_overlay = s.view.regie_overlay;
    return st;
}

namespace detail {

namespace {

constexpr double kScreenRadius = 14;    // the canvas's node radius in scenario units
constexpr double kMinMarkRadius = 2.5;  // the canvas never draws a node smaller (pixels)

std::string tr(Language l, const char* nl, const char* en) {
    return l == Language::Dutch ? nl : en;
}

bool is_regisseur(const Actor& a) {
    return std::any_of(a.roles.begin(), a.roles.end(), [](Role r) {
        return r == Role::Regisseur || r == Role::CoordinerendRegisseur;
    });
}

std::string attribute_title(const std::string& attr, Language l) {
    if (attr == "bestuurslaag")
        return tr(l, "Bestuurslaag", "Tier of government");
    if (attr == "type")
        return tr(l, "Soort organisatie", "Type of organisation");
    if (attr == "sector")
        return "Sector";
    if (attr == "koker")
        return tr(l, "Koker", "Column (koker)");
    if (attr == "group")
        return tr(l, "Groep", "Group");
    if (attr == "stance")
        return tr(l, "Houding", "Stance");
    return attr;
}

// An edge of the vocabulary as Graphviz draws it, with the legend's sample line.
struct EdgeLook {
    std::string color;
    std::string style;  // solid or dashed
    double penwidth = 1.2;
    std::string sample;  // the legend's line drawn with characters
};

// Layers whose ties point somewhere (the canvas draws an arrow when the relation is directed).
bool layer_has_arrow(Layer l) {
    return l == Layer::Directs || l == Layer::Funding || l == Layer::Supervision ||
           l == Layer::Commission || l == Layer::FormalAuthority;
}

EdgeLook edge_look(const vocabulary::EdgeStyle& v, bool arrow) {
    EdgeLook look;
    look.color = v.color.hex();
    look.style = v.dashed ? "dashed" : "solid";
    look.penwidth = v.width;
    look.sample = std::string(v.dashed ? "– – " : "——") + (arrow ? "▶" : "—");
    return look;
}

// The canvas's mark for an actor: shape name and badge letter (model/role_mark.hpp).
std::pair<std::string, std::string> screen_mark(const Actor& a) {
    const RoleMark m = role_mark(a);
    return {std::string(mark_shape_name(m.shape)), m.letter};
}

}  // namespace

// Positions for every actor: the stored ones, completed by a layout run when some are
// missing (layout module; a circle if even that fails).
std::map<std::string, Position> complete_positions(const Scenario& s,
                                                   std::vector<std::string>& notes,
                                                   Progress* progress) {
    std::map<std::string, Position> pos;
    std::size_t missing = 0;
    for (const auto& a : s.actors) {
        auto it = s.positions.find(a.id);
        if (it != s.positions.end() && std::isfinite(it->second.x) && std::isfinite(it->second.y))
            pos[a.id] = it->second;
        else
            ++missing;
    }
    if (missing == 0)
        return pos;
    layout::LayoutRequest req;
    req.engine = layout::LayoutEngine::Neato;
    req.anchors = pos;
    req.anchor_strength = 1.0;
    const auto lr = detail::result_or_failure<layout::LayoutResult>(
        [&] { return layout::run_layout(s, req, progress); });
    if (lr.ok) {
        for (const auto& [id, p] : lr.positions)
            pos.emplace(id, p);  // stored ones win
        notes.push_back(std::to_string(missing) +
                        " actor(s) without a position: laid out with neato");
    }
    // Whatever is still missing goes on a circle around the drawing.
    const double r = 60.0 * std::sqrt(static_cast<double>(s.actors.size()) + 1);
    std::size_t k = 0;
    for (const auto& a : s.actors) {
        if (pos.count(a.id))
            continue;
        const double t = 2 * std::numbers::pi * static_cast<double>(k++) /
                         static_cast<double>(std::max<std::size_t>(missing, 1));
        pos[a.id] = {r * std::cos(t), r * std::sin(t), false};
    }
    if (!lr.ok)
        notes.push_back("layout failed (" + lr.error + "): missing positions on a circle");
    return pos;
}

double spacing_scale(const std::map<std::string, Position>& positions) {
    // Scale up cramped coordinates (median nearest-neighbour distance below ~one node), so
    // labels do not overlap; never scale down (the user's arrangement is kept).
    std::vector<std::pair<double, double>> pts;
    for (const auto& [id, p] : positions)
        pts.emplace_back(p.x, p.y);
    if (pts.size() < 2 || pts.size() > 3000)
        return 1.0;  // O(n^2): skip for huge drawings
    std::vector<double> nn;
    for (std::size_t i = 0; i < pts.size(); ++i) {
        double best = 1e300;
        for (std::size_t j = 0; j < pts.size(); ++j)
            if (i != j)
                best = std::min(
                    best, std::hypot(pts[i].first - pts[j].first, pts[i].second - pts[j].second));
        nn.push_back(best);
    }
    std::nth_element(nn.begin(), nn.begin() + static_cast<long>(nn.size() / 2), nn.end());
    const double median = nn[nn.size() / 2];
    return median > 0 && median < 95 ? std::min(95 / median, 1000.0) : 1.0;
}

namespace {

// Per-actor values for size_by: given by the caller, else degree counted here, else none.
std::map<std::string, double> size_values(const Scenario& s, const DiagramStyle& st) {
    if (!st.size_values.empty() || st.size_by.empty())
        return st.size_values;
    std::map<std::string, double> v;
    if (st.size_by == "degree") {
        for (const auto& a : s.actors)
            v[a.id] = 0;
        for (const auto& r : s.relations) {
            if (!st.visible_layers.empty() &&
                std::find(st.visible_layers.begin(), st.visible_layers.end(), r.layer) ==
                    st.visible_layers.end())
                continue;
            if (v.count(r.source))
                v[r.source] += 1;
            if (v.count(r.target))
                v[r.target] += 1;
        }
        return v;
    }
    // Any other metric comes from the analysis the caller shows (metric_values()): this
    // file never analyses again, so a file cannot size nodes differently from the screen.
    return v;
}

// Each agreement as one box near the centre of its parties' nodes (at the nearest spot where
// it hides no node and no name: DNode::floating), with solid spokes to the
// signatories and dotted ones to the addressees, so signing a deal makes no star of
// relations (issue 20). Parties inside a collapsed group meet at the group's node.
void add_agreement_hubs(DGraph& g, const Scenario& s,
                        const std::map<std::string, std::string>& node_of, Language L) {
    std::map<std::string, std::pair<double, double>> at;
    for (const auto& n : g.nodes)
        at[n.id] = {n.x, n.y};
    for (const Agreement& a : s.agreements) {
        std::vector<std::pair<std::string, bool>> parties;  // node id, signatory
        auto add = [&](const std::string& actor, bool signatory) {
            auto it = node_of.find(actor);
            if (it == node_of.end() || !at.count(it->second))
                return;
            for (const auto& p : parties)
                if (p.first == it->second)
                    return;
            parties.push_back({it->second, signatory});
        };
        for (const auto& id : a.signatories)
            add(id, true);
        for (const auto& id : a.addressees)
            add(id, false);
        if (parties.empty())
            continue;
        DNode hub;
        hub.id = "agreement:" + a.id;
        hub.lines = {a.name.empty() ? a.id : a.name};
        hub.badge = std::string(label(a.kind, L));
        if (a.binding != Bindingness::Unknown)
            hub.badge += " · " + std::string(label(a.binding, L));
        for (const auto& p : parties) {
            hub.x += at[p.first].first / double(parties.size());
            hub.y += at[p.first].second / double(parties.size());
        }
        hub.fill = "#FFF6DC";
        hub.outline = "#AA7D19";
        hub.font_color = "#3C2D0A";
        hub.floating = true;
        const std::string hub_id = hub.id;
        g.nodes.insert(g.nodes.begin(), std::move(hub));  // under the actors, as on screen
        for (const auto& [node, signatory] : parties) {
            DEdge e;
            e.from = hub_id;
            e.to = node;
            e.color = "#966E148C";
            e.style = signatory ? "solid" : "dotted";
            e.penwidth = 1.0;
            g.edges.insert(g.edges.begin(), std::move(e));  // under the relations
        }
    }
}

}  // namespace

DGraph build_scenario_graph(const Case& c, const Scenario& original, const DiagramStyle& st,
                            std::vector<std::string>& notes, Progress* progress,
                            const std::map<std::string, Position>* forced_positions) {
    const Language L = st.lang;
    const Scenario s = st.anonymise ? anonymise(original, L) : original;
    DGraph g;
    g.font = st.font;
    g.title = st.title.empty() ? c.title : st.title;
    if (st.anonymise)
        g.title = anonymise_text(g.title, original, L);
    if (st.show_scenario) {
        g.subtitle = s.name.empty() ? s.id : s.name;
        // "Voor het programma (2020)" already says its year.
        if (!s.date.empty() && g.subtitle.find(s.date) == std::string::npos)
            g.subtitle += " \u2014 " + s.date;
    }
    g.caption = st.anonymise ? anonymise_text(st.caption, original, L) : st.caption;

    auto positions = forced_positions ? *forced_positions : complete_positions(s, notes, progress);

    // Collapsed groups: members become one node.
    std::set<std::string> collapsed;
    if (st.collapsed_groups) {
        collapsed = *st.collapsed_groups;
    } else {
        for (const auto& gr : s.groups)
            if (gr.collapsed)
                collapsed.insert(gr.id);
    }
    std::map<std::string, std::string> node_of;  // actor id -> node id
    std::map<std::string, std::vector<const Actor*>> members;
    for (const auto& a : s.actors) {
        if (!a.group.empty() && collapsed.count(a.group)) {
            node_of[a.id] = "group:" + a.group;
            members["group:" + a.group].push_back(&a);
        } else {
            node_of[a.id] = a.id;
        }
    }

    // Window mode keeps the user's arrangement exactly: screen pixels around the window centre.
    const auto& win = st.window;
    const double scale = win ? win->zoom : spacing_scale(positions);
    const double shift_x = win ? win->center_x : 0, shift_y = win ? win->center_y : 0;
    if (win) {
        g.window = DGraph::Window{win->width, win->height, win->background, win->text_color};
    }
    auto place = [&](DNode& n, double x, double y) {
        n.x = (x - shift_x) * scale;
        n.y = -(y - shift_y) * scale;  // screen y grows downward, Graphviz y upward
    };

    // Node colours: the caller's (the screen's, with its legend), else the canvas's colouring
    // by the attribute (model/visual_vocabulary.hpp), so file and screen agree.
    std::map<std::string, std::string> actor_fill;              // actor id -> colour
    std::vector<std::pair<std::string, std::string>> swatches;  // legend: label, colour
    const bool colored = st.color_by != "none" && !st.color_by.empty();
    if (!st.node_colors.empty()) {
        actor_fill = st.node_colors;
        swatches = st.color_legend;
    } else if (colored) {
        const auto coloring = vocabulary::actor_coloring_by(s, st.color_by, L);
        for (std::size_t i = 0; i < s.actors.size(); ++i)
            actor_fill[s.actors[i].id] = coloring.legend[coloring.category[i]].color.hex();
        for (const auto& e : coloring.legend)
            swatches.emplace_back(e.label, e.color.hex());
    }
    const std::string unknown_fill = vocabulary::unknown_color().hex();
    auto fill_of = [&](const Actor& a) -> std::string {
        if (!colored && st.node_colors.empty())
            return "#F2F2F2";
        auto it = actor_fill.find(a.id);
        return it != actor_fill.end() ? it->second : unknown_fill;
    };

    // The vocabulary's edge looks with the caller's colours (the screen's), if any.
    auto regie_look_of = [&](RegieKind k) {
        EdgeLook look = edge_look(vocabulary::regie_style(k), true);
        if (auto it = st.regie_colors.find(k); it != st.regie_colors.end())
            look.color = it->second;
        return look;
    };
    auto layer_look_of = [&](Layer l) {
        EdgeLook look = edge_look(vocabulary::layer_style(l, false), layer_has_arrow(l));
        if (auto it = st.layer_colors.find(l); it != st.layer_colors.end())
            look.color = it->second;
        return look;
    };

    const auto sizes = size_values(s, st);
    if (sizes.empty() && !st.size_by.empty())
        notes.push_back("size by " + st.size_by + ": no values given, drawn uniform");
    double smin = 1e300, smax = -1e300;
    for (const auto& [id, v] : sizes)
        if (std::isfinite(v))
            smin = std::min(smin, v), smax = std::max(smax, v);
    auto scale_of = [&](const std::string& id) {
        auto it = sizes.find(id);
        if (it == sizes.end() || !std::isfinite(it->second) || !(smax > smin))
            return 1.0;
        return 1.0 + 0.8 * (it->second - smin) / (smax - smin);
    };
    const std::set<std::string> highlight(st.highlight.begin(), st.highlight.end());
    bool any_regisseur = false;

    std::set<std::string> emitted;
    for (const auto& a : s.actors) {
        const std::string nid = node_of[a.id];
        if (!emitted.insert(nid).second)
            continue;
        DNode n;
        n.id = nid;
        if (nid.rfind("group:", 0) == 0) {
            const auto& ms = members[nid];
            std::string name = a.group;
            for (const auto& gr : s.groups)
                if (gr.id == a.group && !gr.name.empty())
                    name = gr.name;
            n.lines = wrap(name, 20);
            n.badge = std::to_string(ms.size()) + tr(L, " actoren", " actors");
            double x = 0, y = 0;
            std::set<std::string> fills;
            for (const auto* m : ms) {
                x += positions[m->id].x;
                y += positions[m->id].y;
                fills.insert(fill_of(*m));
                if (highlight.count(m->id))
                    n.outline = "#E4007C", n.penwidth = 4;
            }
            place(n, x / static_cast<double>(ms.size()), y / static_cast<double>(ms.size()));
            n.fill = fills.size() == 1 ? *fills.begin() : "#DDDDDD";
            n.peripheries = 3;  // a stack: several organisations behind one box
            if (win) {
                n.lines = {name};
                n.badge.clear();
                n.radius = std::max(kScreenRadius * 1.6 * win->zoom, kMinMarkRadius);
                n.shape = "circle";
            }
        } else {
            n.lines = wrap(actor_label(a), 20);
            std::vector<std::string> roles;
            for (Role r : a.roles)
                roles.emplace_back(label(r, L));
            if (roles.size() > 2)
                roles.resize(2), roles.back() += ", \u2026";
            for (std::size_t i = 0; i < roles.size(); ++i)
                n.badge += (i ? ", " : "") + roles[i];
            place(n, positions[a.id].x, positions[a.id].y);
            n.fill = fill_of(a);
            n.scale = scale_of(a.id);
            if (win) {
                auto r = st.node_radius.find(a.id);
                const double units = r != st.node_radius.end() ? r->second : kScreenRadius;
                n.radius = std::max(units * win->zoom, kMinMarkRadius);
                std::tie(n.shape, n.mark_badge) = screen_mark(a);
                n.lines = {actor_label(a)};
                n.badge.clear();
                n.scale = 1;
            }
            if (is_regisseur(a) && !win) {  // on screen (window mode) the badge says it
                n.peripheries = 2;
                n.penwidth = 1.6;
                any_regisseur = true;
            }
            if (highlight.count(a.id))
                n.outline = "#E4007C", n.penwidth = 4;
        }
        n.font_color = vocabulary::text_color_on(vocabulary::from_hex(n.fill)).hex();
        g.nodes.push_back(std::move(n));
    }

    // Edges, aggregated per (from, to, layer, direction, regie kind).
    struct Key {
        std::string from, to;
        Layer layer;
        bool directed;
        RegieKind kind;
        bool inferred;  // a modelling choice, not stated by the sources
        auto operator<=>(const Key&) const = default;
    };
    std::map<Key, int> agg;
    bool any_inferred = false;
    std::set<Layer> layers_in_use;
    std::set<RegieKind> kinds_in_use;
    for (const auto& r : s.relations) {
        if (!st.visible_layers.empty() &&
            std::find(st.visible_layers.begin(), st.visible_layers.end(), r.layer) ==
                st.visible_layers.end())
            continue;
        auto f = node_of.find(r.source), t = node_of.find(r.target);
        if (f == node_of.end() || t == node_of.end() || f->second == t->second)
            continue;
        Key k{f->second,
              t->second,
              r.layer,
              r.directed,
              r.layer == Layer::Directs ? r.regie_kind : RegieKind::Unknown,
              r.evidence.inferred()};
        if (!k.directed && k.from > k.to)
            std::swap(k.from, k.to);
        ++agg[k];
    }
    for (const auto& [k, count] : agg) {
        const bool regie = k.layer == Layer::Directs && st.regie_overlay;
        const EdgeLook look = regie ? regie_look_of(k.kind) : layer_look_of(k.layer);
        if (regie)
            kinds_in_use.insert(k.kind);
        else
            layers_in_use.insert(k.layer);
        DEdge e;
        e.from = k.from;
        e.to = k.to;
        e.color = look.color;
        e.style = look.style;
        e.penwidth = look.penwidth + 0.7 * std::min(count - 1, 4);
        e.arrow = k.directed || regie;
        if (k.layer == Layer::FormalAuthority)
            e.arrowhead = "empty";
        if (k.layer == Layer::Conflict)
            e.arrowhead = "tee";
        if (k.layer == Layer::Membership)
            e.arrowhead = "odot";
        e.tooltip =
            std::string(label(k.layer, L)) + (count > 1 ? " (" + std::to_string(count) + ")" : "");
        if (k.inferred) {
            e.color =
                vocabulary::inferred_style({vocabulary::from_hex(e.color), 1, false}).color.hex();
            e.style = "dashed";
            any_inferred = true;
        }
        g.edges.push_back(std::move(e));
    }
    if (st.agreements)
        add_agreement_hubs(g, s, node_of, L);
    // Regie on top: drawn last.
    std::stable_partition(g.edges.begin(), g.edges.end(),
                          [](const DEdge& e) { return e.penwidth < 3.0; });

    if (st.legend) {
        using K = LegendRow::Kind;
        g.legend_title = tr(L, "Legenda", "Legend");
        if (!swatches.empty()) {
            g.legend.push_back({K::Heading, "", "",
                                st.color_legend_title.empty() ? attribute_title(st.color_by, L)
                                                              : st.color_legend_title});
            for (const auto& [text, color] : swatches)
                g.legend.push_back({K::Swatch, color, "", text});
        }
        if (!layers_in_use.empty() || !kinds_in_use.empty())
            g.legend.push_back({K::Heading, "", "", tr(L, "Relaties", "Relations")});
        for (RegieKind k : kinds_in_use) {
            const auto look = regie_look_of(k);
            std::string text = tr(L, "regie", "regie (directs)");
            if (k != RegieKind::Unknown)
                text += ": " + std::string(label(k, L));
            g.legend.push_back({K::Line, look.color, look.sample, text});
        }
        for (Layer l : layers_in_use) {
            const auto look = layer_look_of(l);
            g.legend.push_back({K::Line, look.color, look.sample, std::string(label(l, L))});
        }
        if (any_inferred)
            g.legend.push_back(
                {K::Line,
                 vocabulary::inferred_style(vocabulary::layer_style(Layer::Collaboration, false))
                     .color.hex(),
                 "- - -",
                 tr(L, "modelkeuze (niet in de bron)", "modelling choice (not in the sources)")});
        if (any_regisseur || !highlight.empty() || !collapsed.empty() || !st.size_by.empty())
            g.legend.push_back({K::Heading, "", "", tr(L, "Actoren", "Actors")});
        if (any_regisseur)
            g.legend.push_back({K::Outline, "#333333", "",
                                tr(L, "dubbele rand: regisseur", "double border: regisseur")});
        if (!collapsed.empty())
            g.legend.push_back(
                {K::Outline, "#555555", "",
                 tr(L, "drievoudige rand: samengevouwen groep", "triple border: collapsed group")});
        if (!highlight.empty())
            g.legend.push_back({K::Outline, "#E4007C", "",
                                st.highlight_label.empty()
                                    ? tr(L, "gemarkeerd", "highlighted")
                                    : tr(L, "gemarkeerd: ", "highlighted: ") + st.highlight_label});
        if (!st.size_by.empty())
            g.legend.push_back(
                {K::Heading, "", "", tr(L, "grootte naar ", "size by ") + st.size_by});
    }
    return g;
}

}  // namespace detail

std::string diagram_dot(const Case& c, const Scenario& s, const DiagramStyle& style) {
    std::vector<std::string> notes;
    return detail::to_dot(detail::build_scenario_graph(c, s, style, notes, nullptr));
}

RenderResult render_diagram(const Case& c, const Scenario& s, const DiagramStyle& style,
                            ImageFormat format, Progress* progress) {
    std::vector<std::string> notes;
    RenderResult r = detail::result_or_failure<RenderResult>([&] {
        const auto g = detail::build_scenario_graph(c, s, style, notes, progress);
        return detail::render_dot(detail::to_dot(g), format, style.dpi);
    });
    r.notes.insert(r.notes.end(), notes.begin(), notes.end());
    return r;
}

}  // namespace rk::exporter

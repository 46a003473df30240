// Comparison diagrams: side by side (same actor, same place) and the difference view on the
// contracted union (persisting grey solid, added blue bold, removed orange dashed), each
// with the key rows of the delta table underneath.
#include <algorithm>
#include <cmath>
#include <set>

#include "compare/compare_format.hpp"
#include "export/diagram_graph.hpp"
#include "export/failure.hpp"
#include "export/scenario_diagram.hpp"
#include "model/text.hpp"
#include "model/visual_vocabulary.hpp"

namespace rk::exporter {

namespace detail {

namespace {

std::string tr(Language l, const char* nl, const char* en) {
    return l == Language::Dutch ? nl : en;
}

// One layout for both panels: an actor keeps the after position when it exists after, its
// own before position otherwise.
std::map<std::string, Position> shared_positions(const Scenario& before, const Scenario& after,
                                                 std::vector<std::string>& notes,
                                                 Progress* progress) {
    auto pa = complete_positions(after, notes, progress);
    auto pb = complete_positions(before, notes, progress);
    for (const auto& [id, p] : pb)
        pa.emplace(id, p);  // after wins for shared ids
    return pa;
}

void bounds(const DGraph& g, double& minx, double& maxx, double& maxy) {
    minx = 1e300, maxx = -1e300, maxy = -1e300;
    for (const auto& n : g.nodes) {
        minx = std::min(minx, n.x - node_width(n) / 2);
        maxx = std::max(maxx, n.x + node_width(n) / 2);
        maxy = std::max(maxy, n.y + node_height(n) / 2);
    }
    if (g.nodes.empty())
        minx = maxx = maxy = 0;
}

// The rows of the delta table that fit under a diagram.
void delta_rows(const compare::ComparisonResult& r, Language L, DGraph& g) {
    g.table_title = tr(L, "Voor / na", "Before / after");
    g.table.push_back(
        {tr(L, "maat", "measure"), tr(L, "voor", "before"), tr(L, "na", "after"), "delta"});
    const std::vector<std::pair<std::string, std::pair<const char*, const char*>>> keys{
        {"nodes", {"actoren", "actors"}},
        {"edges", {"relaties (samengevoegd)", "ties (merged)"}},
        {"density", {"dichtheid", "density"}},
        {"components", {"componenten", "components"}},
        {"isolates", {"geïsoleerde actoren", "isolates"}},
        {"fragmentation", {"fragmentatie F", "fragmentation F"}},
        {"centralization.betweenness",
         {"centralisatie (betweenness)", "centralization (betweenness)"}},
        {"regie.regisseurs", {"regisseurs", "regisseurs"}},
        {"regie.multiply_directed", {"actoren met 2+ regisseurs", "actors with 2+ regisseurs"}},
    };
    for (const auto& [key, names] : keys) {
        for (const auto& row : r.indices) {
            if (row.key != key)
                continue;
            g.table.push_back({L == Language::Dutch ? names.first : names.second,
                               compare::format_number(row.before, L),
                               compare::format_number(row.after, L),
                               compare::format_number(row.delta, L)});
        }
    }
    for (const auto& d : r.distances) {
        if (d.scope != "overall")
            continue;
        g.table.push_back(
            {tr(L, "relaties blijvend / nieuw / vervallen", "ties persisting / added / removed"),
             "", "",
             std::to_string(d.persisting) + " / " + std::to_string(d.added) + " / " +
                 std::to_string(d.removed)});
        g.table.push_back(
            {"Jaccard-afstand / Hamming", "", "",
             compare::format_number(d.jaccard, L) + " / " + std::to_string(d.hamming)});
        g.table.push_back(
            {tr(L, "QAP-correlatie (p)", "QAP correlation (p)"), "", "",
             compare::format_number(d.qap_r, L) + " (" + compare::format_number(d.qap_p, L) + ")"});
    }
    if (g.table.size() == 1)
        g.table.clear();
}

// "Voor: 2020", but not "Voor: Voor het programma".
std::string panel_heading(const std::string& word, const std::string& name) {
    if (text::ascii_lower(name).rfind(text::ascii_lower(word), 0) == 0)
        return name;
    return word + ": " + name;
}

std::string subtitle(const compare::ComparisonResult& r) {
    return r.before_name + "  \u2192  " + r.after_name;
}

}  // namespace

DGraph side_by_side(const Case& c, const compare::ComparisonResult& r, const Scenario& before,
                    const Scenario& after, const DiagramStyle& st, std::vector<std::string>& notes,
                    Progress* progress) {
    const auto pos = shared_positions(before, after, notes, progress);
    DiagramStyle panel = st;
    panel.show_scenario = false;
    panel.caption.clear();
    DGraph left = build_scenario_graph(c, before, panel, notes, progress, &pos);
    DGraph right = build_scenario_graph(c, after, panel, notes, progress, &pos);
    double lminx, lmaxx, lmaxy, rminx, rmaxx, rmaxy;
    bounds(left, lminx, lmaxx, lmaxy);
    bounds(right, rminx, rmaxx, rmaxy);
    const double offset = lmaxx - rminx + 90;
    const double top = std::max(lmaxy, rmaxy) + 28;

    DGraph g;
    g.font = st.font;
    g.title = left.title;
    g.subtitle = subtitle(r);
    g.caption = st.anonymise ? anonymise_text(st.caption, after, st.lang) : st.caption;
    for (auto n : left.nodes) {
        n.id = "b:" + n.id;
        g.nodes.push_back(std::move(n));
    }
    for (auto e : left.edges) {
        e.from = "b:" + e.from;
        e.to = "b:" + e.to;
        g.edges.push_back(std::move(e));
    }
    for (auto n : right.nodes) {
        n.id = "a:" + n.id;
        n.x += offset;
        g.nodes.push_back(std::move(n));
    }
    for (auto e : right.edges) {
        e.from = "a:" + e.from;
        e.to = "a:" + e.to;
        g.edges.push_back(std::move(e));
    }
    g.texts.push_back(
        {panel_heading(tr(st.lang, "Voor", "Before"), r.before_name), (lminx + lmaxx) / 2, top});
    g.texts.push_back({panel_heading(tr(st.lang, "Na", "After"), r.after_name),
                       (rminx + rmaxx) / 2 + offset, top});
    // Legend: the union of both panels' legends, each row once.
    g.legend_title = left.legend_title.empty() ? right.legend_title : left.legend_title;
    std::set<std::string> seen;
    auto merge_legend = [&](const DGraph& p) {
        for (const auto& row : p.legend)
            if (seen.insert(std::to_string(static_cast<int>(row.kind)) + row.text).second)
                g.legend.push_back(row);
    };
    merge_legend(left);
    merge_legend(right);
    delta_rows(r, st.lang, g);
    return g;
}

DGraph difference(const Case& c, const compare::ComparisonResult& r, const Scenario& before,
                  const Scenario& after, const DiagramStyle& st, std::vector<std::string>& notes,
                  Progress* progress) {
    const Language L = st.lang;
    const auto pos = shared_positions(before, after, notes, progress);
    const Scenario b = st.anonymise ? anonymise(before, L) : before;
    const Scenario a = st.anonymise ? anonymise(after, L) : after;
    DGraph g;
    g.font = st.font;
    g.title = st.title.empty() ? c.title : st.title;
    if (st.anonymise)
        g.title = anonymise_text(anonymise_text(g.title, after, L), before, L);
    g.subtitle = tr(L, "Verschil: ", "Difference: ") + subtitle(r);
    if (st.anonymise)
        g.subtitle = tr(L, "Verschil: voor \u2192 na", "Difference: before \u2192 after");
    g.caption = st.anonymise ? anonymise_text(st.caption, after, L) : st.caption;

    // The same spreading as the scenario diagrams, so both views look alike.
    const double scale = spacing_scale(pos);
    std::vector<DNode> nodes;
    std::set<LineageKind> kinds_in_use;
    for (std::size_t k = 0; k < r.contraction.classes.size(); ++k) {
        const auto& cls = r.contraction.classes[k];
        const auto& ids = cls.after_actors.empty() ? cls.before_actors : cls.after_actors;
        double x = 0, y = 0;
        for (const auto& id : ids) {
            auto it = pos.find(id);
            if (it != pos.end())
                x += it->second.x, y += it->second.y;
        }
        DNode n;
        n.id = cls.id;
        n.x = scale * x / static_cast<double>(std::max<std::size_t>(ids.size(), 1));
        n.y = -scale * y / static_cast<double>(std::max<std::size_t>(ids.size(), 1));
        std::vector<std::string> bn, an;
        for (const auto& id : cls.before_actors)
            if (const Actor* act = b.find_actor(id))
                bn.push_back(actor_label(*act));
        for (const auto& id : cls.after_actors)
            if (const Actor* act = a.find_actor(id))
                an.push_back(actor_label(*act));
        std::string text;
        switch (cls.kind) {
            case LineageKind::Identity:
            case LineageKind::New:
                text = an.empty() ? cls.id : an[0];
                break;
            case LineageKind::Dissolved:
                text = bn.empty() ? cls.id : bn[0];
                break;
            default: {
                for (std::size_t i = 0; i < an.size(); ++i)
                    text += (i ? " + " : "") + an[i];
                std::string from;
                for (std::size_t i = 0; i < bn.size(); ++i)
                    from += (i ? " + " : "") + bn[i];
                n.badge = tr(L, "was: ", "was: ") + from;
            }
        }
        n.lines = wrap(text, 20);
        const Actor* rep = !cls.after_actors.empty() ? a.find_actor(cls.after_actors[0])
                                                     : b.find_actor(cls.before_actors[0]);
        n.fill = rep && st.color_by == "bestuurslaag"
                     ? vocabulary::bestuurslaag_color(rep->bestuurslaag).hex()
                     : "#F2F2F2";
        kinds_in_use.insert(cls.kind);
        switch (cls.kind) {
            case LineageKind::New:
                n.outline = "#0072B2", n.penwidth = 3.5;
                break;
            case LineageKind::Dissolved:
                n.outline = "#E69F00", n.penwidth = 2.5, n.dashed = true, n.fill = "#EEEEEE";
                break;
            case LineageKind::Merge:
            case LineageKind::Split:
                n.outline = "#CC79A7", n.penwidth = 3, n.peripheries = 2;
                break;
            default:
                break;
        }
        n.font_color = vocabulary::text_color_on(vocabulary::from_hex(n.fill)).hex();
        nodes.push_back(std::move(n));
    }
    g.nodes = std::move(nodes);

    struct Key {
        int u, v;
        compare::TieStatus status;
        bool directed;
        auto operator<=>(const Key&) const = default;
    };
    std::map<Key, std::vector<std::string>> agg;  // -> layer labels
    for (const auto& t : r.ties)
        agg[{t.tie.u, t.tie.v, t.status, t.tie.directed}].emplace_back(label(t.tie.layer, L));
    std::set<compare::TieStatus> statuses;
    for (const auto& [k, layers] : agg) {
        DEdge e;
        e.from = r.contraction.classes[k.u].id;
        e.to = r.contraction.classes[k.v].id;
        e.arrow = k.directed;
        statuses.insert(k.status);
        switch (k.status) {
            case compare::TieStatus::Persisting:
                e.color = "#8C8C8C", e.penwidth = 1.3;
                break;
            case compare::TieStatus::Added:
                e.color = "#0072B2", e.penwidth = 3.2;
                break;
            case compare::TieStatus::Removed:
                e.color = "#E69F00", e.penwidth = 2.4, e.style = "dashed";
                break;
        }
        e.penwidth += 0.5 * static_cast<double>(std::min<std::size_t>(layers.size() - 1, 4));
        for (std::size_t i = 0; i < layers.size(); ++i)
            e.tooltip += (i ? ", " : "") + layers[i];
        g.edges.push_back(std::move(e));
    }
    // Removed first, added last: the news is on top.
    std::stable_sort(g.edges.begin(), g.edges.end(), [](const DEdge& x, const DEdge& y) {
        auto rank = [](const DEdge& e) {
            return e.color == "#E69F00" ? 0 : e.color == "#8C8C8C" ? 1 : 2;
        };
        return rank(x) < rank(y);
    });

    if (st.legend) {
        using K = LegendRow::Kind;
        g.legend_title = tr(L, "Legenda", "Legend");
        g.legend.push_back({K::Heading, "", "", tr(L, "Relaties", "Relations")});
        if (statuses.count(compare::TieStatus::Persisting))
            g.legend.push_back({K::Line, "#8C8C8C", "———", tr(L, "blijvend", "persisting")});
        if (statuses.count(compare::TieStatus::Added))
            g.legend.push_back({K::Line, "#0072B2", "━━━", tr(L, "nieuw", "added")});
        if (statuses.count(compare::TieStatus::Removed))
            g.legend.push_back({K::Line, "#E69F00", "– – –", tr(L, "vervallen", "removed")});
        g.legend.push_back({K::Heading, "", "", tr(L, "Actoren", "Actors")});
        if (kinds_in_use.count(LineageKind::New))
            g.legend.push_back({K::Outline, "#0072B2", "", tr(L, "nieuw", "new")});
        if (kinds_in_use.count(LineageKind::Dissolved))
            g.legend.push_back(
                {K::Outline, "#E69F00", "", tr(L, "opgeheven (gestreept)", "dissolved (dashed)")});
        if (kinds_in_use.count(LineageKind::Merge) || kinds_in_use.count(LineageKind::Split))
            g.legend.push_back(
                {K::Outline, "#CC79A7", "",
                 tr(L, "fusie of splitsing (was: ...)", "merger or split (was: ...)")});
        if (st.color_by == "bestuurslaag") {
            std::set<Bestuurslaag> used;
            for (const auto& cls : r.contraction.classes) {
                const Actor* rep = !cls.after_actors.empty() ? a.find_actor(cls.after_actors[0])
                                                             : b.find_actor(cls.before_actors[0]);
                if (rep && rep->bestuurslaag != Bestuurslaag::Unknown)
                    used.insert(rep->bestuurslaag);
            }
            if (!used.empty())
                g.legend.push_back(
                    {K::Heading, "", "", tr(L, "Bestuurslaag", "Tier of government")});
            for (Bestuurslaag bl : used)
                g.legend.push_back({K::Swatch, vocabulary::bestuurslaag_color(bl).hex(), "",
                                    std::string(label(bl, L))});
        }
    }
    delta_rows(r, L, g);
    return g;
}

}  // namespace detail

RenderResult render_comparison(const Case& c, const compare::ComparisonResult& r, CompareView view,
                               const DiagramStyle& style, ImageFormat format, Progress* progress) {
    RenderResult out;
    const Scenario* before = c.find_scenario(r.before_id);
    const Scenario* after = c.find_scenario(r.after_id);
    if (!before || !after) {
        out.error = "the comparison's scenarios are not in this case";
        return out;
    }
    std::vector<std::string> notes;
    out = detail::result_or_failure<RenderResult>([&] {
        const auto g = view == CompareView::SideBySide
                           ? detail::side_by_side(c, r, *before, *after, style, notes, progress)
                           : detail::difference(c, r, *before, *after, style, notes, progress);
        return detail::render_dot(detail::to_dot(g), format, style.dpi);
    });
    out.notes.insert(out.notes.end(), notes.begin(), notes.end());
    return out;
}

}  // namespace rk::exporter

#include "gui/canvas.hpp"

#include <glad/gl.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstdio>
#include <deque>
#include <map>

#include "doc/edits.hpp"
#include "doc/i18n.hpp"
#include "doc/label_fit.hpp"
#include "gui/agreement_hubs.hpp"
#include "gui/presentation.hpp"

namespace rk::gui {

namespace {

constexpr float kBaseRadius = 14.f;
constexpr float kMinNodePx = 2.5f;
constexpr double kEdgePickPx = 5;  // how near a click must be to a relation to select it

std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h;
}

std::uint64_t hash_str(const std::string& s) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s)
        h = (h ^ c) * 1099511628211ull;
    return h;
}

bool layer_visible(const ViewSettings& v, Layer l) {
    if (l == Layer::Directs && !v.regie_overlay)
        return false;
    return v.visible_layers.empty() ||
           std::find(v.visible_layers.begin(), v.visible_layers.end(), l) != v.visible_layers.end();
}

ImU32 with_alpha(ImU32 c, float a) {
    const auto alpha = static_cast<ImU32>(std::clamp(a, 0.f, 1.f) * float((c >> 24) & 255));
    return (c & 0x00ffffffu) | (alpha << 24);
}

}  // namespace

doc::Vec2d CanvasView::to_screen(doc::Vec2d w) const {
    return cam_.to_screen(w, origin_, size_);
}
// Names hang centred under their nodes and keep their pixel size at every zoom: the
// horizontal fit is solved so that the outermost names stay whole inside the view and clear
// of the legend's reserve, without a margin of the widest name on both sides.
void CanvasView::fit_labels_horizontally(double reserve) {
    std::vector<double> xs, halves;
    xs.reserve(nodes_.size());
    halves.reserve(nodes_.size());
    for (const auto& n : nodes_) {
        xs.push_back(n.pos.x);
        halves.push_back(ImGui::CalcTextSize(n.label.c_str()).x / 2 + 6);
    }
    const auto f = doc::fit_axis(xs, halves, reserve + 8, size_.x - 8, cam_.zoom);
    if (!f || f->zoom <= 0)
        return;  // names wider than the view: keep the plain fit
    cam_.zoom = f->zoom;
    cam_.center_x = (size_.x / 2 - f->offset) / f->zoom;
}

doc::Vec2d CanvasView::to_world(doc::Vec2d s) const {
    return cam_.to_world(s, origin_, size_);
}

void CanvasView::reset_for_new_document() {
    model_revision_ = ~0ull;
    model_scenario_.clear();
    instance_key_ = ~0ull;
    fit_requested_ = true;
    have_fitted_ = false;
    highlight = {};
    ego_depth = 0;
    drag_ = Drag::None;
    hovered_ = -1;
}

bool CanvasView::write_screen_positions(const std::string& path) {
    std::string text;
    for (const auto& n : nodes_) {
        if (n.actor < 0 || std::size_t(n.actor) >= actor_ids_.size())
            continue;
        const doc::Vec2d p = to_screen(n.pos);
        char buf[64];
        std::snprintf(buf, sizeof buf, " %.0f %.0f\n", p.x, p.y);
        text += actor_ids_[n.actor] + buf;
    }
    if (text == last_positions_)
        return false;
    last_positions_ = text;
    const std::string tmp = path + ".tmp";
    if (FILE* f = std::fopen(tmp.c_str(), "w")) {
        std::fputs(text.c_str(), f);
        std::fclose(f);
        std::rename(tmp.c_str(), path.c_str());
    }
    return true;
}

void CanvasView::fly_to(const std::string& actor_id) {
    pending_fly_ = actor_id;
}

void CanvasView::rebuild_model(const Scenario& s) {
    index_actors(s);
    std::vector<doc::Vec2d> pos = actor_positions(s);
    build_display_nodes(s);
    model_pos_ = std::move(pos);
    place_nodes(model_pos_);
    if (live_ || !drag_now_.empty())
        live_dirty_ = true;
    build_display_edges(s);
}

void CanvasView::index_actors(const Scenario& s) {
    // Most changes (a drag, an edited field) keep the actors: then the index stands. Checking
    // costs one string comparison per actor instead of rebuilding a hash table.
    bool same = actor_ids_.size() == s.actors.size();
    for (std::size_t i = 0; same && i < s.actors.size(); ++i)
        same = actor_ids_[i] == s.actors[i].id;
    if (same)
        return;
    actor_index_.clear();
    actor_index_.reserve(s.actors.size());
    actor_ids_.resize(s.actors.size());
    actors_by_id_.resize(s.actors.size());
    for (std::size_t i = 0; i < s.actors.size(); ++i) {
        actor_ids_[i] = s.actors[i].id;
        actor_index_.emplace(s.actors[i].id, int(i));
        actors_by_id_[i] = int(i);
    }
    std::sort(actors_by_id_.begin(), actors_by_id_.end(),
              [&](int a, int b) { return actor_ids_[a] < actor_ids_[b]; });
}

std::vector<doc::Vec2d> CanvasView::actor_positions(const Scenario& s) const {
    // Stored positions; actors without one go on a circle around the others, so a new
    // actor is visible at once (the layout menu places them properly). The positions are
    // sorted by id, and so is actors_by_id_: one merging walk, no lookups.
    std::vector<doc::Vec2d> pos(s.actors.size());
    std::vector<char> placed(s.actors.size(), 0);
    doc::Bounds known;
    auto it = s.positions.begin();
    for (int i : actors_by_id_) {
        const std::string& id = actor_ids_[i];
        while (it != s.positions.end() && it->first < id)
            ++it;
        if (it == s.positions.end())
            break;
        if (it->first != id)
            continue;
        pos[i] = {it->second.x, it->second.y};
        placed[i] = 1;
        known.add(it->second.x, it->second.y);
    }
    std::vector<int> missing;
    for (std::size_t i = 0; i < s.actors.size(); ++i) {
        if (!placed[i])
            missing.push_back(int(i));
    }
    if (!missing.empty()) {
        const double cx = known.valid ? (known.min_x + known.max_x) / 2 : 0;
        const double cy = known.valid ? (known.min_y + known.max_y) / 2 : 0;
        const double r =
            known.valid
                ? std::max({known.max_x - known.min_x, known.max_y - known.min_y, 200.0}) * 0.6
                : 40.0 * std::sqrt(double(missing.size())) + 100;
        for (std::size_t k = 0; k < missing.size(); ++k) {
            const double t = 2 * M_PI * double(k) / double(missing.size());
            pos[missing[k]] = {cx + r * std::cos(t), cy + r * std::sin(t)};
        }
    }
    return pos;
}

void CanvasView::build_display_nodes(const Scenario& s) {
    // Collapsed groups become one node at the centroid of their members.
    std::map<std::string, const Group*> collapsed;
    for (const auto& g : s.groups) {
        if (g.collapsed)
            collapsed[g.id] = &g;
    }
    nodes_.clear();
    nodes_.reserve(s.actors.size());
    display_of_actor_.assign(s.actors.size(), -1);
    std::map<std::string, int> group_node;
    for (std::size_t i = 0; i < s.actors.size(); ++i) {
        const Actor& a = s.actors[i];
        auto g = collapsed.empty() || a.group.empty() ? collapsed.end() : collapsed.find(a.group);
        if (g != collapsed.end()) {
            auto [it, fresh] = group_node.emplace(a.group, int(nodes_.size()));
            if (fresh) {
                DisplayNode n;
                n.group = a.group;
                n.label = g->second->name.empty() ? a.group : g->second->name;
                n.radius = kBaseRadius * 1.6f;
                n.members = 0;
                nodes_.push_back(n);
            }
            ++nodes_[it->second].members;
            display_of_actor_[i] = it->second;
            continue;
        }
        DisplayNode& n = nodes_.emplace_back();
        n.actor = int(i);
        n.label = a.short_name.empty() ? a.name : a.short_name;
        const doc::RoleBadge b = doc::role_badge(a);
        n.shape = b.shape;
        n.badge = b.letter;
        display_of_actor_[i] = int(nodes_.size()) - 1;
    }
    for (auto& n : nodes_) {
        if (n.actor < 0)
            n.label += " (" + std::to_string(n.members) + ")";
    }
}

void CanvasView::build_display_edges(const Scenario& s) {
    // Both ends of every relation as actor indices, resolved once.
    // Ends still naming the same actors are kept (a comparison instead of a hash lookup).
    relation_ends_.resize(s.relations.size(), {-1, -1});
    auto resolve = [&](int& end, const std::string& id) {
        if (end >= 0 && std::size_t(end) < actor_ids_.size() && actor_ids_[end] == id)
            return;
        auto it = actor_index_.find(id);
        end = it == actor_index_.end() ? -1 : it->second;
    };
    for (std::size_t r = 0; r < s.relations.size(); ++r) {
        resolve(relation_ends_[r].first, s.relations[r].source);
        resolve(relation_ends_[r].second, s.relations[r].target);
    }
    // Edges of visible layers; the regie overlay (directs) last so it is drawn on top.
    edges_.clear();
    edges_.reserve(s.relations.size());
    std::vector<std::pair<int, int>> links;  // actor pairs over visible layers
    links.reserve(s.relations.size());
    std::map<std::tuple<int, int, Layer>, int> aggregate;
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t r = 0; r < s.relations.size(); ++r) {
            const Relation& rel = s.relations[r];
            if ((rel.layer == Layer::Directs) != (pass == 1))
                continue;
            if (!layer_visible(s.view, rel.layer))
                continue;
            const auto [ia, ib] = relation_ends_[r];
            if (ia < 0 || ib < 0)
                continue;
            links.emplace_back(ia, ib);
            const int a = display_of_actor_[ia], b = display_of_actor_[ib];
            if (a == b)
                continue;
            if (nodes_[a].actor < 0 || nodes_[b].actor < 0) {
                auto key = std::make_tuple(a, b, rel.layer);
                auto [it, fresh] = aggregate.emplace(key, int(edges_.size()));
                if (fresh) {
                    edges_.push_back({a, b, -1, rel.layer, 1});
                } else {
                    ++edges_[it->second].count;
                }
                continue;
            }
            edges_.push_back({a, b, int(r), rel.layer, 1});
        }
    }
    fan_out_parallel_edges();
    // Neighbours per actor (both directions) as one flat array, for the ego view.
    neighbour_start_.assign(s.actors.size() + 1, 0);
    for (const auto& [a, b] : links) {
        ++neighbour_start_[a + 1];
        ++neighbour_start_[b + 1];
    }
    for (std::size_t i = 1; i < neighbour_start_.size(); ++i)
        neighbour_start_[i] += neighbour_start_[i - 1];
    neighbours_.resize(neighbour_start_.back());
    std::vector<int> fill(neighbour_start_.begin(), neighbour_start_.end() - 1);
    for (const auto& [a, b] : links) {
        neighbours_[fill[a]++] = b;
        neighbours_[fill[b]++] = a;
    }
}

void CanvasView::fan_out_parallel_edges() {
    // Parallel edges between the same pair fan out sideways so each stays visible: sort by
    // pair (then by draw order), and spread each run of equal pairs around the centre line.
    std::vector<std::pair<std::uint64_t, int>> by_pair(edges_.size());
    for (std::size_t j = 0; j < edges_.size(); ++j) {
        const auto lo = std::uint64_t(std::min(edges_[j].a, edges_[j].b));
        const auto hi = std::uint64_t(std::max(edges_[j].a, edges_[j].b));
        by_pair[j] = {(lo << 32) | hi, int(j)};
    }
    std::sort(by_pair.begin(), by_pair.end());
    for (std::size_t run = 0; run < by_pair.size();) {
        std::size_t end = run + 1;
        while (end < by_pair.size() && by_pair[end].first == by_pair[run].first)
            ++end;
        const int n = int(end - run);
        for (std::size_t k = run; k < end; ++k) {
            DisplayEdge& e = edges_[by_pair[k].second];
            e.offset = n > 1 ? (float(k - run) - float(n - 1) / 2.f) * 6.f : 0.f;
            if (e.a > e.b)
                e.offset = -e.offset;  // same side in world terms for both directions
        }
        run = end;
    }
}

void CanvasView::place_nodes(const std::vector<doc::Vec2d>& actor_pos) {
    edge_grid_dirty_ = true;
    for (auto& n : nodes_) {
        if (n.actor < 0)
            n.pos = {0, 0};
    }
    for (std::size_t i = 0; i < actor_pos.size() && i < display_of_actor_.size(); ++i) {
        const int d = display_of_actor_[i];
        if (d < 0)
            continue;
        DisplayNode& n = nodes_[d];
        if (n.actor >= 0) {
            n.pos = actor_pos[i];
        } else {
            n.pos.x += actor_pos[i].x / n.members;
            n.pos.y += actor_pos[i].y / n.members;
        }
    }
}

// The whole drag becomes one undoable step, written when the button is released.
void CanvasView::commit_drag(CanvasContext& ctx, const Scenario& s) {
    drag_now_.clear();
    live_dirty_ = true;
    if (drag_delta_.x == 0 && drag_delta_.y == 0)
        return;  // dragged back to the start
    std::vector<std::pair<std::string, Position>> to;
    for (const auto& [id, p0] : drag_origin_) {
        bool pinned = false;
        if (auto it = s.positions.find(id); it != s.positions.end())
            pinned = it->second.pinned;
        to.emplace_back(id, Position{std::round((p0.x + drag_delta_.x) * 10) / 10,
                                     std::round((p0.y + drag_delta_.y) * 10) / 10, pinned});
    }
    ctx.doc.begin_group(doc::bilingual(to.size() == 1 ? "Actor verslepen" : "Actoren verslepen",
                                       to.size() == 1 ? "Drag actor" : "Drag actors"));
    ctx.doc.execute(doc::move_actors(ctx.doc.data(), s.id, to));
    ctx.doc.end_group();
}

void CanvasView::set_live_positions(
    const std::vector<std::pair<std::string, doc::Vec2d>>* positions) {
    live_ = positions;
    live_dirty_ = true;
}

void CanvasView::apply_live_positions() {
    if (!live_ && drag_now_.empty()) {
        place_nodes(model_pos_);
        return;
    }
    std::vector<doc::Vec2d> pos = model_pos_;
    const std::size_t live_count = live_ ? live_->size() : 0;
    live_actor_.resize(live_count, -1);
    for (std::size_t k = 0; k < live_count; ++k) {
        const auto& [id, p] = (*live_)[k];
        int& a = live_actor_[k];
        // Resolved once; re-resolved only when the entry no longer names the same actor.
        if (a < 0 || std::size_t(a) >= actor_ids_.size() || actor_ids_[a] != id) {
            auto it = actor_index_.find(id);
            a = it == actor_index_.end() ? -1 : it->second;
        }
        if (a >= 0)
            pos[a] = p;
    }
    for (const auto& [a, p] : drag_now_) {
        if (a >= 0 && std::size_t(a) < pos.size())
            pos[a] = p;
    }
    place_nodes(pos);
}

void CanvasView::update_instance_positions() {
    for (std::size_t i = 0; i < nodes_.size() && i < node_instances_.size(); ++i) {
        node_instances_[i].x = float(nodes_[i].pos.x);
        node_instances_[i].y = float(nodes_[i].pos.y);
    }
    rebuild_node_grid();
    ++geometry_version_;
    for (std::size_t j = 0; j < edges_.size() && j < edge_instances_.size(); ++j) {
        const doc::Vec2d a = nodes_[edges_[j].a].pos, b = nodes_[edges_[j].b].pos;
        edge_instances_[j].ax = float(a.x);
        edge_instances_[j].ay = float(a.y);
        edge_instances_[j].bx = float(b.x);
        edge_instances_[j].by = float(b.y);
    }
    if (gl_ready_) {
        renderer_.upload_nodes(node_instances_);
        renderer_.upload_edges(edge_instances_);
    }
}

void CanvasView::set_hovered(int node) {
    if (node == hovered_)
        return;
    const int before = hovered_;
    hovered_ = node;
    for (int i : {before, node}) {
        if (i < 0 || std::size_t(i) >= node_instances_.size())
            continue;
        NodeInstance& inst = node_instances_[i];
        inst.flags =
            i == node ? inst.flags | kNodeHovered : inst.flags & ~std::uint32_t(kNodeHovered);
        if (gl_ready_)
            renderer_.update_node(std::size_t(i), inst);
    }
}

int CanvasView::pick_edge(doc::Vec2d world) {
    if (edge_grid_dirty_) {
        std::vector<doc::EdgeSegment> segments(edges_.size());
        for (std::size_t j = 0; j < edges_.size(); ++j) {
            segments[j] = {nodes_[edges_[j].a].pos, nodes_[edges_[j].b].pos, edges_[j].offset};
        }
        edge_grid_.build(std::move(segments));
        edge_grid_dirty_ = false;
    }
    return edge_grid_.pick(world, cam_.zoom, kEdgePickPx);
}

void CanvasView::rank_label_candidates() {
    std::vector<float> radius(nodes_.size());
    std::vector<char> important(nodes_.size()), dimmed(nodes_.size());
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
        radius[i] = nodes_[i].radius;
        important[i] = (node_instances_[i].flags & (kNodeSelected | kNodeHighlighted)) != 0;
        dimmed[i] = nodes_[i].dimmed;
    }
    labels_.rank(radius, important, dimmed);
}

void CanvasView::mark_actor(const std::string& id, char bit) {
    auto it = actor_index_.find(id);
    if (it != actor_index_.end())
        actor_marks_[it->second] |= bit;
}

void CanvasView::collect_marks(CanvasContext& ctx, const Scenario& s) {
    const auto& sel = ctx.doc.selection();
    actor_marks_.assign(s.actors.size(), 0);
    relation_marks_.assign(s.relations.size(), 0);
    for (const auto& id : sel.actors())
        mark_actor(id, kMarkSelected);
    for (const auto& id : highlight.actors)
        mark_actor(id, kMarkHighlighted);
    if (ctx.analysis) {
        const auto& r = ctx.analysis->regie;
        if (regie_multi) {
            for (const auto& [id, by] : r.multiply_directed)
                mark_actor(id, kMarkHighlighted);
        }
        if (regie_undirected) {
            for (const auto& id : r.undirected_actors)
                mark_actor(id, kMarkHighlighted);
        }
        if (regie_cycles)
            mark_cycles(r.cycles, s);
    }
    // Selected or highlighted relations are few: one pass over the relations, only if any.
    if (sel.relations().empty() && highlight.relations.empty())
        return;
    for (std::size_t r = 0; r < s.relations.size(); ++r) {
        const std::string& id = s.relations[r].id;
        if (sel.has_relation(id))
            relation_marks_[r] |= kMarkSelected;
        if (highlight.relations.count(id))
            relation_marks_[r] |= kMarkHighlighted;
    }
}

void CanvasView::mark_cycles(const std::vector<std::vector<std::string>>& cycles,
                             const Scenario& s) {
    // Cycle members are highlighted, and so are the directs relations inside one cycle.
    std::vector<std::pair<int, int>> member_cycle;  // (actor, cycle), sorted
    for (std::size_t c = 0; c < cycles.size(); ++c) {
        for (const auto& id : cycles[c]) {
            auto it = actor_index_.find(id);
            if (it == actor_index_.end())
                continue;
            actor_marks_[it->second] |= kMarkHighlighted;
            member_cycle.emplace_back(it->second, int(c));
        }
    }
    if (member_cycle.empty())
        return;
    std::sort(member_cycle.begin(), member_cycle.end());
    auto cycles_of = [&](int a) {
        return std::make_pair(
            std::lower_bound(member_cycle.begin(), member_cycle.end(), std::make_pair(a, INT_MIN)),
            std::upper_bound(member_cycle.begin(), member_cycle.end(), std::make_pair(a, INT_MAX)));
    };
    for (std::size_t r = 0; r < s.relations.size(); ++r) {
        const auto [a, b] = relation_ends_[r];
        if (s.relations[r].layer != Layer::Directs || a < 0 || b < 0)
            continue;
        auto [i, i_end] = cycles_of(a);
        auto [j, j_end] = cycles_of(b);
        while (i != i_end && j != j_end) {  // both ranges are sorted by cycle
            if (i->second == j->second) {
                relation_marks_[r] |= kMarkHighlighted;
                break;
            }
            if (i->second < j->second) {
                ++i;
            } else {
                ++j;
            }
        }
    }
}

std::vector<char> CanvasView::ego_set(CanvasContext& ctx, const Scenario& s) const {
    // Actors within `ego_depth` steps of the selection (over visible layers); empty = off.
    std::vector<char> in_ego;
    if (ego_depth <= 0)
        return in_ego;
    std::deque<std::pair<int, int>> queue;
    for (const auto& id : ctx.doc.selection().actors()) {
        auto it = actor_index_.find(id);
        if (it == actor_index_.end())
            continue;
        if (in_ego.empty())
            in_ego.assign(s.actors.size(), 0);
        in_ego[it->second] = 1;
        queue.emplace_back(it->second, 0);
    }
    while (!queue.empty()) {
        auto [v, d] = queue.front();
        queue.pop_front();
        if (d >= ego_depth)
            continue;
        for (int k = neighbour_start_[v]; k < neighbour_start_[v + 1]; ++k) {
            const int w = neighbours_[k];
            if (!in_ego[w]) {
                in_ego[w] = 1;
                queue.emplace_back(w, d + 1);
            }
        }
    }
    return in_ego;
}

void CanvasView::update_coloring(CanvasContext& ctx, const Scenario& s) {
    // Colours depend on the data, the colour setting and the language (and the communities
    // of the analysis when coloured by community), not on the selection: kept otherwise.
    const doc::ColorBy by = doc::color_by_from_token(s.view.color_by);
    const std::vector<int>* communities =
        ctx.analysis ? &ctx.analysis->network.communities : nullptr;
    std::uint64_t key = mix(model_revision_, hash_str(model_scenario_));
    key = mix(key, std::uint64_t(by) | (std::uint64_t(ctx.lang) << 8));
    if (by == doc::ColorBy::Community)
        key = mix(key, reinterpret_cast<std::uintptr_t>(communities));
    if (key == coloring_key_ && coloring_.category.size() == s.actors.size())
        return;
    coloring_ = doc::color_actors(s, by, ctx.lang, communities ? *communities : std::vector<int>{});
    coloring_key_ = key;
}

void CanvasView::rebuild_instances(CanvasContext& ctx, const Scenario& s) {
    update_coloring(ctx, s);
    collect_marks(ctx, s);
    // Size by a metric of the analysis (square root, so area follows the value).
    const std::vector<double>* metric = (ctx.analysis && !s.view.size_by.empty())
                                            ? ctx.analysis->actors.column(s.view.size_by)
                                            : nullptr;
    double metric_max = 0;
    if (metric) {
        for (double v : *metric) {
            if (std::isfinite(v))
                metric_max = std::max(metric_max, v);
        }
    }
    const std::vector<char> in_ego = ego_set(ctx, s);
    const bool focus = std::any_of(actor_marks_.begin(), actor_marks_.end(),
                                   [](char m) { return m & kMarkHighlighted; }) ||
                       std::any_of(relation_marks_.begin(), relation_marks_.end(),
                                   [](char m) { return m & kMarkHighlighted; });

    node_instances_.clear();
    node_instances_.reserve(nodes_.size());
    std::array<bool, 4> shapes{};
    const std::uint32_t group_color =
        ctx.dark ? doc::rgba(120, 130, 150) : doc::rgba(150, 160, 175);
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
        DisplayNode& n = nodes_[i];
        std::uint32_t flags = static_cast<std::uint32_t>(n.shape);
        if (n.actor >= 0) {
            n.color = coloring_.legend[coloring_.category[n.actor]].color;
            n.radius = kBaseRadius;
            if (metric && metric_max > 0 && std::size_t(n.actor) < metric->size()) {
                const double v = (*metric)[n.actor];
                n.radius = doc::metric_node_radius(v, metric_max);
            }
            const char mark = actor_marks_[n.actor];
            if (mark & kMarkSelected)
                flags |= kNodeSelected;
            if (mark & kMarkHighlighted)
                flags |= kNodeHighlighted;
            n.dimmed = (!in_ego.empty() && !in_ego[n.actor]) || (focus && mark == 0);
            shapes[static_cast<std::size_t>(n.shape) & 3] = true;
        } else {
            n.color = group_color;
            flags |= kNodeGroup;
            n.dimmed = !in_ego.empty() || focus;
        }
        if (int(i) == hovered_)
            flags |= kNodeHovered;
        if (n.dimmed)
            flags |= kNodeDimmed;
        node_instances_.push_back({float(n.pos.x), float(n.pos.y), n.radius, n.color, flags});
    }
    drawn_shapes_.clear();
    for (std::size_t k = 0; k < shapes.size(); ++k) {
        if (shapes[k])
            drawn_shapes_.insert(static_cast<doc::Shape>(k));
    }
    rebuild_node_grid();
    rebuild_edge_instances(ctx, s);
    rank_label_candidates();
    ++geometry_version_;
    if (gl_ready_) {
        renderer_.upload_nodes(node_instances_);
        renderer_.upload_edges(edge_instances_);
    }
    stats_.nodes = int(nodes_.size());
    stats_.edges = int(edges_.size());
}

void CanvasView::rebuild_node_grid() {
    std::vector<doc::Vec2d> points(nodes_.size());
    std::vector<float> radii(nodes_.size());
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
        points[i] = nodes_[i].pos;
        radii[i] = nodes_[i].radius;
    }
    grid_.build(points, radii);
}

void CanvasView::rebuild_edge_instances(CanvasContext& ctx, const Scenario& s) {
    edge_instances_.clear();
    edge_instances_.reserve(edges_.size());
    std::array<bool, kLayerCount> layers{};
    std::array<bool, 8> kinds{};
    bool any_inferred = false;
    for (const auto& e : edges_) {
        doc::EdgeStyle st = doc::layer_style(e.layer, ctx.dark);
        std::uint32_t flags = st.dashed ? kEdgeDashed : 0u;
        bool directed = e.layer == Layer::Directs;
        if (e.relation >= 0) {
            const Relation& rel = s.relations[e.relation];
            directed = rel.directed;
            if (rel.layer == Layer::Directs) {
                st.color = doc::regie_kind_color(rel.regie_kind);
                st.width = 2.6f + 0.7f * float(std::min<std::size_t>(rel.means.size(), 4));
                kinds[static_cast<std::size_t>(rel.regie_kind) & 7] = true;
            }
            if (rel.evidence.inferred()) {
                st = doc::inferred_style(st);
                flags |= kEdgeDashed;
                any_inferred = true;
            }
            if (relation_marks_[e.relation] & kMarkSelected)
                flags |= kEdgeSelected;
            if (relation_marks_[e.relation] & kMarkHighlighted)
                flags |= kEdgeHighlighted;
        } else {
            st.width += std::min(6.f, std::log2(float(e.count)) * 1.5f);
            if (e.layer == Layer::Directs)
                st.color = doc::regie_kind_color(RegieKind::Unknown);
        }
        if (directed)
            flags |= kEdgeArrow;
        const bool dim = nodes_[e.a].dimmed || nodes_[e.b].dimmed;
        if (dim && !(flags & (kEdgeSelected | kEdgeHighlighted)))
            flags |= kEdgeDimmed;
        layers[static_cast<std::size_t>(e.layer)] = true;
        edge_instances_.push_back({float(nodes_[e.a].pos.x), float(nodes_[e.a].pos.y),
                                   float(nodes_[e.b].pos.x), float(nodes_[e.b].pos.y), st.color,
                                   st.width, nodes_[e.a].radius, nodes_[e.b].radius, e.offset,
                                   flags});
    }
    drawn_layers_.clear();
    for (std::size_t k = 0; k < layers.size(); ++k) {
        if (layers[k])
            drawn_layers_.insert(static_cast<Layer>(k));
    }
    drawn_inferred_ = any_inferred;
    drawn_kinds_.clear();
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        if (kinds[k])
            drawn_kinds_.insert(static_cast<RegieKind>(k));
    }
}

void CanvasView::render_callback(const ImDrawList*, const ImDrawCmd* cmd) {
    auto* self = static_cast<CanvasView*>(cmd->UserCallbackData);
    const ImDrawData* dd = ImGui::GetDrawData();
    const float sx = dd->FramebufferScale.x, sy = dd->FramebufferScale.y;
    const float fb_h = dd->DisplaySize.y * sy;
    const auto x = GLint(std::lround((self->origin_.x - dd->DisplayPos.x) * sx));
    const auto w = GLsizei(std::lround(self->size_.x * sx));
    const auto h = GLsizei(std::lround(self->size_.y * sy));
    const auto y = GLint(std::lround(fb_h - (self->origin_.y - dd->DisplayPos.y) * sy - float(h)));
    glViewport(x, y, w, h);
    glEnable(GL_SCISSOR_TEST);
    glScissor(x, y, w, h);
    ViewUniforms u{};
    u.center_x = float(self->cam_.center_x);
    u.center_y = float(self->cam_.center_y);
    u.zoom = float(self->cam_.zoom);
    u.width = float(w);
    u.height = float(h);
    u.pixel_scale = sx;
    u.min_node_px = kMinNodePx;
    const bool dark = ImGui::GetStyle().Colors[ImGuiCol_WindowBg].x < 0.5f;
    u.select_color = dark ? doc::rgba(90, 170, 255) : doc::rgba(0, 100, 230);
    u.highlight_color = doc::rgba(255, 60, 160);
    u.outline_color = dark ? doc::rgba(20, 20, 25, 200) : doc::rgba(40, 40, 50, 160);
    self->renderer_.draw(u);
}

void CanvasView::draw(CanvasContext& ctx, ImVec2 size) {
    const auto started = std::chrono::steady_clock::now();
    draw_frame(ctx, size);
    stats_.draw_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
}

void CanvasView::draw_frame(CanvasContext& ctx, ImVec2 size) {
    const Scenario* s = ctx.doc.scenario();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const doc::Vec2d new_size{std::max(size.x, 1.f), std::max(size.y, 1.f)};
    // Going full screen resizes the canvas a frame or two after F11: fit again to the new size.
    if (ctx.presenting && (new_size.x != size_.x || new_size.y != size_.y))
        fit_requested_ = true;
    else
        keep_in_place(ctx.doc.selection(), {origin.x, origin.y}, new_size);  // a panel changed
    origin_ = {origin.x, origin.y};
    size_ = new_size;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 bg = ctx.dark ? IM_COL32(30, 32, 38, 255) : IM_COL32(250, 250, 247, 255);
    dl->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y), bg);
    if (!s) {
        ImGui::Dummy(size);
        return;
    }
    if (!gl_ready_ && !gl_failed_) {
        gl_ready_ = renderer_.init();
        gl_failed_ = !gl_ready_;
        instance_key_ = ~0ull;
    }

    const auto t0 = std::chrono::steady_clock::now();
    bool rebuilt = false;
    if (model_revision_ != ctx.doc.revision() || model_scenario_ != s->id) {
        const bool scenario_changed = model_scenario_ != s->id;
        rebuild_model(*s);
        stats_.model_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count();
        model_revision_ = ctx.doc.revision();
        model_scenario_ = s->id;
        instance_key_ = ~0ull;
        rebuilt = true;
        if (scenario_changed && !have_fitted_)
            fit_requested_ = true;
    }
    std::uint64_t key = mix(model_revision_, ctx.doc.selection().version());
    key = mix(key, reinterpret_cast<std::uintptr_t>(ctx.analysis));
    key = mix(key, std::uint64_t(ego_depth) | (std::uint64_t(regie_multi) << 4) |
                       (std::uint64_t(regie_undirected) << 5) | (std::uint64_t(regie_cycles) << 6) |
                       (std::uint64_t(ctx.dark) << 7) | (std::uint64_t(ctx.lang) << 8));
    key = mix(
        key, hash_str(highlight.title) + highlight.actors.size() * 31 + highlight.relations.size());
    key = mix(key, mix(hash_str(s->view.color_by), hash_str(s->view.size_by)));
    const bool moved_live = live_dirty_;
    if (live_dirty_) {
        apply_live_positions();
        live_dirty_ = false;
    }
    if (key != instance_key_) {
        const auto t1 = std::chrono::steady_clock::now();
        rebuild_instances(ctx, *s);
        stats_.style_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t1)
                .count();
        instance_key_ = key;
        rebuilt = true;
    } else if (moved_live) {
        update_instance_positions();
    }
    if (rebuilt) {
        ++stats_.builds;
        stats_.build_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count();
    }

    build_legend(ctx);
    if (fit_requested_ && size.x > 10) {
        doc::Bounds b;
        for (const auto& n : nodes_)
            b.add(n.pos.x, n.pos.y);
        // Keep the legend (bottom left) clear of the network when there is room beside it.
        const double reserve =
            legend_size_.x > 0 && size_.x > 2.4 * legend_size_.x ? legend_size_.x + 10 : 0;
        const double margin = 50;
        const double top = ctx.presenting ? caption_band_height() : 0;  // the caption band
        cam_.fit(b, {size_.x - reserve, size_.y - 30 - top}, margin);
        cam_.center_x -= reserve / 2 / cam_.zoom;
        // No name may be cut at the edge or hide under the legend (issues 13 and 19).
        if (show_labels)
            fit_labels_horizontally(reserve);
        cam_.center_y -= (12 + top / 2) / cam_.zoom;
        fit_requested_ = false;
        have_fitted_ = true;
        fit_report_pending_ = true;
        flying_ = false;
    }
    if (!pending_fly_.empty()) {
        auto it = actor_index_.find(pending_fly_);
        if (it != actor_index_.end() && display_of_actor_[it->second] >= 0) {
            const auto& n = nodes_[display_of_actor_[it->second]];
            fly_target_ = cam_;
            fly_target_.center_x = n.pos.x;
            fly_target_.center_y = n.pos.y;
            fly_target_.zoom = std::max(cam_.zoom, 1.6);
            flying_ = true;
        }
        pending_fly_.clear();
    }
    if (flying_) {
        // Ease towards the target over a few frames; ends exactly on it.
        const double t = 0.25;
        cam_.center_x += (fly_target_.center_x - cam_.center_x) * t;
        cam_.center_y += (fly_target_.center_y - cam_.center_y) * t;
        cam_.zoom *= std::pow(fly_target_.zoom / cam_.zoom, t);
        if (std::abs(fly_target_.center_x - cam_.center_x) * cam_.zoom < 0.5 &&
            std::abs(fly_target_.center_y - cam_.center_y) * cam_.zoom < 0.5 &&
            std::abs(fly_target_.zoom / cam_.zoom - 1) < 1e-3) {
            cam_ = fly_target_;
            flying_ = false;
        }
    }

    handle_input(ctx, *s, origin, size);

    // Agreement hubs under the network: the actors and their names stay readable where a hub
    // sits (the exported view draws them in the same order).
    if (show_agreements)
        draw_agreement_hubs(dl, *s, *this, ctx.lang, ctx.dark);
    if (gl_ready_) {
        dl->AddCallback(&CanvasView::render_callback, this);
        dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
    } else {
        dl->AddText(ImVec2(origin.x + 20, origin.y + 20), IM_COL32(200, 0, 0, 255),
                    "OpenGL shaders unavailable");
    }
    dl->PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);
    if (show_labels)
        draw_labels(ctx, dl, origin, size);
    draw_cause_overlay(dl, highlight, *this, ctx.lang);
    if (drag_ == Drag::Box) {
        const ImVec2 a(float(box_start_.x), float(box_start_.y)),
            b(float(box_end_.x), float(box_end_.y));
        dl->AddRectFilled(ImVec2(std::min(a.x, b.x), std::min(a.y, b.y)),
                          ImVec2(std::max(a.x, b.x), std::max(a.y, b.y)),
                          IM_COL32(60, 120, 220, 40));
        dl->AddRect(ImVec2(std::min(a.x, b.x), std::min(a.y, b.y)),
                    ImVec2(std::max(a.x, b.x), std::max(a.y, b.y)), IM_COL32(60, 120, 220, 200));
    }
    if (show_legend)
        draw_legend(ctx, dl, origin, size);
    // What is highlighted, and the ego view, said in words at the top of the canvas.
    std::string banner;
    // In presentation mode a finding's caption (drawn by the app) says it instead.
    if (!highlight.title.empty() && !(ctx.presenting && highlight.has_caption))
        banner = highlight.title;
    if (ego_depth > 0) {
        if (!banner.empty())
            banner += "  ·  ";
        banner += doc::tr(ctx.lang, "ego-weergave diepte ", "ego view depth ") +
                  std::to_string(ego_depth);
    }
    if (!banner.empty()) {
        const ImVec2 ts = ImGui::CalcTextSize(banner.c_str());
        const ImVec2 p(origin.x + (size.x - ts.x) / 2, origin.y + 10);
        dl->AddRectFilled(ImVec2(p.x - 10, p.y - 4), ImVec2(p.x + ts.x + 10, p.y + ts.y + 4),
                          IM_COL32(255, 60, 160, 230), 6.f);
        dl->AddText(p, IM_COL32(255, 255, 255, 255), banner.c_str());
    }
    dl->PopClipRect();
    gestures_.draw(ctx, *this, dl);
}

void CanvasView::handle_input(CanvasContext& ctx, const Scenario& s, ImVec2 origin, ImVec2 size) {
    ImGui::SetCursorScreenPos(origin);
    ImGui::InvisibleButton("##canvas", size,
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight |
                               ImGuiButtonFlags_MouseButtonMiddle);
    const bool hovered = ImGui::IsItemHovered();
    const bool active = ImGui::IsItemActive();
    ImGuiIO& io = ImGui::GetIO();
    const doc::Vec2d mouse{io.MousePos.x, io.MousePos.y};
    const doc::Vec2d mouse_world = to_world(mouse);

    // Hover: nearest node under the cursor (nodes keep a minimum size on screen).
    int hover = -1;
    if (hovered && drag_ == Drag::None) {
        hover = grid_.pick(mouse_world, 1.0, (kMinNodePx + 3.0) / cam_.zoom);
    }
    if (drag_ == Drag::None)
        set_hovered(hover);
    // Building the map (canvas_gestures.cpp) goes first: a click it takes is not a selection.
    const bool gesture = gestures_.handle_input(ctx, *this, hovered);

    if (hovered && io.MouseWheel != 0) {
        cam_.zoom_at(mouse, std::pow(1.15, double(io.MouseWheel)), origin_, size_);
        flying_ = false;
    }

    auto& sel = ctx.doc.selection();
    if (hovered && !gesture && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        drag_start_world_ = mouse_world;
        drag_moved_ = false;
        drag_delta_ = {0, 0};
        if (hover >= 0) {
            const DisplayNode& n = nodes_[hover];
            if (n.actor >= 0) {
                const std::string& id = s.actors[n.actor].id;
                if (io.KeyCtrl) {
                    sel.toggle_actor(id);
                } else if (!sel.has_actor(id)) {
                    sel.select_actor(id, io.KeyShift);
                }
                drag_ = Drag::Nodes;
                drag_origin_.clear();
                for (const auto& sid : sel.actors()) {
                    auto it = actor_index_.find(sid);
                    if (it == actor_index_.end() || display_of_actor_[it->second] < 0)
                        continue;
                    const auto& dn = nodes_[display_of_actor_[it->second]];
                    if (dn.actor < 0)
                        continue;
                    drag_origin_.emplace_back(sid, dn.pos);
                }
            } else {
                drag_ = Drag::None;
            }
        } else if (const int e = pick_edge(mouse_world); e >= 0 && edges_[e].relation >= 0) {
            // Nodes come first; then a relation within a few pixels of the click.
            sel.select_relation(s.relations[edges_[e].relation].id, io.KeyShift || io.KeyCtrl);
            drag_ = Drag::None;
        } else {
            drag_ = Drag::Box;
            box_start_ = box_end_ = mouse;
        }
    }
    if (hovered && !gesture && hover >= 0 && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) &&
        nodes_[hover].actor < 0) {
        // Double-click on a collapsed group expands it.
        for (const auto& g : s.groups) {
            if (g.id == nodes_[hover].group) {
                Group after = g;
                after.collapsed = false;
                ctx.doc.execute(doc::set_group(ctx.doc.data(), s.id, after));
            }
        }
    }
    if (active && (ImGui::IsMouseDragging(ImGuiMouseButton_Right) ||
                   ImGui::IsMouseDragging(ImGuiMouseButton_Middle))) {
        cam_.pan_pixels(io.MouseDelta.x, io.MouseDelta.y);
        flying_ = false;
    }
    if (drag_ == Drag::Nodes && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.f) &&
        !drag_origin_.empty()) {
        drag_moved_ = true;
        const double dx = mouse_world.x - drag_start_world_.x,
                     dy = mouse_world.y - drag_start_world_.y;
        if (dx != drag_delta_.x || dy != drag_delta_.y) {
            drag_delta_ = {dx, dy};
            drag_now_.clear();
            for (const auto& [id, p0] : drag_origin_) {
                auto it = actor_index_.find(id);
                if (it != actor_index_.end())
                    drag_now_.emplace_back(it->second, doc::Vec2d{p0.x + dx, p0.y + dy});
                if (on_node_drag)
                    on_node_drag(id, p0.x + dx, p0.y + dy);
            }
            live_dirty_ = true;
        }
    }
    if (drag_ == Drag::Box)
        box_end_ = mouse;
    if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
        if (drag_ == Drag::Nodes && drag_moved_) {
            commit_drag(ctx, s);
            if (on_node_drag_end)
                on_node_drag_end();
        }
        if (drag_ == Drag::Box) {
            const double dist = std::hypot(box_end_.x - box_start_.x, box_end_.y - box_start_.y);
            if (dist < 3) {
                if (!io.KeyShift && !io.KeyCtrl)
                    sel.clear();
            } else {
                if (!io.KeyShift)
                    sel.clear();
                for (int i : grid_.in_box(to_world(box_start_), to_world(box_end_))) {
                    if (nodes_[i].actor >= 0)
                        sel.select_actor(s.actors[nodes_[i].actor].id, true);
                }
            }
        }
        drag_ = Drag::None;
        drag_origin_.clear();
    }

    if (hovered_ >= 0 && drag_ == Drag::None && !gestures_.busy()) {
        const DisplayNode& n = nodes_[hovered_];
        ImGui::BeginTooltip();
        if (n.actor >= 0) {
            const Actor& a = s.actors[n.actor];
            ImGui::TextUnformatted(a.name.c_str());
            ImGui::TextDisabled("%s · %s", std::string(label(a.type, ctx.lang)).c_str(),
                                std::string(label(a.bestuurslaag, ctx.lang)).c_str());
            if (!a.roles.empty()) {
                std::string roles;
                for (Role r : a.roles)
                    roles += (roles.empty() ? "" : ", ") + std::string(label(r, ctx.lang));
                ImGui::TextUnformatted(roles.c_str());
            }
        } else {
            ImGui::TextUnformatted(n.label.c_str());
            ImGui::TextDisabled("%s",
                                doc::tr(ctx.lang, "ingeklapte groep: dubbelklik om uit te klappen",
                                        "collapsed group: double-click to expand"));
        }
        ImGui::EndTooltip();
    }
}

// Hides the label texts that would overlap a label of higher priority (hovered, selected
// and highlighted ones always stay), so a dense cluster reads as names, not as a smear.
// Role badges stay on every chosen node.
void CanvasView::declutter_labels(ImFont* font, float fs, std::size_t must_show) {
    std::vector<doc::LabelBox> boxes;
    boxes.reserve(label_nodes_.size());
    for (int i : label_nodes_) {
        const DisplayNode& n = nodes_[i];
        const double r_px = std::max(double(n.radius) * cam_.zoom, double(kMinNodePx));
        const doc::Vec2d p = to_screen(n.pos);
        const ImVec2 ts = font->CalcTextSizeA(fs, FLT_MAX, 0.f, n.label.c_str());
        const double top = p.y + r_px + 3;
        boxes.push_back({p.x - ts.x / 2 - 3, top - 1, p.x + ts.x / 2 + 3, top + ts.y + 1});
    }
    label_text_shown_ = doc::keep_unoverlapped(boxes, must_show);
}

void CanvasView::draw_labels(CanvasContext& ctx, ImDrawList* dl, ImVec2 origin, ImVec2 size) {
    // Level of detail (doc::LabelPlanner): chosen again only when the view, the instances or
    // the hovered node changed.
    ImFont* font = ImGui::GetFont();
    const float fs = ImGui::GetFontSize() * (ctx.presenting ? 1.0f : 0.92f);
    const LabelView view{cam_.center_x, cam_.center_y,     cam_.zoom, size_.x,
                         size_.y,       geometry_version_, hovered_};
    if (!(view == label_view_) || fs != label_font_size_) {
        const double margin = 40;
        const doc::Vec2d lo = to_world({origin.x - margin, origin.y - margin});
        const doc::Vec2d hi = to_world({origin.x + size.x + margin, origin.y + size.y + margin});
        std::size_t must_show = 0;
        label_nodes_ = labels_.choose(grid_, lo, hi, cam_.zoom, hovered_, {}, &must_show);
        declutter_labels(font, fs, must_show);
        label_view_ = view;
        label_font_size_ = fs;
    }
    const ImU32 text = ctx.dark ? IM_COL32(235, 235, 240, 255) : IM_COL32(25, 25, 35, 255);
    const ImU32 pill = ctx.dark ? IM_COL32(30, 32, 38, 190) : IM_COL32(255, 255, 255, 200);
    int texts = 0;
    for (std::size_t k = 0; k < label_nodes_.size(); ++k) {
        const DisplayNode& n = nodes_[label_nodes_[k]];
        const double r_px = std::max(double(n.radius) * cam_.zoom, double(kMinNodePx));
        const doc::Vec2d p = to_screen(n.pos);
        if (label_text_shown_[k]) {
            const ImVec2 ts = font->CalcTextSizeA(fs, FLT_MAX, 0.f, n.label.c_str());
            const ImVec2 at(float(p.x) - ts.x / 2, float(p.y + r_px + 3));
            dl->AddRectFilled(ImVec2(at.x - 3, at.y - 1), ImVec2(at.x + ts.x + 3, at.y + ts.y + 1),
                              pill, 4.f);
            dl->AddText(font, fs, at, text, n.label.c_str());
            ++texts;
        }
        if (n.badge && *n.badge && r_px >= 6) {
            // Role badge: a small disc with the role letter at the top right of the node.
            const float br = std::max(7.f, fs * 0.45f);
            const ImVec2 c(float(p.x + r_px * 0.8), float(p.y - r_px * 0.8));
            dl->AddCircleFilled(c, br, IM_COL32(20, 20, 30, 235));
            const ImVec2 bs = font->CalcTextSizeA(fs * 0.7f, FLT_MAX, 0.f, n.badge);
            dl->AddText(font, fs * 0.7f, ImVec2(c.x - bs.x / 2, c.y - bs.y / 2),
                        IM_COL32(255, 255, 255, 255), n.badge);
        }
    }
    stats_.labels = texts;
}

void CanvasView::build_legend(CanvasContext& ctx) {
    const Scenario* s = ctx.doc.scenario();
    legend_rows_.clear();
    legend_size_ = {0, 0};
    if (!s || !show_legend)
        return;
    std::vector<LegendRow>& rows = legend_rows_;
    const doc::ColorBy by = doc::color_by_from_token(s->view.color_by);
    rows.push_back({doc::color_by_label(by, ctx.lang), 3, 0, 0, false, {}});
    for (const auto& e : coloring_.legend) {
        rows.push_back({e.label + "  (" + std::to_string(e.count) + ")", 0, e.color, 0, false, {}});
    }
    if (drawn_shapes_.size() > 1 ||
        (drawn_shapes_.size() == 1 && !drawn_shapes_.count(doc::Shape::Circle))) {
        rows.push_back({doc::tr(ctx.lang, "vorm = rol", "shape = role"), 3, 0, 0, false, {}});
        const std::pair<doc::Shape, const char*> shapes[] = {
            {doc::Shape::Diamond, doc::tr(ctx.lang, "regisseur / coörd. regisseur / dealmaker",
                                          "regisseur / coordinating / dealmaker")},
            {doc::Shape::Square,
             doc::tr(ctx.lang, "toezichthouder", "toezichthouder (supervisor)")},
            {doc::Shape::Triangle, doc::tr(ctx.lang, "financier", "financier (funder)")},
        };
        for (const auto& [shape, text] : shapes) {
            if (drawn_shapes_.count(shape))
                rows.push_back({text, 2, 0, 0, false, shape});
        }
    }
    if (!drawn_layers_.empty()) {
        rows.push_back({doc::tr(ctx.lang, "relaties", "relations"), 3, 0, 0, false, {}});
        for (Layer l : drawn_layers_) {
            if (l == Layer::Directs)
                continue;
            const doc::EdgeStyle st = doc::layer_style(l, ctx.dark);
            rows.push_back({std::string(label(l, ctx.lang)), 1, st.color, st.width, st.dashed, {}});
        }
        if (drawn_inferred_) {
            const doc::EdgeStyle st =
                doc::inferred_style(doc::layer_style(Layer::Collaboration, ctx.dark));
            rows.push_back({doc::tr(ctx.lang, "modelkeuze (niet in de bron)",
                                    "modelling choice (not in the sources)"),
                            1,
                            st.color,
                            st.width,
                            true,
                            {}});
        }
        if (drawn_layers_.count(Layer::Directs)) {
            rows.push_back(
                {doc::tr(ctx.lang, "regie-overlay (stuurt aan)", "regie overlay (directs)"),
                 3,
                 0,
                 0,
                 false,
                 {}});
            for (RegieKind k : drawn_kinds_) {
                rows.push_back(
                    {std::string(label(k, ctx.lang)), 1, doc::regie_kind_color(k), 3.f, false, {}});
            }
        }
    }
    const float fs = ImGui::GetFontSize() * 0.8f;
    float w = 0;
    for (const auto& r : rows)
        w = std::max(w, ImGui::GetFont()->CalcTextSizeA(fs, FLT_MAX, 0, r.text.c_str()).x);
    legend_size_ = ImVec2(w + fs * 3.2f, fs * 1.3f * float(rows.size()) + fs * 0.8f);
}

void CanvasView::draw_legend(CanvasContext& ctx, ImDrawList* dl, ImVec2 origin, ImVec2 size) {
    if (legend_rows_.empty())
        return;
    const float fs = ImGui::GetFontSize() * 0.8f;
    ImFont* font = ImGui::GetFont();
    const float line = fs * 1.3f;
    const auto& rows = legend_rows_;
    const float w = legend_size_.x, h = legend_size_.y;
    const ImVec2 p = legend_corner(origin, size);
    const ImU32 bg = ctx.dark ? IM_COL32(40, 42, 50, 225) : IM_COL32(255, 255, 255, 225);
    const ImU32 fg = ctx.dark ? IM_COL32(230, 230, 235, 255) : IM_COL32(30, 30, 40, 255);
    const ImU32 border = ctx.dark ? IM_COL32(90, 90, 100, 255) : IM_COL32(200, 200, 205, 255);
    dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), bg, 6.f);
    dl->AddRect(p, ImVec2(p.x + w, p.y + h), border, 6.f);
    float y = p.y + fs * 0.4f;
    for (const auto& r : rows) {
        const float cx = p.x + fs * 1.1f, cy = y + line * 0.5f;
        switch (r.kind) {
            case 0:
                dl->AddCircleFilled(ImVec2(cx, cy), fs * 0.42f, r.color);
                break;
            case 1:
                if (r.dashed) {
                    for (float x = cx - fs * 0.8f; x < cx + fs * 0.8f; x += fs * 0.5f) {
                        dl->AddLine(ImVec2(x, cy),
                                    ImVec2(std::min(x + fs * 0.3f, cx + fs * 0.8f), cy), r.color,
                                    r.width);
                    }
                } else {
                    dl->AddLine(ImVec2(cx - fs * 0.8f, cy), ImVec2(cx + fs * 0.6f, cy), r.color,
                                r.width);
                }
                if (r.width >= 3.f) {
                    dl->AddTriangleFilled(ImVec2(cx + fs * 0.9f, cy),
                                          ImVec2(cx + fs * 0.4f, cy - fs * 0.3f),
                                          ImVec2(cx + fs * 0.4f, cy + fs * 0.3f), r.color);
                }
                break;
            case 2: {
                const float q = fs * 0.45f;
                const ImU32 c = with_alpha(fg, 0.8f);
                if (r.shape == doc::Shape::Diamond) {
                    dl->AddQuadFilled(ImVec2(cx, cy - q), ImVec2(cx + q, cy), ImVec2(cx, cy + q),
                                      ImVec2(cx - q, cy), c);
                } else if (r.shape == doc::Shape::Square) {
                    dl->AddRectFilled(ImVec2(cx - q * 0.8f, cy - q * 0.8f),
                                      ImVec2(cx + q * 0.8f, cy + q * 0.8f), c);
                } else {
                    dl->AddTriangleFilled(ImVec2(cx, cy - q), ImVec2(cx + q, cy + q * 0.7f),
                                          ImVec2(cx - q, cy + q * 0.7f), c);
                }
                break;
            }
            default:
                break;
        }
        const float tx = r.kind == 3 ? p.x + fs * 0.5f : p.x + fs * 2.3f;
        dl->AddText(font, fs, ImVec2(tx, y + (line - fs) * 0.5f),
                    r.kind == 3 ? with_alpha(fg, 0.65f) : fg, r.text.c_str());
        y += line;
    }
}

}  // namespace rk::gui

// The canvas styling: marks (selection, highlight, regie toggles, cycles), the ego view,
// colouring and the node and edge instances the renderer draws.
#include "gui/canvas.hpp"
#include "gui/canvas_detail.hpp"

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

using namespace canvas_detail;

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
    for (const auto& id : ctx.display.highlight.actors)
        mark_actor(id, kMarkHighlighted);
    if (ctx.analysis) {
        const auto& r = ctx.analysis->regie;
        if (ctx.display.regie_multi) {
            for (const auto& [id, by] : r.multiply_directed)
                mark_actor(id, kMarkHighlighted);
        }
        if (ctx.display.regie_undirected) {
            for (const auto& id : r.undirected_actors)
                mark_actor(id, kMarkHighlighted);
        }
        if (ctx.display.regie_cycles)
            mark_cycles(r.cycles, s);
    }
    // Selected or highlighted relations are few: one pass over the relations, only if any.
    if (sel.relations().empty() && ctx.display.highlight.relations.empty())
        return;
    for (std::size_t r = 0; r < s.relations.size(); ++r) {
        const std::string& id = s.relations[r].id;
        if (sel.has_relation(id))
            relation_marks_[r] |= kMarkSelected;
        if (ctx.display.highlight.relations.count(id))
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
    if (ctx.display.ego_depth <= 0)
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
        if (d >= ctx.display.ego_depth)
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
                st.width = 2.6f + 0.7f * float(std::min<std::size_t>(rel.details->means.size(), 4));
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

}  // namespace rk::gui

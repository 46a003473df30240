// The canvas model: display nodes and edges from the scenario, positions (live layout and
// drags) and picking. All lookups by id happen here, once per change of the data.
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

}  // namespace rk::gui

// What the canvas shows where, for the gestures (canvas_gestures.cpp) and the finding
// overlay (presentation.cpp): read-only questions about the last drawn frame.
#include <algorithm>

#include "gui/canvas.hpp"

namespace rk::gui {

namespace {
constexpr double kPickSlackPx = 5.5;  // as the canvas's hover: nodes keep a minimum size
}  // namespace

std::string CanvasView::actor_at(doc::Vec2d screen) const {
    const int i = grid_.pick(to_world(screen), 1.0, kPickSlackPx / cam_.zoom);
    if (i < 0 || std::size_t(i) >= nodes_.size() || nodes_[i].actor < 0)
        return {};
    const auto a = std::size_t(nodes_[i].actor);
    return a < actor_ids_.size() ? actor_ids_[a] : std::string{};
}

std::string CanvasView::relation_at(const Scenario& s, doc::Vec2d screen) {
    // Edges index the relations of the scenario the model was last built from: this frame's.
    if (model_scenario_ != s.id)
        return {};
    const int e = pick_edge(to_world(screen));
    if (e < 0 || edges_[e].relation < 0 || std::size_t(edges_[e].relation) >= s.relations.size())
        return {};
    return s.relations[edges_[e].relation].id;
}

std::optional<doc::Vec2d> CanvasView::actor_on_screen(const std::string& id) const {
    auto it = actor_index_.find(id);
    if (it == actor_index_.end() || std::size_t(it->second) >= display_of_actor_.size())
        return std::nullopt;
    const int d = display_of_actor_[it->second];
    if (d < 0)
        return std::nullopt;
    return to_screen(nodes_[d].pos);
}

double CanvasView::actor_radius_px(const std::string& id) const {
    auto it = actor_index_.find(id);
    if (it == actor_index_.end() || std::size_t(it->second) >= display_of_actor_.size())
        return 0;
    const int d = display_of_actor_[it->second];
    if (d < 0)
        return 0;
    return std::max(double(nodes_[d].radius) * cam_.zoom, 2.5);
}

}  // namespace rk::gui

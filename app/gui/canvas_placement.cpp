// Where the network and the legend lie on the canvas (issue 19): the legend's corner, the
// network kept in place while side panels open and close, and the report for the GUI test
// that checks that after a fit no mark or name is under the legend or outside the view.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "doc/selection.hpp"
#include "gui/canvas.hpp"

namespace rk::gui {

ImVec2 CanvasView::legend_corner(ImVec2 origin, ImVec2 size) const {
    // Bottom left, 10 pixels in; never over the banner at the top.
    ImVec2 p(origin.x + 10, origin.y + size.y - legend_size_.y - 10);
    p.y = std::max(p.y, origin.y + 40);
    return p;
}

void CanvasView::keep_in_place(const doc::Selection& selection, doc::Vec2d new_origin,
                               doc::Vec2d new_size) {
    if (!have_fitted_ || size_.x <= 1)
        return;
    // The world point at the canvas centre moves with the centre: same screen positions, so
    // nothing under the pointer moves when the inspector opens on a click.
    cam_.center_x += (new_origin.x + new_size.x / 2 - origin_.x - size_.x / 2) / cam_.zoom;
    cam_.center_y += (new_origin.y + new_size.y / 2 - origin_.y - size_.y / 2) / cam_.zoom;
    // Except that a selected actor the smaller canvas would hide (under the inspector that
    // its selection opened) is brought back just inside the edge.
    const double margin = 60;
    double shift = 0;
    for (const auto& id : selection.actors()) {
        const auto it = actor_index_.find(id);
        if (it == actor_index_.end() || display_of_actor_[it->second] < 0)
            continue;
        const doc::Vec2d p =
            cam_.to_screen(nodes_[display_of_actor_[it->second]].pos, new_origin, new_size);
        shift = std::max(shift, p.x - (new_origin.x + new_size.x - margin));
    }
    if (shift > 0)
        cam_.center_x += shift / cam_.zoom;
}

std::vector<std::string> CanvasView::take_fit_report() {
    std::vector<std::string> lines;
    if (!fit_report_pending_)
        return lines;
    fit_report_pending_ = false;
    char buf[256];
    const ImVec2 size(float(size_.x), float(size_.y));
    const ImVec2 legend =
        legend_shown_ && legend_size_.x > 0 ? legend_corner({0, 0}, size) : ImVec2(0, 0);
    const ImVec2 legend_end = legend_shown_ && legend_size_.x > 0
                                  ? ImVec2(legend.x + legend_size_.x, legend.y + legend_size_.y)
                                  : ImVec2(0, 0);
    std::snprintf(buf, sizeof buf, "fit view %.0f %.0f legend %.0f %.0f %.0f %.0f", size.x, size.y,
                  legend.x, legend.y, legend_end.x, legend_end.y);
    lines.emplace_back(buf);
    // The mark and the name under it as draw_labels places them (the name in its pill).
    const float fs = ImGui::GetFontSize() * 0.92f;
    for (const auto& n : nodes_) {
        const double r = std::max(double(n.radius) * cam_.zoom, 2.5);
        const doc::Vec2d p = cam_.to_screen(n.pos, {0, 0}, size_);
        double x0 = p.x - r, x1 = p.x + r, y1 = p.y + r;
        if (labels_shown_ && !n.label.empty()) {
            const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(fs, FLT_MAX, 0.f, n.label.c_str());
            x0 = std::min(x0, p.x - ts.x / 2 - 3);
            x1 = std::max(x1, p.x + ts.x / 2 + 3);
            y1 = p.y + r + 3 + ts.y + 1;
        }
        std::snprintf(buf, sizeof buf, "fit actor %.0f %.0f %.0f %.0f ", x0, p.y - r, x1, y1);
        lines.push_back(buf + n.label);
    }
    return lines;
}

}  // namespace rk::gui

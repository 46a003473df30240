// What the canvas draws over the GPU pass: decluttered labels and the legend.
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

// A name's pill under its mark, in screen pixels (draw_labels draws exactly this).
doc::LabelBox CanvasView::label_box(const DisplayNode& n, ImFont* font, float fs) const {
    const double r_px = std::max(double(n.radius) * cam_.zoom, double(kMinNodePx));
    const doc::Vec2d p = to_screen(n.pos);
    const ImVec2 ts = font->CalcTextSizeA(fs, FLT_MAX, 0.f, n.label.c_str());
    const double top = p.y + r_px + 3;
    return {p.x - ts.x / 2 - 3, top - 1, p.x + ts.x / 2 + 3, top + ts.y + 1};
}

// Hides the label texts that would overlap a label of higher priority (hovered, selected
// and highlighted ones always stay), so a dense cluster reads as names, not as a smear.
// Role badges stay on every chosen node.
void CanvasView::declutter_labels(ImFont* font, float fs, std::size_t must_show) {
    std::vector<doc::LabelBox> boxes;
    boxes.reserve(label_nodes_.size());
    for (int i : label_nodes_)
        boxes.push_back(label_box(nodes_[i], font, fs));
    label_text_shown_ = doc::keep_unoverlapped(boxes, must_show);
}

float CanvasView::label_font_size(const CanvasContext& ctx) {
    return ImGui::GetFontSize() * (ctx.presenting ? 1.0f : 0.92f);
}

void CanvasView::plan_labels(const CanvasContext& ctx, ImVec2 origin, ImVec2 size) {
    // Level of detail (doc::LabelPlanner): chosen again only when the view, the instances or
    // the hovered node changed.
    const float fs = label_font_size(ctx);
    const LabelView view{cam_.center_x, cam_.center_y,     cam_.zoom, size_.x,
                         size_.y,       geometry_version_, hovered_};
    if (view == label_view_ && fs == label_font_size_)
        return;
    const double margin = 40;
    const doc::Vec2d lo = to_world({origin.x - margin, origin.y - margin});
    const doc::Vec2d hi = to_world({origin.x + size.x + margin, origin.y + size.y + margin});
    std::size_t must_show = 0;
    label_nodes_ = labels_.choose(grid_, lo, hi, cam_.zoom, hovered_, {}, &must_show);
    declutter_labels(ImGui::GetFont(), fs, must_show);
    label_view_ = view;
    label_font_size_ = fs;
}

std::vector<layout::Rect> CanvasView::drawn_marks_and_names(const CanvasContext& ctx) const {
    std::vector<layout::Rect> drawn;
    ImFont* font = ImGui::GetFont();
    const float fs = label_font_size(ctx);
    for (std::size_t k = 0; k < label_nodes_.size() && k < label_text_shown_.size(); ++k) {
        const DisplayNode& n = nodes_[label_nodes_[k]];
        const double r_px = std::max(double(n.radius) * cam_.zoom, double(kMinNodePx));
        const doc::Vec2d p = to_screen(n.pos);
        drawn.push_back({p.x - r_px, p.y - r_px, p.x + r_px, p.y + r_px});
        if (label_text_shown_[k]) {
            const doc::LabelBox b = label_box(n, font, fs);
            drawn.push_back({b.x0, b.y0, b.x1, b.y1});
        }
    }
    return drawn;
}

void CanvasView::draw_labels(CanvasContext& ctx, ImDrawList* dl) {
    ImFont* font = ImGui::GetFont();
    const float fs = label_font_size(ctx);
    const ImU32 text = ctx.dark ? IM_COL32(235, 235, 240, 255) : IM_COL32(25, 25, 35, 255);
    const ImU32 pill = ctx.dark ? IM_COL32(30, 32, 38, 190) : IM_COL32(255, 255, 255, 200);
    int texts = 0;
    for (std::size_t k = 0; k < label_nodes_.size(); ++k) {
        const DisplayNode& n = nodes_[label_nodes_[k]];
        const double r_px = std::max(double(n.radius) * cam_.zoom, double(kMinNodePx));
        const doc::Vec2d p = to_screen(n.pos);
        if (label_text_shown_[k]) {
            const doc::LabelBox b = label_box(n, font, fs);
            dl->AddRectFilled(ImVec2(float(b.x0), float(b.y0)), ImVec2(float(b.x1), float(b.y1)),
                              pill, 4.f);
            dl->AddText(font, fs, ImVec2(float(b.x0 + 3), float(b.y0 + 1)), text, n.label.c_str());
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
    if (!s || !ctx.display.show_legend)
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

#include "gui/presentation.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <vector>

#include "doc/finding_cause.hpp"
#include "doc/i18n.hpp"

namespace rk::gui {

namespace {

constexpr ImU32 kBroken = IM_COL32(215, 30, 40, 255);

ImVec2 im(doc::Vec2d v) {
    return ImVec2(float(v.x), float(v.y));
}

void dashed_line(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float width) {
    const float len = std::hypot(b.x - a.x, b.y - a.y);
    if (len < 1)
        return;
    const float dash = 10, gap = 7;
    const ImVec2 d((b.x - a.x) / len, (b.y - a.y) / len);
    for (float t = 0; t < len; t += dash + gap) {
        const float e = std::min(t + dash, len);
        dl->AddLine(ImVec2(a.x + d.x * t, a.y + d.y * t), ImVec2(a.x + d.x * e, a.y + d.y * e), col,
                    width);
    }
}

// Pills placed so far in this frame: a new one moves up until it overlaps none of them, so
// the markers of actors close together stay readable. Quadratic in the pills, which are few
// (one per actor of a finding's cause).
struct PillPlacer {
    std::vector<ImVec4> taken;  // x0, y0, x1, y1
    bool free(const ImVec4& r) const {
        for (const auto& t : taken) {
            if (r.x < t.z && t.x < r.z && r.y < t.w && t.y < r.w)
                return false;
        }
        return true;
    }
    // Text in a rounded pill centred on `at` (or above it where that is taken).
    void pill(ImDrawList* dl, ImVec2 at, const std::string& text, ImU32 bg, ImU32 fg, float scale) {
        ImFont* font = ImGui::GetFont();
        const float fs = ImGui::GetFontSize() * scale;
        const ImVec2 ts = font->CalcTextSizeA(fs, FLT_MAX, 0.f, text.c_str());
        ImVec4 r(at.x - ts.x / 2 - 6, at.y - ts.y / 2 - 3, at.x + ts.x / 2 + 6,
                 at.y + ts.y / 2 + 3);
        for (int tries = 0; tries < 12 && !free(r); ++tries) {
            r.y -= ts.y + 8;
            r.w -= ts.y + 8;
        }
        taken.push_back(r);
        dl->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.z, r.w), bg, 6.f);
        dl->AddText(font, fs, ImVec2(r.x + 6, r.y + 3), fg, text.c_str());
    }
};

}  // namespace

Highlight highlight_for(const Scenario& s, const analytics::Finding& f, Language lang) {
    const doc::FindingCause cause = doc::cause_of(s, f);
    Highlight h;
    h.caption_nl = doc::caption_of(f, Language::Dutch);
    h.caption_en = doc::caption_of(f, Language::English);
    h.has_caption = true;
    h.title = lang == Language::Dutch ? h.caption_nl.title : h.caption_en.title;
    h.actors = cause.actors;
    h.relations = cause.relations;
    h.broken_links = cause.broken_links;
    h.actor_notes = cause.actor_notes;
    return h;
}

void draw_cause_overlay(ImDrawList* dl, const Highlight& h, const CanvasView& view, Language lang) {
    PillPlacer placer;
    for (const auto& link : h.broken_links) {
        auto a = view.actor_on_screen(link.from), b = view.actor_on_screen(link.to);
        if (!a || !b)
            continue;
        dashed_line(dl, im(*a), im(*b), kBroken, 3.5f);
        // An open gap with a cross in the middle: the hand-over that nobody holds.
        const ImVec2 m(float((a->x + b->x) / 2), float((a->y + b->y) / 2));
        dl->AddCircleFilled(m, 11, IM_COL32(255, 255, 255, 255));
        dl->AddLine(ImVec2(m.x - 6, m.y - 6), ImVec2(m.x + 6, m.y + 6), kBroken, 3.f);
        dl->AddLine(ImVec2(m.x - 6, m.y + 6), ImVec2(m.x + 6, m.y - 6), kBroken, 3.f);
        placer.pill(dl, ImVec2(m.x, m.y - 26), std::string(doc::pick(link.label, lang)), kBroken,
                    IM_COL32(255, 255, 255, 255), 0.85f);
    }
    for (const auto& [actor, note] : h.actor_notes) {
        auto c = view.actor_on_screen(actor);
        if (!c)
            continue;
        const float r = float(view.actor_radius_px(actor));
        placer.pill(dl, ImVec2(float(c->x), float(c->y) - r - ImGui::GetFontSize() * 0.8f),
                    std::string(doc::pick(note, lang)), IM_COL32(255, 235, 235, 240), kBroken,
                    0.8f);
    }
}

float caption_band_height() {
    return ImGui::GetFontSize() * 5.2f;
}

void draw_presentation_caption(ImDrawList* dl, const Highlight& h, ImVec2 origin, ImVec2 size,
                               Language lang, bool dark) {
    if (!h.has_caption)
        return;
    const doc::FindingCaption& cap = lang == Language::Dutch ? h.caption_nl : h.caption_en;
    ImFont* font = ImGui::GetFont();
    const float fs = ImGui::GetFontSize();
    const float pad = fs * 0.7f;
    const float wrap = size.x - 2 * (pad + 30);
    const float title_fs = fs * 1.5f, body_fs = fs * 1.05f, num_fs = fs * 0.85f;
    const ImVec2 t = font->CalcTextSizeA(title_fs, FLT_MAX, wrap, cap.title.c_str());
    const ImVec2 b = font->CalcTextSizeA(body_fs, FLT_MAX, wrap, cap.summary.c_str());
    const ImVec2 n = font->CalcTextSizeA(num_fs, FLT_MAX, wrap, cap.numbers.c_str());
    const float h_total =
        pad * 2 + t.y + b.y + (cap.numbers.empty() ? 0 : n.y + fs * 0.3f) + fs * 0.2f;
    const ImVec2 p0(origin.x + 30, origin.y + 12),
        p1(origin.x + size.x - 30, origin.y + 12 + h_total);
    dl->AddRectFilled(p0, p1, dark ? IM_COL32(20, 22, 28, 235) : IM_COL32(255, 255, 255, 240),
                      10.f);
    dl->AddRectFilled(p0, ImVec2(p0.x + 8, p1.y), IM_COL32(255, 60, 160, 255), 10.f,
                      ImDrawFlags_RoundCornersLeft);
    const ImU32 fg = dark ? IM_COL32(240, 240, 245, 255) : IM_COL32(20, 20, 30, 255);
    const ImU32 dim = dark ? IM_COL32(180, 180, 190, 255) : IM_COL32(80, 80, 95, 255);
    float y = p0.y + pad;
    dl->AddText(font, title_fs, ImVec2(p0.x + pad + 8, y), IM_COL32(200, 20, 110, 255),
                cap.title.c_str(), nullptr, wrap);
    y += t.y + fs * 0.2f;
    dl->AddText(font, body_fs, ImVec2(p0.x + pad + 8, y), fg, cap.summary.c_str(), nullptr, wrap);
    y += b.y + fs * 0.3f;
    if (!cap.numbers.empty())
        dl->AddText(font, num_fs, ImVec2(p0.x + pad + 8, y), dim, cap.numbers.c_str(), nullptr,
                    wrap);
}

}  // namespace rk::gui

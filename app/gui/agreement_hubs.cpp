#include "gui/agreement_hubs.hpp"

#include <cmath>
#include <string>

namespace rk::gui {

namespace {

void dotted_line(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 color, float width) {
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float len = std::sqrt(dx * dx + dy * dy);
    if (len < 1)
        return;
    const float step = 7, dash = 3;
    for (float t = 0; t < len; t += step) {
        const float e = std::min(t + dash, len);
        dl->AddLine(ImVec2(a.x + dx * t / len, a.y + dy * t / len),
                    ImVec2(a.x + dx * e / len, a.y + dy * e / len), color, width);
    }
}

struct Party {
    ImVec2 at;
    bool signatory;
};

}  // namespace

void draw_agreement_hubs(ImDrawList* dl, const Scenario& s, const CanvasView& view, Language lang,
                         bool dark, std::vector<layout::Rect> drawn) {
    const ImU32 spoke = dark ? IM_COL32(200, 170, 90, 150) : IM_COL32(150, 110, 20, 140);
    const ImU32 fill = dark ? IM_COL32(70, 60, 35, 200) : IM_COL32(255, 246, 220, 200);
    const ImU32 border = dark ? IM_COL32(220, 185, 100, 255) : IM_COL32(170, 125, 25, 255);
    const ImU32 text = dark ? IM_COL32(240, 235, 220, 255) : IM_COL32(60, 45, 10, 255);
    const float fs = ImGui::GetFontSize() * 0.85f;
    ImFont* font = ImGui::GetFont();
    for (const Agreement& a : s.agreements) {
        std::vector<Party> parties;
        ImVec2 centre(0, 0);
        auto add = [&](const std::string& id, bool signatory) {
            if (auto p = view.actor_on_screen(id)) {
                parties.push_back({ImVec2(float(p->x), float(p->y)), signatory});
                centre.x += float(p->x);
                centre.y += float(p->y);
            }
        };
        for (const auto& id : a.signatories)
            add(id, true);
        for (const auto& id : a.addressees)
            add(id, false);
        if (parties.empty())
            continue;
        centre.x /= float(parties.size());
        centre.y /= float(parties.size());
        const std::string title = a.name.empty() ? a.id : a.name;
        std::string sub(label(a.kind, lang));
        if (a.binding != Bindingness::Unknown)
            sub += " · " + std::string(label(a.binding, lang));
        const ImVec2 t1 = font->CalcTextSizeA(fs, 320, 0, title.c_str());
        const ImVec2 t2 = font->CalcTextSizeA(fs * 0.85f, 320, 0, sub.c_str());
        const float w = std::max(t1.x, t2.x) + fs, h = t1.y + t2.y + fs * 0.6f;
        const layout::Vec2 at = layout::clear_spot({centre.x, centre.y}, {w, h}, drawn);
        drawn.push_back(layout::rect_around(at, {w, h}));
        centre = ImVec2(float(at.x), float(at.y));
        for (const Party& p : parties) {
            if (p.signatory)
                dl->AddLine(centre, p.at, spoke, 1.3f);
            else
                dotted_line(dl, centre, p.at, spoke, 1.3f);
        }
        const ImVec2 lo(centre.x - w / 2, centre.y - h / 2), hi(centre.x + w / 2, centre.y + h / 2);
        dl->AddRectFilled(lo, hi, fill, 4.f);
        dl->AddRect(lo, hi, border, 4.f, 0, 1.5f);
        dl->AddText(font, fs, ImVec2(centre.x - t1.x / 2, lo.y + fs * 0.3f), text, title.c_str());
        dl->AddText(font, fs * 0.85f, ImVec2(centre.x - t2.x / 2, lo.y + fs * 0.3f + t1.y), text,
                    sub.c_str());
    }
}

}  // namespace rk::gui

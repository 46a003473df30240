#include "gui/field_frame.hpp"

namespace rk::gui {

void frame_every_field(ImGuiStyle& style, bool dark) {
    style.FrameBorderSize = 1.f;
    // ImGui's default border is nearly the colour of the background in the light theme.
    style.Colors[ImGuiCol_Border] =
        dark ? ImVec4(0.45f, 0.46f, 0.52f, 0.80f) : ImVec4(0.55f, 0.56f, 0.60f, 0.80f);
}

void frame_active_field() {
    if (!ImGui::IsItemActive())
        return;
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - 1, a.y - 1), ImVec2(b.x + 1, b.y + 1),
                                        ImGui::GetColorU32(ImGuiCol_NavHighlight),
                                        ImGui::GetStyle().FrameRounding, 0, 2.f);
}

void focus_when_appearing() {
    if (ImGui::IsWindowAppearing())
        ImGui::SetKeyboardFocusHere();
}

bool enter_pressed() {
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel) &&
        !ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) {
        return false;
    }
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) ||
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
}

}  // namespace rk::gui

#include "gui/topmost_window.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace rk::gui {

int topmost_window(std::span<const char* const> ids) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    // g.Windows is in display order, back to front: the last match is the topmost.
    for (int i = g.Windows.Size - 1; i >= 0; --i) {
        const ImGuiWindow* w = g.Windows[i];
        if (!w->WasActive || w->Hidden)
            continue;
        for (std::size_t k = 0; k < ids.size(); ++k) {
            if (w->ID == ImHashStr(ids[k]))
                return int(k);
        }
    }
    return -1;
}

bool modal_open() {
    return ImGui::GetTopMostPopupModal() != nullptr;
}

bool topmost_modal_is(const char* id) {
    const ImGuiWindow* w = ImGui::GetTopMostPopupModal();
    return w && w->ID == ImHashStr(id);
}

void close_topmost_modal() {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.OpenPopupStack.Size > 0)
        ImGui::ClosePopupToLevel(g.OpenPopupStack.Size - 1, true);
}

}  // namespace rk::gui

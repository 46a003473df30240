#include "gui/fit_text.hpp"

#include <imgui.h>

#include <vector>

namespace rk::gui {

namespace {

float text_width(const std::string& s) {
    return ImGui::CalcTextSize(s.c_str()).x;
}

}  // namespace

std::string ellipsize(const std::string& text, float max_width) {
    if (text_width(text) <= max_width)
        return text;
    static const std::string dots = "…";
    // Character starts: a cut never splits a UTF-8 sequence (continuation bytes are 10xxxxxx).
    std::vector<std::size_t> cuts;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            cuts.push_back(i);
    }
    // The longest prefix that fits: prefix widths grow with length, so bisect.
    std::size_t lo = 0, hi = cuts.size();  // cuts[lo] fits (an empty prefix always does)
    while (hi - lo > 1) {
        const std::size_t mid = (lo + hi) / 2;
        if (text_width(text.substr(0, cuts[mid]) + dots) <= max_width) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    std::string prefix = text.substr(0, cuts[lo]);
    while (!prefix.empty() && (prefix.back() == ' ' || prefix.back() == '('))
        prefix.pop_back();
    return prefix + dots;
}

float label_width_after_box() {
    const ImGuiStyle& st = ImGui::GetStyle();
    return ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - st.ItemInnerSpacing.x;
}

}  // namespace rk::gui

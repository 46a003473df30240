// The side panels. Each is a small struct with its own state and a Draw() that reads the
// document and issues commands through it (never mutating the case directly).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "analytics/analysis.hpp"
#include "doc/document.hpp"
#include "gui/view_state.hpp"

namespace rk::gui {

class CanvasView;

// What a panel may read and use while it draws. It changes the case only through the
// document's commands, and asks for anything else (another view, the canvas) in `intents`.
struct UiContext {
    doc::Document& doc;
    Language lang;
    bool dark;
    const analytics::AnalysisResult* analysis;  // of the current scenario, or null
    bool analysis_busy;
    const CanvasView& canvas;               // the camera, for "export the current view"
    const CanvasDisplay& display;           // what the canvas shows: toggles, highlight
    ViewIntents& intents;                   // what the view asks the App to do after it drew
    analytics::AnalysisSettings& settings;  // thresholds edited by the diagnostics panel
    std::function<void()> settings_changed;
    // Values of `analysis` still carried over from the previous full analysis while it is
    // recomputed (doc::StagedResult::stale); null or empty when everything is current.
    const std::vector<std::string>* stale = nullptr;
    bool stale_carried_over = false;  // stale values shown are from before the edit
};

// Case and scenario switcher, search, layers, colour/size/partition, regie overlay toggles.
struct SidebarView {
    std::string search;
    void Draw(UiContext& ui);

  private:
    // Relations per layer, counted once per data revision: a scan of 300k relations every
    // frame costs tens of milliseconds.
    std::uint64_t layer_count_revision_ = ~0ull;
    std::string layer_count_scenario_;
    std::array<int, kLayerCount> layer_counts_{};
};

// Every attribute of the selected actor or relation, editable.
struct InspectorView {
    std::string new_relation_target;
    int new_relation_layer = 0;
    void Draw(UiContext& ui);

  private:
    void draw_actor(UiContext& ui, const Scenario& s, const Actor& a);
    void draw_relation(UiContext& ui, const Scenario& s, const Relation& r);
};

// The case: goal, the four elements of regie, the eight dilemmas, the ladder, RACI.
struct CasePanelView {
    void Draw(UiContext& ui);

  private:
    void draw_raci(UiContext& ui, const Scenario& s);
};

// One row per actor with every metric; sortable; click selects; histogram of a metric.
struct MetricsView {
    std::string histogram_metric = "betweenness";
    void Draw(UiContext& ui);
};

// Each diagnostic with flag, numbers, rule, thresholds and "show me".
struct DiagnosticsView {
    void Draw(UiContext& ui);
};

// The undo history: click a line to go back or forward to it.
struct HistoryView {
    void Draw(UiContext& ui);
};

struct ShortcutLine {
    std::string keys;
    std::string what;
};
struct HelpView {
    bool open = false;
    void Draw(Language lang, const std::vector<ShortcutLine>& lines);
};

// Shared editing widgets: they report a change; the caller builds the command.
namespace widgets {
// Starts a history group when the last item is activated and ends it when deactivated, so
// typing in a field or moving a slider is one undo step.
void group_item(doc::Document& d, const char* description);
bool text(doc::Document& d, const char* label, std::string& value, bool multiline = false);
bool tri_state(const char* label, std::optional<bool>& v, Language lang);
// A combo over every value of an enum, showing its label in the UI language.
template <typename E>
bool enum_combo(const char* label, E& value, Language lang) {
    bool changed = false;
    const std::string current(rk::label(value, lang));
    if (ImGui::BeginCombo(label, current.c_str())) {
        for (const auto& e : entries<E>()) {
            const std::string text(lang == Language::Dutch ? e.dutch : e.english);
            if (ImGui::Selectable(text.c_str(), e.value == value)) {
                value = e.value;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    return changed;
}
}  // namespace widgets

}  // namespace rk::gui

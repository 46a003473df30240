// The App's dialogs: unsaved changes, recovery after a crash, the file-error list and the
// shortcut help, one function each.
#include <imgui.h>

#include <iterator>

#include "doc/i18n.hpp"
#include "doc/install_paths.hpp"
#include "gui/app.hpp"
#include "model/case_io.hpp"

namespace rk::gui {

using doc::tr;

void App::draw_dialogs() {
    {
        UiContext ui = context();
        acts_.Draw(ui);
    }
    draw_unsaved_prompt();
    draw_recovery_prompt();
    files_.Draw(lang_);  // Open / Save as / Export's file: the portal or the built-in browser
    if (export_.browse_requested) {
        export_.browse_requested = false;
        ask_export_file();
    }

    draw_error_list();
    if (help_.open)
        draw_help();
}

// Unsaved changes: save, drop them, or cancel what asked (guarded()).
void App::draw_unsaved_prompt() {
    if (unsaved_prompt_) {
        ImGui::OpenPopup("###unsaved");
        unsaved_prompt_ = false;
    }
    if (ImGui::BeginPopupModal(
            tr(lang_, "Niet-opgeslagen wijzigingen###unsaved", "Unsaved changes###unsaved"),
            nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::Text(tr(lang_, "\"%s\" heeft wijzigingen die niet zijn opgeslagen.",
                       "\"%s\" has changes that are not saved."),
                    doc_->data().title.c_str());
        if (ImGui::Button(tr(lang_, "Opslaan", "Save"))) {
            ImGui::CloseCurrentPopup();
            const bool needs_name = doc_->path().empty() || doc::is_sample_file(doc_->path());
            if (!needs_name && save(doc_->path()) && after_unsaved_prompt_) {
                auto f = std::move(after_unsaved_prompt_);
                f();
            } else if (needs_name) {
                save_or_ask();  // Save as; it continues with after_unsaved_prompt_
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(lang_, "Niet opslaan", "Don't save"))) {
            ImGui::CloseCurrentPopup();
            autosaver_->discard(*doc_);
            doc_->mark_saved();  // the user chose to drop them
            if (after_unsaved_prompt_) {
                auto f = std::move(after_unsaved_prompt_);
                f();
            }
        }
        ImGui::SameLine();
        if (ImGui::Button(tr(lang_, "Annuleren", "Cancel"))) {
            after_unsaved_prompt_ = nullptr;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

// Recovery offer after a crash: each autosaved version can be recovered or discarded.
void App::draw_recovery_prompt() {
    if (recovery_prompt_) {
        ImGui::OpenPopup("###recovery");
        recovery_prompt_ = false;
    }
    if (ImGui::BeginPopupModal(
            tr(lang_, "Herstellen na een crash###recovery", "Recover after a crash###recovery"),
            nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::TextUnformatted(
            tr(lang_, "Regiekaart is niet netjes afgesloten. Automatisch bewaarde versies:",
               "Regiekaart did not close cleanly. Autosaved versions:"));
        ImGui::Separator();
        for (std::size_t i = 0; i < recoveries_.size(); ++i) {
            const auto& r = recoveries_[i];
            ImGui::PushID(int(i));
            ImGui::Text("%s", r.title.c_str());
            ImGui::TextDisabled("%s: %s", tr(lang_, "bestand", "file"),
                                r.original.empty()
                                    ? tr(lang_, "(nooit opgeslagen)", "(never saved)")
                                    : r.original.c_str());
            ImGui::TextDisabled("%s: %s", tr(lang_, "bewaard", "autosaved"), r.saved_at.c_str());
            if (ImGui::Button(tr(lang_, "Herstellen", "Recover"))) {
                auto loaded = load_case_file(r.case_file);
                if (loaded.value) {
                    open_case(std::move(*loaded.value), r.original);
                    doc_->mark_unsaved();
                    doc::discard_recovery(r);
                    autosaver_->write_now(*doc_);
                    recoveries_.erase(recoveries_.begin() + std::ptrdiff_t(i));
                } else {
                    errors_title_ = tr(lang_, "Herstellen mislukt", "Recovery failed");
                    errors_.clear();
                    for (const auto& d : loaded.diagnostics.items())
                        errors_.push_back(d.to_string());
                }
                ImGui::PopID();
                break;
            }
            ImGui::SameLine();
            if (ImGui::Button(tr(lang_, "Verwerpen", "Discard"))) {
                doc::discard_recovery(r);
                recoveries_.erase(recoveries_.begin() + std::ptrdiff_t(i));
                ImGui::PopID();
                break;
            }
            ImGui::Separator();
            ImGui::PopID();
        }
        if (ImGui::Button(tr(lang_, "Later beslissen", "Decide later")) || recoveries_.empty()) {
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

// File errors: a readable list, one problem per line, never a crash.
void App::draw_error_list() {
    if (!errors_.empty()) {
        ImGui::OpenPopup("###errors");
    }
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 45, ImGui::GetFontSize() * 18),
                             ImGuiCond_Appearing);
    if (ImGui::BeginPopupModal(
            tr(lang_, "Problemen met het bestand###errors", "Problems with the file###errors"))) {
        ImGui::TextWrapped("%s", errors_title_.c_str());
        ImGui::BeginChild("##errlist", ImVec2(0, -ImGui::GetFrameHeightWithSpacing()), true);
        for (const auto& e : errors_)
            ImGui::TextWrapped("%s", e.c_str());
        ImGui::EndChild();
        if (ImGui::Button("OK")) {
            errors_.clear();
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
}

// The shortcut help (F1): every action with a shortcut, then the canvas gestures.
void App::draw_help() {
    std::vector<ShortcutLine> lines;
    for (const auto& a : actions_) {
        if (!a.shortcut.empty())
            lines.push_back({a.shortcut, lang_ == Language::Dutch ? a.name_nl : a.name_en});
    }
    const char* canvas_help[][2] = {
        {"Klik / Shift+klik / Ctrl+klik", "selecteren / toevoegen / omschakelen"},
        {"Slepen op actor", "verplaatsen (één stap ongedaan te maken)"},
        {"Slepen op leeg vlak", "rechthoek selecteren"},
        {"Rechts- of middenslepen", "schuiven"},
        {"Rechtsklik (zonder slepen)", "menu van actor, relatie of leeg vlak"},
        {"Dubbelklik op leeg vlak / N",
         "nieuwe actor daar; Enter bewaart, Tab volgende, Esc annuleert"},
        {"R, dan klik bron en doel", "relatie tekenen (laag = laatst gebruikte)"},
        {"Greep aan de rand van een actor slepen", "relatie naar de actor waar je loslaat"},
        {"Ctrl+V", "geplakte regels worden actoren in een raster bij de muis"},
        {"Scrollwiel", "zoomen naar de muis"},
        {"Dubbelklik op groep", "groep uitklappen"},
        {"Slepen tijdens live layout", "het netwerk schikt zich om de actor"},
    };
    const char* canvas_help_en[][2] = {
        {"Click / Shift+click / Ctrl+click", "select / add / toggle"},
        {"Drag an actor", "move (one undo step)"},
        {"Drag on empty space", "box select"},
        {"Right or middle drag", "pan"},
        {"Right-click (no drag)", "menu of the actor, relation or empty canvas"},
        {"Double-click empty canvas / N", "new actor there; Enter keeps, Tab next, Esc cancels"},
        {"R, then click source and target", "draw a relation (layer = last used)"},
        {"Drag the handle on an actor's rim", "relation to the actor where you let go"},
        {"Ctrl+V", "pasted lines become actors in a grid at the pointer"},
        {"Mouse wheel", "zoom to the cursor"},
        {"Double-click a group", "expand the group"},
        {"Drag during live layout", "the network settles around the actor"},
    };
    for (std::size_t i = 0; i < std::size(canvas_help); ++i) {
        const auto& h = lang_ == Language::Dutch ? canvas_help[i] : canvas_help_en[i];
        lines.push_back({h[0], h[1]});
    }
    help_.Draw(lang_, lines);
}

}  // namespace rk::gui

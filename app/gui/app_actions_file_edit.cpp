// The rows of the File and Edit menus: one registration per action feeds the menu item,
// the shortcut and the help line (app.hpp, Action).
#include <GLFW/glfw3.h>
#include <imgui.h>

#include "doc/edits.hpp"
#include "doc/i18n.hpp"
#include "doc/map_building.hpp"
#include "gui/app.hpp"

namespace rk::gui {

void App::append_file_actions() {
    auto doc_ok = [this] { return doc_ != nullptr; };
    const std::vector<Action> rows = {
        {.id = "new",
         .menu = "file",
         .name_nl = "Nieuw",
         .name_en = "New",
         .key = GLFW_KEY_N,
         .ctrl = true,
         .shortcut = "Ctrl+N",
         .run = [this] { guarded([this] { open_case(doc::new_case(lang_), {}); }); }},
        {.id = "open",
         .menu = "file",
         .name_nl = "Openen…",
         .name_en = "Open…",
         .key = GLFW_KEY_O,
         .ctrl = true,
         .shortcut = "Ctrl+O",
         .run = [this] { guarded([this] { ask_open(); }); }},
        {.id = "save",
         .menu = "file",
         .name_nl = "Opslaan",
         .name_en = "Save",
         .key = GLFW_KEY_S,
         .ctrl = true,
         .shortcut = "Ctrl+S",
         .run = [this] { save_or_ask(); },
         .enabled = doc_ok},
        {.id = "save_as",
         .menu = "file",
         .name_nl = "Opslaan als…",
         .name_en = "Save as…",
         .key = GLFW_KEY_S,
         .ctrl = true,
         .shift = true,
         .shortcut = "Ctrl+Shift+S",
         .run = [this] { ask_save_as(); },
         .enabled = doc_ok},
        {.id = "compare",
         .menu = "file",
         .name_nl = "Vergelijken…",
         .name_en = "Compare…",
         .key = GLFW_KEY_D,
         .ctrl = true,
         .shortcut = "Ctrl+D",
         .run =
             [this] {
                 compare_.open = true;
                 compare_.request();
             },
         .enabled = [this] { return doc_ && doc_->data().scenarios.size() >= 2; }},
        // No menu item: the comparison opened on its difference view (--run-action).
        {.id = "compare_diff",
         .run =
             [this] {
                 compare_.open = true;
                 compare_.mode = 1;
                 compare_.request();
             },
         .enabled = [this] { return doc_ && doc_->data().scenarios.size() >= 2; }},
        {.id = "compare_file",
         .menu = "file",
         .name_nl = "Vergelijken met bestand…",
         .name_en = "Compare with file…",
         .run = [this] { ask_compare_file(); },
         .enabled = doc_ok},
        // Issue 20: the dilemma portfolio, starting from the open case.
        {.id = "portfolio",
         .menu = "file",
         .name_nl = "Dilemma's over casussen…",
         .name_en = "Dilemmas across cases…",
         .key = GLFW_KEY_D,
         .ctrl = true,
         .shift = true,
         .shortcut = "Ctrl+Shift+D",
         .run =
             [this] {
                 portfolio_.open = true;
                 if (doc_ && portfolio_.empty())
                     portfolio_.add_case(doc_->data(), doc_->path().empty()
                                                           ? doc_->data().id
                                                           : doc_->path().filename().string());
             },
         .keeps_live_layout = true},
        {.id = "export",
         .menu = "file",
         .name_nl = "Exporteren…",
         .name_en = "Export…",
         .key = GLFW_KEY_E,
         .ctrl = true,
         .shortcut = "Ctrl+E",
         .run =
             [this] {
                 UiContext ui = context();
                 export_.show(ui);
                 export_out_of_samples();
             },
         .enabled = doc_ok},
        {.id = "quit",
         .menu = "file",
         .name_nl = "Afsluiten",
         .name_en = "Quit",
         .key = GLFW_KEY_Q,
         .ctrl = true,
         .shortcut = "Ctrl+Q",
         .run = [this] { guarded([this] { exit_now_ = true; }); }},
    };
    actions_.insert(actions_.end(), rows.begin(), rows.end());
}

void App::append_edit_actions() {
    auto doc_ok = [this] { return doc_ != nullptr; };
    auto selected_two = [this] { return doc_ && doc_->selection().actors().size() >= 2; };
    auto align = [this](doc::Alignment how) {
        const auto& ids = doc_->selection().actors();
        doc_->execute(
            doc::align_actors(doc_->data(), doc_->scenario_id(), {ids.begin(), ids.end()}, how));
    };
    const std::vector<Action> rows = {
        {.id = "undo",
         .menu = "edit",
         .name_nl = "Ongedaan maken",
         .name_en = "Undo",
         .key = GLFW_KEY_Z,
         .ctrl = true,
         .shortcut = "Ctrl+Z",
         .run = [this] { doc_->undo(); },
         // While the live layout runs, undo stops it and takes back what it did.
         .enabled = [this] { return doc_ && (doc_->can_undo() || live_.running()); }},
        {.id = "redo",
         .menu = "edit",
         .name_nl = "Opnieuw",
         .name_en = "Redo",
         .key = GLFW_KEY_Y,
         .ctrl = true,
         .shortcut = "Ctrl+Y",
         .run = [this] { doc_->redo(); },
         .enabled = [this] { return doc_ && doc_->can_redo(); }},
        {.id = "redo2",
         .menu = "",
         .name_nl = "Opnieuw",
         .name_en = "Redo",
         .key = GLFW_KEY_Z,
         .ctrl = true,
         .shift = true,
         .shortcut = "Ctrl+Shift+Z",
         .run = [this] { doc_->redo(); },
         .enabled = [this] { return doc_ && doc_->can_redo(); }},
        {.id = "new_actor",
         .menu = "edit",
         .name_nl = "Nieuwe actor bij de muis (of dubbelklik)",
         .name_en = "New actor at the pointer (or double-click)",
         .key = GLFW_KEY_N,
         .shortcut = "N",
         .run = [this] { canvas_.gestures().new_actor_at_pointer(canvas_); },
         .enabled = doc_ok},
        {.id = "relation_mode",
         .menu = "edit",
         .name_nl = "Relatie tekenen (bron, dan doel)",
         .name_en = "Draw relation (source, then target)",
         .key = GLFW_KEY_R,
         .shortcut = "R",
         .run = [this] { canvas_.gestures().toggle_relation_mode(); },
         .enabled = doc_ok,
         .checked = [this] { return canvas_.gestures().relation_mode(); },
         .keeps_live_layout = true},
        {.id = "paste",
         .menu = "edit",
         .name_nl = "Lijst plakken als actoren",
         .name_en = "Paste a list as actors",
         .key = GLFW_KEY_V,
         .ctrl = true,
         .shortcut = "Ctrl+V",
         .run =
             [this] {
                 CanvasContext cc{*doc_, lang_, dark_, nullptr, presenting_, display_};
                 show_toast(canvas_.gestures().paste(cc, canvas_, ImGui::GetClipboardText()));
             },
         .enabled = doc_ok},
        {.id = "align_h",
         .menu = "edit",
         .name_nl = "Horizontaal uitlijnen",
         .name_en = "Align horizontally",
         .run = [align] { align(doc::Alignment::Horizontal); },
         .enabled = selected_two},
        {.id = "align_v",
         .menu = "edit",
         .name_nl = "Verticaal uitlijnen",
         .name_en = "Align vertically",
         .run = [align] { align(doc::Alignment::Vertical); },
         .enabled = selected_two},
        {.id = "delete",
         .menu = "edit",
         .name_nl = "Selectie verwijderen",
         .name_en = "Delete selection",
         .key = GLFW_KEY_DELETE,
         .shortcut = "Del",
         .run =
             [this] {
                 const auto sel = doc_->selection();
                 doc_->begin_group(doc::bilingual("Selectie verwijderen", "Delete selection"));
                 for (const auto& r : sel.relations())
                     doc_->execute(doc::remove_relation(doc_->data(), doc_->scenario_id(), r));
                 for (const auto& a : sel.actors())
                     doc_->execute(doc::remove_actor(doc_->data(), doc_->scenario_id(), a));
                 doc_->end_group();
             },
         .enabled = [this] { return doc_ && !doc_->selection().empty(); }},
        {.id = "select_all",
         .menu = "edit",
         .name_nl = "Alles selecteren",
         .name_en = "Select all",
         .key = GLFW_KEY_A,
         .ctrl = true,
         .shortcut = "Ctrl+A",
         .run =
             [this] {
                 if (const Scenario* s = doc_->scenario()) {
                     for (const auto& a : s->actors)
                         doc_->selection().select_actor(a.id, true);
                 }
             },
         .enabled = doc_ok,
         .keeps_live_layout = true},
    };
    actions_.insert(actions_.end(), rows.begin(), rows.end());
}

}  // namespace rk::gui

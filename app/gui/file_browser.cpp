#include "gui/file_browser.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <system_error>

#include "doc/i18n.hpp"
#include "gui/field_frame.hpp"

namespace rk::gui {

namespace fs = std::filesystem;
using doc::tr;

namespace {

// Puts the cursor at the end of the path field once (after Ctrl+L or a typed '/'), instead
// of ImGui's select-all on focus, so that typing continues the path.
int cursor_to_end(ImGuiInputTextCallbackData* data) {
    auto* flag = static_cast<bool*>(data->UserData);
    if (*flag) {
        data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
        *flag = false;
    }
    return 0;
}

bool key(ImGuiKey k) {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(k));
}

std::string with_separator(const fs::path& folder) {
    std::string s = folder.string();
    if (s.empty() || s.back() != '/')
        s += '/';
    return s;
}

}  // namespace

void FileBrowser::show(const doc::ChooserRequest& request, BrowserPlaces places) {
    request_ = request;
    places_ = std::move(places);
    filter_ = 0;
    message_.clear();
    chosen_.reset();
    name_text_ = request.suggested_name;
    std::error_code ec;
    fs::path start = request.folder;
    if (start.empty() || !fs::is_directory(start, ec))
        start = fs::current_path(ec);
    navigate(start);
    visible_ = true;
    open_popup_ = true;
    focus_name_ = request.save;
    typing_path_ = false;
}

void FileBrowser::navigate(const fs::path& folder, const std::string& select_name) {
    listing_.folder = folder;
    path_text_ = with_separator(folder);
    refresh(select_name);
}

void FileBrowser::refresh(const std::string& select_name) {
    const doc::FileFilter all{"", {"*"}};
    const doc::FileFilter& f =
        request_.filters.empty() ? all : request_.filters[std::size_t(filter_)];
    listing_ = doc::list_folder(listing_.folder, f);
    cursor_ = 0;
    for (std::size_t i = 0; i < listing_.entries.size(); ++i) {
        if (listing_.entries[i].name == select_name)
            cursor_ = int(i);
    }
    scroll_to_cursor_ = true;
}

void FileBrowser::choose(const fs::path& p) {
    chosen_ = p;
    visible_ = false;
}

void FileBrowser::activate(std::size_t index) {
    if (index >= listing_.entries.size())
        return;
    const doc::FolderEntry& e = listing_.entries[index];
    if (e.is_dir) {
        navigate(e.path);
    } else if (request_.save) {
        name_text_ = e.name;  // saving over a file: its name goes to the name field first
        focus_name_ = true;
    } else {
        choose(e.path);
    }
}

void FileBrowser::accept_typed_path() {
    const fs::path p = doc::resolve_typed_path(path_text_, listing_.folder);
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
        navigate(p);
        message_.clear();
    } else if (!request_.save && fs::is_regular_file(p, ec)) {
        choose(p);
    } else if (request_.save && fs::is_directory(p.parent_path(), ec)) {
        choose(p);
    } else {
        message_ = p.string();
    }
}

void FileBrowser::accept_save_name() {
    if (name_text_.empty())
        return;
    const fs::path p = doc::resolve_typed_path(name_text_, listing_.folder);
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
        navigate(p);
        name_text_.clear();
    } else {
        choose(p);
    }
}

void FileBrowser::handle_list_keys() {
    // Only when no text field has the keyboard: there the keys edit the text.
    if (ImGui::IsAnyItemActive())
        return;
    ImGuiIO& io = ImGui::GetIO();
    const int n = int(listing_.entries.size());
    const int page = 10;
    int moved = cursor_;
    if (key(ImGuiKey_DownArrow))
        moved = std::min(n - 1, cursor_ + 1);
    if (key(ImGuiKey_UpArrow))
        moved = std::max(0, cursor_ - 1);
    if (key(ImGuiKey_PageDown))
        moved = std::min(n - 1, cursor_ + page);
    if (key(ImGuiKey_PageUp))
        moved = std::max(0, cursor_ - page);
    if (key(ImGuiKey_Home))
        moved = 0;
    if (key(ImGuiKey_End))
        moved = n - 1;
    if (moved != cursor_ && moved >= 0) {
        cursor_ = moved;
        scroll_to_cursor_ = true;
    }
    if ((key(ImGuiKey_Enter) || key(ImGuiKey_KeyPadEnter)) && n > 0)
        activate(std::size_t(cursor_));
    if (key(ImGuiKey_Backspace) && listing_.folder.has_parent_path() &&
        listing_.folder != listing_.folder.root_path()) {
        const std::string came_from = listing_.folder.filename().string();
        navigate(listing_.folder.parent_path(), came_from);
    }
    // Dear ImGui 1.86 names no letter keys beyond A/C/V/X/Y/Z; the GLFW backend indexes keys
    // by GLFW key code, which for letters is the ASCII capital.
    if (io.KeyCtrl && ImGui::IsKeyPressed('L')) {
        focus_path_ = true;
        cursor_to_end_ = true;
    }
    // Typing a path starts in the path field, as in desktop choosers. The field takes the
    // keyboard a frame or two later; until then the characters are collected here (and taken
    // from the queue, so the field does not see them twice).
    for (ImWchar c : io.InputQueueCharacters) {
        if (!typing_path_ && (c == '/' || c == '~')) {
            typing_path_ = true;
            path_text_.clear();
        }
        if (typing_path_ && c >= 0x20 && c < 0x80)
            path_text_ += char(c);
    }
    if (typing_path_) {
        io.InputQueueCharacters.resize(0);
        focus_path_ = true;
        cursor_to_end_ = true;
    }
}

void FileBrowser::draw_places(Language lang) {
    auto section = [](const char* title) {
        ImGui::Spacing();
        ImGui::TextDisabled("%s", title);
    };
    section(tr(lang, "Plaatsen", "Places"));
    for (const auto& p : places_.folders) {
        if (ImGui::Selectable((p.label + "##place" + p.path.string()).c_str(),
                              p.path == listing_.folder)) {
            navigate(p.path);
        }
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", p.path.c_str());
    }
    auto files = [&](const char* title, const std::vector<BrowserPlace>& list) {
        if (list.empty())
            return;
        section(title);
        for (const auto& p : list) {
            if (ImGui::Selectable((p.label + "##file" + p.path.string()).c_str())) {
                if (request_.save) {
                    navigate(p.path.parent_path());
                    name_text_ = p.path.filename().string();
                } else {
                    choose(p.path);
                }
            }
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", p.path.c_str());
        }
    };
    files(tr(lang, "Recente bestanden", "Recent files"), places_.recent);
    files(tr(lang, "Voorbeeldcasussen", "Sample cases"), places_.samples);
}

void FileBrowser::draw_entries(Language lang) {
    if (!listing_.error.empty()) {
        ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", listing_.error.c_str());
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("##entries", 3, flags))
        return;
    const float fs = ImGui::GetFontSize();
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(tr(lang, "Naam", "Name"), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn(tr(lang, "Grootte", "Size"), ImGuiTableColumnFlags_WidthFixed, fs * 5);
    ImGui::TableSetupColumn(tr(lang, "Gewijzigd", "Modified"), ImGuiTableColumnFlags_WidthFixed,
                            fs * 8.5f);
    ImGui::TableHeadersRow();
    if (listing_.entries.empty()) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", tr(lang, "(geen mappen of passende bestanden)",
                                     "(no folders or matching files)"));
    }
    for (std::size_t i = 0; i < listing_.entries.size(); ++i) {
        const doc::FolderEntry& e = listing_.entries[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const bool current = int(i) == cursor_;
        // Folders carry a trailing '/' and a triangle: told apart without colour.
        const std::string label = (e.is_dir ? "\xe2\x96\xb8 " + e.name + "/" : "   " + e.name) +
                                  "##e" + std::to_string(i);
        if (ImGui::Selectable(
                label.c_str(), current,
                ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick)) {
            cursor_ = int(i);
            if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
                activate(i);
                ImGui::EndTable();
                return;  // the listing may have changed under the loop
            }
            if (request_.save && !e.is_dir)
                name_text_ = e.name;
        }
        if (current && scroll_to_cursor_) {
            ImGui::SetScrollHereY(0.5f);
            scroll_to_cursor_ = false;
        }
        ImGui::TableNextColumn();
        if (e.is_dir) {
            ImGui::TextDisabled("%s", tr(lang, "map", "folder"));
        } else {
            ImGui::TextUnformatted(doc::format_size(e.size).c_str());
        }
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(doc::format_time(e.modified).c_str());
    }
    ImGui::EndTable();
}

std::optional<fs::path> FileBrowser::Draw(Language lang) {
    if (chosen_) {
        auto out = std::move(chosen_);
        chosen_.reset();
        return out;
    }
    if (!visible_)
        return std::nullopt;
    const char* id = "###filebrowser";
    if (open_popup_) {
        ImGui::OpenPopup(id);
        open_popup_ = false;
    }
    const float fs = ImGui::GetFontSize();
    ImGui::SetNextWindowSize(ImVec2(fs * 56, fs * 32), ImGuiCond_Appearing);
    const std::string title = request_.title + id;
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr)) {
        visible_ = false;  // closed by the window manager or another modal
        return std::nullopt;
    }
    // Framed fields: the path and name fields must be seen at once (issue 16 began with a
    // path field that was hard to find).
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.f);
    // Escape cancels, also while typing in a field, as in desktop file choosers.
    if (key(ImGuiKey_Escape)) {
        visible_ = false;
        ImGui::CloseCurrentPopup();
        ImGui::PopStyleVar();
        ImGui::EndPopup();
        return std::nullopt;
    }
    handle_list_keys();

    // Path field: the current folder, editable; Enter goes there or chooses the file.
    if (ImGui::ArrowButton("##up", ImGuiDir_Up) && listing_.folder.has_parent_path()) {
        navigate(listing_.folder.parent_path(), listing_.folder.filename().string());
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr(lang, "Map omhoog (Backspace)", "Parent folder (Backspace)"));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    if (focus_path_) {
        ImGui::SetKeyboardFocusHere();
        focus_path_ = false;
    }
    if (ImGui::InputTextWithHint(
            "##path", tr(lang, "Pad (Ctrl+L)", "Path (Ctrl+L)"), &path_text_,
            ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackAlways,
            cursor_to_end, &cursor_to_end_)) {
        accept_typed_path();
    }
    frame_active_field();
    if (ImGui::IsItemActive())
        typing_path_ = false;  // the field has the keyboard now
    if (!message_.empty()) {
        ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s: %s",
                           tr(lang, "Niet gevonden", "Not found"), message_.c_str());
    }

    const float bottom = ImGui::GetFrameHeightWithSpacing() * (request_.save ? 3.f : 2.f);
    ImGui::BeginChild("##places", ImVec2(fs * 14, -bottom), true);
    draw_places(lang);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##list", ImVec2(0, -bottom), true);
    draw_entries(lang);
    ImGui::EndChild();

    const float label_w = fs * 8;
    if (request_.save) {
        ImGui::TextUnformatted(tr(lang, "Bestandsnaam:", "File name:"));
        ImGui::SameLine(label_w);
        ImGui::SetNextItemWidth(-1);
        if (focus_name_) {
            ImGui::SetKeyboardFocusHere();
            focus_name_ = false;
        }
        if (ImGui::InputText("##name", &name_text_, ImGuiInputTextFlags_EnterReturnsTrue)) {
            accept_save_name();
        }
        frame_active_field();
    }
    ImGui::TextUnformatted(tr(lang, "Bestandstype:", "File type:"));
    ImGui::SameLine(label_w);
    ImGui::SetNextItemWidth(fs * 26);
    const std::string current =
        request_.filters.empty() ? std::string("*") : request_.filters[std::size_t(filter_)].name;
    if (ImGui::BeginCombo("##filter", current.c_str())) {
        for (std::size_t i = 0; i < request_.filters.size(); ++i) {
            if (ImGui::Selectable(request_.filters[i].name.c_str(), int(i) == filter_)) {
                filter_ = int(i);
                refresh();
            }
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    const float buttons_w = fs * 12;
    ImGui::SetCursorPosX(
        std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - buttons_w));
    const bool can_choose =
        request_.save ? !name_text_.empty() : cursor_ < int(listing_.entries.size());
    ImGui::BeginDisabled(!can_choose);
    if (ImGui::Button(request_.save ? tr(lang, "Opslaan", "Save") : tr(lang, "Openen", "Open"))) {
        if (request_.save) {
            accept_save_name();
        } else {
            activate(std::size_t(cursor_));
        }
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, "Annuleren", "Cancel")))
        visible_ = false;
    if (!visible_)
        ImGui::CloseCurrentPopup();
    ImGui::PopStyleVar();
    ImGui::EndPopup();
    if (chosen_) {
        auto out = std::move(chosen_);
        chosen_.reset();
        return out;
    }
    return std::nullopt;
}

}  // namespace rk::gui

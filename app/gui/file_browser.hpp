// The built-in file browser: what Open, Save as and Export show when the desktop's file
// chooser (XDG portal, doc/portal_file_chooser.hpp) does not answer, e.g. in a bare X
// session. Laid out like a desktop chooser: a path field on top (typing a path always
// works), places on the left (home, last folder, sample cases, recent files), the folder's
// entries with size and date on the right, the file type filter below.
//
// Keyboard: Up/Down/Home/End/PageUp/PageDown move, Enter opens a folder or chooses a file,
// Backspace goes to the parent folder, Ctrl+L (or typing '/' or '~') goes to the path
// field, Escape cancels. The listing logic (doc/folder_listing.hpp) is tested without a
// window.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "doc/folder_listing.hpp"
#include "doc/portal_file_chooser.hpp"
#include "model/enums.hpp"

namespace rk::gui {

struct BrowserPlace {
    std::string label;
    std::filesystem::path path;  // a folder (navigates) or a file (chosen at once)
};

struct BrowserPlaces {
    std::vector<BrowserPlace> folders;  // home, last folder, the case's folder, samples
    std::vector<BrowserPlace> recent;   // recent files
    std::vector<BrowserPlace> samples;  // the sample cases
};

class FileBrowser {
  public:
    // Opens the browser for `request` (folder, filters, suggested name for saving).
    void show(const doc::ChooserRequest& request, BrowserPlaces places);
    // Draws it while open. Returns the chosen path once, in the frame the user chose it.
    std::optional<std::filesystem::path> Draw(Language lang);
    bool visible() const { return visible_; }

  private:
    void navigate(const std::filesystem::path& folder, const std::string& select_name = {});
    void refresh(const std::string& select_name = {});
    void activate(std::size_t index);
    void accept_typed_path();
    void accept_save_name();
    void handle_list_keys();
    void draw_places(Language lang);
    void draw_entries(Language lang);
    void choose(const std::filesystem::path& p);

    doc::ChooserRequest request_;
    BrowserPlaces places_;
    doc::FolderListing listing_;
    int filter_ = 0;
    int cursor_ = 0;
    bool scroll_to_cursor_ = false;
    std::string path_text_;
    std::string name_text_;
    std::string message_;  // e.g. "no such file"
    bool visible_ = false;
    bool open_popup_ = false;
    bool focus_path_ = false;
    bool focus_name_ = false;
    bool cursor_to_end_ = false;
    bool typing_path_ = false;  // '/' or '~' typed in the list: on the way to the path field
    std::optional<std::filesystem::path> chosen_;
};

}  // namespace rk::gui

// The settings a user expects to persist between runs: language, theme, window size and
// position, the side panels' sizes, and the last folder of a file dialog. One JSON file,
// $XDG_CONFIG_HOME/regiekaart/settings.json (~/.config/... when unset), next to the recent
// files list (recent_files.hpp) in the same directory.
//
// Written atomically (save_text_file_atomic): a crash mid-write leaves the old file. A
// damaged file (bad JSON, wrong types) is never fatal: load() reports what is wrong with
// file, line and column, sets the file aside as settings.json.damaged so the user can look
// at it, and returns the defaults.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "doc/options.hpp"
#include "doc/panel_layout.hpp"
#include "model/case_io.hpp"
#include "model/enums.hpp"

namespace rk::doc {

// $XDG_CONFIG_HOME/regiekaart, else $HOME/.config/regiekaart; empty when neither is set.
std::filesystem::path config_dir();

struct WindowGeometry {
    int width = 1280;
    int height = 800;
    std::optional<int> x, y;  // top-left corner on the desktop; unset = the window manager's
};

// Unset fields mean "no preference": the program's defaults (or command-line options) apply.
struct Settings {
    std::optional<Language> language;
    std::optional<bool> dark;
    std::optional<WindowGeometry> window;
    std::string last_folder;           // the folder of the last file opened or saved
    std::optional<PanelSizes> panels;  // side panel sizes and collapsed state (issue 19)
};

struct SettingsParse {
    Settings settings;    // what could be read; defaults for the rest
    std::string problem;  // empty when the text was valid; else "FILE:LINE:COL: ..."
};

// Parses settings JSON. Unknown keys are ignored (a newer version may add some); a key with
// the wrong type or a value out of range is a problem. `file_name` names the file in the
// problem. Cost: linear in the text. Never throws.
SettingsParse parse_settings(std::string_view text, const std::string& file_name);

// The JSON text of `s` (only the fields that are set). Never throws.
std::string settings_json(const Settings& s);

// Fills what the command line left open from the settings: language, theme and window size
// unless --lang, --theme or --size were given.
void apply_settings(const Settings& s, AppOptions& options);

class SettingsStore {
  public:
    // `file`: where the settings live; empty = nowhere (load gives defaults, save fails).
    explicit SettingsStore(std::filesystem::path file);
    static std::filesystem::path default_file();  // config_dir() / "settings.json"

    // Reads the file. Missing file: defaults and no problem. Damaged file: defaults (or what
    // was readable) and a problem; the file is renamed to FILE.damaged so that the next save
    // does not silently destroy it.
    SettingsParse load() const;
    // Writes atomically, creating the directory. Fails (ok = false, error names the file)
    // when the directory cannot be created or written.
    SaveResult save(const Settings& s) const;
    const std::filesystem::path& file() const { return file_; }

  private:
    std::filesystem::path file_;
};

}  // namespace rk::doc

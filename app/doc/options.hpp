// Command-line options of the desktop application (parsed without any window, so testable):
//   regiekaart [FILE] [--screenshot PNG] [--frames N] [--lang nl|en] [--theme light|dark]
//              [--size WxH] [--present] [--select ACTOR] [--no-overlay] [--bench-nodes N]
//              [--new] [--test-log FILE]
// and the automation seam of the GUI tests (docs/gui.md, "Automation seam"):
//              [--run-action ID]... [--dump VIEW=FILE]... [--select-row VIEW=ROW]
//              [--export-to FILE [--export-view N] [--export-dpi DPI] [--export-format N]
//              [--export-on-open]] [--icon-font FILE]
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "model/enums.hpp"

namespace rk::doc {

// What a script asks of the running window, in place of clicks: the one seam through which
// tests drive views (no view reads an environment variable). Each part names an action or
// a view; the App hands a view only its own part.
struct Automation {
    // Registered action ids (gui/app.hpp), run in order once the first frame is drawn, as
    // if chosen from the menu. An unknown or disabled id is reported on standard error.
    std::vector<std::string> run_actions;
    // View name -> file that receives what the view shows, rewritten whenever it changes:
    // "compare" (the comparison's tables, tab-separated) and "toolbar" (one line per button,
    // "ID X Y W H icon|text" in screen pixels).
    std::map<std::string, std::string> dumps;
    // View name -> row to select once the view has its result, as a click on it would:
    // "compare" takes index:KEY, distance:SCOPE or rank:N.
    std::map<std::string, std::string> select_rows;
    std::string export_to;  // export once through the export dialog to this file, then go on
    int export_view =
        -1;  // the dialog's view (0 whole scenario … 3 current view); -1 = its default
    float export_dpi = 0;    // 0 = the dialog's default
    int export_format = -1;  // the dialog's format index (6 = PDF report); -1 = from the extension
    bool export_on_open = false;  // wait until the dialog is opened (Ctrl+E) before exporting
    std::string icon_font;        // the toolbar's icon font file instead of the shipped one
};

// The view names --dump and --select-row accept.
const std::vector<std::string>& automation_dump_views();
const std::vector<std::string>& automation_select_views();

struct AppOptions {
    std::string file;        // case to open; empty = sample case or recovery offer
    std::string screenshot;  // write a PNG after `frames` frames and exit
    int frames = 10;
    Language lang = Language::Dutch;
    bool dark = false;
    int width = 1280;
    int height = 800;
    bool present = false;       // start in presentation mode
    std::string select;         // actor id selected at start (screenshots, tests)
    bool overlay = true;        // regie overlay at start
    int bench_nodes = 0;        // hidden: synthetic graph of N actors, prints frame times
    std::string recovery_dir;   // hidden: overrides $XDG_STATE_HOME/regiekaart/recovery
    int autosave_seconds = 30;  // hidden: autosave interval
    std::string positions_out;  // hidden (GUI tests): screen position of every actor, per change
    bool new_case = false;      // start on an empty case (File > New) instead of a sample
    std::string test_log;       // GUI tests: events the application reports (doc/test_log.hpp)
    Automation
        automation;  // GUI tests: actions to run, views to dump (docs/gui.md, "Automation seam")
    bool help = false;
    // Given on the command line: then it wins over the saved settings (doc/settings.hpp).
    bool lang_given = false, theme_given = false, size_given = false;
};

// The public options above, for the usage text, the manual page and bash completion
// (hidden test and benchmark options are left out).
struct AppOptionHelp {
    const char* name;
    const char* value_name;  // "" for a flag
    const char* help;
};
const std::vector<AppOptionHelp>& app_option_help();

struct OptionsResult {
    std::optional<AppOptions> options;
    std::string error;  // set when options is empty
};

OptionsResult parse_app_options(std::span<const std::string> args);
const char* app_usage();

}  // namespace rk::doc

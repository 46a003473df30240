// Command-line options of the desktop application (parsed without any window, so testable):
//   regiekaart [FILE] [--screenshot PNG] [--frames N] [--lang nl|en] [--theme light|dark]
//              [--size WxH] [--present] [--select ACTOR] [--no-overlay] [--bench-nodes N]
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "model/enums.hpp"

namespace rk::doc {

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

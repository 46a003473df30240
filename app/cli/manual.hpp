// The manual page regiekaart(1) and the bash completion script, both generated from the
// command table (commands()) that also prints `--help`, so neither can drift from the
// program. The build runs `regiekaart --man` and `regiekaart --bash-completion` and
// installs what they print (app/CMakeLists.txt).
#pragma once

#include <string>
#include <vector>

namespace rk::cli {

// One option of the desktop application (`regiekaart [FILE] [OPTIONS]`), which has its own
// parser outside the command table (app/doc/options.hpp).
struct AppOptionDoc {
    std::string name;        // "--lang"
    std::string value_name;  // "nl|en"; empty for a flag
    std::string help;
};

// The whole page in man(7) roff: NAME, SYNOPSIS, DESCRIPTION, the desktop application's
// options, one subsection per command with every option, EXIT STATUS, FILES, ENVIRONMENT.
// Cost: linear in the size of the table. Never fails.
std::string man_page(const std::vector<AppOptionDoc>& app_options);

// A bash completion script for `regiekaart`: commands, the options of each command, option
// values written as `a|b|c`, and files by the extensions each command reads.
std::string bash_completion(const std::vector<AppOptionDoc>& app_options);

// "regiekaart 0.1.0 (commit 1a2b3c4d5e6f)": the version and the git commit of the build
// ("unknown" when built outside a git checkout, e.g. from a release tarball).
std::string version_line();

}  // namespace rk::cli

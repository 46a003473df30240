// Where the program finds what it reads at run time (sample cases, schema): one function, so
// an installed copy and a build in the source tree behave the same.
#pragma once

#include <filesystem>
#include <vector>

namespace rk::doc {

// The data directory: `<prefix>/share/regiekaart` next to the running executable
// (/proc/self/exe -> <prefix>/bin/regiekaart), or the source tree's `assets/` (RK_ASSETS_DIR,
// compiled in) for a build that is not installed. The installed copy wins, so a package
// never reads from a source tree that happens to exist on the build machine.
// Cost: two stat calls on the first use; cached afterwards. Never throws; a path that does
// not exist comes back when neither is found (callers list it and find nothing).
const std::filesystem::path& data_dir();

// data_dir() / "cases": the sample cases shipped with the program.
std::filesystem::path sample_cases_dir();
// The *.regie.json files there, sorted by name; empty when the folder is missing.
std::vector<std::filesystem::path> sample_case_files();
// True for a file in sample_cases_dir(): a shipped sample is a template, so saving it asks
// for a new name (and an installed one is read-only anyway). Never throws.
bool is_sample_file(const std::filesystem::path& p);

// The installed data directory for an executable at `exe` (`exe/../../share/regiekaart`);
// exposed for tests.
std::filesystem::path installed_data_dir_for(const std::filesystem::path& exe);

}  // namespace rk::doc

#include "doc/install_paths.hpp"

#include <algorithm>
#include <system_error>

#ifndef RK_ASSETS_DIR
#define RK_ASSETS_DIR "assets"
#endif

namespace rk::doc {

namespace fs = std::filesystem;

fs::path installed_data_dir_for(const fs::path& exe) {
    return exe.parent_path().parent_path() / "share" / "regiekaart";
}

namespace {
fs::path find_data_dir() {
    std::error_code ec;
    // The kernel's link to the running executable: right even when started through a
    // symlink in $PATH or with a relative argv[0].
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = installed_data_dir_for(exe);
        if (fs::is_directory(installed / "cases", ec))
            return installed;
    }
    return fs::path(RK_ASSETS_DIR);
}
}  // namespace

const fs::path& data_dir() {
    static const fs::path dir = find_data_dir();
    return dir;
}

fs::path sample_cases_dir() {
    return data_dir() / "cases";
}

std::vector<fs::path> sample_case_files() {
    std::vector<fs::path> found;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(sample_cases_dir(), ec)) {
        if (e.path().filename().string().ends_with(".regie.json"))
            found.push_back(e.path());
    }
    std::sort(found.begin(), found.end());
    return found;
}

bool is_sample_file(const fs::path& p) {
    std::error_code ec;
    return !p.empty() && fs::equivalent(p.parent_path(), sample_cases_dir(), ec);
}

}  // namespace rk::doc

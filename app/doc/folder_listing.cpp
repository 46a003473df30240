#include "doc/folder_listing.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace rk::doc {

namespace fs = std::filesystem;

namespace {
bool less_ignoring_case(const std::string& a, const std::string& b) {
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) <
               std::tolower(static_cast<unsigned char>(y));
    });
}
}  // namespace

FolderListing list_folder(const fs::path& folder, const FileFilter& filter) {
    FolderListing out;
    out.folder = folder;
    std::error_code ec;
    fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
        out.error = folder.string() + ": " + ec.message();
        return out;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec)
            break;
        const fs::directory_entry& e = *it;
        FolderEntry entry;
        entry.name = e.path().filename().string();
        if (entry.name.empty() || entry.name[0] == '.')
            continue;
        entry.path = e.path();
        std::error_code sec;
        entry.is_dir = e.is_directory(sec);  // follows symlinks, as a user expects
        if (sec)
            continue;
        if (!entry.is_dir) {
            if (!e.is_regular_file(sec) || !matches(filter, entry.path))
                continue;
            entry.size = e.file_size(sec);
            if (sec)
                continue;
        }
        entry.modified = e.last_write_time(sec);
        out.entries.push_back(std::move(entry));
    }
    std::sort(out.entries.begin(), out.entries.end(),
              [](const FolderEntry& a, const FolderEntry& b) {
                  if (a.is_dir != b.is_dir)
                      return a.is_dir;
                  return less_ignoring_case(a.name, b.name);
              });
    return out;
}

std::string format_size(std::uintmax_t bytes) {
    if (bytes < 1000)
        return std::to_string(bytes) + " B";
    const char* units[] = {"kB", "MB", "GB", "TB"};
    double v = double(bytes);
    int u = -1;
    while (v >= 1000 && u < 3) {
        v /= 1000;
        ++u;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
    return buf;
}

std::string format_time(fs::file_time_type t) {
    const auto sys = std::chrono::file_clock::to_sys(t);
    const std::time_t tt = std::chrono::system_clock::to_time_t(
        std::chrono::time_point_cast<std::chrono::system_clock::duration>(sys));
    std::tm local{};
    localtime_r(&tt, &local);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &local);
    return buf;
}

fs::path home_folder() {
    const char* home = std::getenv("HOME");
    return home && *home ? fs::path(home) : fs::path{};
}

fs::path user_folder() {
    if (fs::path home = home_folder(); !home.empty())
        return home;
    std::error_code ec;
    return fs::current_path(ec);
}

fs::path resolve_typed_path(const std::string& typed, const fs::path& current_folder) {
    fs::path p;
    const fs::path home = home_folder();
    if (!home.empty() && (typed == "~" || typed.starts_with("~/"))) {
        p = home / typed.substr(std::min<std::size_t>(2, typed.size()));
    } else {
        p = fs::path(typed);
        if (p.is_relative())
            p = current_folder / p;
    }
    p = p.lexically_normal();
    // "folder/" normalises to "folder/" with an empty file name: drop it.
    if (p.has_parent_path() && p.filename().empty())
        p = p.parent_path();
    return p;
}

}  // namespace rk::doc

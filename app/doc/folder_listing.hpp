// What the built-in file browser shows, without any drawing (so it is unit-tested): the
// entries of one folder filtered by file type, sizes and dates as text, and what a typed
// path means. The browser itself is app/gui/file_browser.cpp.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "doc/file_filters.hpp"

namespace rk::doc {

struct FolderEntry {
    std::string name;
    std::filesystem::path path;
    bool is_dir = false;
    std::uintmax_t size = 0;  // files only
    std::filesystem::file_time_type modified{};
};

struct FolderListing {
    std::filesystem::path folder;
    std::vector<FolderEntry> entries;  // folders first, then files; each by name, ignoring case
    std::string error;                 // the folder could not be read (entries then empty)
};

// Lists `folder`: every subfolder, and the files that match `filter`. Hidden entries (a
// name starting with '.') are left out, as desktop file choosers do by default; entries
// that vanish or cannot be stat'ed while listing are skipped. Cost: one stat per entry and
// a sort. Never throws.
FolderListing list_folder(const std::filesystem::path& folder, const FileFilter& filter);

// "512 B", "3.4 kB", "1.2 MB" (powers of 1000, as GNOME and KDE show sizes).
std::string format_size(std::uintmax_t bytes);
// "2026-12-06 16:48", local time.
std::string format_time(std::filesystem::file_time_type t);

// The user's home folder ($HOME), or empty when it is not set. The one place the file
// dialogs read the environment (no view does). Never throws.
std::filesystem::path home_folder();
// Where a dialog proposes to save when the usual folder is not the user's (a shipped
// sample's): the home folder, else the working directory. Never throws.
std::filesystem::path user_folder();

// What the user typed into the path field, made absolute: "~" and "~/x" are the home
// folder, a relative path is taken from `current_folder`. Lexically normalised; never
// touches the disk.
std::filesystem::path resolve_typed_path(const std::string& typed,
                                         const std::filesystem::path& current_folder);

}  // namespace rk::doc

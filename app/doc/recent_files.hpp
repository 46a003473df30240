// The list of recently opened files, newest first, kept in a small text file
// ($XDG_CONFIG_HOME/regiekaart/recent.txt, one absolute path per line).
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace rk::doc {

std::filesystem::path default_recent_files_path();

class RecentFiles {
  public:
    explicit RecentFiles(std::filesystem::path store, std::size_t max_entries = 10);
    // Reads the store; a missing or unreadable store gives an empty list.
    void load();
    // Writes the store atomically; returns false (and keeps the list) on failure.
    bool save() const;
    // Moves `file` to the front (absolute, deduplicated), trimming to max_entries.
    void add(const std::filesystem::path& file);
    void remove(const std::filesystem::path& file);
    const std::vector<std::string>& items() const { return items_; }

  private:
    std::filesystem::path store_;
    std::size_t max_;
    std::vector<std::string> items_;
};

}  // namespace rk::doc

#include "doc/recent_files.hpp"

#include <algorithm>
#include <fstream>

#include "doc/settings.hpp"
#include "model/case_io.hpp"

namespace rk::doc {

namespace fs = std::filesystem;

fs::path default_recent_files_path() {
    const fs::path dir = config_dir();  // shared with the settings (settings.hpp)
    return dir.empty() ? fs::path{} : dir / "recent.txt";
}

RecentFiles::RecentFiles(fs::path store, std::size_t max_entries)
    : store_(std::move(store)), max_(max_entries) {}

void RecentFiles::load() {
    items_.clear();
    if (store_.empty())
        return;
    std::ifstream in(store_);
    std::string line;
    while (std::getline(in, line) && items_.size() < max_) {
        if (!line.empty() && std::find(items_.begin(), items_.end(), line) == items_.end()) {
            items_.push_back(line);
        }
    }
}

bool RecentFiles::save() const {
    if (store_.empty())
        return false;
    std::error_code ec;
    fs::create_directories(store_.parent_path(), ec);
    std::string text;
    for (const auto& i : items_)
        text += i + "\n";
    SaveOptions opts;
    opts.keep_backup = false;
    return save_text_file_atomic(text, store_, opts).ok;
}

void RecentFiles::add(const fs::path& file) {
    std::error_code ec;
    fs::path abs = fs::absolute(file, ec);
    std::string s = (ec ? file : abs).lexically_normal().string();
    std::erase(items_, s);
    items_.insert(items_.begin(), s);
    if (items_.size() > max_)
        items_.resize(max_);
}

void RecentFiles::remove(const fs::path& file) {
    std::error_code ec;
    fs::path abs = fs::absolute(file, ec);
    std::erase(items_, (ec ? file : abs).lexically_normal().string());
}

}  // namespace rk::doc

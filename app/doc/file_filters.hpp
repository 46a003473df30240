// The file types a file dialog offers: one filter per supported format, named in the user's
// language, for the desktop's file chooser and the built-in browser alike.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/enums.hpp"

namespace rk::doc {

struct FileFilter {
    std::string name;                // "Regiekaart-casus (*.regie.json)"
    std::vector<std::string> globs;  // {"*.regie.json"}; {"*"} for every file
};

// Opening: every readable format together first, then one filter per format, then all files.
std::vector<FileFilter> open_filters(Language lang);
// Saving a case: the native format only.
std::vector<FileFilter> save_case_filters(Language lang);
// Exporting: the one filter for `extension` (".svg", ".pdf", ...).
std::vector<FileFilter> export_filters(Language lang, const std::string& extension);

// Whether `file`'s name matches one of `filter`'s globs ("*.regie.json", "*"), ignoring case
// as desktop file choosers do. Cost: linear in the name times the globs.
bool matches(const FileFilter& filter, const std::filesystem::path& file);

}  // namespace rk::doc

#include "doc/file_filters.hpp"

#include <algorithm>
#include <cctype>

#include "doc/i18n.hpp"
#include "model/text.hpp"

namespace rk::doc {

namespace {

struct Kind {
    const char* nl;
    const char* en;
    std::vector<std::string> globs;
};

// The readers of io/formats.hpp by extension.
const std::vector<Kind>& readable_kinds() {
    static const std::vector<Kind> kinds = {
        {"Regiekaart-casus", "Regiekaart case", {"*.regie.json"}},
        {"GraphML", "GraphML", {"*.graphml"}},
        {"GEXF (Gephi)", "GEXF (Gephi)", {"*.gexf"}},
        {"Graphviz DOT", "Graphviz DOT", {"*.dot", "*.gv"}},
        {"CSV-relaties", "CSV relations", {"*.csv"}},
        {"Pajek", "Pajek", {"*.net"}},
        {"Lijst van relaties", "Edge list", {"*.edges", "*.el", "*.txt"}},
    };
    return kinds;
}

std::string label(const char* name, const std::vector<std::string>& globs) {
    std::string s = std::string(name) + " (";
    for (std::size_t i = 0; i < globs.size(); ++i)
        s += (i ? ", " : "") + globs[i];
    return s + ")";
}

}  // namespace

std::vector<FileFilter> open_filters(Language lang) {
    std::vector<FileFilter> out;
    FileFilter all{tr(lang, "Alle leesbare bestanden", "All readable files"), {}};
    for (const auto& k : readable_kinds()) {
        all.globs.insert(all.globs.end(), k.globs.begin(), k.globs.end());
    }
    out.push_back(std::move(all));
    for (const auto& k : readable_kinds()) {
        out.push_back({label(tr(lang, k.nl, k.en), k.globs), k.globs});
    }
    out.push_back({tr(lang, "Alle bestanden", "All files"), {"*"}});
    return out;
}

std::vector<FileFilter> save_case_filters(Language lang) {
    const Kind& native = readable_kinds().front();
    return {{label(tr(lang, native.nl, native.en), native.globs), native.globs}};
}

std::vector<FileFilter> export_filters(Language lang, const std::string& extension) {
    const std::string glob = "*" + extension;
    return {{label(tr(lang, "Exportbestand", "Export file"), {glob}), {glob}},
            {tr(lang, "Alle bestanden", "All files"), {"*"}}};
}

bool matches(const FileFilter& filter, const std::filesystem::path& file) {
    const std::string name = text::ascii_lower(file.filename().string());
    for (const auto& g : filter.globs) {
        if (g == "*")
            return true;
        // Our globs are all "*.ext"; a suffix test is the whole of fnmatch we need.
        const std::string suffix = text::ascii_lower(g.substr(1));
        if (name.size() > suffix.size() && name.ends_with(suffix))
            return true;
    }
    return false;
}

}  // namespace rk::doc

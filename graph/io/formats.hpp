// Reading and writing every supported file format, by extension or by explicit name.
//
// Formats: native case (.regie.json), edge list (.edges/.el/.txt), GraphML (.graphml),
// GEXF (.gexf), DOT (.dot/.gv), CSV (.csv: an edge list, or actors + relations given as
// two files), Pajek (.net). Every reader follows the safety contract of docs/interop.md:
// bounded time and memory, located diagnostics, nothing silent (the import report lists
// what was dropped, merged, transcoded or defaulted).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/case.hpp"
#include "model/case_io.hpp"
#include "model/diagnostic.hpp"

namespace rk::io {

enum class Format { Native, EdgeList, GraphML, Gexf, Dot, Csv, Pajek };

std::string_view format_name(Format f);                      // "native", "edgelist", ...
std::optional<Format> format_from_name(std::string_view s);  // accepts the names above
std::optional<Format> format_from_path(const std::filesystem::path& p);  // by extension

struct ImportOptions {
    std::optional<Format> format;  // nullopt: from the extension
    LoadLimits limits;
    // Foreign attribute -> model field mapping (e.g. "type" -> "layer"); empty = automatic.
    std::vector<std::pair<std::string, std::string>> mapping;
};

struct ImportResult {
    std::optional<Case> value;   // a foreign graph becomes a case with one scenario
    DiagnosticList diagnostics;  // errors (rejected) or the import report (accepted)
};

// Reads any supported file into a case. Never throws on bad input.
ImportResult read_file(const std::filesystem::path& path, const ImportOptions& options = {});

struct ExportOptions {
    std::optional<Format> format;  // nullopt: from the extension
    std::string scenario;          // empty: the first scenario
};

// Writes a case (one scenario for graph formats) atomically. Returns diagnostics: errors
// when nothing was written, warnings for what the format cannot hold.
DiagnosticList write_file(const Case& c, const std::filesystem::path& path,
                          const ExportOptions& options = {});

}  // namespace rk::io

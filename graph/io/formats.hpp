// Reading and writing every supported file format, by extension or by explicit name.
//
// Formats: native case (.regie.json), edge list (.edges/.el/.txt), GraphML (.graphml),
// GEXF (.gexf), DOT (.dot/.gv), CSV (.csv: an edge list, or actors + relations given as
// two files), Pajek (.net), workbooks (.xlsx read and written, .ods read: an actors and a
// relations sheet, see workbook.hpp). Every reader follows the safety contract of docs/interop.md:
// bounded time and memory, located diagnostics, nothing silent (the import report lists
// what was dropped, merged, transcoded or defaulted).
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/case.hpp"
#include "model/case_io.hpp"
#include "model/diagnostic.hpp"

namespace rk::io {

enum class Format { Native, EdgeList, GraphML, Gexf, Dot, Csv, Pajek, Xlsx, Ods };

std::string_view format_name(Format f);                      // "native", "edgelist", ...
std::optional<Format> format_from_name(std::string_view s);  // accepts the names above
std::optional<Format> format_from_path(const std::filesystem::path& p);  // by extension

struct ImportOptions {
    std::optional<Format> format;  // nullopt: from the extension
    LoadLimits limits;
    // Foreign attribute -> model field mapping (e.g. "type" -> "layer"); empty = automatic.
    std::vector<std::pair<std::string, std::string>> mapping;
    // Direction for formats that do not declare one (edge list, CSV, Pajek is explicit):
    // nullopt = undirected.
    std::optional<bool> directed;
    // Declared or actual counts above these are refused before allocating.
    std::size_t max_actors = 1'000'000;
    std::size_t max_relations = 5'000'000;
    // CSV two-file form: the actors table. Empty: `X.actors.csv` next to `X.csv` (or
    // `actors.csv` next to `relations.csv`) when such a file exists.
    std::filesystem::path csv_actors;
    // Workbooks: the sheets to read, by name (any letter case). Empty: the sheet named
    // Actoren or Actors, and Relaties or Relations.
    std::string actors_sheet;
    std::string relations_sheet;
};

struct ImportResult {
    std::optional<Case> value;   // a foreign graph: one scenario (a Pajek project: one each)
    DiagnosticList diagnostics;  // errors (rejected) or the import report (accepted)
};

// Reads any supported file into a case. Never throws on bad input.
// Cost: O(file size + (actors + relations) log actors); memory bounded by options.limits.
ImportResult read_file(const std::filesystem::path& path, const ImportOptions& options = {});

// Parses text already in memory as `format` (what read_file does after reading; the fuzz
// targets call it). `file_name` is used in diagnostics only. For Csv this reads one table;
// Native goes to rk::parse_case_json. Never throws on bad input.
ImportResult parse_text(std::string_view text, Format format, std::string_view file_name,
                        const ImportOptions& options = {});

// The actors table that belongs with a CSV relations table: `X.actors.csv` for `X.csv`.
std::filesystem::path csv_actors_path(const std::filesystem::path& relations_csv);

struct ExportOptions {
    std::optional<Format> format;  // nullopt: from the extension
    std::string scenario;          // empty: the first scenario
};

// Writes a case (one scenario for graph formats) atomically. Returns diagnostics: errors
// when nothing was written, warnings for what the format cannot hold.
// CSV writes two files: the relations to `path`, the actors to csv_actors_path(path).
DiagnosticList write_file(const Case& c, const std::filesystem::path& path,
                          const ExportOptions& options = {});

// The text write_file would write (for Csv: the relations table). Errors go to `diags`;
// the result is empty when there is an error. Native needs rk::serialize_case_json.
std::string write_text(const Case& c, Format format, std::string_view file_name,
                       DiagnosticList& diags, const ExportOptions& options = {});

}  // namespace rk::io

// Internals shared by the format readers and writers (not part of the public API).
//
// Every reader turns its syntax into a RawGraph (nodes and edges with located, typed
// attributes) and hands it to build_case, so the mapping onto the case model, the checks
// for duplicate ids and dangling endpoints, and the import report are written once.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/formats.hpp"
#include "model/case.hpp"
#include "model/diagnostic.hpp"

namespace rk::io::detail {

struct RawNode {
    std::string id;
    int line = 0, column = 0;
    std::vector<std::pair<std::string, AttributeValue>> attrs;  // in file order
    std::optional<Position> position;  // from format syntax (viz:position, Pajek x y)
    std::string file;                  // where it was declared, if not the main file
};

struct RawEdge {
    std::string id;  // empty: numbered by build_case
    std::string source, target;
    std::optional<bool> directed;  // per-edge direction from format syntax
    int line = 0, column = 0;
    std::vector<std::pair<std::string, AttributeValue>> attrs;
};

// An edge that holds only its ends and perhaps a weight, viewing text that outlives
// build_case (the edge list's file): 56 bytes where a RawEdge takes 136, which on a
// 30,000-edge file is 2.4 MB less memory to fault in and fill.
struct PlainEdge {
    std::string_view source, target;
    std::optional<double> weight;
    int line = 0, column = 0;
};

struct RawGraph {
    std::string name;
    bool default_directed = false;
    bool directed_declared = false;  // false: ImportOptions::directed may override
    std::vector<RawNode> nodes;
    std::vector<RawEdge> edges;
};

struct BuildRules {
    // Edges may name nodes that were never declared (edge list, DOT, CSV without actors).
    bool implicit_nodes = false;
};

// Maps a RawGraph onto a one-scenario case. Errors and the import report go to `diags`.
// Returns nullopt when any error was reported (including ones reported by the reader).
// Cost: O((n + m) log n) time, O(n + m) memory.
std::optional<Case> build_case(RawGraph&& g, const std::string& file, const ImportOptions& opt,
                               const BuildRules& rules, DiagnosticList& diags);
// The same for a reader whose edges are PlainEdges (g.edges is not read).
std::optional<Case> build_case(RawGraph&& g, std::vector<PlainEdge>&& edges,
                               const std::string& file, const ImportOptions& opt,
                               const BuildRules& rules, DiagnosticList& diags);

// Reads a whole file, refusing it before reading when it exceeds limits.max_file_bytes
// (also for pipes and devices, whose size is not known up front).
std::optional<std::string> read_bounded(const std::filesystem::path& path, const LoadLimits& limits,
                                        DiagnosticList& diags);

// Writes text to `path` atomically through rk::save_text_file_atomic (no backup file).
// Returns an empty string on success, else what failed, naming the file.
std::string write_atomic(std::string_view text, const std::filesystem::path& path);

// Strict number parsing: the whole string must be a number ("1e3", "-2.5"; also "inf" and
// "nan", which callers reject by name). No locale, no leading or trailing space.
std::optional<double> parse_double(std::string_view s);
std::optional<std::int64_t> parse_int(std::string_view s);
std::optional<bool> parse_bool(std::string_view s);
// Shortest text that reads back to the same double.
std::string format_double(double v);
std::string attribute_to_string(const AttributeValue& v);

// Offset of the first byte that is not valid UTF-8 (or a NUL byte), or npos.
std::size_t find_invalid_utf8(std::string_view s);
// 1-based line and column (in bytes) of an offset.
std::pair<int, int> line_column(std::string_view text, std::size_t offset);
// Strips a UTF-8 byte order mark; returns whether there was one.
bool strip_bom(std::string_view& text);
// Text that should be UTF-8 but may come from Windows ("ANSI") tools; NUL bytes must be
// refused by the caller first. When the file as a whole is not UTF-8 (fewer valid
// multi-byte sequences than invalid bytes) it is read as Windows-1252 with one warning;
// when it is UTF-8 with a few stray bytes, only those bytes are read as Windows-1252 and
// each line with one is named in a warning (the first 10), so valid UTF-8 names are never
// re-decoded. `advice` is appended to the whole-file warning (e.g. "; save as UTF-8").
// Cost: O(text size).
std::string decode_utf8_or_cp1252(std::string_view text, const std::string& file,
                                  std::string_view advice, DiagnosticList& diags);
// Checks that text is UTF-8 without NUL bytes and reports the first bad byte.
bool check_utf8(std::string_view text, const std::string& file, DiagnosticList& diags);

// The scenario to write (ExportOptions::scenario or the first); reports when there is none.
const Scenario* pick_scenario(const Case& c, const ExportOptions& opt, const std::string& file,
                              DiagnosticList& diags);
// Warns about the parts of a case that graph formats cannot hold (other scenarios,
// responsibilities, forums, lineage, provenance...), so nothing is lost silently.
void report_unwritten(const Case& c, const Scenario& s, std::string_view format_label,
                      const std::string& file, DiagnosticList& diags);

// Model fields as attributes, for writers of attribute-based formats: every field that is
// not at its default, with enum values as their file tokens and lists comma-separated.
// The id and the position are not included (formats have syntax for those).
std::vector<std::pair<std::string, AttributeValue>> actor_fields(const Actor& a);
// Whether `name` is a model field that attributes map onto (name, type, layer, weight, x...).
bool is_model_field(std::string_view name);
std::vector<std::pair<std::string, AttributeValue>> relation_fields(const Relation& r);

// Format-specific readers and writers. Readers report into diags and fill a RawGraph or
// a Case; writers return the file text and warn about what the format cannot hold.
ImportResult parse_edgelist(std::string_view text, const std::string& file,
                            const ImportOptions& opt);
std::string write_edgelist(const Case& c, const Scenario& s, const std::string& file,
                           DiagnosticList& diags);
ImportResult parse_graphml(std::string_view text, const std::string& file,
                           const ImportOptions& opt);
std::string write_graphml(const Case& c, const Scenario& s, const std::string& file,
                          DiagnosticList& diags);
ImportResult parse_gexf(std::string_view text, const std::string& file, const ImportOptions& opt);
std::string write_gexf(const Case& c, const Scenario& s, const std::string& file,
                       DiagnosticList& diags);
ImportResult parse_pajek(std::string_view text, const std::string& file, const ImportOptions& opt);
std::string write_pajek(const Case& c, const Scenario& s, const std::string& file,
                        DiagnosticList& diags);
ImportResult parse_dot(std::string_view text, const std::string& file, const ImportOptions& opt);
std::string write_dot(const Case& c, const Scenario& s, const std::string& file,
                      DiagnosticList& diags);
// CSV: one table (relations, or actors alone); `actors_text` optionally adds an actors table.
ImportResult parse_csv(std::string_view text, const std::string& file,
                       std::optional<std::string_view> actors_text, const std::string& actors_file,
                       const ImportOptions& opt);
std::string write_csv_relations(const Case& c, const Scenario& s, const std::string& file,
                                DiagnosticList& diags);
std::string write_csv_actors(const Scenario& s);

// Windows-1252 (Excel's and Pajek's "ANSI") to UTF-8. Bytes undefined in 1252 become
// U+FFFD; `undefined` counts them.
std::string cp1252_to_utf8(std::string_view s, std::size_t* undefined = nullptr);
}  // namespace rk::io::detail

// The native case format (*.regie.json): strict loading, deterministic writing, atomic save.
//
// Format: one UTF-8 JSON object per case with "format": "regiekaart-case" and
// "format_version": 2 (version 1 files load too; see docs/format.md); field names are those of
// case.hpp, enum values their file tokens (enums.hpp). The JSON Schema is
// assets/schema/regie-case.schema.json; docs/format.md describes it for people.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "model/case.hpp"
#include "model/diagnostic.hpp"

namespace rk {

inline constexpr std::string_view kCaseFormatName = "regiekaart-case";
inline constexpr int kCaseFormatVersion = 2;
// The oldest version this build still reads. Version 1 lacks the evidence fields, member
// counts and agreements of version 2; it loads with those at their defaults.
inline constexpr int kOldestCaseFormatVersion = 1;

// Limits checked before allocating, so hostile input cannot exhaust memory or time.
struct LoadLimits {
    std::size_t max_file_bytes = 512u << 20;   // 512 MiB
    std::size_t max_string_bytes = 16u << 20;  // 16 MiB per string
    int max_depth = 64;                        // JSON nesting
    std::size_t max_elements = 50'000'000;     // values in the whole document
};

struct CaseLoadResult {
    std::optional<Case> value;   // set only when diagnostics has no errors
    DiagnosticList diagnostics;  // every error in the file, not only the first
};

// Parses a case from text. `file_name` is used in diagnostics only. All errors are listed
// (invalid UTF-8, duplicate keys, duplicate ids, dangling references, wrong types,
// non-finite numbers, excessive nesting, unknown enum values), each with line, column and
// JSON path. Never throws on bad input.
CaseLoadResult parse_case_json(std::string_view text, std::string_view file_name,
                               const LoadLimits& limits = {});

// Reads and parses a file; I/O errors become diagnostics too.
CaseLoadResult load_case_file(const std::filesystem::path& path, const LoadLimits& limits = {});

// Deterministic JSON text: stable key order, shortest round-trip numbers, 2-space indent,
// trailing newline. load(save(c)) == c and save(load(save(c))) == save(c) byte for byte.
std::string serialize_case_json(const Case& c);

// Same text; `problem` (when not null) receives why the text would not load back (a NaN or
// infinite number, a string that is not UTF-8), or is cleared. save_case_file refuses such
// a case instead of writing a file that cannot be opened again. O(size of the case).
std::string serialize_case_json(const Case& c, std::string* problem);

struct SaveOptions {
    bool keep_backup = true;  // keep the previous version as FILE.bak
};

struct SaveResult {
    bool ok = false;
    std::string error;  // what failed and why (errno text), naming the file
};

// Atomic save: write FILE.tmp-XXXXXX in the same directory, fsync, rename over FILE, fsync
// the directory. On any failure the original file is left byte-identical and the temporary
// file is removed. A symlinked target is written through (the link stays a link).
SaveResult save_case_file(const Case& c, const std::filesystem::path& path,
                          const SaveOptions& options = {});

// Same atomic procedure for any text (used by exporters and the autosave).
SaveResult save_text_file_atomic(std::string_view text, const std::filesystem::path& path,
                                 const SaveOptions& options = {});

// Removes stray temporary files left in `dir` by a save that was killed (call at start-up).
// Returns how many were removed.
int clean_stale_temporaries(const std::filesystem::path& dir);

}  // namespace rk

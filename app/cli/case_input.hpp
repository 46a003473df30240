// Reading the case a command works on, the same way in every command: the input options
// (workbook sheets), the diagnostics printed as FILE:LINE:COL, and the scenario picked by
// id or position with one error text.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "io/formats.hpp"

namespace rk::cli {

// The options of every command that reads a case: --actors-sheet and --relations-sheet
// for workbooks. `options` followed by them, for a CommandSpec's option list.
std::vector<OptionSpec> with_input_options(std::vector<OptionSpec> options);

// The import options those input options ask for (defaults where absent).
io::ImportOptions import_options(const ParsedArgs& args);

enum class DiagnosticsShown {
    Problems,    // warnings and errors (the import report's notes stay quiet)
    Everything,  // the notes too: what was skipped, defaulted or transcoded
};

// Reads FILE (native or any importable format) and prints its diagnostics on `err`, one
// FILE:LINE:COL line each. nullopt when the file was rejected; then at least one line
// names FILE and why (a rejection without a located error says "could not be read").
// Cost: io::read_file's, O(file size + (actors + relations) log actors). Never throws.
std::optional<Case> load_case(const std::string& file, const io::ImportOptions& options,
                              std::ostream& err,
                              DiagnosticsShown shown = DiagnosticsShown::Problems);

// The scenario named `id`, or without an id the one at `fallback` (the last when the case
// has fewer). nullptr after printing "FILE: error: ..." on `err` when there is no such
// scenario (the message lists the ids there are) or the case has none. O(scenarios).
const Scenario* pick_scenario(const Case& c, const std::optional<std::string>& id,
                              std::size_t fallback, const std::string& file, std::ostream& err);
Scenario* pick_scenario(Case& c, const std::optional<std::string>& id, std::size_t fallback,
                        const std::string& file, std::ostream& err);

}  // namespace rk::cli

// `regiekaart validate FILE...`: checks case files (and importable foreign files) against
// every rule of docs/format.md and lists all problems as FILE:LINE:COL lines.
#include <filesystem>
#include <ostream>

#include "cli/case_input.hpp"
#include "cli/command.hpp"
#include "doc/install_paths.hpp"
#include "io/formats.hpp"

namespace rk::cli {
namespace {

std::size_t count_relations(const Case& c) {
    std::size_t n = 0;
    for (const auto& s : c.scenarios)
        n += s.relations.size();
    return n;
}

std::size_t count_actors(const Case& c) {
    std::size_t n = 0;
    for (const auto& s : c.scenarios)
        n += s.actors.size();
    return n;
}

std::string counted(std::size_t n, const char* noun) {
    return std::to_string(n) + ' ' + noun + (n == 1 ? "" : "s");
}

// Validates one file; diagnostics go to `err`, the verdict for a valid file to `out`.
bool validate_one(const std::string& file, const io::ImportOptions& input, bool quiet,
                  std::ostream& out, std::ostream& err) {
    const auto c = load_case(file, input, err,
                             quiet ? DiagnosticsShown::Problems : DiagnosticsShown::Everything);
    if (!c)
        return false;
    if (!quiet)
        out << file << ": ok (" << counted(c->scenarios.size(), "scenario") << ", "
            << counted(count_actors(*c), "actor") << ", "
            << counted(count_relations(*c), "relation") << ")\n";
    return true;
}

// Where this copy of the program finds the JSON Schema: the installed one
// (/usr/share/regiekaart/schema) or, for a build that is not installed, the source tree's.
std::string schema_note() {
    const auto schema = doc::data_dir() / "schema" / "regie-case.schema.json";
    std::error_code ec;
    return "JSON Schema: " + schema.string() +
           (std::filesystem::exists(schema, ec) ? "" : " (not found)");
}

int run(const ParsedArgs& args, std::ostream& out, std::ostream& err) {
    const bool quiet = args.has("quiet");
    const io::ImportOptions input = import_options(args);
    int invalid = 0;
    for (const auto& file : args.positionals)
        if (!validate_one(file, input, quiet, out, err))
            ++invalid;
    if (invalid > 0 && args.positionals.size() > 1)
        err << invalid << " of " << args.positionals.size() << " files are not valid\n";
    return invalid == 0 ? kExitOk : kExitFailure;
}

const CommandSpec spec{
    .name = "validate",
    .summary = "check case files and list every problem with its location",
    .usage = "FILE...",
    .description =
        "Checks each FILE against the native case format (docs/format.md and the JSON Schema\n"
        "regie-case.schema.json in the program's data folder, named below): UTF-8, JSON\n"
        "syntax, duplicate keys, unknown fields, types, enum values, required fields, unique\n"
        "ids and references. Every problem is printed as FILE:LINE:COL: error: message (at\n"
        "JSON path). Foreign formats (GraphML, GEXF, edge lists, ...) are checked by their\n"
        "importers.",
    .options = with_input_options({{"quiet", 'q', false, "", "print only problems"}}),
    .help_notes = schema_note,
    .min_positionals = 1,
    .max_positionals = -1,
    .run = run,
};

const CommandRegistration registration{spec};

}  // namespace
}  // namespace rk::cli

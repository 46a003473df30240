// `regiekaart validate FILE...`: checks case files (and importable foreign files) against
// every rule of docs/format.md and lists all problems as FILE:LINE:COL lines.
#include <ostream>

#include "cli/command.hpp"
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
bool validate_one(const std::string& file, bool quiet, std::ostream& out, std::ostream& err) {
    const io::ImportResult r = io::read_file(file);
    for (const auto& d : r.diagnostics.items())
        if (d.severity != Severity::Info || !quiet)
            err << d.to_string() << '\n';
    if (!r.value) {
        if (r.diagnostics.error_count() == 0)
            err << file << ": error: could not be read\n";
        return false;
    }
    if (!quiet)
        out << file << ": ok (" << counted(r.value->scenarios.size(), "scenario") << ", "
            << counted(count_actors(*r.value), "actor") << ", "
            << counted(count_relations(*r.value), "relation") << ")\n";
    return true;
}

int run(const ParsedArgs& args, std::ostream& out, std::ostream& err) {
    const bool quiet = args.has("quiet");
    int invalid = 0;
    for (const auto& file : args.positionals)
        if (!validate_one(file, quiet, out, err))
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
        "Checks each FILE against the native case format (docs/format.md, "
        "assets/schema/regie-case.schema.json): UTF-8, JSON syntax, duplicate keys, unknown\n"
        "fields, types, enum values, required fields, unique ids and references. Every\n"
        "problem is printed as FILE:LINE:COL: error: message (at JSON path). Foreign formats\n"
        "(GraphML, GEXF, edge lists, ...) are checked by their importers.",
    .options = {{"quiet", 'q', false, "", "print only problems"}},
    .min_positionals = 1,
    .max_positionals = -1,
    .run = run,
};

const CommandRegistration registration{spec};

}  // namespace
}  // namespace rk::cli

#include "cli/case_input.hpp"

#include <ostream>

namespace rk::cli {

std::vector<OptionSpec> with_input_options(std::vector<OptionSpec> options) {
    options.push_back({"actors-sheet", 0, true, "NAME",
                       "workbook input: the actors sheet (default Actoren/Actors)"});
    options.push_back({"relations-sheet", 0, true, "NAME",
                       "workbook input: the relations sheet (default Relaties/Relations)"});
    return options;
}

io::ImportOptions import_options(const ParsedArgs& args) {
    io::ImportOptions options;
    options.actors_sheet = args.get_or("actors-sheet", "");
    options.relations_sheet = args.get_or("relations-sheet", "");
    return options;
}

std::optional<Case> load_case(const std::string& file, const io::ImportOptions& options,
                              std::ostream& err, DiagnosticsShown shown) {
    io::ImportResult loaded = io::read_file(file, options);
    for (const auto& d : loaded.diagnostics.items())
        if (d.severity != Severity::Info || shown == DiagnosticsShown::Everything)
            err << d.to_string() << '\n';
    if (!loaded.value && loaded.diagnostics.error_count() == 0)
        err << file << ": error: could not be read\n";
    return std::move(loaded.value);
}

const Scenario* pick_scenario(const Case& c, const std::optional<std::string>& id,
                              std::size_t fallback, const std::string& file, std::ostream& err) {
    if (id) {
        const Scenario* s = c.find_scenario(*id);
        if (!s) {
            err << file << ": error: no scenario '" << *id << "'; the case has:";
            for (const auto& sc : c.scenarios)
                err << ' ' << sc.id;
            err << '\n';
        }
        return s;
    }
    if (c.scenarios.empty()) {
        err << file << ": error: the case has no scenarios\n";
        return nullptr;
    }
    return &c.scenarios[std::min(fallback, c.scenarios.size() - 1)];
}

Scenario* pick_scenario(Case& c, const std::optional<std::string>& id, std::size_t fallback,
                        const std::string& file, std::ostream& err) {
    // The same rule; the const overload never modifies, so casting its result back is safe.
    return const_cast<Scenario*>(
        pick_scenario(static_cast<const Case&>(c), id, fallback, file, err));
}

}  // namespace rk::cli

// `regiekaart analyze`: runs the analytics engine (analytics/analysis.hpp) on one scenario
// of a case or on a foreign graph file, and writes a table, CSV or JSON.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <ostream>
#include <sstream>

#include "analytics/analysis.hpp"
#include "cli/case_input.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "cli/process.hpp"
#include "io/formats.hpp"
#include "model/case_io.hpp"

namespace rk::cli {
namespace {

// Fills settings from the options; returns an error message for a usage error.
std::string read_settings(const ParsedArgs& a, analytics::AnalysisSettings& s) {
    for (const auto& name : split_list(a.get_or("layers", ""))) {
        auto layer = from_token<Layer>(name);
        if (!layer)
            return "unknown layer '" + name + "'; expected one of " + expected_tokens<Layer>();
        s.layers.push_back(*layer);
    }
    s.partitions = split_list(a.get_or("partition", ""));
    for (const auto& name : split_list(a.get_or("metrics", ""))) {
        auto metric = analytics::metric_from_name(name);
        if (!metric)
            return "unknown metric '" + name + "'";
        if (std::find(s.metrics.begin(), s.metrics.end(), *metric) == s.metrics.end())
            s.metrics.push_back(*metric);
    }
    // A partition asks for the partition measures even when --metrics omits them.
    if (!s.metrics.empty() && !s.partitions.empty() &&
        std::find(s.metrics.begin(), s.metrics.end(), analytics::Metric::Partitions) ==
            s.metrics.end())
        s.metrics.push_back(analytics::Metric::Partitions);
    if (auto level = a.get("level")) {
        auto parsed = from_token<GovernanceLevel>(*level);
        if (!parsed || *parsed == GovernanceLevel::Unknown)
            return "unknown level '" + *level + "'; expected opgave, stelsel or systeem";
        s.level = *parsed;
    }
    s.include_agreements = a.has("include-agreements");
    s.directed = a.has("directed");
    s.weighted = a.has("weighted");
    if (auto p = a.get("permutations");
        p && (!parse_number(*p, s.permutations) || s.permutations < 0))
        return "--permutations needs a whole number >= 0";
    if (auto p = a.get("seed"); p && !parse_number(*p, s.seed))
        return "--seed needs a whole number";
    if (auto p = a.get("threads"); p && !parse_number(*p, s.threads))
        return "--threads needs a whole number (0 = all cores)";
    return {};
}

int run(const ParsedArgs& a, std::ostream& out, std::ostream& err) {
    const auto format = read_choice(a, "analyze", "format", {"table", "csv", "json"}, "table", err);
    const auto lang = read_choice(a, "analyze", "lang", {"nl", "en"}, "en", err);
    if (!format || !lang)
        return kExitUsage;
    analytics::AnalysisSettings settings;
    if (auto problem = read_settings(a, settings); !problem.empty()) {
        err << "regiekaart analyze: " << problem << '\n';
        return kExitUsage;
    }
    const std::string& file = a.positionals[0];
    auto c = load_case(file, import_options(a), err);
    if (!c)
        return kExitFailure;
    const Scenario* scenario = pick_scenario(*c, a.get("scenario"), 0, file, err);
    if (!scenario)
        return kExitFailure;

    const auto started = std::chrono::steady_clock::now();
    auto result = analytics::analyze(*scenario, settings);
    if (a.has("timing")) {
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
        err << "analysis: " << took.count() << " s (engine only, without reading and writing)\n";
    }
    std::string text =
        *format == "json" ? analytics::to_json(result)
        : *format == "csv"
            ? analytics::to_csv(result)
            : analytics::to_table(result, *lang == "nl" ? Language::Dutch : Language::English);
    const int code = write_output(text, a.get("output"), "analyze", out, err);
    // The output is written and closed: the process may end without freeing these.
    leave_to_exit(text);
    leave_to_exit(result);
    leave_to_exit(*c);
    return code;
}

static CommandRegistration reg{CommandSpec{
    .name = "analyze",
    .summary = "compute centrality, fragmentation, silos, brokerage, regie and diagnostics",
    .usage = "FILE [--scenario ID] [--layers L1,L2] [--level L] [--include-agreements] "
             "[--partition ATTR] [--metrics LIST] [--format table|csv|json] [-o OUT]",
    .description =
        "FILE is a case (.regie.json) or any supported graph file (edge list .edges/.el/.txt, "
        "GraphML, ...). Without --scenario the first scenario is analysed. Metrics: degree, "
        "betweenness, closeness, eigenvector, pagerank, katz, structural_holes (constraint, "
        "effective_size, ...), key_players, communities, partitions, regie, diagnostics; "
        "without --metrics, all. The JSON schema and every convention are in "
        "docs/analytics.md.",
    .options = with_input_options({
        {"scenario", 's', true, "ID", "scenario to analyse (default: the first)"},
        {"layers", 'l', true, "L1,L2",
         "relation layers to include (default: all but conflict; name conflict to add it)"},
        {"level", 0, true, "L", "only relations of level opgave, stelsel or systeem"},
        {"include-agreements", 0, false, "",
         "count each agreement as a hub node linked to its signatories"},
        {"partition", 'p', true, "ATTR[,ATTR]",
         "actor attribute(s) for silos and brokerage: koker, sector, bestuurslaag, type, "
         "group, or any attribute key"},
        {"metrics", 'm', true, "LIST", "comma-separated metrics (default: all)"},
        {"format", 'f', true, "FMT", "table (default), csv or json"},
        {"output", 'o', true, "FILE", "write to FILE (atomically; - = standard output)"},
        {"directed", 0, false, "", "respect relation direction"},
        {"weighted", 0, false, "", "use relation weights"},
        {"permutations", 0, true, "N", "permutations of the E-I test (default 999)"},
        {"seed", 0, true, "N", "seed of the permutation test"},
        {"threads", 'j', true, "N", "threads for betweenness and closeness (0 = all)"},
        {"lang", 0, true, "nl|en", "language of the table (default en)"},
        {"timing", 0, false, "", "print the engine's time on standard error"},
    }),
    .min_positionals = 1,
    .max_positionals = 1,
    .run = run,
}};

}  // namespace
}  // namespace rk::cli

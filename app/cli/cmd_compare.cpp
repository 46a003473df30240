// `regiekaart compare`: two scenarios of one case, or two files, contracted onto lineage
// (compare.hpp) and written as a table, CSV, Markdown or JSON.
#include <charconv>
#include <ostream>

#include "cli/case_input.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "compare/compare.hpp"
#include "compare/compare_format.hpp"
#include "io/formats.hpp"
#include "model/case_io.hpp"

namespace rk::cli {
namespace {

int run(const ParsedArgs& a, std::ostream& out, std::ostream& err) {
    const auto format =
        read_choice(a, "compare", "format", {"table", "csv", "json", "markdown"}, "table", err);
    const auto lang = read_choice(a, "compare", "lang", {"nl", "en"}, "en", err);
    if (!format || !lang)
        return kExitUsage;
    compare::CompareOptions options;
    if (auto p = a.get("permutations");
        p && (!parse_number(*p, options.qap_permutations) || options.qap_permutations < 0)) {
        err << "regiekaart compare: --permutations needs a whole number >= 0\n";
        return kExitUsage;
    }
    if (auto s = a.get("seed"); s && !parse_number(*s, options.seed)) {
        err << "regiekaart compare: --seed needs a whole number\n";
        return kExitUsage;
    }
    if (auto t = a.get("top"); t && (!parse_number(*t, options.top_n) || options.top_n < 1)) {
        err << "regiekaart compare: --top needs a whole number >= 1\n";
        return kExitUsage;
    }
    options.rank_metric = a.get_or("rank-by", "");

    const auto& files = a.positionals;
    compare::ComparisonResult result;
    const io::ImportOptions input = import_options(a);
    if (files.size() == 1) {
        auto c = load_case(files[0], input, err);
        if (!c)
            return kExitFailure;
        const Scenario* before = pick_scenario(*c, a.get("before"), 0, files[0], err);
        const Scenario* after = pick_scenario(*c, a.get("after"), 1, files[0], err);
        if (!before || !after)
            return kExitFailure;
        if (before == after) {
            err << files[0] << ": error: before and after are the same scenario ('" << before->id
                << "'); name two with --before and --after\n";
            return kExitFailure;
        }
        result = compare::compare_case(*c, before->id, after->id, options);
    } else {
        auto c1 = load_case(files[0], input, err);
        auto c2 = load_case(files[1], input, err);
        if (!c1 || !c2)
            return kExitFailure;
        const Scenario* before = pick_scenario(*c1, a.get("before"), 0, files[0], err);
        const Scenario* after = pick_scenario(*c2, a.get("after"), 0, files[1], err);
        if (!before || !after)
            return kExitFailure;
        result = compare::compare_scenarios(*before, *after,
                                            compare::propose_lineage(*before, *after), options);
    }
    for (const auto& w : result.contraction.warnings)
        err << "warning: " << w << '\n';
    if (result.lineage_proposed)
        err << "note: no lineage between these scenarios: actors matched by id and name "
               "(proposed, not approved)\n";

    compare::FormatOptions fo;
    fo.lang = *lang == "nl" ? Language::Dutch : Language::English;
    fo.csv_bom = a.has("bom");
    fo.include_ties = !a.has("no-ties");
    std::string text = *format == "json"       ? compare::to_json(result)
                       : *format == "csv"      ? compare::to_csv(result, fo)
                       : *format == "markdown" ? compare::to_markdown(result, fo)
                                               : compare::to_text(result, fo);
    return write_output(text, a.get("output"), "compare", out, err);
}

CommandSpec spec() {
    CommandSpec s;
    s.name = "compare";
    s.summary = "compare two scenarios (before/after a reorganisation) via their lineage";
    s.usage =
        "CASE [--before S1] [--after S2] | FILE_A FILE_B  [--format table|csv|json|markdown]"
        " [-o OUT]";
    s.description =
        "With one CASE, compares two of its scenarios (default: the first two) using the case's\n"
        "lineage (merge, split, rename...). With two files, compares the first scenario of each\n"
        "(or --before/--after), matching actors by id, then by name: the matching is a proposal.\n"
        "Reports added, removed and persisting ties per layer, ties internalised by a merger,\n"
        "Jaccard and Hamming distances, QAP correlation with a seeded permutation p-value, a\n"
        "before/after/delta table of every network index and diagnostic, and rank changes of\n"
        "the most central actors. Numbers that are undefined are shown as n/a, never as 0.";
    s.options = with_input_options({
        {"before", 0, true, "S1", "scenario id of the before network"},
        {"after", 0, true, "S2", "scenario id of the after network"},
        {"format", 'f', true, "FORMAT", "table (default), csv, json or markdown"},
        {"output", 'o', true, "OUT", "write to OUT (atomically; - = standard output)"},
        {"lang", 0, true, "nl|en", "language of labels (default en)"},
        {"permutations", 0, true, "N", "QAP permutations (default 999; 0 = no p-value)"},
        {"seed", 0, true, "N", "seed of the QAP permutations (default 20240601)"},
        {"top", 0, true, "N", "rank changes of the top N actors (default 10)"},
        {"rank-by", 0, true, "METRIC", "per-actor metric for rank changes (default betweenness)"},
        {"bom", 0, false, "", "CSV: start with a UTF-8 byte order mark (for Excel)"},
        {"no-ties", 0, false, "", "leave out the list of individual ties"},
    });
    s.min_positionals = 1;
    s.max_positionals = 2;
    s.run = run;
    return s;
}

static CommandRegistration reg{spec()};

}  // namespace
}  // namespace rk::cli

// `regiekaart layout`: lays out one scenario of a case (layout/layout.hpp) and writes the
// positions into the case (scenario.positions), saved atomically in the native format.
#include <charconv>
#include <ostream>
#include <sstream>

#include "cli/case_input.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "io/formats.hpp"
#include "layout/layout.hpp"
#include "model/case_io.hpp"

namespace rk::cli {
namespace {

bool is_native(const std::string& path) {
    auto f = io::format_from_path(path);
    return f && *f == io::Format::Native;
}

// Anchors for stability across scenarios: the positions of `from`, carried over to `to` by
// actor id, and through lineage links (rename/identity: same spot; merge: the centroid of
// the merged actors; split: every part starts at the old spot).
std::map<std::string, Position> anchors_from(const Case& c, const Scenario& from,
                                             const Scenario& to) {
    std::map<std::string, Position> anchors;
    for (const auto& a : to.actors) {
        auto it = from.positions.find(a.id);
        if (it != from.positions.end())
            anchors[a.id] = Position{it->second.x, it->second.y, false};
    }
    for (const auto& link : c.lineage) {
        if (link.from_scenario != from.id || link.to_scenario != to.id)
            continue;
        double x = 0, y = 0;
        int k = 0;
        for (const auto& f : link.from_actors) {
            auto it = from.positions.find(f);
            if (it == from.positions.end())
                continue;
            x += it->second.x;
            y += it->second.y;
            ++k;
        }
        if (k == 0)
            continue;
        for (const auto& t : link.to_actors)
            if (!anchors.count(t))
                anchors[t] = Position{x / k, y / k, false};
    }
    return anchors;
}

int run(const ParsedArgs& a, std::ostream& out, std::ostream& err) {
    const std::string& file = a.positionals[0];
    layout::LayoutRequest request;
    auto engine = layout::engine_from_name(a.get_or("engine", "forceatlas2"));
    if (!engine) {
        err << "regiekaart layout: unknown engine '" << a.get_or("engine", "")
            << "'; expected one of " << layout::expected_engine_names() << '\n';
        return kExitUsage;
    }
    request.engine = *engine;
    for (const auto& name : split_list(a.get_or("layers", ""))) {
        auto layer = from_token<Layer>(name);
        if (!layer) {
            err << "regiekaart layout: unknown layer '" << name << "'; expected one of "
                << expected_tokens<Layer>() << '\n';
            return kExitUsage;
        }
        request.layers.push_back(*layer);
    }
    if (auto s = a.get("seed"); s && !parse_number(*s, request.seed)) {
        err << "regiekaart layout: --seed needs a whole number >= 0\n";
        return kExitUsage;
    }
    if (auto s = a.get("iterations");
        s && (!parse_number(*s, request.iterations) || request.iterations < 0)) {
        err << "regiekaart layout: --iterations needs a whole number >= 0\n";
        return kExitUsage;
    }
    if (auto s = a.get("threads");
        s && (!parse_number(*s, request.threads) || request.threads < 0)) {
        err << "regiekaart layout: --threads needs a whole number >= 0 (0 = all cores)\n";
        return kExitUsage;
    }
    request.remove_overlaps = !a.has("keep-overlaps");
    request.respect_pinned = !a.has("ignore-pins");
    const std::string output = a.get_or("output", is_native(file) ? file : "");
    if (output.empty()) {
        err << "regiekaart layout: " << file
            << " is not a native case file; name the case file to write with -o FILE.regie.json\n";
        return kExitUsage;
    }

    auto loaded = load_case(file, import_options(a), err);
    if (!loaded)
        return kExitFailure;
    Case& c = *loaded;
    Scenario* scenario = pick_scenario(c, a.get("scenario"), 0, file, err);
    if (!scenario)
        return kExitFailure;
    if (auto id = a.get("anchor-scenario")) {
        const Scenario* from = pick_scenario(c, id, 0, file, err);
        if (!from)
            return kExitFailure;
        request.anchors = anchors_from(c, *from, *scenario);
        if (request.anchors.empty())
            err << "regiekaart layout: warning: scenario '" << *id
                << "' has no positions for actors of '" << scenario->id << "'\n";
    }

    layout::LayoutResult result;
    try {
        result = layout::run_layout(*scenario, request);
    } catch (const std::exception& e) {
        err << "regiekaart layout: " << e.what() << '\n';
        return kExitFailure;
    }
    for (const auto& w : result.warnings)
        err << "regiekaart layout: warning: " << w << '\n';
    if (!result.ok) {
        err << file << ": error: " << result.error << '\n';
        return kExitFailure;
    }
    scenario->positions = result.positions;
    std::string problem;
    const std::string text = serialize_case_json(c, &problem);
    if (!problem.empty()) {
        err << "regiekaart layout: cannot save '" << output << "': " << problem
            << "; nothing was written\n";
        return kExitFailure;
    }
    // Standard output carries the case itself, so the summary goes to standard error.
    const bool to_stdout = is_standard_output(output);
    if (int rc = write_output(text, output, "layout", out, err, SaveOptions{.keep_backup = true});
        rc != kExitOk)
        return rc;
    std::ostream& summary = to_stdout ? err : out;
    summary << "laid out " << result.positions.size() << " actors of scenario '" << scenario->id
            << "' with " << layout::engine_name(request.engine) << " in " << result.stats.seconds
            << " s";
    if (result.stats.iterations > 0)
        summary << ", " << result.stats.iterations << " iterations";
    if (result.stats.stress >= 0)
        summary << ", normalised stress " << result.stats.stress;
    summary << "; written to " << (to_stdout ? "standard output" : output) << '\n';
    return kExitOk;
}

static CommandRegistration reg{CommandSpec{
    .name = "layout",
    .summary = "lay out a scenario and store the positions in the case",
    .usage = "FILE [--engine E] [--scenario ID] [--seed N] [--anchor-scenario ID] "
             "[--layers L1,L2] [-o OUT]",
    .description =
        "Engines: " + layout::expected_engine_names() +
        ".\n"
        "dot ranks by the `directs` layer (the regie hierarchy); neato, sfdp, fdp, circo and\n"
        "twopi are Graphviz's; forceatlas2 and stress are Regiekaart's own; swimlanes puts\n"
        "each bestuurslaag in a horizontal lane; power-interest is the actor-analysis grid.\n"
        "Pinned actors stay where they are. --anchor-scenario starts shared actors where they\n"
        "are in that scenario (following lineage) and keeps them close, so two scenarios can be\n"
        "compared side by side. Node and label rectangles never overlap in the result unless\n"
        "--keep-overlaps is given. The same seed gives the same positions.\n"
        "The case is saved atomically to OUT (default: FILE itself when it is a native case).",
    .options = with_input_options({
        {"engine", 'e', true, "E", "layout engine (default forceatlas2)"},
        {"scenario", 's', true, "ID", "scenario to lay out (default: the first)"},
        {"seed", 0, true, "N", "random seed (default 1)"},
        {"anchor-scenario", 'a', true, "ID", "keep actors where they are in scenario ID"},
        {"layers", 'l', true, "L1,L2", "relation layers to lay out by (default: all)"},
        {"iterations", 0, true, "N", "iteration cap of the own engines (0 = default)"},
        {"threads", 0, true, "N", "threads of the own engines (0 = all cores)"},
        {"keep-overlaps", 0, false, "", "skip overlap removal"},
        {"ignore-pins", 0, false, "", "move pinned actors too"},
        {"output", 'o', true, "OUT", "case file to write (default: FILE; - = standard output)"},
    }),
    .min_positionals = 1,
    .max_positionals = 1,
    .run = run,
}};

}  // namespace
}  // namespace rk::cli

// `regiekaart convert IN OUT`: reads any supported format and writes any other, printing
// the import report (and what the output format cannot hold) on stderr.
#include <ostream>

#include "cli/command.hpp"
#include "io/formats.hpp"

namespace rk::cli {
namespace {

std::string format_list() {
    return "native, edgelist, graphml, gexf, dot, csv, pajek, xlsx, ods";
}

int run(const ParsedArgs& a, std::ostream& out, std::ostream& err) {
    const std::string& in = a.positionals[0];
    const std::string& outfile = a.positionals[1];
    io::ImportOptions iopt;
    io::ExportOptions eopt;
    if (auto f = a.get("from")) {
        iopt.format = io::format_from_name(*f);
        if (!iopt.format) {
            err << "regiekaart convert: unknown format '" << *f << "' for --from (expected one of "
                << format_list() << ")\n";
            return kExitUsage;
        }
    }
    if (auto f = a.get("to")) {
        eopt.format = io::format_from_name(*f);
        if (!eopt.format) {
            err << "regiekaart convert: unknown format '" << *f << "' for --to (expected one of "
                << format_list() << ")\n";
            return kExitUsage;
        }
    }
    if (a.has("directed"))
        iopt.directed = true;
    if (auto p = a.get("actors"))
        iopt.csv_actors = *p;
    if (auto s = a.get("actors-sheet"))
        iopt.actors_sheet = *s;
    if (auto s = a.get("relations-sheet"))
        iopt.relations_sheet = *s;
    if (auto s = a.get("scenario"))
        eopt.scenario = *s;
    if (auto m = a.get("map")) {
        // --map foreign=field[,foreign=field...]
        std::size_t start = 0;
        while (start <= m->size()) {
            std::size_t end = m->find(',', start);
            if (end == std::string::npos)
                end = m->size();
            std::string item = m->substr(start, end - start);
            auto eq = item.find('=');
            if (eq == std::string::npos || eq == 0 || eq + 1 == item.size()) {
                err << "regiekaart convert: --map needs FOREIGN=FIELD pairs, got '" << item
                    << "'\n";
                return kExitUsage;
            }
            iopt.mapping.emplace_back(item.substr(0, eq), item.substr(eq + 1));
            start = end + 1;
        }
    }
    io::ImportResult r = io::read_file(in, iopt);
    err << r.diagnostics.to_string();
    if (!r.value) {
        err << "regiekaart convert: " << in << " not read; nothing written\n";
        return kExitFailure;
    }
    DiagnosticList w = io::write_file(*r.value, outfile, eopt);
    err << w.to_string();
    if (w.has_errors()) {
        err << "regiekaart convert: " << outfile << " not written\n";
        return kExitFailure;
    }
    const Scenario* s =
        eopt.scenario.empty() ? &r.value->scenarios.front() : r.value->find_scenario(eopt.scenario);
    out << "wrote " << outfile;
    if (s)
        out << " (" << s->actors.size() << " actors, " << s->relations.size() << " relations)";
    out << '\n';
    return kExitOk;
}

CommandSpec spec() {
    CommandSpec s;
    s.name = "convert";
    s.summary = "Convert a network between file formats";
    s.usage = "IN OUT [--from FMT] [--to FMT] [--directed] [--actors FILE] [--map A=F,...]";
    s.description =
        "Reads IN and writes OUT; formats follow the extensions (.regie.json, .edges/.el/.txt,\n"
        ".graphml, .gexf, .dot/.gv, .csv, .net, .xlsx, .ods) unless --from/--to name them (" +
        format_list() +
        ").\n"
        "The import report (what was skipped, defaulted or transcoded) and what OUT cannot\n"
        "hold are printed on stderr. CSV output writes OUT and OUT-stem.actors.csv.\n"
        "A workbook (.xlsx, .ods) holds a sheet Actoren/Actors and a sheet Relaties/Relations\n"
        "(or name them with --actors-sheet and --relations-sheet); .xlsx is also written.\n"
        "Exit 0 written, 1 IN rejected or OUT not written (nothing written), 2 usage.";
    s.options = {
        {"from", 'f', true, "FMT", "format of IN (default: from its extension)"},
        {"to", 't', true, "FMT", "format of OUT (default: from its extension)"},
        {"directed", 'd', false, "", "edges of formats without direction are directed"},
        {"actors", 'a', true, "FILE", "CSV actors table that goes with a CSV relations IN"},
        {"actors-sheet", 0, true, "NAME", "workbook IN: the actors sheet (default Actoren/Actors)"},
        {"relations-sheet", 0, true, "NAME",
         "workbook IN: the relations sheet (default Relaties/Relations)"},
        {"scenario", 's', true, "ID", "scenario to write (default: the first)"},
        {"map", 'm', true, "A=F,...",
         "map foreign attribute A onto model field F (e.g. type=layer)"},
    };
    s.min_positionals = 2;
    s.max_positionals = 2;
    s.run = run;
    return s;
}

static CommandRegistration reg{spec()};

}  // namespace
}  // namespace rk::cli

// `regiekaart convert IN OUT`: reads any supported format and writes any other, printing
// the import report (and what the output format cannot hold) on stderr.
#include <ostream>

#include "cli/case_input.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "io/formats.hpp"

namespace rk::cli {
namespace {

std::string format_list() {
    return "native, edgelist, graphml, gexf, dot, csv, pajek, xlsx, ods";
}

// `-` and devices such as /dev/null get the bytes as they are: one file, no atomic rename.
bool writes_in_place(const std::string& outfile) {
    return outfile == "-" || is_special_file(outfile);
}

// A regular file: io::write_file, atomic, and for CSV the actors table beside it.
bool write_to_file(const Case& c, const std::string& outfile, const io::ExportOptions& eopt,
                   std::ostream& err) {
    const DiagnosticList w = io::write_file(c, outfile, eopt);
    err << w.to_string();
    return !w.has_errors();
}

// Standard output or a device: the text of one file (CSV: the relations table only).
bool write_in_place(const Case& c, const std::string& outfile, const io::ExportOptions& eopt,
                    std::ostream& out, std::ostream& err) {
    const io::Format format = eopt.format ? *eopt.format : *io::format_from_path(outfile);
    DiagnosticList w;
    const std::string text = io::write_text(c, format, outfile, w, eopt);
    if (format == io::Format::Csv)
        w.warning(outfile, 0, 0,
                  "CSV to standard output or a device holds the relations table only; write a "
                  "file to get the actors table beside it");
    err << w.to_string();
    if (w.has_errors())
        return false;
    return write_output(text, outfile, "convert", out, err) == kExitOk;
}

int run(const ParsedArgs& a, std::ostream& out, std::ostream& err) {
    const std::string& in = a.positionals[0];
    const std::string& outfile = a.positionals[1];
    io::ImportOptions iopt = import_options(a);
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
    const bool in_place = writes_in_place(outfile);
    if (in_place && !eopt.format && !io::format_from_path(outfile)) {
        err << "regiekaart convert: name the format of " << outfile << " with --to ("
            << format_list() << ")\n";
        return kExitUsage;
    }
    const auto c = load_case(in, iopt, err, DiagnosticsShown::Everything);
    if (!c) {
        err << "regiekaart convert: " << in << " not read; nothing written\n";
        return kExitFailure;
    }
    const bool written = in_place ? write_in_place(*c, outfile, eopt, out, err)
                                  : write_to_file(*c, outfile, eopt, err);
    if (!written) {
        err << "regiekaart convert: " << outfile << " not written\n";
        return kExitFailure;
    }
    const Scenario* s =
        eopt.scenario.empty() ? &c->scenarios.front() : c->find_scenario(eopt.scenario);
    // Standard output carries the converted file, so the summary goes to standard error.
    std::ostream& summary = outfile == "-" ? err : out;
    summary << "wrote " << (outfile == "-" ? "standard output" : outfile);
    if (s)
        summary << " (" << s->actors.size() << " actors, " << s->relations.size() << " relations)";
    summary << '\n';
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
        "OUT - writes to standard output (name the format with --to); a device such as\n"
        "/dev/null is written in place, any other OUT atomically.\n"
        "A workbook (.xlsx, .ods) holds a sheet Actoren/Actors and a sheet Relaties/Relations\n"
        "(or name them with --actors-sheet and --relations-sheet); .xlsx is also written.\n"
        "Exit 0 written, 1 IN rejected or OUT not written (nothing written), 2 usage.";
    s.options = with_input_options({
        {"from", 'f', true, "FMT", "format of IN (default: from its extension)"},
        {"to", 't', true, "FMT", "format of OUT (default: from its extension)"},
        {"directed", 'd', false, "", "edges of formats without direction are directed"},
        {"actors", 'a', true, "FILE", "CSV actors table that goes with a CSV relations IN"},
        {"scenario", 's', true, "ID", "scenario to write (default: the first)"},
        {"map", 'm', true, "A=F,...",
         "map foreign attribute A onto model field F (e.g. type=layer)"},
    });
    s.min_positionals = 2;
    s.max_positionals = 2;
    s.run = run;
    return s;
}

static CommandRegistration reg{spec()};

}  // namespace
}  // namespace rk::cli

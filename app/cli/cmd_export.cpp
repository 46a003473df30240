// `regiekaart export`: diagrams (SVG, PDF, PNG), tables (CSV, Markdown) and a one-file report
// (HTML or PDF) of a scenario or of a comparison; the format comes from the output's extension.
#include <algorithm>
#include <charconv>
#include <optional>
#include <ostream>

#include "analytics/analysis.hpp"
#include "cli/case_input.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "compare/compare.hpp"
#include "export/export.hpp"
#include "io/formats.hpp"
#include "io/workbook.hpp"
#include "model/case_io.hpp"
#include "model/text.hpp"

namespace rk::cli {
namespace {

// The output format as an extension (".svg"): --format when given (needed for `-o -` and
// devices such as /dev/null, which have none), else the extension of -o's file.
std::string output_extension(const ParsedArgs& a, const std::string& output) {
    if (auto f = a.get("format"))
        return "." + text::ascii_lower(*f);
    return text::ascii_lower(std::filesystem::path(output).extension().string());
}

// `--compare-with B`: case A plus the after scenario of B, so one Case holds both sides of
// the comparison (the renderers look scenarios up by id). An id that A uses already gets a
// suffix. Actors are matched by id and name, as `regiekaart compare A B` does.
struct TwoFileComparison {
    Case combined;
    compare::ComparisonResult result;
};

std::optional<TwoFileComparison> compare_files(const Case& a, const Scenario& before,
                                               const std::string& path_b,
                                               const std::optional<std::string>& after_id,
                                               const io::ImportOptions& input, std::ostream& err) {
    const auto b = load_case(path_b, input, err);
    if (!b)
        return std::nullopt;
    const Scenario* after = pick_scenario(*b, after_id, 0, path_b, err);
    if (!after)
        return std::nullopt;
    TwoFileComparison out;
    out.combined = a;
    Scenario copy = *after;
    while (out.combined.find_scenario(copy.id))
        copy.id += "-b";
    out.combined.scenarios.push_back(std::move(copy));
    const Scenario& after_copy = out.combined.scenarios.back();
    out.result = compare::compare_scenarios(before, after_copy,
                                            compare::propose_lineage(before, after_copy));
    return out;
}

// The analysis settings of the files: the scenario's partition (exporter::shown_settings) or
// --partition, --permutations and --threshold NAME=VALUE,... Returns a usage error or "".
std::string read_analysis_settings(const ParsedArgs& a, const Scenario& s,
                                   analytics::AnalysisSettings& settings) {
    settings = exporter::shown_settings(s, {});
    if (auto p = a.get("partition"); p && !p->empty())
        settings.partitions = {*p};
    if (auto p = a.get("permutations");
        p && (!parse_number(*p, settings.permutations) || settings.permutations < 0))
        return "--permutations needs a whole number >= 0";
    for (const auto& item : split_list(a.get_or("threshold", ""))) {
        const auto eq = item.find('=');
        double value = 0;
        const std::string number = eq == std::string::npos ? "" : item.substr(eq + 1);
        auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), value);
        if (eq == std::string::npos || ec != std::errc{} || end != number.data() + number.size())
            return "--threshold needs NAME=NUMBER, got '" + item + "'";
        if (std::string e = exporter::set_threshold(settings.thresholds, item.substr(0, eq), value);
            !e.empty())
            return "--threshold: " + e;
    }
    return {};
}

// `--template -o leeg.xlsx`: the empty workbook people fill in (no case needed).
int write_template(const ParsedArgs& a, const std::string& output, std::ostream& out,
                   std::ostream& err) {
    if (!a.positionals.empty() || output_extension(a, output) != ".xlsx") {
        err << "regiekaart export: --template writes an .xlsx workbook and takes no CASE\n";
        return kExitUsage;
    }
    std::string e;
    const std::string bytes = io::workbook_bytes(io::template_sheets(), e);
    if (!e.empty()) {
        err << "regiekaart export: " << e << '\n';
        return kExitFailure;
    }
    if (int rc = write_output(bytes, output, "export", out, err); rc != kExitOk)
        return rc;
    if (a.has("verbose") && !is_standard_output(output))
        out << "wrote " << output << " (template)\n";
    return kExitOk;
}

int run(const ParsedArgs& a, std::ostream& out, std::ostream& err) {
    const auto output = a.get("output");
    if (!output || output->empty()) {
        err << "regiekaart export: -o FILE is required (.svg .pdf .png .csv .md .xlsx .html)\n";
        return kExitUsage;
    }
    if (a.has("template"))
        return write_template(a, *output, out, err);
    if (a.positionals.empty()) {
        err << "regiekaart export: a CASE file is required (or --template)\n";
        return kExitUsage;
    }
    const std::string ext = output_extension(a, *output);
    const auto image = exporter::image_format_from_path(std::filesystem::path("out" + ext));
    const bool workbook = ext == ".xlsx";
    const bool table = ext == ".csv" || ext == ".md" || workbook;
    const bool html = ext == ".html" || ext == ".htm";
    if (!image && !table && !html) {
        err << "regiekaart export: unknown output format '" << ext
            << "' (use .svg, .pdf, .png, .csv, .md, .xlsx or .html; with -o - or a device, "
               "name it with --format)\n";
        return kExitUsage;
    }
    const bool two_files = a.has("compare-with");
    const auto chosen_view =
        read_choice(a, "export", "view", {"diagram", "compare", "report", "metrics", "diagnostics"},
                    two_files ? "compare"
                    : image   ? "diagram"
                    : table   ? "metrics"
                              : "report",
                    err);
    if (!chosen_view)
        return kExitUsage;
    const std::string view = *chosen_view;
    const bool compare_view = view == "compare";
    if (two_files && !compare_view) {
        err << "regiekaart export: --compare-with shows --view compare\n";
        return kExitUsage;
    }
    // A report: .html always; .pdf with --report or --view report.
    const bool pdf = image == exporter::ImageFormat::Pdf;
    const bool report = html || (pdf && (a.has("report") || view == "report"));
    if (a.has("report") && !html && !pdf) {
        err << "regiekaart export: --report writes .pdf or .html\n";
        return kExitUsage;
    }
    if (image && !report && view != "diagram" && !compare_view) {
        err << "regiekaart export: an image shows --view diagram or compare, not " << view << '\n';
        return kExitUsage;
    }
    if (table && (view == "diagram" || view == "report")) {
        err << "regiekaart export: a table shows --view metrics, diagnostics or compare\n";
        return kExitUsage;
    }
    const auto lang = read_choice(a, "export", "lang", {"nl", "en"}, "nl", err);
    if (!lang)
        return kExitUsage;
    double dpi = 150;
    if (auto d = a.get("dpi")) {
        auto [p, ec] = std::from_chars(d->data(), d->data() + d->size(), dpi);
        if (ec != std::errc{} || p != d->data() + d->size() || !(dpi >= 10 && dpi <= 1200)) {
            err << "regiekaart export: --dpi needs a number between 10 and 1200\n";
            return kExitUsage;
        }
    }
    const auto compare_style = read_choice(a, "export", "compare-style",
                                           {"side-by-side", "difference"}, "side-by-side", err);
    if (!compare_style)
        return kExitUsage;

    const io::ImportOptions input = import_options(a);
    const auto loaded = load_case(a.positionals[0], input, err);
    if (!loaded)
        return kExitFailure;
    const Case* cp = &*loaded;
    auto find = [&](const std::string& id) {
        return pick_scenario(*cp, id, 0, a.positionals[0], err);
    };
    const Scenario* scenario = pick_scenario(*cp, a.get("scenario"), 0, a.positionals[0], err);
    if (!scenario)
        return kExitFailure;

    exporter::DiagramStyle style = exporter::style_from_view(*scenario);
    style.lang = *lang == "nl" ? Language::Dutch : Language::English;
    style.legend = !a.has("no-legend");
    style.anonymise = a.has("anonymise");
    style.dpi = dpi;
    style.caption = a.get_or("caption", "");
    style.title = a.get_or("title", "");
    if (auto v = a.get("color-by"))
        style.color_by = *v;
    if (auto v = a.get("size-by"))
        style.size_by = *v;
    if (auto v = a.get("highlight"))
        style.highlight = split_list(*v);
    if (auto v = a.get("highlight-label"))
        style.highlight_label = *v;

    std::optional<compare::ComparisonResult> cmp;
    std::optional<TwoFileComparison> pair;
    if (compare_view && two_files) {
        const Scenario* before = a.has("before") ? find(*a.get("before")) : &cp->scenarios[0];
        if (!before)
            return kExitFailure;
        pair = compare_files(*cp, *before, *a.get("compare-with"), a.get("after"), input, err);
        if (!pair)
            return kExitFailure;
        if (pair->result.lineage_proposed)
            err << "note: actors of the two files matched by id and name (proposed, not "
                   "approved)\n";
        cmp = pair->result;
        cp = &pair->combined;
    } else if (compare_view) {
        if (cp->scenarios.size() < 2 && !(a.has("before") && a.has("after"))) {
            err << a.positionals[0] << ": error: a comparison needs two scenarios\n";
            return kExitFailure;
        }
        const Scenario* before = a.has("before") ? find(*a.get("before")) : &cp->scenarios[0];
        const Scenario* after = a.has("after") ? find(*a.get("after")) : &cp->scenarios[1];
        if (!before || !after)
            return kExitFailure;
        cmp = compare::compare_case(*cp, before->id, after->id);
    }
    const Case& c = *cp;
    if (cmp && style.anonymise)
        cmp = exporter::anonymise(*cmp, c, style.lang);
    // The analysis the files show, computed once with the flags (the partition as the scenario
    // shows it unless --partition names one) and passed to every exporter.
    analytics::AnalysisSettings settings;
    if (std::string problem = read_analysis_settings(a, *scenario, settings); !problem.empty()) {
        err << "regiekaart export: " << problem << '\n';
        return kExitUsage;
    }
    // A plain diagram sized by degree (counted by the drawing) or a comparison drawing needs none.
    const bool sized_by_metric = !style.size_by.empty() && style.size_by != "degree";
    const bool needs_analysis =
        (!compare_view && !image) || report || sized_by_metric || a.has("diagnostic");
    const analytics::AnalysisResult result =
        needs_analysis ? analytics::analyze(*scenario, settings) : analytics::AnalysisResult{};
    const exporter::Shown shown{c, *scenario, result};
    if (sized_by_metric)
        style.size_values = exporter::metric_values(result, style.size_by);
    if (auto id = a.get("diagnostic")) {
        // Highlight the actors a diagnostic names, with its title in the legend.
        bool found = false;
        for (const auto& f : result.diagnostics) {
            if (f.id != *id)
                continue;
            found = true;
            style.highlight.insert(style.highlight.end(), f.actors.begin(), f.actors.end());
            if (style.highlight_label.empty())
                style.highlight_label = style.lang == Language::Dutch ? f.title_nl : f.title_en;
        }
        if (!found) {
            err << "regiekaart export: no diagnostic '" << *id << "'; known:";
            for (const auto& f : result.diagnostics)
                err << ' ' << f.id;
            err << '\n';
            return kExitUsage;
        }
    }

    std::string bytes;
    std::vector<std::string> notes;
    if (report && pdf) {
        exporter::ReportOptions ro;
        ro.style = style;
        const auto r = compare_view ? exporter::pdf_comparison_report(c, *cmp, ro)
                                    : exporter::pdf_report(shown, ro);
        if (!r.ok) {
            err << "regiekaart export: " << r.error << '\n';
            return kExitFailure;
        }
        bytes = r.data;
        notes = r.notes;
    } else if (image) {
        const auto r = compare_view
                           ? exporter::render_comparison(c, *cmp,
                                                         *compare_style == "difference"
                                                             ? exporter::CompareView::Difference
                                                             : exporter::CompareView::SideBySide,
                                                         style, *image)
                           : exporter::render_diagram(c, *scenario, style, *image);
        if (!r.ok) {
            err << "regiekaart export: " << r.error << '\n';
            return kExitFailure;
        }
        bytes = r.data;
        notes = r.notes;
    } else if (workbook) {
        exporter::TableOptions to;
        to.lang = style.lang;
        to.anonymise = style.anonymise;
        const auto sheets = exporter::tables_workbook(shown, cmp ? &*cmp : nullptr, to);
        std::string e;
        bytes = io::workbook_bytes(sheets, e);
        if (!e.empty()) {
            err << "regiekaart export: " << e << '\n';
            return kExitFailure;
        }
    } else if (table) {
        exporter::TableOptions to;
        to.format = ext == ".csv" ? exporter::TableFormat::Csv : exporter::TableFormat::Markdown;
        to.bom = a.has("bom");
        to.lang = style.lang;
        to.anonymise = style.anonymise;
        bytes = compare_view        ? exporter::comparison_table(*cmp, to)
                : view == "metrics" ? exporter::metrics_table(shown, to)
                                    : exporter::diagnostics_table(shown, to);
    } else {
        exporter::ReportOptions ro;
        ro.style = style;
        bytes = compare_view ? exporter::html_comparison_report(c, *cmp, ro)
                             : exporter::html_report(shown, ro);
    }
    for (const auto& n : notes)
        err << "note: " << n << '\n';
    if (int rc = write_output(bytes, *output, "export", out, err); rc != kExitOk)
        return rc;
    if (a.has("verbose") && !is_standard_output(*output))
        out << "wrote " << *output << " (" << bytes.size() << " bytes)\n";
    return kExitOk;
}

CommandSpec spec() {
    CommandSpec s;
    s.name = "export";
    s.summary = "export a diagram (svg/pdf/png), tables (csv/md/xlsx) or a report (pdf/html)";
    s.usage =
        "CASE -o FILE [--scenario S] [--view diagram|compare|report|metrics|diagnostics]"
        " [--report] [--compare-with CASE2] [--legend] [--anonymise] [--dpi N]"
        " [--lang nl|en] [--caption TEXT] | --template -o FILE.xlsx";
    s.description =
        "The format follows the extension of FILE: .svg .pdf .png (diagram, or with --view\n"
        "compare a before/after diagram), .csv .md (metrics, diagnostics or comparison table)\n"
        "and .html (a self-contained report); .pdf with --report is a multi-page PDF report.\n"
        ".xlsx writes every table as a workbook (Actoren, Relaties, metrics, indices,\n"
        "diagnostics, and the comparison with --view compare or --compare-with); it reads\n"
        "back as a case. --template -o leeg.xlsx writes the empty workbook to fill in.\n"
        "--compare-with CASE2 compares the first scenario of CASE with that of CASE2 (as\n"
        "`regiekaart compare A B`). Diagrams use the scenario's stored positions and view\n"
        "settings; a scenario without positions is laid out first. Tables and reports show\n"
        "one analysis, computed with --partition, --permutations and --threshold, and state\n"
        "those settings. Files are written atomically; -o - writes to standard output and a\n"
        "device such as /dev/null is written in place (name the format with --format there).";
    s.options = with_input_options({
        {"output", 'o', true, "FILE",
         "output file; the extension decides the format (- = standard output)"},
        {"format", 0, true, "EXT",
         "svg, pdf, png, csv, md, xlsx or html (default: the extension of FILE)"},
        {"scenario", 's', true, "S", "scenario id (default: the first)"},
        {"view", 0, true, "VIEW", "diagram, compare, report, metrics or diagnostics"},
        {"before", 0, true, "S1", "compare: the before scenario (default: the first)"},
        {"after", 0, true, "S2",
         "compare: the after scenario (default: the second, or the "
         "first of --compare-with)"},
        {"compare-with", 0, true, "CASE2", "compare with the after scenario in another file"},
        {"compare-style", 0, true, "STYLE", "compare image: side-by-side (default) or difference"},
        {"report", 0, false, "", "a .pdf report (diagram, legend, diagnostics, metrics)"},
        {"legend", 0, false, "", "draw the legend (the default)"},
        {"no-legend", 0, false, "", "leave the legend out"},
        {"anonymise", 0, false, "", "replace names by role, type and number"},
        {"dpi", 0, true, "N", "PNG resolution (default 150)"},
        {"lang", 0, true, "nl|en", "language of labels and explanations (default nl)"},
        {"title", 0, true, "TEXT", "title (default: the case title)"},
        {"caption", 0, true, "TEXT", "caption under the diagram"},
        {"color-by", 0, true, "ATTR", "bestuurslaag (default), type, sector, koker, group, none"},
        {"size-by", 0, true, "METRIC", "node size by degree, betweenness, pagerank, ..."},
        {"highlight", 0, true, "IDS", "comma-separated actor ids to highlight"},
        {"highlight-label", 0, true, "TEXT", "legend text for the highlighted actors"},
        {"diagnostic", 0, true, "ID", "highlight the actors of a diagnostic (e.g. eilandenrijk)"},
        {"bom", 0, false, "", "CSV: start with a UTF-8 byte order mark (for Excel)"},
        {"partition", 0, true, "ATTR",
         "partition for verkokering (default: the scenario's view setting, else koker)"},
        {"permutations", 0, true, "N", "permutations of the E-I test (default 999)"},
        {"threshold", 0, true, "NAME=V,...",
         "diagnostic thresholds, e.g. eilandenrijk_fragmentation=0.35 (docs/analytics.md)"},
        {"template", 0, false, "", "write the empty Actoren/Relaties workbook (-o FILE.xlsx)"},
        {"verbose", 'v', false, "", "say what was written"},
    });
    s.min_positionals = 0;
    s.max_positionals = 1;
    s.run = run;
    return s;
}

static CommandRegistration reg{spec()};

}  // namespace
}  // namespace rk::cli

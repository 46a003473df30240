// One self-contained HTML report per case or comparison: inline SVG, inline CSS, no
// scripts and no external resources, so it can be mailed, archived and printed as is.
#include <algorithm>
#include <cmath>

#include "analytics/analysis.hpp"
#include "compare/compare_format.hpp"
#include "export/diagram_graph.hpp"
#include "export/report_sections.hpp"
#include "export/report_text.hpp"
#include "export/scenario_diagram.hpp"

namespace rk::exporter {

namespace {

using detail::escape_html;
using detail::tr;

const char* kCss = R"(
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1a1a1a;
       max-width: 1100px; margin: 2em auto; padding: 0 1.5em; line-height: 1.45; }
h1 { font-size: 1.7em; margin-bottom: 0.1em; }
h2 { font-size: 1.25em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 1.8em; }
h3 { font-size: 1.05em; margin-bottom: 0.2em; }
.meta { color: #555; margin-top: 0; }
figure { margin: 1em 0; } figure svg { max-width: 100%; height: auto; }
figcaption { color: #444; font-size: 0.9em; }
table { border-collapse: collapse; margin: 0.6em 0; font-size: 0.92em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; vertical-align: top; }
th { background: #f0f0f0; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.flag { display: inline-block; padding: 0 0.5em; border-radius: 0.6em; font-size: 0.85em; }
.flag.yes { background: #E69F00; color: #000; } .flag.no { background: #d9ead3; }
.flag.na { background: #eee; color: #555; }
.diag { border-left: 4px solid #ccc; padding: 0.2em 0.8em; margin: 0.8em 0; }
.diag.yes { border-left-color: #E69F00; }
.small { font-size: 0.85em; color: #555; }
@media print { body { max-width: none; } h2 { page-break-after: avoid; } figure { page-break-inside: avoid; } }
)";

// Graphviz SVG without its XML prolog, so it can sit inside HTML.
std::string inline_svg(const std::string& svg) {
    const auto start = svg.find("<svg");
    return start == std::string::npos ? std::string() : svg.substr(start);
}

std::string figure(const detail::DGraph& g, const std::string& caption,
                   std::vector<std::string>& notes) {
    auto r = detail::render_dot(detail::to_dot(g), ImageFormat::Svg, 72);
    if (!r.ok) {
        notes.push_back(r.error);
        return "<p class=\"small\">" + escape_html(r.error) + "</p>\n";
    }
    std::string out = "<figure>\n" + inline_svg(r.data);
    if (!caption.empty())
        out += "<figcaption>" + escape_html(caption) + "</figcaption>\n";
    return out + "</figure>\n";
}

std::string head(const std::string& title, Language L) {
    return std::string("<!DOCTYPE html>\n<html lang=\"") + (L == Language::Dutch ? "nl" : "en") +
           "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
           "content=\"width=device-width, initial-scale=1\">\n<title>" +
           escape_html(title) + "</title>\n<style>" + kCss + "</style>\n</head>\n<body>\n";
}

std::string num_cell(double v, Language L) {
    return "<td class=\"num\">" + escape_html(compare::format_number(v, L)) + "</td>";
}

std::string table_html(const Rows& rows, const std::vector<bool>& numeric) {
    std::string out = "<table>\n<tr>";
    for (const auto& h : rows.front())
        out += "<th>" + escape_html(h) + "</th>";
    out += "</tr>\n";
    for (std::size_t r = 1; r < rows.size(); ++r) {
        out += "<tr>";
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            out += (c < numeric.size() && numeric[c] ? "<td class=\"num\">" : "<td>") +
                   escape_html(rows[r][c]) + "</td>";
        out += "</tr>\n";
    }
    return out + "</table>\n";
}

const char* flag_class(detail::FindingFlag f) {
    return f == detail::FindingFlag::Flagged      ? "yes"
           : f == detail::FindingFlag::NotFlagged ? "no"
                                                  : "na";
}

std::string block_html(const detail::ReportBlock& b, Language L, std::vector<std::string>& notes) {
    using Kind = detail::ReportBlock::Kind;
    switch (b.kind) {
        case Kind::Paragraph:
            return "<p>" + (b.lead.empty() ? "" : "<b>" + escape_html(b.lead) + "</b>") +
                   escape_html(b.text) + "</p>\n";
        case Kind::Note:
            return "<p class=\"small\">" + escape_html(b.text) + "</p>\n";
        case Kind::Bullets: {
            std::string out = "<ul class=\"small\">\n";
            for (const auto& item : b.items)
                out += "<li>" + escape_html(item) + "</li>\n";
            return out + "</ul>\n";
        }
        case Kind::Table:
            return table_html(b.rows, b.numeric);
        case Kind::Figure:
            return figure(b.figure, b.text, notes);
        case Kind::Finding: {
            const std::string cls = flag_class(b.flag);
            std::string out = "<div class=\"diag " + cls + "\">\n<h3>" + escape_html(b.text) +
                              " <span class=\"flag " + cls + "\">" +
                              escape_html(detail::flag_text(b.flag, L)) + "</span></h3>\n";
            for (const auto& inner : b.body)
                out += block_html(inner, L, notes);
            return out + "</div>\n";
        }
    }
    return "";
}

}  // namespace

std::string html_report(const Shown& shown, const ReportOptions& o, Progress* progress) {
    const Language L = o.style.lang;
    const detail::ScenarioReport r = detail::scenario_report(shown, o, progress);
    std::vector<std::string> notes;
    std::string out = head(r.title, L);
    out += "<h1>" + escape_html(r.title) + "</h1>\n<p class=\"meta\">" + escape_html(r.meta) +
           "</p>\n";
    for (const auto& b : r.intro)
        out += block_html(b, L, notes);
    for (const auto& section : r.sections) {
        const std::string h = section.level == 2 ? "h2" : "h3";
        out += "<section id=\"" + section.id + "\">\n<" + h + ">" + escape_html(section.heading) +
               "</" + h + ">\n";
        for (const auto& b : section.blocks)
            out += block_html(b, L, notes);
        out += "</section>\n";
    }
    return out + "<p class=\"small\">" + escape_html(r.closing) + "</p>\n</body>\n</html>\n";
}

std::string html_comparison_report(const Case& c, const compare::ComparisonResult& r,
                                   const ReportOptions& o, Progress* progress) {
    const Language L = o.style.lang;
    const Scenario* before = c.find_scenario(r.before_id);
    const Scenario* after = c.find_scenario(r.after_id);
    const bool anon = o.style.anonymise;
    std::string title = o.style.title.empty() ? c.title : o.style.title;
    if (anon && after)
        title = anonymise_text(title, *after, L);
    if (anon && before)
        title = anonymise_text(title, *before, L);
    std::vector<std::string> notes;
    std::string out = head(title, L);
    out += "<h1>" + escape_html(title) + "</h1>\n<p class=\"meta\">" +
           tr(L, "Vergelijking: ", "Comparison: ") + escape_html(r.before_name) + " → " +
           escape_html(r.after_name) + "</p>\n";
    if (r.lineage_proposed)
        out += "<p><b>" +
               tr(L,
                  "Let op: de koppeling van actoren tussen de scenario's is voorgesteld (op id "
                  "en naam), niet vastgesteld.",
                  "Note: the matching of actors between the scenarios is proposed (by id and "
                  "name), not approved.") +
               "</b></p>\n";
    if (before && after) {
        DiagramStyle st = o.style;
        auto sbs = detail::side_by_side(c, r, *before, *after, st, notes, progress);
        sbs.title.clear();
        sbs.subtitle.clear();
        sbs.table.clear();
        sbs.caption.clear();
        out +=
            "<h2>" + tr(L, "Voor en na", "Before and after") + "</h2>\n" +
            figure(sbs, anon ? anonymise_text(o.style.caption, *after, L) : o.style.caption, notes);
        auto diff = detail::difference(c, r, *before, *after, st, notes, progress);
        diff.title.clear();
        diff.subtitle.clear();
        diff.table.clear();
        diff.caption.clear();
        out +=
            "<h2>" + tr(L, "Verschil", "Difference") + "</h2>\n" +
            figure(
                diff,
                tr(L,
                   "Grijs: blijvende relatie; blauw, dik: nieuwe relatie; oranje, gestreept: "
                   "vervallen relatie. Fusies en splitsingen staan als één knoop met hun herkomst.",
                   "Grey: persisting tie; blue, bold: added tie; orange, dashed: removed "
                   "tie. Mergers and splits are one node with their origin."),
                notes);
    }
    out += "<h2>" + tr(L, "Verschillen per laag", "Differences per layer") +
           "</h2>\n<table>\n<tr><th>" + tr(L, "laag", "layer") + "</th><th>" +
           tr(L, "voor", "before") + "</th><th>" + tr(L, "na", "after") + "</th><th>" +
           tr(L, "blijvend", "persisting") + "</th><th>" + tr(L, "nieuw", "added") + "</th><th>" +
           tr(L, "vervallen", "removed") + "</th><th>" + tr(L, "geïnternaliseerd", "internalised") +
           "</th><th>Jaccard</th><th>Hamming</th><th>QAP r</th><th>QAP p</th></tr>\n";
    for (const auto& d : r.distances) {
        std::string scope = d.scope == "overall" ? tr(L, "totaal", "overall") : d.scope;
        if (auto layer = from_token<Layer>(d.scope))
            scope = std::string(label(*layer, L));
        out += "<tr><td>" + escape_html(scope) + "</td>" +
               num_cell(static_cast<double>(d.before_ties), L) +
               num_cell(static_cast<double>(d.after_ties), L) +
               num_cell(static_cast<double>(d.persisting), L) +
               num_cell(static_cast<double>(d.added), L) +
               num_cell(static_cast<double>(d.removed), L) +
               num_cell(static_cast<double>(d.internalised), L) + num_cell(d.jaccard, L) +
               num_cell(static_cast<double>(d.hamming), L) + num_cell(d.qap_r, L) +
               num_cell(d.qap_p, L) + "</tr>\n";
    }
    out += "</table>\n";
    out += "<h2>" + tr(L, "Indices voor / na", "Indices before / after") +
           "</h2>\n<table>\n<tr><th>" + tr(L, "index", "index") + "</th><th>" +
           tr(L, "voor", "before") + "</th><th>" + tr(L, "na", "after") +
           "</th><th>delta</th></tr>\n";
    for (const auto& row : r.indices)
        out += "<tr><td>" + escape_html(row.label_in(L)) + "</td>" + num_cell(row.before, L) +
               num_cell(row.after, L) + num_cell(row.delta, L) + "</tr>\n";
    out += "</table>\n";
    if (!r.ranks.empty()) {
        out += "<h2>" +
               tr(L, "Rangverschuiving centrale actoren", "Rank changes of central actors") + " (" +
               escape_html(r.rank_metric) + ")</h2>\n<table>\n<tr><th>" + tr(L, "actor", "actor") +
               "</th><th>" + tr(L, "rang voor", "rank before") + "</th><th>" +
               tr(L, "rang na", "rank after") + "</th></tr>\n";
        for (const auto& rc : r.ranks) {
            std::string label = rc.label;
            if (anon && after)
                label = anonymise_text(label, *after, L);
            if (anon && before)
                label = anonymise_text(label, *before, L);
            out += "<tr><td>" + escape_html(label) + "</td><td class=\"num\">" +
                   (rc.before_rank ? std::to_string(*rc.before_rank) : "–") +
                   "</td><td class=\"num\">" +
                   (rc.after_rank ? std::to_string(*rc.after_rank) : "–") + "</td></tr>\n";
        }
        out += "</table>\n";
    }
    out += "<details><summary>" +
           tr(L, "Conventies van de vergelijking", "Conventions of the comparison") +
           "</summary>\n<ul class=\"small\">\n";
    for (const auto& cv : r.conventions)
        out += "<li>" + escape_html(cv) + "</li>\n";
    out += "</ul>\n</details>\n<p class=\"small\">" +
           tr(L, "Gemaakt met Regiekaart.", "Made with Regiekaart.") + "</p>\n</body>\n</html>\n";
    return out;
}

}  // namespace rk::exporter

// One self-contained HTML report per case or comparison: inline SVG, inline CSS, no
// scripts and no external resources, so it can be mailed, archived and printed as is.
#include <algorithm>
#include <cmath>

#include "analytics/analysis.hpp"
#include "compare/compare_format.hpp"
#include "export/diagram_graph.hpp"
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

std::string metrics_section(const analytics::AnalysisResult& a, Language L) {
    const auto idx = compare::index_map(a);
    std::string out = "<table>\n<tr><th>" + tr(L, "maat", "measure") + "</th><th>" +
                      tr(L, "waarde", "value") + "</th><th>" + tr(L, "betekenis", "meaning") +
                      "</th></tr>\n";
    for (const auto& k : detail::key_metrics()) {
        auto it = idx.values.find(k.key);
        if (it == idx.values.end())
            continue;
        out += "<tr><td>" + escape_html(L == Language::Dutch ? k.nl : k.en) + "</td>" +
               num_cell(it->second, L) + "<td class=\"small\">" +
               escape_html(L == Language::Dutch ? k.why_nl : k.why_en) + "</td></tr>\n";
    }
    return out + "</table>\n";
}

std::string central_actors(const analytics::AnalysisResult& a, const Scenario& s, Language L) {
    const auto* col = a.actors.column("betweenness");
    if (!col)
        return "";
    std::vector<std::pair<double, std::size_t>> order;
    for (std::size_t i = 0; i < col->size(); ++i)
        if (std::isfinite((*col)[i]))
            order.emplace_back((*col)[i], i);
    std::stable_sort(order.begin(), order.end(),
                     [](const auto& x, const auto& y) { return x.first > y.first; });
    if (order.size() > 10)
        order.resize(10);
    std::string out = "<table>\n<tr><th>#</th><th>" + tr(L, "actor", "actor") +
                      "</th><th>betweenness</th><th>degree</th></tr>\n";
    int rank = 0;
    for (const auto& [v, i] : order) {
        const Actor* act = s.find_actor(a.actors.actor_ids[i]);
        out += "<tr><td class=\"num\">" + std::to_string(++rank) + "</td><td>" +
               escape_html(act ? act->name : a.actors.actor_ids[i]) + "</td>" + num_cell(v, L) +
               num_cell(a.actors.get(a.actors.actor_ids[i], "degree"), L) + "</tr>\n";
    }
    return out + "</table>\n";
}

std::string diagnostics_section(const analytics::AnalysisResult& a, const Scenario& s, Language L) {
    const bool nl = L == Language::Dutch;
    std::string out;
    // Flagged first: that is what the reader came for.
    std::vector<const analytics::Finding*> fs;
    for (const auto& f : a.diagnostics)
        fs.push_back(&f);
    std::stable_sort(fs.begin(), fs.end(),
                     [](const auto* x, const auto* y) { return x->flagged > y->flagged; });
    for (const auto* f : fs) {
        const std::string cls = !f->applicable ? "na" : f->flagged ? "yes" : "no";
        const std::string flag = !f->applicable ? tr(L, "niet te bepalen", "not applicable")
                                 : f->flagged   ? tr(L, "gesignaleerd", "flagged")
                                                : tr(L, "niet gesignaleerd", "not flagged");
        std::string title = nl ? f->title_nl : f->title_en;
        if (title.empty())
            title = f->id;
        if (!f->subject.empty())
            title += " (" + f->subject + ")";
        out += "<div class=\"diag " + cls + "\">\n<h3>" + escape_html(title) +
               " <span class=\"flag " + cls + "\">" + escape_html(flag) + "</span></h3>\n";
        const std::string expl = detail::diagnostic_explanation(f->id, L);
        if (!expl.empty())
            out += "<p>" + escape_html(expl) + "</p>\n";
        const std::string& summary = nl ? f->summary_nl : f->summary_en;
        if (!summary.empty())
            out += "<p><b>" + tr(L, "Bevinding: ", "Finding: ") + "</b>" + escape_html(summary) +
                   "</p>\n";
        const std::string& rule = nl ? f->rule_nl : f->rule_en;
        if (!rule.empty())
            out +=
                "<p class=\"small\">" + tr(L, "Regel: ", "Rule: ") + escape_html(rule) + "</p>\n";
        if (!f->numbers.empty()) {
            out += "<p class=\"small\">";
            bool first = true;
            for (const auto& [k, v] : f->numbers) {
                out += (first ? "" : " · ") + escape_html(k) + " = " +
                       escape_html(compare::format_number(v, L));
                first = false;
            }
            out += "</p>\n";
        }
        if (!f->actors.empty()) {
            out += "<p class=\"small\">" + tr(L, "Betrokken actoren: ", "Actors involved: ");
            for (std::size_t i = 0; i < f->actors.size(); ++i) {
                const Actor* act = s.find_actor(f->actors[i]);
                out += (i ? ", " : "") + escape_html(act ? act->name : f->actors[i]);
            }
            out += "</p>\n";
        }
        out += "</div>\n";
    }
    out += "<p class=\"small\">" +
           tr(L,
              "Diagnoses zijn hulpmiddelen voor het gesprek, geen oordelen: de drempels zijn "
              "instelbaar en de cijfers staan erbij.",
              "Diagnostics are aids to a conversation, not verdicts: the thresholds can be changed "
              "and the numbers are shown.") +
           "</p>\n";
    return out;
}

std::string conventions(const std::map<std::string, std::string>& conv, Language L) {
    if (conv.empty())
        return "";
    std::string out = "<details><summary>" +
                      tr(L, "Conventies van de berekening", "Conventions of the computation") +
                      "</summary>\n<ul class=\"small\">\n";
    for (const auto& [k, v] : conv)
        out += "<li><b>" + escape_html(k) + "</b>: " + escape_html(v) + "</li>\n";
    return out + "</ul>\n</details>\n";
}

}  // namespace

std::string html_report(const Case& c, const Scenario& original, const ReportOptions& o,
                        Progress* progress) {
    const Language L = o.style.lang;
    const bool anon = o.style.anonymise;
    const Scenario s = anon ? anonymise(original, L) : original;
    auto scrub = [&](const std::string& t) { return anon ? anonymise_text(t, original, L) : t; };
    const std::string title = scrub(o.style.title.empty() ? c.title : o.style.title);
    std::vector<std::string> notes;

    std::string out = head(title, L);
    out += "<h1>" + escape_html(title) + "</h1>\n<p class=\"meta\">" +
           escape_html(s.name.empty() ? s.id : s.name) +
           (s.date.empty() ? "" : " · " + escape_html(s.date)) +
           (c.domain.empty() ? "" : " · " + escape_html(c.domain)) + "</p>\n";
    if (!c.description.empty())
        out += "<p>" + escape_html(scrub(c.description)) + "</p>\n";
    if (!s.description.empty())
        out += "<p>" + escape_html(s.description) + "</p>\n";
    if (!c.goal.text.empty())
        out += "<p><b>" + tr(L, "Opgave: ", "Goal: ") + "</b>" + escape_html(scrub(c.goal.text)) +
               "</p>\n";

    out += "<h2>" + tr(L, "Netwerkkaart", "Network map") + "</h2>\n";
    DiagramStyle st = o.style;
    st.title.clear();  // the page has the title already
    const auto g = detail::build_scenario_graph(c, original, st, notes, progress);
    auto plain = g;
    plain.title.clear();
    plain.subtitle.clear();
    plain.caption.clear();
    out += figure(plain, scrub(o.style.caption), notes);

    const auto& r = s.regie;
    if (!r.regisseur.empty() || !r.netwerk.empty() || !r.opgave.empty() || !r.middelen.empty()) {
        out += "<h2>" + tr(L, "Regie in vier elementen", "Regie in four elements") +
               "</h2>\n<table>\n";
        const std::pair<const char*, const std::string*> rows[] = {
            {L == Language::Dutch ? "Wie regisseert?" : "Who directs?", &r.regisseur},
            {L == Language::Dutch ? "Wie worden geregisseerd?" : "Who is directed?", &r.netwerk},
            {L == Language::Dutch ? "Waarvoor (opgave)?" : "For what (goal)?", &r.opgave},
            {L == Language::Dutch ? "Waarmee (middelen)?" : "By what means?", &r.middelen}};
        for (const auto& [q, a] : rows)
            if (!a->empty())
                out += "<tr><th>" + escape_html(q) + "</th><td>" + escape_html(*a) + "</td></tr>\n";
        out += "</table>\n";
    }

    if (o.include_metrics || o.include_diagnostics) {
        const auto a = analytics::analyze(s, {}, progress);
        if (o.include_diagnostics) {
            out += "<h2>" + tr(L, "Diagnoses", "Diagnostics") + "</h2>\n";
            out += diagnostics_section(a, s, L);
        }
        if (o.include_metrics) {
            out += "<h2>" + tr(L, "Kerncijfers", "Key metrics") + "</h2>\n" + metrics_section(a, L);
            out += "<h3>" + tr(L, "Meest centrale actoren", "Most central actors") + "</h3>\n" +
                   central_actors(a, s, L);
            out += conventions(a.conventions, L);
        }
    }
    out += "<p class=\"small\">" + tr(L, "Gemaakt met Regiekaart.", "Made with Regiekaart.") +
           (anon ? tr(L, " Namen zijn geanonimiseerd.", " Names are anonymised.") : std::string()) +
           "</p>\n</body>\n</html>\n";
    return out;
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

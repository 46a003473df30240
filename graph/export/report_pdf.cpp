// The one-file PDF report per case or comparison: the same content as the HTML report
// (report.cpp), laid out on A4 pages with the diagrams as vector drawings.
#include <algorithm>
#include <cmath>
#include <optional>

#include "analytics/analysis.hpp"
#include "analytics/dilemma_portfolio.hpp"
#include "compare/compare_format.hpp"
#include "export/diagram_graph.hpp"
#include "export/pdf_pages.hpp"
#include "export/report_text.hpp"
#include "export/scenario_diagram.hpp"

namespace rk::exporter {

namespace {

using detail::PdfPages;
using detail::tr;
using Style = PdfPages::Style;

std::string esc(const std::string& s) {
    return PdfPages::markup_escape(s);
}
std::string num(double v, Language L) {
    return compare::format_number(v, L);
}

// A drawing without its own title (the page has it) as a figure on its own page.
void figure(PdfPages& doc, detail::DGraph g, const std::string& caption,
            std::vector<std::string>& notes) {
    g.title.clear();
    g.subtitle.clear();
    g.caption.clear();
    g.table.clear();
    auto r = detail::render_dot(detail::to_dot(g), ImageFormat::Svg, 72);
    std::string error;
    if (!r.ok || !doc.figure(r.data, caption.empty() ? "" : esc(caption), error)) {
        notes.push_back(r.ok ? error : r.error);
        doc.paragraph(esc(r.ok ? error : r.error), Style::Small, 0, "#B00000");
    }
}

void header(PdfPages& doc, const std::string& title, const std::string& meta) {
    doc.paragraph(esc(title), Style::Title);
    doc.paragraph(esc(meta), Style::Meta, 0, "#555555");
}

void diagnostics(PdfPages& doc, const analytics::AnalysisResult& a, const Scenario& s, Language L) {
    const bool nl = L == Language::Dutch;
    doc.paragraph(esc(tr(L, "Diagnoses", "Diagnostics")), Style::Heading);
    std::vector<const analytics::Finding*> fs;
    for (const auto& f : a.diagnostics)
        fs.push_back(&f);
    // Flagged first: that is what the reader came for.
    std::stable_sort(fs.begin(), fs.end(),
                     [](const auto* x, const auto* y) { return x->flagged > y->flagged; });
    for (const auto* f : fs) {
        const std::string flag = !f->applicable ? tr(L, "niet te bepalen", "not applicable")
                                 : f->flagged   ? tr(L, "gesignaleerd", "flagged")
                                                : tr(L, "niet gesignaleerd", "not flagged");
        const std::string color = !f->applicable ? "#777777" : f->flagged ? "#B25E00" : "#2E7D32";
        std::string title = nl ? f->title_nl : f->title_en;
        if (title.empty())
            title = f->id;
        if (!f->subject.empty())
            title += " (" + f->subject + ")";
        doc.paragraph(esc(title) + "  <span weight=\"normal\" foreground=\"" + color +
                          "\">\u25CF " + esc(flag) + "</span>",
                      Style::Subheading);
        if (const auto expl = detail::diagnostic_explanation(f->id, L); !expl.empty())
            doc.paragraph(esc(expl), Style::Body, 12);
        if (const auto& summary = nl ? f->summary_nl : f->summary_en; !summary.empty())
            doc.paragraph("<b>" + esc(tr(L, "Bevinding: ", "Finding: ")) + "</b>" + esc(summary),
                          Style::Body, 12);
        if (const auto& rule = nl ? f->rule_nl : f->rule_en; !rule.empty())
            doc.paragraph(esc(tr(L, "Regel: ", "Rule: ") + rule), Style::Small, 12, "#555555");
        for (const auto& d : nl ? f->details_nl : f->details_en)
            doc.paragraph("\u2022 " + esc(d), Style::Small, 18, "#555555");
        if (f->evidence.items > 0)
            doc.paragraph(
                esc(tr(L, "Bewijs dat modelkeuze is: ", "Evidence that is a modelling choice: ") +
                    std::to_string(f->evidence.inferred) + " / " +
                    std::to_string(f->evidence.items)),
                Style::Small, 12, "#555555");
        if (!f->numbers.empty()) {
            std::string line;
            for (const auto& [k, v] : f->numbers)
                line += (line.empty() ? "" : " \u00b7 ") + k + " = " + num(v, L);
            doc.paragraph(esc(line), Style::Small, 12, "#555555");
        }
        if (!f->actors.empty()) {
            std::string line = tr(L, "Betrokken actoren: ", "Actors involved: ");
            for (std::size_t i = 0; i < f->actors.size(); ++i) {
                const Actor* act = s.find_actor(f->actors[i]);
                line += (i ? ", " : "") + (act ? act->name : f->actors[i]);
            }
            doc.paragraph(esc(line), Style::Small, 12, "#555555");
        }
    }
    doc.paragraph(esc(tr(L,
                         "Diagnoses zijn hulpmiddelen voor het gesprek, geen oordelen: de drempels "
                         "zijn instelbaar en de cijfers staan erbij.",
                         "Diagnostics are aids to a conversation, not verdicts: the thresholds can "
                         "be changed and the numbers are shown.")),
                  Style::Small, 0, "#555555");
}

void key_metrics(PdfPages& doc, const analytics::AnalysisResult& a, const Scenario& s, Language L) {
    const bool nl = L == Language::Dutch;
    doc.paragraph(esc(tr(L, "Kerncijfers", "Key metrics")), Style::Heading);
    const auto idx = compare::index_map(a);
    std::vector<std::vector<std::string>> rows{
        {tr(L, "maat", "measure"), tr(L, "waarde", "value"), tr(L, "betekenis", "meaning")}};
    for (const auto& k : detail::key_metrics())
        if (auto it = idx.values.find(k.key); it != idx.values.end())
            rows.push_back({nl ? k.nl : k.en, num(it->second, L), nl ? k.why_nl : k.why_en});
    doc.table(rows, {false, true, false});

    const auto* col = a.actors.column("betweenness");
    if (!col)
        return;
    std::vector<std::pair<double, std::size_t>> order;
    for (std::size_t i = 0; i < col->size(); ++i)
        if (std::isfinite((*col)[i]))
            order.emplace_back((*col)[i], i);
    std::stable_sort(order.begin(), order.end(),
                     [](const auto& x, const auto& y) { return x.first > y.first; });
    if (order.size() > 10)
        order.resize(10);
    doc.paragraph(esc(tr(L, "Meest centrale actoren", "Most central actors")), Style::Subheading);
    std::vector<std::vector<std::string>> central{
        {"#", tr(L, "actor", "actor"), "betweenness", "degree"}};
    int rank = 0;
    for (const auto& [v, i] : order) {
        const std::string& id = a.actors.actor_ids[i];
        const Actor* act = s.find_actor(id);
        central.push_back({std::to_string(++rank), act ? act->name : id, num(v, L),
                           num(a.actors.get(id, "degree"), L)});
    }
    doc.table(central, {true, false, true, true});
}

void regie_elements(PdfPages& doc, const Scenario& s, Language L) {
    const auto& r = s.regie;
    if (r.regisseur.empty() && r.netwerk.empty() && r.opgave.empty() && r.middelen.empty())
        return;
    doc.paragraph(esc(tr(L, "Regie in vier elementen", "Regie in four elements")), Style::Heading);
    std::vector<std::vector<std::string>> rows{
        {tr(L, "vraag", "question"), tr(L, "antwoord", "answer")}};
    const std::pair<std::string, const std::string*> qs[] = {
        {tr(L, "Wie regisseert?", "Who directs?"), &r.regisseur},
        {tr(L, "Wie worden geregisseerd?", "Who is directed?"), &r.netwerk},
        {tr(L, "Waarvoor (opgave)?", "For what (goal)?"), &r.opgave},
        {tr(L, "Waarmee (middelen)?", "By what means?"), &r.middelen}};
    for (const auto& [q, a] : qs)
        if (!a->empty())
            rows.push_back({q, *a});
    doc.table(rows, {false, false});
}

// The case's position on each of the eight dilemmas (one column per scenario), with the
// evidence and its basis: the same portfolio `regiekaart dilemmas` shows across cases.
template <typename Scrub>
void dilemmas(PdfPages& doc, const Case& c, Language L, const Scrub& scrub) {
    const auto p = analytics::build_portfolio({{c.id, &c}});
    bool any = false;
    for (const auto& col : p.columns)
        for (const auto& cell : col.cells)
            any = any || cell.recorded;
    if (!any)
        return;
    const bool nl = L == Language::Dutch;
    doc.paragraph(esc(tr(L, "Dilemma's van regie", "Dilemmas of regie")), Style::Heading);
    std::vector<std::vector<std::string>> rows{
        {tr(L, "dilemma (pool A / pool B)", "dilemma (pole A / pole B)")}};
    for (const auto& col : p.columns)
        rows[0].push_back(col.scenario_name.empty() ? col.scenario_id : col.scenario_name);
    for (int d = 0; d < kDilemmaCount; ++d) {
        const auto& poles = dilemma_poles(static_cast<Dilemma>(d));
        rows.push_back({std::to_string(d + 1) + ". " +
                        std::string(nl ? poles.pole_a_nl : poles.pole_a_en) + " / " +
                        std::string(nl ? poles.pole_b_nl : poles.pole_b_en)});
        for (const auto& col : p.columns)
            rows.back().push_back(analytics::portfolio_cell_text(col.cells[d], L));
    }
    doc.table(rows, std::vector<bool>(rows[0].size(), false));
    for (const auto& col : p.columns)
        for (int d = 0; d < kDilemmaCount; ++d) {
            const auto& cell = col.cells[d];
            if (!cell.recorded || cell.evidence.empty())
                continue;
            std::string line = std::to_string(d + 1) +
                               (p.columns.size() > 1 ? " (" + col.scenario_id + ")" : "") + ": " +
                               scrub(cell.evidence);
            if (cell.basis != EvidenceBasis::Unknown)
                line += " [" + std::string(label(cell.basis, L)) + "]";
            doc.paragraph(esc(line), Style::Small, 12, "#444444");
        }
}

void closing(PdfPages& doc, const std::vector<std::string>& conventions, bool anon, Language L) {
    if (!conventions.empty()) {
        doc.paragraph(esc(tr(L, "Conventies van de berekening", "Conventions of the computation")),
                      Style::Subheading);
        for (const auto& c : conventions)
            doc.paragraph("\u2022 " + esc(c), Style::Small, 6, "#444444");
    }
    doc.paragraph(esc(tr(L, "Gemaakt met Regiekaart.", "Made with Regiekaart.") +
                      (anon ? tr(L, " Namen zijn geanonimiseerd.", " Names are anonymised.")
                            : std::string())),
                  Style::Small, 0, "#555555");
}

RenderResult finish(PdfPages& doc, std::vector<std::string> notes) {
    RenderResult out;
    out.data = doc.finish(out.error);
    out.ok = !out.data.empty();
    out.notes = std::move(notes);
    return out;
}

}  // namespace

RenderResult pdf_report(const Case& c, const Scenario& original, const ReportOptions& o,
                        Progress* progress) {
    const Language L = o.style.lang;
    const bool anon = o.style.anonymise;
    const Scenario s = anon ? anonymise(original, L) : original;
    auto scrub = [&](const std::string& t) { return anon ? anonymise_text(t, original, L) : t; };
    const std::string title = scrub(o.style.title.empty() ? c.title : o.style.title);
    std::vector<std::string> notes;
    try {
        PdfPages doc(title, title);
        std::string meta = s.name.empty() ? s.id : s.name;
        if (!s.date.empty() && meta.find(s.date) == std::string::npos)
            meta += " \u00b7 " + s.date;
        if (!c.domain.empty())
            meta += " \u00b7 " + c.domain;
        header(doc, title, meta);
        if (!c.description.empty())
            doc.paragraph(esc(scrub(c.description)), Style::Body);
        if (!s.description.empty())
            doc.paragraph(esc(s.description), Style::Body);
        if (!c.goal.text.empty())
            doc.paragraph(
                "<b>" + esc(tr(L, "Opgave: ", "Goal: ")) + "</b>" + esc(scrub(c.goal.text)),
                Style::Body);
        regie_elements(doc, s, L);

        DiagramStyle st = o.style;
        st.title.clear();
        const auto g = detail::build_scenario_graph(c, original, st, notes, progress);
        const std::string subtitle = g.subtitle;
        std::string caption = tr(L, "Netwerkkaart: ", "Network map: ") + subtitle;
        if (!o.style.caption.empty())
            caption += ". " + scrub(o.style.caption);
        figure(doc, g, caption, notes);

        dilemmas(doc, c, L, scrub);

        std::map<std::string, std::string> conv;
        if (o.include_metrics || o.include_diagnostics) {
            const auto a = analytics::analyze(s, {}, progress);
            if (o.include_diagnostics)
                diagnostics(doc, a, s, L);
            if (o.include_metrics)
                key_metrics(doc, a, s, L);
            conv = a.conventions;
        }
        std::vector<std::string> lines;
        for (const auto& [k, v] : conv)
            lines.push_back(k + ": " + v);
        closing(doc, lines, anon, L);
        return finish(doc, std::move(notes));
    } catch (const Cancelled&) {
        throw;
    } catch (const std::exception& e) {
        RenderResult r;
        r.error = e.what();
        return r;
    }
}

RenderResult pdf_comparison_report(const Case& c, const compare::ComparisonResult& r,
                                   const ReportOptions& o, Progress* progress) {
    const Language L = o.style.lang;
    const Scenario* before = c.find_scenario(r.before_id);
    const Scenario* after = c.find_scenario(r.after_id);
    const bool anon = o.style.anonymise;
    auto scrub = [&](std::string t) {
        if (anon && after)
            t = anonymise_text(t, *after, L);
        if (anon && before)
            t = anonymise_text(t, *before, L);
        return t;
    };
    const std::string title = scrub(o.style.title.empty() ? c.title : o.style.title);
    std::vector<std::string> notes;
    try {
        PdfPages doc(title, title);
        header(doc, title,
               tr(L, "Vergelijking: ", "Comparison: ") + r.before_name + " \u2192 " + r.after_name);
        if (r.lineage_proposed)
            doc.paragraph("<b>" +
                              esc(tr(L,
                                     "Let op: de koppeling van actoren tussen de scenario's is "
                                     "voorgesteld (op id en naam), niet vastgesteld.",
                                     "Note: the matching of actors between the scenarios is "
                                     "proposed (by id and name), not approved.")) +
                              "</b>",
                          Style::Body);

        std::optional<detail::DGraph> sbs, diff;
        if (before && after) {
            sbs = detail::side_by_side(c, r, *before, *after, o.style, notes, progress);
            diff = detail::difference(c, r, *before, *after, o.style, notes, progress);
            if (!sbs->table.empty()) {
                doc.paragraph(esc(tr(L, "Kerncijfers voor / na", "Key figures before / after")),
                              Style::Heading);
                doc.table(sbs->table, {false, true, true, true});
            }
        }
        doc.paragraph(esc(tr(L, "Verschillen per laag", "Differences per layer")), Style::Heading);
        std::vector<std::vector<std::string>> dist{
            {tr(L, "laag", "layer"), tr(L, "voor", "before"), tr(L, "na", "after"),
             tr(L, "blijvend", "persisting"), tr(L, "nieuw", "added"),
             tr(L, "vervallen", "removed"), tr(L, "geïnternaliseerd", "internalised"), "Jaccard",
             "Hamming", "QAP r", "QAP p"}};
        for (const auto& d : r.distances) {
            std::string scope = d.scope == "overall" ? tr(L, "totaal", "overall") : d.scope;
            if (auto layer = from_token<Layer>(d.scope))
                scope = std::string(label(*layer, L));
            auto n = [&](std::size_t v) { return num(static_cast<double>(v), L); };
            dist.push_back({scope, n(d.before_ties), n(d.after_ties), n(d.persisting), n(d.added),
                            n(d.removed), n(d.internalised), num(d.jaccard, L), n(d.hamming),
                            num(d.qap_r, L), num(d.qap_p, L)});
        }
        doc.table(dist, {false, true, true, true, true, true, true, true, true, true, true}, 8);

        if (sbs && diff) {
            figure(doc, *sbs,
                   tr(L, "Voor en na: ", "Before and after: ") + r.before_name + " \u2192 " +
                       r.after_name +
                       (o.style.caption.empty() ? "" : ". " + scrub(o.style.caption)),
                   notes);
            figure(doc, *diff,
                   tr(L,
                      "Verschil. Grijs: blijvende relatie; blauw, dik: nieuwe relatie; oranje, "
                      "gestreept: vervallen relatie. Fusies en splitsingen staan als één knoop met "
                      "hun herkomst.",
                      "Difference. Grey: persisting tie; blue, bold: added tie; orange, dashed: "
                      "removed tie. Mergers and splits are one node with their origin."),
                   notes);
        }
        if (!r.ranks.empty()) {
            doc.paragraph(
                esc(tr(L, "Rangverschuiving centrale actoren", "Rank changes of central actors") +
                    " (" + r.rank_metric + ")"),
                Style::Heading);
            std::vector<std::vector<std::string>> ranks{{tr(L, "actor", "actor"),
                                                         tr(L, "rang voor", "rank before"),
                                                         tr(L, "rang na", "rank after")}};
            for (const auto& rc : r.ranks)
                ranks.push_back({scrub(rc.label),
                                 rc.before_rank ? std::to_string(*rc.before_rank) : "\u2013",
                                 rc.after_rank ? std::to_string(*rc.after_rank) : "\u2013"});
            doc.table(ranks, {false, true, true});
        }

        doc.paragraph(
            esc(tr(L, "Bijlage: alle indices voor / na", "Appendix: every index before / after")),
            Style::Heading);
        std::vector<std::vector<std::string>> idx{
            {tr(L, "index", "index"), tr(L, "voor", "before"), tr(L, "na", "after"), "delta"}};
        for (const auto& row : r.indices)
            idx.push_back(
                {row.label_in(L), num(row.before, L), num(row.after, L), num(row.delta, L)});
        doc.table(idx, {false, true, true, true});

        closing(doc, r.conventions, anon, L);
        return finish(doc, std::move(notes));
    } catch (const Cancelled&) {
        throw;
    } catch (const std::exception& e) {
        RenderResult res;
        res.error = e.what();
        return res;
    }
}

}  // namespace rk::exporter

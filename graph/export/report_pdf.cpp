// The one-file PDF report per case or comparison: the same content as the HTML report
// (report.cpp), laid out on A4 pages with the diagrams as vector drawings.
#include <algorithm>
#include <cmath>
#include <optional>

#include "compare/compare_format.hpp"
#include "export/diagram_graph.hpp"
#include "export/failure.hpp"
#include "export/pdf_pages.hpp"
#include "export/report_sections.hpp"
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
// `heading`, when given, is the caption's first line in bold: a section that is a figure
// names itself on the figure's own page rather than alone at the foot of the page before.
void figure(PdfPages& doc, detail::DGraph g, const std::string& caption,
            std::vector<std::string>& notes, const std::string& heading = {}) {
    g.title.clear();
    g.subtitle.clear();
    g.caption.clear();
    g.table.clear();
    auto r = detail::render_dot(detail::to_dot(g), ImageFormat::Svg, 72);
    std::string error;
    std::string markup = heading.empty() ? "" : "<b>" + esc(heading) + "</b>";
    if (!caption.empty())
        markup += (markup.empty() ? "" : "\n") + esc(caption);
    if (!r.ok || !doc.figure(r.data, markup, error)) {
        notes.push_back(r.ok ? error : r.error);
        doc.paragraph(esc(r.ok ? error : r.error), Style::Small, 0, "#B00000");
    }
}

void header(PdfPages& doc, const std::string& title, const std::string& meta) {
    doc.paragraph(esc(title), Style::Title);
    doc.paragraph(esc(meta), Style::Meta, 0, "#555555");
}

const char* flag_color(detail::FindingFlag f) {
    return f == detail::FindingFlag::Flagged      ? "#B25E00"
           : f == detail::FindingFlag::NotFlagged ? "#2E7D32"
                                                  : "#777777";
}

// One block of a report section on the page (report_sections.hpp); `indent` for a finding's
// body.
void block(PdfPages& doc, const detail::ReportBlock& b, Language L, double indent,
           std::vector<std::string>& notes) {
    using Kind = detail::ReportBlock::Kind;
    switch (b.kind) {
        case Kind::Paragraph:
            doc.paragraph((b.lead.empty() ? "" : "<b>" + esc(b.lead) + "</b>") + esc(b.text),
                          Style::Body, indent);
            return;
        case Kind::Note:
            doc.paragraph(esc(b.text), Style::Small, indent, "#555555");
            return;
        case Kind::Bullets:
            for (const auto& item : b.items)
                doc.paragraph("\u2022 " + esc(item), Style::Small, indent + 6, "#444444");
            return;
        case Kind::Table:
            doc.table(b.rows, b.numeric);
            return;
        case Kind::Figure:
            figure(doc, b.figure, b.text, notes);
            return;
        case Kind::Finding:
            doc.paragraph(esc(b.text) + "  <span weight=\"normal\" foreground=\"" +
                              flag_color(b.flag) + "\">\u25CF " +
                              esc(detail::flag_text(b.flag, L)) + "</span>",
                          Style::Subheading);
            for (const auto& inner : b.body)
                block(doc, inner, L, 12, notes);
            return;
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

RenderResult pdf_report(const Shown& shown, const ReportOptions& o, Progress* progress) {
    return detail::result_or_failure<RenderResult>([&] {
        const Language L = o.style.lang;
        const detail::ScenarioReport r = detail::scenario_report(shown, o, progress);
        std::vector<std::string> notes = r.notes;
        PdfPages doc(r.title, r.title);
        header(doc, r.title, r.meta);
        for (const auto& b : r.intro)
            block(doc, b, L, 0, notes);
        for (const auto& section : r.sections) {
            const bool figure_first =
                !section.blocks.empty() &&
                section.blocks.front().kind == detail::ReportBlock::Kind::Figure;
            if (!figure_first)
                doc.paragraph(esc(section.heading),
                              section.level == 2 ? Style::Heading : Style::Subheading);
            for (std::size_t i = 0; i < section.blocks.size(); ++i) {
                const auto& b = section.blocks[i];
                if (i == 0 && figure_first)
                    figure(doc, b.figure, b.text, notes, section.heading);
                else
                    block(doc, b, L, 0, notes);
            }
        }
        doc.paragraph(esc(r.closing), Style::Small, 0, "#555555");
        return finish(doc, std::move(notes));
    });
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
    return detail::result_or_failure<RenderResult>([&] {
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
    });
}

}  // namespace rk::exporter

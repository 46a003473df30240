// The sections of a scenario report (report_sections.hpp), from what is shown.
#include "export/report_sections.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <unordered_map>

#include "analytics/dilemma_portfolio.hpp"
#include "compare/compare_format.hpp"
#include "export/report_text.hpp"
#include "export/scenario_diagram.hpp"

namespace rk::exporter::detail {

namespace {

using Kind = ReportBlock::Kind;

std::string num(double v, Language L) {
    return compare::format_number(v, L);
}

ReportBlock paragraph(std::string text, std::string lead = {}) {
    ReportBlock b;
    b.kind = Kind::Paragraph;
    b.lead = std::move(lead);
    b.text = std::move(text);
    return b;
}

ReportBlock note(std::string text) {
    ReportBlock b;
    b.kind = Kind::Note;
    b.text = std::move(text);
    return b;
}

ReportBlock table(Rows rows, std::vector<bool> numeric) {
    ReportBlock b;
    b.kind = Kind::Table;
    b.rows = std::move(rows);
    b.numeric = std::move(numeric);
    return b;
}

// Actor names by id, built once (the reports name actors in several places).
using NameOf = std::unordered_map<std::string, std::string>;

NameOf names_of(const Scenario& s) {
    NameOf out;
    for (const auto& a : s.actors)
        out.emplace(a.id, a.name.empty() ? a.id : a.name);
    return out;
}

std::string name(const NameOf& names, const std::string& id) {
    auto it = names.find(id);
    return it == names.end() ? id : it->second;
}

std::vector<ReportBlock> intro_blocks(const Case& c, const Scenario& s, Language L,
                                      const std::function<std::string(const std::string&)>& scrub) {
    std::vector<ReportBlock> out;
    if (!c.description.empty())
        out.push_back(paragraph(scrub(c.description)));
    if (!s.description.empty())
        out.push_back(paragraph(s.description));
    if (!c.goal.text.empty())
        out.push_back(paragraph(scrub(c.goal.text), tr(L, "Opgave: ", "Goal: ")));
    return out;
}

std::optional<ReportSection> regie_section(const Scenario& s, Language L) {
    const auto& r = s.regie;
    if (r.regisseur.empty() && r.netwerk.empty() && r.opgave.empty() && r.middelen.empty())
        return std::nullopt;
    Rows rows{{tr(L, "vraag", "question"), tr(L, "antwoord", "answer")}};
    const std::pair<std::string, const std::string*> qs[] = {
        {tr(L, "Wie regisseert?", "Who directs?"), &r.regisseur},
        {tr(L, "Wie worden geregisseerd?", "Who is directed?"), &r.netwerk},
        {tr(L, "Waarvoor (opgave)?", "For what (goal)?"), &r.opgave},
        {tr(L, "Waarmee (middelen)?", "By what means?"), &r.middelen}};
    for (const auto& [q, a] : qs)
        if (!a->empty())
            rows.push_back({q, *a});
    return ReportSection{"regie",
                         tr(L, "Regie in vier elementen", "Regie in four elements"),
                         2,
                         {table(std::move(rows), {false, false})}};
}

ReportSection map_section(const Shown& shown, const ReportOptions& o,
                          const std::function<std::string(const std::string&)>& scrub,
                          std::vector<std::string>& notes, Progress* progress) {
    const Language L = o.style.lang;
    DiagramStyle st = o.style;
    st.title.clear();   // the page has the title already
    st.window.reset();  // a report shows the whole scenario
    if (!st.size_by.empty() && st.size_values.empty())
        st.size_values = metric_values(shown.analysis, st.size_by);
    ReportBlock fig;
    fig.kind = Kind::Figure;
    fig.figure = build_scenario_graph(shown.c, shown.scenario, st, notes, progress);
    fig.text = tr(L, "Netwerkkaart: ", "Network map: ") + fig.figure.subtitle;
    if (!o.style.caption.empty())
        fig.text += ". " + scrub(o.style.caption);
    fig.figure.title.clear();
    fig.figure.subtitle.clear();
    fig.figure.caption.clear();
    fig.figure.table.clear();
    return ReportSection{"map", tr(L, "Netwerkkaart", "Network map"), 2, {std::move(fig)}};
}

// The case's position on each of the eight dilemmas (one column per scenario), with the
// evidence and its basis: the same portfolio `regiekaart dilemmas` shows across cases.
std::optional<ReportSection> dilemma_section(
    const Case& c, Language L, const std::function<std::string(const std::string&)>& scrub) {
    const auto p = analytics::build_portfolio({{c.id, &c}});
    bool any = false;
    for (const auto& col : p.columns)
        for (const auto& cell : col.cells)
            any = any || cell.recorded;
    if (!any)
        return std::nullopt;
    const bool nl = L == Language::Dutch;
    Rows rows{{tr(L, "dilemma (pool A / pool B)", "dilemma (pole A / pole B)")}};
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
    ReportSection out{"dilemmas", tr(L, "Dilemma's van regie", "Dilemmas of regie"), 2, {}};
    const std::size_t columns = rows[0].size();
    out.blocks.push_back(table(std::move(rows), std::vector<bool>(columns, false)));
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
            out.blocks.push_back(note(line));
        }
    return out;
}

// The settings the shown analysis was computed with: what the user set on screen (or the
// CLI's flags), so a reader knows which partition and thresholds the findings rest on.
ReportSection settings_section(const analytics::AnalysisSettings& settings, Language L) {
    TableOptions o;
    o.format = TableFormat::Markdown;  // numbers for people
    o.lang = L;
    return ReportSection{
        "settings",
        tr(L, "Instellingen van de analyse", "Analysis settings"),
        2,
        {paragraph(analysed_partition(settings),
                   tr(L, "Indeling (verkokering): ", "Partition (verkokering, silos): ")),
         // Text columns: the layers cell is a list that must wrap.
         table(settings_rows(settings, o), {false, false})}};
}

ReportBlock finding_block(const analytics::Finding& f, const NameOf& names, Language L) {
    const bool nl = L == Language::Dutch;
    ReportBlock b;
    b.kind = Kind::Finding;
    b.flag = !f.applicable ? FindingFlag::NotApplicable
             : f.flagged   ? FindingFlag::Flagged
                           : FindingFlag::NotFlagged;
    b.text = nl ? f.title_nl : f.title_en;
    if (b.text.empty())
        b.text = f.id;
    if (!f.subject.empty())
        b.text += " (" + f.subject + ")";
    if (const auto expl = diagnostic_explanation(f.id, L); !expl.empty())
        b.body.push_back(paragraph(expl));
    if (const auto& summary = nl ? f.summary_nl : f.summary_en; !summary.empty())
        b.body.push_back(paragraph(summary, tr(L, "Bevinding: ", "Finding: ")));
    if (const auto& rule = nl ? f.rule_nl : f.rule_en; !rule.empty())
        b.body.push_back(note(tr(L, "Regel: ", "Rule: ") + rule));
    for (const auto& d : nl ? f.details_nl : f.details_en)
        b.body.push_back(note("\u2022 " + d));
    if (f.evidence.items > 0)
        b.body.push_back(
            note(tr(L, "Bewijs dat modelkeuze is: ", "Evidence that is a modelling choice: ") +
                 std::to_string(f.evidence.inferred) + " / " + std::to_string(f.evidence.items)));
    auto pairs = [&](const std::map<std::string, double>& m) {
        std::string line;
        for (const auto& [k, v] : m)
            line += (line.empty() ? "" : " \u00b7 ") + k + " = " + num(v, L);
        return line;
    };
    if (!f.numbers.empty())
        b.body.push_back(note(pairs(f.numbers)));
    if (!f.thresholds.empty())
        b.body.push_back(note(tr(L, "Drempels: ", "Thresholds: ") + pairs(f.thresholds)));
    if (!f.actors.empty()) {
        std::string line = tr(L, "Betrokken actoren: ", "Actors involved: ");
        for (std::size_t i = 0; i < f.actors.size(); ++i)
            line += (i ? ", " : "") + name(names, f.actors[i]);
        b.body.push_back(note(line));
    }
    return b;
}

ReportSection diagnostics_section(const analytics::AnalysisResult& a, const NameOf& names,
                                  Language L) {
    ReportSection out{"diagnostics", tr(L, "Diagnoses", "Diagnostics"), 2, {}};
    std::vector<const analytics::Finding*> fs;
    for (const auto& f : a.diagnostics)
        fs.push_back(&f);
    // Flagged first: that is what the reader came for.
    std::stable_sort(fs.begin(), fs.end(),
                     [](const auto* x, const auto* y) { return x->flagged > y->flagged; });
    for (const auto* f : fs)
        out.blocks.push_back(finding_block(*f, names, L));
    out.blocks.push_back(note(tr(L,
                                 "Diagnoses zijn hulpmiddelen voor het gesprek, geen oordelen: de "
                                 "drempels zijn instelbaar en de cijfers staan erbij.",
                                 "Diagnostics are aids to a conversation, not verdicts: the "
                                 "thresholds can be changed and the numbers are shown.")));
    return out;
}

ReportSection key_metrics_section(const analytics::AnalysisResult& a, Language L) {
    const bool nl = L == Language::Dutch;
    const auto idx = compare::index_map(a);
    Rows rows{{tr(L, "maat", "measure"), tr(L, "waarde", "value"), tr(L, "betekenis", "meaning")}};
    for (const auto& k : key_metrics())
        if (auto it = idx.values.find(k.key); it != idx.values.end())
            rows.push_back({nl ? k.nl : k.en, num(it->second, L), nl ? k.why_nl : k.why_en});
    return ReportSection{
        "metrics", tr(L, "Kerncijfers", "Key metrics"), 2, {table(rows, {false, true, false})}};
}

// The ten actors with the highest betweenness, read by index from the analysis's columns.
std::optional<ReportSection> central_actors_section(const analytics::AnalysisResult& a,
                                                    const NameOf& names, Language L) {
    const auto* between = a.actors.column("betweenness");
    if (!between)
        return std::nullopt;
    const auto* degree = a.actors.column("degree");
    std::vector<std::pair<double, std::size_t>> order;
    for (std::size_t i = 0; i < between->size(); ++i)
        if (std::isfinite((*between)[i]))
            order.emplace_back((*between)[i], i);
    std::stable_sort(order.begin(), order.end(),
                     [](const auto& x, const auto& y) { return x.first > y.first; });
    if (order.size() > 10)
        order.resize(10);
    Rows rows{{"#", tr(L, "actor", "actor"), "betweenness", "degree"}};
    int rank = 0;
    for (const auto& [v, i] : order)
        rows.push_back({std::to_string(++rank), name(names, a.actors.actor_ids[i]), num(v, L),
                        num(degree && i < degree->size() ? (*degree)[i] : analytics::kNaN, L)});
    return ReportSection{"central",
                         tr(L, "Meest centrale actoren", "Most central actors"),
                         3,
                         {table(std::move(rows), {true, false, true, true})}};
}

std::optional<ReportSection> conventions_section(const std::map<std::string, std::string>& conv,
                                                 Language L) {
    if (conv.empty())
        return std::nullopt;
    ReportBlock b;
    b.kind = Kind::Bullets;
    for (const auto& [k, v] : conv)
        b.items.push_back(k + ": " + v);
    return ReportSection{"conventions",
                         tr(L, "Conventies van de berekening", "Conventions of the computation"),
                         3,
                         {std::move(b)}};
}

}  // namespace

std::string flag_text(FindingFlag f, Language L) {
    switch (f) {
        case FindingFlag::Flagged:
            return tr(L, "gesignaleerd", "flagged");
        case FindingFlag::NotFlagged:
            return tr(L, "niet gesignaleerd", "not flagged");
        case FindingFlag::NotApplicable:
            break;
    }
    return tr(L, "niet te bepalen", "not applicable");
}

ScenarioReport scenario_report(const Shown& shown, const ReportOptions& o, Progress* progress) {
    const Language L = o.style.lang;
    const bool anon = o.style.anonymise;
    const Scenario& original = shown.scenario;
    const Scenario s = anon ? anonymise(original, L) : original;
    const analytics::AnalysisResult a =
        anon ? anonymise(shown.analysis, original, L) : shown.analysis;
    const std::function<std::string(const std::string&)> scrub = [&](const std::string& t) {
        return anon ? anonymise_text(t, original, L) : t;
    };
    const NameOf names = names_of(s);

    ScenarioReport r;
    r.title = scrub(o.style.title.empty() ? shown.c.title : o.style.title);
    r.meta = s.name.empty() ? s.id : s.name;
    if (!s.date.empty() && r.meta.find(s.date) == std::string::npos)
        r.meta += " \u00b7 " + s.date;
    if (!shown.c.domain.empty())
        r.meta += " \u00b7 " + shown.c.domain;
    r.intro = intro_blocks(shown.c, s, L, scrub);

    auto add = [&](std::optional<ReportSection> section) {
        if (section)
            r.sections.push_back(std::move(*section));
    };
    add(regie_section(s, L));
    add(map_section(shown, o, scrub, r.notes, progress));
    add(dilemma_section(shown.c, L, scrub));
    add(settings_section(a.settings, L));
    if (o.include_diagnostics)
        add(diagnostics_section(a, names, L));
    if (o.include_metrics) {
        add(key_metrics_section(a, L));
        add(central_actors_section(a, names, L));
    }
    if (o.include_metrics || o.include_diagnostics)
        add(conventions_section(a.conventions, L));
    r.closing =
        tr(L, "Gemaakt met Regiekaart.", "Made with Regiekaart.") +
        (anon ? tr(L, " Namen zijn geanonimiseerd.", " Names are anonymised.") : std::string());
    return r;
}

}  // namespace rk::exporter::detail

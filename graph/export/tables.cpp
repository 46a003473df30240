// Metrics, diagnostics and comparison tables as CSV (RFC 4180, optional BOM for Excel) and
// Markdown. CSV numbers are machine-readable (NaN = empty cell); Markdown numbers are for
// people (NaN = "n.v.t." / "n/a").
#include <cmath>
#include <cstdio>
#include <string_view>
#include <unordered_map>

#include "analytics/analysis.hpp"
#include "compare/compare_format.hpp"
#include "export/export.hpp"
#include "export/table_rows.hpp"
#include "model/text.hpp"

namespace rk::exporter {

namespace {

std::string csv_cell(const std::string& s) {
    if (s.find_first_of(",\"\n\r;") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string csv(const Rows& rows, bool bom) {
    std::string out = bom ? "\xEF\xBB\xBF" : "";
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i)
                out += ',';
            out += csv_cell(row[i]);
        }
        out += "\r\n";
    }
    return out;
}

std::string md(const Rows& rows) {
    std::string out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        out += '|';
        for (const auto& cell : rows[r]) {
            out += ' ';
            for (char c : cell) {
                if (c == '|')
                    out += '\\';
                out += c == '\n' ? ' ' : c;
            }
            out += " |";
        }
        out += '\n';
        if (r == 0) {
            out += '|';
            for (std::size_t c = 0; c < rows[0].size(); ++c)
                out += c == 0 ? " --- |" : " ---: |";
            out += '\n';
        }
    }
    return out;
}

std::string machine_number(double v) {
    if (!std::isfinite(v))
        return "";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

std::string number(double v, const TableOptions& o) {
    return o.format == TableFormat::Csv ? machine_number(v) : compare::format_number(v, o.lang);
}

std::string tr(Language l, const char* nl, const char* en) {
    return l == Language::Dutch ? nl : en;
}

}  // namespace

Rows metrics_rows(const Scenario& s, const analytics::AnalysisResult& a, const TableOptions& o) {
    Rows rows;
    std::vector<std::string> header{tr(o.lang, "actor", "actor"), tr(o.lang, "naam", "name"),
                                    tr(o.lang, "soort", "type"),
                                    tr(o.lang, "bestuurslaag", "tier")};
    if (o.anonymise)
        header.erase(header.begin());  // ids can identify organisations
    std::vector<const std::vector<double>*> columns;
    for (const auto& m : a.actors.names) {
        header.push_back(m);
        columns.push_back(a.actors.column(m));
    }
    rows.push_back(header);
    // Rows in the analysis's actor order, cells by index: one pass, not a look-up per cell.
    std::unordered_map<std::string_view, const Actor*> actor_of;
    for (const auto& actor : s.actors)
        actor_of.emplace(actor.id, &actor);
    for (std::size_t i = 0; i < a.actors.actor_ids.size(); ++i) {
        const std::string& id = a.actors.actor_ids[i];
        const auto found = actor_of.find(id);
        const Actor* actor = found == actor_of.end() ? nullptr : found->second;
        std::vector<std::string> row;
        if (!o.anonymise)
            row.push_back(id);
        row.push_back(actor ? actor->name : id);
        row.emplace_back(!actor || actor->type == ActorType::Unknown ? ""
                                                                     : label(actor->type, o.lang));
        row.emplace_back(!actor || actor->bestuurslaag == Bestuurslaag::Unknown
                             ? ""
                             : label(actor->bestuurslaag, o.lang));
        for (const auto* col : columns)
            row.push_back(number(col && i < col->size() ? (*col)[i] : analytics::kNaN, o));
        rows.push_back(std::move(row));
    }
    return rows;
}

Rows network_index_rows(const analytics::AnalysisResult& a, const TableOptions& o) {
    const auto idx = compare::index_map(a);
    Rows net{{tr(o.lang, "index", "index"), tr(o.lang, "waarde", "value")}};
    for (const auto& k : idx.order) {
        if (idx.groups.at(k) == "diagnostic")
            continue;  // in the diagnostics table
        net.push_back({idx.labels.at(k), number(idx.values.at(k), o)});
    }
    return net;
}

namespace {

// The settings the analysis used, before a CSV table as `# ` comment lines (readers such as
// pandas take comment='#') and in Markdown as a table of their own.
std::string csv_settings(const analytics::AnalysisSettings& st, const TableOptions& o) {
    std::string out;
    const Rows rows = settings_rows(st, o);
    for (std::size_t r = 1; r < rows.size(); ++r)
        out += "# " + rows[r][0] + ": " + rows[r][1] + "\r\n";
    return out;
}

std::string md_settings(const analytics::AnalysisSettings& st, const TableOptions& o) {
    return "## " + tr(o.lang, "Instellingen van de analyse", "Analysis settings") + "\n\n" +
           md(settings_rows(st, o)) + "\n";
}

std::string with_bom(std::string body, bool bom) {
    return bom ? "\xEF\xBB\xBF" + body : body;
}

}  // namespace

std::string metrics_table(const Shown& shown, const TableOptions& o) {
    const Scenario s = o.anonymise ? anonymise(shown.scenario, o.lang) : shown.scenario;
    const auto& a = shown.analysis;
    const Rows rows = metrics_rows(s, a, o);
    if (o.format == TableFormat::Csv)
        return with_bom(csv_settings(a.settings, o) + csv(rows, false), o.bom);

    const Rows net = network_index_rows(a, o);
    std::string out = "# " + (s.name.empty() ? s.id : s.name) + "\n\n" +
                      md_settings(a.settings, o) + "## " +
                      tr(o.lang, "Netwerkindices", "Network indices") + "\n\n" + md(net) + "\n## " +
                      tr(o.lang, "Per actor", "Per actor") + "\n\n" + md(rows) + "\n## " +
                      tr(o.lang, "Conventies", "Conventions") + "\n\n";
    for (const auto& [topic, text] : a.conventions)
        out += "- **" + topic + "**: " + text + "\n";
    return out;
}

Rows diagnostics_rows(const Scenario& s, const analytics::AnalysisResult& a,
                      const TableOptions& o) {
    const bool nl = o.lang == Language::Dutch;
    Rows rows{{tr(o.lang, "diagnose", "diagnostic"), tr(o.lang, "onderwerp", "subject"),
               tr(o.lang, "gesignaleerd", "flagged"), tr(o.lang, "bevinding", "finding"),
               tr(o.lang, "regel", "rule"), tr(o.lang, "cijfers", "numbers"),
               tr(o.lang, "drempels", "thresholds"), tr(o.lang, "actoren", "actors")}};
    std::unordered_map<std::string_view, const Actor*> actor_of;  // one pass, not one per name
    for (const auto& actor : s.actors)
        actor_of.emplace(actor.id, &actor);
    for (const auto& f : a.diagnostics) {
        std::vector<std::string> numbers, thresholds, actors;
        for (const auto& [k, v] : f.numbers)
            numbers.push_back(k + "=" + compare::format_number(v, o.lang));
        for (const auto& [k, v] : f.thresholds)
            thresholds.push_back(k + "=" + compare::format_number(v, o.lang));
        for (const auto& id : f.actors) {
            const auto found = actor_of.find(id);
            actors.push_back(found != actor_of.end() ? found->second->name : id);
        }
        const std::string flagged = !f.applicable ? tr(o.lang, "n.v.t.", "n/a")
                                    : f.flagged   ? tr(o.lang, "ja", "yes")
                                                  : tr(o.lang, "nee", "no");
        rows.push_back({nl ? f.title_nl : f.title_en, f.subject, flagged,
                        nl ? f.summary_nl : f.summary_en, nl ? f.rule_nl : f.rule_en,
                        text::join(numbers, "; "), text::join(thresholds, "; "),
                        text::join(actors, "; ")});
    }
    return rows;
}

std::string diagnostics_table(const Shown& shown, const TableOptions& o) {
    const Scenario s = o.anonymise ? anonymise(shown.scenario, o.lang) : shown.scenario;
    const auto a = o.anonymise ? anonymise(shown.analysis, shown.scenario, o.lang) : shown.analysis;
    const Rows rows = diagnostics_rows(s, a, o);
    if (o.format == TableFormat::Csv)
        return with_bom(csv_settings(a.settings, o) + csv(rows, false), o.bom);
    return "# " + tr(o.lang, "Diagnoses: ", "Diagnostics: ") + (s.name.empty() ? s.id : s.name) +
           "\n\n" + md_settings(a.settings, o) + "## " + tr(o.lang, "Diagnoses", "Diagnostics") +
           "\n\n" + md(rows) + "\n" +
           tr(o.lang,
              "Diagnoses zijn hulpmiddelen voor het gesprek, geen oordelen; de drempels zijn "
              "instelbaar.\n",
              "Diagnostics are aids to a conversation, not verdicts; the thresholds can be "
              "changed.\n");
}

std::string comparison_table(const compare::ComparisonResult& r, const TableOptions& o) {
    compare::FormatOptions fo;
    fo.lang = o.lang;
    fo.csv_bom = o.bom;
    return o.format == TableFormat::Csv ? compare::to_csv(r, fo) : compare::to_markdown(r, fo);
}

}  // namespace rk::exporter

// Metrics, diagnostics and comparison tables as CSV (RFC 4180, optional BOM for Excel) and
// Markdown. CSV numbers are machine-readable (NaN = empty cell); Markdown numbers are for
// people (NaN = "n.v.t." / "n/a").
#include <cmath>
#include <cstdio>

#include "analytics/analysis.hpp"
#include "compare/compare_format.hpp"
#include "export/export.hpp"
#include "export/table_rows.hpp"

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

std::string join(const std::vector<std::string>& v, const char* sep) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i)
        out += (i ? sep : "") + v[i];
    return out;
}

}  // namespace

Rows metrics_rows(const Scenario& s, const analytics::AnalysisResult& a, const TableOptions& o) {
    Rows rows;
    std::vector<std::string> header{tr(o.lang, "actor", "actor"), tr(o.lang, "naam", "name"),
                                    tr(o.lang, "soort", "type"),
                                    tr(o.lang, "bestuurslaag", "tier")};
    if (o.anonymise)
        header.erase(header.begin());  // ids can identify organisations
    for (const auto& m : a.actors.names)
        header.push_back(m);
    rows.push_back(header);
    for (const auto& actor : s.actors) {
        std::vector<std::string> row;
        if (!o.anonymise)
            row.push_back(actor.id);
        row.push_back(actor.name);
        row.emplace_back(actor.type == ActorType::Unknown ? "" : label(actor.type, o.lang));
        row.emplace_back(
            actor.bestuurslaag == Bestuurslaag::Unknown ? "" : label(actor.bestuurslaag, o.lang));
        for (const auto& m : a.actors.names)
            row.push_back(number(a.actors.get(actor.id, m), o));
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

std::string metrics_table(const Case& /*c*/, const Scenario& original, const TableOptions& o) {
    const Scenario s = o.anonymise ? anonymise(original, o.lang) : original;
    const auto a = analytics::analyze(s, {});
    const Rows rows = metrics_rows(s, a, o);
    if (o.format == TableFormat::Csv)
        return csv(rows, o.bom);

    const Rows net = network_index_rows(a, o);
    std::string out = "# " + (s.name.empty() ? s.id : s.name) + "\n\n## " +
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
    for (const auto& f : a.diagnostics) {
        std::vector<std::string> numbers, thresholds, actors;
        for (const auto& [k, v] : f.numbers)
            numbers.push_back(k + "=" + compare::format_number(v, o.lang));
        for (const auto& [k, v] : f.thresholds)
            thresholds.push_back(k + "=" + compare::format_number(v, o.lang));
        for (const auto& id : f.actors) {
            const Actor* act = s.find_actor(id);
            actors.push_back(act ? act->name : id);
        }
        const std::string flagged = !f.applicable ? tr(o.lang, "n.v.t.", "n/a")
                                    : f.flagged   ? tr(o.lang, "ja", "yes")
                                                  : tr(o.lang, "nee", "no");
        rows.push_back({nl ? f.title_nl : f.title_en, f.subject, flagged,
                        nl ? f.summary_nl : f.summary_en, nl ? f.rule_nl : f.rule_en,
                        join(numbers, "; "), join(thresholds, "; "), join(actors, "; ")});
    }
    return rows;
}

std::string diagnostics_table(const Case& /*c*/, const Scenario& original, const TableOptions& o) {
    const Scenario s = o.anonymise ? anonymise(original, o.lang) : original;
    const auto a = analytics::analyze(s, {});
    const Rows rows = diagnostics_rows(s, a, o);
    if (o.format == TableFormat::Csv)
        return csv(rows, o.bom);
    return "# " + tr(o.lang, "Diagnoses: ", "Diagnostics: ") + (s.name.empty() ? s.id : s.name) +
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

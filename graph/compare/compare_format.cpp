// Text, CSV, Markdown and JSON of a comparison. All three tabular forms come from one list
// of tables, so they can never disagree.
#include "compare/compare_format.hpp"
#include "model/text.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace rk::compare {

namespace {

struct Table {
    std::string section;  // machine name (CSV "section" column)
    std::string title;    // for people
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    bool machine_key_first = false;  // column 0 is a key for tools only (CSV keeps it)
};

// People do not need the machine key column: drop it outside CSV.
Table for_people(Table t) {
    if (!t.machine_key_first)
        return t;
    t.header.erase(t.header.begin());
    for (auto& row : t.rows)
        row.erase(row.begin());
    return t;
}

using text::join;

bool nl(Language l) {
    return l == Language::Dutch;
}

std::string rank_text(const std::optional<int>& r) {
    return r ? std::to_string(*r) : "-";
}

// `machine`: numbers at full precision and NaN empty (CSV); otherwise for people.
std::vector<Table> tables(const ComparisonResult& r, const FormatOptions& o, bool machine = false) {
    const Language L = o.lang;
    auto num = [&](double v) -> std::string {
        if (!machine)
            return format_number(v, L);
        if (!std::isfinite(v))
            return "";
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.10g", v);
        return buf;
    };
    const auto& classes = r.contraction.classes;
    std::vector<Table> out;

    Table lin{"lineage",
              nl(L) ? "Herkomst (lineage)" : "Lineage",
              {nl(L) ? "klasse" : "class", nl(L) ? "soort" : "kind", nl(L) ? "voor" : "before",
               nl(L) ? "na" : "after"},
              {}};
    for (const auto& c : classes) {
        if (c.kind == LineageKind::Identity)
            continue;  // only what changed
        lin.rows.push_back({c.label, std::string(label(c.kind, L)),
                            r.anonymised ? "" : join(c.before_actors, " "),
                            r.anonymised ? "" : join(c.after_actors, " ")});
    }
    out.push_back(std::move(lin));

    Table dist{"distances",
               nl(L) ? "Verschillen per laag" : "Differences per layer",
               {nl(L) ? "laag" : "layer", nl(L) ? "voor" : "before", nl(L) ? "na" : "after",
                nl(L) ? "blijvend" : "persisting", nl(L) ? "nieuw" : "added",
                nl(L) ? "vervallen" : "removed", nl(L) ? "geinternaliseerd" : "internalised",
                "Jaccard", "Hamming", "QAP r", "QAP p"},
               {}};
    for (const auto& d : r.distances) {
        std::string scope = d.scope;
        if (auto layer = from_token<Layer>(d.scope))
            scope = std::string(label(*layer, L));
        else if (d.scope == "overall" && nl(L))
            scope = "totaal";
        dist.rows.push_back({scope, std::to_string(d.before_ties), std::to_string(d.after_ties),
                             std::to_string(d.persisting), std::to_string(d.added),
                             std::to_string(d.removed), std::to_string(d.internalised),
                             num(d.jaccard), std::to_string(d.hamming), num(d.qap_r),
                             num(d.qap_p)});
    }
    out.push_back(std::move(dist));

    Table internal{"internal",
                   nl(L) ? "Relaties binnen een organisatie" : "Relations inside one organisation",
                   {nl(L) ? "relatie" : "relation", nl(L) ? "laag" : "layer",
                    nl(L) ? "klasse" : "class", nl(L) ? "scenario" : "scenario"},
                   {}};
    for (const auto& in : r.internal)
        internal.rows.push_back(
            {in.relation_id, std::string(label(in.layer, L)), classes[in.cls].label,
             in.before ? (nl(L) ? "voor (geinternaliseerd)" : "before (internalised)")
                       : (nl(L) ? "na" : "after")});
    out.push_back(std::move(internal));

    Table idx{"indices",
              nl(L) ? "Indices voor / na" : "Indices before / after",
              {"key", nl(L) ? "index" : "index", nl(L) ? "voor" : "before", nl(L) ? "na" : "after",
               "delta"},
              {}};
    idx.machine_key_first = true;
    for (const auto& row : r.indices)
        idx.rows.push_back(
            {row.key, row.label_in(L), num(row.before), num(row.after), num(row.delta)});
    out.push_back(std::move(idx));

    Table ranks{
        "ranks",
        (nl(L) ? "Rangverschuiving centrale actoren (" : "Rank changes of central actors (") +
            r.rank_metric + ")",
        {nl(L) ? "actor" : "actor", nl(L) ? "rang voor" : "rank before",
         nl(L) ? "rang na" : "rank after", nl(L) ? "waarde voor" : "value before",
         nl(L) ? "waarde na" : "value after"},
        {}};
    for (const auto& rc : r.ranks)
        ranks.rows.push_back({rc.label, rank_text(rc.before_rank), rank_text(rc.after_rank),
                              num(rc.before_value), num(rc.after_value)});
    out.push_back(std::move(ranks));

    if (o.include_ties) {
        Table ties{"ties",
                   nl(L) ? "Relaties" : "Ties",
                   {nl(L) ? "status" : "status", nl(L) ? "laag" : "layer", nl(L) ? "van" : "from",
                    nl(L) ? "naar" : "to", nl(L) ? "gericht" : "directed",
                    nl(L) ? "relaties voor" : "relations before",
                    nl(L) ? "relaties na" : "relations after"},
                   {}};
        for (const auto& d : r.ties) {
            std::string status(tie_status_name(d.status));
            if (nl(L))
                status = d.status == TieStatus::Persisting ? "blijvend"
                         : d.status == TieStatus::Added    ? "nieuw"
                                                           : "vervallen";
            ties.rows.push_back({status, std::string(label(d.tie.layer, L)), classes[d.tie.u].label,
                                 classes[d.tie.v].label,
                                 d.tie.directed ? (nl(L) ? "ja" : "yes") : (nl(L) ? "nee" : "no"),
                                 join(d.before_relations, " "), join(d.after_relations, " ")});
        }
        out.push_back(std::move(ties));
    }
    return out;
}

// Display width in code points (UTF-8 continuation bytes do not count).
std::size_t width(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string csv_cell(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

std::string md_cell(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '|')
            out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

std::string header_text(const ComparisonResult& r, Language L) {
    std::string s =
        (nl(L) ? "Vergelijking: " : "Comparison: ") + r.before_name + " -> " + r.after_name + "\n";
    if (r.lineage_proposed)
        s += nl(L) ? "Let op: de koppeling van actoren is voorgesteld (op id en naam), niet "
                     "vastgesteld.\n"
                   : "Note: the actor matching is proposed (by id and name), not approved.\n";
    return s;
}

}  // namespace

std::string format_number(double v, Language lang) {
    if (std::isnan(v))
        return lang == Language::Dutch ? "n.v.t." : "n/a";
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    if (v == std::round(v) && std::fabs(v) < 1e15) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.0f", v);
        return buf;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", v);
    return buf;
}

std::string to_text(const ComparisonResult& r, const FormatOptions& o) {
    std::string out = header_text(r, o.lang);
    for (const auto& full : tables(r, o)) {
        const Table t = for_people(full);
        if (t.rows.empty())
            continue;
        out += "\n" + t.title + "\n";
        std::vector<std::size_t> w(t.header.size(), 0);
        for (std::size_t c = 0; c < t.header.size(); ++c)
            w[c] = width(t.header[c]);
        for (const auto& row : t.rows)
            for (std::size_t c = 0; c < row.size(); ++c)
                w[c] = std::max(w[c], width(row[c]));
        auto line = [&](const std::vector<std::string>& cells) {
            std::string l = " ";
            for (std::size_t c = 0; c < cells.size(); ++c) {
                l += ' ' + cells[c];
                if (c + 1 < cells.size())
                    l += std::string(w[c] - width(cells[c]) + 1, ' ');
            }
            out += l + "\n";
        };
        line(t.header);
        std::string rule = "  ";
        for (std::size_t c = 0; c < w.size(); ++c)
            rule += std::string(w[c], '-') + "  ";
        out += rule.substr(0, rule.size() - 2) + "\n";
        for (const auto& row : t.rows)
            line(row);
    }
    out += nl(o.lang) ? "\nConventies:\n" : "\nConventions:\n";
    for (const auto& c : r.conventions)
        out += "- " + c + "\n";
    return out;
}

std::string to_csv(const ComparisonResult& r, const FormatOptions& o) {
    std::string out = o.csv_bom ? "\xEF\xBB\xBF" : "";
    // CSV wants machine-readable numbers: NaN is an empty cell, not "n/a".
    for (const auto& t : tables(r, o, true)) {
        out += "section";
        for (const auto& h : t.header) {
            out += ',';  // appended piecewise: GCC 12 warns (-Wrestrict) on "," + string
            out += csv_cell(h);
        }
        out += "\r\n";
        for (const auto& row : t.rows) {
            out += t.section;
            for (const auto& cell : row) {
                out += ',';
                out += csv_cell(cell);
            }
            out += "\r\n";
        }
    }
    return out;
}

std::string to_markdown(const ComparisonResult& r, const FormatOptions& o) {
    std::string out = "# " + header_text(r, o.lang);
    for (const auto& full : tables(r, o)) {
        const Table t = for_people(full);
        if (t.rows.empty())
            continue;
        out += "\n## " + t.title + "\n\n|";
        for (const auto& h : t.header) {
            out += ' ';
            out += md_cell(h);
            out += " |";
        }
        out += "\n|";
        for (std::size_t c = 0; c < t.header.size(); ++c)
            out += c == 0 ? " --- |" : " ---: |";
        out += "\n";
        for (const auto& row : t.rows) {
            out += "|";
            for (const auto& cell : row) {
                out += ' ';
                out += md_cell(cell);
                out += " |";
            }
            out += "\n";
        }
    }
    out += nl(o.lang) ? "\n## Conventies\n\n" : "\n## Conventions\n\n";
    for (const auto& c : r.conventions)
        out += "- " + c + "\n";
    return out;
}

std::string to_json(const ComparisonResult& r) {
    using nlohmann::ordered_json;
    auto num = [](double v) -> ordered_json {
        if (std::isnan(v) || std::isinf(v))
            return nullptr;
        return v;
    };
    // Class ids are actor ids, which can name organisations: numbers when anonymised.
    auto cid = [&](int k) {
        return r.anonymised ? "class-" + std::to_string(k + 1) : r.contraction.classes[k].id;
    };
    ordered_json j;
    j["before"] = {{"id", r.before_id}, {"name", r.before_name}};
    j["after"] = {{"id", r.after_id}, {"name", r.after_name}};
    j["lineage_proposed"] = r.lineage_proposed;
    j["lineage"] = ordered_json::array();
    for (const auto& p : r.lineage)
        j["lineage"].push_back({{"id", p.link.id},
                                {"kind", token(p.link.kind)},
                                {"from", p.link.from_actors},
                                {"to", p.link.to_actors},
                                {"basis", match_basis_name(p.basis)},
                                {"confidence", p.confidence},
                                {"proposed", p.proposed}});
    j["classes"] = ordered_json::array();
    const std::vector<std::string> none;
    for (const auto& c : r.contraction.classes)
        j["classes"].push_back({{"id", cid(static_cast<int>(&c - r.contraction.classes.data()))},
                                {"label", c.label},
                                {"kind", token(c.kind)},
                                {"before", r.anonymised ? none : c.before_actors},
                                {"after", r.anonymised ? none : c.after_actors}});
    j["distances"] = ordered_json::array();
    for (const auto& d : r.distances)
        j["distances"].push_back({{"scope", d.scope},
                                  {"before_ties", d.before_ties},
                                  {"after_ties", d.after_ties},
                                  {"persisting", d.persisting},
                                  {"added", d.added},
                                  {"removed", d.removed},
                                  {"internalised", d.internalised},
                                  {"jaccard", num(d.jaccard)},
                                  {"hamming", d.hamming},
                                  {"qap_r", num(d.qap_r)},
                                  {"qap_p", num(d.qap_p)}});
    j["internal"] = ordered_json::array();
    for (const auto& in : r.internal)
        j["internal"].push_back({{"relation", in.relation_id},
                                 {"layer", token(in.layer)},
                                 {"class", cid(in.cls)},
                                 {"scenario", in.before ? "before" : "after"}});
    j["indices"] = ordered_json::array();
    for (const auto& row : r.indices)
        j["indices"].push_back({{"key", row.key},
                                {"label", row.label},
                                {"label_nl", row.label_in(Language::Dutch)},
                                {"group", row.group},
                                {"before", num(row.before)},
                                {"after", num(row.after)},
                                {"delta", num(row.delta)}});
    j["rank_metric"] = r.rank_metric;
    j["ranks"] = ordered_json::array();
    for (const auto& rc : r.ranks) {
        ordered_json e{{"class", cid(rc.cls)}, {"label", rc.label}};
        e["before_rank"] = rc.before_rank ? ordered_json(*rc.before_rank) : ordered_json(nullptr);
        e["after_rank"] = rc.after_rank ? ordered_json(*rc.after_rank) : ordered_json(nullptr);
        e["before_value"] = num(rc.before_value);
        e["after_value"] = num(rc.after_value);
        j["ranks"].push_back(std::move(e));
    }
    j["ties"] = ordered_json::array();
    for (const auto& d : r.ties)
        j["ties"].push_back({{"status", tie_status_name(d.status)},
                             {"layer", token(d.tie.layer)},
                             {"from", cid(d.tie.u)},
                             {"to", cid(d.tie.v)},
                             {"directed", d.tie.directed},
                             {"before_relations", d.before_relations},
                             {"after_relations", d.after_relations}});
    j["conventions"] = r.conventions;
    return j.dump(2) + "\n";
}

}  // namespace rk::compare

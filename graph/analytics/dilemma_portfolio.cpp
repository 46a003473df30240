// The dilemma portfolio: building it from cases, and its three written forms. Every form reads
// the same list of fields (kFields), as compare_format.cpp does for comparisons, so the text
// table, the CSV and the JSON can never say different things about a cell.
#include "analytics/dilemma_portfolio.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <nlohmann/json.hpp>

namespace rk::analytics {
namespace {

Lean lean_of(std::optional<double> position) {
    if (!position || std::isnan(*position))
        return Lean::Middle;  // recorded without a position: no pole
    return *position < 0 ? Lean::PoleA : *position > 0 ? Lean::PoleB : Lean::Middle;
}

PortfolioCell cell_of(const DilemmaObservation& o) {
    PortfolioCell c;
    c.recorded = true;
    c.position = o.position;
    c.lean = lean_of(o.position);
    c.strategy = o.strategy;
    c.basis = o.basis;
    c.evidence = o.evidence;
    c.provenance = o.provenance;
    return c;
}

void tally(DilemmaPortfolio& p) {
    p.dilemmas_same_way = 0;
    for (int d = 0; d < kDilemmaCount; ++d) {
        DilemmaTally& t = p.tally[d];
        t = {};
        for (const auto& col : p.columns) {
            const PortfolioCell& c = col.cells[d];
            if (!c.recorded)
                ++t.not_recorded;
            else if (c.lean == Lean::PoleA)
                ++t.pole_a;
            else if (c.lean == Lean::PoleB)
                ++t.pole_b;
            else
                ++t.middle;
        }
        const int with_pole = t.pole_a + t.pole_b;
        t.same_way = with_pole >= 2 && t.middle == 0 && (t.pole_a == 0 || t.pole_b == 0);
        t.common = !t.same_way ? Lean::NotRecorded : t.pole_a > 0 ? Lean::PoleA : Lean::PoleB;
        p.dilemmas_same_way += t.same_way;
    }
}

bool nl(Language l) {
    return l == Language::Dutch;
}

std::string number_text(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.2g", v);
    return buf;
}

std::string lean_text(Lean lean, Language L) {
    switch (lean) {
        case Lean::PoleA:
            return "A";
        case Lean::PoleB:
            return "B";
        case Lean::Middle:
            return nl(L) ? "midden" : "middle";
        case Lean::NotRecorded:
            break;
    }
    return nl(L) ? "niet vastgelegd" : "not recorded";
}

std::string sources_text(const std::vector<Provenance>& sources) {
    std::string out;
    for (const auto& s : sources) {
        if (!out.empty())
            out += "; ";
        out += s.source;
        if (!s.locator.empty())
            out += ", " + s.locator;
    }
    return out;
}

// One field of a cell. `machine`: tokens and full-precision numbers (CSV, JSON); otherwise
// words for people in the chosen language.
struct Field {
    std::string_view key;
    std::string_view nl_header, en_header;
    std::function<std::string(const PortfolioColumn&, Dilemma, const PortfolioCell&, Language,
                              bool machine)>
        value;
};

const std::vector<Field>& fields() {
    static const std::vector<Field> kFields = {
        {"file", "bestand", "file",
         [](const PortfolioColumn& c, Dilemma, const PortfolioCell&, Language, bool) {
             return c.file;
         }},
        {"case", "casus", "case",
         [](const PortfolioColumn& c, Dilemma, const PortfolioCell&, Language, bool) {
             return c.case_id;
         }},
        {"scenario", "scenario", "scenario",
         [](const PortfolioColumn& c, Dilemma, const PortfolioCell&, Language, bool) {
             return c.scenario_id;
         }},
        {"dilemma", "dilemma", "dilemma",
         [](const PortfolioColumn&, Dilemma d, const PortfolioCell&, Language L, bool machine) {
             return std::string(machine ? token(d) : label(d, L));
         }},
        {"pole_a", "pool A", "pole A",
         [](const PortfolioColumn&, Dilemma d, const PortfolioCell&, Language L, bool) {
             const auto& p = dilemma_poles(d);
             return std::string(nl(L) ? p.pole_a_nl : p.pole_a_en);
         }},
        {"pole_b", "pool B", "pole B",
         [](const PortfolioColumn&, Dilemma d, const PortfolioCell&, Language L, bool) {
             const auto& p = dilemma_poles(d);
             return std::string(nl(L) ? p.pole_b_nl : p.pole_b_en);
         }},
        {"position", "positie", "position",
         [](const PortfolioColumn&, Dilemma, const PortfolioCell& c, Language, bool machine) {
             if (!c.position)
                 return std::string();
             if (!machine)
                 return number_text(*c.position);
             char buf[32];
             std::snprintf(buf, sizeof buf, "%.10g", *c.position);
             return std::string(buf);
         }},
        {"lean", "neiging", "lean",
         [](const PortfolioColumn&, Dilemma, const PortfolioCell& c, Language L, bool machine) {
             return machine ? std::string(lean_token(c.lean)) : lean_text(c.lean, L);
         }},
        {"strategy", "strategie", "strategy",
         [](const PortfolioColumn&, Dilemma, const PortfolioCell& c, Language L, bool machine) {
             if (c.strategy == CopingStrategy::Unknown)
                 return std::string();
             return std::string(machine ? token(c.strategy) : label(c.strategy, L));
         }},
        {"basis", "grondslag", "basis",
         [](const PortfolioColumn&, Dilemma, const PortfolioCell& c, Language L, bool machine) {
             if (!c.recorded)
                 return std::string();
             return std::string(machine ? token(c.basis) : label(c.basis, L));
         }},
        {"evidence", "onderbouwing", "evidence",
         [](const PortfolioColumn&, Dilemma, const PortfolioCell& c, Language, bool) {
             return c.evidence;
         }},
        {"sources", "bronnen", "sources",
         [](const PortfolioColumn&, Dilemma, const PortfolioCell& c, Language, bool) {
             return sources_text(c.provenance);
         }},
    };
    return kFields;
}

std::string csv_cell(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char ch : s) {
        if (ch == '"')
            out += '"';
        out += ch;
    }
    return out + '"';
}

// Display width in code points (UTF-8 continuation bytes do not count).
std::size_t width(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string pad(const std::string& s, std::size_t w) {
    return s + std::string(w > width(s) ? w - width(s) : 0, ' ');
}

std::string column_label(const PortfolioColumn& c) {
    return c.case_id + "/" + c.scenario_id;
}

}  // namespace

std::string portfolio_cell_text(const PortfolioCell& c, Language L) {
    if (!c.recorded)
        return "-";
    std::string s = lean_text(c.lean, L);
    if (c.position)
        s += " " + number_text(*c.position);
    if (c.basis != EvidenceBasis::Unknown)
        s += " (" + std::string(label(c.basis, L)) + ")";
    return s;
}

namespace {

std::string tally_text(const DilemmaTally& t, Language L) {
    std::string s = "A " + std::to_string(t.pole_a) + ", B " + std::to_string(t.pole_b) +
                    (nl(L) ? ", midden " : ", middle ") + std::to_string(t.middle) +
                    (nl(L) ? ", niet vastgelegd " : ", not recorded ") +
                    std::to_string(t.not_recorded);
    if (t.same_way)
        s += nl(L) ? " - zelfde kant (" : " - same way (";
    if (t.same_way)
        s += lean_text(t.common, L) + ")";
    return s;
}

}  // namespace

std::string_view lean_token(Lean lean) {
    switch (lean) {
        case Lean::PoleA:
            return "pole_a";
        case Lean::PoleB:
            return "pole_b";
        case Lean::Middle:
            return "middle";
        case Lean::NotRecorded:
            break;
    }
    return "not_recorded";
}

DilemmaPortfolio build_portfolio(const std::vector<PortfolioInput>& cases) {
    DilemmaPortfolio p;
    for (const auto& in : cases) {
        if (!in.c)
            continue;
        for (const auto& s : in.c->scenarios) {
            PortfolioColumn col;
            col.file = in.label;
            col.case_id = in.c->id;
            col.case_title = in.c->title;
            col.scenario_id = s.id;
            col.scenario_name = s.name;
            for (const auto& o : s.dilemmas) {
                PortfolioCell& cell = col.cells[static_cast<int>(o.dilemma)];
                if (!cell.recorded)
                    cell = cell_of(o);
            }
            p.columns.push_back(std::move(col));
        }
    }
    tally(p);
    return p;
}

std::string portfolio_text(const DilemmaPortfolio& p, Language L) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> header{nl(L) ? "dilemma (A / B)" : "dilemma (A / B)"};
    for (const auto& c : p.columns)
        header.push_back(column_label(c));
    header.push_back(nl(L) ? "optelsom" : "sum");
    for (int d = 0; d < kDilemmaCount; ++d) {
        const auto& poles = dilemma_poles(static_cast<Dilemma>(d));
        std::vector<std::string> row{
            std::to_string(d + 1) + ". " + std::string(nl(L) ? poles.pole_a_nl : poles.pole_a_en) +
            " / " + std::string(nl(L) ? poles.pole_b_nl : poles.pole_b_en)};
        for (const auto& c : p.columns)
            row.push_back(portfolio_cell_text(c.cells[d], L));
        row.push_back(tally_text(p.tally[d], L));
        rows.push_back(std::move(row));
    }
    std::vector<std::size_t> w(header.size(), 0);
    for (std::size_t i = 0; i < header.size(); ++i)
        w[i] = width(header[i]);
    for (const auto& r : rows)
        for (std::size_t i = 0; i < r.size(); ++i)
            w[i] = std::max(w[i], width(r[i]));
    std::string out = nl(L) ? "Dilemma's van regie per casus (seed 000, hoofdstuk 3)\n"
                            : "Dilemmas of regie per case (seed 000, chapter 3)\n";
    auto line = [&](const std::vector<std::string>& r) {
        for (std::size_t i = 0; i < r.size(); ++i)
            out += (i ? "  " : "") + (i + 1 < r.size() ? pad(r[i], w[i]) : r[i]);
        out += '\n';
    };
    line(header);
    for (const auto& r : rows)
        line(r);
    out += (nl(L) ? "Zelfde kant in " : "Same way in ") + std::to_string(p.dilemmas_same_way) +
           (nl(L) ? " van de 8 dilemma's (het essay: in tenminste zes van de acht).\n"
                  : " of the 8 dilemmas (the essay: in at least six of the eight).\n");

    // The evidence behind every recorded position, field by field.
    out += nl(L) ? "\nOnderbouwing\n" : "\nEvidence\n";
    for (const auto& c : p.columns)
        for (int d = 0; d < kDilemmaCount; ++d) {
            const PortfolioCell& cell = c.cells[d];
            if (!cell.recorded)
                continue;
            out += "  " + column_label(c) + ", " + std::to_string(d + 1) + ":";
            for (const auto& f : fields()) {
                if (f.key == "file" || f.key == "case" || f.key == "scenario" ||
                    f.key == "pole_a" || f.key == "pole_b")
                    continue;
                const std::string v = f.value(c, static_cast<Dilemma>(d), cell, L, false);
                if (!v.empty())
                    out += "\n      " + std::string(nl(L) ? f.nl_header : f.en_header) + ": " + v;
            }
            out += '\n';
        }
    return out;
}

std::string portfolio_csv(const DilemmaPortfolio& p, Language L) {
    std::string out;
    for (const auto& f : fields()) {
        if (&f != &fields().front())
            out += ',';
        out += f.key;
    }
    out += "\r\n";
    for (const auto& c : p.columns)
        for (int d = 0; d < kDilemmaCount; ++d) {
            for (const auto& f : fields()) {
                if (&f != &fields().front())
                    out += ',';
                out += csv_cell(f.value(c, static_cast<Dilemma>(d), c.cells[d], L, true));
            }
            out += "\r\n";
        }
    return out;
}

std::string portfolio_json(const DilemmaPortfolio& p) {
    using nlohmann::ordered_json;
    ordered_json columns = ordered_json::array();
    for (const auto& c : p.columns) {
        ordered_json cells = ordered_json::array();
        for (int d = 0; d < kDilemmaCount; ++d) {
            ordered_json cell = ordered_json::object();
            cell["recorded"] = c.cells[d].recorded;
            for (const auto& f : fields()) {
                if (f.key == "file" || f.key == "case" || f.key == "scenario")
                    continue;
                const std::string v =
                    f.value(c, static_cast<Dilemma>(d), c.cells[d], Language::English, true);
                if (f.key == "position")
                    cell[f.key] = c.cells[d].position && std::isfinite(*c.cells[d].position)
                                      ? ordered_json(*c.cells[d].position)
                                      : ordered_json(nullptr);
                else
                    cell[f.key] = v;
            }
            cells.push_back(std::move(cell));
        }
        columns.push_back({{"file", c.file},
                           {"case", c.case_id},
                           {"case_title", c.case_title},
                           {"scenario", c.scenario_id},
                           {"scenario_name", c.scenario_name},
                           {"cells", std::move(cells)}});
    }
    ordered_json tally = ordered_json::array();
    for (int d = 0; d < kDilemmaCount; ++d) {
        const DilemmaTally& t = p.tally[d];
        tally.push_back({{"dilemma", std::string(token(static_cast<Dilemma>(d)))},
                         {"pole_a", t.pole_a},
                         {"middle", t.middle},
                         {"pole_b", t.pole_b},
                         {"not_recorded", t.not_recorded},
                         {"same_way", t.same_way},
                         {"common", std::string(lean_token(t.common))}});
    }
    ordered_json doc = {{"columns", std::move(columns)},
                        {"tally", std::move(tally)},
                        {"dilemmas_same_way", p.dilemmas_same_way}};
    return doc.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace rk::analytics

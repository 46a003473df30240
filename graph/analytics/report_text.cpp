// CSV and plain-text forms of an AnalysisResult for the terminal and spreadsheets.
#include <cmath>
#include <iomanip>
#include <sstream>

#include "analytics/analysis.hpp"
#include "model/text.hpp"

namespace rk::analytics {
namespace {

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string value_text(double v, Language lang, int precision = 4) {
    if (std::isnan(v))
        return lang == Language::Dutch ? "n.v.t." : "n/a";
    std::ostringstream s;
    if (v == std::floor(v) && std::fabs(v) < 1e15) {
        s << static_cast<long long>(v);
    } else {
        s << std::setprecision(precision) << v;
    }
    return s.str();
}

std::string join(const std::vector<std::string>& items) {
    return items.empty() ? "-" : text::join(items, ", ");
}

}  // namespace

std::string to_csv(const AnalysisResult& r) {
    std::ostringstream s;
    s << "id";
    for (const auto& name : r.actors.names)
        s << ',' << name;
    s << "\r\n";
    s << std::setprecision(17);
    for (std::size_t i = 0; i < r.actors.actor_ids.size(); ++i) {
        s << csv_field(r.actors.actor_ids[i]);
        for (const auto& name : r.actors.names) {
            const double v = r.actors.columns.at(name)[i];
            s << ',';
            if (!std::isnan(v))
                s << v;
        }
        s << "\r\n";
    }
    return s.str();
}

std::string to_table(const AnalysisResult& r, Language lang) {
    const bool nl = lang == Language::Dutch;
    std::ostringstream s;
    const NetworkIndices& n = r.network;
    s << (nl ? "Netwerk" : "Network") << " (" << r.scenario_id << ")\n";
    auto line = [&](const std::string& label, const std::string& value) {
        s << "  " << std::left << std::setw(34) << label << value << '\n';
    };
    line(nl ? "actoren" : "nodes", std::to_string(n.nodes));
    line(nl ? "relaties" : "edges", std::to_string(n.edges));
    line(nl ? "dichtheid" : "density", value_text(n.density, lang));
    line(nl ? "componenten" : "components", std::to_string(n.components));
    line(nl ? "geïsoleerd" : "isolates", std::to_string(n.isolates));
    line(nl ? "fragmentatie F" : "fragmentation F", value_text(n.fragmentation, lang));
    line(nl ? "afstandsgewogen fragmentatie" : "distance-weighted fragmentation",
         value_text(n.distance_weighted_fragmentation, lang));
    line(nl ? "scharnierpunten" : "articulation points", join(n.articulation_points));
    std::vector<std::string> bridges;
    for (const auto& [u, v] : n.bridges)
        bridges.push_back(u + "--" + v);
    line(nl ? "bruggen" : "bridges", join(bridges));
    for (const auto& [metric, value] : n.centralization)
        line((nl ? "centralisatie " : "centralization ") + metric, value_text(value, lang));
    if (!n.key_players.method.empty()) {
        line(nl ? "sleutelspeler (1)" : "key player (1)",
             join(n.key_players.best_one) +
                 "  F=" + value_text(n.key_players.fragmentation_one, lang));
        line(nl ? "sleutelspelers (2)" : "key players (2)",
             join(n.key_players.best_two) +
                 "  F=" + value_text(n.key_players.fragmentation_two, lang) + "  (" +
                 n.key_players.method + ")");
    }
    if (!n.communities.empty())
        line(nl ? "gemeenschappen (Louvain)" : "communities (Louvain)",
             std::to_string(n.community_count) + "  Q=" + value_text(n.community_modularity, lang));

    s << '\n' << std::left << std::setw(24) << "id";
    for (const auto& name : r.actors.names)
        s << ' ' << std::setw(12) << name.substr(0, 12);
    s << '\n';
    for (std::size_t i = 0; i < r.actors.actor_ids.size(); ++i) {
        s << std::setw(24) << r.actors.actor_ids[i].substr(0, 24);
        for (const auto& name : r.actors.names)
            s << ' ' << std::setw(12) << value_text(r.actors.columns.at(name)[i], lang);
        s << '\n';
    }
    for (const auto& p : r.partitions) {
        s << '\n' << (nl ? "Indeling " : "Partition ") << p.attribute << '\n';
        line("E-I", value_text(p.ei, lang) + (nl ? "  verwacht " : "  expected ") +
                        value_text(p.expected_ei, lang) + "  p=" + value_text(p.p_value, lang));
        line(nl ? "modulariteit" : "modularity", value_text(p.modularity, lang));
        line(nl ? "assortativiteit" : "assortativity", value_text(p.assortativity, lang));
        for (const auto& g : p.groups)
            line("  " + g.value, "n=" + std::to_string(g.size) + " E-I " + value_text(g.ei, lang) +
                                     (nl ? " verwacht " : " expected ") +
                                     value_text(g.expected_ei, lang));
    }
    const RegieOverlay& rg = r.regie;
    s << '\n' << "Regie\n";
    line(nl ? "regisseurs" : "regisseurs", join(rg.regisseurs));
    std::vector<std::string> multiple;
    for (const auto& [actor, by] : rg.multiply_directed)
        multiple.push_back(actor + " <- " + join(by));
    line(nl ? "meervoudig aangestuurd" : "multiply directed", join(multiple));
    line(nl ? "niet aangestuurd" : "not directed", join(rg.undirected_actors));
    line("Krackhardt connectedness", value_text(rg.connectedness, lang));
    line("Krackhardt hierarchy", value_text(rg.hierarchy, lang));
    line("Krackhardt efficiency", value_text(rg.efficiency, lang));
    line("Krackhardt LUB", value_text(rg.lub, lang));
    line(nl ? "regie zonder mandaat" : "regie without mandate", join(rg.regie_without_mandate));

    s << '\n' << (nl ? "Diagnoses" : "Diagnostics") << '\n';
    for (const auto& f : r.diagnostics) {
        const char* state = !f.applicable ? (nl ? "n.v.t. " : "n/a    ")
                            : f.flagged   ? (nl ? "LET OP " : "FLAG   ")
                                          : "ok     ";
        s << "  " << state << (nl ? f.title_nl : f.title_en);
        if (!f.subject.empty())
            s << " [" << f.subject << "]";
        s << ": " << (nl ? f.summary_nl : f.summary_en);
        if (f.evidence.items > 0)
            s << (nl ? "  [bewijs: " : "  [evidence: ") << f.evidence.inferred << '/'
              << f.evidence.items << (nl ? " modelkeuze]" : " modelling choice]");
        s << '\n';
        // The first lines only: a terminal is not the place for 100 pairs (JSON has them).
        const auto& details = nl ? f.details_nl : f.details_en;
        constexpr std::size_t kShown = 8;
        for (std::size_t i = 0; i < details.size() && i < kShown; ++i)
            s << "           " << details[i] << '\n';
        if (details.size() > kShown)
            s << "           (+" << details.size() - kShown
              << (nl ? " regels, zie --format json)\n" : " lines, see --format json)\n");
    }
    s << '\n' << (nl ? "Conventies" : "Conventions") << '\n';
    for (const auto& [k, v] : r.conventions)
        s << "  " << k << ": " << v << '\n';
    return s.str();
}

}  // namespace rk::analytics

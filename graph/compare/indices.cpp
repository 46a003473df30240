// The analytics result flattened to key -> value, so the before/after/delta table is one
// generic loop over whatever the analytics module computes.
#include <cmath>

#include "compare/compare.hpp"

namespace rk::compare {

namespace {

class Builder {
public:
    explicit Builder(IndexMap& m) : m_(m) {}
    void add(const std::string& key, double v, const std::string& label, const std::string& group) {
        if (!m_.values.count(key)) m_.order.push_back(key);
        m_.values[key] = v;
        m_.labels[key] = label;
        m_.groups[key] = group;
    }

private:
    IndexMap& m_;
};

double count(std::size_t n) { return static_cast<double>(n); }

}  // namespace

IndexMap index_map(const analytics::AnalysisResult& a) {
    IndexMap m;
    Builder b(m);
    const auto& net = a.network;
    const std::string s = "structure";
    b.add("nodes", net.nodes, "actors", s);
    b.add("edges", net.edges, "ties (merged over layers)", s);
    b.add("density", net.density, "density", s);
    b.add("components", net.components, "components", s);
    b.add("isolates", net.isolates, "isolates", s);
    b.add("largest_component", net.largest_component, "largest component (actors)", s);
    b.add("fragmentation", net.fragmentation, "fragmentation F (Borgatti)", s);
    b.add("distance_weighted_fragmentation", net.distance_weighted_fragmentation,
          "distance-weighted fragmentation", s);
    b.add("articulation_points", count(net.articulation_points.size()), "articulation points", s);
    b.add("bridges", count(net.bridges.size()), "bridges", s);
    if (!net.key_players.best_one.empty())
        b.add("key_players.fragmentation_one", net.key_players.fragmentation_one,
              "F without the key player", s);
    if (!net.key_players.best_two.empty())
        b.add("key_players.fragmentation_two", net.key_players.fragmentation_two,
              "F without the two key players", s);
    if (net.community_count > 0) {
        b.add("communities", net.community_count, "communities (Louvain)", s);
        b.add("community_modularity", net.community_modularity, "modularity of communities", s);
    }
    for (const auto& [metric, value] : net.centralization)
        b.add("centralization." + metric, value, "centralization (" + metric + ")",
              "centralization");

    for (const auto& p : a.partitions) {
        const std::string k = "partition." + p.attribute + ".";
        const std::string g = "silos (" + p.attribute + ")";
        b.add(k + "ei", p.ei, "E-I index by " + p.attribute, g);
        b.add(k + "expected_ei", p.expected_ei, "expected E-I by " + p.attribute, g);
        b.add(k + "p_value", p.p_value, "E-I p-value by " + p.attribute, g);
        b.add(k + "modularity", p.modularity, "modularity by " + p.attribute, g);
        b.add(k + "assortativity", p.assortativity, "assortativity by " + p.attribute, g);
    }

    const auto& r = a.regie;
    const std::string g = "regie";
    b.add("regie.regisseurs", count(r.regisseurs.size()), "regisseurs", g);
    b.add("regie.multiply_directed", count(r.multiply_directed.size()),
          "actors directed by 2+ regisseurs", g);
    b.add("regie.undirected_actors", count(r.undirected_actors.size()),
          "actors outside all regie", g);
    b.add("regie.cycles", count(r.cycles.size()), "cycles of direction", g);
    b.add("regie.connectedness", r.connectedness, "Krackhardt connectedness", g);
    b.add("regie.hierarchy", r.hierarchy, "Krackhardt hierarchy", g);
    b.add("regie.efficiency", r.efficiency, "Krackhardt efficiency", g);
    b.add("regie.lub", r.lub, "least-upper-boundedness", g);
    b.add("regie.regie_without_mandate", count(r.regie_without_mandate.size()),
          "regie without mandate", g);
    b.add("regie.mandate_without_regie", count(r.mandate_without_regie.size()),
          "mandate without regie", g);

    for (const auto& f : a.diagnostics) {
        std::string k = "diagnostic." + f.id;
        if (!f.subject.empty()) k += "[" + f.subject + "]";
        const std::string title = f.title_en.empty() ? f.id : f.title_en;
        const std::string label = f.subject.empty() ? title : title + " (" + f.subject + ")";
        b.add(k, f.applicable ? (f.flagged ? 1.0 : 0.0) : std::nan(""), label + ": flagged",
              "diagnostic");
        for (const auto& [name, value] : f.numbers)
            b.add(k + "." + name, value, label + ": " + name, "diagnostic");
    }
    return m;
}

}  // namespace rk::compare

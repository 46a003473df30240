// The analytics result flattened to key -> value, so the before/after/delta table is one
// generic loop over whatever the analytics module computes.
#include <cmath>

#include "compare/compare.hpp"

namespace rk::compare {

namespace {

class Builder {
  public:
    explicit Builder(IndexMap& m) : m_(m) {}
    // `label` in English, `label_nl` in Dutch (the comparison window and reports speak both).
    void add(const std::string& key, double v, const std::string& label,
             const std::string& label_nl, const std::string& group) {
        if (!m_.values.count(key))
            m_.order.push_back(key);
        m_.values[key] = v;
        m_.labels[key] = label;
        m_.labels_nl[key] = label_nl;
        m_.groups[key] = group;
    }

  private:
    IndexMap& m_;
};

double count(std::size_t n) {
    return static_cast<double>(n);
}

}  // namespace

IndexMap index_map(const analytics::AnalysisResult& a) {
    IndexMap m;
    Builder b(m);
    const auto& net = a.network;
    const std::string s = "structure";
    b.add("nodes", net.nodes, "actors", "actoren", s);
    b.add("edges", net.edges, "ties (merged over layers)", "relaties (paren)", s);
    b.add("density", net.density, "density", "dichtheid", s);
    b.add("components", net.components, "components", "componenten", s);
    b.add("isolates", net.isolates, "isolates", "geïsoleerde actoren", s);
    b.add("largest_component", net.largest_component, "largest component (actors)",
          "grootste component (actoren)", s);
    b.add("fragmentation", net.fragmentation, "fragmentation F (Borgatti)",
          "fragmentatie F (Borgatti)", s);
    b.add("distance_weighted_fragmentation", net.distance_weighted_fragmentation,
          "distance-weighted fragmentation", "afstandsgewogen fragmentatie", s);
    b.add("articulation_points", count(net.articulation_points.size()), "articulation points",
          "scharnieractoren", s);
    b.add("bridges", count(net.bridges.size()), "bridges", "bruggen", s);
    if (!net.key_players.best_one.empty())
        b.add("key_players.fragmentation_one", net.key_players.fragmentation_one,
              "F without the key player", "F zonder de sleutelspeler", s);
    if (!net.key_players.best_two.empty())
        b.add("key_players.fragmentation_two", net.key_players.fragmentation_two,
              "F without the two key players", "F zonder de twee sleutelspelers", s);
    if (net.community_count > 0) {
        b.add("communities", net.community_count, "communities (Louvain)",
              "gemeenschappen (Louvain)", s);
        b.add("community_modularity", net.community_modularity, "modularity of communities",
              "modulariteit van de gemeenschappen", s);
    }
    for (const auto& [metric, value] : net.centralization)
        b.add("centralization." + metric, value, "centralization (" + metric + ")",
              "centralisatie (" + metric + ")", "centralization");

    for (const auto& p : a.partitions) {
        const std::string k = "partition." + p.attribute + ".";
        const std::string g = "silos (" + p.attribute + ")";
        b.add(k + "ei", p.ei, "E-I index by " + p.attribute, "E-I-index naar " + p.attribute, g);
        b.add(k + "expected_ei", p.expected_ei, "expected E-I by " + p.attribute,
              "verwachte E-I naar " + p.attribute, g);
        b.add(k + "p_value", p.p_value, "E-I p-value by " + p.attribute,
              "E-I p-waarde naar " + p.attribute, g);
        b.add(k + "modularity", p.modularity, "modularity by " + p.attribute,
              "modulariteit naar " + p.attribute, g);
        b.add(k + "assortativity", p.assortativity, "assortativity by " + p.attribute,
              "assortativiteit naar " + p.attribute, g);
    }

    const auto& r = a.regie;
    const std::string g = "regie";
    b.add("regie.regisseurs", count(r.regisseurs.size()), "regisseurs", "regisseurs", g);
    b.add("regie.multiply_directed", count(r.multiply_directed.size()),
          "actors directed by 2+ regisseurs", "actoren met 2+ regisseurs", g);
    b.add("regie.undirected_actors", count(r.undirected_actors.size()), "actors outside all regie",
          "actoren buiten alle regie", g);
    b.add("regie.cycles", count(r.cycles.size()), "cycles of direction", "regiecycli", g);
    b.add("regie.connectedness", r.connectedness, "Krackhardt connectedness",
          "Krackhardt verbondenheid", g);
    b.add("regie.hierarchy", r.hierarchy, "Krackhardt hierarchy", "hiërarchie (Krackhardt)", g);
    b.add("regie.efficiency", r.efficiency, "Krackhardt efficiency", "Krackhardt efficiëntie", g);
    b.add("regie.lub", r.lub, "least-upper-boundedness", "gemeenschappelijke regisseur (LUB)", g);
    b.add("regie.regie_without_mandate", count(r.regie_without_mandate.size()),
          "regie without mandate", "regie zonder mandaat", g);
    b.add("regie.mandate_without_regie", count(r.mandate_without_regie.size()),
          "mandate without regie", "mandaat zonder regie", g);

    for (const auto& f : a.diagnostics) {
        std::string k = "diagnostic." + f.id;
        if (!f.subject.empty())
            k += "[" + f.subject + "]";
        auto titled = [&](const std::string& title) {
            const std::string t = title.empty() ? f.id : title;
            return f.subject.empty() ? t : t + " (" + f.subject + ")";
        };
        const std::string label = titled(f.title_en), label_nl = titled(f.title_nl);
        b.add(k, f.applicable ? (f.flagged ? 1.0 : 0.0) : std::nan(""), label + ": flagged",
              label_nl + ": gesignaleerd", "diagnostic");
        for (const auto& [name, value] : f.numbers)
            b.add(k + "." + name, value, label + ": " + name, label_nl + ": " + name, "diagnostic");
    }
    return m;
}

}  // namespace rk::compare

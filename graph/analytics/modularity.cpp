// Modularity of a given partition: Newman and Girvan (2004) for undirected networks,
// Leicht and Newman (2008) for directed ones. Q = sum over groups of
// (internal weight / m) - (expected internal weight / m).
#include <map>

#include "analytics/measures.hpp"

namespace rk::analytics {

double modularity(const NetworkView& g, const std::vector<int>& group) {
    // Actors of unknown group (-1) are singletons: give each its own key.
    auto key = [&](int v) { return group[v] >= 0 ? group[v] : -1 - v; };
    double m = 0;
    for (const auto& e : g.edges)
        m += e.weight;
    if (m <= 0)
        return kNaN;
    std::map<int, double> internal, out_total, in_total;
    for (const auto& e : g.edges) {
        if (key(e.u) == key(e.v))
            internal[key(e.u)] += e.weight;
        out_total[key(e.u)] += e.weight;
        in_total[key(e.v)] += e.weight;
    }
    double q = 0;
    for (const auto& [k, w] : internal)
        q += w / m;
    if (g.directed) {
        for (const auto& [k, out] : out_total) {
            auto it = in_total.find(k);
            if (it != in_total.end())
                q -= out * it->second / (m * m);
        }
    } else {
        // Undirected: a group's degree total counts both ends of each edge.
        std::map<int, double> degree_total = out_total;
        for (const auto& [k, w] : in_total)
            degree_total[k] += w;
        for (const auto& [k, d] : degree_total)
            q -= (d / (2 * m)) * (d / (2 * m));
    }
    return q;
}

}  // namespace rk::analytics

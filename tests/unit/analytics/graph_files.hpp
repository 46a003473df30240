// Reads the reference edge lists of tests/data/analytics (written by make_reference.py):
// "u v [w]" per line, a line with one id adds an actor without ties, '#' starts a comment.
// Test-only on purpose: the tests of the engine should not depend on the io module.
#pragma once

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "analytics/analysis.hpp"

namespace rk::analytics::testing {

inline NetworkView load_edges(const std::string& file, bool directed = false,
                              bool weighted = false) {
    std::ifstream in(std::string(RK_TEST_DATA) + "/analytics/" + file);
    std::vector<std::string> ids;
    std::map<std::string, int> index;
    std::vector<NetworkView::Edge> edges;
    auto id_of = [&](const std::string& s) {
        auto [it, added] = index.emplace(s, static_cast<int>(ids.size()));
        if (added)
            ids.push_back(s);
        return it->second;
    };
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream fields(line);
        std::string u, v;
        double w = 1.0;
        fields >> u;
        const int a = id_of(u);
        if (!(fields >> v))
            continue;
        fields >> w;
        edges.push_back({a, id_of(v), w});
    }
    return view_from_edges(std::move(ids), edges, directed, weighted);
}

inline NetworkView make_view(int n, const std::vector<std::pair<int, int>>& pairs,
                             bool directed = false) {
    std::vector<std::string> ids;
    for (int i = 0; i < n; ++i) {
        std::string id(1, 'v');  // not "v" + ...: GCC 12 warns falsely (-Wrestrict) on that
        id += std::to_string(i);
        ids.push_back(std::move(id));
    }
    std::vector<NetworkView::Edge> edges;
    for (const auto& [u, v] : pairs)
        edges.push_back({u, v, 1.0});
    return view_from_edges(std::move(ids), edges, directed, false);
}

inline Actor& add_actor(Scenario& s, const std::string& id) {
    Actor a;
    a.id = id;
    a.name = id;
    s.actors.push_back(std::move(a));
    return s.actors.back();
}

inline Relation& add_relation(Scenario& s, const std::string& source, const std::string& target,
                              Layer layer, bool directed = false) {
    Relation r;
    r.id = "r" + std::to_string(s.relations.size());
    r.source = source;
    r.target = target;
    r.layer = layer;
    r.directed = directed;
    s.relations.push_back(std::move(r));
    return s.relations.back();
}

}  // namespace rk::analytics::testing

// Small named graphs for the layout tests.
#pragma once

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "layout/layout.hpp"
#include "model/case.hpp"

namespace rk::layout::testing {

// "a<i>" (built with append: GCC 12 warns falsely (-Wrestrict) on node_id(i)).
inline std::string node_id(int i) {
    std::string id = "a";
    id += std::to_string(i);
    return id;
}

inline Actor actor(const std::string& id, Bestuurslaag laag = Bestuurslaag::Unknown) {
    Actor a;
    a.id = id;
    a.name = id;
    a.bestuurslaag = laag;
    return a;
}

inline Relation relation(const std::string& s, const std::string& t,
                         Layer layer = Layer::Collaboration) {
    Relation r;
    r.id = s + "-" + t + "-" + std::to_string(static_cast<int>(layer));
    r.source = s;
    r.target = t;
    r.layer = layer;
    r.directed = layer == Layer::Directs;
    return r;
}

// Scenario with actors "a0".."a{n-1}" and the given edges.
inline Scenario graph_scenario(int n, const std::vector<std::pair<int, int>>& edges) {
    Scenario s;
    s.id = "s";
    for (int i = 0; i < n; ++i)
        s.actors.push_back(actor(node_id(i)));
    for (auto [a, b] : edges)
        s.relations.push_back(relation(node_id(a), node_id(b)));
    return s;
}

inline std::vector<std::pair<int, int>> grid_edges(int w, int h) {
    std::vector<std::pair<int, int>> e;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            int i = y * w + x;
            if (x + 1 < w)
                e.emplace_back(i, i + 1);
            if (y + 1 < h)
                e.emplace_back(i, i + w);
        }
    return e;
}

inline std::vector<std::pair<int, int>> path_edges(int n) {
    std::vector<std::pair<int, int>> e;
    for (int i = 0; i + 1 < n; ++i)
        e.emplace_back(i, i + 1);
    return e;
}

inline LayoutGraph index_graph(int n, const std::vector<std::pair<int, int>>& edges) {
    LayoutGraph g;
    for (int i = 0; i < n; ++i)
        g.ids.push_back(node_id(i));
    for (auto [a, b] : edges) {
        g.edges.emplace_back(std::min(a, b), std::max(a, b));
        g.weights.push_back(1.0);
    }
    return g;
}

inline std::vector<Vec2> to_vector(const LayoutGraph& g, const std::map<std::string, Position>& p) {
    std::vector<Vec2> v;
    for (const auto& id : g.ids)
        v.push_back({p.at(id).x, p.at(id).y});
    return v;
}

inline bool all_finite(const std::map<std::string, Position>& p) {
    for (const auto& [id, q] : p)
        if (!std::isfinite(q.x) || !std::isfinite(q.y))
            return false;
    return true;
}

}  // namespace rk::layout::testing

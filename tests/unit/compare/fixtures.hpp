// Small hand-made before/after scenarios with answers worked out by hand in the tests.
#pragma once

#include <string>
#include <vector>

#include "model/case.hpp"

namespace rk::test {

inline Actor actor(std::string id, std::string name = {}) {
    Actor a;
    a.id = id;
    a.name = name.empty() ? id : name;
    return a;
}

inline Relation rel(std::string id, std::string s, std::string t,
                    Layer layer = Layer::Collaboration, bool directed = false) {
    Relation r;
    r.id = std::move(id);
    r.source = std::move(s);
    r.target = std::move(t);
    r.layer = layer;
    r.directed = directed;
    return r;
}

inline LineageLink link(std::string id, LineageKind kind, std::vector<std::string> from,
                        std::vector<std::string> to) {
    LineageLink l;
    l.id = std::move(id);
    l.kind = kind;
    l.from_scenario = "before";
    l.to_scenario = "after";
    l.from_actors = std::move(from);
    l.to_actors = std::move(to);
    return l;
}

// Before: A, B, C, D, E with collaboration A-B, B-C, C-D, D-E, A-C and directs A->B.
// After: C and D merged into CD; E split into E1 and E2. Collaboration A-B, B-CD, CD-E1,
// A-E2, E1-E2; directs A->B and A->CD.
// Classes (sorted by id): 0 = A, 1 = B, 2 = CD (C, D | CD), 3 = E (E | E1, E2).
inline Case merge_split_case() {
    Case c;
    c.id = "merge-split";
    c.title = "Merge and split";
    Scenario b;
    b.id = "before";
    b.name = "Voor";
    for (auto id : {"A", "B", "C", "D", "E"})
        b.actors.push_back(actor(id));
    b.relations = {rel("b1", "A", "B"), rel("b2", "B", "C"),
                   rel("b3", "C", "D"), rel("b4", "D", "E"),
                   rel("b5", "A", "C"), rel("b6", "A", "B", Layer::Directs, true)};
    Scenario a;
    a.id = "after";
    a.name = "Na";
    for (auto id : {"A", "B", "CD", "E1", "E2"})
        a.actors.push_back(actor(id));
    a.relations = {rel("a1", "A", "B"),
                   rel("a2", "B", "CD"),
                   rel("a3", "CD", "E1"),
                   rel("a4", "A", "E2"),
                   rel("a5", "E1", "E2"),
                   rel("a6", "A", "B", Layer::Directs, true),
                   rel("a7", "A", "CD", Layer::Directs, true)};
    c.scenarios = {b, a};
    c.lineage = {link("l1", LineageKind::Merge, {"C", "D"}, {"CD"}),
                 link("l2", LineageKind::Split, {"E"}, {"E1", "E2"})};
    return c;
}

}  // namespace rk::test

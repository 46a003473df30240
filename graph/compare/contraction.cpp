// Step 2 of a comparison: both scenarios onto lineage classes (connected components of the
// bipartite lineage graph; see compare.hpp for the convention).
#include <algorithm>
#include <numeric>

#include "compare/compare.hpp"
#include "model/text.hpp"

namespace rk::compare {

namespace {

struct UnionFind {
    std::vector<int> parent;
    explicit UnionFind(int n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    int find(int x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    }
    void unite(int a, int b) { parent[find(a)] = find(b); }
};

using text::join;

}  // namespace

Contraction contract(const Scenario& before, const Scenario& after,
                     const std::vector<LineageLink>& links) {
    return contract(ScenarioIndex(before), ScenarioIndex(after), links);
}

Contraction contract(const ScenarioIndex& before, const ScenarioIndex& after,
                     const std::vector<LineageLink>& links) {
    // Union-find nodes: before actor i is node i, after actor j is node n + j.
    const int n = before.actor_count();
    const int m = after.actor_count();

    Contraction out;
    UnionFind uf(n + m);
    std::vector<bool> mentioned(n + m, false);
    for (const auto& l : links) {
        std::vector<int> nodes;
        for (const auto& id : l.from_actors) {
            const int i = before.find(id);
            if (i < 0) {
                out.warnings.push_back("lineage link '" + l.id + "': actor '" + id +
                                       "' is not in scenario '" + before.scenario_id() + "'");
                continue;
            }
            nodes.push_back(i);
        }
        for (const auto& id : l.to_actors) {
            const int j = after.find(id);
            if (j < 0) {
                out.warnings.push_back("lineage link '" + l.id + "': actor '" + id +
                                       "' is not in scenario '" + after.scenario_id() + "'");
                continue;
            }
            nodes.push_back(n + j);
        }
        for (int x : nodes)
            mentioned[x] = true;
        for (std::size_t k = 1; k < nodes.size(); ++k)
            uf.unite(nodes[0], nodes[k]);
    }
    // Actors in no link: identity by equal id, when the counterpart is also unmentioned.
    for (int i = 0; i < n; ++i) {
        if (mentioned[i])
            continue;
        const int j = after.find(before.actor_id(i));
        if (j >= 0 && !mentioned[n + j])
            uf.unite(i, n + j);
    }

    std::map<int, LineageClass> by_root;
    for (int i = 0; i < n; ++i)
        by_root[uf.find(i)].before_actors.push_back(before.actor_id(i));
    for (int j = 0; j < m; ++j)
        by_root[uf.find(n + j)].after_actors.push_back(after.actor_id(j));

    for (auto& [root, cls] : by_root) {
        std::sort(cls.before_actors.begin(), cls.before_actors.end());
        std::sort(cls.after_actors.begin(), cls.after_actors.end());
        const auto nb = cls.before_actors.size(), na = cls.after_actors.size();
        if (nb == 1 && na == 1) {
            cls.kind = cls.before_actors[0] == cls.after_actors[0] ? LineageKind::Identity
                                                                   : LineageKind::Rename;
        } else if (nb == 0) {
            cls.kind = LineageKind::New;
        } else if (na == 0) {
            cls.kind = LineageKind::Dissolved;
        } else if (nb == 1) {
            cls.kind = LineageKind::Split;
        } else {
            cls.kind = LineageKind::Merge;  // n:1, or an n:m restructuring
        }
        cls.id = na == 1   ? cls.after_actors[0]
                 : na == 0 ? cls.before_actors[0]
                           : join(nb == 1 ? cls.before_actors : cls.after_actors, "+");
        std::vector<std::string> bn, an;
        for (const auto& id : cls.before_actors)
            bn.push_back(before.display_name(before.find(id)));
        for (const auto& id : cls.after_actors)
            an.push_back(after.display_name(after.find(id)));
        switch (cls.kind) {
            case LineageKind::Identity:
            case LineageKind::New:
                cls.label = an[0];
                break;
            case LineageKind::Dissolved:
                cls.label = bn[0];
                break;
            case LineageKind::Rename:
                cls.label = bn[0] + " -> " + an[0];
                break;
            default:
                cls.label = join(bn, " + ") + " -> " + join(an, " + ");
                break;
        }
        out.classes.push_back(std::move(cls));
    }
    std::sort(out.classes.begin(), out.classes.end(),
              [](const LineageClass& a, const LineageClass& b) { return a.id < b.id; });
    // A dissolved "x" and a new "x" (both named in links) would share an id: number repeats.
    for (std::size_t k = 1, dup = 1; k < out.classes.size(); ++k) {
        if (out.classes[k].id == out.classes[k - dup].id) {
            ++dup;
            out.classes[k].id += "#" + std::to_string(dup);
        } else {
            dup = 1;
        }
    }
    for (int k = 0; k < static_cast<int>(out.classes.size()); ++k) {
        for (const auto& id : out.classes[k].before_actors)
            out.before_class[id] = k;
        for (const auto& id : out.classes[k].after_actors)
            out.after_class[id] = k;
    }
    return out;
}

}  // namespace rk::compare

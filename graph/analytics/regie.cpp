// The regie overlay: who directs whom over the `directs` relations (source directs target),
// with Krackhardt's (1994) four measures of formal hierarchy on that digraph:
// connectedness, hierarchy (no mutual reachability), efficiency (no more ties than a tree)
// and least-upper-boundedness (every two actors share a superior to escalate to).
#include <algorithm>
#include <cassert>
#include <cstdint>

#include "analytics/measures.hpp"

namespace rk::analytics {
namespace {

using Bits = std::vector<std::uint64_t>;

bool test(const Bits& b, int i) {
    return (b[i >> 6] >> (i & 63)) & 1u;
}
void set(Bits& b, int i) {
    b[i >> 6] |= std::uint64_t{1} << (i & 63);
}
bool subset(const Bits& a, const Bits& b) {  // a within b
    for (std::size_t k = 0; k < a.size(); ++k)
        if (a[k] & ~b[k])
            return false;
    return true;
}

bool has_role(const Actor& a, Role r) {
    return std::find(a.roles.begin(), a.roles.end(), r) != a.roles.end();
}

// The directs digraph over the actors that take part in it (local indices 0..N-1).
struct Directs {
    std::vector<int> actor;  // local -> scenario index
    std::vector<std::vector<int>> out, in;
};

// Local numbers are given in relation order (as the relations are listed), so results keep
// the order the case author wrote. O(m) over the index's integer ends.
Directs directs_digraph(const ScenarioIndex& index) {
    std::vector<int> local(static_cast<std::size_t>(index.actor_count()), -1);
    Directs d;
    auto local_of = [&](int a) {
        if (local[a] < 0) {
            local[a] = static_cast<int>(d.actor.size());
            d.actor.push_back(a);
            d.out.emplace_back();
            d.in.emplace_back();
        }
        return local[a];
    };
    for (int r = 0; r < index.relation_count(); ++r) {
        const ScenarioIndex::Ends e = index.ends(r);
        if (index.layer(r) != Layer::Directs || !e.known() || e.self_loop())
            continue;
        const int u = local_of(e.source), v = local_of(e.target);
        d.out[u].push_back(v);
        d.in[v].push_back(u);
    }
    for (auto* lists : {&d.out, &d.in})
        for (auto& l : *lists) {
            std::sort(l.begin(), l.end());
            l.erase(std::unique(l.begin(), l.end()), l.end());
        }
    return d;
}

// reach[i]: the set that i reaches (itself included), by BFS. O(N (N + M)).
std::vector<Bits> reachability(const Directs& d) {
    const int n = static_cast<int>(d.actor.size());
    const std::size_t words = (n + 63) / 64;
    std::vector<Bits> reach(n, Bits(words, 0));
    std::vector<int> queue;
    for (int s = 0; s < n; ++s) {
        queue.assign(1, s);
        set(reach[s], s);
        for (std::size_t h = 0; h < queue.size(); ++h)
            for (int t : d.out[queue[h]])
                if (!test(reach[s], t))
                    set(reach[s], t), queue.push_back(t);
    }
    return reach;
}

std::vector<int> weak_labels(const Directs& d, int& count) {
    const int n = static_cast<int>(d.actor.size());
    std::vector<int> label(n, -1), queue;
    count = 0;
    for (int s = 0; s < n; ++s) {
        if (label[s] >= 0)
            continue;
        queue.assign(1, s);
        label[s] = count;
        for (std::size_t h = 0; h < queue.size(); ++h) {
            const int v = queue[h];
            for (const auto* list : {&d.out[v], &d.in[v]})
                for (int t : *list)
                    if (label[t] < 0)
                        label[t] = count, queue.push_back(t);
        }
        ++count;
    }
    return label;
}

void krackhardt(const Directs& d, const std::vector<Bits>& reach, RegieOverlay& r) {
    const int n = static_cast<int>(d.actor.size());
    if (n < 2)
        return;
    int components = 0;
    const auto label = weak_labels(d, components);
    std::vector<double> size(components, 0.0), ties(components, 0.0);
    for (int v = 0; v < n; ++v)
        ++size[label[v]];
    // Underlying undirected ties per component (mutual arcs count once).
    for (int u = 0; u < n; ++u)
        for (int v : d.out[u])
            if (!(std::binary_search(d.out[v].begin(), d.out[v].end(), u) && v < u))
                ++ties[label[u]];
    double connected_pairs = 0, surplus = 0, max_surplus = 0, lub_max = 0;
    for (int c = 0; c < components; ++c) {
        const double s = size[c];
        connected_pairs += s * (s - 1) / 2;
        surplus += ties[c] - (s - 1);
        max_surplus += s * (s - 1) / 2 - (s - 1);
        lub_max += (s - 1) * (s - 2) / 2;
    }
    const double all_pairs = double(n) * (n - 1) / 2;
    r.connectedness = connected_pairs / all_pairs;
    r.efficiency = max_surplus > 0 ? 1.0 - surplus / max_surplus : kNaN;

    // anc[i]: the set of actors that reach i (its superiors, itself included).
    const std::size_t words = (n + 63) / 64;
    std::vector<Bits> anc(n, Bits(words, 0));
    double mutual = 0, reachable = 0, no_lub = 0;
    for (int u = 0; u < n; ++u)
        for (int v = 0; v < n; ++v)
            if (test(reach[u], v))
                set(anc[v], u);
    Bits upper(words);
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            const bool ij = test(reach[i], j), ji = test(reach[j], i);
            if (ij || ji)
                ++reachable;
            if (ij && ji)
                ++mutual;
            if (label[i] != label[j])
                continue;
            bool any = false;
            for (std::size_t k = 0; k < words; ++k) {
                upper[k] = anc[i][k] & anc[j][k];
                any = any || upper[k];
            }
            bool lub = false;
            for (int u = 0; any && !lub && u < n; ++u)
                lub = test(upper, u) && subset(upper, anc[u]);
            if (!lub)
                ++no_lub;
        }
    }
    r.hierarchy = reachable > 0 ? 1.0 - mutual / reachable : kNaN;
    r.lub = lub_max > 0 ? 1.0 - no_lub / lub_max : kNaN;
}

}  // namespace

RegieOverlay regie_overlay(const Scenario& s, int multiple_min, int lub_limit) {
    return regie_overlay(s, ScenarioIndex(s), multiple_min, lub_limit);
}

RegieOverlay regie_overlay(const Scenario& s, const ScenarioIndex& index, int multiple_min,
                           int lub_limit) {
    assert(index.actor_count() == static_cast<int>(s.actors.size()));
    RegieOverlay r;
    const Directs d = directs_digraph(index);
    const int total = static_cast<int>(s.actors.size());
    std::vector<int> local(total, -1);
    for (int i = 0; i < static_cast<int>(d.actor.size()); ++i)
        local[d.actor[i]] = i;
    const int n = static_cast<int>(d.actor.size());
    const bool small = n <= lub_limit;
    const std::vector<Bits> reach = small ? reachability(d) : std::vector<Bits>{};

    for (int a = 0; a < total; ++a) {
        const Actor& actor = s.actors[a];
        const int l = local[a];
        const int out = l >= 0 ? static_cast<int>(d.out[l].size()) : 0;
        const int in = l >= 0 ? static_cast<int>(d.in[l].size()) : 0;
        const bool regisseur = out > 0 || has_role(actor, Role::Regisseur) ||
                               has_role(actor, Role::CoordinerendRegisseur);
        if (regisseur) {
            r.regisseurs.push_back(actor.id);
            r.span[actor.id] = out;
            if (small && l >= 0) {
                int reached = -1;  // itself
                for (int v = 0; v < n; ++v)
                    reached += test(reach[l], v);
                r.coverage[actor.id] = total > 1 ? double(reached) / (total - 1) : kNaN;
            } else {
                r.coverage[actor.id] = small ? 0.0 : kNaN;
            }
            const bool no_mandate = actor.mandate.decision == DecisionMandate::None &&
                                    actor.mandate.doorzettingsmacht != true;
            if (no_mandate)
                r.regie_without_mandate.push_back(actor.id);
        }
        if (in >= multiple_min) {
            auto& directors = r.multiply_directed[actor.id];
            for (int u : d.in[l])
                directors.push_back(index.actor_id(d.actor[u]));
        }
        if (!regisseur && in == 0)
            r.undirected_actors.push_back(actor.id);
        const bool mandate = actor.mandate.decision == DecisionMandate::Full ||
                             actor.mandate.doorzettingsmacht == true;
        if (mandate && out == 0)
            r.mandate_without_regie.push_back(actor.id);
    }
    if (!small)
        return r;
    // Cycles of direction: sets of two or more actors that all reach each other.
    std::vector<char> placed(n, 0);
    for (int i = 0; i < n; ++i) {
        if (placed[i])
            continue;
        std::vector<std::string> cycle;
        for (int j = 0; j < n; ++j)
            if (test(reach[i], j) && test(reach[j], i)) {
                placed[j] = 1;
                cycle.push_back(index.actor_id(d.actor[j]));
            }
        if (cycle.size() >= 2)
            r.cycles.push_back(std::move(cycle));
    }
    krackhardt(d, reach, r);
    return r;
}

}  // namespace rk::analytics

// Step 4 of a comparison: what caused one row of the before/after tables, per side, so that
// a view can highlight exactly that (rules in compare.hpp, at index_cause).
#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <unordered_map>

#include "analytics/measures.hpp"
#include "compare/compare.hpp"

namespace rk::compare {

namespace {

using ActorTest = std::function<bool(const std::string&)>;

struct UnionFind {
    std::vector<int> parent;
    explicit UnionFind(int n) : parent(static_cast<std::size_t>(n)) {
        std::iota(parent.begin(), parent.end(), 0);
    }
    int find(int x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    }
    void unite(int a, int b) { parent[find(a)] = find(b); }
};

// Builds one RowCause; knows both scenarios, so a relation id brings its end actors along.
class CauseBuilder {
  public:
    CauseBuilder(const ComparisonResult& r, const Scenario& before, const Scenario& after)
        : r_(r), before_(before), after_(after) {
        for (const auto& rel : before.relations)
            before_rel_.emplace(rel.id, &rel);
        for (const auto& rel : after.relations)
            after_rel_.emplace(rel.id, &rel);
    }

    int class_count() const { return static_cast<int>(r_.contraction.classes.size()); }
    const LineageClass& cls(int k) const { return r_.contraction.classes[std::size_t(k)]; }
    bool persisting(int k) const {
        return !cls(k).before_actors.empty() && !cls(k).after_actors.empty();
    }

    void actor(bool before, const std::string& id) {
        (before ? cause_.before_actors : cause_.after_actors).insert(id);
    }
    // A relation and the actors at its ends.
    void relation(bool before, const std::string& id) {
        const auto& index = before ? before_rel_ : after_rel_;
        auto it = index.find(id);
        if (it == index.end())
            return;
        (before ? cause_.before_relations : cause_.after_relations).insert(id);
        actor(before, it->second->source);
        actor(before, it->second->target);
    }
    void whole_class(int k) {
        if (k < 0 || k >= class_count())
            return;
        for (const auto& id : cls(k).before_actors)
            actor(true, id);
        for (const auto& id : cls(k).after_actors)
            actor(false, id);
    }

    // Relations that changed the network as it is: those of added and removed ties, those
    // inside a class, and both sides of a persisting tie carried by a different number of
    // relations. `layer` limits them to one layer; `touching` to relations with an end in
    // one of those classes.
    void changed_relations(std::optional<Layer> layer = std::nullopt,
                           const std::set<int>* touching = nullptr) {
        auto wanted = [&](Layer l, int u, int v) {
            if (layer && l != *layer)
                return false;
            return !touching || touching->count(u) || touching->count(v);
        };
        for (const auto& t : r_.ties) {
            if (!wanted(t.tie.layer, t.tie.u, t.tie.v))
                continue;
            const bool changed = t.status != TieStatus::Persisting ||
                                 t.before_relations.size() != t.after_relations.size();
            if (!changed)
                continue;
            for (const auto& id : t.before_relations)
                relation(true, id);
            for (const auto& id : t.after_relations)
                relation(false, id);
        }
        for (const auto& in : r_.internal)
            if (wanted(in.layer, in.cls, in.cls))
                relation(in.before, in.relation_id);
    }

    // Classes whose number of actors differs on the two sides (new, dissolved, merge, split).
    std::set<int> resized_classes() const {
        std::set<int> out;
        for (int k = 0; k < class_count(); ++k)
            if (cls(k).before_actors.size() != cls(k).after_actors.size())
                out.insert(k);
        return out;
    }

    // Classes with a different number of members that pass the test on each side.
    std::set<int> classes_where_count_differs(const ActorTest& before_test,
                                              const ActorTest& after_test) const {
        std::set<int> out;
        for (int k = 0; k < class_count(); ++k) {
            const auto nb = std::count_if(cls(k).before_actors.begin(), cls(k).before_actors.end(),
                                          before_test);
            const auto na =
                std::count_if(cls(k).after_actors.begin(), cls(k).after_actors.end(), after_test);
            if (nb != na)
                out.insert(k);
        }
        return out;
    }

    // Classes whose component (the persisting classes it is connected to) differs between the
    // scenarios, plus every new and dissolved class. Components over all layers, undirected,
    // as the analytics count them.
    std::set<int> classes_with_changed_component() const {
        const auto rb = class_components(before_, r_.contraction.before_class);
        const auto ra = class_components(after_, r_.contraction.after_class);
        std::map<int, std::set<int>> by_before, by_after;  // component root -> persisting classes
        for (int k = 0; k < class_count(); ++k) {
            if (!persisting(k))
                continue;
            by_before[rb[k]].insert(k);
            by_after[ra[k]].insert(k);
        }
        std::set<int> out;
        for (int k = 0; k < class_count(); ++k)
            if (!persisting(k) || by_before[rb[k]] != by_after[ra[k]])
                out.insert(k);
        return out;
    }

    void classes(const std::set<int>& ks) {
        for (int k : ks)
            whole_class(k);
    }

    RowCause finish(std::string rule_nl, std::string rule_en) {
        for (const auto& id : cause_.before_actors)
            if (auto it = r_.contraction.before_class.find(id);
                it != r_.contraction.before_class.end())
                cause_.classes.insert(it->second);
        for (const auto& id : cause_.after_actors)
            if (auto it = r_.contraction.after_class.find(id);
                it != r_.contraction.after_class.end())
                cause_.classes.insert(it->second);
        cause_.rule_nl = std::move(rule_nl);
        cause_.rule_en = std::move(rule_en);
        return std::move(cause_);
    }

  private:
    // Root of each class in the class graph where two classes are joined when members of
    // them share a component of `s`.
    std::vector<int> class_components(const Scenario& s,
                                      const std::map<std::string, int>& class_of) const {
        // The layers the indices were computed on (conflict left out), so a cause matches its
        // number.
        const auto view = analytics::build_view(s, analytics::analysed_layers({}), false, false);
        const auto info = analytics::weak_components(view);
        UnionFind uf(class_count());
        std::map<int, int> first_class;  // component -> a class in it
        for (int v = 0; v < view.n; ++v) {
            auto it = class_of.find(view.ids[std::size_t(v)]);
            if (it == class_of.end())
                continue;
            auto [seen, fresh] = first_class.emplace(info.component[std::size_t(v)], it->second);
            if (!fresh)
                uf.unite(seen->second, it->second);
        }
        std::vector<int> roots(static_cast<std::size_t>(class_count()));
        for (int k = 0; k < class_count(); ++k)
            roots[std::size_t(k)] = uf.find(k);
        return roots;
    }

    const ComparisonResult& r_;
    const Scenario& before_;
    const Scenario& after_;
    std::unordered_map<std::string, const Relation*> before_rel_, after_rel_;
    RowCause cause_;
};

ActorTest member_of(std::set<std::string> ids) {
    return [ids = std::move(ids)](const std::string& id) { return ids.count(id) > 0; };
}

ActorTest isolated_in(const Scenario& s) {
    // The layers of the indices (conflict left out): a conflict does not end isolation.
    const auto view = analytics::build_view(s, analytics::analysed_layers({}), false, false);
    std::set<std::string> ids;
    for (int v = 0; v < view.n; ++v)
        if (view.out_degree(v) == 0)
            ids.insert(view.ids[std::size_t(v)]);
    return member_of(std::move(ids));
}

// The actors a regie list of the overlay names ("regie.cycles": every actor in a cycle).
std::optional<std::set<std::string>> regie_list(const analytics::RegieOverlay& o,
                                                const std::string& key) {
    auto of = [](const std::vector<std::string>& v) {
        return std::set<std::string>(v.begin(), v.end());
    };
    if (key == "regie.regisseurs")
        return of(o.regisseurs);
    if (key == "regie.undirected_actors")
        return of(o.undirected_actors);
    if (key == "regie.regie_without_mandate")
        return of(o.regie_without_mandate);
    if (key == "regie.mandate_without_regie")
        return of(o.mandate_without_regie);
    if (key == "regie.multiply_directed") {
        std::set<std::string> s;
        for (const auto& entry : o.multiply_directed)
            s.insert(entry.first);
        return s;
    }
    if (key == "regie.cycles") {
        std::set<std::string> s;
        for (const auto& cycle : o.cycles)
            s.insert(cycle.begin(), cycle.end());
        return s;
    }
    return std::nullopt;
}

// The finding a "diagnostic.ID[SUBJECT]" row (or one of its ".number" rows) belongs to.
const analytics::Finding* finding_of(const analytics::AnalysisResult& a, const std::string& key) {
    const analytics::Finding* best = nullptr;
    std::size_t best_len = 0;
    for (const auto& f : a.diagnostics) {
        std::string k = "diagnostic." + f.id;
        if (!f.subject.empty())
            k += "[" + f.subject + "]";
        const bool match = key == k || key.rfind(k + ".", 0) == 0;
        if (match && k.size() > best_len)
            best = &f, best_len = k.size();
    }
    return best;
}

// Best value of each class's members by `metric` on one side (NaN when none has one).
std::vector<double> class_values(const CauseBuilder& b, const analytics::MetricTable& table,
                                 const std::string& metric, bool before) {
    std::vector<double> out(std::size_t(b.class_count()), std::nan(""));
    for (int k = 0; k < b.class_count(); ++k) {
        for (const auto& id : before ? b.cls(k).before_actors : b.cls(k).after_actors) {
            const double v = table.get(id, metric);
            if (!std::isnan(v) && (std::isnan(out[k]) || v > out[k]))
                out[k] = v;
        }
    }
    return out;
}

// Competition rank of each persisting class among the persisting classes (0 = unranked).
std::vector<int> persisting_ranks(const CauseBuilder& b, const std::vector<double>& values) {
    std::vector<int> rank(values.size(), 0);
    for (int k = 0; k < b.class_count(); ++k) {
        if (!b.persisting(k) || std::isnan(values[k]))
            continue;
        rank[k] = 1;
        for (int j = 0; j < b.class_count(); ++j)
            if (b.persisting(j) && !std::isnan(values[j]) && values[j] > values[k])
                ++rank[k];
    }
    return rank;
}

std::set<int> rank_changed_classes(const CauseBuilder& b, const analytics::AnalysisResult& ab,
                                   const analytics::AnalysisResult& aa, const std::string& metric) {
    const auto rb = persisting_ranks(b, class_values(b, ab.actors, metric, true));
    const auto ra = persisting_ranks(b, class_values(b, aa.actors, metric, false));
    std::set<int> out;
    for (int k = 0; k < b.class_count(); ++k)
        if (!b.persisting(k) || rb[k] != ra[k])
            out.insert(k);
    return out;
}

// Actors of persisting classes whose partition group differs between the two sides.
std::set<int> regrouped_classes(const CauseBuilder& b, const analytics::AnalysisResult& ab,
                                const analytics::AnalysisResult& aa, const std::string& attribute) {
    auto groups = [&](const analytics::AnalysisResult& a) {
        std::map<std::string, std::string> g;
        for (const auto& p : a.partitions) {
            if (p.attribute != attribute)
                continue;
            for (std::size_t i = 0; i < p.group_of_actor.size() && i < a.actors.actor_ids.size();
                 ++i)
                g[a.actors.actor_ids[i]] = p.group_of_actor[i];
        }
        return g;
    };
    const auto gb = groups(ab), ga = groups(aa);
    std::set<int> out;
    for (int k = 0; k < b.class_count(); ++k) {
        std::set<std::string> vb, va;
        for (const auto& id : b.cls(k).before_actors)
            if (auto it = gb.find(id); it != gb.end())
                vb.insert(it->second);
        for (const auto& id : b.cls(k).after_actors)
            if (auto it = ga.find(id); it != ga.end())
                va.insert(it->second);
        if (b.persisting(k) && vb != va)
            out.insert(k);
    }
    return out;
}

// Bridges of one side whose class pair is not a bridge on the other side: their relations.
void one_sided_bridges(CauseBuilder& b, const ComparisonResult& r, const Scenario& before,
                       const Scenario& after) {
    auto pairs = [](const analytics::AnalysisResult& a, const std::map<std::string, int>& cls) {
        std::map<std::pair<int, int>, std::vector<std::pair<std::string, std::string>>> out;
        for (const auto& [u, v] : a.network.bridges) {
            auto iu = cls.find(u), iv = cls.find(v);
            if (iu == cls.end() || iv == cls.end())
                continue;
            out[std::minmax(iu->second, iv->second)].emplace_back(std::minmax(u, v));
        }
        return out;
    };
    const auto pb = pairs(*r.before_analysis, r.contraction.before_class);
    const auto pa = pairs(*r.after_analysis, r.contraction.after_class);
    auto mark = [&](const Scenario& s, const auto& mine, const auto& other, bool is_before) {
        std::set<std::pair<std::string, std::string>> ends;
        for (const auto& [cls_pair, actor_pairs] : mine)
            if (!other.count(cls_pair))
                ends.insert(actor_pairs.begin(), actor_pairs.end());
        for (const auto& rel : s.relations)
            if (ends.count(std::minmax(rel.source, rel.target)))
                b.relation(is_before, rel.id);
    };
    mark(before, pb, pa, true);
    mark(after, pa, pb, false);
}

bool starts_with(const std::string& s, std::string_view prefix) {
    return s.rfind(prefix, 0) == 0;
}

bool unchanged(const IndexRow& row) {
    if (std::isnan(row.before) && std::isnan(row.after))
        return true;
    return !std::isnan(row.before) && !std::isnan(row.after) && row.before == row.after;
}

}  // namespace

RowCause distance_cause(const ComparisonResult& r, const Scenario& before, const Scenario& after,
                        const DistanceRow& row) {
    CauseBuilder b(r, before, after);
    for (const auto& t : r.ties) {
        if (t.status == TieStatus::Persisting)
            continue;
        if (row.scope != "overall" && row.scope != token(t.tie.layer))
            continue;
        for (const auto& id : t.before_relations)
            b.relation(true, id);
        for (const auto& id : t.after_relations)
            b.relation(false, id);
    }
    return b.finish("toegevoegde en vervallen banden", "added and removed ties");
}

RowCause rank_cause(const ComparisonResult& r, const RankChange& row) {
    static const Scenario none;
    CauseBuilder b(r, none, none);
    b.whole_class(row.cls);
    return b.finish("de actor aan beide kanten", "the actor on both sides");
}

RowCause index_cause(const ComparisonResult& r, const Scenario& before, const Scenario& after,
                     const IndexRow& row) {
    CauseBuilder b(r, before, after);
    const std::string& key = row.key;
    const bool analysed = r.before_analysis && r.after_analysis;
    if (analysed && starts_with(key, "diagnostic.")) {
        const auto* fb = finding_of(*r.before_analysis, key);
        const auto* fa = finding_of(*r.after_analysis, key);
        for (const auto* f : {fb, fa}) {
            if (!f)
                continue;
            const bool is_before = f == fb;
            for (const auto& id : f->actors)
                b.actor(is_before, id);
            for (const auto& id : f->relations)
                b.relation(is_before, id);
        }
        return b.finish("wat de diagnose in elk scenario aanwijst",
                        "what the diagnostic names in each scenario");
    }
    if (unchanged(row))
        return b.finish("onveranderd", "unchanged");
    if (key == "nodes") {
        b.classes(b.resized_classes());
        return b.finish("nieuwe, opgeheven, gefuseerde en gesplitste actoren",
                        "new, dissolved, merged and split actors");
    }
    if (key == "edges" || key == "distance_weighted_fragmentation" || key == "communities" ||
        key == "community_modularity") {
        b.changed_relations();
        return b.finish("veranderde relaties", "changed relations");
    }
    if (key == "density") {
        b.changed_relations();
        b.classes(b.resized_classes());
        return b.finish("veranderde relaties en actoren", "changed relations and actors");
    }
    if (key == "components" || key == "largest_component" || key == "fragmentation") {
        const auto moved = b.classes_with_changed_component();
        b.classes(moved);
        b.changed_relations(std::nullopt, &moved);
        return b.finish("actoren van wie de component veranderde",
                        "actors whose component changed");
    }
    if (!analysed) {
        b.changed_relations();
        return b.finish("veranderde relaties", "changed relations");
    }
    const auto& ab = *r.before_analysis;
    const auto& aa = *r.after_analysis;
    if (key == "isolates") {
        const auto moved = b.classes_where_count_differs(isolated_in(before), isolated_in(after));
        b.classes(moved);
        b.changed_relations(std::nullopt, &moved);
        return b.finish("actoren die geïsoleerd raakten of niet meer zijn",
                        "actors that became or stopped being isolates");
    }
    if (key == "articulation_points") {
        auto set_of = [](const std::vector<std::string>& v) {
            return std::set<std::string>(v.begin(), v.end());
        };
        b.classes(b.classes_where_count_differs(member_of(set_of(ab.network.articulation_points)),
                                                member_of(set_of(aa.network.articulation_points))));
        return b.finish("scharnierpunten aan één kant", "articulation points on one side only");
    }
    if (key == "bridges") {
        one_sided_bridges(b, r, before, after);
        return b.finish("bruggen aan één kant", "bridges on one side only");
    }
    if (starts_with(key, "key_players.")) {
        const bool two = key == "key_players.fragmentation_two";
        for (const auto& id :
             two ? ab.network.key_players.best_two : ab.network.key_players.best_one)
            b.actor(true, id);
        for (const auto& id :
             two ? aa.network.key_players.best_two : aa.network.key_players.best_one)
            b.actor(false, id);
        return b.finish("de sleutelspelers", "the key players");
    }
    if (starts_with(key, "centralization.")) {
        const std::string metric = key.substr(std::string_view("centralization.").size());
        if (ab.actors.column(metric) && aa.actors.column(metric)) {
            b.classes(rank_changed_classes(b, ab, aa, metric));
            return b.finish("actoren van wie de rang op " + metric + " veranderde",
                            "actors whose rank by " + metric + " changed");
        }
    }
    if (starts_with(key, "partition.")) {
        const std::string attribute = key.substr(10, key.find('.', 10) - 10);
        b.changed_relations();
        b.classes(b.resized_classes());
        b.classes(regrouped_classes(b, ab, aa, attribute));
        return b.finish("veranderde relaties en actoren die van groep wisselden",
                        "changed relations and actors that changed group");
    }
    if (auto lb = regie_list(ab.regie, key)) {
        const auto la = regie_list(aa.regie, key);
        b.classes(b.classes_where_count_differs(member_of(*lb), member_of(*la)));
        return b.finish("actoren die aan één kant op de lijst staan",
                        "actors on the list on one side only");
    }
    if (starts_with(key, "regie.")) {
        b.changed_relations(Layer::Directs);
        return b.finish("veranderde sturingsrelaties", "changed directs relations");
    }
    b.changed_relations();
    return b.finish("veranderde relaties", "changed relations");
}

}  // namespace rk::compare

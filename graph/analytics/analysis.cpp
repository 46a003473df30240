// analyze(): strings the measure families together in the order the settings ask for, and
// writes the convention of every number beside it.
#include "analytics/analysis.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "analytics/measures.hpp"
#include "model/actor_text.hpp"

namespace rk::analytics {
namespace {

constexpr std::array<std::pair<Metric, std::string_view>, 12> kMetricNames{{
    {Metric::Degree, "degree"},
    {Metric::Betweenness, "betweenness"},
    {Metric::Closeness, "closeness"},
    {Metric::Eigenvector, "eigenvector"},
    {Metric::PageRank, "pagerank"},
    {Metric::Katz, "katz"},
    {Metric::StructuralHoles, "structural_holes"},
    {Metric::KeyPlayers, "key_players"},
    {Metric::Communities, "communities"},
    {Metric::Partitions, "partitions"},
    {Metric::Regie, "regie"},
    {Metric::Diagnostics, "diagnostics"},
}};

struct Run {
    const Scenario& scenario;
    const AnalysisSettings& settings;
    Progress* progress;
    NetworkView view;
    AnalysisResult result;

    bool wants(Metric m) const {
        const auto& list = settings.metrics;
        return list.empty() || std::find(list.begin(), list.end(), m) != list.end();
    }
    void step(double fraction) {
        check_cancel(progress);
        if (progress)
            progress->set_fraction(fraction);
    }
    std::vector<std::string> ids(const std::vector<int>& vertices) const {
        std::vector<std::string> out;
        for (int v : vertices)
            out.push_back(view.ids[v]);
        return out;
    }
};

std::string direction_text(const NetworkView& g) {
    return g.directed ? "directed (undirected relations count as two arcs)"
                      : "undirected (relation direction ignored)";
}

void network_basics(Run& run) {
    const NetworkView& g = run.view;
    NetworkIndices& net = run.result.network;
    net.nodes = g.n;
    net.edges = static_cast<int>(g.edge_count());
    const double pairs = g.directed ? double(g.n) * (g.n - 1) : double(g.n) * (g.n - 1) / 2;
    net.density = pairs > 0 ? net.edges / pairs : kNaN;
    const ComponentInfo comp = weak_components(g);
    net.components = static_cast<int>(comp.sizes.size());
    net.isolates = comp.isolates;
    net.largest_component =
        comp.sizes.empty() ? 0 : *std::max_element(comp.sizes.begin(), comp.sizes.end());
    net.fragmentation = comp.fragmentation;
    const CutInfo cut = articulation_points_and_bridges(g);
    net.articulation_points = run.ids(cut.articulation_points);
    for (const auto& [u, v] : cut.bridges)
        net.bridges.emplace_back(g.ids[u], g.ids[v]);
    auto& c = run.result.conventions;
    c["network"] = "Relations of the chosen layers between actors of the scenario; " +
                   direction_text(g) +
                   "; several relations between one pair merged into one tie (weights summed).";
    c["components"] = "Weak components (direction ignored); isolates count as components.";
    c["fragmentation"] =
        "Borgatti F = 1 - sum_k s_k(s_k-1) / (n(n-1)) over weak components; NaN for n < 2.";
    c["articulation_points"] =
        "Articulation points and bridges of the underlying undirected graph (Hopcroft-Tarjan "
        "lowpoints).";
}

void degree_step(Run& run) {
    const DegreeColumns d = degree_centrality(run.view);
    MetricTable& t = run.result.actors;
    const int n = run.view.n;
    t.set("degree", d.degree);
    t.set("degree_normalized", d.degree_normalized);
    if (run.view.directed) {
        t.set("in_degree", d.in_degree);
        t.set("out_degree", d.out_degree);
    }
    if (run.view.weighted)
        t.set("strength", d.strength);
    auto& cz = run.result.network.centralization;
    if (run.view.directed) {
        const double star = double(n - 1) * (n - 1);  // one actor reaching or reached by all
        cz["in_degree"] = freeman_centralization(d.in_degree, star);
        cz["out_degree"] = freeman_centralization(d.out_degree, star);
    } else {
        cz["degree"] = freeman_centralization(d.degree, star_sum_degree(n));
    }
    run.result.conventions["degree"] =
        std::string(
            "Number of neighbours (undirected) or in + out arcs (directed), after merging "
            "parallel relations; degree_normalized = degree / (n-1), directed / (2(n-1)).") +
        (run.view.weighted ? " strength = sum of tie weights." : "") +
        " Freeman centralization against the star graph (directed: in- and out-degree, max "
        "(n-1)^2).";
}

void paths_step(Run& run) {
    PathOptions opt;
    opt.betweenness = run.wants(Metric::Betweenness);
    opt.distances = run.wants(Metric::Closeness);
    opt.threads = run.settings.threads;
    if (!opt.betweenness && !opt.distances)
        return;
    const PathColumns p = shortest_path_measures(run.view, opt, run.progress);
    MetricTable& t = run.result.actors;
    auto& cz = run.result.network.centralization;
    auto& c = run.result.conventions;
    const int n = run.view.n;
    if (opt.betweenness) {
        t.set("betweenness", p.betweenness);
        t.set("betweenness_normalized", p.betweenness_normalized);
        cz["betweenness"] = run.view.directed
                                ? kNaN
                                : freeman_centralization(p.betweenness_normalized,
                                                         star_sum_normalized_betweenness(n));
        c["betweenness"] =
            std::string("Brandes on shortest paths in hops (weights not used as lengths); ") +
            (run.view.directed ? "directed paths; normalized by (n-1)(n-2)."
                               : "each unordered pair counted once; normalized by (n-1)(n-2)/2.") +
            " Freeman centralization for undirected networks only (NaN when directed).";
    }
    if (opt.distances) {
        t.set("closeness", p.closeness);
        t.set("harmonic_closeness", p.harmonic);
        run.result.network.distance_weighted_fragmentation = 1.0 - p.global_efficiency;
        if (!run.view.directed) {
            cz["closeness"] = freeman_centralization(p.closeness, star_sum_closeness(n));
            cz["harmonic_closeness"] = freeman_centralization(p.harmonic, star_sum_harmonic(n));
        }
        c["closeness"] =
            std::string("Distances in hops") +
            (run.view.directed ? ", outgoing (from the actor to the others; NetworkX uses "
                                 "incoming)"
                               : "") +
            ". closeness = (r-1)/(n-1) * (r-1)/sum d over the r-1 actors reached "
            "(Wasserman-Faust, NetworkX default); NaN for an actor that reaches nobody. "
            "harmonic_closeness = sum 1/d over the others / (n-1), the measure to read in "
            "disconnected networks.";
        c["distance_weighted_fragmentation"] =
            "DF = 1 - mean over ordered pairs of 1/d(i,j) (1/inf = 0), i.e. 1 - global "
            "efficiency; hop distances" +
            std::string(run.view.directed ? ", directed." : ".");
    }
}

void spectral_step(Run& run) {
    MetricTable& t = run.result.actors;
    auto& cz = run.result.network.centralization;
    auto& c = run.result.conventions;
    const int n = run.view.n;
    const std::string weights = run.view.weighted ? "tie weights used" : "unweighted";
    EigenResult eig;
    if (run.wants(Metric::Eigenvector) || run.wants(Metric::Katz))
        eig = eigenvector_centrality(run.view);
    if (run.wants(Metric::Eigenvector)) {
        t.set("eigenvector", eig.centrality);
        if (!run.view.directed)
            cz["eigenvector"] = freeman_centralization(eig.centrality, star_sum_eigenvector(n));
        c["eigenvector"] =
            "Leading eigenvector by power iteration on A + I (NetworkX), unit "
            "Euclidean norm; " +
            weights + (run.view.directed ? "; from incoming arcs." : ".") +
            " NaN without ties or without convergence.";
    }
    run.step(0.6);
    if (run.wants(Metric::PageRank)) {
        const auto pr = pagerank(run.view, run.settings.pagerank_alpha);
        t.set("pagerank", pr);
        if (!run.view.directed)
            cz["pagerank"] =
                freeman_centralization(pr, star_sum_pagerank(n, run.settings.pagerank_alpha));
        std::ostringstream s;
        s << "PageRank, alpha " << run.settings.pagerank_alpha
          << ", uniform teleport, dangling actors spread uniformly; " << weights
          << (run.view.directed ? "" : "; undirected ties count both ways") << "; sums to 1.";
        c["pagerank"] = s.str();
    }
    if (run.wants(Metric::Katz)) {
        double alpha = run.settings.katz_alpha;
        std::ostringstream s;
        s << "Katz, beta 1, unit Euclidean norm, " << weights << ", alpha ";
        if (eig.lambda > 0 && alpha >= 1.0 / eig.lambda) {
            alpha = 0.9 / eig.lambda;
            s << alpha << " (lowered from " << run.settings.katz_alpha
              << " to 0.9/lambda_max so that it converges)";
        } else {
            s << alpha;
        }
        s << ".";
        const auto katz = katz_centrality(run.view, alpha);
        t.set("katz", katz);
        if (!run.view.directed)
            cz["katz"] = freeman_centralization(katz, star_sum_katz(n, alpha));
        c["katz"] = s.str();
    }
    c["centralization"] =
        "Freeman: sum (max - c_i) divided by the same sum on the star graph of n actors (Katz: "
        "with the same alpha, NaN when the star diverges); NaN "
        "for n < 3, for directed networks except in/out degree, and when a value is NaN.";
}

void holes_step(Run& run) {
    const StructuralHoles h = structural_holes(run.view, run.progress);
    MetricTable& t = run.result.actors;
    t.set("constraint", h.constraint);
    t.set("effective_size", h.effective_size);
    t.set("efficiency", h.efficiency);
    t.set("hierarchy", h.hierarchy);
    run.result.conventions["structural_holes"] =
        std::string("Burt on mutual ties p_ij = (a_ij + a_ji) / sum_k (a_ik + a_ki), ") +
        (run.view.weighted ? "weighted" : "unweighted") +
        "; constraint and effective size as NetworkX; efficiency = effective size / contacts; "
        "hierarchy = sum r ln r / (N ln N). NaN for isolates (hierarchy also for one contact).";
}

void key_player_step(Run& run) {
    const auto& s = run.settings;
    const KeyPlayers kp =
        key_players(run.view, s.key_player_mode, s.key_player_exact_limit, run.progress);
    KeyPlayerResult& out = run.result.network.key_players;
    out.method = kp.method;
    out.best_one = run.ids(kp.best_one);
    out.fragmentation_one = kp.fragmentation_one;
    out.best_two = run.ids(kp.best_two);
    out.fragmentation_two = kp.fragmentation_two;
    std::ostringstream c;
    c << "Borgatti KPP-Neg: the one and two actors whose removal maximises F of the remaining "
         "network (direction ignored); method "
      << kp.method << " (exact up to " << s.key_player_exact_limit
      << " actors, O(n(n+m)); greedy plus swap beyond, O(n+m) per round).";
    run.result.conventions["key_players"] = c.str();
}

void community_step(Run& run) {
    NetworkIndices& net = run.result.network;
    net.communities = louvain(run.view, run.progress);
    net.community_count =
        net.communities.empty()
            ? 0
            : *std::max_element(net.communities.begin(), net.communities.end()) + 1;
    net.community_modularity = modularity(run.view, net.communities);
    std::vector<double> column(net.communities.begin(), net.communities.end());
    run.result.actors.set("community", column);
    run.result.conventions["communities"] =
        "Louvain (Blondel et al. 2008), resolution 1, on the undirected graph (directed "
        "weights summed), vertices in scenario order (deterministic). community_modularity is "
        "the modularity of that partition under the network's own convention.";
}

std::vector<std::string> partition_attributes(const Run& run) {
    if (!run.settings.partitions.empty())
        return run.settings.partitions;
    for (const auto& a : run.scenario.actors)
        if (!a.koker.empty())
            return {"koker"};
    return {};
}

PartitionResult partition_step(Run& run, const std::string& attribute) {
    PartitionResult p;
    p.attribute = attribute;
    const int n = run.view.n;
    std::map<std::string, int> index;
    std::vector<int> group(n, -1);
    std::vector<std::string> names;
    for (int v = 0; v < n; ++v) {
        std::string value = actor_attribute(run.scenario.actors[v], attribute);
        p.group_of_actor.push_back(value);
        if (value.empty())
            continue;
        auto [it, added] = index.emplace(value, static_cast<int>(names.size()));
        if (added)
            names.push_back(value);
        group[v] = it->second;
        ++p.actors_with_value;
    }
    const int k = static_cast<int>(names.size());
    const auto& s = run.settings;
    const std::int64_t m = std::max<std::int64_t>(1, run.view.edge_count());
    const int permutations =
        static_cast<int>(std::min<std::int64_t>(s.permutations, s.permutation_work_limit / m));
    const EiResult ei = ei_index(run.view, group, k, permutations, s.seed, run.progress);
    p.internal_ties = ei.internal;
    p.external_ties = ei.external;
    p.ei = ei.ei;
    p.expected_ei = ei.expected;
    p.p_value = ei.p_value;
    p.permutations = ei.permutations;
    p.actor_ei = ei.actor_ei;
    for (int g = 0; g < k; ++g)
        p.groups.push_back({names[g], ei.group_size[g], ei.group_internal[g], ei.group_external[g],
                            ei.group_ei[g], ei.group_expected[g]});
    p.modularity = modularity(run.view, group);
    p.assortativity = nominal_assortativity(run.view, group, k);
    p.brokerage = gould_fernandez(run.view, group);
    std::ostringstream c;
    c << "E-I (Krackhardt-Stern) over undirected unweighted ties between actors with a value; "
         "actors without a value are left out. expected_ei: every pair equally likely a tie, "
         "same group sizes. p_value: one-sided, share of "
      << permutations << " seeded label permutations (seed " << s.seed
      << ") with E-I <= observed, (1 + count)/(1 + P)";
    if (permutations < s.permutations)
        c << "; permutations reduced from " << s.permutations << " to stay under "
          << s.permutation_work_limit << " edge checks";
    c << ". Modularity: actors without a value are singletons"
      << (run.view.directed ? " (Leicht-Newman, directed)" : "")
      << (run.view.weighted ? ", weighted" : ", unweighted")
      << ". Assortativity: Newman nominal, unweighted. Brokerage: Gould-Fernandez on "
      << (run.view.directed ? "arcs" : "the symmetric digraph (representative = gatekeeper)")
      << ", a -> b -> c with no a -> c.";
    run.result.conventions["partitions"] = c.str();
    return p;
}

void set_brokerage_columns(Run& run) {
    // The first partition's roles also go into the actor table, for sorting and colouring.
    if (run.result.partitions.empty())
        return;
    const PartitionResult& p = run.result.partitions.front();
    const int n = run.view.n;
    std::vector<double> c(n), i(n), r(n), g(n), l(n), e(n);
    for (int v = 0; v < n; ++v) {
        const auto& b = p.brokerage[v];
        c[v] = b.coordinator, i[v] = b.itinerant, r[v] = b.representative;
        g[v] = b.gatekeeper, l[v] = b.liaison, e[v] = p.actor_ei[v];
    }
    MetricTable& t = run.result.actors;
    t.set("ei", e);
    t.set("brokerage_coordinator", c);
    t.set("brokerage_itinerant", i);
    t.set("brokerage_representative", r);
    t.set("brokerage_gatekeeper", g);
    t.set("brokerage_liaison", l);
}

}  // namespace

std::string_view metric_name(Metric m) {
    for (const auto& [metric, name] : kMetricNames)
        if (metric == m)
            return name;
    return "?";
}

std::optional<Metric> metric_from_name(std::string_view name) {
    for (const auto& [metric, n] : kMetricNames)
        if (n == name)
            return metric;
    // Column names that select their family.
    if (name == "betweenness_normalized")
        return Metric::Betweenness;
    if (name == "harmonic_closeness" || name == "distance_weighted_fragmentation")
        return Metric::Closeness;
    if (name == "constraint" || name == "effective_size" || name == "efficiency" ||
        name == "hierarchy")
        return Metric::StructuralHoles;
    if (name == "louvain" || name == "community")
        return Metric::Communities;
    if (name == "ei" || name == "brokerage" || name == "modularity" || name == "assortativity")
        return Metric::Partitions;
    return std::nullopt;
}

double MetricTable::get(std::string_view actor_id, std::string_view metric) const {
    const auto* col = column(metric);
    if (!col)
        return kNaN;
    for (std::size_t i = 0; i < actor_ids.size(); ++i)
        if (actor_ids[i] == actor_id)
            return (*col)[i];
    return kNaN;
}

const std::vector<double>* MetricTable::column(std::string_view metric) const {
    for (const auto& [name, values] : columns)
        if (name == metric)
            return &values;
    return nullptr;
}

void MetricTable::set(const std::string& metric, std::vector<double> values) {
    if (!columns.count(metric))
        names.push_back(metric);
    columns[metric] = std::move(values);
}

std::vector<Layer> analysed_layers(const AnalysisSettings& settings) {
    if (!settings.layers.empty())
        return settings.layers;
    std::vector<Layer> layers;
    for (const auto& e : entries<Layer>())
        if (e.value != Layer::Conflict)
            layers.push_back(e.value);
    return layers;
}

namespace {

// The scenario with only the relations tagged `level`; O(n + m) for the copy.
Scenario relations_at_level(const Scenario& scenario, GovernanceLevel level) {
    Scenario s = scenario;
    std::erase_if(s.relations, [&](const Relation& r) { return r.level != level; });
    return s;
}

// The network the measures read when agreements take part: the relations of the analysed
// layers, plus each agreement as a hub vertex (appended after the actors, so actor i stays
// vertex i) tied to each of its signatories. O(n + m + signatures) for the copy.
Scenario with_agreement_hubs(const Scenario& scenario, const std::vector<Layer>& layers) {
    Scenario s = scenario;
    std::erase_if(s.relations, [&](const Relation& r) {
        return std::find(layers.begin(), layers.end(), r.layer) == layers.end();
    });
    std::set<std::string> ids;
    for (const auto& a : scenario.actors)
        ids.insert(a.id);
    for (const auto& agreement : scenario.agreements) {
        // Agreements have their own id space; prefix only where an actor has the same id.
        Actor hub;
        hub.id = ids.count(agreement.id) ? "agreement:" + agreement.id : agreement.id;
        hub.name = agreement.name.empty() ? agreement.id : agreement.name;
        for (const auto& signatory : agreement.signatories) {
            Relation tie;
            tie.id = "agreement:" + agreement.id + ":" + signatory;
            tie.source = signatory;
            tie.target = hub.id;
            tie.layer = Layer::Collaboration;  // any layer: the copy is read with all layers
            s.relations.push_back(std::move(tie));
        }
        s.actors.push_back(std::move(hub));
    }
    return s;
}

void write_selection_conventions(const Scenario& scenario, const AnalysisSettings& settings,
                                 AnalysisResult& r) {
    std::string layers;
    for (Layer l : analysed_layers(settings))
        layers += (layers.empty() ? "" : ", ") + std::string(token(l));
    r.conventions["agreements"] =
        settings.include_agreements
            ? "Each agreement (deal, prestatieafspraken, kwaliteitscriteria, ...) is a hub node "
              "tied to each of its signatories, in the network measures only (not in the regie "
              "overlay or the diagnostics other than eilandenrijk and verkokering); " +
                  std::to_string(scenario.agreements.size()) + " agreements."
            : "Agreements are left out of every network measure (signing one deal is not a "
              "working relation between each pair of signatories); include them as hub nodes "
              "with include_agreements (--include-agreements).";
    r.conventions["layers"] =
        "Network measures read the layers " + layers +
        (settings.layers.empty()
             ? ". `conflict` is left out by default: a conflict is not a connection (signed "
               "ties are kept out of unsigned network measures, as in network analysis); list "
               "it in the layers to include it. The overlap diagnostic still reads conflicts."
             : ".");
    if (settings.level == GovernanceLevel::Unknown) {
        r.conventions["level"] = "Every relation, whatever its level (opgave, stelsel, systeem).";
        return;
    }
    const auto left_out =
        std::count_if(scenario.relations.begin(), scenario.relations.end(),
                      [&](const Relation& x) { return x.level != settings.level; });
    r.conventions["level"] = "Only relations tagged level `" + std::string(token(settings.level)) +
                             "`, in the network measures, the regie overlay and the diagnostics; " +
                             std::to_string(left_out) +
                             " relations of another or no level left out.";
}

}  // namespace

AnalysisResult analyze(const Scenario& scenario, const AnalysisSettings& settings,
                       Progress* progress) {
    return analyze(scenario, ScenarioIndex::build(scenario), settings, progress);
}

AnalysisResult analyze(const Scenario& scenario_in, std::shared_ptr<const ScenarioIndex> index_in,
                       const AnalysisSettings& settings, Progress* progress) {
    // A stale index (another revision) would misread every relation end: rebuild instead.
    if (!index_in || index_in->actor_count() != static_cast<int>(scenario_in.actors.size()) ||
        index_in->relation_count() != static_cast<int>(scenario_in.relations.size()))
        index_in = ScenarioIndex::build(scenario_in);
    // A level filter analyses a copy with that level's relations only, indexed on its own;
    // without one, no copy and no second index.
    std::optional<Scenario> at_level;
    std::optional<ScenarioIndex> level_index;
    if (settings.level != GovernanceLevel::Unknown) {
        at_level = relations_at_level(scenario_in, settings.level);
        level_index.emplace(*at_level);
    }
    const Scenario& scenario = at_level ? *at_level : scenario_in;
    const ScenarioIndex& index = level_index ? *level_index : *index_in;
    // With agreements as hubs, the network measures read a copy with the hub vertices
    // appended; the regie overlay and the diagnostics keep reading `scenario`.
    std::optional<Scenario> hubs;
    const bool use_hubs = settings.include_agreements && !scenario.agreements.empty();
    if (use_hubs)
        hubs = with_agreement_hubs(scenario, analysed_layers(settings));
    const Scenario& network = hubs ? *hubs : scenario;
    Run run{network,
            settings,
            progress,
            use_hubs ? build_view(ScenarioIndex(network), {}, settings.directed, settings.weighted)
                     : build_view(index, analysed_layers(settings), settings.directed,
                                  settings.weighted),
            {}};
    AnalysisResult& r = run.result;
    r.scenario_id = scenario.id;
    r.index = std::move(index_in);
    r.settings = settings;
    r.actors.actor_ids = run.view.ids;
    network_basics(run);
    run.step(0.05);
    if (run.wants(Metric::Degree))
        degree_step(run);
    paths_step(run);
    run.step(0.5);
    spectral_step(run);
    run.step(0.7);
    if (run.wants(Metric::StructuralHoles))
        holes_step(run);
    if (run.wants(Metric::KeyPlayers))
        key_player_step(run);
    run.step(0.8);
    if (run.wants(Metric::Communities))
        community_step(run);
    if (run.wants(Metric::Partitions) || run.wants(Metric::Diagnostics)) {
        for (const auto& attribute : partition_attributes(run))
            r.partitions.push_back(partition_step(run, attribute));
        set_brokerage_columns(run);
    }
    run.step(0.9);
    if (run.wants(Metric::Regie) || run.wants(Metric::Diagnostics)) {
        r.regie = regie_overlay(scenario, index, settings.thresholds.multiple_regie_min_regisseurs);
        r.conventions["regie"] =
            "Over every `directs` relation of the scenario, whatever layers were chosen, read "
            "source directs target. Regisseurs: outgoing `directs` or the role regisseur / "
            "coordinerend regisseur. Coverage: share of the other actors reached along "
            "`directs`. Krackhardt (1994) on the `directs` digraph of the actors in it: "
            "connectedness, hierarchy = 1 - mutual/reachable dyads, efficiency = 1 - surplus "
            "ties / max surplus per weak component (symmetrised), LUB = 1 - pairs without a "
            "least upper bound / sum (n_k-1)(n_k-2)/2. NaN below 2 actors; coverage, cycles and "
            "the Krackhardt measures only up to 500 actors in the `directs` network (NaN "
            "beyond).";
    }
    if (run.wants(Metric::Diagnostics))
        run_diagnostics(scenario, index, run.view, r);
    write_selection_conventions(scenario_in, settings, r);
    r.conventions["undefined"] = "NaN (JSON null, 'n/a' / 'n.v.t.') where a value is undefined.";
    if (progress)
        progress->set_fraction(1.0);
    return r;
}

}  // namespace rk::analytics

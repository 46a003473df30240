// The JSON form of an AnalysisResult (schema: docs/analytics.md). NaN becomes null.
#include <cmath>
#include <nlohmann/json.hpp>

#include "analytics/analysis.hpp"

namespace rk::analytics {
namespace {

using nlohmann::ordered_json;

ordered_json number(double v) {
    return std::isfinite(v) ? ordered_json(v) : ordered_json(nullptr);
}

ordered_json numbers(const std::map<std::string, double>& m) {
    ordered_json o = ordered_json::object();
    for (const auto& [k, v] : m)
        o[k] = number(v);
    return o;
}

ordered_json settings_json(const AnalysisSettings& s) {
    ordered_json layers = ordered_json::array();
    for (Layer l : s.layers)
        layers.push_back(std::string(token(l)));
    ordered_json metrics = ordered_json::array();
    for (Metric m : s.metrics)
        metrics.push_back(std::string(metric_name(m)));
    ordered_json analysed = ordered_json::array();
    for (Layer l : analysed_layers(s))
        analysed.push_back(std::string(token(l)));
    return {{"layers", layers},
            {"analysed_layers", analysed},
            {"level", s.level == GovernanceLevel::Unknown ? ordered_json(nullptr)
                                                          : ordered_json(token(s.level))},
            {"include_agreements", s.include_agreements},
            {"directed", s.directed},
            {"weighted", s.weighted},
            {"partitions", s.partitions},
            {"metrics", metrics},
            {"permutations", s.permutations},
            {"seed", s.seed}};
}

ordered_json network_json(const AnalysisResult& r) {
    const NetworkIndices& n = r.network;
    ordered_json bridges = ordered_json::array();
    for (const auto& [u, v] : n.bridges)
        bridges.push_back({u, v});
    ordered_json o = {
        {"nodes", n.nodes},
        {"edges", n.edges},
        {"density", number(n.density)},
        {"components", n.components},
        {"isolates", n.isolates},
        {"largest_component", n.largest_component},
        {"fragmentation", number(n.fragmentation)},
        {"distance_weighted_fragmentation", number(n.distance_weighted_fragmentation)},
        {"articulation_points", n.articulation_points},
        {"bridges", bridges},
        {"centralization", numbers(n.centralization)}};
    if (!n.key_players.method.empty())
        o["key_players"] = {{"method", n.key_players.method},
                            {"best_one", n.key_players.best_one},
                            {"fragmentation_one", number(n.key_players.fragmentation_one)},
                            {"best_two", n.key_players.best_two},
                            {"fragmentation_two", number(n.key_players.fragmentation_two)}};
    if (!n.communities.empty())
        o["communities"] = {{"count", n.community_count},
                            {"modularity", number(n.community_modularity)}};
    return o;
}

ordered_json actors_json(const MetricTable& t) {
    ordered_json a = ordered_json::array();
    for (std::size_t i = 0; i < t.actor_ids.size(); ++i) {
        ordered_json row = {{"id", t.actor_ids[i]}};
        for (const auto& name : t.names)
            row[name] = number(t.columns.at(name)[i]);
        a.push_back(std::move(row));
    }
    return a;
}

ordered_json partition_json(const PartitionResult& p, const MetricTable& t) {
    ordered_json groups = ordered_json::array();
    for (const auto& g : p.groups)
        groups.push_back({{"value", g.value},
                          {"size", g.size},
                          {"internal_ties", g.internal_ties},
                          {"external_ties", g.external_ties},
                          {"ei", number(g.ei)},
                          {"expected_ei", number(g.expected_ei)}});
    ordered_json actors = ordered_json::array();
    for (std::size_t i = 0; i < t.actor_ids.size(); ++i) {
        const BrokerageCounts& b = p.brokerage[i];
        actors.push_back({{"id", t.actor_ids[i]},
                          {"group", p.group_of_actor[i]},
                          {"ei", number(p.actor_ei[i])},
                          {"brokerage",
                           {{"coordinator", b.coordinator},
                            {"itinerant", b.itinerant},
                            {"representative", b.representative},
                            {"gatekeeper", b.gatekeeper},
                            {"liaison", b.liaison},
                            {"total", b.total()}}}});
    }
    return {{"attribute", p.attribute},
            {"actors_with_value", p.actors_with_value},
            {"internal_ties", p.internal_ties},
            {"external_ties", p.external_ties},
            {"ei", number(p.ei)},
            {"expected_ei", number(p.expected_ei)},
            {"p_value", number(p.p_value)},
            {"permutations", p.permutations},
            {"modularity", number(p.modularity)},
            {"assortativity", number(p.assortativity)},
            {"groups", groups},
            {"actors", actors}};
}

ordered_json regie_json(const RegieOverlay& r) {
    ordered_json multiply = ordered_json::object();
    for (const auto& [actor, by] : r.multiply_directed)
        multiply[actor] = by;
    ordered_json span = ordered_json::object(), coverage = ordered_json::object();
    for (const auto& [actor, s] : r.span)
        span[actor] = s;
    for (const auto& [actor, c] : r.coverage)
        coverage[actor] = number(c);
    return {{"regisseurs", r.regisseurs},
            {"multiply_directed", multiply},
            {"undirected_actors", r.undirected_actors},
            {"span", span},
            {"coverage", coverage},
            {"cycles", r.cycles},
            {"krackhardt",
             {{"connectedness", number(r.connectedness)},
              {"hierarchy", number(r.hierarchy)},
              {"efficiency", number(r.efficiency)},
              {"lub", number(r.lub)}}},
            {"regie_without_mandate", r.regie_without_mandate},
            {"mandate_without_regie", r.mandate_without_regie}};
}

ordered_json finding_json(const Finding& f) {
    return {{"id", f.id},
            {"subject", f.subject},
            {"title", {{"nl", f.title_nl}, {"en", f.title_en}}},
            {"flagged", f.flagged},
            {"applicable", f.applicable},
            {"numbers", numbers(f.numbers)},
            {"thresholds", numbers(f.thresholds)},
            {"rule", {{"nl", f.rule_nl}, {"en", f.rule_en}}},
            {"summary", {{"nl", f.summary_nl}, {"en", f.summary_en}}},
            {"actors", f.actors},
            {"relations", f.relations},
            {"tasks", f.tasks},
            {"details", {{"nl", f.details_nl}, {"en", f.details_en}}},
            {"evidence",
             {{"items", f.evidence.items},
              {"inferred", f.evidence.inferred},
              {"inferred_share", number(f.evidence.share())}}}};
}

}  // namespace

std::string to_json(const AnalysisResult& r) {
    ordered_json doc;
    doc["scenario"] = r.scenario_id;
    doc["settings"] = settings_json(r.settings);
    doc["network"] = network_json(r);
    doc["actors"] = actors_json(r.actors);
    ordered_json partitions = ordered_json::array();
    for (const auto& p : r.partitions)
        partitions.push_back(partition_json(p, r.actors));
    doc["partitions"] = partitions;
    doc["regie"] = regie_json(r.regie);
    ordered_json diagnostics = ordered_json::array();
    for (const auto& f : r.diagnostics)
        diagnostics.push_back(finding_json(f));
    doc["diagnostics"] = diagnostics;
    ordered_json conventions = ordered_json::object();
    for (const auto& [k, v] : r.conventions)
        conventions[k] = v;
    doc["conventions"] = conventions;
    return doc.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace rk::analytics

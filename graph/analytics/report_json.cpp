// The JSON form of an AnalysisResult (schema: docs/analytics.md). NaN becomes null.
//
// Written straight into one std::string instead of through an nlohmann::ordered_json tree:
// a report of 10,000 actors was a tree of 30,000 nodes, each a heap allocation, built and
// then serialised (a quarter of `analyze --metrics pagerank --format json` on BA 10k). The
// text is byte for byte what `ordered_json::dump(2)` wrote before: two-space indent, empty
// containers as [] and {}, doubles in nlohmann's layout (always a '.' or an exponent, exponent
// with a sign and two digits), strings with nlohmann's escapes and invalid UTF-8 replaced by
// U+FFFD. Doubles come from std::to_chars (shortest text that reads back to the same value).
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "analytics/analysis.hpp"
#include "model/json_writer.hpp"

namespace rk::analytics {
namespace {

// The report's shorthands over the shared pretty writer (model/json_writer.hpp), with
// doubles in nlohmann's layout and invalid UTF-8 replaced, as ordered_json::dump(2) wrote.
class Writer : public json::PrettyWriter {
  public:
    Writer() : PrettyWriter(InvalidUtf8::Replace) {}

    // NaN and infinities as null (the schema's "undefined").
    void nlohmann_number(double d) {
        if (!std::isfinite(d)) {
            null();
            return;
        }
        char text[48];
        raw_value(nlohmann_layout(d, text));
    }

    void field(std::string_view k, std::string_view s) { key(k), string(s); }
    void field(std::string_view k, const std::string& s) { key(k), string(s); }
    void field(std::string_view k, const char* s) { key(k), string(s); }
    void field(std::string_view k, bool b) { key(k), boolean(b); }
    void field(std::string_view k, int i) { key(k), integer(i); }
    void field(std::string_view k, std::uint64_t i) { key(k), integer(i); }
    void field(std::string_view k, double d) { key(k), nlohmann_number(d); }
    void strings(std::string_view k, const std::vector<std::string>& list) {
        key(k);
        strings(list);
    }
    void strings(const std::vector<std::string>& list) {
        begin_array();
        for (const auto& s : list)
            string(s);
        end_array();
    }
    void numbers(std::string_view k, const std::map<std::string, double>& m) {
        key(k);
        begin_object();
        for (const auto& [name, v] : m)
            field(name, v);
        end_object();
    }

  private:
    // nlohmann's layout of the shortest digits d1..dk with decimal point position p (value =
    // 0.d1..dk * 10^p): plain notation for -4 < p <= 15 (always with a '.'), otherwise
    // d1.d2..dk e(+|-)XX.
    // The text is laid out in `t`; the view returned points into it (or is a literal).
    static std::string_view nlohmann_layout(double d, char (&t)[48]) {
        if (d == 0)
            return std::signbit(d) ? "-0.0" : "0.0";
        char buf[40];
        const auto [end, ec] =
            std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
        const std::string_view text(buf, static_cast<std::size_t>(end - buf));
        char* o = t;
        std::size_t i = 0;
        if (text[0] == '-') {
            *o++ = '-';
            i = 1;
        }
        const std::size_t e = text.find('e');
        char digits[24];
        int k = 0;
        for (; i < e; ++i)
            if (text[i] != '.')
                digits[k++] = text[i];
        int exponent = 0;
        for (std::size_t j = e + 2; j < text.size(); ++j)
            exponent = 10 * exponent + (text[j] - '0');
        if (text[e + 1] == '-')
            exponent = -exponent;
        const int p = exponent + 1;
        auto put = [&](const char* from, int count) {
            std::memcpy(o, from, static_cast<std::size_t>(count));
            o += count;
        };
        auto zeros = [&](int count) {
            std::memset(o, '0', static_cast<std::size_t>(count));
            o += count;
        };
        if (k <= p && p <= 15) {
            put(digits, k);
            zeros(p - k);
            put(".0", 2);
        } else if (0 < p && p <= 15) {
            put(digits, p);
            *o++ = '.';
            put(digits + p, k - p);
        } else if (-4 < p && p <= 0) {
            put("0.", 2);
            zeros(-p);
            put(digits, k);
        } else {
            *o++ = digits[0];
            if (k > 1) {
                *o++ = '.';
                put(digits + 1, k - 1);
            }
            const int x = p - 1;
            *o++ = 'e';
            *o++ = x < 0 ? '-' : '+';
            const int ax = x < 0 ? -x : x;
            if (ax < 10)
                *o++ = '0';
            o = std::to_chars(o, t + sizeof t, ax).ptr;
        }
        return {t, static_cast<std::size_t>(o - t)};
    }
};

void settings_json(Writer& w, const AnalysisSettings& s) {
    w.key("settings");
    w.begin_object();
    w.key("layers");
    w.begin_array();
    for (Layer l : s.layers)
        w.string(token(l));
    w.end_array();
    w.key("analysed_layers");
    w.begin_array();
    for (Layer l : analysed_layers(s))
        w.string(token(l));
    w.end_array();
    w.key("level");
    if (s.level == GovernanceLevel::Unknown)
        w.null();
    else
        w.string(token(s.level));
    w.field("include_agreements", s.include_agreements);
    w.field("directed", s.directed);
    w.field("weighted", s.weighted);
    w.strings("partitions", s.partitions);
    w.key("metrics");
    w.begin_array();
    for (Metric m : s.metrics)
        w.string(metric_name(m));
    w.end_array();
    w.field("permutations", s.permutations);
    w.field("seed", static_cast<std::uint64_t>(s.seed));
    w.end_object();
}

void network_json(Writer& w, const AnalysisResult& r) {
    const NetworkIndices& n = r.network;
    w.key("network");
    w.begin_object();
    w.field("nodes", n.nodes);
    w.field("edges", n.edges);
    w.field("density", n.density);
    w.field("components", n.components);
    w.field("isolates", n.isolates);
    w.field("largest_component", n.largest_component);
    w.field("fragmentation", n.fragmentation);
    w.field("distance_weighted_fragmentation", n.distance_weighted_fragmentation);
    w.strings("articulation_points", n.articulation_points);
    w.key("bridges");
    w.begin_array();
    for (const auto& [u, v] : n.bridges) {
        w.begin_array();
        w.string(u);
        w.string(v);
        w.end_array();
    }
    w.end_array();
    w.numbers("centralization", n.centralization);
    if (!n.key_players.method.empty()) {
        w.key("key_players");
        w.begin_object();
        w.field("method", n.key_players.method);
        w.strings("best_one", n.key_players.best_one);
        w.field("fragmentation_one", n.key_players.fragmentation_one);
        w.strings("best_two", n.key_players.best_two);
        w.field("fragmentation_two", n.key_players.fragmentation_two);
        w.end_object();
    }
    if (!n.communities.empty()) {
        w.key("communities");
        w.begin_object();
        w.field("count", n.community_count);
        w.field("modularity", n.community_modularity);
        w.end_object();
    }
    w.end_object();
}

void actors_json(Writer& w, const MetricTable& t) {
    // Column pointers and rendered keys once, not a map lookup and an escape per cell.
    std::vector<const std::vector<double>*> columns;
    std::vector<std::string> keys;
    for (const auto& name : t.names) {
        columns.push_back(&t.columns.at(name));
        keys.push_back(w.rendered(name));
    }
    w.key("actors");
    w.begin_array();
    for (std::size_t i = 0; i < t.actor_ids.size(); ++i) {
        w.begin_object();
        w.field("id", t.actor_ids[i]);
        for (std::size_t c = 0; c < columns.size(); ++c) {
            w.rendered_key(keys[c]);
            w.nlohmann_number((*columns[c])[i]);
        }
        w.end_object();
    }
    w.end_array();
}

void partition_json(Writer& w, const PartitionResult& p, const MetricTable& t) {
    w.begin_object();
    w.field("attribute", p.attribute);
    w.field("actors_with_value", p.actors_with_value);
    w.field("internal_ties", p.internal_ties);
    w.field("external_ties", p.external_ties);
    w.field("ei", p.ei);
    w.field("expected_ei", p.expected_ei);
    w.field("p_value", p.p_value);
    w.field("permutations", p.permutations);
    w.field("modularity", p.modularity);
    w.field("assortativity", p.assortativity);
    w.key("groups");
    w.begin_array();
    for (const auto& g : p.groups) {
        w.begin_object();
        w.field("value", g.value);
        w.field("size", g.size);
        w.field("internal_ties", g.internal_ties);
        w.field("external_ties", g.external_ties);
        w.field("ei", g.ei);
        w.field("expected_ei", g.expected_ei);
        w.end_object();
    }
    w.end_array();
    w.key("actors");
    w.begin_array();
    for (std::size_t i = 0; i < t.actor_ids.size(); ++i) {
        const BrokerageCounts& b = p.brokerage[i];
        w.begin_object();
        w.field("id", t.actor_ids[i]);
        w.field("group", p.group_of_actor[i]);
        w.field("ei", p.actor_ei[i]);
        w.key("brokerage");
        w.begin_object();
        w.field("coordinator", b.coordinator);
        w.field("itinerant", b.itinerant);
        w.field("representative", b.representative);
        w.field("gatekeeper", b.gatekeeper);
        w.field("liaison", b.liaison);
        w.field("total", b.total());
        w.end_object();
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

void regie_json(Writer& w, const RegieOverlay& r) {
    w.key("regie");
    w.begin_object();
    w.strings("regisseurs", r.regisseurs);
    w.key("multiply_directed");
    w.begin_object();
    for (const auto& [actor, by] : r.multiply_directed)
        w.strings(actor, by);
    w.end_object();
    w.strings("undirected_actors", r.undirected_actors);
    w.key("span");
    w.begin_object();
    for (const auto& [actor, s] : r.span)
        w.field(actor, s);
    w.end_object();
    w.numbers("coverage", r.coverage);
    w.key("cycles");
    w.begin_array();
    for (const auto& cycle : r.cycles)
        w.strings(cycle);
    w.end_array();
    w.key("krackhardt");
    w.begin_object();
    w.field("connectedness", r.connectedness);
    w.field("hierarchy", r.hierarchy);
    w.field("efficiency", r.efficiency);
    w.field("lub", r.lub);
    w.end_object();
    w.strings("regie_without_mandate", r.regie_without_mandate);
    w.strings("mandate_without_regie", r.mandate_without_regie);
    w.end_object();
}

void bilingual(Writer& w, std::string_view k, const std::string& nl, const std::string& en) {
    w.key(k);
    w.begin_object();
    w.field("nl", nl);
    w.field("en", en);
    w.end_object();
}

void bilingual(Writer& w, std::string_view k, const std::vector<std::string>& nl,
               const std::vector<std::string>& en) {
    w.key(k);
    w.begin_object();
    w.strings("nl", nl);
    w.strings("en", en);
    w.end_object();
}

void finding_json(Writer& w, const Finding& f) {
    w.begin_object();
    w.field("id", f.id);
    w.field("subject", f.subject);
    bilingual(w, "title", f.title_nl, f.title_en);
    w.field("flagged", f.flagged);
    w.field("applicable", f.applicable);
    w.numbers("numbers", f.numbers);
    w.numbers("thresholds", f.thresholds);
    bilingual(w, "rule", f.rule_nl, f.rule_en);
    bilingual(w, "summary", f.summary_nl, f.summary_en);
    w.strings("actors", f.actors);
    w.strings("relations", f.relations);
    w.strings("tasks", f.tasks);
    bilingual(w, "details", f.details_nl, f.details_en);
    w.key("evidence");
    w.begin_object();
    w.field("items", f.evidence.items);
    w.field("inferred", f.evidence.inferred);
    w.field("inferred_share", f.evidence.share());
    w.end_object();
    w.end_object();
}

// Bytes per actor row with one or two metrics, to reserve the text once.
constexpr std::size_t kBytesPerActorRow = 96;

}  // namespace

std::string to_json(const AnalysisResult& r) {
    Writer w;
    w.out.reserve(4096 +
                  r.actors.actor_ids.size() *
                      (kBytesPerActorRow + 40 * r.actors.names.size() + 300 * r.partitions.size()));
    w.begin_object();
    w.field("scenario", r.scenario_id);
    settings_json(w, r.settings);
    network_json(w, r);
    actors_json(w, r.actors);
    w.key("partitions");
    w.begin_array();
    for (const auto& p : r.partitions)
        partition_json(w, p, r.actors);
    w.end_array();
    regie_json(w, r.regie);
    w.key("diagnostics");
    w.begin_array();
    for (const auto& f : r.diagnostics)
        finding_json(w, f);
    w.end_array();
    w.key("conventions");
    w.begin_object();
    for (const auto& [k, v] : r.conventions)
        w.field(k, v);
    w.end_object();
    w.end_object();
    w.out += '\n';
    return std::move(w.out);
}

}  // namespace rk::analytics

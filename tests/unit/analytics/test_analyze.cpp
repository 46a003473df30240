// analyze() end to end on a small hand-made scenario: diagnostics with their evidence, the
// layer and metric filters, NaN handling, the three writers, cancellation, a sample case.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "analytics/analysis.hpp"
#include "graph_files.hpp"
#include "model/case_io.hpp"

namespace rk::analytics {
namespace {

using testing::add_actor;
using testing::add_relation;

// min and prov (koker BZK) and gem1, gem2 (koker VNG) collaborate in a chain; ind, an
// independent regisseur without mandate, and min both direct gem1; iso has no ties.
Scenario small_case() {
    Scenario s;
    s.id = "before";
    Actor& min = add_actor(s, "min");
    min.koker = "BZK";
    min.ladder_step = LadderStep::Regisseren;
    min.mandate.decision = DecisionMandate::Full;
    Actor& prov = add_actor(s, "prov");
    prov.koker = "BZK";
    prov.ladder_step = LadderStep::Regisseren;  // but directs nobody: a ladder mismatch
    add_actor(s, "gem1").koker = "VNG";
    add_actor(s, "gem2").koker = "VNG";
    Actor& ind = add_actor(s, "ind");
    ind.roles = {Role::Regisseur};
    ind.mandate.decision = DecisionMandate::None;
    add_actor(s, "iso");
    add_relation(s, "min", "prov", Layer::Collaboration);
    add_relation(s, "prov", "gem1", Layer::Collaboration);
    add_relation(s, "gem1", "gem2", Layer::Collaboration);
    add_relation(s, "ind", "gem1", Layer::Directs, true);
    add_relation(s, "min", "gem1", Layer::Directs, true);

    auto task = [&](std::string id, std::string follows,
                    std::vector<std::pair<std::string, std::string>> raci) {
        Responsibility r;
        r.id = std::move(id);
        r.task = r.id;
        r.follows = std::move(follows);
        for (const auto& [actor, letters] : raci) {
            RaciAssignment a;
            a.actor = actor;
            a.responsible = letters.find('R') != std::string::npos;
            a.accountable = letters.find('A') != std::string::npos;
            r.assignments.push_back(a);
        }
        s.responsibilities.push_back(r);
    };
    task("intake", "", {{"gem1", "R"}, {"min", "A"}});
    task("hulp", "intake", {{"gem2", "R"}});  // no A, and nobody owns the hand-over
    task("nazorg", "", {{"gem1", "R"}, {"gem2", "R"}, {"prov", "R"}});  // many hands

    Forum f;
    f.id = "tafel";
    f.name = "Tafel";
    f.seats = {{"min", true, true}, {"gem1", true, false}};
    s.forums.push_back(f);
    return s;
}

const Finding& find(const AnalysisResult& r, const std::string& id) {
    for (const auto& f : r.diagnostics)
        if (f.id == id)
            return f;
    throw std::runtime_error("no diagnostic " + id);
}

TEST(Analyze, DiagnosticsFlagWithTheirEvidence) {
    const auto r = analyze(small_case(), AnalysisSettings{});
    const auto& gap = find(r, "tussen_wal_en_schip");
    EXPECT_TRUE(gap.flagged);
    EXPECT_EQ(gap.numbers.at("tasks_without_accountable"), 2);  // hulp and nazorg
    EXPECT_EQ(gap.numbers.at("handovers_without_owner"), 1);
    EXPECT_NE(std::find(gap.tasks.begin(), gap.tasks.end(), "hulp"), gap.tasks.end());
    const auto& hands = find(r, "vele_handen");
    EXPECT_TRUE(hands.flagged);
    EXPECT_EQ(hands.tasks, std::vector<std::string>{"nazorg"});
    const auto& multiple = find(r, "multiple_regie");
    EXPECT_TRUE(multiple.flagged);
    EXPECT_EQ(multiple.actors, std::vector<std::string>{"gem1"});
    EXPECT_EQ(multiple.relations.size(), 2u);
    EXPECT_EQ(find(r, "ladder_mismatch").actors, std::vector<std::string>{"prov"});
    const auto& quadrant = find(r, "symmetry_commitment");
    EXPECT_TRUE(quadrant.flagged);
    EXPECT_EQ(quadrant.subject, "tafel");
    EXPECT_EQ(quadrant.numbers.at("quadrant"), 2);  // symmetry without commitment
    EXPECT_EQ(quadrant.actors, std::vector<std::string>{"gem1"});
    // Five connected actors and an isolate: F = 1 - 20/30, below the 0.5 threshold.
    const auto& islands = find(r, "eilandenrijk");
    EXPECT_FALSE(islands.flagged);
    EXPECT_NEAR(islands.numbers.at("fragmentation"), 1.0 / 3.0, 1e-12);
    EXPECT_EQ(islands.actors, std::vector<std::string>{"iso"});
    EXPECT_EQ(r.regie.regie_without_mandate, std::vector<std::string>{"ind"});
    for (const auto& f : r.diagnostics) {
        EXPECT_FALSE(f.rule_nl.empty()) << f.id;
        EXPECT_FALSE(f.rule_en.empty()) << f.id;
    }
}

TEST(Analyze, ThresholdsComeFromTheSettings) {
    AnalysisSettings settings;
    settings.thresholds.eilandenrijk_fragmentation = 0.3;
    const auto r = analyze(small_case(), settings);
    EXPECT_TRUE(find(r, "eilandenrijk").flagged);
    EXPECT_EQ(find(r, "eilandenrijk").thresholds.at("fragmentation"), 0.3);
}

TEST(Analyze, PartitionByKoker) {
    AnalysisSettings settings;
    settings.partitions = {"koker"};
    settings.permutations = 99;
    const auto r = analyze(small_case(), settings);
    ASSERT_EQ(r.partitions.size(), 1u);
    const auto& p = r.partitions[0];
    // Ties among known actors: min-prov (BZK), gem1-gem2 (VNG) inside; prov-gem1 and
    // min-gem1 (the directs tie, all layers) across: E-I = (2 - 2) / 4.
    EXPECT_EQ(p.internal_ties, 2);
    EXPECT_EQ(p.external_ties, 2);
    EXPECT_DOUBLE_EQ(p.ei, 0.0);
    EXPECT_EQ(p.permutations, 99);
    EXPECT_EQ(p.groups.size(), 2u);
    EXPECT_FALSE(find(r, "verkokering").flagged);
}

TEST(Analyze, LayersAndMetricsFilter) {
    AnalysisSettings settings;
    settings.layers = {Layer::Collaboration};
    settings.metrics = {Metric::Betweenness};
    const auto r = analyze(small_case(), settings);
    EXPECT_EQ(r.network.edges, 3);
    EXPECT_NE(r.actors.column("betweenness"), nullptr);
    EXPECT_EQ(r.actors.column("pagerank"), nullptr);
    EXPECT_TRUE(r.diagnostics.empty());
    // prov lies between min and {gem1, gem2}; gem1 between {min, prov} and gem2.
    EXPECT_DOUBLE_EQ(r.actors.get("prov", "betweenness"), 2.0);
    EXPECT_DOUBLE_EQ(r.actors.get("gem1", "betweenness"), 2.0);
}

TEST(Analyze, JsonHasTheDocumentedKeysAndNullForNaN) {
    const auto r = analyze(small_case(), AnalysisSettings{});
    const auto j = nlohmann::json::parse(to_json(r));
    for (const char* key : {"nodes", "edges", "components", "fragmentation",
                            "distance_weighted_fragmentation", "articulation_points", "bridges"})
        EXPECT_TRUE(j["network"].contains(key)) << key;
    EXPECT_EQ(j["network"]["nodes"], 6);
    const auto& actors = j["actors"];
    ASSERT_EQ(actors.size(), 6u);
    for (const char* key : {"id", "degree", "betweenness", "betweenness_normalized", "closeness",
                            "harmonic_closeness", "eigenvector", "pagerank", "katz", "constraint",
                            "effective_size", "efficiency", "hierarchy"})
        EXPECT_TRUE(actors[0].contains(key)) << key;
    EXPECT_EQ(actors[5]["id"], "iso");
    EXPECT_TRUE(actors[5]["closeness"].is_null());
    EXPECT_TRUE(actors[5]["constraint"].is_null());
    for (const char* key : {"partitions", "regie", "diagnostics", "conventions"})
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_TRUE(j["conventions"].contains("betweenness"));
    EXPECT_TRUE(j["diagnostics"][0]["rule"].contains("nl"));
}

TEST(Analyze, CsvAndTable) {
    const auto r = analyze(small_case(), AnalysisSettings{});
    const std::string csv = to_csv(r);
    EXPECT_EQ(csv.rfind("id,degree,", 0), 0u);
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 7);  // header + 6 actors
    EXPECT_NE(csv.find("iso,0,"), std::string::npos);
    const std::string nl = to_table(r, Language::Dutch);
    EXPECT_NE(nl.find("n.v.t."), std::string::npos);
    EXPECT_NE(nl.find("Tussen wal en schip"), std::string::npos);
    EXPECT_NE(to_table(r).find("n/a"), std::string::npos);
}

TEST(Analyze, CancelThrows) {
    Progress progress;
    progress.cancel();
    EXPECT_THROW(analyze(small_case(), AnalysisSettings{}, &progress), Cancelled);
}

TEST(Analyze, SampleYouthCareChainFallsBetweenTheCracks) {
    auto loaded =
        load_case_file(std::string(RK_SOURCE_DIR) + "/assets/cases/jeugdzorg-keten.regie.json");
    ASSERT_TRUE(loaded.value) << loaded.diagnostics.to_string();
    const auto r = analyze(loaded.value->scenarios.at(0), AnalysisSettings{});
    EXPECT_TRUE(find(r, "tussen_wal_en_schip").flagged);
    EXPECT_EQ(r.network.nodes, static_cast<int>(loaded.value->scenarios[0].actors.size()));
}

}  // namespace
}  // namespace rk::analytics

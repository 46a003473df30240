// The diagnostic rules of issue 20 on small hand-made scenarios. Every expected flag and
// number is worked out by hand in the comment above it: flag and not-flag cases, and the
// threshold edges.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "analytics/analysis.hpp"
#include "graph_files.hpp"

namespace rk::analytics {
namespace {

using testing::add_actor;
using testing::add_relation;

const Finding& find(const AnalysisResult& r, const std::string& id,
                    const std::string& subject = "") {
    for (const auto& f : r.diagnostics)
        if (f.id == id && (subject.empty() || f.subject == subject))
            return f;
    throw std::runtime_error("no diagnostic " + id);
}

AnalysisResult run(const Scenario& s, AnalysisSettings settings = {}) {
    settings.permutations = 0;
    return analyze(s, settings);
}

void add_task(Scenario& s, const std::string& id,
              const std::vector<std::pair<std::string, std::string>>& raci) {
    Responsibility r;
    r.id = id;
    r.task = id;
    for (const auto& [actor, letters] : raci) {
        RaciAssignment a;
        a.actor = actor;
        a.responsible = letters.find('R') != std::string::npos;
        a.accountable = letters.find('A') != std::string::npos;
        r.assignments.push_back(a);
    }
    s.responsibilities.push_back(r);
}

// --- conflict is not a connection ----------------------------------------------------------

// a - b collaborate, b - c are in conflict.
Scenario conflict_case() {
    Scenario s;
    for (const char* id : {"a", "b", "c"})
        add_actor(s, id);
    add_relation(s, "a", "b", Layer::Collaboration);
    add_relation(s, "b", "c", Layer::Conflict);
    return s;
}

TEST(Rules, ConflictIsLeftOutOfTheDefaultLayers) {
    // Default: one tie (a-b), c isolated: 2 components, F = 1 - (2*1)/(3*2) = 2/3.
    const auto r = run(conflict_case());
    EXPECT_EQ(r.network.edges, 1);
    EXPECT_EQ(r.network.components, 2);
    EXPECT_EQ(r.network.isolates, 1);
    EXPECT_NEAR(r.network.fragmentation, 2.0 / 3.0, 1e-12);
    EXPECT_NE(r.conventions.at("layers").find("conflict"), std::string::npos);
    // Naming conflict among the layers includes it: a-b-c is one component, F = 0.
    AnalysisSettings with_conflict;
    with_conflict.layers = {Layer::Collaboration, Layer::Conflict};
    const auto all = run(conflict_case(), with_conflict);
    EXPECT_EQ(all.network.edges, 2);
    EXPECT_EQ(all.network.components, 1);
    EXPECT_DOUBLE_EQ(all.network.fragmentation, 0.0);
}

TEST(Rules, AnalysedLayersDefaultToAllButConflict) {
    const auto layers = analysed_layers(AnalysisSettings{});
    EXPECT_EQ(static_cast<int>(layers.size()), kLayerCount - 1);
    EXPECT_EQ(std::find(layers.begin(), layers.end(), Layer::Conflict), layers.end());
}

// --- overlap ------------------------------------------------------------------------------

// m1 and m2 both direct g: one overlapping pair over object g. `conflict` adds m1 -x- m2.
Scenario overlap_case(bool conflict) {
    Scenario s;
    for (const char* id : {"m1", "m2", "g"})
        add_actor(s, id);
    add_relation(s, "m1", "g", Layer::Directs, true);
    add_relation(s, "m2", "g", Layer::Directs, true);
    if (conflict)
        add_relation(s, "m1", "m2", Layer::Conflict);
    return s;
}

TEST(Rules, OverlapFlagsOnlyAPairInConflict) {
    // Pair (m1, m2) over g with a conflict relation: 1 pair, 1 in conflict >= 1: flagged.
    const auto flagged = find(run(overlap_case(true)), "overlap");
    EXPECT_TRUE(flagged.flagged);
    EXPECT_EQ(flagged.numbers.at("overlapping_pairs"), 1);
    EXPECT_EQ(flagged.numbers.at("pairs_in_conflict"), 1);
    EXPECT_EQ(flagged.actors, (std::vector<std::string>{"m1", "m2"}));
    // The two directs relations (r0, r1) and the conflict (r2).
    EXPECT_EQ(flagged.relations, (std::vector<std::string>{"r0", "r1", "r2"}));
    // Without the conflict the same pair is information only.
    const auto info = find(run(overlap_case(false)), "overlap");
    EXPECT_FALSE(info.flagged);
    EXPECT_EQ(info.numbers.at("overlapping_pairs"), 1);
    EXPECT_EQ(info.numbers.at("pairs_in_conflict"), 0);
    ASSERT_EQ(info.details_en.size(), 1u);
    EXPECT_NE(info.details_en[0].find("no conflict recorded"), std::string::npos);
}

TEST(Rules, OverlapIgnoresRoleLabels) {
    // Three regisseurs and three supervisors by role, but no competence over a common
    // object: no pair, not flagged (the old rule flagged 3 holders of one steering role).
    Scenario s;
    for (const char* id : {"a", "b", "c"}) {
        Actor& x = add_actor(s, id);
        x.roles = {Role::Regisseur, Role::Toezichthouder};
    }
    add_relation(s, "a", "b", Layer::Conflict);
    const auto f = find(run(s), "overlap");
    EXPECT_FALSE(f.flagged);
    EXPECT_EQ(f.numbers.at("overlapping_pairs"), 0);
}

TEST(Rules, OverlapCountsSupervisionFormalAuthorityAndAccountability) {
    // s1 supervises g, s2 holds formal authority over g: pair (s1, s2) over g. p and q are
    // both A on task t: pair (p, q) over t. Conflicts s1-s2 and p-q: 2 pairs in conflict.
    Scenario s;
    for (const char* id : {"s1", "s2", "g", "p", "q"})
        add_actor(s, id);
    add_relation(s, "s1", "g", Layer::Supervision, true);
    add_relation(s, "s2", "g", Layer::FormalAuthority, true);
    add_relation(s, "s1", "s2", Layer::Conflict);
    add_relation(s, "p", "q", Layer::Conflict);
    add_task(s, "t", {{"p", "A"}, {"q", "RA"}});
    // Threshold edge: at 2 conflicting pairs required, 2 found: flagged; at 3: not.
    AnalysisSettings two;
    two.thresholds.overlap_min_conflict_pairs = 2;
    const auto f = find(run(s, two), "overlap");
    EXPECT_TRUE(f.flagged);
    EXPECT_EQ(f.numbers.at("overlapping_pairs"), 2);
    EXPECT_EQ(f.tasks, std::vector<std::string>{"t"});
    AnalysisSettings three;
    three.thresholds.overlap_min_conflict_pairs = 3;
    EXPECT_FALSE(find(run(s, three), "overlap").flagged);
}

TEST(Rules, OverlapLeavesOutSharedTasksAndCollectivesOfTheirOwnMembers) {
    // p and q both A on t, in conflict: flagged...
    Scenario s;
    add_actor(s, "p");
    add_actor(s, "q");
    add_relation(s, "p", "q", Layer::Conflict);
    add_task(s, "t", {{"p", "A"}, {"q", "A"}});
    EXPECT_TRUE(find(run(s), "overlap").flagged);
    // ...unless the task is marked as deliberately shared: no pair, 1 task left out.
    Scenario shared = s;
    shared.responsibilities[0].shared = true;
    const auto f = find(run(shared), "overlap");
    EXPECT_FALSE(f.flagged);
    EXPECT_EQ(f.numbers.at("overlapping_pairs"), 0);
    EXPECT_EQ(f.numbers.at("shared_tasks_left_out"), 1);
    // ...or both are collectives that answer for their own members (12 provinces, 29
    // services): the pair is left out.
    Scenario collectives = s;
    collectives.actors[0].member_count = 12;
    collectives.actors[1].member_count = 29;
    const auto c = find(run(collectives), "overlap");
    EXPECT_FALSE(c.flagged);
    EXPECT_EQ(c.numbers.at("collective_pairs_left_out"), 1);
    // One collective beside a single organisation still overlaps.
    Scenario one = s;
    one.actors[0].member_count = 12;
    EXPECT_TRUE(find(run(one), "overlap").flagged);
}

// --- ladder mismatch ----------------------------------------------------------------------

TEST(Rules, LadderFlagsFacilitatingWhileDirecting) {
    // fac (faciliteren) and los (loslaten) direct x: both flagged. stim (stimuleren) directs
    // x: a higher step, not flagged. quiet (faciliteren) directs nobody: not flagged.
    Scenario s;
    add_actor(s, "fac").ladder_step = LadderStep::Faciliteren;
    add_actor(s, "los").ladder_step = LadderStep::Loslaten;
    add_actor(s, "stim").ladder_step = LadderStep::Stimuleren;
    add_actor(s, "quiet").ladder_step = LadderStep::Faciliteren;
    add_actor(s, "x");
    add_relation(s, "fac", "x", Layer::Directs, true);
    add_relation(s, "los", "x", Layer::Directs, true);
    add_relation(s, "stim", "x", Layer::Directs, true);
    const auto f = find(run(s), "ladder_mismatch");
    EXPECT_TRUE(f.flagged);
    EXPECT_EQ(f.actors, (std::vector<std::string>{"fac", "los"}));
    EXPECT_EQ(f.relations, (std::vector<std::string>{"r0", "r1"}));
}

// --- Poolse landdag per forum -------------------------------------------------------------

std::string member(int i) {
    std::string id = "m";
    id += std::to_string(i);
    return id;
}

// A forum of the first `members` actors m0..m(k-1), `ties` collaboration ties among them (in
// order of pairs), and an outsider pair o1-o2 tied to each other only.
Scenario forum_case(int members, int ties, std::optional<bool> doorzettingsmacht) {
    Scenario s;
    Forum forum;
    forum.id = "tafel";
    for (int i = 0; i < members; ++i) {
        Actor& a = add_actor(s, member(i));
        a.mandate.doorzettingsmacht = doorzettingsmacht;
        forum.seats.push_back({a.id, std::nullopt, std::nullopt});
    }
    add_actor(s, "o1");
    add_actor(s, "o2");
    add_relation(s, "o1", "o2", Layer::Collaboration);
    int added = 0;
    for (int i = 0; i < members && added < ties; ++i)
        for (int j = i + 1; j < members && added < ties; ++j, ++added)
            add_relation(s, "m" + std::to_string(i), "m" + std::to_string(j), Layer::Collaboration);
    s.forums.push_back(forum);
    return s;
}

TEST(Rules, LanddagFlagsADenseForumWhereNobodyCanDecide) {
    // 5 members, all 10 pairs tied: density 1 >= 0.5, 5 parties >= 5, all recorded without
    // doorzettingsmacht: flagged.
    const auto f = find(run(forum_case(5, 10, false)), "poolse_landdag", "tafel");
    EXPECT_TRUE(f.applicable);
    EXPECT_TRUE(f.flagged);
    EXPECT_DOUBLE_EQ(f.numbers.at("density"), 1.0);
    EXPECT_EQ(f.numbers.at("without_doorzettingsmacht"), 5);
    // Density edge: 5 of 10 pairs = 0.5, at the threshold: flagged; 4 of 10 = 0.4: not.
    EXPECT_TRUE(find(run(forum_case(5, 5, false)), "poolse_landdag").flagged);
    const auto sparse = find(run(forum_case(5, 4, false)), "poolse_landdag");
    EXPECT_TRUE(sparse.applicable);
    EXPECT_FALSE(sparse.flagged);
    EXPECT_DOUBLE_EQ(sparse.numbers.at("density"), 0.4);
    // Size edge: 4 parties < 5: not flagged although dense.
    EXPECT_FALSE(find(run(forum_case(4, 6, false)), "poolse_landdag").flagged);
}

TEST(Rules, LanddagNeedsTheMandateRecorded) {
    // Nobody's doorzettingsmacht recorded, no vetoes: not applicable, the reason given.
    const auto unknown = find(run(forum_case(5, 10, std::nullopt)), "poolse_landdag");
    EXPECT_FALSE(unknown.applicable);
    EXPECT_FALSE(unknown.flagged);
    EXPECT_NE(unknown.summary_en.find("not recorded for 5 of 5"), std::string::npos);
    // One member recorded with doorzettingsmacht settles it: applicable, not flagged.
    Scenario one = forum_case(5, 10, std::nullopt);
    one.actors[0].mandate.doorzettingsmacht = true;
    const auto decided = find(run(one), "poolse_landdag");
    EXPECT_TRUE(decided.applicable);
    EXPECT_FALSE(decided.flagged);
    EXPECT_EQ(decided.numbers.at("with_doorzettingsmacht"), 1);
    // Three vetoes (unique blocking power) flag it without mandate data.
    Scenario vetoes = forum_case(5, 10, std::nullopt);
    for (int i = 0; i < 3; ++i)
        vetoes.actors[i].power.blocking = PowerLevel::Unique;
    const auto veto = find(run(vetoes), "poolse_landdag");
    EXPECT_TRUE(veto.applicable);
    EXPECT_TRUE(veto.flagged);
    EXPECT_EQ(veto.numbers.at("veto_players"), 3);
}

TEST(Rules, LanddagReadsTheForumNotTheWholeNetwork) {
    // The forum members are not tied among themselves; only o1-o2 are: density 0, not
    // flagged, however dense the rest may be. Conflict ties between members do not count.
    Scenario s = forum_case(5, 0, false);
    add_relation(s, "m0", "m1", Layer::Conflict);
    const auto f = find(run(s), "poolse_landdag");
    EXPECT_TRUE(f.applicable);
    EXPECT_FALSE(f.flagged);
    EXPECT_DOUBLE_EQ(f.numbers.at("density"), 0.0);
    // Without any forum: one finding, not applicable.
    Scenario none = conflict_case();
    const auto n = find(run(none), "poolse_landdag");
    EXPECT_FALSE(n.applicable);
}

TEST(Rules, LanddagCountsCollectivesAsTheirMembers) {
    // 4 members (4 parties < 5: not flagged); one of them "13 gemeenten": 16 parties: flagged.
    Scenario s = forum_case(4, 6, false);
    EXPECT_FALSE(find(run(s), "poolse_landdag").flagged);
    s.actors[0].member_count = 13;
    const auto f = find(run(s), "poolse_landdag");
    EXPECT_TRUE(f.flagged);
    EXPECT_EQ(f.numbers.at("parties"), 16);
}

// --- meervoudige regie --------------------------------------------------------------------

// g is directed by d1 and d2 with the given kinds of regie.
Scenario directed_twice(RegieKind k1, RegieKind k2) {
    Scenario s;
    for (const char* id : {"d1", "d2", "g"})
        add_actor(s, id);
    add_relation(s, "d1", "g", Layer::Directs, true).regie_kind = k1;
    add_relation(s, "d2", "g", Layer::Directs, true).regie_kind = k2;
    return s;
}

TEST(Rules, MultipleRegieTellsTheNormFromCompetition) {
    // Rijksregie beside one coordinating regisseur: the norm, listed, not flagged.
    const auto norm =
        find(run(directed_twice(RegieKind::Rijksregie, RegieKind::Coordinerend)), "multiple_regie");
    EXPECT_FALSE(norm.flagged);
    EXPECT_EQ(norm.numbers.at("different_kinds"), 1);
    ASSERT_EQ(norm.details_en.size(), 1u);
    EXPECT_NE(norm.details_en[0].find("the norm"), std::string::npos);
    // Hierarchical beside informal regie: different kinds, not competing, but not the norm.
    const auto other =
        find(run(directed_twice(RegieKind::Hierarchisch, RegieKind::Informeel)), "multiple_regie");
    EXPECT_FALSE(other.flagged);
    EXPECT_NE(other.details_en[0].find("not competing"), std::string::npos);
    // Two coordinating regisseurs over g: competing, flagged. Nobody directs d1 or d2, so
    // they share no higher regisseur: 1 pair without escalation.
    const auto two = find(run(directed_twice(RegieKind::Coordinerend, RegieKind::Coordinerend)),
                          "multiple_regie");
    EXPECT_TRUE(two.flagged);
    EXPECT_EQ(two.actors, std::vector<std::string>{"g"});
    EXPECT_EQ(two.numbers.at("competing_pairs"), 1);
    EXPECT_EQ(two.numbers.at("pairs_without_common_superior"), 1);
    EXPECT_NE(two.details_en[0].find("escalation impossible"), std::string::npos);
}

TEST(Rules, MultipleRegieFindsACommonSuperior) {
    // top directs d1 and d2, who compete over g: still flagged, but top is a common higher
    // regisseur, so 0 pairs without escalation.
    Scenario s = directed_twice(RegieKind::Hierarchisch, RegieKind::Hierarchisch);
    add_actor(s, "top");
    add_relation(s, "top", "d1", Layer::Directs, true);
    add_relation(s, "top", "d2", Layer::Directs, true);
    const auto f = find(run(s), "multiple_regie");
    EXPECT_TRUE(f.flagged);
    EXPECT_EQ(f.numbers.at("pairs_without_common_superior"), 0);
}

TEST(Rules, MultipleRegieReadsTheRoleWhenTheKindIsMissing) {
    // d1 rijksregie, d2's relation without a kind but d2 has the role coördinerend
    // regisseur: coordinating, so the norm. Both kinds unknown: cannot be told apart,
    // flagged. The threshold edge: with 3 regisseurs required, g (2) is not multiply directed.
    Scenario s = directed_twice(RegieKind::Rijksregie, RegieKind::Unknown);
    s.actors[1].roles = {Role::CoordinerendRegisseur};
    EXPECT_FALSE(find(run(s), "multiple_regie").flagged);
    const Scenario unknown = directed_twice(RegieKind::Unknown, RegieKind::Unknown);
    EXPECT_TRUE(find(run(unknown), "multiple_regie").flagged);
    AnalysisSettings three;
    three.thresholds.multiple_regie_min_regisseurs = 3;
    const auto f = find(run(unknown, three), "multiple_regie");
    EXPECT_FALSE(f.flagged);
    EXPECT_EQ(f.numbers.at("multiply_directed"), 0);
}

// --- filter by level ----------------------------------------------------------------------

TEST(Rules, LevelFilterKeepsOneLevelEverywhere) {
    // a-b collaborate at opgave level, b-c at stelsel level, a directs c at stelsel level.
    Scenario s;
    for (const char* id : {"a", "b", "c"})
        add_actor(s, id);
    add_relation(s, "a", "b", Layer::Collaboration).level = GovernanceLevel::Opgave;
    add_relation(s, "b", "c", Layer::Collaboration).level = GovernanceLevel::Stelsel;
    add_relation(s, "a", "c", Layer::Directs, true).level = GovernanceLevel::Stelsel;
    AnalysisSettings opgave;
    opgave.level = GovernanceLevel::Opgave;
    const auto r = run(s, opgave);
    // Only a-b: one tie, c isolated; the stelsel-level directs relation is out of the overlay.
    EXPECT_EQ(r.network.edges, 1);
    EXPECT_EQ(r.network.isolates, 1);
    EXPECT_TRUE(r.regie.regisseurs.empty());
    EXPECT_NE(r.conventions.at("level").find("2 relations"), std::string::npos);
    AnalysisSettings stelsel;
    stelsel.level = GovernanceLevel::Stelsel;
    const auto t = run(s, stelsel);
    // b-c and a-c: a path a-c-b, one component.
    EXPECT_EQ(t.network.edges, 2);
    EXPECT_EQ(t.network.components, 1);
    EXPECT_EQ(t.regie.regisseurs, std::vector<std::string>{"a"});
}

// --- evidence and collectives -------------------------------------------------------------

TEST(Rules, FindingsStateTheirInferredShare) {
    // The overlap of overlap_case(true) rests on r0, r1 (directs) and r2 (conflict); r1 is a
    // modelling choice: 1 of 3 inferred.
    Scenario s = overlap_case(true);
    s.relations[0].evidence.basis = EvidenceBasis::Seed;
    s.relations[1].evidence.basis = EvidenceBasis::ModellingChoice;
    const auto f = find(run(s), "overlap");
    EXPECT_EQ(f.evidence.items, 3);
    EXPECT_EQ(f.evidence.inferred, 1);
    EXPECT_NEAR(f.evidence.share(), 1.0 / 3.0, 1e-12);
    // A finding with nothing behind it has no share (NaN, "n/a").
    Scenario bare;
    add_actor(bare, "x");
    EXPECT_TRUE(std::isnan(find(run(bare), "overlap").evidence.share()));
}

TEST(Rules, EvidenceAndDetailsReachJsonAndTable) {
    // overlap_case(true) with r1 a modelling choice: 1 of 3 inferred, in JSON and the table.
    Scenario s = overlap_case(true);
    s.relations[1].evidence.basis = EvidenceBasis::ModellingChoice;
    const auto r = run(s);
    const auto j = nlohmann::json::parse(to_json(r));
    bool seen = false;
    for (const auto& f : j["diagnostics"]) {
        if (f["id"] != "overlap")
            continue;
        seen = true;
        EXPECT_EQ(f["evidence"]["items"], 3);
        EXPECT_EQ(f["evidence"]["inferred"], 1);
        EXPECT_NEAR(f["evidence"]["inferred_share"].get<double>(), 1.0 / 3.0, 1e-12);
        EXPECT_EQ(f["details"]["en"].size(), 1u);
    }
    EXPECT_TRUE(seen);
    EXPECT_NE(to_table(r).find("[evidence: 1/3 modelling choice]"), std::string::npos);
    EXPECT_NE(to_table(r, Language::Dutch).find("[bewijs: 1/3 modelkeuze]"), std::string::npos);
    EXPECT_EQ(j["settings"]["analysed_layers"].size(), static_cast<std::size_t>(kLayerCount - 1));
}

TEST(Rules, ManyHandsCountsCollectivesAsTheirMembers) {
    // Task t: R by one collective of 2 and nobody A: 2 responsible parties < 3, not flagged.
    // With 3 members it reaches the threshold of 3: flagged. The R letter is a modelling
    // choice: 1 of 1 inferred.
    Scenario s;
    add_actor(s, "gemeenten").member_count = 2;
    add_task(s, "t", {{"gemeenten", "R"}});
    s.responsibilities[0].assignments[0].evidence.basis = EvidenceBasis::ModellingChoice;
    EXPECT_FALSE(find(run(s), "vele_handen").flagged);
    s.actors[0].member_count = 3;
    const auto f = find(run(s), "vele_handen");
    EXPECT_TRUE(f.flagged);
    EXPECT_EQ(f.numbers.at("max_responsible_parties_per_task"), 3);
    EXPECT_EQ(f.evidence.inferred, 1);
}

TEST(Rules, IslandsWeighCollectivesByTheirMembers) {
    // a-b tied, c isolated: 1 of 3 parties isolated = 0.333 >= 0.2: flagged by isolate share.
    // With a = "20 services" and b = "20 services": 1 of 41 parties = 0.024; F = 2/3 still
    // flags it, so raise the F threshold to 0.9 to see the share alone: not flagged.
    Scenario s = conflict_case();
    AnalysisSettings only_share;
    only_share.thresholds.eilandenrijk_fragmentation = 0.9;
    EXPECT_TRUE(find(run(s, only_share), "eilandenrijk").flagged);
    s.actors[0].member_count = 20;
    s.actors[1].member_count = 20;
    const auto f = find(run(s, only_share), "eilandenrijk");
    EXPECT_FALSE(f.flagged);
    EXPECT_EQ(f.numbers.at("parties"), 41);
    EXPECT_NEAR(f.numbers.at("isolate_share"), 1.0 / 41.0, 1e-12);
}

// --- agreements ---------------------------------------------------------------------------

TEST(Rules, AgreementsAreHubsOnlyWhenAsked) {
    // min, prov and gem sign one deal and have no other ties. Left out: 3 isolates, no tie.
    // Included: one hub "deal" linked to the three signatories: 4 nodes, 3 ties, a star
    // whose centre (the deal, not the ministry) has betweenness 3 (the 3 pairs of leaves).
    Scenario s;
    for (const char* id : {"min", "prov", "gem"})
        add_actor(s, id);
    Agreement deal;
    deal.id = "deal";
    deal.signatories = {"min", "prov", "gem"};
    s.agreements.push_back(deal);
    const auto out = run(s);
    EXPECT_EQ(out.network.nodes, 3);
    EXPECT_EQ(out.network.edges, 0);
    AnalysisSettings with;
    with.include_agreements = true;
    const auto in = run(s, with);
    EXPECT_EQ(in.network.nodes, 4);
    EXPECT_EQ(in.network.edges, 3);
    EXPECT_DOUBLE_EQ(in.actors.get("deal", "betweenness"), 3.0);
    EXPECT_DOUBLE_EQ(in.actors.get("min", "betweenness"), 0.0);
    EXPECT_NE(in.conventions.at("agreements").find("hub"), std::string::npos);
}

}  // namespace
}  // namespace rk::analytics

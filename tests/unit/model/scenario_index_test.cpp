// The per-revision index (model/scenario_index.hpp) and the one display-name and attribute
// rule (model/actor_text.hpp). Every expected value is worked out by hand in a comment from
// the small scenario below.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "model/actor_text.hpp"
#include "model/scenario_index.hpp"

namespace rk {
namespace {

using Inc = ScenarioIndex::Incidence;
using Ends = ScenarioIndex::Ends;

Actor actor(std::string id, std::string short_name, std::string name) {
    Actor a;
    a.id = std::move(id);
    a.short_name = std::move(short_name);
    a.name = std::move(name);
    return a;
}

Relation relation(std::string id, std::string source, std::string target, Layer layer,
                  bool directed = false, double weight = 1.0) {
    Relation r;
    r.id = std::move(id);
    r.source = std::move(source);
    r.target = std::move(target);
    r.layer = layer;
    r.directed = directed;
    r.weight = weight;
    return r;
}

// Actors a=0, b=1, c=2, d=3. Relations (index = position in the list):
//   r0 a->b collaboration, directed, weight 2
//   r1 b->c directs
//   r2 a->x collaboration: x is no actor, so the target end is -1
//   r3 c->c collaboration: a self-loop
//   r4 c-a  collaboration, undirected
//   r5 y->z directs: both ends unknown
Scenario small_scenario() {
    Scenario s;
    s.id = "voor";
    s.actors = {actor("a", "A-kort", "Alfa"), actor("b", "  ", "Beta"), actor("c", "", ""),
                actor("d", "", "\t")};
    s.relations = {relation("r0", "a", "b", Layer::Collaboration, true, 2.0),
                   relation("r1", "b", "c", Layer::Directs, true),
                   relation("r2", "a", "x", Layer::Collaboration),
                   relation("r3", "c", "c", Layer::Collaboration),
                   relation("r4", "c", "a", Layer::Collaboration),
                   relation("r5", "y", "z", Layer::Directs, true)};
    return s;
}

std::vector<Inc> list(const ScenarioIndex& index, Layer layer, int actor) {
    auto span = index.incident(layer, actor);
    return {span.begin(), span.end()};
}

TEST(ScenarioIndex, ActorsAreDenseInScenarioOrder) {
    const ScenarioIndex index(small_scenario(), 7);
    EXPECT_EQ(index.scenario_id(), "voor");
    EXPECT_EQ(index.revision(), 7u);
    EXPECT_EQ(index.actor_count(), 4);
    EXPECT_EQ(index.relation_count(), 6);
    EXPECT_EQ(index.find("a"), 0);
    EXPECT_EQ(index.find("d"), 3);
    EXPECT_EQ(index.find("x"), -1);  // named by r2, but not an actor
    EXPECT_EQ(index.actor_id(2), "c");
    EXPECT_EQ(index.find_relation("r4"), 4);
    EXPECT_EQ(index.find_relation("r9"), -1);
}

TEST(ScenarioIndex, RelationEndsAreIntegersWithMinusOneForUnknown) {
    const ScenarioIndex index(small_scenario());
    EXPECT_EQ(index.ends(0), (Ends{0, 1}));    // a->b
    EXPECT_EQ(index.ends(1), (Ends{1, 2}));    // b->c
    EXPECT_EQ(index.ends(2), (Ends{0, -1}));   // a->x, x unknown
    EXPECT_EQ(index.ends(3), (Ends{2, 2}));    // c->c
    EXPECT_EQ(index.ends(4), (Ends{2, 0}));    // c-a
    EXPECT_EQ(index.ends(5), (Ends{-1, -1}));  // y->z, both unknown
    EXPECT_FALSE(index.ends(2).known());
    EXPECT_TRUE(index.ends(3).self_loop());
    EXPECT_FALSE(index.ends(4).self_loop());
    EXPECT_EQ(index.unknown_end_count(), 2);  // r2 and r5
    EXPECT_EQ(index.layer(1), Layer::Directs);
    EXPECT_TRUE(index.directed(0));
    EXPECT_FALSE(index.directed(4));
    EXPECT_EQ(index.weight(0), 2.0);
}

TEST(ScenarioIndex, AdjacencyPerLayerListsBothEndsInRelationOrder) {
    const ScenarioIndex index(small_scenario());
    // a in collaboration: r0 (a is its source: outgoing to b=1), r4 (a is its target:
    // incoming from c=2). r2 is left out: its other end is unknown.
    EXPECT_EQ(list(index, Layer::Collaboration, 0),
              (std::vector<Inc>{{1, 0, true}, {2, 4, false}}));
    // b in collaboration: r0 incoming from a.
    EXPECT_EQ(list(index, Layer::Collaboration, 1), (std::vector<Inc>{{0, 0, false}}));
    // c in collaboration: the self-loop r3 once (outgoing, to itself), then r4 out to a.
    EXPECT_EQ(list(index, Layer::Collaboration, 2), (std::vector<Inc>{{2, 3, true}, {0, 4, true}}));
    // directs: only r1 b->c (r5 has no known end).
    EXPECT_EQ(list(index, Layer::Directs, 1), (std::vector<Inc>{{2, 1, true}}));
    EXPECT_EQ(list(index, Layer::Directs, 2), (std::vector<Inc>{{1, 1, false}}));
    EXPECT_TRUE(list(index, Layer::Directs, 0).empty());
    EXPECT_TRUE(list(index, Layer::Collaboration, 3).empty());  // d has no relation
    EXPECT_TRUE(list(index, Layer::Conflict, 0).empty());
}

TEST(ScenarioIndex, DisplayNamesFollowTheOneRule) {
    const ScenarioIndex index(small_scenario());
    EXPECT_EQ(index.display_name(0), "A-kort");  // short name wins over "Alfa"
    EXPECT_EQ(index.display_name(1), "Beta");    // short name "  " is blank: the name
    EXPECT_EQ(index.display_name(2), "c");       // both empty: the id
    EXPECT_EQ(index.display_name(3), "d");       // name "\t" is blank: the id
    EXPECT_EQ(display_name(small_scenario().actors[0]), "A-kort");  // the free function
}

TEST(ScenarioIndex, DuplicateIdsKeepTheirPlaceAndFindReturnsTheFirst) {
    Scenario s;
    s.actors = {actor("a", "", "eerste"), actor("a", "", "tweede"), actor("b", "", "")};
    s.relations = {relation("r", "a", "b", Layer::Collaboration)};
    const ScenarioIndex index(s);
    EXPECT_EQ(index.actor_count(), 3);
    EXPECT_EQ(index.find("a"), 0);
    EXPECT_EQ(index.display_name(1), "tweede");
    EXPECT_EQ(index.ends(0), (Ends{0, 2}));  // "a" resolves to the first
}

TEST(ScenarioIndex, EmptyScenario) {
    const ScenarioIndex index(Scenario{});
    EXPECT_EQ(index.actor_count(), 0);
    EXPECT_EQ(index.relation_count(), 0);
    EXPECT_EQ(index.find(""), -1);
}

TEST(ScenarioIndex, EachConstructionCountsOneBuildAndMovesKeepLookups) {
    const Scenario s = small_scenario();
    const auto before = ScenarioIndex::builds();
    ScenarioIndex first(s);
    EXPECT_EQ(ScenarioIndex::builds(), before + 1);
    auto shared = ScenarioIndex::build(s);
    EXPECT_EQ(ScenarioIndex::builds(), before + 2);
    ScenarioIndex moved(std::move(first));  // the id views must survive the move
    EXPECT_EQ(moved.find("c"), 2);
    EXPECT_EQ(shared->find("b"), 1);
    EXPECT_EQ(ScenarioIndex::builds(), before + 2);  // a move is not a build
}

// prefix + the number; not prefix + std::to_string(...): GCC 12 warns falsely (-Wrestrict).
std::string numbered(char prefix, int i) {
    std::string id(1, prefix);
    id += std::to_string(i);
    return id;
}

TEST(ScenarioIndex, ManyIdsEachFoundAtItsOwnPlace) {
    // 5,000 actors and relations: the id tables grow past their first size and probe past
    // collisions. Every id must come back at its own position, and ids that differ only in
    // a character or by a prefix ("a1" vs "a10") must not be confused.
    Scenario s;
    for (int i = 0; i < 5000; ++i) {
        s.actors.push_back(actor(numbered('a', i), "", ""));
        s.relations.push_back(relation(numbered('r', i), numbered('a', i),
                                       numbered('a', (i + 1) % 5000), Layer::Funding));
    }
    const ScenarioIndex index(s);
    for (int i = 0; i < 5000; ++i) {
        ASSERT_EQ(index.find(numbered('a', i)), i);
        ASSERT_EQ(index.find_relation(numbered('r', i)), i);
        ASSERT_EQ(index.ends(i), (Ends{i, (i + 1) % 5000}));
    }
    EXPECT_EQ(index.find("a5000"), -1);
    EXPECT_EQ(index.find("r1"), -1);  // a relation id is no actor id
    EXPECT_EQ(index.find_relation("a1"), -1);
    EXPECT_EQ(index.find_relation(""), -1);
}

TEST(ScenarioIndex, RelationLookupsFromSeveralThreadsAgree) {
    // The relation table is built on the first find_relation(); threads that ask at the same
    // time must all get the right index (one build, no race; run under TSan/ASan in CI).
    const Scenario s = small_scenario();
    const ScenarioIndex index(s);
    std::vector<int> found(8, -2);
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([&, t] { found[t] = index.find_relation(numbered('r', t % 6)); });
    for (auto& thread : threads)
        thread.join();
    for (int t = 0; t < 8; ++t)
        EXPECT_EQ(found[t], t % 6) << t;
    // Duplicated relation ids: the first wins, as for actors.
    Scenario dup = small_scenario();
    dup.relations.push_back(relation("r1", "a", "b", Layer::Funding));
    EXPECT_EQ(ScenarioIndex(dup).find_relation("r1"), 1);
}

TEST(ActorAttribute, OneReaderForFieldsEnumsAndStoredAttributes) {
    Actor a = actor("a", "", "Alfa");
    a.bestuurslaag = Bestuurslaag::Rijk;
    a.koker = "BZK";
    a.attributes["aandeel"] = 0.5;
    a.attributes["leden"] = std::int64_t{3};
    a.attributes["wettelijk"] = true;
    a.attributes["regio"] = std::string("Holland Rijnland");
    EXPECT_EQ(actor_attribute(a, "koker"), "BZK");
    EXPECT_EQ(actor_attribute(a, "bestuurslaag"), "rijk");  // the file token
    EXPECT_EQ(actor_attribute(a, "type"), "");              // Unknown reads as no value
    EXPECT_EQ(actor_attribute(a, "sector"), "");
    EXPECT_EQ(actor_attribute(a, "aandeel"), "0.5");
    EXPECT_EQ(actor_attribute(a, "leden"), "3");
    EXPECT_EQ(actor_attribute(a, "wettelijk"), "true");
    EXPECT_EQ(actor_attribute(a, "regio"), "Holland Rijnland");
    EXPECT_EQ(actor_attribute(a, "bestaat-niet"), "");
    // Labels for people: the enum's label (enums.cpp: Rijk / "central government").
    EXPECT_EQ(actor_attribute_label(a, "bestuurslaag", Language::Dutch), "Rijk");
    EXPECT_EQ(actor_attribute_label(a, "bestuurslaag", Language::English), "central government");
    EXPECT_EQ(actor_attribute_label(a, "koker", Language::English), "BZK");
}

}  // namespace
}  // namespace rk

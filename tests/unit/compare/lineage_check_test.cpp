// Checks of a lineage being edited: cardinality per kind, unknown actors, an actor in two
// links.
#include <gtest/gtest.h>

#include "compare/compare.hpp"
#include "unit/compare/fixtures.hpp"

namespace rk::compare {
namespace {

std::vector<std::string> messages(const std::vector<LineageIssue>& issues,
                                  const std::string& link_id) {
    std::vector<std::string> out;
    for (const auto& i : issues)
        if (i.link_id == link_id)
            out.push_back(i.message_en);
    return out;
}

TEST(LineageCheck, TheSampleMergeAndSplitAreValid) {
    const Case c = test::merge_split_case();
    EXPECT_TRUE(check_lineage(c.scenarios[0], c.scenarios[1], c.lineage).empty());
}

TEST(LineageCheck, CardinalityFollowsTheKind) {
    const Case c = test::merge_split_case();
    auto links = c.lineage;
    links[0].kind = LineageKind::Split;  // C, D -> CD is not a split
    links.push_back(test::link("l3", LineageKind::New, {"A"}, {}));
    const auto issues = check_lineage(c.scenarios[0], c.scenarios[1], links);
    EXPECT_EQ(messages(issues, "l1"),
              std::vector<std::string>{
                  "a split link needs 1 actor before and 2 or more after (has 2 and 1)"});
    const auto l3 = messages(issues, "l3");
    ASSERT_FALSE(l3.empty());
    EXPECT_EQ(l3[0], "a new link needs no actor before and 1 after (has 1 and 0)");
    EXPECT_TRUE(messages(issues, "l2").empty());
    for (const auto& i : issues)
        EXPECT_FALSE(i.message_nl.empty()) << i.message_en;
    EXPECT_EQ(issues[0].message_nl,
              "een splitsing-koppeling vraagt 1 actor voor en 2 of meer na (heeft 2 en 1)");
}

TEST(LineageCheck, AnActorInTwoLinksAndUnknownActors) {
    const Case c = test::merge_split_case();
    auto links = c.lineage;
    links.push_back(test::link("l3", LineageKind::Identity, {"C"}, {"X"}));
    const auto issues = check_lineage(c.scenarios[0], c.scenarios[1], links);
    const auto l3 = messages(issues, "l3");
    EXPECT_EQ(l3, (std::vector<std::string>{"actor 'C' is also in link 'l1'",
                                            "actor 'X' is not in scenario 'after'"}));
    EXPECT_TRUE(messages(issues, "l1").empty());  // the first link keeps the actor
}

}  // namespace
}  // namespace rk::compare

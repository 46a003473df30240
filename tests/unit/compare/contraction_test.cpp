// Contraction onto lineage classes: merge n:1 and split 1:n each become one class.
#include <gtest/gtest.h>

#include "compare/compare.hpp"
#include "unit/compare/fixtures.hpp"

namespace rk::compare {
namespace {

TEST(Contract, MergeAndSplitFormOneClassEach) {
    const Case c = test::merge_split_case();
    const auto k = contract(c.scenarios[0], c.scenarios[1], c.lineage);
    ASSERT_EQ(k.classes.size(), 4u);
    EXPECT_TRUE(k.warnings.empty());
    EXPECT_EQ(k.classes[0].id, "A");
    EXPECT_EQ(k.classes[0].kind, LineageKind::Identity);
    EXPECT_EQ(k.classes[2].id, "CD");
    EXPECT_EQ(k.classes[2].kind, LineageKind::Merge);
    EXPECT_EQ(k.classes[2].before_actors, (std::vector<std::string>{"C", "D"}));
    EXPECT_EQ(k.classes[2].label, "C + D -> CD");
    EXPECT_EQ(k.classes[3].id, "E");
    EXPECT_EQ(k.classes[3].kind, LineageKind::Split);
    EXPECT_EQ(k.classes[3].after_actors, (std::vector<std::string>{"E1", "E2"}));
    EXPECT_EQ(k.before_class.at("D"), 2);
    EXPECT_EQ(k.after_class.at("E2"), 3);
}

TEST(Contract, UnlinkedActorsKeepIdentityOrStandAlone) {
    Scenario b, a;
    b.id = "before";
    a.id = "after";
    b.actors = {test::actor("same"), test::actor("old")};
    a.actors = {test::actor("same"), test::actor("fresh")};
    const auto k = contract(b, a, {});
    ASSERT_EQ(k.classes.size(), 3u);  // fresh (new), old (dissolved), same (identity)
    EXPECT_EQ(k.classes[0].kind, LineageKind::New);
    EXPECT_EQ(k.classes[1].kind, LineageKind::Dissolved);
    EXPECT_EQ(k.classes[2].kind, LineageKind::Identity);
}

TEST(Contract, UnknownActorInLinkIsWarnedAndSkipped) {
    const Case c = test::merge_split_case();
    auto links = c.lineage;
    links.push_back(test::link("bad", LineageKind::Rename, {"ghost"}, {"A"}));
    const auto k = contract(c.scenarios[0], c.scenarios[1], links);
    ASSERT_EQ(k.warnings.size(), 1u);
    EXPECT_NE(k.warnings[0].find("ghost"), std::string::npos);
    // A is now "mentioned" only on the after side, so before-A stands alone: 5 classes.
    EXPECT_EQ(k.classes.size(), 5u);
}

}  // namespace
}  // namespace rk::compare

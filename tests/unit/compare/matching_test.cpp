// Proposed lineage for files without it: by id, then normalised name, then short name.
#include <gtest/gtest.h>

#include "compare/compare.hpp"
#include "unit/compare/fixtures.hpp"

namespace rk::compare {
namespace {

using test::actor;

TEST(NormaliseName, FoldsCaseAccentsAndPunctuation) {
    EXPECT_EQ(normalise_name("Gemeente  Den-Haag"), "gemeente den haag");
    EXPECT_EQ(normalise_name("  Súdwest-Fryslân "), "sudwest fryslan");
    EXPECT_EQ(normalise_name("ÉÉN Overheid (BZK)"), "een overheid bzk");
    EXPECT_EQ(normalise_name(""), "");
}

TEST(ProposeLineage, IdThenNameThenShortName) {
    Scenario b, a;
    b.id = "b";
    a.id = "a";
    b.actors = {actor("bzk", "Ministerie van BZK"), actor("odh", "Omgevingsdienst Haaglanden"),
                actor("x1", "Provincie X"), actor("gone", "Opgeheven dienst")};
    b.actors[2].short_name = "PX";
    a.actors = {actor("bzk", "Ministerie van Binnenlandse Zaken"),
                actor("od-haaglanden", "omgevingsdienst  haaglanden"),
                actor("px", "Provincie X (nieuw)"), actor("new", "Programmabureau")};
    a.actors[2].short_name = "px";
    const auto p = propose_lineage(b, a);
    ASSERT_EQ(p.size(), 5u);  // 3 matches, 1 dissolved, 1 new
    std::map<std::string, ProposedLink> by_first;
    for (const auto& l : p)
        by_first[l.link.from_actors.empty() ? l.link.to_actors[0] : l.link.from_actors[0]] = l;
    EXPECT_EQ(by_first["bzk"].basis, MatchBasis::Id);
    EXPECT_EQ(by_first["bzk"].link.kind, LineageKind::Identity);
    EXPECT_EQ(by_first["odh"].basis, MatchBasis::Name);
    EXPECT_EQ(by_first["odh"].link.kind, LineageKind::Rename);
    EXPECT_EQ(by_first["odh"].link.to_actors, std::vector<std::string>{"od-haaglanden"});
    EXPECT_EQ(by_first["x1"].basis, MatchBasis::ShortName);
    EXPECT_EQ(by_first["gone"].link.kind, LineageKind::Dissolved);
    EXPECT_EQ(by_first["new"].link.kind, LineageKind::New);
    for (const auto& l : p)
        EXPECT_TRUE(l.proposed);
}

TEST(ProposeLineage, AmbiguousNamesAreNotMatched) {
    Scenario b, a;
    b.actors = {actor("1", "Gemeente Bergen"), actor("2", "Gemeente Bergen")};  // NH and L
    a.actors = {actor("3", "gemeente bergen")};
    const auto p = propose_lineage(b, a);
    ASSERT_EQ(p.size(), 3u);
    for (const auto& l : p)
        EXPECT_NE(l.basis, MatchBasis::Name);
}

TEST(LineageBetween, UsesCaseLineageWhenPresent) {
    const Case c = test::merge_split_case();
    const auto l = lineage_between(c, "before", "after");
    ASSERT_EQ(l.size(), 2u);
    EXPECT_FALSE(l[0].proposed);
    EXPECT_EQ(l[0].basis, MatchBasis::Lineage);
    EXPECT_THROW(lineage_between(c, "before", "nope"), std::invalid_argument);
    // Reverse direction has no lineage: proposals by id (A, B match; the rest do not).
    const auto r = lineage_between(c, "after", "before");
    EXPECT_TRUE(r[0].proposed);
}

}  // namespace
}  // namespace rk::compare

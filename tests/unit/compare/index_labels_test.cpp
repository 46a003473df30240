// Every row of the before/after/delta table has a Dutch label, so the comparison window,
// the tables and the reports speak the user's language.
#include <gtest/gtest.h>

#include "compare/compare.hpp"
#include "unit/compare/fixtures.hpp"

namespace rk::compare {
namespace {

ComparisonResult islands() {
    Case c;
    Scenario b;
    b.id = "before";
    for (auto id : {"P", "Q", "R", "S"})
        b.actors.push_back(test::actor(id));
    b.relations = {test::rel("r1", "P", "Q"), test::rel("r2", "R", "S")};
    Scenario a = b;
    a.id = "after";
    a.relations.push_back(test::rel("r3", "Q", "R"));
    CompareOptions o;
    o.qap_permutations = 0;
    return compare_scenarios(b, a, propose_lineage(b, a), o);
}

const IndexRow* find(const ComparisonResult& r, const std::string& key) {
    for (const auto& row : r.indices)
        if (row.key == key)
            return &row;
    return nullptr;
}

TEST(IndexLabels, EveryRowHasADutchLabel) {
    const ComparisonResult r = islands();
    ASSERT_GT(r.indices.size(), 20u);
    for (const auto& row : r.indices) {
        EXPECT_FALSE(row.label_nl.empty()) << row.key;
        EXPECT_FALSE(row.label.empty()) << row.key;
    }
}

TEST(IndexLabels, LabelInPicksTheLanguage) {
    const ComparisonResult r = islands();
    const IndexRow* density = find(r, "density");
    ASSERT_NE(density, nullptr);
    EXPECT_EQ(density->label_in(Language::English), "density");
    EXPECT_EQ(density->label_in(Language::Dutch), "dichtheid");
    const IndexRow* components = find(r, "components");
    ASSERT_NE(components, nullptr);
    EXPECT_EQ(components->label_in(Language::Dutch), "componenten");
    // The islands diagnostic uses the analytics' own Dutch title.
    const IndexRow* islands_row = find(r, "diagnostic.eilandenrijk");
    ASSERT_NE(islands_row, nullptr);
    EXPECT_NE(islands_row->label_nl.find("Eilandenrijk"), std::string::npos)
        << islands_row->label_nl;
    EXPECT_NE(islands_row->label_nl.find("gesignaleerd"), std::string::npos);
}

TEST(IndexLabels, WithoutADutchLabelTheEnglishOneIsUsed) {
    IndexRow row;
    row.label = "custom";
    EXPECT_EQ(row.label_in(Language::Dutch), "custom");
}

}  // namespace
}  // namespace rk::compare

// The writers: every front end prints the same numbers, NaN never becomes 0.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "compare/compare_format.hpp"
#include "unit/compare/fixtures.hpp"

namespace rk::compare {
namespace {

ComparisonResult run() {
    CompareOptions o;
    o.run_analytics = false;
    o.qap_permutations = 99;
    const Case c = test::merge_split_case();
    return compare_scenarios(c.scenarios[0], c.scenarios[1], lineage_between(c, "before", "after"),
                             o);
}

TEST(Format, NumbersAndNaN) {
    EXPECT_EQ(format_number(std::nan(""), Language::Dutch), "n.v.t.");
    EXPECT_EQ(format_number(std::nan(""), Language::English), "n/a");
    EXPECT_EQ(format_number(3.0, Language::English), "3");
    EXPECT_EQ(format_number(0.4, Language::English), "0.4000");
}

TEST(Format, JsonHasTheHandComputedValues) {
    const auto j = nlohmann::json::parse(to_json(run()));
    ASSERT_TRUE(j["distances"].is_array());
    bool found = false;
    for (const auto& d : j["distances"]) {
        if (d["scope"] != "collaboration")
            continue;
        found = true;
        EXPECT_DOUBLE_EQ(d["jaccard"].get<double>(), 0.4);
        EXPECT_EQ(d["hamming"].get<int>(), 2);
        EXPECT_EQ(d["internalised"].get<int>(), 1);
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(j["classes"].size(), 4u);
    EXPECT_EQ(j["internal"][0]["relation"], "b3");
}

TEST(Format, CsvHasSectionColumnAndBomOption) {
    const auto r = run();
    FormatOptions o;
    const auto csv = to_csv(r, o);
    EXPECT_EQ(csv.rfind("section,", 0), 0u);
    EXPECT_NE(csv.find("\r\ndistances,collaboration,4,4,3,1,1,1,0.4,2,0.25,"), std::string::npos);
    o.csv_bom = true;
    EXPECT_EQ(to_csv(r, o).rfind("\xEF\xBB\xBF", 0), 0u);
}

TEST(Format, TextAndMarkdownNameTheMerge) {
    const auto r = run();
    FormatOptions o;
    o.lang = Language::Dutch;
    const auto text = to_text(r, o);
    EXPECT_NE(text.find("C + D -> CD"), std::string::npos);
    EXPECT_NE(text.find("samenwerking"), std::string::npos);
    const auto md = to_markdown(r, o);
    EXPECT_NE(md.find("| C + D -> CD |"), std::string::npos);
}

}  // namespace
}  // namespace rk::compare

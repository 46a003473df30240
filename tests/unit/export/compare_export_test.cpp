// Comparison exports: side by side and difference view with the delta table.
#include <gtest/gtest.h>

#include "compare/compare.hpp"
#include "export/export.hpp"
#include "unit/export/export_test_util.hpp"

namespace rk::exporter {
namespace {

// Before: the small case. After: g1 and g2 merged into "gm"; the ngo is gone; a programme
// office is new.
Case before_after() {
    Case c = test::small_case();
    Scenario after = c.scenarios[0];
    after.id = "s2";
    after.name = "Na de fusie";
    after.date = "2026";
    after.actors.erase(after.actors.begin() + 2, after.actors.end());
    after.actors.push_back(
        test::make_actor("gm", "Gemeente Aabeek", Bestuurslaag::Gemeente, {Role::Uitvoerder}));
    after.actors.push_back(test::make_actor("pb", "Programmabureau", Bestuurslaag::Regio,
                                            {Role::CoordinerendRegisseur}));
    after.groups.clear();
    after.relations = {
        test::make_rel("q1", "min", "prov", Layer::Directs, true, RegieKind::Rijksregie),
        test::make_rel("q2", "prov", "gm", Layer::Directs, true, RegieKind::Coordinerend),
        test::make_rel("q3", "pb", "gm", Layer::Directs, true, RegieKind::Coordinerend),
        test::make_rel("q4", "min", "gm", Layer::Funding, true)};
    after.positions = {{"min", {0, 0, false}},
                       {"prov", {200, 120, false}},
                       {"gm", {200, 260, false}},
                       {"pb", {380, 120, false}}};
    c.scenarios.push_back(after);
    LineageLink l;
    l.id = "fusie";
    l.kind = LineageKind::Merge;
    l.from_scenario = "s1";
    l.to_scenario = "s2";
    l.from_actors = {"g1", "g2"};
    l.to_actors = {"gm"};
    c.lineage = {l};
    return c;
}

TEST(CompareExport, SideBySideHasBothPanelsAndTheDeltaTable) {
    const Case c = before_after();
    const auto r = compare::compare_case(c, "s1", "s2");
    const auto out =
        render_comparison(c, r, CompareView::SideBySide, DiagramStyle{}, ImageFormat::Svg);
    ASSERT_TRUE(out.ok) << out.error;
    const auto t = test::svg_texts(out.data);
    ASSERT_TRUE(t.parsed) << t.error;
    EXPECT_TRUE(test::has_text(t, "Voor: Situatie 2024"));
    EXPECT_TRUE(test::has_text(t, "Na de fusie"));
    EXPECT_TRUE(test::has_text(t, "Gemeente Aadorp"));  // before panel
    EXPECT_TRUE(test::has_text(t, "Gemeente Aabeek"));  // after panel
    EXPECT_TRUE(test::has_text(t, "Voor / na"));
    EXPECT_TRUE(test::has_text(t, "actoren"));
    EXPECT_TRUE(test::has_text(t, "Legenda"));
}

TEST(CompareExport, DifferenceViewStylesAddedRemovedAndTheMerger) {
    const Case c = before_after();
    const auto r = compare::compare_case(c, "s1", "s2");
    const auto out =
        render_comparison(c, r, CompareView::Difference, DiagramStyle{}, ImageFormat::Svg);
    ASSERT_TRUE(out.ok) << out.error;
    const auto t = test::svg_texts(out.data);
    EXPECT_TRUE(test::has_text(t, "blijvend"));
    EXPECT_TRUE(test::has_text(t, "nieuw"));
    EXPECT_TRUE(test::has_text(t, "vervallen"));
    EXPECT_TRUE(test::has_text(t, "was: Gemeente Aadorp + Gemeente Beekveld"));
    EXPECT_TRUE(test::has_text(t, "fusie of splitsing (was: ...)"));
    // Added ties are blue and bold, removed ones orange and dashed (colour-blind safe pair).
    EXPECT_NE(out.data.find("stroke=\"#0072b2\""), std::string::npos);
    EXPECT_NE(out.data.find("stroke-dasharray"), std::string::npos);
}

TEST(CompareExport, PdfAndPngOfAComparison) {
    const Case c = before_after();
    const auto r = compare::compare_case(c, "s1", "s2");
    DiagramStyle st;
    st.dpi = 96;
    const auto pdf = render_comparison(c, r, CompareView::SideBySide, st, ImageFormat::Pdf);
    ASSERT_TRUE(pdf.ok) << pdf.error;
    EXPECT_EQ(pdf.data.rfind("%PDF", 0), 0u);
    const auto png = render_comparison(c, r, CompareView::Difference, st, ImageFormat::Png);
    ASSERT_TRUE(png.ok) << png.error;
    EXPECT_NEAR(test::png_size(png.data).width, png.width_pt * 96 / 72, 3);
}

TEST(CompareExport, TablesAndReport) {
    const Case c = before_after();
    const auto r = compare::compare_case(c, "s1", "s2");
    TableOptions o;
    const auto csv = comparison_table(r, o);
    EXPECT_NE(csv.find("distances,"), std::string::npos);
    o.format = TableFormat::Markdown;
    EXPECT_NE(comparison_table(r, o).find("| samenwerking |"), std::string::npos);
    ReportOptions ro;
    const auto html = html_comparison_report(c, r, ro);
    EXPECT_NE(html.find("<svg"), std::string::npos);
    EXPECT_NE(html.find("Verschillen per laag"), std::string::npos);
    EXPECT_NE(html.find("Indices voor / na"), std::string::npos);
}

TEST(CompareExport, AnonymisedComparisonHasNoNames) {
    const Case c = before_after();
    const auto r = anonymise(compare::compare_case(c, "s1", "s2"), c, Language::Dutch);
    TableOptions o;
    o.format = TableFormat::Markdown;
    const auto md = comparison_table(r, o);
    for (const char* name : {"Aadorp", "Beekveld", "Aabeek", "Programmabureau", "Ministerie"})
        EXPECT_EQ(md.find(name), std::string::npos) << name;
    EXPECT_NE(md.find("Uitvoerder (gemeente) 1 + Uitvoerder (gemeente) 2"), std::string::npos);
    DiagramStyle st;
    st.anonymise = true;
    const auto svg = render_comparison(c, r, CompareView::Difference, st, ImageFormat::Svg).data;
    for (const char* name : {"Aadorp", "Beekveld", "Aabeek", "Programmabureau", "Ministerie"})
        EXPECT_EQ(svg.find(name), std::string::npos) << name;
}

}  // namespace
}  // namespace rk::exporter

// Exported SVG parses, shows every actor label as text, and carries the legend of the
// styling in use.
#include <gtest/gtest.h>

#include "export/diagram_graph.hpp"
#include "export/export.hpp"
#include "unit/export/export_test_util.hpp"

namespace rk::exporter {
namespace {

using test::has_text;
using test::svg_texts;

// Every line of the wrapped label of `a` is one <text> element.
void expect_label(const test::SvgText& t, const Actor& a) {
    for (const auto& line : detail::wrap(actor_label(a), 20))
        EXPECT_TRUE(has_text(t, line)) << "missing label line '" << line << "' of " << a.id;
}

TEST(DiagramSvg, ParsesAndShowsEveryLabelAndTheLegend) {
    const Case c = test::small_case();
    const auto r = render_diagram(c, c.scenarios[0], DiagramStyle{}, ImageFormat::Svg);
    ASSERT_TRUE(r.ok) << r.error;
    const auto t = svg_texts(r.data);
    ASSERT_TRUE(t.parsed) << t.error;
    for (const auto& a : c.scenarios[0].actors)
        expect_label(t, a);
    // Names with &, < and " survive as text (escaped in the file, intact after parsing).
    EXPECT_TRUE(has_text(t, "Provincie <Noord>"));
    EXPECT_TRUE(has_text(t, "Legenda"));
    EXPECT_TRUE(has_text(t, "Bestuurslaag"));
    EXPECT_TRUE(has_text(t, "Rijk"));
    EXPECT_TRUE(has_text(t, "gemeente"));
    EXPECT_TRUE(has_text(t, "regie: rijksregie (vanuit eigen doel)"));
    EXPECT_TRUE(has_text(t, "financiering"));
    EXPECT_TRUE(has_text(t, "dubbele rand: regisseur"));
    EXPECT_TRUE(has_text(t, "Kleine casus"));   // title
    EXPECT_TRUE(has_text(t, "Situatie 2024"));  // scenario (its name holds the date)
    EXPECT_FALSE(has_text(t, "toezicht"));      // not in use, so not in the legend
    EXPECT_GT(r.width_pt, 100);
    EXPECT_GT(r.height_pt, 100);
}

TEST(DiagramSvg, EnglishLegendAndCaption) {
    const Case c = test::small_case();
    DiagramStyle st;
    st.lang = Language::English;
    st.caption = "Source: interviews, 2024";
    const auto r = render_diagram(c, c.scenarios[0], st, ImageFormat::Svg);
    ASSERT_TRUE(r.ok) << r.error;
    const auto t = svg_texts(r.data);
    EXPECT_TRUE(has_text(t, "Legend"));
    EXPECT_TRUE(has_text(t, "central government"));
    EXPECT_TRUE(has_text(t, "Source: interviews, 2024"));
}

TEST(DiagramSvg, NoLegendWhenSwitchedOff) {
    const Case c = test::small_case();
    DiagramStyle st;
    st.legend = false;
    const auto t = svg_texts(render_diagram(c, c.scenarios[0], st, ImageFormat::Svg).data);
    EXPECT_FALSE(has_text(t, "Legenda"));
}

TEST(DiagramSvg, CollapsedGroupIsOneNodeWithAggregatedRelations) {
    const Case c = test::small_case();
    DiagramStyle st;
    st.collapsed_groups = std::set<std::string>{"gem"};
    const std::string dot = diagram_dot(c, c.scenarios[0], st);
    const auto r = render_diagram(c, c.scenarios[0], st, ImageFormat::Svg);
    const auto t = svg_texts(r.data);
    EXPECT_TRUE(has_text(t, "Gemeenten in de"));  // wrapped group name
    EXPECT_TRUE(has_text(t, "2 actoren"));
    EXPECT_FALSE(has_text(t, "Gemeente Aadorp"));
    // Relations: min->prov (regie), prov->group (2 regie, one edge), min->group (2 funding,
    // one edge), ngo->group (information); g1-g2 is inside the group and disappears.
    std::size_t edges = 0;
    for (std::size_t p = dot.find(" -> "); p != std::string::npos; p = dot.find(" -> ", p + 1))
        ++edges;
    EXPECT_EQ(edges, 4u);
}

TEST(DiagramSvg, HighlightIsDrawnAndExplained) {
    const Case c = test::small_case();
    DiagramStyle st;
    st.highlight = {"ngo"};
    st.highlight_label = "eilandenrijk";
    const std::string dot = diagram_dot(c, c.scenarios[0], st);
    EXPECT_NE(dot.find("#E4007C"), std::string::npos);
    const auto t = svg_texts(render_diagram(c, c.scenarios[0], st, ImageFormat::Svg).data);
    EXPECT_TRUE(has_text(t, "gemarkeerd: eilandenrijk"));
}

TEST(DiagramSvg, ScenarioWithoutPositionsIsLaidOut) {
    const Case c = test::small_case(false);
    const auto r = render_diagram(c, c.scenarios[0], DiagramStyle{}, ImageFormat::Svg);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_FALSE(r.notes.empty());
    const auto t = svg_texts(r.data);
    for (const auto& a : c.scenarios[0].actors)
        expect_label(t, a);
}

TEST(DiagramSvg, ColourByOtherAttributeAndSizeByDegree) {
    const Case c = test::small_case();
    DiagramStyle st;
    st.color_by = "type";
    st.size_by = "degree";
    const auto r = render_diagram(c, c.scenarios[0], st, ImageFormat::Svg);
    ASSERT_TRUE(r.ok) << r.error;
    const auto t = svg_texts(r.data);
    EXPECT_TRUE(has_text(t, "Soort organisatie"));
    EXPECT_TRUE(has_text(t, "ministerie"));
    EXPECT_TRUE(has_text(t, "grootte naar degree"));
}

TEST(DiagramSvg, EverySampleCaseScenarioExports) {
    const auto cases = test::sample_cases();
    if (cases.empty())
        GTEST_SKIP() << "no sample cases in assets/cases";
    for (const auto& path : cases) {
        const auto loaded = load_case_file(path);
        ASSERT_TRUE(loaded.value) << path << "\n" << loaded.diagnostics.to_string();
        for (const auto& s : loaded.value->scenarios) {
            const auto r = render_diagram(*loaded.value, s, style_from_view(s), ImageFormat::Svg);
            ASSERT_TRUE(r.ok) << path << " " << s.id << ": " << r.error;
            const auto t = svg_texts(r.data);
            ASSERT_TRUE(t.parsed) << path << " " << s.id << ": " << t.error;
            std::set<std::string> collapsed;
            for (const auto& g : s.groups)
                if (g.collapsed)
                    collapsed.insert(g.id);
            for (const auto& a : s.actors)
                if (!collapsed.count(a.group))
                    expect_label(t, a);
            EXPECT_TRUE(has_text(t, "Legenda")) << path;
        }
    }
}

}  // namespace
}  // namespace rk::exporter

// Anonymised exports contain no real name anywhere: diagram, tables, report.
#include <gtest/gtest.h>

#include "export/export.hpp"
#include "unit/export/export_test_util.hpp"
#include "unit/export/shown_fixture.hpp"

namespace rk::exporter {
namespace {

std::vector<std::string> real_names(const Scenario& s) {
    std::vector<std::string> out;
    for (const auto& a : s.actors) {
        for (const auto* n : {&a.name, &a.short_name})
            if (n->size() >= 3)
                out.push_back(*n);
    }
    for (const auto& g : s.groups)
        out.push_back(g.name);
    return out;
}

void expect_no_real_name(const std::string& text, const Scenario& s, const std::string& what) {
    // A real name that is itself a role or type word ("Dealmaker") is also part of the
    // anonymous vocabulary; it cannot identify anyone.
    const Scenario anon = anonymise(s, Language::Dutch);
    auto in_vocabulary = [&](const std::string& n) {
        for (const auto& a : anon.actors)
            if (a.name.find(n) != std::string::npos)
                return true;
        return false;
    };
    for (const auto& n : real_names(s)) {
        if (in_vocabulary(n))
            continue;
        EXPECT_EQ(text.find(n), std::string::npos) << what << " still contains '" << n << "'";
    }
}

TEST(Anonymise, NamesBecomeRoleTypeAndNumber) {
    const Case c = test::small_case();
    const Scenario a = anonymise(c.scenarios[0], Language::Dutch);
    EXPECT_EQ(a.actors[0].name, "Regisseur (ministerie) 1");
    EXPECT_EQ(a.actors[2].name, "Uitvoerder (gemeente) 1");
    EXPECT_EQ(a.actors[3].name, "Uitvoerder (gemeente) 2");
    EXPECT_EQ(a.actors[1].name, "Actor 1");  // no role, no type
    EXPECT_EQ(a.groups[0].name, "Groep 1");
    EXPECT_EQ(a.relations.size(), c.scenarios[0].relations.size());  // structure kept
}

TEST(Anonymise, TextReplacesWholeNamesOnly) {
    Scenario s;
    Actor a;
    a.id = "x";
    a.name = "Leiden";
    a.type = ActorType::Municipality;
    s.actors = {a};
    EXPECT_EQ(anonymise_text("Gemeente Leiden en Leidenaars", s, Language::Dutch),
              "Gemeente Gemeente 1 en Leidenaars");
}

TEST(Anonymise, SvgPdfTablesAndReportHaveNoRealNames) {
    Case c = test::small_case();
    c.title = "Regie bij Gemeente Aadorp";
    DiagramStyle st;
    st.anonymise = true;
    const Scenario& s = c.scenarios[0];
    expect_no_real_name(render_diagram(c, s, st, ImageFormat::Svg).data, s, "svg");
    TableOptions to;
    to.anonymise = true;
    expect_no_real_name(metrics_table(test::DefaultShown(c, s).shown, to), s, "metrics csv");
    to.format = TableFormat::Markdown;
    expect_no_real_name(diagnostics_table(test::DefaultShown(c, s).shown, to), s, "diagnostics md");
    ReportOptions ro;
    ro.style = st;
    expect_no_real_name(html_report(test::DefaultShown(c, s).shown, ro), s, "html report");
}

TEST(Anonymise, SampleCasesHaveNoRealNamesInSvg) {
    const auto cases = test::sample_cases();
    if (cases.empty())
        GTEST_SKIP() << "no sample cases";
    DiagramStyle st;
    st.anonymise = true;
    for (const auto& path : cases) {
        const auto loaded = load_case_file(path);
        ASSERT_TRUE(loaded.value) << path;
        for (const auto& s : loaded.value->scenarios) {
            const auto r = render_diagram(*loaded.value, s, st, ImageFormat::Svg);
            ASSERT_TRUE(r.ok) << r.error;
            expect_no_real_name(r.data, s, path.filename().string() + "/" + s.id);
        }
    }
}

}  // namespace
}  // namespace rk::exporter

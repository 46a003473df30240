// Issue 15: exports show what is shown. Tables and reports state the analysis they are given
// (its numbers, thresholds, partition and permutation count) and never analyse again; the
// HTML and PDF reports list the same sections; the diagram colours an actor as the canvas
// vocabulary does.
#include <gtest/gtest.h>

#include <regex>

#include "analytics/analysis.hpp"
#include "export/export.hpp"
#include "model/visual_vocabulary.hpp"
#include "unit/export/export_test_util.hpp"
#include "unit/export/shown_fixture.hpp"

namespace rk::exporter {
namespace {

// Settings nobody gets by default: a changed threshold, another partition, fewer permutations.
analytics::AnalysisSettings changed_settings() {
    analytics::AnalysisSettings st;
    st.thresholds.eilandenrijk_fragmentation = 0.35;  // default 0.5
    st.thresholds.landdag_min_actors = 7;             // default 5
    st.permutations = 123;                            // default 999
    return st;
}

// The small case with the partition "sector" chosen (the side panel writes view.partition).
Case case_with_sector_partition() {
    Case c = test::small_case();
    c.scenarios[0].view.partition = "sector";
    return c;
}

std::string pdf_text(const std::string& pdf, const std::string& name) {
    const auto dir = test::temp_dir(name);
    const auto f = dir / "report.pdf";
    if (!write_file_atomic(pdf, f).ok)
        return "";
    std::string text;
    test::run_command("pdftotext -enc UTF-8 '" + f.string() + "' -", &text);
    return text;
}

std::string collapse(const std::string& s) {
    return std::regex_replace(s, std::regex("\\s+"), " ");
}

TEST(Shown, PartitionIsTheScenariosViewSetting) {
    Case c = test::small_case();
    EXPECT_EQ(shown_partition(c.scenarios[0]), "koker");  // unset: the analytics default
    c.scenarios[0].view.partition = "sector";
    const auto st = shown_settings(c.scenarios[0], changed_settings());
    EXPECT_EQ(st.partitions, std::vector<std::string>{"sector"});
    EXPECT_EQ(st.thresholds.eilandenrijk_fragmentation, 0.35);  // the base is kept
    EXPECT_EQ(analysed_partition(st), "sector");
}

TEST(Shown, SetThresholdByNameAndRejectUnknownNames) {
    analytics::DiagnosticThresholds t;
    EXPECT_EQ(set_threshold(t, "verkokering_ei", -0.4), "");
    EXPECT_EQ(t.verkokering_ei, -0.4);
    EXPECT_EQ(set_threshold(t, "landdag_min_actors", 6.0), "");
    EXPECT_EQ(t.landdag_min_actors, 6);
    const std::string e = set_threshold(t, "eilandenrijk", 1);
    EXPECT_NE(e.find("unknown threshold 'eilandenrijk'"), std::string::npos) << e;
    EXPECT_NE(e.find("eilandenrijk_fragmentation"), std::string::npos) << e;
}

TEST(Shown, CsvTablesStateTheChangedThresholdPartitionAndPermutations) {
    const Case c = case_with_sector_partition();
    const test::DefaultShown shown(c, c.scenarios[0], changed_settings());
    TableOptions o;
    for (const std::string& csv :
         {metrics_table(shown.shown, o), diagnostics_table(shown.shown, o)}) {
        EXPECT_NE(csv.find("# indeling (verkokering): sector\r\n"), std::string::npos) << csv;
        EXPECT_NE(csv.find("# eilandenrijk_fragmentation: 0.35\r\n"), std::string::npos) << csv;
        EXPECT_NE(csv.find("# landdag_min_actors: 7\r\n"), std::string::npos) << csv;
        EXPECT_NE(csv.find("# permutaties (E-I-toets): 123\r\n"), std::string::npos) << csv;
    }
    // The diagnostics table's own column says which threshold each finding used.
    EXPECT_NE(diagnostics_table(shown.shown, o).find("fragmentation=0.3500"), std::string::npos);
}

TEST(Shown, TablesShowTheGivenAnalysisAndDoNotAnalyseAgain) {
    const Case c = test::small_case();
    test::DefaultShown shown(c, c.scenarios[0]);
    // A value no analysis of this case gives: if the table recomputed, it would not appear.
    auto degree = *shown.analysis.actors.column("degree");
    degree[2] = 12345.5;  // g1, the third actor of the analysis
    shown.analysis.actors.set("degree", degree);
    TableOptions o;
    const std::string csv = metrics_table(shown.shown, o);
    const auto row = csv.find("\r\ng1,Gemeente Aadorp,");
    ASSERT_NE(row, std::string::npos) << csv;
    const auto end = csv.find("\r\n", row + 2);
    EXPECT_NE(csv.substr(row, end - row).find("12345.5"), std::string::npos) << csv;
}

TEST(Shown, HtmlAndPdfReportsStateTheSettingsUsed) {
    const Case c = case_with_sector_partition();
    const test::DefaultShown shown(c, c.scenarios[0], changed_settings());
    ReportOptions o;
    const std::string html = html_report(shown.shown, o);
    EXPECT_NE(html.find("<b>Indeling (verkokering): </b>sector"), std::string::npos);
    EXPECT_NE(html.find("<td>eilandenrijk_fragmentation</td><td>0.35</td>"), std::string::npos);
    EXPECT_NE(html.find("<td>123</td>"), std::string::npos);

    const auto pdf = pdf_report(shown.shown, o);
    ASSERT_TRUE(pdf.ok) << pdf.error;
    const std::string text = collapse(pdf_text(pdf.data, "shown-pdf"));
    ASSERT_FALSE(text.empty()) << "pdftotext (poppler-utils) failed";
    EXPECT_NE(text.find("Indeling (verkokering): sector"), std::string::npos) << text;
    EXPECT_NE(text.find("eilandenrijk_fragmentation 0.35"), std::string::npos) << text;
    EXPECT_NE(text.find("landdag_min_actors 7"), std::string::npos) << text;
    EXPECT_NE(text.find("123"), std::string::npos) << text;
}

TEST(Shown, HtmlAndPdfReportsListTheSameSectionsInTheSameOrder) {
    Case c = test::small_case();
    c.scenarios[0].regie.regisseur = "Het ministerie";  // the optional regie section too
    const test::DefaultShown shown(c, c.scenarios[0]);
    for (Language L : {Language::Dutch, Language::English}) {
        ReportOptions o;
        o.style.lang = L;
        const std::string html = html_report(shown.shown, o);
        std::vector<std::string> headings;
        const std::regex heading("<section id=\"[a-z]+\">\\n<h[23]>([^<]+)</h[23]>");
        for (std::sregex_iterator it(html.begin(), html.end(), heading), end; it != end; ++it)
            headings.push_back((*it)[1]);
        // regie, map, settings, diagnostics, metrics, central actors, conventions
        ASSERT_GE(headings.size(), 7u) << html;
        const auto pdf = pdf_report(shown.shown, o);
        ASSERT_TRUE(pdf.ok) << pdf.error;
        const std::string text = pdf_text(pdf.data, "sections-pdf");
        ASSERT_FALSE(text.empty());
        std::size_t at = 0;
        for (const auto& h : headings) {
            // A heading is a line of its own in the PDF (after a line or page break), after
            // the previous one.
            const auto found = text.find(h + "\n", at);
            ASSERT_NE(found, std::string::npos) << "PDF lacks section '" << h << "' after " << at;
            at = found + 1;
        }
    }
}

TEST(Vocabulary, DiagramColoursEveryActorAsTheCanvasVocabulary) {
    Case c = test::small_case();
    c.scenarios[0].actors[0].sector = "wonen";
    c.scenarios[0].actors[1].sector = "water";
    const Scenario& s = c.scenarios[0];
    for (const char* by : {"bestuurslaag", "sector", "koker", "role", "type", "stance"}) {
        DiagramStyle st;
        st.color_by = by;
        const std::string dot = diagram_dot(c, s, st);
        const auto coloring = vocabulary::actor_coloring_by(s, by, Language::Dutch);
        for (std::size_t i = 0; i < s.actors.size(); ++i) {
            const std::string fill = coloring.legend[coloring.category[i]].color.hex();
            // Graphviz ids are n0, n1... in actor order (no agreements or collapsed groups).
            const auto node = dot.find("  n" + std::to_string(i) + " [pos=");
            ASSERT_NE(node, std::string::npos) << dot;
            const auto line_end = dot.find('\n', node);
            EXPECT_NE(dot.substr(node, line_end - node).find("fillcolor=\"" + fill + "\""),
                      std::string::npos)
                << by << " " << s.actors[i].id << ": " << dot.substr(node, line_end - node);
        }
    }
    // Rijk is the vocabulary's rijksblauw, the one colour both the canvas and files use.
    EXPECT_EQ(vocabulary::bestuurslaag_color(Bestuurslaag::Rijk).hex(), "#005496");
}

}  // namespace
}  // namespace rk::exporter

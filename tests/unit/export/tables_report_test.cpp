// CSV and Markdown tables, the self-contained HTML report, and atomic writing.
#include <gtest/gtest.h>

#include "export/export.hpp"
#include "unit/export/export_test_util.hpp"
#include "unit/export/shown_fixture.hpp"

namespace rk::exporter {
namespace {

std::size_t count_lines(const std::string& s, const std::string& eol) {
    std::size_t n = 0;
    for (std::size_t p = s.find(eol); p != std::string::npos; p = s.find(eol, p + 1))
        ++n;
    return n;
}

// The CSV after its `# ` lines (the analysis settings it states, issue 15).
std::string without_comment_lines(const std::string& csv) {
    std::size_t p = 0;
    while (csv.compare(p, 2, "# ") == 0)
        p = csv.find("\r\n", p) + 2;
    return csv.substr(p);
}

TEST(Tables, MetricsCsvHasOneRowPerActorAndOptionalBom) {
    const Case c = test::small_case();
    TableOptions o;
    const auto csv =
        without_comment_lines(metrics_table(test::DefaultShown(c, c.scenarios[0]).shown, o));
    EXPECT_EQ(count_lines(csv, "\r\n"), 1u + c.scenarios[0].actors.size());
    EXPECT_EQ(csv.rfind("actor,naam,soort,bestuurslaag,", 0), 0u);
    EXPECT_NE(csv.find("min,Ministerie van Regie & Zaken,ministerie,Rijk,"), std::string::npos);
    EXPECT_NE(csv.find("\"Stichting \"\"Groen\"\"\""), std::string::npos);  // RFC 4180 quotes
    o.bom = true;
    EXPECT_EQ(
        metrics_table(test::DefaultShown(c, c.scenarios[0]).shown, o).rfind("\xEF\xBB\xBF", 0), 0u);
}

TEST(Tables, MarkdownAndDiagnostics) {
    const Case c = test::small_case();
    TableOptions o;
    o.format = TableFormat::Markdown;
    const auto md = metrics_table(test::DefaultShown(c, c.scenarios[0]).shown, o);
    EXPECT_NE(md.find("## Netwerkindices"), std::string::npos);
    EXPECT_NE(md.find("| --- |"), std::string::npos);
    o.lang = Language::English;
    const auto diag = diagnostics_table(test::DefaultShown(c, c.scenarios[0]).shown, o);
    EXPECT_NE(diag.find("| diagnostic | subject | flagged |"), std::string::npos);
    EXPECT_NE(diag.find("not verdicts"), std::string::npos);
}

TEST(Report, HtmlIsSelfContainedWithDiagramAndDiagnostics) {
    const Case c = test::small_case();
    ReportOptions o;
    o.style.caption = "Bron: eigen analyse";
    const auto html = html_report(test::DefaultShown(c, c.scenarios[0]).shown, o);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(html.find("<svg"), std::string::npos);
    EXPECT_NE(html.find("Legenda"), std::string::npos);
    EXPECT_NE(html.find("Diagnoses"), std::string::npos);
    EXPECT_NE(html.find("Eilandenrijk"), std::string::npos);
    EXPECT_NE(html.find("Bron: eigen analyse"), std::string::npos);
    // Nothing is fetched from elsewhere.
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<link"), std::string::npos);
    EXPECT_EQ(html.find("src=\"http"), std::string::npos);
    EXPECT_EQ(html.find("<?xml"), std::string::npos);  // the SVG prolog is stripped
}

TEST(Files, AtomicWriteReplacesAndLeavesNoTemporaries) {
    const auto dir = test::temp_dir("atomic");
    const auto f = dir / "out.svg";
    ASSERT_TRUE(write_file_atomic("one", f).ok);
    ASSERT_TRUE(write_file_atomic("two", f).ok);
    EXPECT_EQ(test::read_all(f), "two");
    int entries = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        (void)e;
        ++entries;
    }
    EXPECT_EQ(entries, 1);
    const auto bad = write_file_atomic("x", dir / "missing" / "out.svg");
    EXPECT_FALSE(bad.ok);
    EXPECT_NE(bad.error.find("missing"), std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST(Files, ImageFormatFromExtension) {
    EXPECT_EQ(image_format_from_path("a/b.SVG"), ImageFormat::Svg);
    EXPECT_EQ(image_format_from_path("x.pdf"), ImageFormat::Pdf);
    EXPECT_EQ(image_format_from_path("x.png"), ImageFormat::Png);
    EXPECT_FALSE(image_format_from_path("x.csv"));
}

}  // namespace
}  // namespace rk::exporter

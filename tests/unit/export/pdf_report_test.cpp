// The multi-page PDF report: poppler opens it, its text holds the title, scenario, every
// diagnostic title and every actor label (the diagram stays text), and page 1 renders.
#include <gtest/gtest.h>

#include "analytics/analysis.hpp"
#include "compare/compare.hpp"
#include "export/export.hpp"
#include "unit/export/export_test_util.hpp"
#include "unit/export/shown_fixture.hpp"

namespace rk::exporter {
namespace {

// pdftotext of a PDF written to `dir`; empty when poppler fails.
std::string pdf_text(const std::string& pdf, const std::filesystem::path& dir, int* pages) {
    const auto f = dir / "report.pdf";
    if (!write_file_atomic(pdf, f).ok)
        return "";
    std::string info;
    if (test::run_command("pdfinfo '" + f.string() + "'", &info) != 0)
        return "";
    if (const auto p = info.find("Pages:"); p != std::string::npos)
        *pages = std::atoi(info.c_str() + p + 6);
    std::string text;
    test::run_command("pdftotext -enc UTF-8 '" + f.string() + "' -", &text);
    return text;
}

// Text extraction may break a label over lines; compare with whitespace collapsed.
std::string collapse(const std::string& s) {
    std::string out;
    for (char ch : s) {
        const bool space = ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t' || ch == '\f';
        if (space && (out.empty() || out.back() == ' '))
            continue;
        out += space ? ' ' : ch;
    }
    return out;
}

TEST(PdfReport, HoldsTitleDiagnosticsAndEveryActorAsText) {
    const Case c = test::small_case();
    const Scenario& s = c.scenarios[0];
    ReportOptions o;
    o.style.caption = "Bron: eigen analyse";
    const auto r = pdf_report(test::DefaultShown(c, s).shown, o);
    ASSERT_TRUE(r.ok) << r.error;
    ASSERT_EQ(r.data.rfind("%PDF-", 0), 0u);
    const auto dir = test::temp_dir("pdf-report");
    int pages = 0;
    const std::string text = collapse(pdf_text(r.data, dir, &pages));
    EXPECT_GE(pages, 2);  // the diagram has a page of its own
    EXPECT_NE(text.find("Kleine casus"), std::string::npos);
    EXPECT_NE(text.find("Situatie 2024"), std::string::npos);
    EXPECT_NE(text.find("Legenda"), std::string::npos);
    EXPECT_NE(text.find("Kerncijfers"), std::string::npos);
    EXPECT_NE(text.find("Bron: eigen analyse"), std::string::npos);
    const auto analysis = analytics::analyze(s, {});
    ASSERT_FALSE(analysis.diagnostics.empty());
    for (const auto& f : analysis.diagnostics)
        EXPECT_NE(text.find(collapse(f.title_nl)), std::string::npos) << f.title_nl;
    for (const auto& a : s.actors)
        for (const auto& word :
             {a.name.substr(0, a.name.find(' ')), a.name.substr(a.name.rfind(' ') + 1)})
            EXPECT_NE(text.find(word), std::string::npos) << a.name;
    std::filesystem::remove_all(dir);
}

TEST(PdfReport, ShowsTheDilemmaPositionsWithTheirEvidence) {
    // One observation: dilemma 7 (formeel of informeel) at -0.5, a modelling choice. The
    // report's dilemma section shows the matrix cell "A -0.5 (modelkeuze)" and the evidence.
    Case c = test::small_case();
    DilemmaObservation o;
    o.dilemma = Dilemma::FormeelOfInformeel;
    o.position = -0.5;
    o.basis = EvidenceBasis::ModellingChoice;
    o.evidence = "Prestatieafspraken als formeel instrument";
    c.scenarios[0].dilemmas = {o};
    const auto r = pdf_report(test::DefaultShown(c, c.scenarios[0]).shown, ReportOptions{});
    ASSERT_TRUE(r.ok) << r.error;
    const auto dir = test::temp_dir("pdf-dilemmas");
    int pages = 0;
    const std::string text = collapse(pdf_text(r.data, dir, &pages));
    EXPECT_NE(text.find("Dilemma's van regie"), std::string::npos) << text;
    EXPECT_NE(text.find("formele sturing / informeel gezag"), std::string::npos);
    EXPECT_NE(text.find("A -0.5 (modelkeuze)"), std::string::npos);
    EXPECT_NE(text.find("Prestatieafspraken als formeel instrument"), std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST(PdfReport, EnglishExplanationsAndAnonymisedNames) {
    const Case c = test::small_case();
    ReportOptions o;
    o.style.lang = Language::English;
    o.style.anonymise = true;
    const auto r = pdf_report(test::DefaultShown(c, c.scenarios[0]).shown, o);
    ASSERT_TRUE(r.ok) << r.error;
    const auto dir = test::temp_dir("pdf-report-en");
    int pages = 0;
    const std::string text = collapse(pdf_text(r.data, dir, &pages));
    EXPECT_NE(text.find("Diagnostics"), std::string::npos);
    // English keeps the Dutch term users know, with the English beside it (brief).
    EXPECT_NE(text.find("Eilandenrijk (archipelago)"), std::string::npos);
    EXPECT_NE(text.find("Names are anonymised"), std::string::npos);
    EXPECT_EQ(text.find("Aadorp"), std::string::npos);
    EXPECT_EQ(text.find("Beekveld"), std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST(PdfReport, ComparisonHasBothViewsAndTheDeltaTable) {
    Case c = test::small_case();
    Scenario after = c.scenarios[0];
    after.id = "s2";
    after.name = "Situatie 2026";
    after.relations.push_back(test::make_rel("r8", "ngo", "prov", Layer::Collaboration, false));
    c.scenarios.push_back(after);
    const auto cmp = compare::compare_case(c, "s1", "s2");
    ReportOptions o;
    const auto r = pdf_comparison_report(c, cmp, o);
    ASSERT_TRUE(r.ok) << r.error;
    const auto dir = test::temp_dir("pdf-report-cmp");
    int pages = 0;
    const std::string text = collapse(pdf_text(r.data, dir, &pages));
    EXPECT_GE(pages, 3);  // tables, side by side, difference
    EXPECT_NE(text.find("Situatie 2024 \u2192 Situatie 2026"), std::string::npos);
    EXPECT_NE(text.find("Kerncijfers voor / na"), std::string::npos);
    EXPECT_NE(text.find("Bijlage: alle indices voor / na"), std::string::npos);
    EXPECT_NE(text.find("Verschillen per laag"), std::string::npos);
    EXPECT_NE(text.find("Voor en na"), std::string::npos);
    EXPECT_NE(text.find("vervallen"), std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST(PdfReport, DiagramPageRendersWithInk) {
    const Case c = test::small_case();
    const auto r = pdf_report(test::DefaultShown(c, c.scenarios[0]).shown, ReportOptions{});
    ASSERT_TRUE(r.ok) << r.error;
    const auto dir = test::temp_dir("pdf-report-ink");
    ASSERT_TRUE(write_file_atomic(r.data, dir / "r.pdf").ok);
    // Page 2 is the diagram: render it as greyscale PGM and count dark pixels.
    ASSERT_EQ(test::run_command("pdftoppm -r 30 -gray -f 2 -l 2 '" + (dir / "r.pdf").string() +
                                "' '" + (dir / "p").string() + "'"),
              0);
    std::string pgm;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".pgm")
            pgm = test::read_all(e.path());
    ASSERT_GT(pgm.size(), 100u);
    std::size_t dark = 0;
    for (std::size_t i = pgm.size() / 10; i < pgm.size(); ++i)  // skip the header
        dark += static_cast<unsigned char>(pgm[i]) < 128;
    EXPECT_GT(dark, 200u);
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace rk::exporter

// PDF opens and renders with poppler, and keeps text as text; PNG has the pixel size the DPI
// asks for.
#include <gtest/gtest.h>

#include <cmath>
#include <regex>

#include "export/export.hpp"
#include "unit/export/export_test_util.hpp"

namespace rk::exporter {
namespace {

TEST(DiagramPdf, OpensRendersAndKeepsText) {
    const Case c = test::small_case();
    const auto r = render_diagram(c, c.scenarios[0], DiagramStyle{}, ImageFormat::Pdf);
    ASSERT_TRUE(r.ok) << r.error;
    ASSERT_EQ(r.data.rfind("%PDF", 0), 0u);
    const auto dir = test::temp_dir("pdf");
    const auto pdf = dir / "diagram.pdf";
    ASSERT_TRUE(write_file_atomic(r.data, pdf).ok);
    std::string info;
    ASSERT_EQ(test::run_command("pdfinfo '" + pdf.string() + "'", &info), 0);
    EXPECT_TRUE(std::regex_search(info, std::regex("Pages:\\s+1\n"))) << info;
    ASSERT_EQ(test::run_command("pdftoppm -r 30 -png '" + pdf.string() + "' '" +
                                (dir / "page").string() + "'"),
              0);
    bool rendered = false;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".png" && test::png_size(test::read_all(e.path())).width > 0)
            rendered = true;
    EXPECT_TRUE(rendered);
    std::string text;
    ASSERT_EQ(test::run_command("pdftotext '" + pdf.string() + "' -", &text), 0);
    EXPECT_NE(text.find("Gemeente Aadorp"), std::string::npos) << text;
    EXPECT_NE(text.find("Legenda"), std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST(DiagramPng, PixelSizeFollowsTheDpi) {
    const Case c = test::small_case();
    DiagramStyle st;
    for (double dpi : {72.0, 150.0, 300.0}) {
        st.dpi = dpi;
        const auto r = render_diagram(c, c.scenarios[0], st, ImageFormat::Png);
        ASSERT_TRUE(r.ok) << r.error;
        const auto size = test::png_size(r.data);
        const double want_w = r.width_pt * dpi / 72.0;
        const double want_h = r.height_pt * dpi / 72.0;
        EXPECT_NEAR(size.width, want_w, 2.0 + want_w * 0.005) << "dpi " << dpi;
        EXPECT_NEAR(size.height, want_h, 2.0 + want_h * 0.005) << "dpi " << dpi;
    }
}

TEST(DiagramPng, DoublingTheDpiDoublesThePixels) {
    const Case c = test::small_case();
    DiagramStyle st;
    st.dpi = 100;
    const auto a = test::png_size(render_diagram(c, c.scenarios[0], st, ImageFormat::Png).data);
    st.dpi = 200;
    const auto b = test::png_size(render_diagram(c, c.scenarios[0], st, ImageFormat::Png).data);
    ASSERT_GT(a.width, 0u);
    EXPECT_NEAR(static_cast<double>(b.width) / a.width, 2.0, 0.02);
    EXPECT_NEAR(static_cast<double>(b.height) / a.height, 2.0, 0.02);
}

}  // namespace
}  // namespace rk::exporter

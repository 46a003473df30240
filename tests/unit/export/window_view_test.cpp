// "The current view": exactly the canvas window at one point per screen pixel, with the
// screen's colours; an actor lands on the pixel where the canvas camera puts it.
#include <gtest/gtest.h>

#include "export/export.hpp"
#include "unit/export/export_test_util.hpp"

namespace rk::exporter {
namespace {

DiagramStyle window_style(double cx, double cy, double zoom) {
    DiagramStyle st;
    st.window = DiagramStyle::Window{cx, cy, zoom, 400, 300, "#FAFAF7", "#191923"};
    st.node_colors = {{"min", "#123456"},
                      {"prov", "#0A8F3C"},
                      {"g1", "#C86400"},
                      {"g2", "#C86400"},
                      {"ngo", "#777777"}};
    st.color_legend = {{"eigen kleur", "#123456"}};
    st.color_legend_title = "op het scherm";
    st.legend = false;
    st.show_scenario = false;
    st.title = " ";
    return st;
}

// "R,G,B" of one pixel of a PNG (ImageMagick, as the GUI tests use).
std::string pixel(const std::string& png, int x, int y) {
    const auto dir = test::temp_dir("window-pixel");
    const auto f = dir / "v.png";
    EXPECT_TRUE(write_file_atomic(png, f).ok);
    std::string out;
    test::run_command("convert '" + f.string() + "' -format '%[fx:int(255*p{" + std::to_string(x) +
                          "," + std::to_string(y) + "}.r)],%[fx:int(255*p{" + std::to_string(x) +
                          "," + std::to_string(y) + "}.g)],%[fx:int(255*p{" + std::to_string(x) +
                          "," + std::to_string(y) + "}.b)]' info:",
                      &out);
    std::filesystem::remove_all(dir);
    return out;
}

TEST(WindowView, PngHasTheCanvasPixelSizeAtSeventyTwoDpi) {
    const Case c = test::small_case();
    DiagramStyle st = window_style(100, 130, 1);
    st.dpi = 72;
    const auto r = render_diagram(c, c.scenarios[0], st, ImageFormat::Png);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(test::png_size(r.data).width, 400u);
    EXPECT_EQ(test::png_size(r.data).height, 300u);
    st.dpi = 144;
    const auto sharp = render_diagram(c, c.scenarios[0], st, ImageFormat::Png);
    EXPECT_EQ(test::png_size(sharp.data).width, 800u);
    EXPECT_EQ(test::png_size(sharp.data).height, 600u);
}

TEST(WindowView, ActorsLandWhereTheCameraPutsThem) {
    const Case c = test::small_case();  // min at (0, 0), prov at (200, 120)
    DiagramStyle st = window_style(100, 60, 1);
    st.dpi = 72;
    auto r = render_diagram(c, c.scenarios[0], st, ImageFormat::Png);
    ASSERT_TRUE(r.ok) << r.error;
    // screen = size / 2 + (world - centre) * zoom: min at (100, 90), prov at (300, 210).
    EXPECT_EQ(pixel(r.data, 100, 91), "18,52,86");
    EXPECT_EQ(pixel(r.data, 300, 211), "10,143,60");
    EXPECT_EQ(pixel(r.data, 5, 150), "250,250,247");  // the canvas background
    // Zoom 1.5 around the same centre: prov moves to (200 + 100 * 1.5, 150 + 60 * 1.5).
    st.window->zoom = 1.5;
    r = render_diagram(c, c.scenarios[0], st, ImageFormat::Png);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(pixel(r.data, 350, 241), "10,143,60");
    EXPECT_NE(pixel(r.data, 300, 211), "10,143,60");
}

TEST(WindowView, ScreenMarksLabelsAndLegendInTheSvg) {
    const Case c = test::small_case();
    DiagramStyle st = window_style(100, 130, 1);
    st.legend = true;
    const auto r = render_diagram(c, c.scenarios[0], st, ImageFormat::Svg);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_DOUBLE_EQ(r.width_pt, 400);
    EXPECT_DOUBLE_EQ(r.height_pt, 300);
    const auto t = test::svg_texts(r.data);
    ASSERT_TRUE(t.parsed) << t.error;
    EXPECT_TRUE(test::has_text(t, "Gemeente Aadorp"));  // one line under the mark
    EXPECT_TRUE(test::has_text(t, "R"));                // the regisseur's badge
    EXPECT_TRUE(test::has_text(t, "op het scherm"));    // the caller's legend
    EXPECT_TRUE(test::has_text(t, "eigen kleur"));
    std::string svg = r.data;
    for (auto& ch : svg)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    EXPECT_NE(svg.find("fill=\"#123456\""), std::string::npos);
    EXPECT_EQ(svg.find("fill=\"#005496\""), std::string::npos);  // not the engine's Rijk blue
}

}  // namespace
}  // namespace rk::exporter

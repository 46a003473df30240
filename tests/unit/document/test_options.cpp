#include <gtest/gtest.h>

#include "doc/options.hpp"

namespace rk::doc {
namespace {

OptionsResult parse(std::vector<std::string> args) {
    return parse_app_options(args);
}

TEST(AppOptions, Defaults) {
    auto r = parse({});
    ASSERT_TRUE(r.options);
    EXPECT_TRUE(r.options->file.empty());
    EXPECT_EQ(r.options->lang, Language::Dutch);
    EXPECT_EQ(r.options->width, 1280);
    EXPECT_TRUE(r.options->overlay);
}

TEST(AppOptions, AllOptions) {
    auto r = parse({"case.regie.json", "--screenshot", "a.png", "--frames", "3", "--lang", "en",
                    "--theme", "dark", "--size", "800x600", "--present", "--select", "bzk",
                    "--no-overlay"});
    ASSERT_TRUE(r.options) << r.error;
    const AppOptions& o = *r.options;
    EXPECT_EQ(o.file, "case.regie.json");
    EXPECT_EQ(o.screenshot, "a.png");
    EXPECT_EQ(o.frames, 3);
    EXPECT_EQ(o.lang, Language::English);
    EXPECT_TRUE(o.dark);
    EXPECT_EQ(o.width, 800);
    EXPECT_EQ(o.height, 600);
    EXPECT_TRUE(o.present);
    EXPECT_EQ(o.select, "bzk");
    EXPECT_FALSE(o.overlay);
}

TEST(AppOptions, Errors) {
    EXPECT_FALSE(parse({"--frames"}).options);
    EXPECT_FALSE(parse({"--frames", "0"}).options);
    EXPECT_FALSE(parse({"--frames", "3x"}).options);
    EXPECT_FALSE(parse({"--lang", "de"}).options);
    EXPECT_FALSE(parse({"--size", "800"}).options);
    EXPECT_FALSE(parse({"--size", "10x10"}).options);
    EXPECT_FALSE(parse({"--bogus"}).options);
    auto r = parse({"a.regie.json", "b.regie.json"});
    EXPECT_FALSE(r.options);
    EXPECT_NE(r.error.find("b.regie.json"), std::string::npos);
}

TEST(AppOptions, NewCaseAndTestLog) {
    // Issue 13: start on an empty case; the GUI tests' one automation seam.
    auto r = parse({"--new", "--test-log", "events.log"});
    ASSERT_TRUE(r.options) << r.error;
    EXPECT_TRUE(r.options->new_case);
    EXPECT_EQ(r.options->test_log, "events.log");
    EXPECT_FALSE(parse({}).options->new_case);
    EXPECT_FALSE(parse({"--test-log"}).options);
}

TEST(AppOptions, AutomationSeam) {
    // Issue 15: the GUI tests drive views through these options, never the environment.
    auto r = parse({"c.regie.json",
                    "--run-action",
                    "compare",
                    "--run-action",
                    "compare_diff",
                    "--dump",
                    "compare=t.tsv",
                    "--dump",
                    "toolbar=b.txt",
                    "--select-row",
                    "compare=index:nodes",
                    "--export-to",
                    "v.png",
                    "--export-view",
                    "3",
                    "--export-dpi",
                    "72",
                    "--export-format",
                    "6",
                    "--export-on-open",
                    "--icon-font",
                    "none.ttf"});
    ASSERT_TRUE(r.options) << r.error;
    const Automation& a = r.options->automation;
    EXPECT_EQ(a.run_actions, (std::vector<std::string>{"compare", "compare_diff"}));  // in order
    EXPECT_EQ(a.dumps.at("compare"), "t.tsv");
    EXPECT_EQ(a.dumps.at("toolbar"), "b.txt");
    EXPECT_EQ(a.select_rows.at("compare"), "index:nodes");  // everything after the first '='
    EXPECT_EQ(a.export_to, "v.png");
    EXPECT_EQ(a.export_view, 3);
    EXPECT_FLOAT_EQ(a.export_dpi, 72.f);
    EXPECT_EQ(a.export_format, 6);
    EXPECT_TRUE(a.export_on_open);
    EXPECT_EQ(a.icon_font, "none.ttf");
    // Defaults: nothing asked, the export dialog's own view and resolution.
    const Automation none = parse({}).options->automation;
    EXPECT_TRUE(none.run_actions.empty() && none.dumps.empty() && none.export_to.empty());
    EXPECT_EQ(none.export_view, -1);
    EXPECT_EQ(none.export_dpi, 0.f);
    EXPECT_EQ(none.export_format, -1);
    EXPECT_FALSE(none.export_on_open);
}

TEST(AppOptions, AutomationSeamErrors) {
    EXPECT_FALSE(parse({"--run-action"}).options);
    auto unknown_view = parse({"--dump", "canvas=x.txt"});
    ASSERT_FALSE(unknown_view.options);
    EXPECT_NE(unknown_view.error.find("compare, toolbar"), std::string::npos);  // names the choices
    EXPECT_FALSE(parse({"--dump", "compare"}).options);                         // no '='
    EXPECT_FALSE(parse({"--dump", "compare="}).options);                        // no file
    EXPECT_FALSE(parse({"--select-row", "toolbar=1"}).options);
    EXPECT_FALSE(parse({"--export-view", "4"}).options);
    EXPECT_FALSE(parse({"--export-dpi", "9"}).options);
    EXPECT_FALSE(parse({"--export-to", ""}).options);
    EXPECT_FALSE(parse({"--export-format", "16"}).options);
}

}  // namespace
}  // namespace rk::doc

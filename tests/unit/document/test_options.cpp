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

}  // namespace
}  // namespace rk::doc

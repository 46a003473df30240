// The option parser shared by every subcommand: POSIX-style short and long options.
#include <gtest/gtest.h>

#include <sstream>

#include "cli/command.hpp"

namespace rk::cli {
namespace {

CommandSpec sample_spec() {
    CommandSpec spec;
    spec.name = "sample";
    spec.usage = "FILE [-o OUT] [--verbose]";
    spec.options = {{"output", 'o', true, "OUT", "where to write"},
                    {"verbose", 'v', false, "", "say more"}};
    spec.min_positionals = 1;
    spec.max_positionals = 1;
    return spec;
}

std::optional<ParsedArgs> parse(std::vector<std::string> args, std::string* err_text = nullptr) {
    std::ostringstream err;
    auto parsed = parse_args(sample_spec(), args, err);
    if (err_text)
        *err_text = err.str();
    return parsed;
}

TEST(ParseArgs, LongOptionWithSeparateValue) {
    auto p = parse({"case.json", "--output", "out.csv"});
    ASSERT_TRUE(p);
    EXPECT_EQ(p->get_or("output", ""), "out.csv");
    EXPECT_EQ(p->positionals, std::vector<std::string>{"case.json"});
}

TEST(ParseArgs, LongOptionWithEqualsValue) {
    auto p = parse({"--output=x.json", "case.json"});
    ASSERT_TRUE(p);
    EXPECT_EQ(p->get_or("output", ""), "x.json");
}

TEST(ParseArgs, ShortOptionAttachedAndSeparate) {
    auto attached = parse({"-ox.csv", "a"});
    ASSERT_TRUE(attached);
    EXPECT_EQ(attached->get_or("output", ""), "x.csv");
    auto separate = parse({"-o", "y.csv", "a"});
    ASSERT_TRUE(separate);
    EXPECT_EQ(separate->get_or("output", ""), "y.csv");
}

TEST(ParseArgs, DoubleDashEndsOptions) {
    auto p = parse({"--", "--verbose"});
    ASSERT_TRUE(p);
    EXPECT_FALSE(p->has("verbose"));
    EXPECT_EQ(p->positionals, std::vector<std::string>{"--verbose"});
}

TEST(ParseArgs, UnknownOptionIsAUsageError) {
    std::string err;
    EXPECT_FALSE(parse({"a", "--colour"}, &err));
    EXPECT_NE(err.find("unknown option '--colour'"), std::string::npos) << err;
}

TEST(ParseArgs, MissingValueIsAUsageError) {
    std::string err;
    EXPECT_FALSE(parse({"a", "--output"}, &err));
    EXPECT_NE(err.find("needs a value (OUT)"), std::string::npos) << err;
}

TEST(ParseArgs, FlagWithValueIsAUsageError) {
    std::string err;
    EXPECT_FALSE(parse({"a", "--verbose=yes"}, &err));
    EXPECT_NE(err.find("takes no value"), std::string::npos) << err;
}

TEST(ParseArgs, PositionalCountsAreChecked) {
    std::string err;
    EXPECT_FALSE(parse({}, &err));
    EXPECT_NE(err.find("missing argument"), std::string::npos);
    EXPECT_FALSE(parse({"a", "b"}, &err));
    EXPECT_NE(err.find("unexpected argument 'b'"), std::string::npos);
}

TEST(ParseArgs, HelpNeedsNoPositionals) {
    auto p = parse({"--help"});
    ASSERT_TRUE(p);
    EXPECT_TRUE(p->has("help"));
}

TEST(ListOptions, SplitListDropsEmptyItems) {
    EXPECT_EQ(split_list("directs,,collaboration,"),
              (std::vector<std::string>{"directs", "collaboration"}));
    EXPECT_TRUE(split_list("").empty());
}

TEST(ListOptions, ParseNumberRejectsTrailingText) {
    int n = 0;
    EXPECT_TRUE(parse_number("42", n));
    EXPECT_EQ(n, 42);
    EXPECT_FALSE(parse_number("42x", n));
    EXPECT_FALSE(parse_number("99999999999", n));  // overflows int
    double d = 0;
    EXPECT_TRUE(parse_number("2.5", d));
    EXPECT_DOUBLE_EQ(d, 2.5);
}

TEST(Dispatch, UnknownCommandExitsWithUsageCode) {
    std::ostringstream out, err;
    std::vector<std::string> args{"frobnicate"};
    EXPECT_EQ(dispatch(args, out, err), kExitUsage);
    EXPECT_NE(err.str().find("unknown command 'frobnicate'"), std::string::npos);
}

TEST(Dispatch, VersionPrintsTheProjectVersionAndCommit) {
    std::ostringstream out, err;
    std::vector<std::string> args{"--version"};
    EXPECT_EQ(dispatch(args, out, err), kExitOk);
    EXPECT_EQ(out.str().rfind(std::string("regiekaart ") + RK_VERSION + " (commit ", 0), 0u)
        << out.str();
}

}  // namespace
}  // namespace rk::cli

namespace rk::cli {
namespace {

TEST(ReadChoice, FallbackAllowedValueAndTheMessage) {
    ParsedArgs args;
    std::ostringstream err;
    EXPECT_EQ(read_choice(args, "analyze", "format", {"table", "csv", "json"}, "table", err),
              "table");
    args.values["format"] = "csv";
    EXPECT_EQ(read_choice(args, "analyze", "format", {"table", "csv", "json"}, "table", err),
              "csv");
    EXPECT_EQ(err.str(), "");
    args.values["format"] = "xml";
    EXPECT_EQ(read_choice(args, "analyze", "format", {"table", "csv", "json"}, "table", err),
              std::nullopt);
    // The text the commands printed before, word for word.
    EXPECT_EQ(err.str(), "regiekaart analyze: --format must be table, csv or json\n");
}

}  // namespace
}  // namespace rk::cli

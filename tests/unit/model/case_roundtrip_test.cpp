// Round trips of the native format: load(save(c)) == c, and save is a fixed point.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "model/case_io.hpp"
#include "unit/model/rich_case.hpp"

namespace rk {
namespace {

Case load_or_fail(const std::string& text) {
    CaseLoadResult r = parse_case_json(text, "test.regie.json");
    EXPECT_FALSE(r.diagnostics.has_errors()) << r.diagnostics.to_string() << "\n" << text;
    return r.value.value_or(Case{});
}

TEST(CaseRoundTrip, RichCaseLoadsBackEqual) {
    const Case original = test::rich_case();
    const std::string text = serialize_case_json(original);
    const Case loaded = load_or_fail(text);
    EXPECT_EQ(loaded, original);
    EXPECT_EQ(serialize_case_json(loaded), text);
}

TEST(CaseRoundTrip, AttributeTypesSurvive) {
    const Case loaded = load_or_fail(serialize_case_json(test::rich_case()));
    const Attributes& attrs = loaded.scenarios.at(0).actors.at(0).attributes;
    EXPECT_TRUE(std::holds_alternative<double>(attrs.at("whole_double")));
    EXPECT_EQ(std::get<double>(attrs.at("whole_double")), 3.0);
    EXPECT_TRUE(std::holds_alternative<std::int64_t>(attrs.at("big")));
    EXPECT_EQ(std::get<std::int64_t>(attrs.at("big")), std::numeric_limits<std::int64_t>::max());
    EXPECT_TRUE(std::signbit(std::get<double>(attrs.at("negative_zero"))));
    EXPECT_EQ(std::get<double>(attrs.at("tiny")), 5e-324);
    EXPECT_TRUE(std::get<bool>(attrs.at("flag")));
}

TEST(CaseRoundTrip, NumbersUseShortestForm) {
    const std::string text = serialize_case_json(test::rich_case());
    EXPECT_NE(text.find("\"weight\": 0.30000000000000004"), std::string::npos);
    EXPECT_NE(text.find("\"whole_double\": 3.0"), std::string::npos);
    EXPECT_NE(text.find("\"budget\": 1.5e+09"), std::string::npos);
    EXPECT_NE(text.find("\"y\": -2e+10"), std::string::npos);
}

TEST(CaseRoundTrip, DefaultsAreOmitted) {
    Case c;
    c.id = "minimal";
    Scenario s;
    s.id = "s";
    Actor a;
    a.id = "a";
    s.actors.push_back(a);
    c.scenarios.push_back(s);
    const std::string text = serialize_case_json(c);
    EXPECT_EQ(text,
              "{\n"
              "  \"format\": \"regiekaart-case\",\n"
              "  \"format_version\": 2,\n"
              "  \"id\": \"minimal\",\n"
              "  \"scenarios\": [\n"
              "    {\n"
              "      \"id\": \"s\",\n"
              "      \"actors\": [\n"
              "        {\n"
              "          \"id\": \"a\"\n"
              "        }\n"
              "      ]\n"
              "    }\n"
              "  ]\n"
              "}\n");
    EXPECT_EQ(load_or_fail(text), c);
}

TEST(CaseRoundTrip, EmptyCaseWithIdRoundTrips) {
    Case c;
    c.id = "empty";
    EXPECT_EQ(load_or_fail(serialize_case_json(c)), c);
}

TEST(CaseRoundTrip, ControlCharactersAreEscaped) {
    const std::string text = serialize_case_json(test::rich_case());
    EXPECT_NE(text.find(R"(Line one\nline two\twith tab, quote \" and backslash \\ and \u0001)"),
              std::string::npos);
}

TEST(CaseRoundTrip, NonFiniteNumberIsReportedAsProblem) {
    Case c = test::rich_case();
    c.scenarios[0].relations[0].weight = std::numeric_limits<double>::quiet_NaN();
    std::string problem;
    serialize_case_json(c, &problem);
    EXPECT_NE(problem.find("not finite"), std::string::npos);
}

TEST(CaseRoundTrip, InvalidUtf8StringIsReportedAsProblem) {
    Case c = test::rich_case();
    c.title = "bad \xC3";
    std::string problem;
    serialize_case_json(c, &problem);
    EXPECT_NE(problem.find("not valid UTF-8"), std::string::npos);
    std::string none;
    serialize_case_json(test::rich_case(), &none);
    EXPECT_TRUE(none.empty()) << none;
}

TEST(CaseRoundTrip, FormatDocExampleLoads) {
    // docs/format.md carries an example that the sample-case writers copy; it must stay valid.
    std::ifstream in(std::string(RK_SOURCE_DIR) + "/docs/format.md");
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string doc = ss.str();
    const auto start = doc.find("```json\n");
    ASSERT_NE(start, std::string::npos);
    const auto end = doc.find("```", start + 8);
    const std::string example = doc.substr(start + 8, end - start - 8);
    const Case c = load_or_fail(example);
    EXPECT_EQ(c.scenarios.size(), 2u);
    EXPECT_EQ(serialize_case_json(c), example) << "the doc example is not in written form";
}

}  // namespace
}  // namespace rk

// Every loading rule of docs/format.md, each with a malformed input and the exact location
// and message fragment it must produce.
#include <gtest/gtest.h>

#include <algorithm>

#include "model/case_io.hpp"

namespace rk {
namespace {

CaseLoadResult load(std::string_view text, LoadLimits limits = {}) {
    return parse_case_json(text, "bad.regie.json", limits);
}

// True when some error sits at line:col and contains `fragment`; prints all otherwise.
::testing::AssertionResult has_error(const CaseLoadResult& r, int line, int col,
                                     std::string_view fragment, std::string_view path = {}) {
    if (r.value)
        return ::testing::AssertionFailure() << "load succeeded";
    for (const auto& d : r.diagnostics.items()) {
        if (d.severity == Severity::Error && d.line == line && d.column == col &&
            d.message.find(fragment) != std::string::npos && (path.empty() || d.path == path))
            return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure()
           << "no error at " << line << ":" << col << " containing '" << fragment << "'"
           << (path.empty() ? "" : " with path " + std::string(path)) << "; got:\n"
           << r.diagnostics.to_string();
}

// Line and column of the n-th occurrence of `needle` in `text` (ASCII tests only), so
// that expectations say "at the value \"z\"" instead of hand-counted numbers.
struct Loc {
    int line = 0, col = 0;
};
Loc at(std::string_view text, std::string_view needle, int nth = 1) {
    std::size_t pos = std::string_view::npos, from = 0;
    for (int i = 0; i < nth; ++i) {
        pos = text.find(needle, from);
        if (pos == std::string_view::npos)
            return {};
        from = pos + 1;
    }
    const std::size_t line_start =
        text.rfind('\n', pos) == std::string_view::npos ? 0 : text.rfind('\n', pos) + 1;
    const auto lines = std::count(text.begin(), text.begin() + static_cast<long>(pos), '\n');
    return {static_cast<int>(lines) + 1, static_cast<int>(pos - line_start) + 1};
}

::testing::AssertionResult has_error(const CaseLoadResult& r, Loc loc, std::string_view fragment,
                                     std::string_view path = {}) {
    if (loc.line == 0)
        return ::testing::AssertionFailure() << "needle not found in the test text";
    return has_error(r, loc.line, loc.col, fragment, path);
}

// A valid case as a line-per-line text, so that tests can edit one line and know positions.
const char* const kHeader =
    "{\n"
    "  \"format\": \"regiekaart-case\",\n"
    "  \"format_version\": 1,\n"
    "  \"id\": \"c\",\n";

std::string with_scenario(std::string_view scenario_body) {
    return std::string(kHeader) + "  \"scenarios\": [{\n" + std::string(scenario_body) +
           "\n  }]\n}\n";
}

TEST(CaseLoadErrors, ValidMinimalDocumentLoads) {
    const auto r = load(with_scenario("    \"id\": \"s\""));
    ASSERT_TRUE(r.value) << r.diagnostics.to_string();
    EXPECT_EQ(r.value->scenarios.at(0).id, "s");
    EXPECT_EQ(r.diagnostics.error_count(), 0u);
}

TEST(CaseLoadErrors, InvalidUtf8NamesLineColumnAndByteOffset) {
    const std::string text = "{\n  \"id\": \"ab\xFF\"\n}\n";
    const auto r = load(text);
    EXPECT_TRUE(has_error(r, 2, 12, "invalid UTF-8 byte 0xFF at byte offset 13"));
}

TEST(CaseLoadErrors, OverlongAndSurrogateUtf8AreInvalid) {
    EXPECT_TRUE(has_error(load("{\"id\": \"\xC0\xAF\"}"), 1, 9, "invalid UTF-8 byte 0xC0"));
    EXPECT_TRUE(has_error(load("{\"id\": \"\xED\xA0\x80\"}"), 1, 9, "invalid UTF-8 byte 0xED"));
}

TEST(CaseLoadErrors, ColumnsCountCharactersNotBytes) {
    // "é" is two bytes; the bad byte is the fourth character on its line.
    const auto r = load("[\"é\xFE\"]");
    EXPECT_TRUE(has_error(r, 1, 4, "invalid UTF-8"));
}

TEST(CaseLoadErrors, AllInvalidUtf8BytesAreListed) {
    const auto r = load("{\n\"a\xFF\": \"b\xFE\"\n}");
    EXPECT_TRUE(has_error(r, 2, 3, "0xFF"));
    EXPECT_TRUE(has_error(r, 2, 9, "0xFE"));  // "a<FF>": "b<FE>": 9th character
}

TEST(CaseLoadErrors, SyntaxErrorsAreLocated) {
    EXPECT_TRUE(has_error(load("{\n  \"id\": \"x\",\n}"), 3, 1, "expected a member name"));
    EXPECT_TRUE(has_error(load("{\"a\" 1}"), 1, 6, "expected ':'"));
    EXPECT_TRUE(has_error(load("[1 2]"), 1, 4, "expected ',' or ']'"));
    EXPECT_TRUE(has_error(load(""), 1, 1, "the file is empty"));
    EXPECT_TRUE(has_error(load("{} x"), 1, 4, "unexpected text after the end"));
    EXPECT_TRUE(has_error(load("{\"a\": tru}"), 1, 7, "expected a value"));
    EXPECT_TRUE(has_error(load("{\"a\": \"x"), 1, 9, "unexpected end of file inside a string"));
    EXPECT_TRUE(has_error(load("// c\n{}"), 1, 1, "unexpected '/'"));
}

TEST(CaseLoadErrors, StringEscapesAreStrict) {
    EXPECT_TRUE(has_error(load("[\"a\\x\"]"), 1, 4, "invalid escape '\\x'"));
    EXPECT_TRUE(has_error(load("[\"\\uD800\"]"), 1, 3, "high surrogate"));
    EXPECT_TRUE(has_error(load("[\"\\uDC00\"]"), 1, 3, "lone low surrogate"));
    EXPECT_TRUE(has_error(load("[\"a\tb\"]"), 1, 4, "control character"));
}

TEST(CaseLoadErrors, NumbersMustBeJsonAndFinite) {
    EXPECT_TRUE(has_error(load("[1e999]"), 1, 2, "out of range"));
    EXPECT_TRUE(has_error(load("[-1e999]"), 1, 2, "out of range"));
    EXPECT_TRUE(has_error(load("[NaN]"), 1, 2, "expected a value"));
    EXPECT_TRUE(has_error(load("[Infinity]"), 1, 2, "expected a value"));
    EXPECT_TRUE(has_error(load("[01]"), 1, 3, "leading zeros"));
    EXPECT_TRUE(has_error(load("[1.]"), 1, 4, "after '.'"));
    EXPECT_TRUE(has_error(load("[.5]"), 1, 2, "expected a value"));
}

TEST(CaseLoadErrors, NonFiniteWeightInCaseIsRejected) {
    const auto r = load(
        with_scenario("    \"id\": \"s\",\n"
                      "    \"relations\": [{\"id\": \"r\", \"source\": \"a\", \"target\": \"a\", "
                      "\"layer\": \"funding\", \"weight\": 1e400}]"));
    EXPECT_TRUE(has_error(r, 7, 91, "out of range"));
}

TEST(CaseLoadErrors, DuplicateKeysAreErrorsAtTheSecondKey) {
    const auto r = load(std::string(kHeader) + "  \"title\": \"a\",\n  \"title\": \"b\"\n}\n");
    EXPECT_TRUE(has_error(r, 6, 3, "duplicate key \"title\""));
}

TEST(CaseLoadErrors, DuplicateKeysInLargeObjectsAreFound) {
    std::string text = "{";
    for (int i = 0; i < 40; ++i)
        text += "\"k" + std::to_string(i) + "\": 1, ";
    text += "\"k7\": 2}";
    const auto r = load(text);
    EXPECT_TRUE(has_error(r, at(text, "\"k7\"", 2), "duplicate key \"k7\""));
}

TEST(CaseLoadErrors, NestingDepthIsLimited) {
    const std::string deep = std::string(100, '[') + std::string(100, ']');
    EXPECT_TRUE(has_error(load(deep), 1, 65, "nesting deeper than 64 levels"));
    LoadLimits shallow;
    shallow.max_depth = 3;
    EXPECT_TRUE(
        has_error(load("{\"a\": {\"b\": {\"c\": {}}}}", shallow), 1, 19, "nesting deeper than 3"));
}

TEST(CaseLoadErrors, DeepNestingDoesNotOverflowTheStack) {
    const std::string deep(1'000'000, '[');
    EXPECT_TRUE(has_error(load(deep), 1, 65, "nesting deeper"));
}

TEST(CaseLoadErrors, SizeLimitsAreEnforced) {
    LoadLimits small;
    small.max_file_bytes = 10;
    EXPECT_TRUE(has_error(load("{\"id\": \"0123456789\"}", small), 0, 0, "the limit is 10 bytes"));
    LoadLimits strings;
    strings.max_string_bytes = 4;
    EXPECT_TRUE(has_error(load("[\"abcdefgh\"]", strings), 1, 2, "string longer than 4 bytes"));
    LoadLimits values;
    values.max_elements = 3;
    EXPECT_TRUE(has_error(load("[1, 2, 3, 4]", values), 1, 8, "too many values"));
}

TEST(CaseLoadErrors, TopLevelMustBeAnObject) {
    EXPECT_TRUE(
        has_error(load("[]"), 1, 1, "expected a JSON object at the top level, found an array"));
}

TEST(CaseLoadErrors, FormatAndVersionAreRequiredAndChecked) {
    EXPECT_TRUE(has_error(load("{\"id\": \"c\"}"), 1, 1, "missing required field \"format\""));
    EXPECT_TRUE(
        has_error(load("{\"id\": \"c\"}"), 1, 1, "missing required field \"format_version\""));
    const auto wrong = load("{\"format\": \"other\", \"format_version\": 3, \"id\": \"c\"}");
    EXPECT_TRUE(has_error(wrong, 1, 12, "not a Regiekaart case file", "/format"));
    EXPECT_TRUE(has_error(wrong, 1, 39, "written by a newer Regiekaart", "/format_version"));
    EXPECT_TRUE(
        has_error(load("{\"format\": \"regiekaart-case\", \"format_version\": 1.0, \"id\": \"c\"}"),
                  1, 49, "unsupported format_version"));
}

TEST(CaseLoadErrors, IdsAreRequiredAndNonEmpty) {
    const std::string text = with_scenario("    \"actors\": [{\"name\": \"x\"}, {\"id\": \"\"}]");
    const auto r = load(text);
    EXPECT_TRUE(has_error(r, at(text, "{\n    \"actors"),
                          "missing required field \"id\" in scenario", "/scenarios/0"));
    EXPECT_TRUE(has_error(r, at(text, "{\"name"), "missing required field \"id\" in actor",
                          "/scenarios/0/actors/0"));
    EXPECT_TRUE(
        has_error(r, at(text, "\"\"}"), "\"id\" must not be empty", "/scenarios/0/actors/1/id"));
}

TEST(CaseLoadErrors, RelationEndpointsAndLayerAreRequired) {
    const std::string text =
        with_scenario("    \"id\": \"s\",\n    \"relations\": [{\"id\": \"r\"}]");
    const auto r = load(text);
    for (const char* field : {"source", "target", "layer"})
        EXPECT_TRUE(has_error(r, at(text, "{\"id\": \"r"),
                              std::string("missing required field \"") + field + "\" in relation"));
}

TEST(CaseLoadErrors, WrongTypesNameExpectedAndFound) {
    const auto r = load(std::string(kHeader) + "  \"title\": 5,\n  \"scenarios\": {}\n}\n");
    EXPECT_TRUE(has_error(r, 5, 12, "\"title\" must be a string, found a number", "/title"));
    EXPECT_TRUE(has_error(r, 6, 16, "\"scenarios\" must be an array, found an object"));
    const auto items = load(std::string(kHeader) + "  \"scenarios\": [3]\n}\n");
    EXPECT_TRUE(
        has_error(items, 5, 17, "must be an object (a scenario), found a number", "/scenarios/0"));
}

TEST(CaseLoadErrors, UnknownEnumTokenListsExpectedTokens) {
    const std::string text = with_scenario(
        "    \"id\": \"s\",\n"
        "    \"actors\": [{\"id\": \"a\", \"type\": \"ministerie\", \"roles\": [\"boss\"]}]");
    const auto r = load(text);
    EXPECT_TRUE(has_error(r, at(text, "\"ministerie\""),
                          "unknown value \"ministerie\" for \"type\"; expected one of: "
                          "unknown, ministry, province",
                          "/scenarios/0/actors/0/type"));
    EXPECT_TRUE(has_error(r, at(text, "\"boss\""),
                          "expected one of: regisseur, coordinerend_regisseur",
                          "/scenarios/0/actors/0/roles/0"));
}

TEST(CaseLoadErrors, UnknownFieldListsAllowedFields) {
    const std::string text =
        with_scenario("    \"id\": \"s\",\n    \"actors\": [{\"id\": \"a\", \"colour\": \"red\"}]");
    const auto r = load(text);
    EXPECT_TRUE(has_error(r, at(text, "\"colour\""),
                          "unknown field \"colour\" in actor; allowed fields: id, name, short_name",
                          "/scenarios/0/actors/0/colour"));
}

TEST(CaseLoadErrors, DuplicateIdsPerScenarioNameFirstDefinition) {
    const std::string text = with_scenario(
        "    \"id\": \"s\",\n"
        "    \"actors\": [{\"id\": \"a\"},\n"
        "               {\"id\": \"a\"}],\n"
        "    \"groups\": [{\"id\": \"g\"}, {\"id\": \"g\"}]");
    const auto r = load(text);
    const Loc first = at(text, "{\"id\": \"a\"}");
    EXPECT_TRUE(has_error(r, at(text, "{\"id\": \"a\"}", 2),
                          "duplicate actor id \"a\" (first defined at line " +
                              std::to_string(first.line) + ", column " + std::to_string(first.col) +
                              ")"));
    EXPECT_TRUE(has_error(r, at(text, "{\"id\": \"g\"}", 2), "duplicate group id \"g\""));
}

TEST(CaseLoadErrors, SameActorIdInTwoScenariosIsFine) {
    const auto r = load(std::string(kHeader) +
                        "  \"scenarios\": [{\"id\": \"a\", \"actors\": [{\"id\": \"x\"}]},\n"
                        "                {\"id\": \"b\", \"actors\": [{\"id\": \"x\"}]}]\n}\n");
    EXPECT_TRUE(r.value) << r.diagnostics.to_string();
}

TEST(CaseLoadErrors, DuplicateScenarioAndLineageIdsAreCaseWide) {
    const std::string text =
        std::string(kHeader) +
        "  \"scenarios\": [{\"id\": \"a\"}, {\"id\": \"a\"}],\n"
        "  \"lineage\": [{\"id\": \"l\", \"kind\": \"new\", \"from_scenario\": \"a\", "
        "\"to_scenario\": \"b\"},\n"
        "              {\"id\": \"l\", \"kind\": \"new\", \"from_scenario\": \"a\", "
        "\"to_scenario\": \"a\"}]\n}\n";
    const auto r = load(text);
    EXPECT_TRUE(has_error(r, at(text, "{\"id\": \"a\"}", 2), "duplicate scenario id \"a\""));
    EXPECT_TRUE(has_error(r, at(text, "{\"id\": \"l\"", 2), "duplicate lineage link id \"l\""));
    EXPECT_TRUE(has_error(r, at(text, "\"b\""), "lineage scenario \"b\" is not a scenario id",
                          "/lineage/0/to_scenario"));
    EXPECT_TRUE(has_error(r, at(text, "\"a\"}]\n}"), "two different scenarios"));
}

TEST(CaseLoadErrors, DanglingReferencesInAScenario) {
    const std::string text = with_scenario(
        "    \"id\": \"s\",\n"
        "    \"actors\": [{\"id\": \"a\", \"parent\": \"p\", \"group\": \"g\"}, {\"id\": \"b\", "
        "\"parent\": \"b\"}],\n"
        "    \"relations\": [{\"id\": \"r\", \"source\": \"a\", \"target\": \"z\", \"layer\": "
        "\"directs\"}],\n"
        "    \"responsibilities\": [{\"id\": \"t\", \"follows\": \"t0\", \"assignments\": "
        "[{\"actor\": \"q\"}]}],\n"
        "    \"forums\": [{\"id\": \"f\", \"seats\": [{\"actor\": \"w\"}]}],\n"
        "    \"positions\": {\"ghost\": {\"x\": 1, \"y\": 2}}");
    const auto r = load(text);
    EXPECT_TRUE(
        has_error(r, at(text, "\"p\""), "actor parent \"p\" is not an actor id of scenario \"s\""));
    EXPECT_TRUE(has_error(r, at(text, "\"g\""), "actor group \"g\" is not a group id"));
    EXPECT_TRUE(has_error(r, at(text, "\"b\"}"), "an actor cannot be its own parent"));
    EXPECT_TRUE(has_error(r, at(text, "\"z\""), "relation target \"z\" is not an actor id",
                          "/scenarios/0/relations/0/target"));
    EXPECT_TRUE(has_error(r, at(text, "\"t0\""),
                          "responsibility follows \"t0\" is not a responsibility id"));
    EXPECT_TRUE(has_error(r, at(text, "\"q\""), "RACI actor \"q\" is not an actor id"));
    EXPECT_TRUE(has_error(r, at(text, "\"w\""), "forum seat actor \"w\" is not an actor id"));
    EXPECT_TRUE(has_error(r, at(text, "\"ghost\""), "position key \"ghost\" is not an actor id",
                          "/scenarios/0/positions/ghost"));
    EXPECT_EQ(r.diagnostics.error_count(), 8u) << r.diagnostics.to_string();
}

TEST(CaseLoadErrors, LineageActorsMustExistInTheirScenario) {
    const std::string text =
        std::string(kHeader) +
        "  \"scenarios\": [{\"id\": \"a\", \"actors\": [{\"id\": \"x\"}]},\n"
        "                {\"id\": \"b\", \"actors\": [{\"id\": \"y\"}]}],\n"
        "  \"lineage\": [{\"id\": \"l\", \"kind\": \"rename\", \"from_scenario\": "
        "\"a\", \"to_scenario\": \"b\", \"from_actors\": [\"y\"], \"to_actors\": "
        "[\"x\"]}]\n}\n";
    const auto r = load(text);
    EXPECT_TRUE(has_error(r, at(text, "\"y\"]"),
                          "lineage actor \"y\" is not an actor id of scenario \"a\"",
                          "/lineage/0/from_actors/0"));
    EXPECT_TRUE(has_error(r, at(text, "\"x\"]"),
                          "lineage actor \"x\" is not an actor id of scenario \"b\"",
                          "/lineage/0/to_actors/0"));
}

TEST(CaseLoadErrors, LineageCardinalityFollowsTheKind) {
    const std::string text =
        std::string(kHeader) +
        "  \"scenarios\": [{\"id\": \"a\", \"actors\": [{\"id\": \"x\"}]},\n"
        "                {\"id\": \"b\", \"actors\": [{\"id\": \"y\"}]}],\n"
        "  \"lineage\": [{\"id\": \"l\", \"kind\": \"merge\", \"from_scenario\": "
        "\"a\", \"to_scenario\": \"b\", \"from_actors\": [\"x\"], \"to_actors\": "
        "[\"y\"]}]\n}\n";
    const auto r = load(text);
    EXPECT_TRUE(has_error(r, at(text, "\"merge\""),
                          "a \"merge\" lineage link needs 2 or more from_actors and 1 to_actor "
                          "(found 1 and 1)"));
}

TEST(CaseLoadErrors, RangesOfDilemmaPositionAndZoom) {
    const std::string text = with_scenario(
        "    \"id\": \"s\",\n"
        "    \"dilemmas\": [{\"dilemma\": \"nodig_of_willend\", \"position\": 1.5}, {}],\n"
        "    \"view\": {\"zoom\": 0}");
    const auto r = load(text);
    EXPECT_TRUE(has_error(r, at(text, "1.5"), "\"position\" must lie between -1"));
    EXPECT_TRUE(has_error(r, at(text, "{}"), "missing required field \"dilemma\""));
    EXPECT_TRUE(has_error(r, at(text, "0}"), "\"zoom\" must be greater than 0"));
}

TEST(CaseLoadErrors, AttributeValuesMustBeScalars) {
    const std::string text = with_scenario(
        "    \"id\": \"s\",\n    \"actors\": [{\"id\": \"a\", \"attributes\": {\"x\": [1], \"y\": "
        "null}}]");
    const auto r = load(text);
    EXPECT_TRUE(has_error(r, at(text, "[1]"),
                          "attribute \"x\" must be a string, number or boolean, found an array"));
    EXPECT_TRUE(has_error(r, at(text, "null"), "found null"));
}

TEST(CaseLoadErrors, AllErrorsAreListedNotOnlyTheFirst) {
    const auto r = load(with_scenario(
        "    \"id\": \"s\",\n"
        "    \"actors\": [{\"id\": \"a\", \"type\": \"x\"}, {\"id\": \"a\", \"stance\": \"y\"}],\n"
        "    \"relations\": [{\"id\": \"r\", \"source\": \"a\", \"target\": \"b\", \"layer\": "
        "\"z\"}]"));
    EXPECT_FALSE(r.value);
    EXPECT_EQ(r.diagnostics.error_count(), 5u) << r.diagnostics.to_string();
}

TEST(CaseLoadErrors, ColumnsOnAVeryLongLineCrossBlocks) {
    // One line, as minified JSON is; the error sits far beyond the first 4 KiB block, after
    // multi-byte characters, so the column must count characters across blocks.
    std::string text =
        std::string(kHeader).substr(0, std::string(kHeader).size() - 2) + ", \"title\": \"";
    for (int i = 0; i < 5000; ++i)
        text += "\xC3\xA9";  // "é" x 5000
    text += "\", \"domain\": 7}";
    const auto r = load(text);
    const std::size_t last_line = text.rfind('\n') + 1;
    const std::string line = text.substr(last_line);
    const int expected_col = 1 + static_cast<int>(line.find(": 7}")) + 2 - 5000;  // é = 2 bytes
    const int expected_line = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
    EXPECT_TRUE(has_error(r, expected_line, expected_col, "\"domain\" must be a string"));
}

TEST(CaseLoadErrors, ManyErrorsAreCappedWithACount) {
    // 5,000 dangling references on one line: all counted, 1,000 listed, and fast.
    std::string text = std::string(kHeader) + "  \"scenarios\": [{\"id\": \"s\", \"relations\": [";
    for (int i = 0; i < 2500; ++i) {
        if (i)
            text += ",";
        text += "{\"id\": \"r" + std::to_string(i) +
                "\", \"source\": \"x\", \"target\": \"y\", \"layer\": \"funding\"}";
    }
    text += "]}]\n}\n";
    const auto r = load(text);
    EXPECT_FALSE(r.value);
    EXPECT_EQ(r.diagnostics.error_count(), 1001u);
    EXPECT_TRUE(has_error(r, 0, 0, "4000 more errors not listed (5000 in all)"));
}

TEST(CaseLoadErrors, DiagnosticTextIsGnuStyleWithPath) {
    const auto r = load(std::string(kHeader) + "  \"title\": 5\n}\n");
    ASSERT_EQ(r.diagnostics.items().size(), 1u);
    EXPECT_EQ(r.diagnostics.items()[0].to_string(),
              "bad.regie.json:5:12: error: \"title\" must be a string, found a number (at /title)");
}

TEST(CaseLoadErrors, ByteOrderMarkIsTolerated) {
    const auto r = load("\xEF\xBB\xBF" + with_scenario("    \"id\": \"s\""));
    EXPECT_TRUE(r.value) << r.diagnostics.to_string();
}

TEST(CaseLoadErrors, MissingFileIsADiagnostic) {
    const auto r = load_case_file("/nonexistent/dir/x.regie.json");
    EXPECT_FALSE(r.value);
    ASSERT_EQ(r.diagnostics.error_count(), 1u);
    EXPECT_NE(r.diagnostics.items()[0].message.find("cannot read"), std::string::npos);
}

}  // namespace
}  // namespace rk

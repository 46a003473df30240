// The case loader has two paths (model/case_load_paths.hpp): simdjson's fast path, and the
// located path that names line, column and JSON path of every error. These tests prove
// that they build identical cases from every valid file (samples, generated cases, members
// in any order), that the fast path accepts nothing the located path rejects (mutated
// files), and that every class of error still reaches the user with its located message.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "model/case_io.hpp"
#include "model/case_load_paths.hpp"
#include "unit/model/rich_case.hpp"

namespace rk {
namespace {

std::string read_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::optional<Case> fast(std::string_view text, const LoadLimits& limits = {}) {
    PaddedText padded = PaddedText::copy_of(text);
    return detail::read_case_fast(padded, limits);
}

CaseLoadResult located(std::string_view text, const LoadLimits& limits = {}) {
    return detail::read_case_located(text, "t.regie.json", limits);
}

// Both paths give a case, and the same one.
::testing::AssertionResult same_case(std::string_view text) {
    const auto f = fast(text);
    const auto l = located(text);
    if (!l.value)
        return ::testing::AssertionFailure()
               << "located path rejects: " << l.diagnostics.to_string();
    if (!f)
        return ::testing::AssertionFailure() << "fast path rejects a valid file";
    if (!(*f == *l.value))
        return ::testing::AssertionFailure() << "the two paths build different cases";
    return ::testing::AssertionSuccess();
}

// The loader's answer equals the located path's, diagnostics included, and the fast path
// never accepts what the located path rejects.
::testing::AssertionResult same_answer(std::string_view text, const LoadLimits& limits = {}) {
    const auto f = fast(text, limits);
    const auto l = located(text, limits);
    const auto both = parse_case_json(text, "t.regie.json", limits);
    if (f && !l.value)
        return ::testing::AssertionFailure() << "fast path accepts a file the located path "
                                                "rejects: "
                                             << l.diagnostics.to_string();
    if (f && !(*f == *l.value))
        return ::testing::AssertionFailure() << "the two paths build different cases";
    if (both.value.has_value() != l.value.has_value() ||
        both.diagnostics.to_string() != l.diagnostics.to_string())
        return ::testing::AssertionFailure() << "parse_case_json differs from the located path";
    return ::testing::AssertionSuccess();
}

std::vector<std::filesystem::path> sample_files() {
    std::vector<std::filesystem::path> files;
    for (const auto& e :
         std::filesystem::directory_iterator(std::string(RK_SOURCE_DIR) + "/assets/cases"))
        if (e.path().string().ends_with(".regie.json"))
            files.push_back(e.path());
    files.push_back(std::string(RK_TEST_DATA) + "/model/valid.regie.json");
    return files;
}

// Every object's members in reverse order: "relations" before "actors", "lineage" before
// "scenarios", so references point forward and must wait for the ids they name.
nlohmann::ordered_json reversed(const nlohmann::ordered_json& j) {
    if (j.is_array()) {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const auto& item : j)
            out.push_back(reversed(item));
        return out;
    }
    if (!j.is_object())
        return j;
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    std::vector<std::pair<std::string, nlohmann::ordered_json>> members;
    for (auto it = j.begin(); it != j.end(); ++it)
        members.emplace_back(it.key(), reversed(it.value()));
    for (auto it = members.rbegin(); it != members.rend(); ++it)
        out[it->first] = it->second;
    return out;
}

std::string reorder(const std::string& text) {
    return reversed(nlohmann::ordered_json::parse(text)).dump(1);
}

template <typename Enum>
Enum pick(std::mt19937& rng) {
    const auto all = entries<Enum>();
    return all[std::uniform_int_distribution<std::size_t>(0, all.size() - 1)(rng)].value;
}

// A random valid case: escapes, non-ASCII text, every attribute type, positions, RACI,
// forums and lineage between two scenarios.
Case generated_case(unsigned seed) {
    std::mt19937 rng(seed);
    auto chance = [&](double p) { return std::uniform_real_distribution<>(0, 1)(rng) < p; };
    const char* const texts[] = {"plain",   "quote \" backslash \\", "tab\tnew\nline",
                                 "é ĳ – 😀", "\x01\x1f control",      ""};
    auto text = [&] { return std::string(texts[rng() % std::size(texts)]); };
    Case c = test::rich_case();
    c.id = "gen" + std::to_string(seed);
    for (int si = 0; si < 2; ++si) {
        Scenario s;
        s.id = "s" + std::to_string(si);
        s.name = text();
        const int n = 5 + static_cast<int>(rng() % 40);
        for (int i = 0; i < n; ++i) {
            Actor a;
            a.id = "a" + std::to_string(i) + (chance(0.1) ? "/~\"x" : "");
            a.name = text();
            a.type = pick<ActorType>(rng);
            a.bestuurslaag = pick<Bestuurslaag>(rng);
            if (chance(0.3)) {
                a.roles = {pick<Role>(rng)};
                if (chance(0.5))
                    a.role_evidence[a.roles[0]].basis = pick<EvidenceBasis>(rng);
            }
            if (chance(0.2))
                a.member_count = 1 + static_cast<int>(rng() % 40);
            if (i > 0 && chance(0.2))
                a.parent = s.actors[rng() % s.actors.size()].id;
            if (chance(0.3))
                a.mandate.doorzettingsmacht = chance(0.5);
            a.attributes["s"] = text();
            a.attributes["i"] = static_cast<std::int64_t>(rng()) - (1ll << 31);
            a.attributes["d"] = std::uniform_real_distribution<>(-1e6, 1e6)(rng);
            a.attributes["b"] = chance(0.5);
            s.actors.push_back(a);
            if (chance(0.7))
                s.positions[a.id] = Position{double(rng() % 1000) / 7.0, -double(i), chance(0.2)};
        }
        for (int r = 0; r < 3 * n; ++r) {
            Relation rel;
            rel.id = "r" + std::to_string(r);
            rel.source = s.actors[rng() % s.actors.size()].id;
            rel.target = s.actors[rng() % s.actors.size()].id;
            rel.layer = pick<Layer>(rng);
            rel.directed = chance(0.5);
            rel.weight = chance(0.5) ? 1.0 : std::uniform_real_distribution<>(0.01, 9.0)(rng);
            if (chance(0.3))
                rel.details->means = {pick<Means>(rng), pick<Means>(rng)};
            rel.details->notes = text();
            if (chance(0.3))
                rel.evidence = {pick<EvidenceBasis>(rng), pick<Confidence>(rng), text()};
            s.relations.push_back(rel);
        }
        Responsibility task;
        task.id = "t";
        task.task = text();
        RaciAssignment raci;
        raci.actor = s.actors[0].id;
        raci.responsible = true;
        raci.accountable = chance(0.5);
        raci.basis = pick<ResponsibilityBasis>(rng);
        raci.evidence.basis = pick<EvidenceBasis>(rng);
        raci.evidence.note = text();
        task.assignments.push_back(raci);
        s.responsibilities.push_back(task);
        Agreement deal;
        deal.id = "deal";
        deal.kind = pick<AgreementKind>(rng);
        deal.signatories = {s.actors[0].id, s.actors.back().id};
        deal.owner = s.actors[0].id;
        s.agreements.push_back(deal);
        Forum forum;
        forum.id = "f";
        forum.seats.push_back({s.actors[0].id, chance(0.5), std::nullopt});
        s.forums.push_back(forum);
        c.scenarios.push_back(std::move(s));
    }
    LineageLink link;
    link.id = "l-gen";
    link.kind = LineageKind::Identity;
    link.from_scenario = "s0";
    link.to_scenario = "s1";
    link.from_actors = {c.scenarios[c.scenarios.size() - 2].actors[0].id};
    link.to_actors = {c.scenarios.back().actors[0].id};
    c.lineage.push_back(link);
    return c;
}

TEST(CaseFastPath, SamplesLoadIdenticallyOnBothPaths) {
    for (const auto& file : sample_files()) {
        const std::string text = read_text(file);
        EXPECT_TRUE(same_case(text)) << file;
        EXPECT_TRUE(same_case(reorder(text))) << file << " with members reversed";
    }
}

TEST(CaseFastPath, GeneratedCasesLoadIdenticallyOnBothPaths) {
    for (unsigned seed = 1; seed <= 40; ++seed) {
        const Case c = generated_case(seed);
        const std::string text = serialize_case_json(c);
        ASSERT_TRUE(same_case(text)) << "seed " << seed;
        EXPECT_EQ(*fast(text), c) << "seed " << seed;
        EXPECT_TRUE(same_case(reorder(text))) << "seed " << seed << " with members reversed";
    }
}

TEST(CaseFastPath, MutatedFilesGetTheLocatedAnswer) {
    // Byte edits at random places of valid files: whatever the fast path makes of them, the
    // loader's answer must be the located path's, and the fast path must not accept more.
    const char replacements[] = {'{', '}', '[', ']',    ',',    ':',    '"', '\\', ' ', '0',
                                 'a', '-', 'e', '\x01', '\xff', '\xc3', 't', 'n',  '.'};
    std::vector<std::string> bases = {
        read_text(std::string(RK_TEST_DATA) + "/model/valid.regie.json"),
        serialize_case_json(generated_case(7))};
    std::mt19937 rng(2024);
    int fast_accepted = 0;
    for (const auto& base : bases) {
        for (int round = 0; round < 400; ++round) {
            std::string text = base;
            const std::size_t at = rng() % text.size();
            switch (rng() % 4) {
                case 0:
                    text.erase(at, 1);
                    break;
                case 1:
                    text.insert(at, 1, replacements[rng() % sizeof replacements]);
                    break;
                case 2:
                    text[at] = replacements[rng() % sizeof replacements];
                    break;
                default: {  // repeat a whole line: duplicate keys, ids, trailing commas
                    const std::size_t start = text.rfind('\n', at) + 1;
                    const std::size_t end = text.find('\n', at);
                    if (end != std::string::npos)
                        text.insert(start, text.substr(start, end - start + 1));
                }
            }
            ASSERT_TRUE(same_answer(text)) << "round " << round << ":\n" << text;
            fast_accepted += fast(text).has_value() ? 1 : 0;
        }
    }
    // Some edits keep the file valid (a space in a string, a digit in a weight): the fast
    // path was exercised on both sides of the line.
    EXPECT_GT(fast_accepted, 0);
}

TEST(CaseFastPath, EveryErrorClassFallsBackToTheLocatedMessage) {
    const std::string header =
        "{\n  \"format\": \"regiekaart-case\",\n  \"format_version\": 1,\n  \"id\": \"c\",\n";
    auto scenario = [&](const std::string& body) {
        return header + "  \"scenarios\": [{\"id\": \"s\", " + body + "}]\n}\n";
    };
    const std::string actors = "\"actors\": [{\"id\": \"a\"}, {\"id\": \"b\"}]";
    struct ErrorCase {
        const char* error_class;
        std::string text;
        const char* fragment;
    };
    const std::vector<ErrorCase> cases = {
        {"syntax", header + "  \"title\": \"x\",\n}", "expected a member name"},
        {"invalid UTF-8", header + "  \"title\": \"\xff\"\n}", "invalid UTF-8"},
        {"control character", header + "  \"title\": \"a\x01\"\n}", "control character"},
        {"lone surrogate", header + "  \"title\": \"\\udc00\"\n}", "lone low surrogate"},
        {"trailing text", header + "  \"title\": \"x\"\n} x", "unexpected text after"},
        {"wrong type", header + "  \"title\": 5\n}", "must be a string"},
        {"unknown field", header + "  \"colour\": 5\n}", "unknown field \"colour\""},
        {"duplicate key", header + "  \"title\": \"a\",\n  \"title\": \"b\"\n}",
         "duplicate key \"title\""},
        {"duplicate attribute key",
         scenario("\"actors\": [{\"id\": \"a\", \"attributes\": {\"k\": 1, \"k\": 2}}]"),
         "duplicate key \"k\""},
        {"duplicate position key",
         scenario(actors + ", \"positions\": {\"a\": {\"x\": 1, \"y\": 1}, \"a\": {\"x\": 2, "
                           "\"y\": 2}}"),
         "duplicate key \"a\""},
        {"bad enum", scenario("\"actors\": [{\"id\": \"a\", \"type\": \"ministerie\"}]"),
         "unknown value \"ministerie\""},
        {"missing field", scenario("\"relations\": [{\"id\": \"r\"}]"),
         "missing required field \"source\""},
        {"duplicate id", scenario("\"actors\": [{\"id\": \"a\"}, {\"id\": \"a\"}]"),
         "duplicate actor id \"a\""},
        {"duplicate relation id",
         scenario(actors +
                  ", \"relations\": [{\"id\": \"r\", \"source\": \"a\", \"target\": \"b\", "
                  "\"layer\": \"funding\"}, {\"id\": \"r\", \"source\": \"b\", \"target\": "
                  "\"a\", \"layer\": \"funding\"}]"),
         "duplicate relation id \"r\""},
        {"dangling reference",
         scenario(actors + ", \"relations\": [{\"id\": \"r\", \"source\": \"a\", \"target\": "
                           "\"z\", \"layer\": \"funding\"}]"),
         "relation target \"z\" is not an actor id"},
        {"forward dangling reference",
         scenario("\"relations\": [{\"id\": \"r\", \"source\": \"a\", \"target\": \"z\", "
                  "\"layer\": \"funding\"}], " +
                  actors),
         "relation target \"z\" is not an actor id"},
        {"range", scenario("\"view\": {\"zoom\": -1}"), "\"zoom\" must be greater than 0"},
        {"number out of range", scenario("\"view\": {\"zoom\": 1e999}"), "out of range"},
        {"leading zero", scenario("\"view\": {\"zoom\": 01}"), "leading zeros"},
        {"lineage",
         header + "  \"lineage\": [{\"id\": \"l\", \"kind\": \"new\", "
                  "\"from_scenario\": \"x\", \"to_scenario\": \"y\"}]\n}",
         "lineage scenario \"x\" is not a scenario id"},
    };
    for (const auto& c : cases) {
        EXPECT_FALSE(fast(c.text)) << c.error_class << ": the fast path accepted it";
        const auto r = parse_case_json(c.text, "t.regie.json");
        ASSERT_FALSE(r.value) << c.error_class;
        EXPECT_EQ(r.diagnostics.to_string(), located(c.text).diagnostics.to_string())
            << c.error_class;
        bool found = false;
        for (const auto& d : r.diagnostics.items())
            found = found ||
                    (d.line > 0 && d.column > 0 && d.message.find(c.fragment) != std::string::npos);
        EXPECT_TRUE(found) << c.error_class << ": no located error containing '" << c.fragment
                           << "'; got:\n"
                           << r.diagnostics.to_string();
    }
}

TEST(CaseFastPath, LimitsAreKeptOnTheFastPath) {
    const std::string text = read_text(std::string(RK_TEST_DATA) + "/model/valid.regie.json");
    LoadLimits strings;
    strings.max_string_bytes = 3;
    EXPECT_FALSE(fast(text, strings));
    EXPECT_TRUE(same_answer(text, strings));
    LoadLimits values;
    values.max_elements = 10;
    EXPECT_FALSE(fast(text, values));
    EXPECT_TRUE(same_answer(text, values));
    LoadLimits shallow;
    shallow.max_depth = 4;  // below what a valid case may need: the located path decides
    EXPECT_TRUE(same_answer(text, shallow));
}

TEST(CaseFastPath, ByteOrderMarkAndLargeFileFromDisk) {
    EXPECT_TRUE(same_case("\xEF\xBB\xBF" +
                          read_text(std::string(RK_TEST_DATA) + "/model/valid.regie.json")));
    // A file several MiB long, so that the fast path gives pages back while it reads, and
    // one with an error at its very end, which the located path must still find.
    Case large = generated_case(99);
    Scenario& s = large.scenarios.back();
    const std::vector<Relation> base = s.relations;
    for (int i = 0; s.relations.size() < 12'000; ++i)
        for (const auto& r : base) {
            Relation copy = r;
            copy.id += "-" + std::to_string(i);
            copy.details->notes = std::string(500, 'x');
            s.relations.push_back(copy);
        }
    const std::string text = serialize_case_json(large);
    ASSERT_GT(text.size(), 6u << 20);
    const auto dir = std::filesystem::temp_directory_path() / "rk_fast_path_test";
    std::filesystem::create_directories(dir);
    { std::ofstream(dir / "large.regie.json", std::ios::binary) << text; }
    const auto loaded = load_case_file(dir / "large.regie.json");
    ASSERT_TRUE(loaded.value) << loaded.diagnostics.to_string();
    EXPECT_EQ(*loaded.value, large);
    std::string broken = text;
    broken.insert(broken.rfind('}'), ", \"colour\": 1");
    { std::ofstream(dir / "broken.regie.json", std::ios::binary) << broken; }
    const auto failed = load_case_file(dir / "broken.regie.json");
    EXPECT_FALSE(failed.value);
    EXPECT_NE(failed.diagnostics.to_string().find("unknown field \"colour\" in the case"),
              std::string::npos)
        << failed.diagnostics.to_string();
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace rk

// The diagnostics each sample scenario raises agree with what the seeds conclude about it.
//
// The expectations live in one place: the tables in docs/cases.md whose header is
// kHeader below. Each row names a case, a scenario, a diagnostic (its id, or id@subject for a
// per-forum or per-partition finding), whether `regiekaart analyze` (default settings) is
// expected to raise it, and the seed sentence (or the reason it is not raised). This test
// reads those tables and runs the analysis on every scenario of every sample case:
// - the flagged findings are exactly the rows marked "raised";
// - every row marked "not raised" names a finding the analysis reports, and it is not flagged;
// - every row cites a seed, a locator and a sentence, and every scenario has a row.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "analytics/analysis.hpp"
#include "model/case_io.hpp"

namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kCaseIds = {
    "woondeal-holland-rijnland", "vth-stelsel",     "npvi-cluster-zeeland",
    "city-deal-openbare-ruimte", "jeugdzorg-keten",
};

const char* const kHeader =
    "| case | scenario | diagnostic | expected | seed | locator | sentence or reason |";

struct Expectation {
    std::string case_id, scenario, diagnostic;
    bool raised = false;
    std::string seed, locator, sentence;
    int line = 0;
};

std::string trim(std::string s) {
    const auto keep = [](char c) { return c != ' ' && c != '`' && c != '\t'; };
    while (!s.empty() && !keep(s.back()))
        s.pop_back();
    std::size_t i = 0;
    while (i < s.size() && !keep(s[i]))
        ++i;
    return s.substr(i);
}

std::vector<std::string> cells(const std::string& row) {
    std::vector<std::string> out;
    std::stringstream in(row.substr(1));  // past the leading '|'
    std::string cell;
    while (std::getline(in, cell, '|'))
        out.push_back(trim(cell));
    return out;
}

// Every row of every table with kHeader; rows end at the first line that is not a table row.
std::vector<Expectation> read_expectations(std::string& problem) {
    const fs::path doc = fs::path(RK_SOURCE_DIR) / "docs" / "cases.md";
    std::ifstream in(doc);
    if (!in) {
        problem = "cannot read " + doc.string();
        return {};
    }
    std::vector<Expectation> rows;
    std::string line;
    bool in_table = false;
    for (int n = 1; std::getline(in, line); ++n) {
        if (line == kHeader) {
            in_table = true;
            continue;
        }
        if (!in_table)
            continue;
        if (line.empty() || line[0] != '|') {
            in_table = false;
            continue;
        }
        if (line.rfind("|---", 0) == 0)
            continue;
        const auto c = cells(line);
        if (c.size() != 7 || (c[3] != "raised" && c[3] != "not raised")) {
            problem += "docs/cases.md:" + std::to_string(n) +
                       ": expected 7 cells with 'raised' or 'not raised' in the 4th\n";
            continue;
        }
        rows.push_back({c[0], c[1], c[2], c[3] == "raised", c[4], c[5], c[6], n});
    }
    return rows;
}

std::string key(const rk::analytics::Finding& f) {
    return f.subject.empty() ? f.id : f.id + "@" + f.subject;
}

TEST(SampleCaseFlags, ManifestIsWellFormed) {
    std::string problem;
    const auto rows = read_expectations(problem);
    EXPECT_TRUE(problem.empty()) << problem;
    ASSERT_FALSE(rows.empty()) << "no expected-flags table in docs/cases.md";
    std::set<std::string> seen;
    for (const auto& r : rows) {
        SCOPED_TRACE("docs/cases.md:" + std::to_string(r.line));
        EXPECT_FALSE(r.seed.empty());
        EXPECT_FALSE(r.locator.empty());
        EXPECT_GT(r.sentence.size(), 20u) << "a seed sentence or a reason, not a word";
        EXPECT_TRUE(seen.insert(r.case_id + "/" + r.scenario + "/" + r.diagnostic).second)
            << "listed twice";
    }
}

TEST(SampleCaseFlags, AnalyzeRaisesExactlyTheDocumentedFlags) {
    std::string problem;
    const auto rows = read_expectations(problem);
    ASSERT_FALSE(rows.empty()) << problem;
    std::map<std::string, std::vector<const Expectation*>> by_scenario;
    for (const auto& r : rows)
        by_scenario[r.case_id + "/" + r.scenario].push_back(&r);

    std::set<std::string> analysed;
    for (const auto& id : kCaseIds) {
        const auto path = fs::path(RK_SOURCE_DIR) / "assets" / "cases" / (id + ".regie.json");
        auto loaded = rk::load_case_file(path);
        ASSERT_TRUE(loaded.value) << loaded.diagnostics.to_string();
        for (const auto& s : loaded.value->scenarios) {
            const std::string where = id + "/" + s.id;
            SCOPED_TRACE(where);
            analysed.insert(where);
            // The settings `regiekaart analyze FILE --scenario ID` uses: all defaults.
            const auto result = rk::analytics::analyze(s, rk::analytics::AnalysisSettings{});
            std::set<std::string> flagged, reported;
            for (const auto& f : result.diagnostics) {
                reported.insert(key(f));
                if (f.flagged)
                    flagged.insert(key(f));
            }
            std::set<std::string> expected;
            for (const auto* r : by_scenario[where]) {
                if (r->raised) {
                    expected.insert(r->diagnostic);
                    continue;
                }
                EXPECT_TRUE(reported.count(r->diagnostic))
                    << r->diagnostic << " (docs/cases.md:" << r->line << ") is not reported";
                EXPECT_FALSE(flagged.count(r->diagnostic))
                    << r->diagnostic << " is raised, docs/cases.md:" << r->line << " says not";
            }
            EXPECT_EQ(flagged, expected) << "flags raised by analyze vs the rows marked 'raised'";
            EXPECT_FALSE(by_scenario[where].empty()) << "no row in docs/cases.md";
        }
    }
    for (const auto& [where, list] : by_scenario)
        EXPECT_TRUE(analysed.count(where)) << where << " in docs/cases.md is not a sample scenario";
}

}  // namespace

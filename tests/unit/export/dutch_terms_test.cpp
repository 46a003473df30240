// The brief: the Dutch terms users know stay in the English UI and reports, with the English
// beside them. A translation that replaces "Eilandenrijk" by "Archipelago" fails here.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>

#include "analytics/analysis.hpp"
#include "export/report_text.hpp"

namespace rk {
namespace {

struct Term {
    const char* id;
    const char* dutch;
};
const Term kTerms[] = {{"eilandenrijk", "Eilandenrijk"},
                       {"poolse_landdag", "Poolse landdag"},
                       {"verkokering", "Verkokering"},
                       {"tussen_wal_en_schip", "Tussen wal en schip"}};

Actor actor(std::string id) {
    Actor a;
    a.id = std::move(id);
    return a;
}

Scenario two_parties() {
    Scenario s;
    s.id = "s";
    s.actors = {actor("a"), actor("b")};
    Relation r;
    r.id = "r";
    r.source = s.actors[0].id;
    r.target = s.actors[1].id;
    r.layer = Layer::Collaboration;
    s.relations.push_back(r);
    return s;
}

TEST(DutchTerms, EnglishFindingTitlesKeepTheDutchTermFirst) {
    analytics::AnalysisSettings settings;
    settings.permutations = 0;
    const auto result = analytics::analyze(two_parties(), settings);
    for (const auto& term : kTerms) {
        SCOPED_TRACE(term.id);
        const auto f = std::find_if(result.diagnostics.begin(), result.diagnostics.end(),
                                    [&](const auto& d) { return d.id == term.id; });
        ASSERT_NE(f, result.diagnostics.end());
        EXPECT_EQ(f->title_nl.rfind(term.dutch, 0), 0u) << f->title_nl;
        EXPECT_EQ(f->title_en.rfind(term.dutch, 0), 0u) << f->title_en;
        EXPECT_GT(f->title_en.size(), f->title_nl.size()) << "no English beside it";
    }
}

TEST(DutchTerms, EnglishExplanationsNameTheDutchTerm) {
    for (const auto& term : kTerms) {
        SCOPED_TRACE(term.id);
        const std::string en = exporter::detail::diagnostic_explanation(term.id, Language::English);
        EXPECT_EQ(en.rfind(term.dutch, 0), 0u) << en;
    }
    EXPECT_NE(exporter::detail::diagnostic_explanation("poolse_landdag", Language::English)
                  .find("doorzettingsmacht"),
              std::string::npos);
}

}  // namespace
}  // namespace rk

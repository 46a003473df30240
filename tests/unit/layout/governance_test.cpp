// Swimlanes and the power-interest grid, on hand-made scenarios and the sample cases.
#include <gtest/gtest.h>

#include <filesystem>

#include "fixtures.hpp"
#include "layout/governance.hpp"
#include "layout/quality.hpp"
#include "model/case_io.hpp"

namespace rk::layout {
namespace {
using namespace testing;

Actor powered(const std::string& id, PowerLevel prod, PowerLevel block, Interest interest) {
    Actor a = actor(id);
    a.power.production = prod;
    a.power.blocking = block;
    a.interest = interest;
    return a;
}

TEST(Governance, LaneOrderIsRijkToMaatschappelijkThenUnknown) {
    EXPECT_EQ(swimlane_index(Bestuurslaag::Rijk), 0);
    EXPECT_EQ(swimlane_index(Bestuurslaag::Provincie), 1);
    EXPECT_EQ(swimlane_index(Bestuurslaag::Regio), 2);
    EXPECT_EQ(swimlane_index(Bestuurslaag::Gemeente), 3);
    EXPECT_EQ(swimlane_index(Bestuurslaag::Waterschap), 4);
    EXPECT_EQ(swimlane_index(Bestuurslaag::Uitvoering), 5);
    EXPECT_EQ(swimlane_index(Bestuurslaag::Privaat), 6);
    EXPECT_EQ(swimlane_index(Bestuurslaag::Maatschappelijk), 7);
    EXPECT_EQ(swimlane_index(Bestuurslaag::Unknown), 8);
}

TEST(Governance, PowerScoreMapping) {
    using P = PowerLevel;
    EXPECT_FALSE(power_score(actor("x")));
    EXPECT_EQ(power_score(powered("a", P::Unique, P::None, Interest::High)), 3.0);
    EXPECT_EQ(power_score(powered("a", P::Diffuse, P::Replaceable, Interest::High)), 2.0);
    EXPECT_EQ(power_score(powered("a", P::None, P::Unknown, Interest::High)), 0.0);
    Actor m = powered("m", P::Unique, P::Unique, Interest::High);
    m.mandate.decision = DecisionMandate::Full;
    m.mandate.doorzettingsmacht = true;
    EXPECT_EQ(power_score(m), 4.0);
    Actor only_mandate = actor("o");
    only_mandate.mandate.decision = DecisionMandate::None;
    EXPECT_EQ(power_score(only_mandate), 0.0);
    EXPECT_EQ(interest_score(powered("a", P::None, P::None, Interest::Medium)), 2);
    EXPECT_FALSE(interest_score(actor("x")));
}

TEST(Governance, SwimlanesKeepEveryActorInItsLane) {
    Scenario s;
    const Bestuurslaag lagen[] = {Bestuurslaag::Rijk, Bestuurslaag::Provincie,
                                  Bestuurslaag::Gemeente, Bestuurslaag::Privaat,
                                  Bestuurslaag::Unknown};
    for (int i = 0; i < 30; ++i)
        s.actors.push_back(actor("a" + std::to_string(i), lagen[i % 5]));
    for (int i = 0; i + 5 < 30; ++i)
        s.relations.push_back(relation("a" + std::to_string(i), "a" + std::to_string(i + 5),
                                       i % 2 ? Layer::Directs : Layer::Collaboration));
    s.relations.push_back(relation("a0", "a1", Layer::Directs));
    LayoutRequest r;
    r.engine = LayoutEngine::Swimlanes;
    auto res = run_layout(s, r);
    ASSERT_TRUE(res.ok) << res.error;
    ASSERT_EQ(res.rows.size(), 5u);  // empty lanes are left out
    EXPECT_EQ(res.rows[0].key, "rijk");
    EXPECT_EQ(res.rows[4].key, "unknown");
    for (std::size_t k = 1; k < res.rows.size(); ++k)
        EXPECT_LE(res.rows[k - 1].hi, res.rows[k].lo);
    for (const auto& a : s.actors) {
        int lane = 0;
        while (lagen[lane] != a.bestuurslaag)
            ++lane;
        const Position& p = res.positions.at(a.id);
        EXPECT_GE(p.y, res.rows[lane].lo) << a.id;
        EXPECT_LE(p.y, res.rows[lane].hi) << a.id;
    }
    std::vector<Vec2> pos;
    std::vector<Box> boxes;
    for (const auto& a : s.actors) {
        pos.push_back({res.positions.at(a.id).x, res.positions.at(a.id).y});
        boxes.push_back(default_label_box(a));
    }
    EXPECT_EQ(rectangle_overlaps(pos, boxes), 0);
}

TEST(Governance, PowerInterestGridOrdersByPowerAndInterest) {
    using P = PowerLevel;
    Scenario s;
    s.actors.push_back(powered("weak-low", P::None, P::None, Interest::Low));
    s.actors.push_back(powered("strong-high", P::Unique, P::Unique, Interest::High));
    s.actors.push_back(powered("mid-mid", P::Replaceable, P::Diffuse, Interest::Medium));
    s.actors.push_back(actor("unknown"));
    LayoutRequest r;
    r.engine = LayoutEngine::PowerInterest;
    auto res = run_layout(s, r);
    ASSERT_TRUE(res.ok) << res.error;
    auto& p = res.positions;
    EXPECT_LT(p["weak-low"].x, p["mid-mid"].x);
    EXPECT_LT(p["mid-mid"].x, p["strong-high"].x);
    EXPECT_LT(p["strong-high"].y, p["mid-mid"].y);  // high interest on top
    EXPECT_LT(p["mid-mid"].y, p["weak-low"].y);
    EXPECT_LT(p["unknown"].x, p["weak-low"].x);  // the unknown column comes first
    EXPECT_GT(p["unknown"].y, p["weak-low"].y);  // and the unknown row last
    EXPECT_EQ(res.columns.front().key, "unknown");
    EXPECT_EQ(res.rows.front().key, "interest-high");
    for (const auto& [id, q] : p) {
        bool in_col = false;
        for (const auto& c : res.columns)
            in_col |= q.x >= c.lo && q.x <= c.hi;
        EXPECT_TRUE(in_col) << id;
    }
}

TEST(Governance, GroupMembersSitTogetherInACell) {
    Scenario s;
    for (int i = 0; i < 9; ++i) {
        Actor a =
            powered("g" + std::to_string(i), PowerLevel::Diffuse, PowerLevel::None, Interest::High);
        a.group = i % 2 ? "b" : "a";
        s.actors.push_back(a);
    }
    auto res = power_interest_layout(s, LayoutRequest{});
    // Sorted by group: all of group "a" come before all of group "b" in reading order.
    auto reading = [&](const std::string& id) {
        const Position& q = res.positions.at(id);
        return q.y * 1e6 + q.x;
    };
    double last_a = -1e300, first_b = 1e300;
    for (const auto& a : s.actors)
        (a.group == "a" ? last_a : first_b) =
            a.group == "a" ? std::max(last_a, reading(a.id)) : std::min(first_b, reading(a.id));
    EXPECT_LT(last_a, first_b);
}

class SampleCases : public ::testing::TestWithParam<std::string> {};

TEST_P(SampleCases, EveryEngineFamilyWorksWithoutOverlaps) {
    auto path =
        std::filesystem::path(RK_SOURCE_DIR) / "assets" / "cases" / (GetParam() + ".regie.json");
    auto loaded = load_case_file(path);
    ASSERT_TRUE(loaded.value) << loaded.diagnostics.to_string();
    for (const Scenario& s : loaded.value->scenarios) {
        for (LayoutEngine e :
             {LayoutEngine::Swimlanes, LayoutEngine::PowerInterest, LayoutEngine::ForceAtlas2,
              LayoutEngine::Stress, LayoutEngine::Dot, LayoutEngine::Sfdp}) {
            LayoutRequest r;
            r.engine = e;
            auto res = run_layout(s, r);
            ASSERT_TRUE(res.ok) << engine_name(e) << ": " << res.error;
            EXPECT_EQ(res.positions.size(), s.actors.size());
            EXPECT_TRUE(all_finite(res.positions));
            std::vector<Vec2> pos;
            std::vector<Box> boxes;
            for (const auto& a : s.actors) {
                pos.push_back({res.positions.at(a.id).x, res.positions.at(a.id).y});
                boxes.push_back(default_label_box(a));
            }
            EXPECT_EQ(rectangle_overlaps(pos, boxes), 0) << GetParam() << " " << engine_name(e);
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Layout, SampleCases,
                         ::testing::Values("woondeal-holland-rijnland", "vth-stelsel",
                                           "npvi-cluster-zeeland", "city-deal-openbare-ruimte",
                                           "jeugdzorg-keten"),
                         [](const auto& info) {
                             std::string n = info.param;
                             for (char& c : n)
                                 if (c == '-')
                                     c = '_';
                             return n;
                         });

}  // namespace
}  // namespace rk::layout

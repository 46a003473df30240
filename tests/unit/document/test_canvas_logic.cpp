// Camera maths, the picking grid and attribute styling: the canvas logic without a window.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "doc/camera.hpp"
#include "doc/spatial_grid.hpp"
#include "doc/style.hpp"

namespace rk::doc {
namespace {

TEST(Camera, RoundTripAndZoomKeepsPointUnderCursor) {
    Camera cam;
    cam.center_x = 100;
    cam.center_y = -50;
    cam.zoom = 2;
    const Vec2d cmin{10, 20}, csize{800, 600};
    const Vec2d w{130, -10};
    const Vec2d s = cam.to_screen(w, cmin, csize);
    EXPECT_DOUBLE_EQ(s.x, 10 + 400 + 60);
    EXPECT_DOUBLE_EQ(s.y, 20 + 300 + 80);
    const Vec2d back = cam.to_world(s, cmin, csize);
    EXPECT_NEAR(back.x, w.x, 1e-9);
    EXPECT_NEAR(back.y, w.y, 1e-9);
    cam.zoom_at(s, 1.7, cmin, csize);
    EXPECT_DOUBLE_EQ(cam.zoom, 3.4);
    const Vec2d again = cam.to_screen(w, cmin, csize);
    EXPECT_NEAR(again.x, s.x, 1e-9);
    EXPECT_NEAR(again.y, s.y, 1e-9);
}

TEST(Camera, FitShowsEverything) {
    Camera cam;
    Bounds b;
    b.add(-100, 0);
    b.add(300, 50);
    b.add(0, 200);
    const Vec2d csize{800, 600};
    cam.fit(b, csize, 40);
    for (Vec2d p : {Vec2d{-100, 0}, Vec2d{300, 50}, Vec2d{0, 200}}) {
        const Vec2d s = cam.to_screen(p, {0, 0}, csize);
        EXPECT_GE(s.x, 39.999);
        EXPECT_LE(s.x, 760.001);
        EXPECT_GE(s.y, 39.999);
        EXPECT_LE(s.y, 560.001);
    }
    EXPECT_DOUBLE_EQ(cam.zoom, 720.0 / 400.0);
    Bounds one;
    one.add(5, 5);
    cam.fit(one, csize);
    EXPECT_DOUBLE_EQ(cam.zoom, 1.0);
    EXPECT_DOUBLE_EQ(cam.center_x, 5.0);
}

TEST(SpatialGrid, PicksNearestWithinRadius) {
    SpatialGrid g;
    g.build({{0, 0}, {10, 0}, {100, 100}}, {3, 3, 3});
    EXPECT_EQ(g.pick({1, 1}, 1, 0), 0);
    EXPECT_EQ(g.pick({8, 0}, 1, 0), 1);
    EXPECT_EQ(g.pick({5, 0}, 1, 0), -1);   // between the discs
    EXPECT_EQ(g.pick({5, 0}, 1, 2.5), 1);  // slack reaches both; equal distance: drawn last
    EXPECT_EQ(g.pick({50, 50}, 1, 0), -1);
    EXPECT_EQ(g.pick({100, 102}, 1, 0), 2);
}

TEST(SpatialGrid, MatchesBruteForceOnRandomPoints) {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> u(-1000, 1000);
    std::vector<Vec2d> pts(5000);
    for (auto& p : pts)
        p = {u(rng), u(rng)};
    std::vector<float> rad(pts.size(), 4.f);
    SpatialGrid g;
    g.build(pts, rad);
    for (int q = 0; q < 300; ++q) {
        const Vec2d p{u(rng), u(rng)};
        int best = -1;
        double bd = 1e300;
        for (std::size_t i = 0; i < pts.size(); ++i) {
            const double d = std::hypot(pts[i].x - p.x, pts[i].y - p.y);
            if (d <= 4 + 10 && (d < bd || (d == bd && int(i) > best))) {
                best = int(i);
                bd = d;
            }
        }
        EXPECT_EQ(g.pick(p, 1, 10), best);
    }
    const auto box = g.in_box({-100, 300}, {250, -20});
    std::vector<int> brute;
    for (std::size_t i = 0; i < pts.size(); ++i) {
        if (pts[i].x >= -100 && pts[i].x <= 250 && pts[i].y >= -20 && pts[i].y <= 300) {
            brute.push_back(int(i));
        }
    }
    EXPECT_EQ(box, brute);
    EXPECT_FALSE(box.empty());
}

TEST(SpatialGrid, EmptyAndCoincidentPoints) {
    SpatialGrid g;
    g.build({}, {});
    EXPECT_EQ(g.pick({0, 0}, 1, 10), -1);
    EXPECT_TRUE(g.in_box({-1, -1}, {1, 1}).empty());
    g.build({{3, 3}, {3, 3}}, {1, 1});
    EXPECT_EQ(g.pick({3, 3}, 1, 0), 1);
    EXPECT_EQ(g.in_box({0, 0}, {5, 5}).size(), 2u);
}

Scenario styled_scenario() {
    Scenario s;
    auto add = [&](std::string id, Bestuurslaag b, std::string sector, std::vector<Role> roles) {
        Actor a;
        a.id = id;
        a.name = id;
        a.bestuurslaag = b;
        a.sector = std::move(sector);
        a.roles = std::move(roles);
        s.actors.push_back(a);
    };
    add("bzk", Bestuurslaag::Rijk, "wonen", {Role::Regisseur, Role::Financier});
    add("zh", Bestuurslaag::Provincie, "ruimte", {Role::CoordinerendRegisseur});
    add("leiden", Bestuurslaag::Gemeente, "wonen", {Role::Uitvoerder});
    add("x", Bestuurslaag::Unknown, "", {});
    add("katwijk", Bestuurslaag::Gemeente, "wonen", {Role::Toezichthouder});
    return s;
}

TEST(Style, LegendMatchesEveryActorAndUnknownIsLast) {
    const Scenario s = styled_scenario();
    const Coloring c = color_actors(s, ColorBy::Bestuurslaag, Language::Dutch);
    ASSERT_EQ(c.category.size(), s.actors.size());
    ASSERT_EQ(c.legend.size(), 4u);  // Rijk, provincie, gemeente, onbekend
    EXPECT_EQ(c.legend[0].label, "Rijk");
    EXPECT_EQ(c.legend[2].label, "gemeente");
    EXPECT_EQ(c.legend[2].count, 2);
    EXPECT_EQ(c.legend.back().label, "onbekend");
    EXPECT_EQ(c.category[3], 3);
    int total = 0;
    for (const auto& e : c.legend)
        total += e.count;
    EXPECT_EQ(total, 5);
    EXPECT_EQ(c.category[2], c.category[4]);
    EXPECT_NE(c.legend[0].color, c.legend[1].color);
}

TEST(Style, FreeTextAndEnglishAndCommunities) {
    const Scenario s = styled_scenario();
    const Coloring sec = color_actors(s, ColorBy::Sector, Language::English);
    ASSERT_EQ(sec.legend.size(), 3u);  // ruimte, wonen, unknown
    EXPECT_EQ(sec.legend[0].label, "ruimte");
    EXPECT_EQ(sec.legend[1].label, "wonen");
    EXPECT_EQ(sec.legend[2].label, "unknown");
    const Coloring none = color_actors(s, ColorBy::Community, Language::English);
    ASSERT_EQ(none.legend.size(), 1u);
    EXPECT_EQ(none.legend[0].label, "not computed yet");
    const Coloring com = color_actors(s, ColorBy::Community, Language::Dutch, {0, 1, 0, 1, 1});
    ASSERT_EQ(com.legend.size(), 2u);
    EXPECT_EQ(com.legend[1].count, 3);
    EXPECT_EQ(com.legend[0].label, "gemeenschap 1");
}

TEST(Style, RoleBadgesAndTokens) {
    const Scenario s = styled_scenario();
    EXPECT_EQ(role_badge(s.actors[0]).shape, Shape::Diamond);
    EXPECT_STREQ(role_badge(s.actors[0]).letter, "R");
    EXPECT_STREQ(role_badge(s.actors[1]).letter, "CR");
    EXPECT_EQ(role_badge(s.actors[2]).shape, Shape::Circle);
    EXPECT_EQ(role_badge(s.actors[4]).shape, Shape::Square);
    for (ColorBy c : kColorByAll)
        EXPECT_EQ(color_by_from_token(color_by_token(c)), c);
    EXPECT_EQ(color_by_from_token(""), ColorBy::Bestuurslaag);
    EXPECT_NE(regie_kind_color(RegieKind::Rijksregie), regie_kind_color(RegieKind::Coordinerend));
}

}  // namespace
}  // namespace rk::doc

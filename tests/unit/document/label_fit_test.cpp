// Fitting with labels (doc/label_fit.hpp): the expected zooms are worked out by hand.
#include "doc/label_fit.hpp"

#include <gtest/gtest.h>

namespace rk::doc {
namespace {

TEST(LabelFit, PointsWithoutLabelsFillTheRange) {
    // x from 0 to 100 into 0..200 pixels: zoom 2, world 0 at pixel 0.
    const auto f = fit_axis({0, 50, 100}, {0, 0, 0}, 0, 200, 50);
    ASSERT_TRUE(f);
    EXPECT_NEAR(f->zoom, 2.0, 1e-9);
    EXPECT_NEAR(f->offset, 0.0, 1e-6);
}

TEST(LabelFit, ALongLabelAtOneEdgeTakesOnlyItsOwnRoom) {
    // Half-widths 40 at x=0 and 10 at x=100 into 0..200: (100 z + 10) - (0 - 40) = 200 gives
    // z = 1.5; the drawing runs from -40 to 160 and is shifted to 0..200, so offset 40.
    const auto f = fit_axis({0, 100}, {40, 10}, 0, 200, 50);
    ASSERT_TRUE(f);
    EXPECT_NEAR(f->zoom, 1.5, 1e-6);
    EXPECT_NEAR(f->offset, 40, 1e-4);
    // A margin of the widest label on both sides would have given (200 - 80) / 100 = 1.2.
}

TEST(LabelFit, AnInnerLabelDoesNotShrinkTheFit) {
    // The middle label (half 45) still fits once the outer ones do: zoom as without it.
    const auto with = fit_axis({0, 50, 100}, {5, 45, 5}, 0, 210, 50);
    const auto without = fit_axis({0, 100}, {5, 5}, 0, 210, 50);
    ASSERT_TRUE(with && without);
    EXPECT_NEAR(with->zoom, without->zoom, 1e-6);
    EXPECT_NEAR(with->zoom, 2.0, 1e-6);
}

TEST(LabelFit, LabelsWiderThanTheViewCannotFitAndOnePointIsCentred) {
    EXPECT_FALSE(fit_axis({0, 10}, {150, 10}, 0, 200, 50));
    EXPECT_FALSE(fit_axis({}, {}, 0, 200, 50));
    const auto one = fit_axis({7}, {20}, 0, 200, 3);
    ASSERT_TRUE(one);
    EXPECT_NEAR(one->zoom, 3, 1e-9);                      // a single node: the zoom cap
    EXPECT_NEAR(7 * one->zoom + one->offset, 100, 1e-9);  // in the middle
}

}  // namespace
}  // namespace rk::doc

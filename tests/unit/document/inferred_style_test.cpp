// Issue 20: a relation that is a modelling choice is drawn faded and dashed, in its own
// layer's colour, so the picture still says which layer it is.
#include <gtest/gtest.h>

#include "doc/style.hpp"

namespace rk::doc {
namespace {

TEST(InferredStyle, FadesTheAlphaAndDashesButKeepsColourAndWidth) {
    const EdgeStyle base{rgba(10, 20, 30, 200), 2.5f, false};
    const EdgeStyle inferred = inferred_style(base);
    EXPECT_TRUE(inferred.dashed);
    EXPECT_EQ(inferred.width, base.width);
    EXPECT_EQ(inferred.color & 0x00FFFFFFu, base.color & 0x00FFFFFFu);  // same red, green, blue
    EXPECT_EQ(inferred.color >> 24, 200u * 45u / 100u);                 // 45 % of the opacity
}

TEST(InferredStyle, EveryLayerStaysDistinguishableWhenInferred) {
    for (int l = 0; l < kLayerCount; ++l) {
        const EdgeStyle st = layer_style(static_cast<Layer>(l), false);
        const EdgeStyle inferred = inferred_style(st);
        EXPECT_GT(inferred.color >> 24, 0u) << "layer " << l << " would vanish";
        EXPECT_LT(inferred.color >> 24, st.color >> 24) << "layer " << l << " is not faded";
    }
}

}  // namespace
}  // namespace rk::doc

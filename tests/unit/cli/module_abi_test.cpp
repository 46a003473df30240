// The modules' ABI numbers mix in the layout of the types that cross the boundary
// (modules/module_loader.hpp), so that a module built from other sources is refused.
#include <gtest/gtest.h>

#include "modules/module_loader.hpp"

namespace rk::modules {
namespace {

struct OneField {
    int a;
};
struct TwoFields {
    int a;
    int b;
};
struct Wider {
    double a;
};

TEST(ModuleAbi, LayoutFingerprintChangesWithSizeAlignmentAndOrder) {
    EXPECT_NE(layout_fingerprint<OneField>(), layout_fingerprint<TwoFields>());  // size 4 vs 8
    // TwoFields and Wider are both 8 bytes; the alignment (4 vs 8) tells them apart.
    EXPECT_NE(layout_fingerprint<TwoFields>(), layout_fingerprint<Wider>());
    constexpr auto one_then_two = layout_fingerprint<OneField, TwoFields>();
    constexpr auto two_then_one = layout_fingerprint<TwoFields, OneField>();
    EXPECT_NE(one_then_two, two_then_one);
    // A compile-time constant, the same in the executable and the module.
    static_assert(layout_fingerprint<OneField, Wider>() == layout_fingerprint<OneField, Wider>());
}

}  // namespace
}  // namespace rk::modules

// The mark of an actor's main role: the canvas and the exported diagrams both draw it.
#include <gtest/gtest.h>

#include <string>

#include "model/role_mark.hpp"

namespace rk {
namespace {

Actor with_roles(std::vector<Role> roles) {
    Actor a;
    a.id = "a";
    a.roles = std::move(roles);
    return a;
}

TEST(RoleMark, SteeringRolesGetTheirShapeAndBadge) {
    EXPECT_EQ(role_mark(with_roles({Role::Regisseur})).shape, MarkShape::Diamond);
    EXPECT_STREQ(role_mark(with_roles({Role::CoordinerendRegisseur})).letter, "CR");
    EXPECT_EQ(role_mark(with_roles({Role::Dealmaker})).shape, MarkShape::Diamond);
    EXPECT_EQ(role_mark(with_roles({Role::Toezichthouder})).shape, MarkShape::Square);
    EXPECT_EQ(role_mark(with_roles({Role::Financier})).shape, MarkShape::Triangle);
    EXPECT_STREQ(role_mark(with_roles({Role::Financier})).letter, "F");
}

TEST(RoleMark, TheMostTellingRoleWinsWhateverTheOrderInTheCase) {
    // A toezichthouder that also directs is drawn as a regisseur.
    const RoleMark m =
        role_mark(with_roles({Role::Toezichthouder, Role::Partner, Role::Regisseur}));
    EXPECT_EQ(m.shape, MarkShape::Diamond);
    EXPECT_STREQ(m.letter, "R");
    // A steering role outranks an executing one listed first.
    EXPECT_EQ(main_role(with_roles({Role::Uitvoerder, Role::Financier})), Role::Financier);
}

TEST(RoleMark, OtherRolesAndNoRoleArePlainCircles) {
    const RoleMark m = role_mark(with_roles({Role::Uitvoerder, Role::Adviseur}));
    EXPECT_EQ(m.shape, MarkShape::Circle);
    EXPECT_STREQ(m.letter, "");
    EXPECT_FALSE(main_role(with_roles({})).has_value());
    EXPECT_EQ(main_role(with_roles({Role::Adviseur, Role::Opdrachtnemer})), Role::Opdrachtnemer);
    EXPECT_EQ(mark_shape_name(role_mark(with_roles({})).shape), "circle");
    EXPECT_EQ(mark_shape_name(MarkShape::Triangle), "triangle");
}

}  // namespace
}  // namespace rk

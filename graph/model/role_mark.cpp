#include "model/role_mark.hpp"

#include <algorithm>

namespace rk {

std::optional<Role> main_role(const Actor& actor) {
    static constexpr Role kOrder[] = {Role::Regisseur,     Role::CoordinerendRegisseur,
                                      Role::Dealmaker,     Role::Toezichthouder,
                                      Role::Financier,     Role::Opdrachtgever,
                                      Role::Facilitator,   Role::Uitvoerder,
                                      Role::Opdrachtnemer, Role::Adviseur,
                                      Role::Partner};
    for (Role r : kOrder) {
        if (std::find(actor.roles.begin(), actor.roles.end(), r) != actor.roles.end())
            return r;
    }
    return std::nullopt;
}

RoleMark role_mark(const Actor& actor) {
    const std::optional<Role> r = main_role(actor);
    if (!r)
        return {};
    switch (*r) {
        case Role::Regisseur:
            return {MarkShape::Diamond, "R"};
        case Role::CoordinerendRegisseur:
            return {MarkShape::Diamond, "CR"};
        case Role::Dealmaker:
            return {MarkShape::Diamond, "D"};
        case Role::Toezichthouder:
            return {MarkShape::Square, "T"};
        case Role::Financier:
            return {MarkShape::Triangle, "F"};
        default:
            return {};
    }
}

std::string_view mark_shape_name(MarkShape shape) {
    switch (shape) {
        case MarkShape::Diamond:
            return "diamond";
        case MarkShape::Square:
            return "square";
        case MarkShape::Triangle:
            return "triangle";
        case MarkShape::Circle:
            break;
    }
    return "circle";
}

}  // namespace rk

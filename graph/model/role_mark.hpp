// The role that best tells an actor's steering position, and the mark drawn for it. One
// rule for the canvas and the exported diagrams, so that an export looks like the screen.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "model/case.hpp"

namespace rk {

// The actor's first role in order of steering importance: regisseur, coördinerend
// regisseur, dealmaker, toezichthouder, financier, opdrachtgever, facilitator, uitvoerder,
// opdrachtnemer, adviseur, partner. None without roles.
std::optional<Role> main_role(const Actor& actor);

enum class MarkShape : std::uint8_t { Circle = 0, Diamond = 1, Square = 2, Triangle = 3 };

struct RoleMark {
    MarkShape shape = MarkShape::Circle;
    const char* letter = "";  // badge text: "R", "CR", "D", "T", "F"; empty for a plain circle
};

// Diamond for regisseur, coördinerend regisseur and dealmaker, square for toezichthouder,
// triangle for financier, a plain circle for every other main role.
RoleMark role_mark(const Actor& actor);

// "circle", "diamond", "square" or "triangle".
std::string_view mark_shape_name(MarkShape shape);

}  // namespace rk

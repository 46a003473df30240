// The display-name rule and the attribute reader (actor_text.hpp).
#include "model/actor_text.hpp"

#include <sstream>
#include <type_traits>
#include <variant>

namespace rk {
namespace {

bool blank(std::string_view s) {
    return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// An enum field as text: its token (language nullptr) or its label; empty when Unknown.
template <class Enum>
std::string enum_text(Enum value, const Language* language) {
    if (value == Enum::Unknown)
        return {};
    return std::string(language ? label(value, *language) : token(value));
}

std::string stored_attribute(const Actor& actor, std::string_view attribute) {
    auto it = actor.attributes.find(std::string(attribute));
    if (it == actor.attributes.end())
        return {};
    return std::visit(
        [](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::string>) {
                return v;
            } else if constexpr (std::is_same_v<T, bool>) {
                return v ? "true" : "false";
            } else {
                std::ostringstream s;
                s << v;
                return s.str();
            }
        },
        it->second);
}

// One switch over the attribute names for both readers, so the token and the label of an
// attribute can never come from different fields.
std::string attribute_text(const Actor& a, std::string_view attribute, const Language* language) {
    if (attribute == "sector")
        return a.sector;
    if (attribute == "koker")
        return a.koker;
    if (attribute == "group")
        return a.group;
    if (attribute == "parent")
        return a.parent;
    if (attribute == "bestuurslaag")
        return enum_text(a.bestuurslaag, language);
    if (attribute == "type")
        return enum_text(a.type, language);
    if (attribute == "stance")
        return enum_text(a.stance, language);
    if (attribute == "ladder_step")
        return enum_text(a.ladder_step, language);
    return stored_attribute(a, attribute);
}

}  // namespace

std::string_view display_name(const Actor& actor) {
    for (const std::string* text : {&actor.short_name, &actor.name})
        if (!blank(*text))
            return *text;
    return actor.id;
}

std::string actor_attribute(const Actor& actor, std::string_view attribute) {
    return attribute_text(actor, attribute, nullptr);
}

std::string actor_attribute_label(const Actor& actor, std::string_view attribute,
                                  Language language) {
    return attribute_text(actor, attribute, &language);
}

}  // namespace rk

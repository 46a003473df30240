// The two ways the engine reads an actor as text: the one display-name rule and the one
// "actor attribute by name" reader. Every engine module (analytics partitions, layout label
// boxes, diagrams, comparison) and the application call these instead of writing their own
// fallbacks, so a name or a colour group cannot differ between the screen and a file.
#pragma once

#include <string>
#include <string_view>

#include "model/case.hpp"
#include "model/enums.hpp"

namespace rk {

// The display-name rule: the first of short_name, name and id that is not blank (blank =
// empty or only spaces, tabs and line breaks), returned as stored. A short name wins because
// a map has little room and the case author chose it for the map; the id is the last resort
// so that no node is ever drawn without text. O(length of the three strings). Never fails;
// an actor whose three fields are all blank gets its id as it is (possibly empty).
std::string_view display_name(const Actor& actor);

// The value of an actor attribute by name, as a stable token for grouping and partitioning:
// "sector", "koker", "group", "parent" (the strings as stored), "bestuurslaag", "type",
// "stance", "ladder_step" (the file token, e.g. "rijk"), or a key of Actor::attributes
// (strings as stored, booleans "true"/"false", numbers as std::ostream prints them with its
// default 6 significant digits, e.g. "0.5", "3"). Empty when the actor has no value
// (an enum field that is Unknown, an empty string, a missing key). O(log attributes).
// Never fails: an unknown attribute name reads as a missing key, so empty.
std::string actor_attribute(const Actor& actor, std::string_view attribute);

// The same value for people: enum attributes as their label in `language` (e.g.
// "Rijksoverheid" / "National government"), every other attribute as actor_attribute().
// For legends and colour keys. Same cost; never fails.
std::string actor_attribute_label(const Actor& actor, std::string_view attribute,
                                  Language language);

}  // namespace rk

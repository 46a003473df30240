// Enum values as people type them in a table: the file token or the Dutch or English label
// the application shows (graph/model/enums.cpp holds the one table of each), in any letter
// case, with surrounding spaces ignored.
#pragma once

#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "model/enums.hpp"
#include "model/text.hpp"

namespace rk::io::detail {

inline std::string fold_case(std::string_view s) {
    // ASCII letters only: labels differ in those, not in diacritics.
    return text::ascii_lower(text::trim(s, " \t"));
}

// O(values of the enum). nullopt when the text names no value.
template <typename Enum>
std::optional<Enum> enum_from_text(std::string_view text) {
    const std::string t = fold_case(text);
    for (const auto& e : entries<Enum>())
        if (fold_case(e.token) == t || fold_case(e.dutch) == t || fold_case(e.english) == t)
            return e.value;
    return std::nullopt;
}

}  // namespace rk::io::detail

// Enum values as people type them in a table: the file token or the Dutch or English label
// the application shows (graph/model/enums.cpp holds the one table of each), in any letter
// case, with surrounding spaces ignored.
#pragma once

#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "model/enums.hpp"

namespace rk::io::detail {

inline std::string fold_case(std::string_view s) {
    auto b = s.find_first_not_of(" \t");
    auto e = s.find_last_not_of(" \t");
    std::string out(b == std::string_view::npos ? std::string_view() : s.substr(b, e - b + 1));
    for (auto& ch : out)  // ASCII letters only: labels differ in those, not in diacritics
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
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

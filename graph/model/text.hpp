// Small text helpers that the engine and the application both need: ASCII lower case,
// joining a list, trimming white space. One copy here instead of one per file.
//
// Why hand-written: each is a few lines; Boost.Algorithm's string helpers would do, but
// they are locale-dependent (std::tolower with the global locale per character) where
// every caller here wants the same ASCII-only result in every locale, and they add a heavy
// include to files that need three loops.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rk::text {

// "GraphML" -> "graphml". Only the ASCII letters A-Z change; every other byte (UTF-8
// sequences of Dutch letters with diacritics included) is kept, in any locale. O(n).
inline std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& ch : out)
        if (ch >= 'A' && ch <= 'Z')
            ch = static_cast<char>(ch - 'A' + 'a');
    return out;
}

// {"a", "b", "c"} with ", " -> "a, b, c"; an empty list gives "". O(total length).
inline std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += separator;
        out += items[i];
    }
    return out;
}

// " \tword \r\n" -> "word": drops the characters in `chars` at both ends (by default the
// white space XML, CSV and hand-typed cells carry around a value). O(n); no copy.
inline std::string_view trim(std::string_view s, std::string_view chars = " \t\r\n") {
    const auto first = s.find_first_not_of(chars);
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(chars);
    return s.substr(first, last - first + 1);
}

}  // namespace rk::text

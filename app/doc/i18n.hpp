// Two-language text for the UI: Dutch first (the users' language), English beside it.
// Strings that travel through the document (history descriptions) hold both halves joined
// by a unit separator, and the view picks one when it draws.
#pragma once

#include <string>
#include <string_view>

#include "model/enums.hpp"

namespace rk::doc {

inline constexpr char kLanguageSeparator = '\x1f';

inline std::string bilingual(std::string_view nl, std::string_view en) {
    std::string s(nl);
    s += kLanguageSeparator;
    s += en;
    return s;
}

// The half of a bilingual string for `lang`; a plain string is returned whole.
inline std::string_view pick(std::string_view s, Language lang) {
    auto sep = s.find(kLanguageSeparator);
    if (sep == std::string_view::npos)
        return s;
    return lang == Language::Dutch ? s.substr(0, sep) : s.substr(sep + 1);
}

inline const char* tr(Language lang, const char* nl, const char* en) {
    return lang == Language::Dutch ? nl : en;
}

}  // namespace rk::doc

// Text of the comparison window shared by its drawings, tables and lineage editor, so that
// a number is written the same way on screen and in the test hook's table file.
#pragma once

#include <cmath>
#include <cstdio>
#include <string>

#include "model/case.hpp"

namespace rk::gui {

inline std::string actor_text(const Actor& a) {
    return !a.short_name.empty() ? a.short_name : !a.name.empty() ? a.name : a.id;
}

// Three significant digits; undefined is "n.v.t." / "n/a", never 0.
inline std::string number_text(double v, Language lang) {
    if (std::isnan(v))
        return lang == Language::Dutch ? "n.v.t." : "n/a";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
}

}  // namespace rk::gui

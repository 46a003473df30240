// Cell references, Excel serial dates and number formats: what both workbook readers need.
#include <cctype>
#include <cmath>
#include <cstdio>

#include "io/workbook_cells.hpp"

namespace rk::io::detail {

std::string cell_reference(int row, int col) {
    std::string letters;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row + 1);
}

namespace {

// Days since 1970-01-01 -> civil date (Howard Hinnant's algorithm, proleptic Gregorian).
void civil_from_days(long z, int& y, int& m, int& d) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

}  // namespace

std::optional<std::string> serial_to_iso(double serial, bool date1904) {
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465.99999)
        return std::nullopt;
    // Round to whole seconds first, so 0.9999999 of a day does not print as 23:59:60.
    const double seconds_total = std::round(serial * 86400.0);
    long days = static_cast<long>(std::floor(seconds_total / 86400.0));
    long seconds = static_cast<long>(seconds_total - static_cast<double>(days) * 86400.0);
    // 1900 system: day 1 is 1900-01-01 and day 60 the false 1900-02-29 (Lotus's leap-year
    // bug), so from day 61 on the epoch is 1899-12-30. 1904 system: day 0 is 1904-01-01.
    long epoch_days;  // days from 1970-01-01 to the serial's day 0
    if (date1904)
        epoch_days = -24107;  // 1904-01-01
    else
        epoch_days = days >= 61 ? -25569 : -25568;  // 1899-12-30 or 1899-12-31
    if (!date1904 && days == 60)
        return std::string("1900-02-29");  // what Excel shows; the date does not exist
    int y, m, d;
    civil_from_days(days + epoch_days, y, m, d);
    if (y < 1900 || y > 9999)
        return std::nullopt;
    char buf[64];
    if (seconds == 0) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    } else {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02ld:%02ld:%02ld", y, m, d, seconds / 3600,
                      seconds / 60 % 60, seconds % 60);
    }
    return std::string(buf);
}

bool is_date_format(int builtin_id, std::string_view code) {
    // ECMA-376 part 1, 18.8.30: built-in date and time formats (27-36 and 50-58 are the
    // East Asian ones).
    if ((builtin_id >= 14 && builtin_id <= 22) || (builtin_id >= 27 && builtin_id <= 36) ||
        (builtin_id >= 45 && builtin_id <= 47) || (builtin_id >= 50 && builtin_id <= 58))
        return true;
    if (code.empty())
        return false;
    // A custom code shows a date when a date or time letter occurs outside quoted text,
    // escapes and [...] sections (colours, locales such as [$-413]); elapsed [h] counts.
    bool quoted = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        char ch = code[i];
        if (quoted) {
            quoted = ch != '"';
            continue;
        }
        if (ch == '"') {
            quoted = true;
        } else if (ch == '\\' || ch == '_' || ch == '*') {
            ++i;  // the next character is literal (or padding)
        } else if (ch == '[') {
            std::size_t close = code.find(']', i);
            if (close == std::string_view::npos)
                return false;
            std::string_view inside = code.substr(i + 1, close - i - 1);
            if (inside == "h" || inside == "hh" || inside == "m" || inside == "mm" ||
                inside == "s" || inside == "ss")
                return true;
            i = close;
        } else {
            char l = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            if (l == 'd' || l == 'm' || l == 'y' || l == 'h' || l == 's')
                return true;
        }
    }
    return false;
}

}  // namespace rk::io::detail

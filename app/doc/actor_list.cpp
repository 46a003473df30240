#include "doc/actor_list.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "doc/i18n.hpp"

namespace rk::doc {

namespace {

enum class Column { Name, ShortName, Type, Bestuurslaag, Ignored };

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
        return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : char(c);
    });
    return out;
}

// Spaces, carriage returns and the quotes a spreadsheet puts around a cell.
std::string_view trim_cell(std::string_view s) {
    auto blank = [](char c) { return c == ' ' || c == '\r' || c == '\n' || c == '\v'; };
    while (!s.empty() && blank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && blank(s.back()))
        s.remove_suffix(1);
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"')
        s = s.substr(1, s.size() - 2);
    return s;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == sep) {
            out.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

std::optional<Column> header_column(std::string_view cell) {
    const std::string w = lower_ascii(trim_cell(cell));
    static const std::array<std::pair<const char*, Column>, 19> words = {{
        {"naam", Column::Name},
        {"name", Column::Name},
        {"actor", Column::Name},
        {"organisatie", Column::Name},
        {"organisation", Column::Name},
        {"organization", Column::Name},
        {"korte naam", Column::ShortName},
        {"afkorting", Column::ShortName},
        {"short name", Column::ShortName},
        {"short", Column::ShortName},
        {"abbreviation", Column::ShortName},
        {"type", Column::Type},
        {"soort", Column::Type},
        {"actortype", Column::Type},
        {"actor type", Column::Type},
        {"bestuurslaag", Column::Bestuurslaag},
        {"level", Column::Bestuurslaag},
        {"tier", Column::Bestuurslaag},
        {"government level", Column::Bestuurslaag},
    }};
    for (const auto& [word, col] : words) {
        if (w == word)
            return col;
    }
    return std::nullopt;
}

// A first line is a header when every non-empty cell is a header word.
std::optional<std::vector<Column>> read_header(const std::vector<std::string_view>& cells) {
    std::vector<Column> cols;
    bool any = false;
    for (auto c : cells) {
        if (trim_cell(c).empty()) {
            cols.push_back(Column::Ignored);
            continue;
        }
        auto col = header_column(c);
        if (!col)
            return std::nullopt;
        cols.push_back(*col);
        any = true;
    }
    if (!any)
        return std::nullopt;
    return cols;
}

template <typename E>
std::optional<E> enum_from_cell(std::string_view cell) {
    const std::string w = lower_ascii(cell);
    for (const auto& e : entries<E>()) {
        if (w == lower_ascii(e.token) || w == lower_ascii(e.dutch) || w == lower_ascii(e.english)) {
            return e.value;
        }
    }
    return std::nullopt;
}

std::string where(std::size_t line, std::size_t column) {
    return bilingual("regel " + std::to_string(line) + ", kolom " + std::to_string(column),
                     "line " + std::to_string(line) + ", column " + std::to_string(column));
}

template <typename E>
void read_enum(std::string_view cell, E& out, std::size_t line, std::size_t col,
               const char* what_nl, const char* what_en, std::vector<std::string>& warnings) {
    if (cell.empty())
        return;
    if (auto v = enum_from_cell<E>(cell)) {
        out = *v;
        return;
    }
    const std::string at = where(line, col);
    warnings.push_back(bilingual(std::string(pick(at, Language::Dutch)) + ": onbekend " + what_nl +
                                     " \"" + std::string(cell) + "\"",
                                 std::string(pick(at, Language::English)) + ": unknown " + what_en +
                                     " \"" + std::string(cell) + "\""));
}

}  // namespace

ActorList parse_actor_list(std::string_view text) {
    ActorList out;
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);  // a UTF-8 byte order mark
    std::vector<Column> columns = {Column::Name, Column::ShortName, Column::Type,
                                   Column::Bestuurslaag};
    bool first = true;
    std::size_t line_no = 0;
    for (std::string_view line : split(text, '\n')) {
        ++line_no;
        const std::vector<std::string_view> cells = split(line, '\t');
        const bool blank =
            std::all_of(cells.begin(), cells.end(), [](auto c) { return trim_cell(c).empty(); });
        if (blank)
            continue;
        if (first) {
            first = false;
            if (auto header = read_header(cells)) {
                columns = *header;
                out.header = true;
                continue;
            }
        }
        ListedActor a;
        for (std::size_t k = 0; k < cells.size() && k < columns.size(); ++k) {
            const std::string_view cell = trim_cell(cells[k]);
            switch (columns[k]) {
                case Column::Name:
                    a.name = cell;
                    break;
                case Column::ShortName:
                    a.short_name = cell;
                    break;
                case Column::Type:
                    read_enum(cell, a.type, line_no, k + 1, "type", "type", out.warnings);
                    break;
                case Column::Bestuurslaag:
                    read_enum(cell, a.bestuurslaag, line_no, k + 1, "bestuurslaag", "bestuurslaag",
                              out.warnings);
                    break;
                case Column::Ignored:
                    break;
            }
        }
        if (a.name.empty()) {
            const std::string at = where(line_no, 1);
            out.warnings.push_back(bilingual(
                std::string(pick(at, Language::Dutch)) + ": geen naam, regel overgeslagen",
                std::string(pick(at, Language::English)) + ": no name, line skipped"));
            continue;
        }
        out.actors.push_back(std::move(a));
    }
    return out;
}

}  // namespace rk::doc

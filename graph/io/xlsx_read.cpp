// .xlsx cells with libzip and expat (the hardened parser of xml.hpp).
//
// Why not liborcus, which reads .ods here: Debian's liborcus 0.17 silently returns empty
// sheets for workbooks whose strings are inline (`<c t="inlineStr"><is><t>..</t></is></c>`),
// which is what openpyxl, and so pandas, and many web exports write (tried: a two-sheet
// openpyxl workbook read as two empty sheets, no error). An .xlsx is a zip of a few small
// XML parts, so reading it with the zip and XML libraries already at hand is short, reads
// shared and inline strings alike, and keeps every limit of xml.hpp.
#include <zip.h>

#include <cctype>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>

#include "io/workbook_cells.hpp"
#include "io/xml.hpp"
#include "model/utf8.hpp"

namespace rk::io::detail {

std::optional<std::string> zip_part(std::string_view archive, const std::string& name,
                                    std::size_t max_bytes, std::string& error) {
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t* src = zip_source_buffer_create(archive.data(), archive.size(), 0, &zerr);
    if (!src) {
        error = zip_error_strerror(&zerr);
        zip_error_fini(&zerr);
        return std::nullopt;
    }
    zip_t* za = zip_open_from_source(src, ZIP_RDONLY, &zerr);
    if (!za) {
        zip_source_free(src);
        error = std::string("not a zip archive (") + zip_error_strerror(&zerr) + ")";
        zip_error_fini(&zerr);
        return std::nullopt;
    }
    zip_error_fini(&zerr);
    std::unique_ptr<zip_t, decltype(&zip_discard)> guard(za, &zip_discard);
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(za, name.c_str(), ZIP_FL_NOCASE, &st) != 0)
        return std::nullopt;
    if ((st.valid & ZIP_STAT_SIZE) && st.size > max_bytes) {
        error = name + " unpacks to " + std::to_string(st.size) + " bytes, over the limit of " +
                std::to_string(max_bytes);
        return std::nullopt;
    }
    zip_file_t* f = zip_fopen_index(za, st.index, 0);
    if (!f) {
        error = name + ": " + zip_strerror(za);
        return std::nullopt;
    }
    // Read with a cap even when the header states a size: a header can lie.
    std::string out;
    char buf[1 << 16];
    zip_int64_t n;
    while ((n = zip_fread(f, buf, sizeof buf)) > 0) {
        out.append(buf, static_cast<std::size_t>(n));
        if (out.size() > max_bytes) {
            zip_fclose(f);
            error = name + " unpacks to more than " + std::to_string(max_bytes) + " bytes";
            return std::nullopt;
        }
    }
    if (n < 0) {
        error = name + ": " + zip_file_strerror(f);
        zip_fclose(f);
        return std::nullopt;
    }
    zip_fclose(f);
    return out;
}

bool zip_archive_sane(std::string_view archive, std::size_t max_bytes, std::string& error) {
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t* src = zip_source_buffer_create(archive.data(), archive.size(), 0, &zerr);
    zip_t* za = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &zerr) : nullptr;
    if (!za) {
        if (src)
            zip_source_free(src);
        error = std::string("not a readable zip archive (") + zip_error_strerror(&zerr) + ")";
        zip_error_fini(&zerr);
        return false;
    }
    zip_error_fini(&zerr);
    std::unique_ptr<zip_t, decltype(&zip_discard)> guard(za, &zip_discard);
    std::uint64_t total = 0;
    const zip_int64_t n = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        if (zip_stat_index(za, static_cast<zip_uint64_t>(i), 0, &st) != 0 ||
            !(st.valid & ZIP_STAT_SIZE)) {
            error = "zip entry " + std::to_string(i) + " has no size";
            return false;
        }
        total += st.size;
        if (total > max_bytes) {
            error = "the archive unpacks to more than " + std::to_string(max_bytes) + " bytes";
            return false;
        }
    }
    return true;
}

namespace {

// Column letters and row digits of "C7" as 0-based (row, col); nullopt when malformed.
std::optional<std::pair<int, int>> parse_reference(std::string_view ref) {
    std::size_t i = 0;
    long col = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && col <= 16384)
        col = col * 26 + (ref[i++] - 'A' + 1);
    long row = 0;
    std::size_t digits = i;
    while (i < ref.size() && ref[i] >= '0' && ref[i] <= '9' && row <= 1048576)
        row = row * 10 + (ref[i++] - '0');
    if (col == 0 || col > 16384 || i == digits || i != ref.size() || row < 1 || row > 1048576)
        return std::nullopt;
    return std::make_pair(static_cast<int>(row - 1), static_cast<int>(col - 1));
}

// Text in cells escapes characters XML cannot hold as _xHHHH_ (ECMA-376 part 1, 22.9.2.19,
// ST_Xstring; libxlsxwriter writes control characters so, and "_x005F_" for a literal "_").
std::string decode_xstring(std::string_view s) {
    if (s.find("_x") == std::string_view::npos)
        return std::string(s);
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_') {
            unsigned cp = 0;
            bool hex = true;
            for (std::size_t k = i + 2; k < i + 6 && hex; ++k) {
                const char ch = s[k];
                hex = std::isxdigit(static_cast<unsigned char>(ch)) != 0;
                cp = cp * 16 + static_cast<unsigned>(std::isdigit(static_cast<unsigned char>(ch))
                                                         ? ch - '0'
                                                         : (std::tolower(ch) - 'a' + 10));
            }
            if (hex && (cp < 0xD800 || cp > 0xDFFF)) {
                append_utf8(out, cp);
                i += 6;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

std::string resolve_target(std::string_view target) {
    if (!target.empty() && target.front() == '/')
        return std::string(target.substr(1));
    return "xl/" + std::string(target);
}

struct WorkbookHandler : XmlHandler {
    std::vector<std::pair<std::string, std::string>> sheets;  // name, relationship id
    bool date1904 = false;
    void on_start(std::string_view, std::string_view name, const std::vector<XmlAttribute>& a, int,
                  int) override {
        if (name == "sheet")
            sheets.emplace_back(find_attr(a, "name"), find_attr(a, "id"));
        if (name == "workbookPr") {
            auto v = find_attr(a, "date1904");
            date1904 = v == "1" || v == "true";
        }
    }
    void on_end(std::string_view, std::string_view, std::string_view) override {}
};

struct RelsHandler : XmlHandler {
    std::map<std::string, std::string> targets;  // id -> part name
    void on_start(std::string_view, std::string_view name, const std::vector<XmlAttribute>& a, int,
                  int) override {
        if (name == "Relationship")
            targets[std::string(find_attr(a, "Id"))] = resolve_target(find_attr(a, "Target"));
    }
    void on_end(std::string_view, std::string_view, std::string_view) override {}
};

// Shared strings: <si><t>..</t></si> or rich text runs <si><r><t>..</t></r>..</si>; the
// phonetic guides (<rPh>) are not part of the text.
struct SharedStringsHandler : XmlHandler {
    std::vector<std::string> strings;
    std::string current;
    int phonetic = 0;
    void on_start(std::string_view, std::string_view name, const std::vector<XmlAttribute>&, int,
                  int) override {
        if (name == "si")
            current.clear();
        if (name == "rPh")
            ++phonetic;
    }
    void on_end(std::string_view, std::string_view name, std::string_view text) override {
        if (name == "t" && phonetic == 0)
            current += text;
        else if (name == "rPh")
            --phonetic;
        else if (name == "si")
            strings.push_back(decode_xstring(current));
    }
};

// Which cell formats (styles.xml cellXfs, by index) show dates.
struct StylesHandler : XmlHandler {
    std::map<int, std::string> custom_formats;  // numFmtId -> formatCode
    std::vector<int> xf_formats;                // cellXfs index -> numFmtId
    bool in_cell_xfs = false;
    void on_start(std::string_view, std::string_view name, const std::vector<XmlAttribute>& a, int,
                  int) override {
        if (name == "numFmt") {
            if (auto id = parse_int(find_attr(a, "numFmtId")))
                custom_formats[static_cast<int>(*id)] = std::string(find_attr(a, "formatCode"));
        } else if (name == "cellXfs") {
            in_cell_xfs = true;
        } else if (name == "xf" && in_cell_xfs) {
            auto id = parse_int(find_attr(a, "numFmtId"));
            xf_formats.push_back(id ? static_cast<int>(*id) : 0);
        }
    }
    void on_end(std::string_view, std::string_view name, std::string_view) override {
        if (name == "cellXfs")
            in_cell_xfs = false;
    }
    std::vector<bool> date_styles() const {
        std::vector<bool> out;
        for (int id : xf_formats) {
            auto it = custom_formats.find(id);
            out.push_back(is_date_format(id, it == custom_formats.end() ? "" : it->second));
        }
        return out;
    }
};

// One worksheet: <sheetData><row r="7"><c r="C7" t="s" s="3"><v>12</v></c>..</row>..
struct SheetHandler : XmlHandler {
    const std::vector<std::string>* shared = nullptr;
    const std::vector<bool>* date_styles = nullptr;
    bool date1904 = false;
    XmlParser* parser = nullptr;
    Sheet* sheet = nullptr;
    int next_row = 0, next_col = 0;
    // The open <c>:
    bool in_cell = false, has_value = false, in_inline = false;
    std::string type, value, inline_text;
    int style = 0, row = 0, col = 0, line = 0, column = 0, phonetic = 0;

    void fail(const std::string& what) { parser->stop(cell_reference(row, col) + ": " + what); }

    void on_start(std::string_view, std::string_view name, const std::vector<XmlAttribute>& a,
                  int l, int c) override {
        if (name == "row") {
            auto r = parse_int(find_attr(a, "r"));
            next_row = r && *r >= 1 && *r <= 1048576 ? static_cast<int>(*r - 1) : next_row;
            next_col = 0;
        } else if (name == "c") {
            in_cell = true;
            has_value = false;
            value.clear();
            inline_text.clear();
            type = std::string(find_attr(a, "t"));
            auto s = parse_int(find_attr(a, "s"));
            style = s && *s >= 0 ? static_cast<int>(*s) : 0;
            row = next_row;
            col = next_col;
            if (has_attr(a, "r")) {
                auto rc = parse_reference(find_attr(a, "r"));
                if (!rc) {
                    parser->stop("cell reference '" + std::string(find_attr(a, "r")) +
                                 "' is not a cell (expected e.g. C7)");
                    return;
                }
                std::tie(row, col) = *rc;
            }
            next_col = col + 1;
            line = l;
            column = c;
        } else if (name == "is" && in_cell) {
            in_inline = true;
            has_value = true;
        } else if (name == "rPh") {
            ++phonetic;  // a phonetic guide is not part of the text
        }
    }

    void on_end(std::string_view, std::string_view name, std::string_view text) override {
        if (name == "v" && in_cell) {
            value = text;
            has_value = true;
        } else if (name == "rPh") {
            --phonetic;
        } else if (name == "t" && in_inline && phonetic == 0) {
            inline_text += text;
        } else if (name == "is") {
            in_inline = false;
        } else if (name == "c") {
            in_cell = false;
            if (has_value)
                finish_cell();
        } else if (name == "row") {
            ++next_row;
        }
    }

    void finish_cell() {
        ++sheet->cells_in_file;
        SheetCell cell;
        cell.row = row;
        cell.col = col;
        if (type == "inlineStr") {
            cell.text = decode_xstring(inline_text);
        } else if (type == "s") {
            auto i = parse_int(value);
            if (!i || *i < 0 || static_cast<std::size_t>(*i) >= shared->size())
                return fail("shared string index '" + value + "' out of range (the workbook has " +
                            std::to_string(shared->size()) + " shared strings)");
            cell.text = (*shared)[static_cast<std::size_t>(*i)];
        } else if (type == "str" || type == "e") {
            cell.text = decode_xstring(value);  // a formula's text result, or its error (#N/A)
        } else if (type == "b") {
            cell.kind = SheetCell::Kind::Bool;
            cell.number = value == "1" || value == "true" ? 1 : 0;
        } else if (type == "d") {
            cell.kind = SheetCell::Kind::Date;  // ISO 8601 already
            cell.text = value;
        } else if (type.empty() || type == "n") {
            auto d = parse_double(value);
            if (!d || !std::isfinite(*d))
                return fail("number cell holds '" + value + "', not a number");
            cell.number = *d;
            cell.kind = SheetCell::Kind::Number;
            if (static_cast<std::size_t>(style) < date_styles->size() &&
                (*date_styles)[static_cast<std::size_t>(style)]) {
                if (auto iso = serial_to_iso(*d, date1904)) {
                    cell.kind = SheetCell::Kind::Date;
                    cell.text = *iso;
                }
            }
        } else {
            return fail("unknown cell type t=\"" + type + "\"");
        }
        if (cell.kind == SheetCell::Kind::Text && cell.text.empty())
            return;
        sheet->cells.push_back(std::move(cell));
    }
};

template <typename Handler>
bool parse_part(std::string_view bytes, const std::string& file, const std::string& part,
                bool required, const LoadLimits& limits, Handler& h, DiagnosticList& diags,
                XmlParser* parser_out = nullptr) {
    std::string error;
    auto text = zip_part(bytes, part, limits.max_file_bytes, error);
    if (!text) {
        if (!error.empty() || required) {
            diags.error(file, 0, 0,
                        error.empty() ? "not an .xlsx workbook: it has no " + part : error);
            return false;
        }
        return true;  // an optional part that is absent
    }
    XmlParser local;
    XmlParser& parser = parser_out ? *parser_out : local;
    return parser.parse(*text, file + ":" + part, limits, h, diags);
}

}  // namespace

std::optional<WorkbookCells> read_xlsx_cells(std::string_view bytes, const std::string& file,
                                             const LoadLimits& limits, DiagnosticList& diags) {
    WorkbookHandler wb;
    if (!parse_part(bytes, file, "xl/workbook.xml", true, limits, wb, diags))
        return std::nullopt;
    RelsHandler rels;
    if (!parse_part(bytes, file, "xl/_rels/workbook.xml.rels", true, limits, rels, diags))
        return std::nullopt;
    SharedStringsHandler strings;
    StylesHandler styles;
    if (!parse_part(bytes, file, "xl/sharedStrings.xml", false, limits, strings, diags) ||
        !parse_part(bytes, file, "xl/styles.xml", false, limits, styles, diags))
        return std::nullopt;
    const std::vector<bool> date_styles = styles.date_styles();

    WorkbookCells book;
    for (const auto& [name, rid] : wb.sheets) {
        auto it = rels.targets.find(rid);
        if (it == rels.targets.end()) {
            diags.error(file, 0, 0,
                        "sheet '" + name + "' points to relationship '" + rid +
                            "', which xl/_rels/workbook.xml.rels does not have");
            return std::nullopt;
        }
        Sheet sheet;
        sheet.name = name;
        XmlParser parser;
        SheetHandler h;
        h.shared = &strings.strings;
        h.date_styles = &date_styles;
        h.date1904 = wb.date1904;
        h.parser = &parser;
        h.sheet = &sheet;
        if (!parse_part(bytes, file, it->second, true, limits, h, diags, &parser))
            return std::nullopt;
        book.sheets.push_back(std::move(sheet));
    }
    return book;
}

}  // namespace rk::io::detail

// .xlsx workbooks through libxlsxwriter (the case and template sheets are workbook_sheets.cpp).
#include <xlsxwriter.h>

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "io/column_names.hpp"
#include "io/io_detail.hpp"
#include "io/workbook.hpp"

namespace rk::io {

namespace {

constexpr std::size_t kMaxCellChars = 32767;  // Excel's limit for one cell
constexpr double kMaxColumnWidth = 60, kMinColumnWidth = 6;

std::size_t display_length(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char ch : s)
        n += (ch & 0xC0) != 0x80;  // count code points, not bytes
    return n;
}

std::size_t value_length(const CellValue& v) {
    if (auto s = std::get_if<std::string>(&v))
        return display_length(*s);
    if (auto d = std::get_if<double>(&v))
        return std::isfinite(*d) ? detail::format_double(*d).size() : 0;
    if (std::holds_alternative<bool>(v))
        return 5;
    return 0;
}

// Cell text escapes characters XML cannot hold as _xHHHH_ (libxlsxwriter does that for
// control characters), so text that itself reads like such an escape must have its "_"
// escaped as _x005F_, or Excel and our reader would turn "_x0041_" into "A". libxlsxwriter
// 1.1.4 does not, hence here.
std::string escape_literal_xstring(const std::string& s) {
    if (s.find("_x") == std::string::npos)
        return s;
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        bool escape_like = s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_';
        for (std::size_t k = i + 2; escape_like && k < i + 6; ++k)
            escape_like = std::isxdigit(static_cast<unsigned char>(s[k])) != 0;
        out += escape_like ? std::string("_x005F_") : std::string(1, s[i]);
    }
    return out;
}

// 'Lijsten'!$A$2:$A$17 for a list in column `col` of the list sheet.
std::string list_range(std::size_t col, std::size_t count) {
    std::string letter;
    for (std::size_t c = col + 1; c > 0; c = (c - 1) / 26)
        letter.insert(letter.begin(), static_cast<char>('A' + (c - 1) % 26));
    return "='Lijsten'!$" + letter + "$2:$" + letter + "$" + std::to_string(count + 1);
}

class Writer {
  public:
    explicit Writer(const std::string& path) : wb_(workbook_new(path.c_str())) {
        if (wb_) {
            bold_ = workbook_add_format(wb_);
            format_set_bold(bold_);
        }
    }
    ~Writer() {
        if (wb_)
            workbook_close(wb_);
    }

    std::string write(const std::vector<SheetTable>& sheets) {
        if (!wb_)
            return "cannot create the workbook (libxlsxwriter could not open its output)";
        std::vector<std::pair<std::string, std::vector<std::string>>> lists;
        for (const auto& t : sheets) {
            if (lxw_error e = workbook_validate_sheet_name(wb_, t.name.c_str()); e != LXW_NO_ERROR)
                return "sheet name '" + t.name + "': " + lxw_strerror(e);
            lxw_worksheet* ws = workbook_add_worksheet(wb_, t.name.c_str());
            if (!ws)
                return "cannot add sheet '" + t.name + "'";
            if (std::string err = table(ws, t); !err.empty())
                return "sheet " + t.name + ": " + err;
            for (const auto& [col, values] : t.choices) {
                lists.emplace_back(t.header.at(col), values);
                lxw_data_validation dv{};
                std::string formula = list_range(lists.size() - 1, values.size());
                dv.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
                dv.value_formula = formula.data();
                dv.ignore_blank = LXW_VALIDATION_ON;
                worksheet_data_validation_range(ws, 1, static_cast<lxw_col_t>(col), LXW_ROW_MAX - 1,
                                                static_cast<lxw_col_t>(col), &dv);
            }
        }
        if (!lists.empty()) {
            // The allowed values live on a hidden sheet: Excel limits a list typed into the
            // validation itself to 255 characters, which the Dutch labels exceed.
            SheetTable t;
            t.name = "Lijsten";
            std::size_t longest = 0;
            for (const auto& [title, values] : lists) {
                t.header.push_back(title);
                longest = std::max(longest, values.size());
            }
            t.rows.assign(longest, std::vector<CellValue>(lists.size()));
            for (std::size_t c = 0; c < lists.size(); ++c)
                for (std::size_t r = 0; r < lists[c].second.size(); ++r)
                    t.rows[r][c] = lists[c].second[r];
            lxw_worksheet* ws = workbook_add_worksheet(wb_, t.name.c_str());
            if (!ws)
                return "cannot add the list sheet";
            if (std::string err = table(ws, t); !err.empty())
                return err;
            worksheet_hide(ws);
        }
        lxw_error e = workbook_close(wb_);
        wb_ = nullptr;
        if (e != LXW_NO_ERROR)
            return std::string("writing the workbook failed: ") + lxw_strerror(e);
        return {};
    }

  private:
    std::string table(lxw_worksheet* ws, const SheetTable& t) {
        std::vector<std::size_t> width(t.header.size(), 0);
        for (std::size_t c = 0; c < t.header.size(); ++c) {
            if (std::string err = cell(ws, 0, c, t.header[c], bold_); !err.empty())
                return err;
            width[c] = display_length(t.header[c]) + 2;  // bold header
        }
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            const auto& row = t.rows[r];
            if (row.size() > width.size())
                width.resize(row.size(), 0);
            for (std::size_t c = 0; c < row.size(); ++c) {
                if (std::string err = cell(ws, r + 1, c, row[c], nullptr); !err.empty())
                    return err;
                width[c] = std::max(width[c], value_length(row[c]) + 1);
            }
        }
        worksheet_freeze_panes(ws, 1, 0);
        for (std::size_t c = 0; c < width.size(); ++c)
            worksheet_set_column(
                ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                std::clamp(static_cast<double>(width[c]), kMinColumnWidth, kMaxColumnWidth),
                nullptr);
        return {};
    }

    std::string cell(lxw_worksheet* ws, std::size_t r, std::size_t c, const CellValue& v,
                     lxw_format* f) {
        if (r >= LXW_ROW_MAX || c >= LXW_COL_MAX)
            return "more rows or columns than a worksheet holds (1,048,576 x 16,384)";
        const auto row = static_cast<lxw_row_t>(r);
        const auto col = static_cast<lxw_col_t>(c);
        lxw_error e = LXW_NO_ERROR;
        if (auto s = std::get_if<std::string>(&v)) {
            if (display_length(*s) > kMaxCellChars)
                return "cell " + std::to_string(r + 1) + "/" + std::to_string(c + 1) +
                       ": text of more than 32,767 characters, which a cell cannot hold";
            if (!s->empty())
                e = worksheet_write_string(ws, row, col, escape_literal_xstring(*s).c_str(), f);
        } else if (auto d = std::get_if<double>(&v)) {
            if (std::isfinite(*d))
                e = worksheet_write_number(ws, row, col, *d, f);
        } else if (auto b = std::get_if<bool>(&v)) {
            e = worksheet_write_boolean(ws, row, col, *b ? 1 : 0, f);
        }
        if (e != LXW_NO_ERROR)
            return std::string("cell write failed: ") + lxw_strerror(e);
        return {};
    }

    lxw_workbook* wb_ = nullptr;
    lxw_format* bold_ = nullptr;
};

}  // namespace

std::string workbook_bytes(const std::vector<SheetTable>& sheets, std::string& error) {
    // libxlsxwriter 1.1.4 writes to a named file only; write one in the temporary directory
    // and read it back.
    std::error_code ec;
    std::string tmpl =
        (std::filesystem::temp_directory_path(ec) / "regiekaart-XXXXXX.xlsx").string();
    int fd = mkstemps(tmpl.data(), 5);
    if (fd < 0) {
        error = "cannot create a temporary file for the workbook";
        return {};
    }
    close(fd);
    struct Remove {
        std::string path;
        ~Remove() { std::remove(path.c_str()); }
    } cleanup{tmpl};
    {
        Writer w(tmpl);
        error = w.write(sheets);
    }
    if (!error.empty())
        return {};
    std::ifstream in(tmpl, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in.good() && !in.eof()) {
        error = "cannot read back the temporary workbook";
        return {};
    }
    return bytes.str();
}

std::string write_workbook(const std::vector<SheetTable>& sheets,
                           const std::filesystem::path& path) {
    std::string error;
    std::string bytes = workbook_bytes(sheets, error);
    if (!error.empty())
        return path.string() + ": " + error;
    return detail::write_atomic(bytes, path);
}

}  // namespace rk::io

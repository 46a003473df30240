// CSV as Excel writes it: a relations table (source, target, ...) and optionally an actors
// table (id, name, ...) in a second file, or an actors table alone. Comma, semicolon or tab
// separated (a `sep=` first line wins, else the header decides), UTF-8 with or without BOM
// or Windows-1252 (with a warning), CRLF or LF, quoted fields with embedded separators,
// quotes and line breaks. Decimal commas (Dutch Excel) are read as numbers where the
// separator is not a comma or the cell is quoted; rows and header-less columns that are
// all empty are skipped.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <span>

#include "io/column_names.hpp"
#include "io/io_detail.hpp"

namespace rk::io::detail {

namespace {

struct Cell {
    // A view of the decoded file text, or of Table::unescaped when the field held "" or a
    // CR LF inside quotes: no string per cell.
    std::string_view text;
    int line = 0, column = 0;
    bool quoted = false;  // written in quotes: a comma in it cannot be a separator
};
using Row = std::span<const Cell>;

// The cells of a table in one vector and the rows by where they start: a vector per row
// was an allocation per line of the file.
class Rows {
  public:
    std::size_t size() const { return starts_.size(); }
    bool empty() const { return starts_.empty(); }
    Row operator[](std::size_t r) const {
        const std::size_t end = r + 1 < starts_.size() ? starts_[r + 1] : open_;
        return Row(cells_.data() + starts_[r], end - starts_[r]);
    }
    // The row being read: cells are added to it, then it is kept or dropped.
    Row open_row() const { return Row(cells_.data() + open_, cells_.size() - open_); }
    void add_cell(const Cell& c) { cells_.push_back(c); }
    void keep_row() {
        starts_.push_back(open_);
        open_ = cells_.size();
    }
    void drop_row() { cells_.resize(open_); }
    void reserve(std::size_t cells, std::size_t rows) {
        cells_.reserve(cells);
        starts_.reserve(rows);
    }

  private:
    std::vector<Cell> cells_;
    std::vector<std::size_t> starts_;
    std::size_t open_ = 0;  // where the row being read starts
};

struct Table {
    Rows rows;  // rows[0] is the header
    // Quoted fields whose text differs from the file ("" for a quote, CR LF as LF); a deque
    // keeps each string where it is, so the cells' views stay valid when it grows or moves.
    std::deque<std::string> unescaped;
    char sep = ',';
    std::size_t empty_rows = 0;  // rows of separators only, skipped
    bool ok = false;
};

// Decodes to UTF-8: strips a BOM, refuses UTF-16 and binary data, reads a Windows-1252
// file as such and a stray Windows-1252 byte in UTF-8 text as that one character (see
// decode_utf8_or_cp1252).
// `out` views the input when it is UTF-8 already, else `storage` with the decoded text.
bool decode(std::string_view in, std::string& storage, std::string_view& out,
            const std::string& file, DiagnosticList& d) {
    if (in.substr(0, 2) == "\xFF\xFE" || in.substr(0, 2) == "\xFE\xFF") {
        d.error(file, 1, 1,
                "UTF-16 text (Excel's \"Unicode text\"): save as \"CSV UTF-8\" instead");
        return false;
    }
    strip_bom(in);
    if (auto nul = in.find('\0'); nul != std::string_view::npos) {
        auto [l, c] = line_column(in, nul);
        d.error(file, l, c, "NUL byte: this looks like a binary file, expected CSV text");
        return false;
    }
    if (find_invalid_utf8(in) == std::string_view::npos) {  // the usual case: no copy
        out = in;
        return true;
    }
    storage = decode_utf8_or_cp1252(
        in, file, " (Excel's default \"CSV\"); save as \"CSV UTF-8\" to avoid this", d);
    out = storage;
    return true;
}

Table parse_table(std::string_view text, const std::string& file, const ImportOptions& opt,
                  DiagnosticList& d) {
    Table t;
    std::size_t pos = 0;
    int line = 1;
    // Excel's `sep=;` line names the separator.
    if (text.size() >= 5 && (text.substr(0, 4) == "sep=" || text.substr(0, 4) == "SEP=")) {
        t.sep = text[4];
        if (t.sep == '"' || t.sep == '\r' || t.sep == '\n' ||
            static_cast<unsigned char>(t.sep) >= 0x80) {
            d.error(file, 1, 5, "'sep=' names no usable separator (expected e.g. sep=; or sep=,)");
            return t;
        }
        pos = text.find('\n');
        pos = pos == std::string_view::npos ? text.size() : pos + 1;
        line = 2;
    } else {
        // Otherwise the separator that occurs most in the header line (outside quotes).
        std::size_t counts[3] = {0, 0, 0};
        bool quoted = false;
        for (std::size_t i = 0; i < text.size(); ++i) {
            char ch = text[i];
            if (ch == '"')
                quoted = !quoted;
            if (quoted)
                continue;
            if (ch == '\n')
                break;
            counts[0] += ch == ',';
            counts[1] += ch == ';';
            counts[2] += ch == '\t';
        }
        if (counts[1] > counts[0] && counts[1] >= counts[2])
            t.sep = ';';
        if (counts[2] > counts[0] && counts[2] > counts[1])
            t.sep = '\t';
    }
    const std::size_t max_cells = opt.limits.max_elements;
    const std::size_t max_rows = std::max(opt.max_relations, opt.max_actors) + 1;
    std::size_t cells = 0;
    std::size_t line_start = pos;
    // Room for every cell and row up front (separators and line ends bound them): growing
    // the vectors copied them and touched twice their memory.
    const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
    const auto seps = static_cast<std::size_t>(std::count(text.begin(), text.end(), t.sep));
    t.rows.reserve(std::min(lines + seps, max_cells + 1), std::min(lines, max_rows + 1));
    Cell cell;
    std::string scratch;  // a quoted field being unescaped
    auto col_of = [&](std::size_t p) { return static_cast<int>(p - line_start) + 1; };
    bool at_field_start = true;
    cell.line = line;
    cell.column = col_of(pos);
    auto end_field = [&]() {
        if (++cells > max_cells)
            return false;
        t.rows.add_cell(cell);
        cell = Cell{};
        return true;
    };
    auto end_row = [&]() {
        // A line with nothing on it is not a record, nor is a row of empty cells (`;;;`),
        // which Excel writes for rows that once held data.
        const Row row = t.rows.open_row();
        bool blank = std::all_of(row.begin(), row.end(),
                                 [](const Cell& c) { return c.text.empty() && !c.quoted; });
        if (blank && row.size() > 1)
            ++t.empty_rows;
        if (blank)
            t.rows.drop_row();
        else
            t.rows.keep_row();
        return t.rows.size() <= max_rows;
    };
    while (pos <= text.size()) {
        if (pos == text.size()) {
            end_field();
            end_row();
            break;
        }
        char ch = text[pos];
        if (at_field_start) {
            cell.line = line;
            cell.column = col_of(pos);
        }
        if (at_field_start && ch == '"') {
            // Quoted field: runs to the closing quote; "" is a quote; line breaks allowed.
            const int qline = line, qcol = col_of(pos);
            cell.quoted = true;
            ++pos;
            const std::size_t content = pos;
            bool closed = false, unescaped = false;
            scratch.clear();
            while (pos < text.size()) {
                char c = text[pos];
                if (c == '"') {
                    if (pos + 1 < text.size() && text[pos + 1] == '"') {
                        scratch += '"';
                        unescaped = true;
                        pos += 2;
                        continue;
                    }
                    closed = true;
                    ++pos;
                    break;
                }
                if (c == '\n') {
                    ++line;
                    line_start = pos + 1;
                }
                if (c == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') {
                    ++pos;  // CRLF inside a cell is one line break
                    unescaped = true;
                    continue;
                }
                scratch += c;
                if (scratch.size() > opt.limits.max_string_bytes) {
                    d.error(file, qline, qcol,
                            "field of more than " + std::to_string(opt.limits.max_string_bytes) +
                                " bytes");
                    return t;
                }
                ++pos;
            }
            if (!closed) {
                d.error(file, qline, qcol, "quoted field is not closed before the end of the file");
                return t;
            }
            // The text between the quotes when it needed no change, else the unescaped copy.
            cell.text = unescaped ? std::string_view(t.unescaped.emplace_back(scratch))
                                  : text.substr(content, pos - 1 - content);
            if (pos < text.size() && text[pos] != t.sep && text[pos] != '\n' && text[pos] != '\r') {
                d.error(file, line, col_of(pos),
                        std::string("unexpected '") + text[pos] +
                            "' after a closing quote: expected the separator or end of line");
                return t;
            }
            at_field_start = false;
            continue;
        }
        at_field_start = false;
        if (ch == t.sep) {
            if (!end_field())
                break;
            at_field_start = true;
            ++pos;
            continue;
        }
        if (ch == '\r' || ch == '\n') {
            if (ch == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n')
                ++pos;
            ++pos;
            if (!end_field() || !end_row())
                break;
            ++line;
            line_start = pos;
            at_field_start = true;
            continue;
        }
        // An unquoted field runs to the separator or the end of the line: one view of it.
        std::size_t end = pos;
        while (end < text.size() && text[end] != t.sep && text[end] != '\r' && text[end] != '\n')
            ++end;
        cell.text = text.substr(pos, end - pos);
        if (cell.text.size() > opt.limits.max_string_bytes) {
            d.error(file, cell.line, cell.column,
                    "field of more than " + std::to_string(opt.limits.max_string_bytes) + " bytes");
            return t;
        }
        pos = end;
    }
    if (cells > max_cells) {
        d.error(
            file, line, 1,
            "more than " + std::to_string(max_cells) + " cells (limit LoadLimits::max_elements)");
        return t;
    }
    if (t.rows.size() > max_rows) {
        d.error(file, line, 1, "more than " + std::to_string(max_rows - 1) + " rows");
        return t;
    }
    t.ok = true;
    return t;
}

struct Columns {
    std::vector<std::string> names;    // canonical model name, or the header as written
    std::vector<std::size_t> unnamed;  // indexes of columns with an empty header
    int index(std::string_view n) const {
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == n)
                return static_cast<int>(i);
        return -1;
    }
};

// Maps the header row to column names. Columns without a header (Excel's trailing `;;`)
// are named columnN; build_columns reports them once the data is known.
Columns header(const Row& r, const std::string& file, DiagnosticList& d) {
    Columns c;
    std::set<std::string> seen;
    for (const auto& cell : r) {
        std::string n = detail::normalise_header(cell.text);
        if (n.empty()) {
            c.names.push_back("column" + std::to_string(c.names.size() + 1));
            c.unnamed.push_back(c.names.size() - 1);
            continue;
        }
        // One alias table for CSV and workbooks (column_names.cpp): a header a workbook
        // accepts reads the same in a CSV file.
        std::string canon = detail::canonical_column(n);
        // Model columns by their canonical name; other columns keep the user's header text.
        bool model = canon != n || canon == "id" || canon == "source" || canon == "target" ||
                     is_model_field(canon);
        std::string name = model ? canon : std::string(cell.text);
        if (!seen.insert(model ? canon : n).second)
            d.error(file, cell.line, cell.column,
                    "duplicate column '" + std::string(cell.text) + "'");
        c.names.push_back(name);
    }
    return c;
}

// Columns without a header: ignored when every cell below is empty (Excel writes `;;` for
// columns that once held data), else kept as columnN with a warning.
void report_unnamed_columns(const Table& t, const Columns& c, const std::string& file,
                            DiagnosticList& d) {
    std::size_t empty = 0;
    for (std::size_t col : c.unnamed) {
        bool has_data = false;
        for (std::size_t r = 1; r < t.rows.size() && !has_data; ++r)
            has_data = col < t.rows[r].size() && !t.rows[r][col].text.empty();
        if (!has_data) {
            ++empty;
            continue;
        }
        const Cell& h = t.rows[0][col];
        d.warning(file, h.line, h.column,
                  "column " + std::to_string(col + 1) + " has no header: its values are kept " +
                      "as attribute '" + c.names[col] + "'");
    }
    if (empty)
        d.info(file, 1, 0, std::to_string(empty) + " empty column(s) without a header ignored");
    if (t.empty_rows)
        d.info(file, 0, 0, std::to_string(t.empty_rows) + " empty row(s) ignored");
}

// Dutch Excel writes numbers with a decimal comma ("1,33", with thousands "1.234,5").
// That reading is safe when the comma cannot be a separator: the separator is not a comma,
// or the cell was quoted. Returns the number in decimal-point form, or nullopt.
std::optional<std::string> decimal_comma_number(const Cell& c, char sep) {
    const std::string_view v = c.text;
    if ((sep == ',' && !c.quoted) || v.find(',') == std::string::npos)
        return std::nullopt;
    std::string t;
    std::size_t comma = v.find(',');
    if (v.find(',', comma + 1) != std::string::npos)
        return std::nullopt;
    // Dots before the comma are thousands separators only in groups of three digits.
    for (std::size_t i = 0, digits = 0; i < comma; ++i) {
        if (v[i] == '.') {
            std::size_t next = v.find_first_of(".,", i + 1);
            if (digits == 0 || next - i - 1 != 3)
                return std::nullopt;
            continue;
        }
        digits += std::isdigit(static_cast<unsigned char>(v[i])) ? 1 : 0;
        t += v[i];
    }
    t += '.';
    t += v.substr(comma + 1);
    auto d = parse_double(t);
    if (!d || !std::isfinite(*d))
        return std::nullopt;
    return t;
}

// Decimal-comma cells read as numbers: in the numeric model columns (weight, x, y) always,
// in other columns when every filled cell of the column is a number, so that a custom
// "budget" column reads as numbers too while a list such as "1,2" among words stays text.
struct DecimalCommas {
    std::vector<bool> numeric_column;
    std::size_t count = 0;
    int first_line = 0, first_column = 0;

    DecimalCommas(const Table& t, const Columns& cols) : numeric_column(cols.names.size()) {
        for (std::size_t c = 0; c < cols.names.size(); ++c) {
            const std::string& k = cols.names[c];
            if (k == "weight" || k == "x" || k == "y") {
                numeric_column[c] = true;
                continue;
            }
            if (k == "id" || k == "source" || k == "target" || is_model_field(k))
                continue;
            bool all = true, any = false;
            for (std::size_t r = 1; r < t.rows.size() && all; ++r) {
                if (c >= t.rows[r].size() || t.rows[r][c].text.empty())
                    continue;
                any = true;
                all = parse_double(t.rows[r][c].text) ||
                      decimal_comma_number(t.rows[r][c], t.sep).has_value();
            }
            numeric_column[c] = all && any;
        }
    }
    // The cell's text, with a decimal comma read as a point where the column is numeric.
    std::string value(const Cell& cell, std::size_t column, char sep) {
        if (column < numeric_column.size() && numeric_column[column]) {
            if (auto v = decimal_comma_number(cell, sep)) {
                if (count++ == 0) {
                    first_line = cell.line;
                    first_column = cell.column;
                }
                return *v;
            }
        }
        return std::string(cell.text);
    }
    void report(char sep, const std::string& file, DiagnosticList& d) const {
        if (!count)
            return;
        d.warning(
            file, first_line, first_column,
            std::to_string(count) + " number(s) read with a decimal comma, 1,33 as 1.33 " +
                (sep == ',' ? std::string("(Dutch convention: quoted numbers in a comma-separated "
                                          "file)")
                            : std::string("(Dutch Excel convention with '") +
                                  (sep == '\t' ? std::string("TAB") : std::string(1, sep)) +
                                  "' as separator)"));
    }
};

bool row_fields(const Row& row, const Columns& cols, const std::string& file, DiagnosticList& d) {
    if (row.size() <= cols.names.size())
        return true;
    for (std::size_t i = cols.names.size(); i < row.size(); ++i) {
        if (!row[i].text.empty()) {
            d.error(file, row[i].line, row[i].column,
                    "row has " + std::to_string(row.size()) + " fields, the header has " +
                        std::to_string(cols.names.size()));
            return false;
        }
    }
    return true;
}

}  // namespace

ImportResult parse_csv(std::string_view text, const std::string& file,
                       std::optional<std::string_view> actors_text, const std::string& actors_file,
                       const ImportOptions& opt) {
    ImportResult result;
    DiagnosticList& d = result.diagnostics;
    std::string main_storage, actors_storage;
    std::string_view main_utf8, actors_utf8;
    if (!decode(text, main_storage, main_utf8, file, d))
        return result;
    if (actors_text && !decode(*actors_text, actors_storage, actors_utf8, actors_file, d))
        return result;
    Table main = parse_table(main_utf8, file, opt, d);
    if (!main.ok)
        return result;
    if (main.rows.empty()) {
        d.error(file, 1, 1,
                "empty file: expected a header row (source, target, ... or id, name, ...)");
        return result;
    }
    Columns mc = header(main.rows[0], file, d);
    if (d.has_errors())
        return result;
    const bool is_relations = mc.index("source") >= 0 && mc.index("target") >= 0;
    if (!is_relations && mc.index("id") < 0) {
        std::string found;
        for (const auto& c : main.rows[0]) {
            if (!found.empty())
                found += ", ";
            found += c.text;
        }
        d.error(file, 1, 1,
                "header has neither source and target columns (relations) nor an id column "
                "(actors); found: " +
                    found.substr(0, 200));
        return result;
    }
    RawGraph g;
    auto read_actors = [&](const Table& t, const Columns& cols, const std::string& f) {
        report_unnamed_columns(t, cols, f, d);
        DecimalCommas numbers(t, cols);
        const int id_col = cols.index("id");
        g.nodes.reserve(g.nodes.size() + t.rows.size());
        for (std::size_t r = 1; r < t.rows.size(); ++r) {
            const Row row = t.rows[r];
            if (!row_fields(row, cols, f, d))
                continue;
            // Built in place (room was reserved): no copy of a finished node.
            RawNode& n = g.nodes.emplace_back();
            n.line = row[0].line;
            n.column = row[0].column;
            if (f != file)
                n.file = f;
            n.id = static_cast<std::size_t>(id_col) < row.size()
                       ? row[static_cast<std::size_t>(id_col)].text
                       : "";
            for (std::size_t i = 0; i < row.size() && i < cols.names.size(); ++i) {
                if (static_cast<int>(i) == id_col || row[i].text.empty())
                    continue;
                n.attrs.emplace_back(cols.names[i], numbers.value(row[i], i, t.sep));
            }
            if (n.id.empty()) {
                d.error(f, n.line, n.column, "actor row without id");
                g.nodes.pop_back();
            }
        }
        numbers.report(t.sep, f, d);
    };

    if (!is_relations) {
        if (actors_text) {
            d.error(file, 1, 1,
                    "expected a relations table (source, target, ...) with the actors table " +
                        actors_file);
            return result;
        }
        read_actors(main, mc, file);
        d.info(file, 0, 0, "actors table without relations");
    } else {
        if (actors_text) {
            Table at = parse_table(actors_utf8, actors_file, opt, d);
            if (!at.ok)
                return result;
            if (at.rows.empty()) {
                d.error(actors_file, 1, 1, "empty file: expected a header row (id, name, ...)");
                return result;
            }
            Columns ac = header(at.rows[0], actors_file, d);
            if (d.has_errors())
                return result;
            if (ac.index("id") < 0) {
                d.error(actors_file, 1, 1, "actors table has no id column");
                return result;
            }
            read_actors(at, ac, actors_file);
        }
        report_unnamed_columns(main, mc, file, d);
        DecimalCommas numbers(main, mc);
        const int src = mc.index("source"), dst = mc.index("target"), id = mc.index("id");
        g.edges.reserve(main.rows.size());
        for (std::size_t r = 1; r < main.rows.size(); ++r) {
            const Row row = main.rows[r];
            if (!row_fields(row, mc, file, d))
                continue;
            // Built in place (room was reserved): no copy of a finished edge.
            RawEdge& e = g.edges.emplace_back();
            e.line = row[0].line;
            e.column = row[0].column;
            auto cell = [&](int c) -> std::string {
                return c >= 0 && static_cast<std::size_t>(c) < row.size()
                           ? std::string(row[static_cast<std::size_t>(c)].text)
                           : std::string();
            };
            e.source = cell(src);
            e.target = cell(dst);
            e.id = cell(id);
            for (std::size_t i = 0; i < row.size() && i < mc.names.size(); ++i) {
                int ii = static_cast<int>(i);
                if (ii == src || ii == dst || ii == id || row[i].text.empty())
                    continue;
                e.attrs.emplace_back(mc.names[i], numbers.value(row[i], i, main.sep));
            }
        }
        numbers.report(main.sep, file, d);
    }
    if (d.has_errors())
        return result;
    BuildRules rules;
    rules.implicit_nodes = !actors_text;
    result.value = build_case(std::move(g), file, opt, rules, d);
    return result;
}

namespace {

using AttrList = std::vector<std::pair<std::string, AttributeValue>>;

std::string quote(const std::string& v) {
    bool needs = v.find_first_of(",;\t\"\r\n") != std::string::npos ||
                 (!v.empty() && (v.front() == ' ' || v.back() == ' '));
    // A first cell "sep=..." or starting with "ID" would confuse Excel; quoting is harmless.
    if (!needs)
        return v;
    std::string out = "\"";
    for (char ch : v) {
        if (ch == '"')
            out += '"';
        out += ch;
    }
    return out + "\"";
}

std::string table(const std::vector<std::string>& core, const std::vector<AttrList>& rows) {
    std::vector<std::string> cols = core;
    std::set<std::string> seen(cols.begin(), cols.end());
    for (const auto& r : rows)
        for (const auto& [k, v] : r)
            if (seen.insert(k).second)
                cols.push_back(k);
    std::string out = "\xEF\xBB\xBF";  // BOM: Excel then reads the file as UTF-8
    for (std::size_t i = 0; i < cols.size(); ++i) {
        if (i)
            out += ',';
        out += quote(cols[i]);
    }
    out += "\r\n";
    for (const auto& r : rows) {
        std::map<std::string, std::string> cells;
        for (const auto& [k, v] : r)
            cells[k] = attribute_to_string(v);
        for (std::size_t i = 0; i < cols.size(); ++i) {
            auto it = cells.find(cols[i]);
            if (i)
                out += ',';
            if (it != cells.end())
                out += quote(it->second);
        }
        out += "\r\n";
    }
    return out;
}

void add_custom(AttrList& l, const Attributes& attrs) {
    for (const auto& [k, v] : attrs) {
        bool taken = false;
        for (const auto& f : l)
            taken = taken || f.first == k;
        if (!taken)
            l.emplace_back(k, v);
    }
}

}  // namespace

std::string write_csv_relations(const Case& c, const Scenario& s, const std::string& file,
                                DiagnosticList& diags) {
    std::vector<AttrList> rows;
    for (const auto& r : s.relations) {
        AttrList l{
            {"id", r.id}, {"source", r.source}, {"target", r.target}, {"directed", r.directed}};
        for (auto& f : relation_fields(r))
            l.push_back(std::move(f));
        add_custom(l, r.details->attributes);
        rows.push_back(std::move(l));
    }
    report_unwritten(c, s, "CSV", file, diags);
    return table({"id", "source", "target", "layer", "directed", "weight"}, rows);
}

std::string write_csv_actors(const Scenario& s) {
    std::vector<AttrList> rows;
    for (const auto& a : s.actors) {
        AttrList l{{"id", a.id}};
        for (auto& f : actor_fields(a))
            l.push_back(std::move(f));
        if (auto it = s.positions.find(a.id); it != s.positions.end()) {
            l.emplace_back("x", it->second.x);
            l.emplace_back("y", it->second.y);
            if (it->second.pinned)
                l.emplace_back("pinned", true);
        }
        add_custom(l, a.attributes);
        rows.push_back(std::move(l));
    }
    return table({"id", "name"}, rows);
}

}  // namespace rk::io::detail

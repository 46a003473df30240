// The tables of a scenario (and of a comparison) as one .xlsx workbook: the case sheets
// Actoren and Relaties (which read back into the same case), then the metrics per actor,
// the network indices, the diagnostics and, when comparing, one sheet per comparison table.
// The rows are the ones the CSV and Markdown tables show (table_rows.hpp, compare::to_csv),
// with numbers as numeric cells.
#include <algorithm>

#include "compare/compare_format.hpp"
#include "export/export.hpp"
#include "export/table_rows.hpp"
#include "io/io_detail.hpp"
#include "io/workbook.hpp"

namespace rk::exporter {

namespace {

// Rows of text -> a sheet; cells of the columns from `first_numeric` on that are numbers
// (machine text, see table_rows.hpp) become numeric cells.
io::SheetTable sheet(std::string name, const Rows& rows, std::size_t first_numeric) {
    io::SheetTable t;
    t.name = std::move(name);
    if (rows.empty())
        return t;
    t.header = rows.front();
    for (std::size_t r = 1; r < rows.size(); ++r) {
        std::vector<io::CellValue> row;
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const std::string& text = rows[r][c];
            auto d = c >= first_numeric ? io::detail::parse_double(text) : std::nullopt;
            if (d)
                row.emplace_back(*d);
            else if (!text.empty())
                row.emplace_back(text);
            else
                row.emplace_back();
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

// compare::to_csv holds every comparison table in one CSV: a header line starting with
// "section" opens a table, and each row names its section in column one. Parsed back here
// (RFC 4180 quoting) so the workbook shows exactly the CSV's tables.
std::vector<std::pair<std::string, Rows>> split_comparison_csv(const std::string& csv) {
    std::vector<std::vector<std::string>> lines(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < csv.size(); ++i) {
        const char ch = csv[i];
        std::string& cell = lines.back().back();
        if (quoted) {
            if (ch == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                cell += ch;
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            lines.back().emplace_back();
        } else if (ch == '\n') {
            lines.emplace_back(1);
        } else if (ch != '\r') {
            cell += ch;
        }
    }
    std::vector<std::pair<std::string, Rows>> tables;
    for (auto& l : lines) {
        if (l.size() < 2)
            continue;
        if (l[0] == "section") {
            tables.emplace_back("", Rows{std::vector<std::string>(l.begin() + 1, l.end())});
        } else if (!tables.empty()) {
            if (tables.back().first.empty())
                tables.back().first = l[0];
            tables.back().second.emplace_back(l.begin() + 1, l.end());
        }
    }
    return tables;
}

}  // namespace

std::vector<io::SheetTable> tables_workbook(const Shown& shown,
                                            const compare::ComparisonResult* cmp,
                                            const TableOptions& o) {
    const bool nl = o.lang == Language::Dutch;
    const Scenario s = o.anonymise ? anonymise(shown.scenario, o.lang) : shown.scenario;
    const auto a = o.anonymise ? anonymise(shown.analysis, shown.scenario, o.lang) : shown.analysis;
    TableOptions machine = o;
    machine.format = TableFormat::Csv;  // numbers at full precision, NaN empty
    // Anonymised, the case sheets are left out: their ids and groups can name organisations.
    std::vector<io::SheetTable> sheets =
        o.anonymise ? std::vector<io::SheetTable>{} : io::case_sheets(s);
    const std::size_t first_metric = o.anonymise ? 3 : 4;
    sheets.push_back(
        sheet(nl ? "Metrieken" : "Metrics", metrics_rows(s, a, machine), first_metric));
    sheets.push_back(
        sheet(nl ? "Netwerkindices" : "Network indices", network_index_rows(a, machine), 1));
    sheets.push_back(sheet(nl ? "Diagnoses" : "Diagnostics", diagnostics_rows(s, a, machine), 99));
    sheets.push_back(
        sheet(nl ? "Instellingen" : "Settings", settings_rows(a.settings, machine), 1));
    if (cmp) {
        compare::FormatOptions fo;
        fo.lang = o.lang;
        for (auto& [section, rows] : split_comparison_csv(compare::to_csv(*cmp, fo))) {
            if (section.empty())
                continue;  // a table without rows names no section
            std::string name = (nl ? "Vergelijking " : "Comparison ") + section;
            name = name.substr(0, 31);  // Excel's limit for a sheet name
            sheets.push_back(sheet(name, rows, 1));
        }
    }
    return sheets;
}

}  // namespace rk::exporter

// Internals of the workbook readers (.xlsx, .ods): a workbook as typed cells per sheet, the
// step every reader produces, and the one mapping of those cells onto a case
// (workbook_case.cpp), so both file formats read and report alike.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/formats.hpp"
#include "model/case_io.hpp"
#include "model/diagnostic.hpp"

namespace rk::io::detail {

// One cell with a value, as the file types it (no locale guessing: a number is a number
// because the file says so, a date because the cell is a date).
struct SheetCell {
    enum class Kind { Text, Number, Date, Bool };
    int row = 0;  // 0-based
    int col = 0;  // 0-based
    Kind kind = Kind::Text;
    std::string text;   // Text: the string; Date: ISO 8601 ("2024-03-01" or with "T10:30:00")
    double number = 0;  // Number; Bool as 0 or 1
};

struct Sheet {
    std::string name;
    std::vector<SheetCell> cells;  // row-major order
    // Cells the file holds with a value (counted from the raw XML where the library does not
    // say), so that a sheet read as empty while the file holds cells is an error, not an
    // empty case.
    std::size_t cells_in_file = 0;
};

struct WorkbookCells {
    std::vector<Sheet> sheets;
};

// "C7" for row 6, column 2 (0-based).
std::string cell_reference(int row, int col);

// An Excel serial date (days since 1899-12-30, with Lotus's false 1900-02-29, or since
// 1904-01-01 when `date1904`) as ISO 8601: a date, or a date and time when the serial has a
// time part. nullopt for serials outside years 1900..9999.
std::optional<std::string> serial_to_iso(double serial, bool date1904);

// Whether an Excel number format shows a date or time (built-in id or format code).
bool is_date_format(int builtin_id, std::string_view code);

// Reads the cells of every sheet. libzip + expat for .xlsx (see xlsx_read.cpp for why not
// liborcus); liborcus for .ods. Errors go to `diags` (file named `file`); nullopt on error.
// Cost: O(file size); the unpacked size of every part is bounded by limits.max_file_bytes.
std::optional<WorkbookCells> read_xlsx_cells(std::string_view bytes, const std::string& file,
                                             const LoadLimits& limits, DiagnosticList& diags);
std::optional<WorkbookCells> read_ods_cells(std::string_view bytes, const std::string& file,
                                            const LoadLimits& limits, DiagnosticList& diags);

// One part of a zip archive held in memory, bounded by `max_bytes` (unpacked). nullopt when
// absent; `error` says why when the archive or the part cannot be read.
std::optional<std::string> zip_part(std::string_view archive, const std::string& name,
                                    std::size_t max_bytes, std::string& error);

// Whether a zip archive held in memory is consistent (libzip's ZIP_CHECKCONS: local and
// central headers agree) and unpacks to at most `max_bytes` in all. liborcus sizes its
// buffers from the headers, so a lying header would otherwise make it allocate gigabytes.
bool zip_archive_sane(std::string_view archive, std::size_t max_bytes, std::string& error);

// The actors and relations sheets of a workbook as a case (sheet choice, header mapping,
// ids from names, enum labels, located errors "FILE:SHEET!CELL"). Never throws.
ImportResult workbook_to_case(const WorkbookCells& book, const std::string& file,
                              const ImportOptions& opt);

}  // namespace rk::io::detail

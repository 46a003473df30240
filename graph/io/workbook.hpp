// Workbooks (.xlsx) written with Debian's libxlsxwriter: tables with a header row, typed
// cells, frozen panes and fitted column widths, optionally with drop-down lists (data
// validation). The case workbook (sheets Actoren and Relaties) reads back into the same
// actors and relations; the export module adds its metric, diagnostic and comparison
// tables as further sheets; the template is the empty case workbook for people to fill in.
#pragma once

#include <filesystem>
#include <string>
#include <variant>
#include <vector>

#include "model/case.hpp"
#include "model/diagnostic.hpp"

namespace rk::io {

// An empty cell, text, a number (NaN and infinities are written as empty cells) or a boolean.
using CellValue = std::variant<std::monostate, std::string, double, bool>;

struct SheetTable {
    std::string name;  // at most 31 characters, none of []:*?/\ (checked when writing)
    std::vector<std::string> header;
    std::vector<std::vector<CellValue>> rows;
    // Drop-down lists: column index -> allowed values (written to a hidden list sheet).
    std::vector<std::pair<std::size_t, std::vector<std::string>>> choices;
};

// The Actoren and Relaties sheets of one scenario: every model field the case workbook
// reader maps (enum values as file tokens, lists comma-separated, positions as x, y and
// vastgezet) and custom attributes as further columns, with the Dutch headers of the
// template. Provenance, forums, responsibilities and other scenarios are not sheets; use
// report_unwritten (formats.hpp's writers do) to say so. O(actors + relations).
std::vector<SheetTable> case_sheets(const Scenario& s);

// The empty Actoren and Relaties sheets with Dutch headers and drop-down lists of the
// Dutch labels for soort (actor type), bestuurslaag and laag (layer). O(1).
std::vector<SheetTable> template_sheets();

// Writes the tables as one .xlsx workbook, atomically (a temporary file renamed over
// `path`). Returns an empty string on success, else what failed (a sheet name that Excel
// refuses, a cell over Excel's 32,767 characters, an I/O error). O(cells).
std::string write_workbook(const std::vector<SheetTable>& sheets,
                           const std::filesystem::path& path);
// The same workbook as bytes (empty with `error` set on failure).
std::string workbook_bytes(const std::vector<SheetTable>& sheets, std::string& error);

}  // namespace rk::io

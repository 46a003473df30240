// The formats module (regiekaart-formats.so): the workbook readers and writer (liborcus,
// libzip, libxlsxwriter) and the PDF pages (cairo, pango, librsvg). The executable calls
// them through formats_proxy.cpp, which defines the engine's functions of the same names
// and forwards to this table; the module fills it with the real ones (formats_module.cpp).
// Change kFormatsAbi whenever a field or a signature here changes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "export/pdf_pages.hpp"
#include "io/workbook.hpp"
#include "io/workbook_cells.hpp"
#include "modules/module_loader.hpp"

namespace rk::modules {

// The hand-kept version, mixed with the layout of everything the table passes by reference.
inline constexpr std::uint32_t kFormatsAbi =
    1u ^ layout_fingerprint<io::detail::WorkbookCells, io::SheetTable, LoadLimits, DiagnosticList,
                            exporter::detail::PdfPages, exporter::detail::PdfPages::Style>();
inline constexpr const char* kFormatsFile = "regiekaart-formats.so";
inline constexpr const char* kFormatsEntry = "rk_formats_entry";

struct FormatsApi {
    std::uint32_t abi_version = kFormatsAbi;  // first two fields: see module_loader.cpp
    std::uint32_t table_size = sizeof(FormatsApi);

    using ReadCells = std::optional<io::detail::WorkbookCells> (*)(std::string_view,
                                                                   const std::string&,
                                                                   const LoadLimits&,
                                                                   DiagnosticList&);
    ReadCells read_xlsx_cells;
    ReadCells read_ods_cells;
    std::string (*write_workbook)(const std::vector<io::SheetTable>&, const std::filesystem::path&);
    std::string (*workbook_bytes)(const std::vector<io::SheetTable>&, std::string&);

    // PdfPages: the module's object, created and destroyed there, every member through here.
    using Pdf = exporter::detail::PdfPages;
    Pdf* (*pdf_create)(const std::string& title, const std::string& footer);
    void (*pdf_destroy)(Pdf*);
    void (*pdf_paragraph)(Pdf&, const std::string&, Pdf::Style, double, const std::string&);
    void (*pdf_table)(Pdf&, const std::vector<std::vector<std::string>>&, const std::vector<bool>&,
                      double);
    bool (*pdf_figure)(Pdf&, const std::string&, const std::string&, std::string&);
    void (*pdf_space)(Pdf&, double);
    void (*pdf_new_page)(Pdf&, bool);
    double (*pdf_measure)(Pdf&, const std::string&, Pdf::Style, double);
    void (*pdf_ensure)(Pdf&, double);
    int (*pdf_pages)(const Pdf&);
    std::string (*pdf_finish)(Pdf&, std::string&);
    std::string (*markup_escape)(const std::string&);
};

}  // namespace rk::modules

// The module's one exported symbol.
extern "C" const rk::modules::FormatsApi* rk_formats_entry();

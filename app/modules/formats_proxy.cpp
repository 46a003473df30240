// The executable's stand-ins for the engine functions that live in the formats module
// (formats_api.hpp): same names and signatures, so the engine calls them unchanged. Each
// loads the module once and forwards; when the module cannot be loaded the error (module
// path and dlerror()) goes where the function reports errors, so the command fails with
// that message instead of crashing. Tests link the real functions instead of these.
#include "modules/formats_api.hpp"
#include "modules/module_loader.hpp"

namespace rk::modules {
namespace {
// Loaded on first use (a function-local static: thread-safe, once). Null with `error` set
// when the module is missing or does not match.
const FormatsApi* formats(std::string& error) {
    static const LoadedModule module =
        load_module(kFormatsFile, kFormatsEntry, kFormatsAbi, sizeof(FormatsApi));
    if (!module.table)
        error = "cannot load the formats module: " + module.error;
    return static_cast<const FormatsApi*>(module.table);
}

std::optional<io::detail::WorkbookCells> read_cells(FormatsApi::ReadCells FormatsApi::*reader,
                                                    std::string_view bytes, const std::string& file,
                                                    const LoadLimits& limits,
                                                    DiagnosticList& diags) {
    std::string error;
    const FormatsApi* api = formats(error);
    if (!api) {
        diags.error(file, 0, 0, error);
        return std::nullopt;
    }
    return (api->*reader)(bytes, file, limits, diags);
}
}  // namespace
}  // namespace rk::modules

namespace rk::io {

namespace detail {
std::optional<WorkbookCells> read_xlsx_cells(std::string_view bytes, const std::string& file,
                                             const LoadLimits& limits, DiagnosticList& diags) {
    return modules::read_cells(&modules::FormatsApi::read_xlsx_cells, bytes, file, limits, diags);
}

std::optional<WorkbookCells> read_ods_cells(std::string_view bytes, const std::string& file,
                                            const LoadLimits& limits, DiagnosticList& diags) {
    return modules::read_cells(&modules::FormatsApi::read_ods_cells, bytes, file, limits, diags);
}
}  // namespace detail

std::string write_workbook(const std::vector<SheetTable>& sheets,
                           const std::filesystem::path& path) {
    std::string error;
    const modules::FormatsApi* api = modules::formats(error);
    return api ? api->write_workbook(sheets, path) : error;
}

std::string workbook_bytes(const std::vector<SheetTable>& sheets, std::string& error) {
    const modules::FormatsApi* api = modules::formats(error);
    return api ? api->workbook_bytes(sheets, error) : std::string();
}

}  // namespace rk::io

namespace rk::exporter::detail {

// Here the pimpl holds the module's PdfPages; `page_` mirrors its page count after each call.
struct PdfPages::Impl {
    const modules::FormatsApi* api = nullptr;
    PdfPages* real = nullptr;  // null when the module could not be loaded
    std::string load_error;
};

PdfPages::PdfPages(const std::string& title, const std::string& footer)
    : impl_(std::make_unique<Impl>()) {
    impl_->api = modules::formats(impl_->load_error);
    if (impl_->api)
        impl_->real = impl_->api->pdf_create(title, footer);
}

PdfPages::~PdfPages() {
    if (impl_->real)
        impl_->api->pdf_destroy(impl_->real);
}

// Without the module nothing is drawn; finish() then reports why.
void PdfPages::paragraph(const std::string& markup, Style style, double indent,
                         const std::string& color) {
    if (!impl_->real)
        return;
    impl_->api->pdf_paragraph(*impl_->real, markup, style, indent, color);
    page_ = impl_->api->pdf_pages(*impl_->real);
}

void PdfPages::table(const std::vector<std::vector<std::string>>& rows,
                     const std::vector<bool>& numeric, double font_size) {
    if (!impl_->real)
        return;
    impl_->api->pdf_table(*impl_->real, rows, numeric, font_size);
    page_ = impl_->api->pdf_pages(*impl_->real);
}

bool PdfPages::figure(const std::string& svg, const std::string& caption_markup,
                      std::string& error) {
    if (!impl_->real) {
        error = impl_->load_error;
        return false;
    }
    const bool ok = impl_->api->pdf_figure(*impl_->real, svg, caption_markup, error);
    page_ = impl_->api->pdf_pages(*impl_->real);
    return ok;
}

void PdfPages::space(double points) {
    if (!impl_->real)
        return;
    impl_->api->pdf_space(*impl_->real, points);
    page_ = impl_->api->pdf_pages(*impl_->real);
}

void PdfPages::new_page(bool landscape) {
    if (!impl_->real)
        return;
    impl_->api->pdf_new_page(*impl_->real, landscape);
    page_ = impl_->api->pdf_pages(*impl_->real);
}

double PdfPages::measure(const std::string& markup, Style style, double indent) {
    return impl_->real ? impl_->api->pdf_measure(*impl_->real, markup, style, indent) : 0.0;
}

void PdfPages::ensure(double points) {
    if (!impl_->real)
        return;
    impl_->api->pdf_ensure(*impl_->real, points);
    page_ = impl_->api->pdf_pages(*impl_->real);
}

std::string PdfPages::finish(std::string& error) {
    if (!impl_->real) {
        error = impl_->load_error;
        return {};
    }
    return impl_->api->pdf_finish(*impl_->real, error);
}

std::string PdfPages::markup_escape(const std::string& text) {
    std::string error;
    const modules::FormatsApi* api = modules::formats(error);
    // Without the module the document is never written (finish() fails), so the text
    // need not be escaped.
    return api ? api->markup_escape(text) : text;
}

}  // namespace rk::exporter::detail

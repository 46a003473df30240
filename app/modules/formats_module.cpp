// The formats module's entry: the table of the real workbook and PDF functions (built into
// this shared object from rk_io_workbook and rk_export_pdf; see formats_api.hpp).
#include "modules/formats_api.hpp"

namespace {
using rk::modules::FormatsApi;
using Pdf = FormatsApi::Pdf;

FormatsApi make_table() {
    FormatsApi t;
    t.read_xlsx_cells = &rk::io::detail::read_xlsx_cells;
    t.read_ods_cells = &rk::io::detail::read_ods_cells;
    t.write_workbook = &rk::io::write_workbook;
    t.workbook_bytes = &rk::io::workbook_bytes;
    t.pdf_create = [](const std::string& title, const std::string& footer) {
        return new Pdf(title, footer);
    };
    t.pdf_destroy = [](Pdf* p) { delete p; };
    t.pdf_paragraph = [](Pdf& p, const std::string& markup, Pdf::Style style, double indent,
                         const std::string& color) { p.paragraph(markup, style, indent, color); };
    t.pdf_table = [](Pdf& p, const std::vector<std::vector<std::string>>& rows,
                     const std::vector<bool>& numeric,
                     double font_size) { p.table(rows, numeric, font_size); };
    t.pdf_figure = [](Pdf& p, const std::string& svg, const std::string& caption,
                      std::string& error) { return p.figure(svg, caption, error); };
    t.pdf_space = [](Pdf& p, double points) { p.space(points); };
    t.pdf_new_page = [](Pdf& p, bool landscape) { p.new_page(landscape); };
    t.pdf_measure = [](Pdf& p, const std::string& markup, Pdf::Style style, double indent) {
        return p.measure(markup, style, indent);
    };
    t.pdf_ensure = [](Pdf& p, double points) { p.ensure(points); };
    t.pdf_pages = [](const Pdf& p) { return p.pages(); };
    t.pdf_finish = [](Pdf& p, std::string& error) { return p.finish(error); };
    t.markup_escape = &Pdf::markup_escape;
    return t;
}
}  // namespace

extern "C" __attribute__((visibility("default"))) const FormatsApi* rk_formats_entry() {
    static const FormatsApi table = make_table();
    return &table;
}

// .ods cells through liborcus, LibreOffice's own import library: orcus parses the
// OpenDocument XML and calls an import factory; ours keeps only typed cell values (strings,
// numbers, booleans, dates), not formatting, so the case mapping sees what the file typed.
#include <orcus/orcus_ods.hpp>
#include <orcus/spreadsheet/import_interface.hpp>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <map>
#include <memory>
#include <stdexcept>

#include "io/workbook_cells.hpp"
#include "io/xml.hpp"

namespace rk::io::detail {

namespace {

namespace ss = orcus::spreadsheet;

class SharedStrings : public ss::iface::import_shared_strings {
  public:
    std::vector<std::string> strings;
    std::size_t append(std::string_view s) override {
        strings.emplace_back(s);
        return strings.size() - 1;
    }
    std::size_t add(std::string_view s) override {
        auto [it, inserted] = index_.emplace(std::string(s), strings.size());
        if (inserted)
            strings.emplace_back(s);
        return it->second;
    }
    void set_segment_font(std::size_t) override {}
    void set_segment_bold(bool) override {}
    void set_segment_italic(bool) override {}
    void set_segment_font_name(std::string_view) override {}
    void set_segment_font_size(double) override {}
    void set_segment_font_color(ss::color_elem_t, ss::color_elem_t, ss::color_elem_t,
                                ss::color_elem_t) override {}
    void append_segment(std::string_view s) override { segments_ += s; }
    std::size_t commit_segments() override {
        strings.push_back(std::move(segments_));
        segments_.clear();
        return strings.size() - 1;
    }

  private:
    std::map<std::string, std::size_t> index_;
    std::string segments_;
};

// Cells are collected as they come and sorted row-major at the end.
class SheetSink : public ss::iface::import_sheet {
  public:
    SheetSink(Sheet& sheet, const SharedStrings& strings, std::size_t max_cells)
        : sheet_(sheet), strings_(strings), max_cells_(max_cells), formula_(*this) {}

    void set_auto(ss::row_t r, ss::col_t c, std::string_view s) override { text(r, c, s); }
    void set_string(ss::row_t r, ss::col_t c, ss::string_id_t i) override {
        if (i < strings_.strings.size())
            text(r, c, strings_.strings[i]);
    }
    void set_value(ss::row_t r, ss::col_t c, double v) override {
        add(r, c, SheetCell::Kind::Number, {}, v);
    }
    void set_bool(ss::row_t r, ss::col_t c, bool b) override {
        add(r, c, SheetCell::Kind::Bool, {}, b ? 1 : 0);
    }
    void set_date_time(ss::row_t r, ss::col_t c, int y, int mo, int d, int h, int mi,
                       double s) override {
        char buf[40];
        if (h == 0 && mi == 0 && s == 0)
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
        else
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d, h, mi,
                          static_cast<int>(s));
        add(r, c, SheetCell::Kind::Date, buf, 0);
    }
    void set_format(ss::row_t, ss::col_t, std::size_t) override {}
    void set_format(ss::row_t, ss::col_t, ss::row_t, ss::col_t, std::size_t) override {}
    void fill_down_cells(ss::row_t, ss::col_t, ss::row_t) override {}
    ss::range_size_t get_sheet_size() const override { return {1048576, 16384}; }
    ss::iface::import_formula* get_formula() override { return &formula_; }

    bool overflow = false;

  private:
    // A formula cell keeps its cached result, which is what the user sees.
    class Formula : public ss::iface::import_formula {
      public:
        explicit Formula(SheetSink& s) : sink_(s) {}
        void set_position(ss::row_t r, ss::col_t c) override {
            row_ = r;
            col_ = c;
        }
        void set_formula(ss::formula_grammar_t, std::string_view) override {}
        void set_shared_formula_index(std::size_t) override {}
        void set_result_string(std::string_view v) override { sink_.text(row_, col_, v); }
        void set_result_value(double v) override {
            sink_.add(row_, col_, SheetCell::Kind::Number, {}, v);
        }
        void set_result_bool(bool v) override {
            sink_.add(row_, col_, SheetCell::Kind::Bool, {}, v ? 1 : 0);
        }
        void set_result_empty() override {}
        void commit() override {}

      private:
        SheetSink& sink_;
        ss::row_t row_ = 0;
        ss::col_t col_ = 0;
    };

    void text(ss::row_t r, ss::col_t c, std::string_view s) {
        if (!s.empty())
            add(r, c, SheetCell::Kind::Text, std::string(s), 0);
    }
    void add(ss::row_t r, ss::col_t c, SheetCell::Kind k, std::string t, double n) {
        if (r < 0 || c < 0)
            return;
        if (sheet_.cells.size() >= max_cells_) {
            overflow = true;
            return;
        }
        sheet_.cells.push_back(SheetCell{r, c, k, std::move(t), n});
    }

    Sheet& sheet_;
    const SharedStrings& strings_;
    std::size_t max_cells_;
    Formula formula_;
};

class Factory : public ss::iface::import_factory {
  public:
    Factory(WorkbookCells& book, std::size_t max_cells) : book_(book), max_cells_(max_cells) {}
    ss::iface::import_shared_strings* get_shared_strings() override { return &strings_; }
    ss::iface::import_sheet* append_sheet(ss::sheet_t, std::string_view name) override {
        // The sinks keep references into book_.sheets, so the vector must never move: it is
        // reserved up front and a workbook with more sheets is refused.
        if (book_.sheets.size() >= book_.sheets.capacity())
            throw std::runtime_error("more than " + std::to_string(book_.sheets.capacity()) +
                                     " sheets");
        book_.sheets.emplace_back();
        book_.sheets.back().name = std::string(name);
        sinks_.push_back(std::make_unique<SheetSink>(book_.sheets.back(), strings_, max_cells_));
        return sinks_.back().get();
    }
    ss::iface::import_sheet* get_sheet(std::string_view name) override {
        for (std::size_t i = 0; i < sinks_.size(); ++i)
            if (book_.sheets[i].name == name)
                return sinks_[i].get();
        return nullptr;
    }
    ss::iface::import_sheet* get_sheet(ss::sheet_t i) override {
        return i >= 0 && static_cast<std::size_t>(i) < sinks_.size() ? sinks_[i].get() : nullptr;
    }
    void finalize() override {}
    bool overflow() const {
        for (const auto& s : sinks_)
            if (s->overflow)
                return true;
        return false;
    }

  private:
    WorkbookCells& book_;
    std::size_t max_cells_;
    SharedStrings strings_;
    std::vector<std::unique_ptr<SheetSink>> sinks_;
};

// Counts the cells with a value per table straight from content.xml, independently of
// orcus, so that a sheet orcus reads as empty while the file has values is caught.
struct ContentCounter : XmlHandler {
    std::map<std::string, std::size_t> valued;  // table name -> cells with a value type
    std::string table;
    void on_start(std::string_view, std::string_view name, const std::vector<XmlAttribute>& a, int,
                  int) override {
        if (name == "table")
            table = std::string(find_attr(a, "name"));
        else if (name == "table-cell" && has_attr(a, "value-type"))
            ++valued[table];
    }
    void on_end(std::string_view, std::string_view, std::string_view) override {}
};

constexpr std::size_t kMaxSheets = 1024;

}  // namespace

std::optional<WorkbookCells> read_ods_cells(std::string_view bytes, const std::string& file,
                                            const LoadLimits& limits, DiagnosticList& diags) {
    std::string error;
    auto content = zip_part(bytes, "content.xml", limits.max_file_bytes, error);
    if (!content) {
        diags.error(file, 0, 0,
                    error.empty() ? "not an .ods workbook: it has no content.xml" : error);
        return std::nullopt;
    }
    ContentCounter counter;
    XmlParser parser;
    if (!parser.parse(*content, file + ":content.xml", limits, counter, diags))
        return std::nullopt;

    if (!zip_archive_sane(bytes, limits.max_file_bytes, error)) {
        diags.error(file, 0, 0, error);
        return std::nullopt;
    }
    WorkbookCells book;
    book.sheets.reserve(kMaxSheets);
    Factory factory(book, limits.max_elements);
    try {
        orcus::orcus_ods reader(&factory);
        reader.read_stream(bytes);
    } catch (const std::exception& e) {
        diags.error(file, 0, 0, std::string("cannot read this .ods workbook: ") + e.what());
        return std::nullopt;
    }
    if (factory.overflow()) {
        diags.error(file, 0, 0,
                    "more than " + std::to_string(limits.max_elements) +
                        " cells in one sheet (limit LoadLimits::max_elements)");
        return std::nullopt;
    }
    for (auto& s : book.sheets) {
        std::stable_sort(s.cells.begin(), s.cells.end(), [](const auto& a, const auto& b) {
            return a.row != b.row ? a.row < b.row : a.col < b.col;
        });
        s.cells_in_file = counter.valued[s.name];
    }
    return book;
}

}  // namespace rk::io::detail

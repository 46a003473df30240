// Internal to the export module: a flowing multi-page A4 PDF document (cairo PDF surface,
// pango for text, librsvg for SVG figures), used by the PDF report. Text stays text in the
// file and figures stay vector: Graphviz's SVG is drawn by librsvg onto the PDF surface.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace rk::exporter::detail {

class PdfPages {
  public:
    // Starts an A4 portrait document; `footer` is printed on every page with its number.
    PdfPages(const std::string& title, const std::string& footer);
    ~PdfPages();
    PdfPages(const PdfPages&) = delete;
    PdfPages& operator=(const PdfPages&) = delete;

    enum class Style { Title, Meta, Heading, Subheading, Body, Small };
    // A paragraph of pango markup (escape text with markup_escape). Breaks to a new page when
    // it does not fit; `keep_with_next` points of following content must fit too (headings).
    void paragraph(const std::string& markup, Style style, double indent = 0,
                   const std::string& color = "#1A1A1A");
    // A table with a header row; `numeric[c]` right-aligns column c. Columns wider than the
    // page wrap; rows move whole to the next page, where the header repeats.
    void table(const std::vector<std::vector<std::string>>& rows, const std::vector<bool>& numeric,
               double font_size = 9);
    // An SVG drawing on a page of its own, landscape when it is wider than tall, scaled to fit
    // the page (never enlarged beyond 1.5 x), with a caption under it. False (and
    // `error`) when librsvg cannot read it.
    bool figure(const std::string& svg, const std::string& caption_markup, std::string& error);
    void space(double points);
    void new_page(bool landscape = false);
    // Height in points the paragraph would take (for keeping a heading with its text).
    double measure(const std::string& markup, Style style, double indent = 0);
    void ensure(double points);  // new page unless `points` still fit

    int pages() const { return page_; }
    // Closes the document and returns the PDF bytes; empty with `error` set on failure.
    std::string finish(std::string& error);

    static std::string markup_escape(const std::string& text);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    int page_ = 1;
};

}  // namespace rk::exporter::detail

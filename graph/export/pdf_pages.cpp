// A4 PDF pages with cairo, pango and librsvg (pdf_pages.hpp).
#include "export/pdf_pages.hpp"

#include <cairo-pdf.h>
#include <librsvg/rsvg.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <numeric>

namespace rk::exporter::detail {

namespace {

constexpr double kA4Width = 595.28, kA4Height = 841.89;  // points
constexpr double kMargin = 56;                           // about 2 cm
constexpr double kFooter = 24;                           // room for the page footer
constexpr double kCellPad = 4;

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

struct FontSpec {
    const char* family;
    double size;
    bool bold;
    double space_before, space_after;
};

FontSpec font_of(PdfPages::Style s) {
    switch (s) {
        case PdfPages::Style::Title:
            return {"DejaVu Sans", 20, true, 0, 4};
        case PdfPages::Style::Meta:
            return {"DejaVu Sans", 10.5, false, 0, 10};
        case PdfPages::Style::Heading:
            return {"DejaVu Sans", 14, true, 14, 6};
        case PdfPages::Style::Subheading:
            return {"DejaVu Sans", 11, true, 8, 3};
        case PdfPages::Style::Body:
            return {"DejaVu Sans", 10, false, 0, 5};
        case PdfPages::Style::Small:
            return {"DejaVu Sans", 8.5, false, 0, 4};
    }
    return {"DejaVu Sans", 10, false, 0, 5};
}

void set_color(cairo_t* cr, const std::string& hex) {
    auto channel = [&](int i) {
        return hex.size() == 7 ? std::stoi(hex.substr(1 + 2 * i, 2), nullptr, 16) / 255.0 : 0.1;
    };
    cairo_set_source_rgb(cr, channel(0), channel(1), channel(2));
}

double sum(const std::vector<double>& v) {
    return std::accumulate(v.begin(), v.end(), 0.0);
}

// Column widths within `avail`: natural when they fit; else each column gives up part of what
// it has beyond `minimum` (its body cells, so only headers wrap); else the widest are capped.
std::vector<double> fit_columns(const std::vector<double>& natural, std::vector<double> minimum,
                                double avail) {
    if (sum(natural) <= avail)
        return natural;
    if (sum(minimum) <= avail) {
        const double f = (avail - sum(minimum)) / (sum(natural) - sum(minimum));
        for (std::size_t c = 0; c < minimum.size(); ++c)
            minimum[c] += (natural[c] - minimum[c]) * f;
        return minimum;
    }
    // Water-filling: the largest cap such that the capped widths sum to the page width.
    std::vector<double> sorted = minimum;
    std::sort(sorted.begin(), sorted.end());
    double used = 0, cap = avail / static_cast<double>(sorted.size());
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const double rest = static_cast<double>(sorted.size() - i);
        if (used + sorted[i] * rest >= avail) {
            cap = (avail - used) / rest;
            break;
        }
        used += sorted[i];
    }
    for (auto& w : minimum)
        w = std::min(w, cap);
    return minimum;
}

}  // namespace

struct PdfPages::Impl {
    std::string bytes;
    cairo_surface_t* surface = nullptr;
    cairo_t* cr = nullptr;
    std::string footer;
    double width = kA4Width, height = kA4Height;
    double y = kMargin;
    bool figure_page = false;  // the current page holds a figure: text flows on a new page

    bool page_empty() const { return y <= kMargin + 1; }

    double content_width() const { return width - 2 * kMargin; }
    double bottom() const { return height - kMargin - kFooter; }

    PangoLayout* layout(const std::string& markup, double size, bool bold, double width_pt,
                        PangoAlignment align = PANGO_ALIGN_LEFT) {
        PangoLayout* l = pango_cairo_create_layout(cr);
        // Font sizes in points on a surface in points (pango assumes 96 dpi otherwise).
        pango_cairo_context_set_resolution(pango_layout_get_context(l), 72);
        pango_layout_context_changed(l);
        PangoFontDescription* fd = pango_font_description_from_string("DejaVu Sans");
        pango_font_description_set_size(fd, static_cast<int>(size * PANGO_SCALE));
        if (bold)
            pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
        pango_layout_set_font_description(l, fd);
        pango_font_description_free(fd);
        pango_layout_set_width(l, static_cast<int>(width_pt * PANGO_SCALE));
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
        pango_layout_set_alignment(l, align);
        pango_layout_set_markup(l, markup.c_str(), -1);
        return l;
    }
    static double height_of(PangoLayout* l) {
        int w = 0, h = 0;
        pango_layout_get_size(l, &w, &h);
        return static_cast<double>(h) / PANGO_SCALE;
    }
    static double width_of(PangoLayout* l) {
        int w = 0, h = 0;
        pango_layout_get_size(l, &w, &h);
        return static_cast<double>(w) / PANGO_SCALE;
    }
    void draw_at(PangoLayout* l, double x, double top, const std::string& color) {
        cairo_move_to(cr, x, top);
        set_color(cr, color);
        pango_cairo_show_layout(cr, l);
    }
    void draw_footer(int page) {
        const std::string text = markup_escape(footer) + "  \u00b7  " + std::to_string(page);
        PangoLayout* l = layout(text, 8, false, content_width(), PANGO_ALIGN_RIGHT);
        draw_at(l, kMargin, height - kMargin, "#777777");
        g_object_unref(l);
    }
};

PdfPages::PdfPages(const std::string& title, const std::string& footer)
    : impl_(std::make_unique<Impl>()) {
    impl_->footer = footer;
    impl_->surface =
        cairo_pdf_surface_create_for_stream(append_bytes, &impl_->bytes, kA4Width, kA4Height);
    cairo_pdf_surface_set_metadata(impl_->surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(impl_->surface, CAIRO_PDF_METADATA_CREATOR, "Regiekaart");
    impl_->cr = cairo_create(impl_->surface);
}

PdfPages::~PdfPages() {
    if (impl_->cr)
        cairo_destroy(impl_->cr);
    if (impl_->surface)
        cairo_surface_destroy(impl_->surface);
}

std::string PdfPages::markup_escape(const std::string& text) {
    char* e = g_markup_escape_text(text.c_str(), static_cast<gssize>(text.size()));
    std::string out(e);
    g_free(e);
    return out;
}

void PdfPages::new_page(bool landscape) {
    impl_->figure_page = false;
    if (!impl_->page_empty()) {
        impl_->draw_footer(page_);
        cairo_show_page(impl_->cr);
        ++page_;
    }
    impl_->width = landscape ? kA4Height : kA4Width;
    impl_->height = landscape ? kA4Width : kA4Height;
    cairo_pdf_surface_set_size(impl_->surface, impl_->width, impl_->height);
    impl_->y = kMargin;
}

void PdfPages::ensure(double points) {
    if (impl_->figure_page)
        new_page();
    if (impl_->y + points > impl_->bottom() && impl_->y > kMargin + 1)
        new_page();
}

void PdfPages::space(double points) {
    impl_->y += points;
}

double PdfPages::measure(const std::string& markup, Style style, double indent) {
    const FontSpec f = font_of(style);
    PangoLayout* l = impl_->layout(markup, f.size, f.bold, impl_->content_width() - indent);
    const double h = Impl::height_of(l);
    g_object_unref(l);
    return f.space_before + h + f.space_after;
}

void PdfPages::paragraph(const std::string& markup, Style style, double indent,
                         const std::string& color) {
    const FontSpec f = font_of(style);
    PangoLayout* l = impl_->layout(markup, f.size, f.bold, impl_->content_width() - indent);
    const double h = Impl::height_of(l);
    // A heading keeps at least two lines of what follows on its page.
    const bool heading = style == Style::Heading || style == Style::Subheading;
    if (impl_->figure_page)
        new_page();
    ensure(f.space_before + h + (heading ? 40 : 0));
    if (impl_->y > kMargin + 1)
        impl_->y += f.space_before;
    impl_->draw_at(l, kMargin + indent, impl_->y, color);
    impl_->y += h + f.space_after;
    g_object_unref(l);
}

void PdfPages::table(const std::vector<std::vector<std::string>>& rows,
                     const std::vector<bool>& numeric, double font_size) {
    if (rows.empty())
        return;
    const std::size_t cols = rows[0].size();
    // Natural column widths; when they do not fit, text wraps at spaces (a column never gets
    // narrower than its longest word, or its widest number); a table that still does not fit
    // gets smaller type, down to 6 pt, before the widest columns are capped.
    std::vector<double> natural, minimum;
    auto text_width = [&](const std::string& text, bool bold) {
        PangoLayout* l = impl_->layout(markup_escape(text), font_size, bold, -1);
        pango_layout_set_width(l, -1);
        const double w = Impl::width_of(l) + 2 * kCellPad + 1;
        g_object_unref(l);
        return w;
    };
    auto longest_word = [&](const std::string& text, bool bold) {
        double w = 0;
        for (std::size_t start = 0; start < text.size();) {
            const std::size_t end = std::min(text.find(' ', start), text.size());
            w = std::max(w, text_width(text.substr(start, end - start), bold));
            start = end + 1;
        }
        return w;
    };
    for (;; font_size -= 0.5) {
        natural.assign(cols, 0);
        minimum.assign(cols, 0);
        for (std::size_t r = 0; r < rows.size(); ++r)
            for (std::size_t c = 0; c < cols && c < rows[r].size(); ++c) {
                const double w = text_width(rows[r][c], r == 0);
                natural[c] = std::max(natural[c], w);
                const bool whole = r > 0 && c < numeric.size() && numeric[c];
                minimum[c] = std::max(minimum[c], whole ? w : longest_word(rows[r][c], r == 0));
            }
        if (sum(minimum) <= impl_->content_width() || font_size <= 6)
            break;
    }
    const std::vector<double> width = fit_columns(natural, minimum, impl_->content_width());

    auto row_layouts = [&](std::size_t r) {
        std::vector<PangoLayout*> ls;
        for (std::size_t c = 0; c < cols; ++c) {
            const std::string text = c < rows[r].size() ? rows[r][c] : "";
            ls.push_back(impl_->layout(markup_escape(text), font_size, r == 0,
                                       width[c] - 2 * kCellPad,
                                       numeric[c] && r > 0 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT));
        }
        return ls;
    };
    auto row_height = [&](const std::vector<PangoLayout*>& ls) {
        double h = 0;
        for (auto* l : ls)
            h = std::max(h, Impl::height_of(l));
        return h + 2 * kCellPad;
    };
    auto draw_row = [&](const std::vector<PangoLayout*>& ls, double h, bool header) {
        double x = kMargin;
        cairo_t* cr = impl_->cr;
        for (std::size_t c = 0; c < cols; ++c) {
            cairo_rectangle(cr, x, impl_->y, width[c], h);
            if (header) {
                set_color(cr, "#EEEEEE");
                cairo_fill_preserve(cr);
            }
            set_color(cr, "#BBBBBB");
            cairo_set_line_width(cr, 0.5);
            cairo_stroke(cr);
            impl_->draw_at(ls[c], x + kCellPad, impl_->y + kCellPad, "#1A1A1A");
            x += width[c];
        }
        impl_->y += h;
    };
    auto release = [](std::vector<PangoLayout*>& ls) {
        for (auto* l : ls)
            g_object_unref(l);
    };

    if (impl_->figure_page)
        new_page();
    auto header = row_layouts(0);
    const double header_h = row_height(header);
    for (std::size_t r = 1; r < rows.size() || r == 1; ++r) {
        std::vector<PangoLayout*> ls =
            r < rows.size() ? row_layouts(r) : std::vector<PangoLayout*>{};
        const double h = ls.empty() ? 0 : row_height(ls);
        const bool first = r == 1;
        if (impl_->y + h + (first ? header_h : 0) > impl_->bottom()) {
            new_page();
            draw_row(header, header_h, true);
        } else if (first) {
            draw_row(header, header_h, true);
        }
        if (!ls.empty())
            draw_row(ls, h, false);
        release(ls);
        if (r >= rows.size())
            break;
    }
    release(header);
    impl_->y += 8;
}

bool PdfPages::figure(const std::string& svg, const std::string& caption_markup,
                      std::string& error) {
    GError* gerr = nullptr;
    RsvgHandle* h =
        rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &gerr);
    if (!h) {
        error = std::string("librsvg cannot read the diagram: ") + (gerr ? gerr->message : "?");
        if (gerr)
            g_error_free(gerr);
        return false;
    }
    rsvg_handle_set_dpi(h, 72);  // Graphviz sizes are in points: 1 pt = 1 unit here
    double w = 0, hgt = 0;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(h, &w, &hgt) || w <= 0 || hgt <= 0) {
        error = "the diagram has no size";
        g_object_unref(h);
        return false;
    }
    new_page(w > hgt);
    const double caption_h = caption_markup.empty() ? 0 : measure(caption_markup, Style::Small) + 6;
    const double avail_w = impl_->content_width();
    const double avail_h = impl_->bottom() - impl_->y - caption_h;
    const double scale = std::min({avail_w / w, avail_h / hgt, 1.5});
    RsvgRectangle viewport{kMargin + (avail_w - w * scale) / 2, impl_->y, w * scale, hgt * scale};
    const bool ok = rsvg_handle_render_document(h, impl_->cr, &viewport, &gerr);
    g_object_unref(h);
    if (!ok) {
        error = std::string("librsvg cannot draw the diagram: ") + (gerr ? gerr->message : "?");
        if (gerr)
            g_error_free(gerr);
        return false;
    }
    impl_->y += hgt * scale + 6;
    if (!caption_markup.empty())
        paragraph(caption_markup, Style::Small, 0, "#444444");
    impl_->figure_page = true;
    return true;
}

std::string PdfPages::finish(std::string& error) {
    impl_->draw_footer(page_);
    cairo_destroy(impl_->cr);
    impl_->cr = nullptr;
    cairo_surface_finish(impl_->surface);
    const cairo_status_t st = cairo_surface_status(impl_->surface);
    cairo_surface_destroy(impl_->surface);
    impl_->surface = nullptr;
    if (st != CAIRO_STATUS_SUCCESS) {
        error = std::string("cairo: ") + cairo_status_to_string(st);
        return {};
    }
    return std::move(impl_->bytes);
}

}  // namespace rk::exporter::detail

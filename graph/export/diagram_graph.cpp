// DOT writing and Graphviz rendering for every diagram export.
#include "export/diagram_graph.hpp"
#include "layout/clear_spot.hpp"
#include "layout/layout.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <regex>

namespace rk::exporter::detail {

namespace {

constexpr double kCharWidth = 6.2;  // average DejaVu Sans advance at 11 pt
constexpr double kPad = 18;         // space between drawing and legend, caption, table

std::size_t u8len(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

std::string quote(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out + '"';
}

std::string node_label(const DNode& n) {
    std::string l = "<";
    for (std::size_t i = 0; i < n.lines.size(); ++i) {
        if (i)
            l += "<br/>";
        l += escape_html(n.lines[i]);
    }
    if (!n.badge.empty())
        l += "<br/><font point-size=\"8\">" + escape_html(n.badge) + "</font>";
    return l + ">";
}

double legend_width(const DGraph& g) {
    std::size_t chars = u8len(g.legend_title);
    for (const auto& r : g.legend)
        chars = std::max(chars, u8len(r.text) + 5);
    return static_cast<double>(chars) * kCharWidth + 30;
}

std::string legend_label(const DGraph& g) {
    std::string t =
        "<<table border=\"1\" cellborder=\"0\" cellspacing=\"1\" cellpadding=\"3\" "
        "color=\"#9A9A9A\" bgcolor=\"#FFFFFF\">";
    t +=
        "<tr><td colspan=\"2\" align=\"left\"><b>" + escape_html(g.legend_title) + "</b></td></tr>";
    for (const auto& r : g.legend) {
        switch (r.kind) {
            case LegendRow::Kind::Heading:
                t += "<tr><td colspan=\"2\" align=\"left\"><font point-size=\"9\" "
                     "color=\"#555555\">" +
                     escape_html(r.text) + "</font></td></tr>";
                break;
            case LegendRow::Kind::Swatch:
                t += "<tr><td width=\"26\" height=\"12\" fixedsize=\"true\" bgcolor=\"" + r.color +
                     "\" border=\"1\" color=\"#555555\"></td><td align=\"left\">" +
                     escape_html(r.text) + "</td></tr>";
                break;
            case LegendRow::Kind::Outline:
                t += "<tr><td width=\"26\" height=\"12\" fixedsize=\"true\" border=\"3\" color=\"" +
                     r.color + "\"></td><td align=\"left\">" + escape_html(r.text) + "</td></tr>";
                break;
            case LegendRow::Kind::Line:
                t += "<tr><td align=\"center\"><font color=\"" + r.color + "\">" +
                     escape_html(r.sample) + "</font></td><td align=\"left\">" +
                     escape_html(r.text) + "</td></tr>";
                break;
        }
    }
    return t + "</table>>";
}

std::string table_label(const DGraph& g) {
    std::string t =
        "<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
        "color=\"#BBBBBB\">";
    if (!g.table_title.empty())
        t += "<tr><td colspan=\"" + std::to_string(g.table.empty() ? 1 : g.table[0].size()) +
             "\" align=\"left\" border=\"0\"><b>" + escape_html(g.table_title) + "</b></td></tr>";
    for (std::size_t r = 0; r < g.table.size(); ++r) {
        t += "<tr>";
        for (std::size_t c = 0; c < g.table[r].size(); ++c) {
            const std::string& cell = g.table[r][c];
            t += std::string("<td align=\"") + (c == 0 ? "left" : "right") + "\"" +
                 (r == 0 ? " bgcolor=\"#EEEEEE\"" : "") + ">" +
                 (r == 0 ? "<b>" + escape_html(cell) + "</b>" : escape_html(cell)) + "</td>";
        }
        t += "</tr>";
    }
    return t + "</table>>";
}

double legend_height(const DGraph& g) {
    return (static_cast<double>(g.legend.size()) + 1) * 19 + 8;
}

// The name under a screen mark: the canvas font, 13 px x 0.92.
constexpr double kMarkLabelSize = 12, kMarkLabelLine = 15;

std::string mark_label_text(const DNode& n) {
    std::string text;
    for (const auto& l : n.lines)
        text += (text.empty() ? "" : " ") + l;
    return text;
}

// A node as the canvas draws it: a fixed-size mark, the name in a pale pill under it and the
// role letter in a dark disc at its top right (canvas.cpp draw_labels).
std::string screen_mark(const DNode& n, const std::string& id, const std::string& text_color) {
    const double r = n.radius;
    std::string style = "filled";
    if (n.dashed)
        style += ",dashed";
    std::string d = "  " + id + " [pos=\"" + num(n.x) + "," + num(n.y) + "!\", shape=" + n.shape +
                    ", fixedsize=true, width=" + num(2 * r / 72) + ", height=" + num(2 * r / 72) +
                    ", label=\"\", fillcolor=\"" + n.fill + "\", color=\"" + n.outline +
                    "\", penwidth=" + num(n.penwidth) + ", style=" + quote(style);
    if (n.peripheries != 1)
        d += ", peripheries=" + std::to_string(n.peripheries);
    d += "];\n";
    const std::string text = mark_label_text(n);
    if (!text.empty()) {
        constexpr double kSize = kMarkLabelSize, kLine = kMarkLabelLine;
        d += "  " + id + "_label [pos=\"" + num(n.x) + "," + num(n.y - r - 3 - kLine / 2) +
             "!\", shape=box, style=\"rounded,filled\", penwidth=0, fillcolor=\"#FFFFFFC8\", " +
             "margin=\"0.04,0\", width=0, height=" + num(kLine / 72) + ", fontsize=" + num(kSize) +
             ", fontcolor=\"" + text_color + "\", label=<" + escape_html(text) + ">];\n";
    }
    if (!n.mark_badge.empty() && r >= 6) {
        d += "  " + id + "_badge [pos=\"" + num(n.x + 0.8 * r) + "," + num(n.y + 0.8 * r) +
             "!\", shape=circle, fixedsize=true, width=" + num(14.0 / 72) +
             ", style=filled, fillcolor=\"#14141E\", color=\"#14141E\", fontcolor=\"white\", " +
             "fontsize=8, label=<" + escape_html(n.mark_badge) + ">];\n";
    }
    return d;
}

// Window mode: title top left, legend bottom left, caption bottom right, all inside the
// window, and the anchor that render_dot centres the viewport on.
std::string window_decorations(const DGraph& g) {
    const double W = g.window->width, H = g.window->height, m = 10;
    std::string d = "  rk_view_anchor [pos=\"0,0!\", shape=point, width=0.01, style=invis];\n";
    if (!g.title.empty() || !g.subtitle.empty()) {
        std::string label = "<<b>" + escape_html(g.title) + "</b><br align=\"left\"/>";
        if (!g.subtitle.empty())
            label += "<font point-size=\"10\" color=\"#444444\">" + escape_html(g.subtitle) +
                     "</font><br align=\"left\"/>";
        label += ">";
        const double w =
            static_cast<double>(std::max(u8len(g.title) * 13 / 11, u8len(g.subtitle))) * 6;
        d += "  rk_title [shape=plaintext, style=\"\", fontsize=13, pos=\"" +
             num(-W / 2 + m + w / 2) + "," + num(H / 2 - m - 16) + "!\", label=" + label + "];\n";
    }
    if (!g.legend.empty()) {
        const double w = legend_width(g), h = legend_height(g);
        // The canvas legend's smaller type (0.8 x the UI font) and size.
        constexpr double kSmall = 9.5 / 11;
        d += "  legend [shape=plain, style=\"\", fontsize=9.5, pos=\"" +
             num(-W / 2 + m + w * kSmall / 2) + "," + num(-H / 2 + m + h * kSmall / 2) +
             "!\", label=" + legend_label(g) + "];\n";
    }
    if (!g.caption.empty()) {
        const double w = static_cast<double>(u8len(g.caption)) * 5.8;
        d += "  caption [shape=plaintext, style=\"\", fontsize=10, fontcolor=\"#333333\", pos=\"" +
             num(W / 2 - m - w / 2) + "," + num(-H / 2 + m + 6) + "!\", label=<" +
             escape_html(g.caption) + ">];\n";
    }
    return d;
}

// The layout module's lock: cgraph's global state is shared by layout and export.
std::mutex& gv_mutex() {
    return layout::graphviz_mutex();
}

// Graphviz reports errors through a callback; collect them for the caller.
std::string* g_errors = nullptr;
int collect_error(char* msg) {
    if (g_errors)
        *g_errors += msg;
    return 0;
}

double svg_length(const std::string& svg, const std::string& attr) {
    std::smatch m;
    const std::regex re(attr + "=\"([0-9.]+)pt\"");
    if (std::regex_search(svg, m, re))
        return std::atof(m[1].str().c_str());
    return 0;
}

// Window mode (graph attribute rk_window="W,H"): Graphviz moved the drawing after layout,
// so the viewport is centred where the anchor at (0, 0) ended up.
void clip_to_window(Agraph_t* g) {
    const char* win = agget(g, const_cast<char*>("rk_window"));
    Agnode_t* anchor = agnode(g, const_cast<char*>("rk_view_anchor"), 0);
    if (!win || !*win || !anchor)
        return;
    const std::string viewport =
        std::string(win) + ",1," + num(ND_coord(anchor).x) + "," + num(ND_coord(anchor).y);
    agsafeset(g, const_cast<char*>("viewport"), const_cast<char*>(viewport.c_str()),
              const_cast<char*>(""));
}

}  // namespace

std::string escape_html(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\n':
                out += ' ';
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::vector<std::string> wrap(const std::string& text, std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos)
            end = text.size();
        const std::string word = text.substr(start, end - start);
        if (!word.empty()) {
            if (!line.empty() && u8len(line) + 1 + u8len(word) > width) {
                lines.push_back(line);
                line.clear();
            }
            line += (line.empty() ? "" : " ") + word;
        }
        start = end + 1;
    }
    if (!line.empty())
        lines.push_back(line);
    if (lines.empty())
        lines.push_back("");
    return lines;
}

double node_width(const DNode& n) {
    std::size_t chars = u8len(n.badge) * 8 / 11;
    for (const auto& l : n.lines)
        chars = std::max(chars, u8len(l));
    return (static_cast<double>(chars) * kCharWidth + 22) * n.scale;
}

double node_height(const DNode& n) {
    return (static_cast<double>(n.lines.size()) * 14 + (n.badge.empty() ? 0 : 11) + 14) *
           std::sqrt(n.scale);
}

namespace {

// Rectangles in screen orientation (y down) so that clear_spot's "nearest, below first"
// means the same in a file as on the canvas; DNode coordinates have y up.
layout::Rect screen_rect(double x, double y, double w, double h) {
    return layout::rect_around({x, -y}, {w, h});
}

// What a node covers: its box, or a screen mark and the name under it.
void add_covered(const DNode& n, std::vector<layout::Rect>& taken) {
    if (n.radius <= 0) {
        taken.push_back(screen_rect(n.x, n.y, node_width(n), node_height(n)));
        return;
    }
    taken.push_back(screen_rect(n.x, n.y, 2 * n.radius, 2 * n.radius));
    const std::string text = mark_label_text(n);
    if (!text.empty()) {
        const double w = static_cast<double>(u8len(text)) * kCharWidth * kMarkLabelSize / 11 + 6;
        taken.push_back(
            screen_rect(n.x, n.y - n.radius - 3 - kMarkLabelLine / 2, w, kMarkLabelLine));
    }
}

// Floating nodes (agreement hubs) move to the nearest spot where they hide no node and no
// name, one after the other, each avoiding those placed before it: the canvas's rule.
std::vector<DNode> with_floating_nodes_placed(const std::vector<DNode>& nodes) {
    std::vector<layout::Rect> taken;
    for (const auto& n : nodes)
        if (!n.floating)
            add_covered(n, taken);
    std::vector<DNode> placed = nodes;
    for (auto& n : placed) {
        if (!n.floating)
            continue;
        const layout::Box size{node_width(n), node_height(n)};
        const layout::Vec2 at = layout::clear_spot({n.x, -n.y}, size, taken);
        n.x = at.x;
        n.y = -at.y;
        taken.push_back(layout::rect_around(at, size));
    }
    return placed;
}

}  // namespace

std::string to_dot(const DGraph& g) {
    std::string d = "digraph regiekaart {\n";
    std::string label;
    if (!g.title.empty() || !g.subtitle.empty()) {
        // Every line ends in a left-aligned break, so title and subtitle share a left edge.
        label = "<<b>" + escape_html(g.title) + "</b><br align=\"left\"/>";
        if (!g.subtitle.empty())
            label += "<font point-size=\"11\" color=\"#444444\">" + escape_html(g.subtitle) +
                     "</font><br align=\"left\"/>";
        label += ">";
    }
    const bool big = g.nodes.size() > 250;
    const auto& win = g.window;
    if (win)
        label.clear();  // the title sits inside the window (window_decorations)
    d += "  graph [" + (label.empty() ? std::string() : "label=" + label + ", ") +
         "labelloc=t, labeljust=l, fontsize=16, fontname=" + quote(g.font) + ", bgcolor=\"" +
         (win ? win->background : "white") + "\", pad=" + (win ? "0" : "0.3") +
         ", outputorder=edgesfirst, splines=" + (big || win ? "line" : "true");
    if (win)
        d += ", rk_window=\"" + num(win->width) + "," + num(win->height) + "\"";
    d += "];\n";
    d += "  node [shape=box, style=\"rounded,filled\", fontname=" + quote(g.font) +
         ", fontsize=11, margin=\"0.10,0.05\", color=\"#333333\"];\n";
    d += "  edge [fontname=" + quote(g.font) + ", fontsize=9, arrowsize=0.8];\n";

    double minx = 1e300, maxx = -1e300, miny = 1e300, maxy = -1e300;
    auto extend = [&](double x, double y, double w, double h) {
        minx = std::min(minx, x - w / 2);
        maxx = std::max(maxx, x + w / 2);
        miny = std::min(miny, y - h / 2);
        maxy = std::max(maxy, y + h / 2);
    };
    int k = 0;
    std::map<std::string, std::string> gv_id;  // our ids may hold anything: use n0, n1...
    for (const auto& n : with_floating_nodes_placed(g.nodes)) {
        const std::string id = "n" + std::to_string(k++);
        gv_id[n.id] = id;
        if (n.radius > 0) {
            d += screen_mark(n, id, win ? win->text_color : "#191923");
            extend(n.x, n.y, 2 * n.radius, 2 * n.radius);
            continue;
        }
        const double w = node_width(n), h = node_height(n);
        extend(n.x, n.y, w, h);
        std::string style = "rounded,filled";
        if (n.dashed)
            style += ",dashed";
        d += "  " + id + " [pos=\"" + num(n.x) + "," + num(n.y) + "!\", width=" + num(w / 72) +
             ", height=" + num(h / 72) + ", label=" + node_label(n) + ", fillcolor=\"" + n.fill +
             "\", fontcolor=\"" + n.font_color + "\", color=\"" + n.outline +
             "\", penwidth=" + num(n.penwidth) + ", style=" + quote(style);
        if (n.peripheries != 1)
            d += ", peripheries=" + std::to_string(n.peripheries);
        if (n.scale != 1.0)
            d += ", fontsize=" + num(11 * std::min(1.4, std::sqrt(n.scale)));
        if (!n.tooltip.empty())
            d += ", tooltip=" + quote(n.tooltip);
        d += "];\n";
    }
    for (const auto& t : g.texts) {
        const std::string id = "n" + std::to_string(k++);
        const double w = static_cast<double>(u8len(t.text)) * t.size * 0.6;
        extend(t.x, t.y, w, t.size + 6);
        d += "  " + id + " [pos=\"" + num(t.x) + "," + num(t.y) + "!\", shape=plaintext, " +
             "style=\"\", fontsize=" + num(t.size) + ", label=<" +
             (t.bold ? "<b>" + escape_html(t.text) + "</b>" : escape_html(t.text)) + ">];\n";
    }
    if (g.nodes.empty() && g.texts.empty())
        minx = maxx = miny = maxy = 0;
    for (const auto& e : g.edges) {
        auto f = gv_id.find(e.from), t = gv_id.find(e.to);
        if (f == gv_id.end() || t == gv_id.end())
            continue;
        d += "  " + f->second + " -> " + t->second + " [color=\"" + e.color +
             "\", style=" + e.style + ", penwidth=" + num(e.penwidth) +
             (e.arrow ? ", arrowhead=" + e.arrowhead : std::string(", dir=none"));
        if (!e.tooltip.empty())
            d += ", tooltip=" + quote(e.tooltip);
        d += "];\n";
    }
    if (win)
        return d + window_decorations(g) + "}\n";
    if (!g.legend.empty()) {
        const double w = legend_width(g);
        const double h = legend_height(g);
        d += "  legend [shape=plain, style=\"\", pos=\"" + num(maxx + kPad * 2 + w / 2) + "," +
             num(maxy - h / 2) + "!\", label=" + legend_label(g) + "];\n";
        miny = std::min(miny, maxy - h);
    }
    double below = miny - kPad;
    if (!g.table.empty()) {
        std::vector<std::size_t> widths(g.table[0].size(), 0);
        for (const auto& row : g.table)
            for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c)
                widths[c] = std::max(widths[c], u8len(row[c]));
        double w = 0;
        for (auto cw : widths)
            w += static_cast<double>(cw) * 6.0 + 8;
        const double h = (static_cast<double>(g.table.size()) + 1) * 19;
        d += "  delta_table [shape=plain, style=\"\", fontsize=10, pos=\"" + num(minx + w / 2) +
             "," + num(below - h / 2) + "!\", label=" + table_label(g) + "];\n";
        below -= h + kPad;
    }
    if (!g.caption.empty()) {
        const auto lines = wrap(g.caption, 110);
        std::string label = "<";
        for (std::size_t i = 0; i < lines.size(); ++i)
            label += (i ? "<br align=\"left\"/>" : "") + escape_html(lines[i]);
        label += "<br align=\"left\"/>>";
        std::size_t longest = 0;
        for (const auto& l : lines)
            longest = std::max(longest, u8len(l));
        const double w = static_cast<double>(longest) * 5.8;
        d += "  caption [shape=plaintext, style=\"\", fontsize=10, fontcolor=\"#333333\", pos=\"" +
             num(minx + w / 2) + "," + num(below - 8.0 * static_cast<double>(lines.size())) +
             "!\", label=" + label + "];\n";
    }
    return d + "}\n";
}

RenderResult render_dot(const std::string& dot, ImageFormat format, double dpi) {
    RenderResult r;
    std::lock_guard lock(gv_mutex());
    std::string errors;
    g_errors = &errors;
    agseterrf(collect_error);
    // One context for the whole process, never freed: Graphviz 2.42's pango plugin caches a
    // pointer to the last font name, which lives in the context's font table, so freeing a
    // context made the next render read freed memory (heap-use-after-free under ASan).
    static GVC_t* gvc = gvContext();
    Agraph_t* g = agmemread(dot.c_str());
    if (!g) {
        r.error = "Graphviz could not read the diagram: " + errors;
        g_errors = nullptr;
        return r;
    }
    if (format == ImageFormat::Png)
        agsafeset(g, const_cast<char*>("dpi"), const_cast<char*>(num(dpi).c_str()),
                  const_cast<char*>(""));
    if (gvLayout(gvc, g, "nop2") != 0) {
        r.error = "Graphviz layout (nop2) failed: " + errors;
    } else {
        clip_to_window(g);
        auto render = [&](const char* renderer, std::string& out) {
            char* buf = nullptr;
            unsigned int len = 0;
            if (gvRenderData(gvc, g, renderer, &buf, &len) != 0 || !buf)
                return false;
            out.assign(buf, len);
            gvFreeRenderData(buf);
            return true;
        };
        std::string svg;
        if (!render("svg", svg)) {
            r.error = "Graphviz SVG rendering failed: " + errors;
        } else {
            // With a dpi attribute the SVG renderer scales its size by dpi / 72 too.
            const double unscale = format == ImageFormat::Png ? 72.0 / dpi : 1.0;
            r.width_pt = svg_length(svg, "width") * unscale;
            r.height_pt = svg_length(svg, "height") * unscale;
            if (format == ImageFormat::Svg) {
                r.data = std::move(svg);
                r.ok = true;
            } else {
                const char* renderer = format == ImageFormat::Pdf ? "pdf:cairo" : "png:cairo";
                r.ok = render(renderer, r.data);
                if (!r.ok)
                    r.error = std::string("Graphviz ") + renderer + " rendering failed: " + errors;
            }
        }
        gvFreeLayout(gvc, g);
    }
    agclose(g);
    g_errors = nullptr;
    return r;
}

}  // namespace rk::exporter::detail

// Internal to the export module: a drawing described in Graphviz terms (nodes at fixed
// positions, styled edges, legend, title, caption, table), written as DOT and rendered by
// gvc. Scenario diagrams and comparison diagrams both build one of these, so titles,
// legends and fonts look the same everywhere.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "export/export.hpp"

namespace rk::exporter::detail {

struct DNode {
    std::string id;
    std::vector<std::string> lines;  // label lines (wrapped name)
    std::string badge;               // small second line, e.g. the roles
    double x = 0, y = 0;             // points, Graphviz orientation (y up)
    std::string fill = "#FFFFFF";
    std::string font_color = "#000000";
    std::string outline = "#333333";
    double penwidth = 1.0;
    int peripheries = 1;
    bool dashed = false;  // dashed outline (e.g. dissolved actor)
    double scale = 1.0;   // size by metric: 1 = normal, up to ~2
    std::string tooltip;
    // The screen look (window mode): a fixed-size mark of this radius in points with the
    // label under it and `mark_badge` (a role letter) in a disc at its top right.
    double radius = 0;
    std::string shape = "box";  // circle, diamond, square, triangle for marks
    std::string mark_badge;
    // An agreement hub: drawn at the nearest spot to (x, y) where it hides no other node and
    // no name (layout::clear_spot, as on the canvas).
    bool floating = false;
};

struct DEdge {
    std::string from, to;
    std::string color = "#555555";
    std::string style = "solid";  // solid, dashed, dotted
    double penwidth = 1.2;
    bool arrow = false;
    std::string arrowhead = "normal";
    std::string tooltip;
};

// One legend row: a sample (a filled swatch, or a line drawn with characters) and its text.
struct LegendRow {
    enum class Kind { Heading, Swatch, Line, Outline } kind = Kind::Swatch;
    std::string color;   // swatch fill, line colour, outline colour
    std::string sample;  // Line: the characters, e.g. "━━━▶"
    std::string text;
};

struct DGraph {
    std::string title;
    std::string subtitle;  // scenario name and date
    std::string caption;
    std::string font = "DejaVu Sans";
    std::vector<DNode> nodes;
    std::vector<DEdge> edges;
    std::string legend_title;
    std::vector<LegendRow> legend;  // empty = no legend
    // Free text labels at positions (panel headings of a side-by-side view).
    struct Text {
        std::string text;
        double x = 0, y = 0;
        double size = 13;
        bool bold = true;
    };
    std::vector<Text> texts;
    // Optional table under the drawing (delta table of a comparison). First row = header.
    std::string table_title;
    std::vector<std::vector<std::string>> table;
    // Window mode: the drawing is exactly this window (points) around (0, 0), legend in its
    // bottom-left corner; see DiagramStyle::Window.
    struct Window {
        double width = 0, height = 0;
        std::string background, text_color;
    };
    std::optional<Window> window;
};

// Estimated node box in points (no font metrics here: ~6.2 pt per character at 11 pt).
double node_width(const DNode& n);
double node_height(const DNode& n);

// DOT text with every node pinned (pos "x,y!"), for the `nop2` layout (= neato -n2: the
// positions are kept, only edges are routed). O(n + m).
std::string to_dot(const DGraph& g);

// Renders DOT text: "svg" with Graphviz's core SVG renderer (text stays <text>), "pdf" and
// "png" with cairo (fonts embedded, text stays text in PDF). Serialised by a mutex because
// cgraph keeps global state. Never throws.
RenderResult render_dot(const std::string& dot, ImageFormat format, double dpi);

// XML/HTML-escaped text for Graphviz HTML-like labels and for our HTML.
std::string escape_html(const std::string& s);

// Splits a name into lines of at most ~`width` characters at spaces.
std::vector<std::string> wrap(const std::string& text, std::size_t width);

}  // namespace rk::exporter::detail

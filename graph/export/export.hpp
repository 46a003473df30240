// Export for reports (issue 8): diagrams (SVG, PDF, PNG via Graphviz gvc + cairo), tables
// (CSV, Markdown) and a one-file report (HTML or PDF), for one scenario or for a comparison.
//
// Exports show what is shown (issue 15): tables and reports take a Shown (the scenario and the
// analysis result on screen, with the settings it was computed with) and never analyse again,
// so a file states the same numbers, thresholds and partition as the screen. The GUI passes
// its current analysis; the CLI analyses once with its flags (shown_settings()) and passes it.
// The GUI fills a DiagramStyle from its current view so the file shows what the screen
// shows; the CLI fills it from the scenario's stored ViewSettings (style_from_view()).
// Colours, edge looks and shapes come from the one vocabulary (model/visual_vocabulary.hpp).
// Diagrams use the scenario's stored positions (the `neato -n2` approach: Graphviz only
// routes and draws); a scenario without positions is laid out first (layout module when
// available, else Graphviz neato). Text stays text in SVG and PDF.
//
// Every render_* function returns the bytes; every export_* function writes atomically
// (temporary file + rename) and reports failure in its result, never by exception.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "analytics/analysis.hpp"
#include "compare/compare.hpp"
#include "io/workbook.hpp"
#include "model/case.hpp"
#include "model/enums.hpp"
#include "model/progress.hpp"

namespace rk::exporter {

enum class ImageFormat { Svg, Pdf, Png };
enum class TableFormat { Csv, Markdown };

// Everything that decides how a diagram looks. Defaults give the standard Regiekaart look.
struct DiagramStyle {
    // Node fill colour by an actor attribute: "bestuurslaag" (default), "type", "sector",
    // "koker", "group", "stance" or "none". Fixed colour-blind-safe palette (Okabe-Ito
    // based); the legend lists only values in use.
    std::string color_by = "bestuurslaag";
    // Node size by a per-actor metric. `size_values` (actor id -> value) wins when given
    // (callers pass the shown analysis's column, metric_values()); else "degree" is counted
    // here; another metric without values draws uniform sizes with a note; empty = uniform.
    std::string size_by;
    std::map<std::string, double> size_values;
    std::vector<Layer> visible_layers;  // empty = every layer
    bool regie_overlay = true;          // `directs` ties bold with arrows, coloured by regie kind
    bool labels = true;
    bool legend = true;
    bool anonymise = false;  // names -> role + type + number (e.g. "Regisseur (ministerie) 1")
    // Actors to highlight (e.g. the actors a diagnostic names); drawn with a thick red ring.
    std::vector<std::string> highlight;
    std::string highlight_label;  // legend text for the highlight, e.g. "eilandenrijk"
    // Groups drawn as one node (relations aggregated, weight summed). nullopt = the
    // scenario's own Group::collapsed flags.
    std::optional<std::set<std::string>> collapsed_groups;
    std::string title;          // empty = the case title
    std::string caption;        // optional line under the diagram
    bool show_scenario = true;  // scenario name and date under the title
    Language lang = Language::Dutch;
    double dpi = 150;  // PNG only; SVG/PDF are vector (72 pt per inch)
    std::string font = "DejaVu Sans";

    // "The current view" of the GUI: exactly this window of the scenario, drawn the way the
    // canvas draws it (shape by steering role, radius 14 units times the zoom, the name under
    // the node, the role letter in a badge, the legend in the bottom-left corner, the canvas
    // background), so the file looks like the screen. One screen pixel is one point: a PNG at
    // 72 dpi has the canvas's pixel size. Positions are not spread out in this mode.
    struct Window {
        double center_x = 0, center_y = 0;  // scenario coordinates at the middle (y down)
        double zoom = 1;                    // screen pixels per scenario unit
        double width = 800, height = 600;   // canvas size in screen pixels
        std::string background = "#FAFAF7";
        std::string text_color = "#191923";
    };
    std::optional<Window> window;
    // Colours as the caller shows them (actor id -> "#RRGGBB"), winning over color_by; the
    // legend then lists `color_legend` (label, colour) under `color_legend_title`. The GUI
    // passes its canvas colours here (including colourings the engine does not know, such as
    // communities), so file and screen agree.
    std::map<std::string, std::string> node_colors;
    std::vector<std::pair<std::string, std::string>> color_legend;
    std::string color_legend_title;
    std::map<std::string, double> node_radius;      // window mode: radius per actor id (units)
    std::map<Layer, std::string> layer_colors;      // edge colour per layer, overriding the palette
    std::map<RegieKind, std::string> regie_colors;  // `directs` colour per kind (overlay)
    // Agreements (deals, prestatieafspraken...) as one hub between their parties, as the
    // canvas draws them; relations that are a modelling choice faded and dashed (issue 20).
    bool agreements = true;
};

// The text a diagram shows for an actor: its short name when it has one, else its name,
// else its id (wrapped over lines in the drawing).
std::string actor_label(const Actor& a);

// The style the scenario was saved with (ViewSettings: color_by, size_by, visible layers,
// regie overlay).
DiagramStyle style_from_view(const Scenario& s);

struct RenderResult {
    bool ok = false;
    std::string error;    // what failed, for people
    std::string data;     // file bytes (SVG text, PDF or PNG bytes)
    double width_pt = 0;  // drawing size in points (1/72 inch); PNG pixels = pt * dpi / 72
    double height_pt = 0;
    std::vector<std::string> notes;  // e.g. "no positions: laid out with neato"
};

// The Graphviz graph (DOT text with fixed positions) that render_diagram draws; useful for
// tests and debugging. O(n + m).
std::string diagram_dot(const Case& c, const Scenario& s, const DiagramStyle& style);

// Renders one scenario. Cost: O(n + m) plus Graphviz edge routing (spline routing is
// roughly quadratic in the number of nodes; a layout run when there are no positions).
// Never throws; Graphviz failures come back as ok = false.
RenderResult render_diagram(const Case& c, const Scenario& s, const DiagramStyle& style,
                            ImageFormat format, Progress* progress = nullptr);

enum class CompareView {
    SideBySide,  // before left, after right, same actor at the same place
    Difference,  // one diagram of the contracted union: persisting grey solid, added blue
                 // bold, removed orange dashed; new/dissolved actors likewise
};

// Renders a comparison with its delta table (key indices) under the diagram.
RenderResult render_comparison(const Case& c, const compare::ComparisonResult& r, CompareView view,
                               const DiagramStyle& style, ImageFormat format,
                               Progress* progress = nullptr);

// ---------------------------------------------------------------- what is shown

// What a table or report shows: the scenario and the analysis result of it that is on screen
// (its `settings` say which thresholds, partition and permutation count it was computed
// with). The exporters read these; they outlive the call.
struct Shown {
    const Case& c;
    const Scenario& scenario;
    const analytics::AnalysisResult& analysis;
};

// The partition attribute a scenario shows: its saved view setting (ViewSettings::partition,
// chosen in the side panel), "koker" when unset. The one truth for the partition. O(1).
std::string shown_partition(const Scenario& s);
// `base` (thresholds, permutations... as the user set them) with the scenario's partition:
// the settings the GUI and the CLI analyse with. O(1).
analytics::AnalysisSettings shown_settings(const Scenario& s, analytics::AnalysisSettings base);
// Sets one diagnostic threshold by its field name in analytics::DiagnosticThresholds
// ("eilandenrijk_fragmentation", "verkokering_ei", ...); whole-number fields take the value
// rounded. Returns "" or an error naming the known names. O(1).
std::string set_threshold(analytics::DiagnosticThresholds& t, const std::string& name,
                          double value);
// The partition an analysis was computed with ("koker" when none was named). O(1).
std::string analysed_partition(const analytics::AnalysisSettings& settings);
// Per-actor values of one metric column of `a` (actor id -> value; empty when the analysis
// has no such column), for DiagramStyle::size_values. O(n log n).
std::map<std::string, double> metric_values(const analytics::AnalysisResult& a,
                                            const std::string& metric);

// ---------------------------------------------------------------- tables

struct TableOptions {
    TableFormat format = TableFormat::Csv;
    bool bom = false;  // UTF-8 BOM for Excel (CSV only)
    Language lang = Language::Dutch;
    bool anonymise = false;
};

// Per-actor metrics of the shown analysis (one row per actor in the analysis's order, one
// column per metric) and the network indices; the settings used (partition, thresholds,
// permutations) in the Markdown text and, in CSV, as `# ` comment lines before the header.
// O(n * metrics).
std::string metrics_table(const Shown& shown, const TableOptions& o);
// Diagnostics of the shown analysis: name, triggered, raw numbers, rule, thresholds used,
// with the settings used as in metrics_table. O(findings).
std::string diagnostics_table(const Shown& shown, const TableOptions& o);
// Comparison: distances, index deltas, rank changes, ties (compare_format.hpp).
std::string comparison_table(const compare::ComparisonResult& r, const TableOptions& o);

// The tables as workbook sheets (write them with io::write_workbook): Actoren and Relaties
// (the case sheets, which read back into the same case), metrics per actor, network indices,
// diagnostics and, with `cmp`, one sheet per comparison table, numbers as numeric cells.
// With o.anonymise the case sheets are left out (ids can name organisations).
// A sheet "Instellingen"/"Settings" lists the analysis settings used. O(cells).
std::vector<io::SheetTable> tables_workbook(const Shown& shown,
                                            const compare::ComparisonResult* cmp,
                                            const TableOptions& o);

// ---------------------------------------------------------------- report

struct ReportOptions {
    DiagramStyle style;
    bool include_metrics = true;
    bool include_diagnostics = true;
};

// One self-contained HTML file (inline SVG and CSS, no external resources): title,
// description, diagram with legend, key metrics, diagnostics with explanations in
// style.lang, and the analysis settings used (partition, thresholds, permutations). The
// sections are those of pdf_report (one list, report_sections.hpp). O(render + cells).
std::string html_report(const Shown& shown, const ReportOptions& o, Progress* progress = nullptr);
// The same for a comparison: side-by-side and difference diagrams, distances, delta table,
// rank changes.
std::string html_comparison_report(const Case& c, const compare::ComparisonResult& r,
                                   const ReportOptions& o, Progress* progress = nullptr);

// One multi-page A4 PDF (cairo, pango, librsvg): the content of html_report, with the diagram
// and its legend as a vector drawing on a page of its own (landscape when wide) and text that
// stays text. O(render + cells). Never throws except rk::Cancelled; failures come back as
// ok = false.
RenderResult pdf_report(const Shown& shown, const ReportOptions& o, Progress* progress = nullptr);
// The same for a comparison: distances and index delta tables, rank changes, and the
// side-by-side and difference drawings.
RenderResult pdf_comparison_report(const Case& c, const compare::ComparisonResult& r,
                                   const ReportOptions& o, Progress* progress = nullptr);

// ---------------------------------------------------------------- anonymising

// An analysis with actor names in its findings and conventions replaced as anonymise_text
// does (ids stay). O(findings * names).
analytics::AnalysisResult anonymise(const analytics::AnalysisResult& a, const Scenario& s,
                                    Language lang);
// Names -> "<role or type label> <number>", numbered per label in actor order; short names
// cleared; notes, provenance quotes and free-text attributes cleared. Real names occurring
// in the case title are replaced too (see anonymise_text). O(n).
Scenario anonymise(const Scenario& s, Language lang);
// Replaces every actor name and short name of `s` in `text` by its anonymous label.
std::string anonymise_text(const std::string& text, const Scenario& s, Language lang);
// A comparison with the names in its class and rank labels anonymised (the before and after
// scenarios are looked up in `c`; names of the after scenario win). O(classes * names).
compare::ComparisonResult anonymise(const compare::ComparisonResult& r, const Case& c,
                                    Language lang);

// ---------------------------------------------------------------- files

struct ExportResult {
    bool ok = false;
    std::string error;
    std::vector<std::string> notes;
};

// Writes bytes atomically (FILE.tmp-XXXXXX in the same directory, fsync, rename).
ExportResult write_file_atomic(const std::string& bytes, const std::filesystem::path& path);

// Image format from ".svg", ".pdf", ".png" (case-insensitive); nullopt otherwise.
std::optional<ImageFormat> image_format_from_path(const std::filesystem::path& p);

}  // namespace rk::exporter

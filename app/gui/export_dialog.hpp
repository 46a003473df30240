// The export dialog (issue 8, GUI part): format, DPI, legend, anonymise, caption, language,
// and which view (the whole scenario, the current view as on screen, or the comparison side by
// side / difference; a PDF or HTML report). The
// exporter's DiagramStyle is filled from what the screen shows, so the file matches it. A PNG
// preview is rendered in the background and shown as a texture; "Exporteren" renders and
// writes atomically in the background. Errors stay in the dialog.
#pragma once

#include <memory>
#include <string>

#include "compare/compare.hpp"
#include "doc/background.hpp"
#include "export/export.hpp"
#include "gui/panels.hpp"

namespace rk::gui {

struct ExportDialog {
    enum Format { Svg, Pdf, Png, Html, Csv, Markdown, PdfReport, Xlsx };
    // CurrentView: exactly the canvas window as it is on screen (DiagramStyle::Window).
    enum View { Scenario_, SideBySide, Difference, CurrentView };

    bool open = false;
    int format = Svg;
    int view = Scenario_;
    float dpi = 150;
    bool legend = true;
    bool anonymise = false;
    bool bom = false;
    int language = 0;  // 0 Dutch, 1 English
    std::string caption;
    std::string path;
    bool browse_requested = false;  // "Browse…" pressed: the app asks for a file (issue 16)

    ExportDialog() = default;
    ~ExportDialog();
    ExportDialog(const ExportDialog&) = delete;
    ExportDialog& operator=(const ExportDialog&) = delete;

    // Opens the dialog with the UI's language and a file name next to the case.
    void show(UiContext& ui);
    // Automation (doc::Automation, --export-to): exports once to `file` as soon as the
    // dialog is open: it opens now, or with `on_open` when the user opens it (a test changes
    // settings on screen first). `format` < 0 takes it from the extension; `view` < 0 and
    // `dpi` 0 keep the dialog's defaults.
    void export_once(UiContext& ui, const std::string& file, int view, float dpi, int format,
                     bool on_open);
    // `comparison`: the comparison window's result, or null (then only the scenario view).
    void Draw(UiContext& ui, const compare::ComparisonResult* comparison);

    // What a job needs, copied from the UI so the worker never touches the document.
    struct Request {
        Case c;
        std::string scenario;
        exporter::DiagramStyle style;
        std::shared_ptr<const compare::ComparisonResult> comparison;
        // The analysis on screen (tables and reports state its numbers and settings), or null
        // while it is being recomputed: then the worker analyses with `settings`, the ones on
        // screen (thresholds, permutations, the partition chosen in the side panel).
        std::shared_ptr<const analytics::AnalysisResult> analysis;
        analytics::AnalysisSettings settings;
        int format = Svg;
        int view = Scenario_;
        bool bom = false;
    };
    // Renders the bytes of a request (pure; used by the worker and by tests).
    static exporter::RenderResult render(const Request& r, Progress* p);

  private:
    Request make_request(UiContext& ui, const compare::ComparisonResult* comparison) const;
    // The canvas's colours, edge colours and node sizes, and with `window` its camera window,
    // so the file shows what the screen shows.
    static void add_screen_style(UiContext& ui, const Scenario& s, bool window,
                                 exporter::DiagramStyle& st);
    void start_preview(UiContext& ui, const compare::ComparisonResult* comparison);
    void start_export(UiContext& ui, const compare::ComparisonResult* comparison);
    void upload_preview(const std::string& png);
    void fix_extension();

    doc::JobRunner job_;
    std::string status_;
    std::string error_;
    unsigned texture_ = 0;
    int tex_w_ = 0, tex_h_ = 0;
    bool auto_export_ = false;
    int hook_frames_ = 0;  // frames drawn since export_once asked for an export
    bool preview_wanted_ = false;
};

}  // namespace rk::gui

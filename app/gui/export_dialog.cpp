#include "gui/export_dialog.hpp"

#include <glad/gl.h>
#include <stb/stb_image.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <optional>

#include <imgui.h>

#include "doc/i18n.hpp"
#include "doc/style.hpp"
#include "gui/canvas.hpp"
#include "gui/field_frame.hpp"

namespace rk::gui {

using doc::tr;
namespace fs = std::filesystem;

namespace {
const char* const kExt[] = {".svg", ".pdf", ".png", ".html", ".csv", ".md", ".pdf", ".xlsx"};
const char* const kFormatNames[] = {"SVG",
                                    "PDF",
                                    "PNG",
                                    "HTML-rapport / report",
                                    "CSV",
                                    "Markdown",
                                    "PDF-rapport / report",
                                    "Excel-werkmap / workbook (xlsx)"};
constexpr int kFormats = 8;

std::string hex(std::uint32_t rgba) {  // IM_COL32 packing: R in the low byte
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02X%02X%02X", rgba & 0xFF, (rgba >> 8) & 0xFF,
                  (rgba >> 16) & 0xFF);
    return buf;
}

bool needs_comparison(int view) {
    return view == ExportDialog::SideBySide || view == ExportDialog::Difference;
}
}  // namespace

ExportDialog::~ExportDialog() {
    job_.cancel();
    job_.wait();
    // The GL context is gone by the time the App is destroyed only after this runs; textures
    // die with the context anyway.
}

void ExportDialog::fix_extension() {
    if (path.empty())
        return;
    fs::path p(path);
    p.replace_extension(kExt[format]);
    path = p.string();
}

void ExportDialog::show(UiContext& ui) {
    open = true;
    language = ui.lang == Language::Dutch ? 0 : 1;
    if (path.empty()) {
        const fs::path base =
            ui.doc.path().empty()
                ? fs::current_path() / (ui.doc.data().id.empty() ? "regiekaart" : ui.doc.data().id)
                : ui.doc.path();
        std::string stem = base.filename().string();
        if (auto dot = stem.find('.'); dot != std::string::npos)
            stem = stem.substr(0, dot);
        path = (base.parent_path() / (stem + kExt[format])).string();
    }
    preview_wanted_ = true;
}

ExportDialog::Request ExportDialog::make_request(
    UiContext& ui, const compare::ComparisonResult* comparison) const {
    Request r;
    r.c = ui.doc.data();
    r.scenario = ui.doc.scenario_id();
    r.format = format;
    r.view = needs_comparison(view) && !comparison ? Scenario_ : view;
    r.bom = bom;
    if (comparison)
        r.comparison = std::make_shared<const compare::ComparisonResult>(*comparison);
    // The style of the screen: colour, size, layers and overlay as the scenario's view
    // settings hold them (the sidebar edits those), plus what the canvas shows right now.
    const Scenario* s = ui.doc.scenario();
    exporter::DiagramStyle st = s ? exporter::style_from_view(*s) : exporter::DiagramStyle{};
    st.labels = ui.display.show_labels;
    st.agreements = ui.display.show_agreements;
    st.legend = legend;
    st.anonymise = anonymise;
    st.caption = caption;
    st.lang = language == 0 ? Language::Dutch : Language::English;
    st.dpi = dpi;
    st.highlight.assign(ui.display.highlight.actors.begin(), ui.display.highlight.actors.end());
    st.highlight_label = ui.display.highlight.title;
    if (ui.analysis && s && !st.size_by.empty())
        st.size_values = exporter::metric_values(*ui.analysis, st.size_by);
    // What the screen shows (issue 15): its analysis when it is current, else its settings.
    r.settings = s ? exporter::shown_settings(*s, ui.settings) : ui.settings;
    if (ui.analysis && !ui.analysis_busy && (!ui.stale || ui.stale->empty()))
        r.analysis = std::make_shared<const analytics::AnalysisResult>(*ui.analysis);
    // The screen's colours for the scenario views; comparisons keep the engine's palette
    // (their panels hold actors the canvas does not show).
    if (s && !needs_comparison(r.view))
        add_screen_style(ui, *s, r.view == CurrentView, st);
    r.style = std::move(st);
    return r;
}

void ExportDialog::add_screen_style(UiContext& ui, const Scenario& s, bool window,
                                    exporter::DiagramStyle& st) {
    if (window) {
        const doc::Camera& cam = ui.canvas.camera();
        const doc::Vec2d size = ui.canvas.view_size();
        exporter::DiagramStyle::Window w;
        w.center_x = cam.center_x;
        w.center_y = cam.center_y;
        w.zoom = cam.zoom;
        w.width = size.x;
        w.height = size.y;
        w.background = ui.dark ? "#1E2026" : "#FAFAF7";  // canvas.cpp draw_frame
        w.text_color = ui.dark ? "#EBEBF0" : "#191923";
        st.window = w;
    }
    // The canvas's colouring, with its legend, including colourings the engine lacks.
    const auto by = doc::color_by_from_token(s.view.color_by);
    const auto coloring = doc::color_actors(
        s, by, ui.lang, ui.analysis ? ui.analysis->network.communities : std::vector<int>{});
    for (std::size_t i = 0; i < s.actors.size(); ++i) {
        st.node_colors[s.actors[i].id] = hex(coloring.legend[coloring.category[i]].color);
    }
    for (const auto& e : coloring.legend)
        st.color_legend.emplace_back(e.label, hex(e.color));
    st.color_legend_title = doc::color_by_label(by, ui.lang);
    for (const auto& e : entries<Layer>())
        st.layer_colors[e.value] = hex(doc::layer_style(e.value, ui.dark).color);
    for (const auto& e : entries<RegieKind>())
        st.regie_colors[e.value] = hex(doc::regie_kind_color(e.value));
    // Node sizes as the canvas computes them.
    double max = 0;
    for (const auto& [id, v] : st.size_values) {
        if (std::isfinite(v))
            max = std::max(max, v);
    }
    if (max > 0) {
        for (const auto& [id, v] : st.size_values) {
            st.node_radius[id] = doc::metric_node_radius(v, max);
        }
    }
}

exporter::RenderResult ExportDialog::render(const Request& r, Progress* p) {
    exporter::RenderResult out;
    const Scenario* s = r.c.find_scenario(r.scenario);
    if (!s) {
        out.error = "no scenario";
        return out;
    }
    const bool cmp = needs_comparison(r.view) && r.comparison;
    compare::ComparisonResult cr;
    if (cmp)
        cr = r.style.anonymise ? exporter::anonymise(*r.comparison, r.c, r.style.lang)
                               : *r.comparison;
    if (r.format <= Png) {
        const auto f = static_cast<exporter::ImageFormat>(r.format);
        if (cmp) {
            return exporter::render_comparison(r.c, cr,
                                               r.view == SideBySide
                                                   ? exporter::CompareView::SideBySide
                                                   : exporter::CompareView::Difference,
                                               r.style, f, p);
        }
        return exporter::render_diagram(r.c, *s, r.style, f, p);
    }
    // Tables and reports show the screen's analysis; while it was being recomputed, the same
    // settings give the same result here.
    std::optional<analytics::AnalysisResult> computed;
    if (!r.analysis && !cmp)
        computed = analytics::analyze(*s, r.settings, p);
    const analytics::AnalysisResult& analysis = r.analysis ? *r.analysis : *computed;
    const exporter::Shown shown{r.c, *s, analysis};
    if (r.format == Html || r.format == PdfReport) {
        exporter::ReportOptions o;
        o.style = r.style;
        o.style.window.reset();  // a report shows the whole scenario
        if (r.format == PdfReport) {
            return cmp ? exporter::pdf_comparison_report(r.c, cr, o, p)
                       : exporter::pdf_report(shown, o, p);
        }
        out.data = cmp ? exporter::html_comparison_report(r.c, cr, o, p)
                       : exporter::html_report(shown, o, p);
    } else if (r.format == Xlsx) {
        exporter::TableOptions o;
        o.lang = r.style.lang;
        o.anonymise = r.style.anonymise;
        out.data =
            io::workbook_bytes(exporter::tables_workbook(shown, cmp ? &cr : nullptr, o), out.error);
        if (!out.error.empty())
            return out;
    } else {
        exporter::TableOptions o;
        o.format = r.format == Csv ? exporter::TableFormat::Csv : exporter::TableFormat::Markdown;
        o.bom = r.bom && r.format == Csv;
        o.lang = r.style.lang;
        o.anonymise = r.style.anonymise;
        out.data = cmp ? exporter::comparison_table(cr, o) : exporter::metrics_table(shown, o);
    }
    out.ok = !out.data.empty();
    if (!out.ok)
        out.error = "empty output";
    return out;
}

void ExportDialog::upload_preview(const std::string& png) {
    int w = 0, h = 0, n = 0;
    unsigned char* pixels = stbi_load_from_memory(
        reinterpret_cast<const unsigned char*>(png.data()), int(png.size()), &w, &h, &n, 4);
    if (!pixels) {
        error_ = "preview: cannot decode PNG";
        return;
    }
    if (!texture_) {
        GLuint t = 0;
        glGenTextures(1, &t);
        texture_ = t;
    }
    glBindTexture(GL_TEXTURE_2D, texture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    stbi_image_free(pixels);
    tex_w_ = w;
    tex_h_ = h;
}

void ExportDialog::start_preview(UiContext& ui, const compare::ComparisonResult* comparison) {
    preview_wanted_ = false;
    Request r = make_request(ui, comparison);
    r.format = Png;
    r.style.dpi = 60;
    job_.start(tr(ui.lang, "Voorbeeld", "Preview"),
               [this, r = std::move(r)](Progress& p) -> doc::JobRunner::Apply {
                   auto res = std::make_shared<exporter::RenderResult>(render(r, &p));
                   return [this, res] {
                       if (!res->ok) {
                           error_ = res->error;
                           return;
                       }
                       upload_preview(res->data);
                   };
               });
}

void ExportDialog::start_export(UiContext& ui, const compare::ComparisonResult* comparison) {
    error_.clear();
    status_.clear();
    if (path.empty()) {
        error_ = tr(ui.lang, "Geef een bestandsnaam.", "Enter a file name.");
        return;
    }
    Request r = make_request(ui, comparison);
    const std::string target = path;
    const Language L = ui.lang;
    job_.start(tr(ui.lang, "Exporteren", "Exporting"),
               [this, r = std::move(r), target, L](Progress& p) -> doc::JobRunner::Apply {
                   auto res = std::make_shared<exporter::RenderResult>(render(r, &p));
                   auto written = std::make_shared<exporter::ExportResult>();
                   if (res->ok)
                       *written = exporter::write_file_atomic(res->data, target);
                   return [this, res, written, target, L] {
                       if (!res->ok) {
                           error_ = res->error;
                       } else if (!written->ok) {
                           error_ = written->error;
                       } else {
                           status_ = std::string(tr(L, "Geschreven: ", "Written: ")) + target;
                       }
                   };
               });
}

void ExportDialog::export_once(UiContext& ui, const std::string& file, int view_index,
                               float dots_per_inch, int format_index, bool on_open) {
    path = file;
    for (int f = 0; f < 6; ++f) {
        if (fs::path(path).extension() == kExt[f])
            format = f;
    }
    if (format_index >= 0)
        format = std::clamp(format_index, 0, kFormats - 1);
    if (!on_open)
        show(ui);
    if (view_index >= 0)
        view = std::clamp(view_index, 0, 3);
    if (dots_per_inch > 0)
        dpi = std::clamp(dots_per_inch, 10.f, 1200.f);
    auto_export_ = true;
}

void ExportDialog::Draw(UiContext& ui, const compare::ComparisonResult* comparison) {
    job_.poll();
    if (!open)
        return;
    // The current view needs a canvas that has been drawn and fitted: wait a few frames.
    const bool canvas_settled = view != CurrentView || ++hook_frames_ > 10;
    if (auto_export_ && canvas_settled && !job_.running() &&
        (!needs_comparison(view) || comparison)) {
        auto_export_ = false;
        if (view == CurrentView) {
            // For tests/gui/export_matches_screen.sh: where the exported window is on screen.
            const doc::Vec2d o = ui.canvas.view_origin(), sz = ui.canvas.view_size();
            std::fprintf(stderr, "export: current view at %.0f,%.0f size %.0fx%.0f\n", o.x, o.y,
                         sz.x, sz.y);
        }
        start_export(ui, comparison);
    }
    ImGui::SetNextWindowSize(ImVec2(760, 560), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin(tr(ui.lang, "Exporteren###export", "Export###export"), &open)) {
        ImGui::End();
        return;
    }
    const Language L = ui.lang;
    // Issue 19: the file name has the keyboard when the dialog opens; Enter exports.
    const bool appearing = ImGui::IsWindowAppearing();
    const bool enter =
        ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && enter_pressed();
    ImGui::BeginChild("##export_opts", ImVec2(330, 0), false);
    ImGui::SetNextItemWidth(200);
    if (ImGui::Combo(tr(L, "Formaat", "Format"), &format, kFormatNames, kFormats)) {
        fix_extension();
    }
    const char* views[] = {
        tr(L, "Hele scenario", "Whole scenario"),
        tr(L, "Vergelijking naast elkaar", "Comparison side by side"),
        tr(L, "Vergelijking verschil", "Comparison difference"),
        tr(L, "Huidige weergave (zoals op het scherm)", "Current view (as on screen)")};
    ImGui::SetNextItemWidth(200);
    // Without a comparison the scenario is exported (make_request); the choice is kept.
    if (ImGui::BeginCombo(tr(L, "Weergave", "View"),
                          views[needs_comparison(view) && !comparison ? 0 : view])) {
        for (int i = 0; i < 4; ++i) {
            const bool ok = !needs_comparison(i) || comparison != nullptr;
            if (ImGui::Selectable(views[i], view == i, ok ? 0 : ImGuiSelectableFlags_Disabled))
                view = i;
        }
        ImGui::EndCombo();
    }
    if (!comparison)
        ImGui::TextDisabled("%s", tr(L, "(open Vergelijken voor vergelijkingsweergaven)",
                                     "(open Compare for comparison views)"));
    ImGui::BeginDisabled(format != Png);
    ImGui::SetNextItemWidth(200);
    ImGui::SliderFloat("DPI", &dpi, 72, 600, "%.0f");
    ImGui::EndDisabled();
    ImGui::Checkbox(tr(L, "Legenda", "Legend"), &legend);
    ImGui::Checkbox(tr(L, "Anonimiseren", "Anonymise"), &anonymise);
    if (format == Csv)
        ImGui::Checkbox(tr(L, "UTF-8 BOM (Excel)", "UTF-8 BOM (Excel)"), &bom);
    ImGui::RadioButton("Nederlands", &language, 0);
    ImGui::SameLine();
    ImGui::RadioButton("English", &language, 1);
    ImGui::TextUnformatted(tr(L, "Onderschrift", "Caption"));
    ImGui::SetNextItemWidth(-1);
    {
        char buf[512];
        std::snprintf(buf, sizeof buf, "%s", caption.c_str());
        if (ImGui::InputText("##caption", buf, sizeof buf))
            caption = buf;
        frame_active_field();
    }
    ImGui::TextUnformatted(tr(L, "Bestand", "File"));
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(L, "Bladeren…", "Browse…")))
        browse_requested = true;
    ImGui::SetNextItemWidth(-1);
    {
        char buf[1024];
        std::snprintf(buf, sizeof buf, "%s", path.c_str());
        if (appearing)
            ImGui::SetKeyboardFocusHere();
        if (ImGui::InputText("##path", buf, sizeof buf))
            path = buf;
        frame_active_field();
    }
    ImGui::BeginDisabled(job_.running());
    if (ImGui::Button(tr(L, "Exporteren", "Export")) || enter)
        start_export(ui, comparison);
    ImGui::SameLine();
    if (ImGui::Button(tr(L, "Voorbeeld vernieuwen", "Refresh preview")))
        preview_wanted_ = true;
    ImGui::EndDisabled();
    if (job_.running()) {
        ImGui::ProgressBar(float(job_.progress()), ImVec2(200, 0));
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(L, "Annuleren", "Cancel")))
            job_.cancel();
    } else if (job_.state() == doc::JobRunner::State::Failed) {
        error_ = job_.error();
    }
    if (!error_.empty())
        ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", error_.c_str());
    if (!status_.empty())
        ImGui::TextWrapped("%s", status_.c_str());
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("##export_preview", ImVec2(0, 0), true);
    if (texture_ && tex_w_ > 0) {
        const ImVec2 avail = ImGui::GetContentRegionAvail();
        const float s = std::min(avail.x / float(tex_w_), avail.y / float(tex_h_));
        ImGui::Image(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture_)),
                     ImVec2(tex_w_ * s, tex_h_ * s));
    } else {
        ImGui::TextDisabled("%s", tr(L, "Voorbeeld volgt…", "Preview follows…"));
    }
    ImGui::EndChild();
    if (preview_wanted_ && !job_.running() && !auto_export_)
        start_preview(ui, comparison);
    ImGui::End();
}

}  // namespace rk::gui

// The portfolio window: load cases, build the dilemma portfolio, draw it as a table whose
// cells show lean, position and basis, with the evidence in a tooltip.
#include "gui/portfolio_view.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <system_error>

#include "doc/i18n.hpp"
#include "model/case_io.hpp"

namespace rk::gui {

namespace fs = std::filesystem;
using doc::tr;

namespace {

// Files as given; folders expanded to their *.regie.json files in name order.
std::vector<fs::path> case_files(const std::vector<fs::path>& paths,
                                 std::vector<std::string>& problems) {
    std::vector<fs::path> files;
    for (const auto& p : paths) {
        std::error_code ec;
        if (!fs::is_directory(p, ec)) {
            files.push_back(p);
            continue;
        }
        std::vector<fs::path> inside;
        for (const auto& entry : fs::directory_iterator(p, ec)) {
            const std::string name = entry.path().filename().string();
            if (entry.is_regular_file() && name.size() > 11 && name.ends_with(".regie.json"))
                inside.push_back(entry.path());
        }
        if (ec)
            problems.push_back(p.string() + ": " + ec.message());
        std::sort(inside.begin(), inside.end());
        files.insert(files.end(), inside.begin(), inside.end());
    }
    return files;
}

}  // namespace

void PortfolioView::load(const std::vector<fs::path>& paths) {
    cases_.clear();
    labels_.clear();
    problems_.clear();
    for (const auto& file : case_files(paths, problems_)) {
        auto loaded = load_case_file(file);
        if (!loaded.value) {
            problems_.push_back(loaded.diagnostics.to_string());
            continue;
        }
        cases_.push_back(std::move(*loaded.value));
        labels_.push_back(file.filename().string());
    }
    rebuild();
}

void PortfolioView::add_case(const Case& c, const std::string& label) {
    cases_.push_back(c);
    labels_.push_back(label);
    rebuild();
}

void PortfolioView::rebuild() {
    std::vector<analytics::PortfolioInput> inputs;
    for (std::size_t i = 0; i < cases_.size(); ++i)
        inputs.push_back({labels_[i], &cases_[i]});
    portfolio_ = analytics::build_portfolio(inputs);
}

void PortfolioView::Draw(Language L, const std::function<std::vector<fs::path>()>& samples) {
    if (!open)
        return;
    ImGui::SetNextWindowSize(ImVec2(900, 480), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin(
            tr(L, "Dilemma's over casussen###portfolio", "Dilemmas across cases###portfolio"),
            &open)) {
        ImGui::End();
        return;
    }
    if (ImGui::Button(tr(L, "Voorbeeldcasussen", "Sample cases")))
        load(samples());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
    const bool enter = ImGui::InputTextWithHint("##path", tr(L, "bestand of map", "file or folder"),
                                                &path_input_, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if ((ImGui::Button(tr(L, "Openen", "Open")) || enter) && !path_input_.empty())
        load({fs::path(path_input_)});
    for (const auto& p : problems_)
        ImGui::TextColored(ImVec4(0.8f, 0.2f, 0.1f, 1), "%s", p.c_str());

    const auto& p = portfolio_;
    const int columns = static_cast<int>(p.columns.size());
    if (columns == 0) {
        ImGui::TextDisabled("%s",
                            tr(L, "Open casussen of een map om hun dilemma's naast elkaar te zien.",
                               "Open cases or a folder to see their dilemmas side by side."));
        ImGui::End();
        return;
    }
    ImGui::Text("%s %d %s", tr(L, "Zelfde kant in", "Same way in"), p.dilemmas_same_way,
                tr(L, "van de 8 dilemma's (het essay: tenminste zes van de acht).",
                   "of the 8 dilemmas (the essay: at least six of the eight)."));
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable("##dilemmas", columns + 2, flags)) {
        ImGui::TableSetupScrollFreeze(1, 1);
        ImGui::TableSetupColumn(tr(L, "dilemma (A / B)", "dilemma (A / B)"));
        for (const auto& c : p.columns)
            ImGui::TableSetupColumn((c.case_id + "/" + c.scenario_id).c_str());
        ImGui::TableSetupColumn(tr(L, "optelsom", "sum"));
        ImGui::TableHeadersRow();
        for (int d = 0; d < kDilemmaCount; ++d) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const auto& poles = dilemma_poles(static_cast<Dilemma>(d));
            ImGui::Text(
                "%d. %s / %s", d + 1,
                std::string(L == Language::Dutch ? poles.pole_a_nl : poles.pole_a_en).c_str(),
                std::string(L == Language::Dutch ? poles.pole_b_nl : poles.pole_b_en).c_str());
            for (const auto& c : p.columns) {
                ImGui::TableNextColumn();
                const auto& cell = c.cells[d];
                ImGui::TextUnformatted(analytics::portfolio_cell_text(cell, L).c_str());
                // The evidence behind the position, with its basis and sources.
                if (cell.recorded && ImGui::IsItemHovered()) {
                    ImGui::BeginTooltip();
                    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
                    ImGui::TextUnformatted(cell.evidence.c_str());
                    if (cell.strategy != CopingStrategy::Unknown)
                        ImGui::TextDisabled("%s: %s", tr(L, "strategie", "strategy"),
                                            std::string(label(cell.strategy, L)).c_str());
                    ImGui::TextDisabled("%s: %s", tr(L, "grondslag", "basis"),
                                        std::string(label(cell.basis, L)).c_str());
                    for (const auto& src : cell.provenance)
                        ImGui::TextDisabled("%s %s", src.source.c_str(), src.locator.c_str());
                    ImGui::PopTextWrapPos();
                    ImGui::EndTooltip();
                }
            }
            ImGui::TableNextColumn();
            const auto& t = p.tally[d];
            ImGui::Text(
                "A %d  B %d  %s %d  %s %d%s", t.pole_a, t.pole_b, tr(L, "midden", "middle"),
                t.middle, tr(L, "n.v.", "n.r."), t.not_recorded,
                t.same_way ? (L == Language::Dutch ? "  = zelfde kant" : "  = same way") : "");
        }
        ImGui::EndTable();
    }
    ImGui::End();
}

}  // namespace rk::gui

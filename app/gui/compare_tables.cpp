// The tables of the comparison window: indices before/after/delta, distances per layer and
// rank changes. Clicking a row highlights its exact cause (compare::index_cause and friends)
// in every drawing. The cells are built once per row by the functions below, for the screen
// and for the test hook that writes them to a file (tests/gui/compare_agrees_with_cli.sh).
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "doc/i18n.hpp"
#include "gui/compare_text.hpp"
#include "gui/compare_view.hpp"

namespace rk::gui {

using doc::tr;

namespace {

std::string scope_text(const std::string& scope, Language lang) {
    if (auto layer = from_token<Layer>(scope))
        return std::string(label(*layer, lang));
    return scope == "overall" ? tr(lang, "totaal", "overall") : scope;
}

std::string rank_text(const std::optional<int>& rank) {
    return rank ? std::to_string(*rank) : "-";
}

// The cells of a row exactly as drawn; the first one is the clickable label.
std::vector<std::string> index_cells(const compare::IndexRow& row, Language lang) {
    return {row.label_in(lang), number_text(row.before, lang), number_text(row.after, lang),
            number_text(row.delta, lang)};
}

std::vector<std::string> distance_cells(const compare::DistanceRow& d, Language lang) {
    return {scope_text(d.scope, lang),
            std::to_string(d.before_ties),
            std::to_string(d.after_ties),
            std::to_string(d.added),
            std::to_string(d.removed),
            std::to_string(d.internalised),
            number_text(d.jaccard, lang),
            std::to_string(d.hamming),
            number_text(d.qap_r, lang) + " (" + number_text(d.qap_p, lang) + ")"};
}

std::vector<std::string> rank_cells(const compare::RankChange& k) {
    return {k.label, rank_text(k.before_rank), rank_text(k.after_rank)};
}

// One table row; returns true when its label was clicked.
bool table_row(int index, const std::vector<std::string>& cells, bool selected) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushID(index);
    const bool clicked =
        ImGui::Selectable(cells[0].c_str(), selected, ImGuiSelectableFlags_SpanAllColumns);
    ImGui::PopID();
    for (std::size_t i = 1; i < cells.size(); ++i) {
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(cells[i].c_str());
    }
    return clicked;
}

std::string raw(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

std::string tab_joined(const std::vector<std::string>& cells) {
    std::string line;
    for (const auto& cell : cells)
        line += (line.empty() ? "" : "\t") + cell;
    return line + "\n";
}

}  // namespace

void CompareView::select_row(UiContext& ui, const std::string& row_id) {
    if (!result_)
        return;
    const compare::ComparisonResult& r = *result_;
    const Case& c = ui.doc.data();
    const Scenario* sb = c.find_scenario(r.before_id);
    const Scenario* sa = c.find_scenario(r.after_id);
    if (!sb || !sa)
        return;
    const auto colon = row_id.find(':');
    const std::string table = row_id.substr(0, colon), id = row_id.substr(colon + 1);
    std::string title;
    if (table == "index") {
        for (const auto& row : r.indices)
            if (row.key == id)
                cause_ = compare::index_cause(r, *sb, *sa, row), title = row.label_in(ui.lang);
    } else if (table == "distance") {
        for (const auto& d : r.distances)
            if (d.scope == id)
                cause_ = compare::distance_cause(r, *sb, *sa, d),
                title = scope_text(d.scope, ui.lang);
    } else if (table == "rank") {
        for (const auto& k : r.ranks)
            if (std::to_string(k.cls) == id)
                cause_ = compare::rank_cause(r, k), title = k.label;
    }
    if (title.empty())
        return;
    cause_row_ = row_id;
    cause_title_ = title + ": " + (ui.lang == Language::Dutch ? cause_.rule_nl : cause_.rule_en);
    if (cause_.empty())
        cause_title_ += tr(ui.lang, " (niets te tonen)", " (nothing to show)");
}

void CompareView::draw_tables(UiContext& ui) {
    const compare::ComparisonResult& r = *result_;
    const Language L = ui.lang;
    if (!cause_row_.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x - 60);
        ImGui::TextColored(ImVec4(0.84f, 0.37f, 0.0f, 1), "%s", cause_title_.c_str());
        ImGui::PopTextWrapPos();
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(L, "Wissen", "Clear")))
            cause_ = {}, cause_row_.clear();
    }
    if (!ImGui::BeginTabBar("##cmp_tabs"))
        return;
    const ImGuiTableFlags tf = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                               ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
    std::string clicked;
    if (ImGui::BeginTabItem(tr(L, "Indices", "Indices"))) {
        if (ImGui::BeginTable("##idx", 4, tf)) {
            ImGui::TableSetupScrollFreeze(0, 1);
            ImGui::TableSetupColumn(tr(L, "Index", "Index"), ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn(tr(L, "Voor", "Before"));
            ImGui::TableSetupColumn(tr(L, "Na", "After"));
            ImGui::TableSetupColumn("Delta");
            ImGui::TableHeadersRow();
            for (std::size_t i = 0; i < r.indices.size(); ++i) {
                const std::string id = "index:" + r.indices[i].key;
                if (table_row(int(i), index_cells(r.indices[i], L), cause_row_ == id))
                    clicked = id;
            }
            ImGui::EndTable();
        }
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem(tr(L, "Afstanden", "Distances"))) {
        if (ImGui::BeginTable("##dist", 9, tf)) {
            ImGui::TableSetupScrollFreeze(0, 1);
            for (const char* h :
                 {tr(L, "Laag", "Layer"), tr(L, "Voor", "Before"), tr(L, "Na", "After"), "+", "-",
                  tr(L, "Intern", "Internal"), "Jaccard", "Hamming", "QAP r (p)"}) {
                ImGui::TableSetupColumn(h);
            }
            ImGui::TableHeadersRow();
            for (std::size_t i = 0; i < r.distances.size(); ++i) {
                const std::string id = "distance:" + r.distances[i].scope;
                if (table_row(int(i), distance_cells(r.distances[i], L), cause_row_ == id))
                    clicked = id;
            }
            ImGui::EndTable();
        }
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem(tr(L, "Rangorde", "Ranks"))) {
        ImGui::TextDisabled("%s: %s", tr(L, "maat", "metric"), r.rank_metric.c_str());
        if (ImGui::BeginTable("##rank", 3, tf)) {
            ImGui::TableSetupScrollFreeze(0, 1);
            ImGui::TableSetupColumn(tr(L, "Actor", "Actor"), ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn(tr(L, "Voor", "Before"));
            ImGui::TableSetupColumn(tr(L, "Na", "After"));
            ImGui::TableHeadersRow();
            for (std::size_t i = 0; i < r.ranks.size(); ++i) {
                const std::string id = "rank:" + std::to_string(r.ranks[i].cls);
                if (table_row(int(i), rank_cells(r.ranks[i]), cause_row_ == id))
                    clicked = id;
            }
            ImGui::EndTable();
        }
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
    if (!clicked.empty())
        select_row(ui, clicked);
}

// One line per row: the table, the row's key, the cells as shown, then the values behind
// them at full precision ("nan" when undefined). Written beside the file and renamed, so a
// reader never sees half a table.
void CompareView::write_table_for_tests(Language lang) const {
    if (!result_)
        return;
    const compare::ComparisonResult& r = *result_;
    std::string text;
    for (const auto& row : r.indices) {
        auto cells = index_cells(row, lang);
        cells.erase(cells.begin());
        cells.insert(cells.begin(), {"index", row.key});
        for (double v : {row.before, row.after, row.delta})
            cells.push_back(raw(v));
        text += tab_joined(cells);
    }
    for (const auto& d : r.distances) {
        auto cells = distance_cells(d, lang);
        cells.erase(cells.begin());
        cells.insert(cells.begin(), {"distance", d.scope});
        for (double v : {d.jaccard, d.qap_r, d.qap_p})
            cells.push_back(raw(v));
        text += tab_joined(cells);
    }
    for (const auto& k : r.ranks) {
        auto cells = rank_cells(k);
        cells.insert(cells.begin(), {"rank", r.contraction.classes[std::size_t(k.cls)].id});
        text += tab_joined(cells);
    }
    const std::string tmp = table_out_ + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary);
        out << text;
        if (!out)
            return;
    }
    std::error_code ec;
    std::filesystem::rename(tmp, table_out_, ec);
}

}  // namespace rk::gui

// The metrics table and the diagnostics panel: they show what the engine computed
// (analytics::analyze, run in the background) and never compute anything themselves.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "doc/i18n.hpp"
#include "gui/canvas.hpp"
#include "gui/panels.hpp"
#include "gui/presentation.hpp"

namespace rk::gui {

using doc::tr;

namespace {

std::string number(double v, Language L) {
    if (!std::isfinite(v))
        return L == Language::Dutch ? "n.v.t." : "n/a";
    char buf[32];
    if (std::abs(v - std::round(v)) < 1e-9 && std::abs(v) < 1e9) {
        std::snprintf(buf, sizeof buf, "%.0f", v);
    } else {
        std::snprintf(buf, sizeof buf, "%.3f", v);
    }
    return buf;
}

void waiting(const UiContext& ui) {
    ImGui::TextDisabled(
        "%s", ui.analysis_busy ? tr(ui.lang, "Analyse wordt berekend…", "Computing the analysis…")
                               : tr(ui.lang, "Nog geen analyse.", "No analysis yet."));
}

bool is_stale(const UiContext& ui, std::string_view what) {
    return ui.stale && std::find(ui.stale->begin(), ui.stale->end(), what) != ui.stale->end();
}

// While the full analysis of an edit runs, the values it will replace stay visible and are
// named, so the room sees which numbers are about to change (issue 18).
void recomputing_line(const UiContext& ui, const std::vector<std::string>& shown) {
    if (!ui.stale || ui.stale->empty() || !ui.analysis_busy)
        return;
    std::string names;
    for (const auto& c : shown) {
        if (is_stale(ui, c))
            names += (names.empty() ? "" : ", ") + c;
    }
    if (names.empty())
        return;
    ImGui::TextDisabled("%s %s",
                        ui.stale_carried_over
                            ? tr(ui.lang, "Wordt herberekend (waarden van vóór de wijziging):",
                                 "Being recomputed (values from before the edit):")
                            : tr(ui.lang, "Wordt berekend:", "Being computed:"),
                        names.c_str());
}

}  // namespace

void MetricsView::Draw(UiContext& ui) {
    const auto* a = ui.analysis;
    const Scenario* s = ui.doc.scenario();
    if (!a || !s) {
        waiting(ui);
        return;
    }
    const auto& table = a->actors;
    // Most useful first; the rest of the engine's columns follow.
    std::vector<std::string> cols;
    for (const char* m :
         {"degree", "betweenness", "harmonic_closeness", "eigenvector", "pagerank", "constraint"}) {
        if (table.column(m))
            cols.push_back(m);
    }
    for (const auto& n : table.names) {
        if (std::find(cols.begin(), cols.end(), n) == cols.end())
            cols.push_back(n);
    }
    recomputing_line(ui, cols);
    const float hist_w = ImGui::GetFontSize() * 16;
    ImGui::BeginChild("##metrics_table", ImVec2(ImGui::GetContentRegionAvail().x - hist_w, 0));
    const int ncols = std::min<int>(int(cols.size()) + 1, 60);
    if (ImGui::BeginTable("##metrics", ncols,
                          ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg |
                              ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY |
                              ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV)) {
        ImGui::TableSetupScrollFreeze(1, 1);
        ImGui::TableSetupColumn(tr(ui.lang, "actor", "actor"), ImGuiTableColumnFlags_WidthFixed,
                                ImGui::GetFontSize() * 12);
        for (int c = 0; c + 1 < ncols; ++c) {
            const std::string header =
                cols[c] + (ui.analysis_busy && is_stale(ui, cols[c]) ? " …" : "");
            ImGui::TableSetupColumn(header.c_str(), ImGuiTableColumnFlags_PreferSortDescending);
        }
        ImGui::TableHeadersRow();
        std::vector<int> rows(table.actor_ids.size());
        std::iota(rows.begin(), rows.end(), 0);
        std::vector<std::string> names(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const Actor* act = s->find_actor(table.actor_ids[i]);
            names[i] =
                act ? (act->short_name.empty() ? act->name : act->short_name) : table.actor_ids[i];
        }
        if (ImGuiTableSortSpecs* spec = ImGui::TableGetSortSpecs(); spec && spec->SpecsCount > 0) {
            const int col = spec->Specs[0].ColumnIndex;
            const bool asc = spec->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
            std::stable_sort(rows.begin(), rows.end(), [&](int x, int y) {
                if (col == 0)
                    return asc ? names[x] < names[y] : names[x] > names[y];
                const auto* v = table.column(cols[col - 1]);
                const double a1 = (*v)[x], b1 = (*v)[y];
                if (!std::isfinite(a1))
                    return false;  // n/a always last
                if (!std::isfinite(b1))
                    return true;
                return asc ? a1 < b1 : a1 > b1;
            });
        }
        for (int i : rows) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const std::string& id = table.actor_ids[i];
            if (ImGui::Selectable((names[i] + "##" + id).c_str(), ui.doc.selection().has_actor(id),
                                  ImGuiSelectableFlags_SpanAllColumns)) {
                ui.doc.selection().select_actor(id);
                ui.intents.fly_to = id;
            }
            for (int c = 0; c + 1 < ncols; ++c) {
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(number((*table.column(cols[c]))[i], ui.lang).c_str());
            }
        }
        ImGui::EndTable();
    }
    ImGui::EndChild();
    ImGui::SameLine();
    // Distribution of one metric.
    ImGui::BeginChild("##hist", ImVec2(0, 0));
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##histm", histogram_metric.c_str())) {
        for (const auto& c : cols) {
            if (ImGui::Selectable(c.c_str(), c == histogram_metric))
                histogram_metric = c;
        }
        ImGui::EndCombo();
    }
    if (const auto* v = table.column(histogram_metric)) {
        std::vector<double> vals;
        for (double x : *v) {
            if (std::isfinite(x))
                vals.push_back(x);
        }
        if (!vals.empty()) {
            const auto [lo, hi] = std::minmax_element(vals.begin(), vals.end());
            constexpr int kBins = 12;
            std::vector<float> bins(kBins, 0.f);
            const double span = std::max(*hi - *lo, 1e-12);
            for (double x : vals)
                bins[std::min(kBins - 1, int((x - *lo) / span * kBins))] += 1.f;
            ImGui::PlotHistogram("##h", bins.data(), kBins, 0, nullptr, 0.f, FLT_MAX,
                                 ImVec2(-1, ImGui::GetContentRegionAvail().y -
                                                ImGui::GetTextLineHeightWithSpacing()));
            ImGui::TextDisabled("%s .. %s (n=%zu)", number(*lo, ui.lang).c_str(),
                                number(*hi, ui.lang).c_str(), vals.size());
        }
    }
    ImGui::EndChild();
}

void DiagnosticsView::Draw(UiContext& ui) {
    const auto* a = ui.analysis;
    const Language L = ui.lang;
    if (!a) {
        waiting(ui);
        return;
    }
    recomputing_line(ui, {"diagnostics"});
    // Network summary line.
    const auto& n = a->network;
    ImGui::Text("%s: %d  %s: %d  %s: %d  F = %s", tr(L, "actoren", "actors"), n.nodes,
                tr(L, "relaties", "ties"), n.edges, tr(L, "componenten", "components"),
                n.components, number(n.fragmentation, L).c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton(tr(L, "Drempels…", "Thresholds…")))
        ImGui::OpenPopup("##thresholds");
    if (ImGui::BeginPopup("##thresholds")) {
        auto& t = ui.settings.thresholds;
        bool ch = false;
        ImGui::TextDisabled("%s", tr(L, "Hulpmiddelen voor het gesprek, geen oordelen.",
                                     "Aids to a conversation, not verdicts."));
        float f = float(t.eilandenrijk_fragmentation);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
        if (ImGui::SliderFloat(
                tr(L, "eilandenrijk: fragmentatie ≥", "eilandenrijk: fragmentation ≥"), &f, 0, 1)) {
            t.eilandenrijk_fragmentation = f;
            ch = true;
        }
        float dn = float(t.landdag_density);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
        if (ImGui::SliderFloat(tr(L, "Poolse landdag: dichtheid ≥", "Poolse landdag: density ≥"),
                               &dn, 0, 1)) {
            t.landdag_density = dn;
            ch = true;
        }
        float ei = float(t.verkokering_ei);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
        if (ImGui::SliderFloat(tr(L, "verkokering: E-I ≤", "verkokering (silos): E-I ≤"), &ei, -1,
                               1)) {
            t.verkokering_ei = ei;
            ch = true;
        }
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
        ch |=
            ImGui::SliderInt(tr(L, "overlap: paren in conflict ≥", "overlap: pairs in conflict ≥"),
                             &t.overlap_min_conflict_pairs, 1, 10);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
        ch |= ImGui::SliderInt(tr(L, "vele handen: R ≥", "many hands: R ≥"),
                               &t.vele_handen_min_responsible, 2, 10);
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
        ch |= ImGui::SliderInt(
            tr(L, "meervoudige regie: regisseurs ≥", "multiple regie: regisseurs ≥"),
            &t.multiple_regie_min_regisseurs, 2, 6);
        if (ch)
            ui.settings_changed();
        ImGui::EndPopup();
    }
    ImGui::Separator();
    ImGui::BeginChild("##findings");
    for (std::size_t i = 0; i < a->diagnostics.size(); ++i) {
        const auto& f = a->diagnostics[i];
        ImGui::PushID(int(i));
        const ImVec4 col = !f.applicable ? ImVec4(0.55f, 0.55f, 0.55f, 1)
                           : f.flagged   ? ImVec4(0.85f, 0.25f, 0.05f, 1)
                                         : ImVec4(0.1f, 0.6f, 0.3f, 1);
        ImGui::TextColored(col, "%s", !f.applicable ? "○" : (f.flagged ? "●" : "✓"));
        ImGui::SameLine();
        const std::string title = (L == Language::Dutch ? f.title_nl : f.title_en) +
                                  (f.subject.empty() ? "" : " — " + f.subject);
        const bool open =
            ImGui::TreeNodeEx("##f", ImGuiTreeNodeFlags_SpanAvailWidth, "%s", title.c_str());
        // Every flagged finding can be shown, task findings too (their actors and hand-overs).
        const bool has_cause =
            f.flagged || !f.actors.empty() || !f.relations.empty() || !f.tasks.empty();
        if (has_cause && ui.doc.scenario()) {
            ImGui::SameLine(ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 6 +
                            ImGui::GetCursorPosX());
            if (ImGui::SmallButton(tr(L, "Laat zien", "Show me"))) {
                ui.intents.highlight = highlight_for(*ui.doc.scenario(), f, L);
            }
        }
        ImGui::TextWrapped("%s", (L == Language::Dutch ? f.summary_nl : f.summary_en).c_str());
        // How much of what the finding rests on is a modelling choice rather than a source.
        if (f.evidence.items > 0)
            ImGui::TextDisabled(
                "%s %d / %d (%s)",
                tr(L, "bewijs dat modelkeuze is:", "evidence that is a modelling choice:"),
                f.evidence.inferred, f.evidence.items, number(f.evidence.share(), L).c_str());
        if (open) {
            for (const auto& line : L == Language::Dutch ? f.details_nl : f.details_en)
                ImGui::BulletText("%s", line.c_str());
            ImGui::TextDisabled("%s", tr(L, "regel", "rule"));
            ImGui::TextWrapped("%s", (L == Language::Dutch ? f.rule_nl : f.rule_en).c_str());
            if (!f.numbers.empty() &&
                ImGui::BeginTable("##nums", 2, ImGuiTableFlags_BordersInnerV)) {
                for (const auto& [k, v] : f.numbers) {
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(k.c_str());
                    ImGui::TableNextColumn();
                    ImGui::TextUnformatted(number(v, L).c_str());
                }
                for (const auto& [k, v] : f.thresholds) {
                    ImGui::TableNextRow();
                    ImGui::TableNextColumn();
                    ImGui::TextDisabled("%s (%s)", k.c_str(), tr(L, "drempel", "threshold"));
                    ImGui::TableNextColumn();
                    ImGui::TextDisabled("%s", number(v, L).c_str());
                }
                ImGui::EndTable();
            }
            ImGui::TreePop();
        }
        ImGui::Separator();
        ImGui::PopID();
    }
    ImGui::EndChild();
}

}  // namespace rk::gui

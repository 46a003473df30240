#include "gui/compare_view.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

#include "doc/i18n.hpp"
#include "doc/style.hpp"
#include "gui/compare_text.hpp"

namespace rk::gui {

using doc::tr;

namespace {

// The exporter's colour-blind-safe styles (compare_diagram.cpp): persisting grey solid,
// added blue bold, removed orange dashed; highlight vermillion.
constexpr ImU32 kGrey = IM_COL32(0x8C, 0x8C, 0x8C, 255);
constexpr ImU32 kBlue = IM_COL32(0x00, 0x72, 0xB2, 255);
constexpr ImU32 kOrange = IM_COL32(0xE6, 0x9F, 0x00, 255);
constexpr ImU32 kHighlight = IM_COL32(0xD5, 0x5E, 0x00, 255);

void dashed_line(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float width) {
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float len = std::sqrt(dx * dx + dy * dy);
    if (len < 1e-3f)
        return;
    const float dash = 9, gap = 6;
    for (float t = 0; t < len; t += dash + gap) {
        const float e = std::min(len, t + dash);
        dl->AddLine(ImVec2(a.x + dx * t / len, a.y + dy * t / len),
                    ImVec2(a.x + dx * e / len, a.y + dy * e / len), col, width);
    }
}

void dashed_circle(ImDrawList* dl, ImVec2 c, float r, ImU32 col, float width) {
    const int n = 12;
    for (int i = 0; i < n; ++i) {
        const float a0 = 2 * 3.14159265f * float(i) / float(n);
        dl->PathArcTo(c, r, a0, a0 + 3.14159265f / float(n), 4);
        dl->PathStroke(col, 0, width);
    }
}

void edge(ImDrawList* dl, ImVec2 a, ImVec2 b, compare::TieStatus st, bool highlighted,
          bool directed) {
    float w = st == compare::TieStatus::Added     ? 3.2f
              : st == compare::TieStatus::Removed ? 2.4f
                                                  : 1.4f;
    if (highlighted)
        w += 2.5f;
    const ImU32 col = st == compare::TieStatus::Added     ? kBlue
                      : st == compare::TieStatus::Removed ? kOrange
                                                          : kGrey;
    if (st == compare::TieStatus::Removed) {
        dashed_line(dl, a, b, col, w);
    } else {
        dl->AddLine(a, b, col, w);
    }
    if (directed) {
        const float dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
        if (len > 20) {
            const ImVec2 u(dx / len, dy / len);
            const ImVec2 tip(b.x - u.x * 9, b.y - u.y * 9);
            dl->AddTriangleFilled(tip, ImVec2(tip.x - u.x * 9 - u.y * 5, tip.y - u.y * 9 + u.x * 5),
                                  ImVec2(tip.x - u.x * 9 + u.y * 5, tip.y - u.y * 9 - u.x * 5),
                                  col);
        }
    }
}

}  // namespace

void CompareView::start(UiContext& ui) {
    want_run_ = false;
    error_.clear();
    if (job_.running())
        job_.cancel();
    job_.wait();
    const Case c = ui.doc.data();
    const std::string b = before_id, a = after_id;
    result_pair_ = b + "\x1f" + a;
    result_revision_ = ui.doc.revision();
    result_doc_ = &ui.doc;
    stale_ = result_ != nullptr;
    job_.start(
        tr(ui.lang, "Vergelijken", "Comparing"),
        [this, c, b, a](Progress& p) -> doc::JobRunner::Apply {
            auto r =
                std::make_shared<compare::ComparisonResult>(compare::compare_case(c, b, a, {}, &p));
            const Scenario* sb = c.find_scenario(b);
            const Scenario* sa = c.find_scenario(a);
            auto pos =
                std::make_shared<std::map<std::string, Position>>(doc::shared_positions(*sb, *sa));
            return [this, r, pos] {
                result_ = r;
                stale_ = false;
                result_arrived_ = true;
                positions_ = std::move(*pos);
                cause_ = {};
                cause_row_.clear();
                cause_title_.clear();
            };
        });
}

void CompareView::handle_pan_zoom(ImVec2 origin, ImVec2 size) {
    ImGui::SetCursorScreenPos(origin);
    ImGui::InvisibleButton("##pz", size,
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
    ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsItemHovered() && io.MouseWheel != 0) {
        const float f = std::pow(1.15f, io.MouseWheel);
        const ImVec2 c(origin.x + size.x / 2, origin.y + size.y / 2);
        const ImVec2 m = io.MousePos;
        pan_.x = (m.x - c.x) - (m.x - c.x - pan_.x) * f;
        pan_.y = (m.y - c.y) - (m.y - c.y - pan_.y) * f;
        zoom_ = std::clamp(zoom_ * f, 0.05f, 40.0f);
    }
    if (ImGui::IsItemActive()) {
        pan_.x += io.MouseDelta.x;
        pan_.y += io.MouseDelta.y;
    }
    if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
        zoom_ = 1;
        pan_ = ImVec2(0, 0);
    }
}

// which: 0 before, 1 after, 2 difference.
void CompareView::draw_canvas(UiContext& ui, const char* id, ImVec2 size, int which) {
    const compare::ComparisonResult& r = *result_;
    const Case& c = ui.doc.data();
    const Scenario* sb = c.find_scenario(r.before_id);
    const Scenario* sa = c.find_scenario(r.after_id);
    ImGui::BeginChild(id, size, true,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 bg = ui.dark ? IM_COL32(30, 30, 34, 255) : IM_COL32(255, 255, 255, 255);
    const ImU32 fg = ui.dark ? IM_COL32(230, 230, 230, 255) : IM_COL32(20, 20, 20, 255);
    dl->AddRectFilled(origin, ImVec2(origin.x + avail.x, origin.y + avail.y), bg);
    if (!sb || !sa || positions_.empty()) {
        ImGui::EndChild();
        return;
    }
    // Fit the shared positions into the drawing; the same transform in every drawing.
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    for (const auto& [aid, p] : positions_) {
        x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x),
        y1 = std::max(y1, p.y);
    }
    const double margin = 40;
    const double fit = std::min((avail.x - 2 * margin) / std::max(1.0, x1 - x0),
                                (avail.y - 2 * margin) / std::max(1.0, y1 - y0));
    const double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    const ImVec2 centre(origin.x + avail.x / 2, origin.y + avail.y / 2);
    auto to_screen = [&](const Position& p) {
        return ImVec2(centre.x + float((p.x - cx) * fit) * zoom_ + pan_.x,
                      centre.y + float((p.y - cy) * fit) * zoom_ + pan_.y);
    };
    auto at = [&](const std::string& aid) {
        auto it = positions_.find(aid);
        return it == positions_.end() ? centre : to_screen(it->second);
    };
    dl->PushClipRect(origin, ImVec2(origin.x + avail.x, origin.y + avail.y), true);
    const float rad = 7;
    if (which < 2) {
        const Scenario& s = which == 0 ? *sb : *sa;
        std::map<std::string, compare::TieStatus> status;
        for (const auto& t : r.ties) {
            for (const auto& rid : which == 0 ? t.before_relations : t.after_relations)
                status[rid] = t.status;
        }
        for (const auto& rel : s.relations) {
            auto it = status.find(rel.id);
            const compare::TieStatus st =
                it == status.end() ? compare::TieStatus::Persisting : it->second;
            const auto& hl_relations =
                which == 0 ? cause_.before_relations : cause_.after_relations;
            edge(dl, at(rel.source), at(rel.target), st, hl_relations.count(rel.id) > 0,
                 rel.directed);
        }
        for (const auto& a : s.actors) {
            const ImVec2 p = at(a.id);
            const bool only_here =
                which == 0 ? !r.contraction.after_class.count(a.id) || !sa->find_actor(a.id)
                           : !sb->find_actor(a.id);
            int cls = -1;
            const auto& m = which == 0 ? r.contraction.before_class : r.contraction.after_class;
            if (auto it = m.find(a.id); it != m.end())
                cls = it->second;
            const LineageKind k =
                cls >= 0 ? r.contraction.classes[std::size_t(cls)].kind : LineageKind::Identity;
            dl->AddCircleFilled(p, rad,
                                ui.dark ? IM_COL32(90, 90, 96, 255) : IM_COL32(220, 220, 220, 255));
            if (which == 1 && k == LineageKind::New) {
                dl->AddCircle(p, rad + 1, kBlue, 0, 3.5f);
            } else if (which == 0 && k == LineageKind::Dissolved) {
                dashed_circle(dl, p, rad + 1, kOrange, 2.5f);
            } else if (only_here && (k == LineageKind::Merge || k == LineageKind::Split)) {
                dl->AddCircle(p, rad + 1, fg, 0, 2.0f);
            } else {
                dl->AddCircle(p, rad, kGrey, 0, 1.0f);
            }
            const auto& hl_actors = which == 0 ? cause_.before_actors : cause_.after_actors;
            if (hl_actors.count(a.id))
                dl->AddCircle(p, rad + 6, kHighlight, 0, 3.0f);
            const std::string label = actor_text(a);
            dl->AddText(ImVec2(p.x + rad + 3, p.y - 7), fg, label.c_str());
        }
        const char* title = which == 0 ? r.before_name.c_str() : r.after_name.c_str();
        dl->AddText(ImVec2(origin.x + 8, origin.y + 6), fg, title);
    } else {
        // Difference view on the union of lineage classes.
        const auto& classes = r.contraction.classes;
        std::vector<ImVec2> cp(classes.size());
        for (std::size_t k = 0; k < classes.size(); ++k) {
            const auto& ids = classes[k].after_actors.empty() ? classes[k].before_actors
                                                              : classes[k].after_actors;
            ImVec2 sum(0, 0);
            for (const auto& aid : ids) {
                const ImVec2 p = at(aid);
                sum.x += p.x, sum.y += p.y;
            }
            const float n = float(std::max<std::size_t>(1, ids.size()));
            cp[k] = ImVec2(sum.x / n, sum.y / n);
        }
        // Merges and splits drawn as their lineage: the parts as small rings joined to the whole.
        for (std::size_t k = 0; k < classes.size(); ++k) {
            const auto& cl = classes[k];
            if (cl.kind != LineageKind::Merge && cl.kind != LineageKind::Split)
                continue;
            const auto& parts = cl.kind == LineageKind::Merge ? cl.before_actors : cl.after_actors;
            for (const auto& aid : parts) {
                const ImVec2 p = at(aid);
                if (std::abs(p.x - cp[k].x) + std::abs(p.y - cp[k].y) > 2) {
                    dashed_line(dl, p, cp[k], fg, 1.2f);
                    dl->AddCircle(p, rad * 0.6f, fg, 0, 1.2f);
                }
            }
        }
        for (const auto& t : r.ties) {
            if (t.tie.u < 0 || t.tie.v < 0 || std::size_t(t.tie.u) >= cp.size() ||
                std::size_t(t.tie.v) >= cp.size())
                continue;
            bool hl = false;
            for (const auto& rid : t.before_relations)
                hl = hl || cause_.before_relations.count(rid);
            for (const auto& rid : t.after_relations)
                hl = hl || cause_.after_relations.count(rid);
            edge(dl, cp[std::size_t(t.tie.u)], cp[std::size_t(t.tie.v)], t.status, hl,
                 t.tie.directed);
        }
        for (std::size_t k = 0; k < classes.size(); ++k) {
            const auto& cl = classes[k];
            const ImVec2 p = cp[k];
            const float rr =
                cl.kind == LineageKind::Merge || cl.kind == LineageKind::Split ? rad * 1.4f : rad;
            dl->AddCircleFilled(
                p, rr,
                cl.kind == LineageKind::Dissolved
                    ? IM_COL32(238, 238, 238, 255)
                    : (ui.dark ? IM_COL32(90, 90, 96, 255) : IM_COL32(220, 220, 220, 255)));
            if (cl.kind == LineageKind::New)
                dl->AddCircle(p, rr + 1, kBlue, 0, 3.5f);
            else if (cl.kind == LineageKind::Dissolved)
                dashed_circle(dl, p, rr + 1, kOrange, 2.5f);
            else if (cl.kind == LineageKind::Merge || cl.kind == LineageKind::Split)
                dl->AddCircle(p, rr, fg, 0, 2.0f);
            else
                dl->AddCircle(p, rr, kGrey, 0, 1.0f);
            if (cause_.classes.count(int(k)))
                dl->AddCircle(p, rr + 6, kHighlight, 0, 3.0f);
            dl->AddText(ImVec2(p.x + rr + 3, p.y - 7), fg, cl.label.c_str());
        }
        // Legend.
        const char* items[3] = {tr(ui.lang, "blijvend", "persisting"),
                                tr(ui.lang, "nieuw", "added"), tr(ui.lang, "vervallen", "removed")};
        const compare::TieStatus sts[3] = {compare::TieStatus::Persisting,
                                           compare::TieStatus::Added, compare::TieStatus::Removed};
        float y = origin.y + 8;
        for (int i = 0; i < 3; ++i, y += 18) {
            edge(dl, ImVec2(origin.x + 10, y + 7), ImVec2(origin.x + 44, y + 7), sts[i], false,
                 false);
            dl->AddText(ImVec2(origin.x + 50, y), fg, items[i]);
        }
    }
    dl->PopClipRect();
    handle_pan_zoom(origin, avail);
    ImGui::EndChild();
}

void CompareView::Draw(UiContext& ui) {
    job_.poll();
    if (result_arrived_) {
        result_arrived_ = false;
        if (!table_out_.empty())
            write_table_for_tests(ui.lang);
        if (!select_on_result_.empty())
            select_row(ui, std::exchange(select_on_result_, {}));
    }
    if (!open)
        return;
    const Case& c = ui.doc.data();
    auto valid = [&](const std::string& id) {
        return !id.empty() && c.find_scenario(id) != nullptr;
    };
    if (!valid(before_id) || !valid(after_id)) {
        auto [b, a] = doc::default_comparison_pair(c);
        before_id = b, after_id = a;
        if (!b.empty())
            want_run_ = true;
    }
    const std::string pair = before_id + "\x1f" + after_id;
    if (result_ && (result_pair_ != pair || result_doc_ != &ui.doc)) {
        result_.reset();  // another pair or case: the old drawing would mislead
        want_run_ = true;
    } else if (result_ && !stale_ && result_revision_ != ui.doc.revision()) {
        stale_ = true;  // an edit (e.g. of the lineage): recompute, keep showing the old one
        want_run_ = true;
    }
    if (!result_ && job_.state() == doc::JobRunner::State::Idle && !before_id.empty())
        want_run_ = true;

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(
        ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.03f, vp->WorkPos.y + vp->WorkSize.y * 0.04f),
        ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(vp->WorkSize.x * 0.94f, vp->WorkSize.y * 0.88f),
                             ImGuiCond_FirstUseEver);
    if (!ImGui::Begin(tr(ui.lang, "Vergelijken###compare", "Compare###compare"), &open)) {
        ImGui::End();
        return;
    }
    if (c.scenarios.size() < 2) {
        ImGui::TextWrapped(
            "%s", tr(ui.lang, "Deze casus heeft maar één scenario: vergelijken vraagt er twee.",
                     "This case has a single scenario: comparing needs two."));
        ImGui::End();
        return;
    }
    auto combo = [&](const char* label, std::string& id) {
        const Scenario* cur = c.find_scenario(id);
        ImGui::SetNextItemWidth(220);
        if (ImGui::BeginCombo(label, cur ? cur->name.c_str() : "")) {
            for (const auto& s : c.scenarios) {
                if (ImGui::Selectable((s.name + "##" + s.id).c_str(), s.id == id)) {
                    id = s.id;
                    want_run_ = true;
                }
            }
            ImGui::EndCombo();
        }
    };
    combo(tr(ui.lang, "Voor", "Before"), before_id);
    ImGui::SameLine();
    combo(tr(ui.lang, "Na", "After"), after_id);
    ImGui::SameLine();
    ImGui::RadioButton(tr(ui.lang, "Naast elkaar", "Side by side"), &mode, 0);
    ImGui::SameLine();
    ImGui::RadioButton(tr(ui.lang, "Verschil", "Difference"), &mode, 1);
    ImGui::SameLine();
    if (ImGui::Button(tr(ui.lang, "Vergelijken", "Compare")) && !job_.running())
        want_run_ = true;
    if (job_.running()) {
        ImGui::SameLine();
        ImGui::ProgressBar(float(job_.progress()), ImVec2(140, 0));
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(ui.lang, "Annuleren", "Cancel")))
            job_.cancel();
    } else if (job_.state() == doc::JobRunner::State::Failed) {
        ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", job_.error().c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(ui.lang, "Opnieuw", "Retry")))
            want_run_ = true;
    }
    if (want_run_ && !job_.running())
        start(ui);

    if (result_) {
        const ImVec2 avail = ImGui::GetContentRegionAvail();
        const float left_w = avail.x * 0.64f;
        ImGui::BeginChild("##cmp_left", ImVec2(left_w, avail.y), false);
        const ImVec2 la = ImGui::GetContentRegionAvail();
        if (mode == 0) {
            const float w = (la.x - ImGui::GetStyle().ItemSpacing.x) / 2;
            draw_canvas(ui, "##before", ImVec2(w, la.y), 0);
            ImGui::SameLine();
            draw_canvas(ui, "##after", ImVec2(w, la.y), 1);
        } else {
            draw_canvas(ui, "##diff", la, 2);
        }
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("##cmp_right", ImVec2(0, avail.y), false);
        // Tables above, the lineage editor below: an edit shows its effect on the deltas.
        ImGui::BeginChild("##cmp_tables", ImVec2(0, avail.y * 0.56f), false);
        draw_tables(ui);
        ImGui::EndChild();
        ImGui::BeginChild("##cmp_lineage", ImVec2(0, 0), true);
        draw_lineage(ui);
        ImGui::EndChild();
        ImGui::EndChild();
    } else if (!job_.running() && job_.state() != doc::JobRunner::State::Failed) {
        ImGui::TextDisabled("%s", tr(ui.lang, "Nog geen vergelijking.", "No comparison yet."));
    }
    ImGui::End();
}

}  // namespace rk::gui

// Swimlanes per bestuurslaag and the power-interest grid.
#include "layout/governance.hpp"

#include <algorithm>
#include <cmath>

#include "layout/detail.hpp"

namespace rk::layout {

namespace {
constexpr Bestuurslaag kLaneOrder[kSwimlaneCount] = {
    Bestuurslaag::Rijk,     Bestuurslaag::Provincie,       Bestuurslaag::Regio,
    Bestuurslaag::Gemeente, Bestuurslaag::Waterschap,      Bestuurslaag::Uitvoering,
    Bestuurslaag::Privaat,  Bestuurslaag::Maatschappelijk, Bestuurslaag::Unknown,
};

Box box_of(const Actor& a, const LayoutRequest& request) {
    auto it = request.boxes.find(a.id);
    return it != request.boxes.end() ? it->second : default_label_box(a);
}

const Position* pinned_of(const Scenario& s, const Actor& a, const LayoutRequest& request) {
    if (!request.respect_pinned)
        return nullptr;
    auto it = s.positions.find(a.id);
    return it != s.positions.end() && it->second.pinned ? &it->second : nullptr;
}

std::optional<double> level_score(PowerLevel p) {
    switch (p) {
        case PowerLevel::None:
            return 0.0;
        case PowerLevel::Diffuse:
            return 1.0;
        case PowerLevel::Replaceable:
            return 2.0;
        case PowerLevel::Unique:
            return 3.0;
        case PowerLevel::Unknown:
            break;
    }
    return std::nullopt;
}
}  // namespace

int swimlane_index(Bestuurslaag b) {
    for (int i = 0; i < kSwimlaneCount; ++i)
        if (kLaneOrder[i] == b)
            return i;
    return kSwimlaneCount - 1;
}

std::optional<double> power_score(const Actor& a) {
    auto p = level_score(a.power.production), b = level_score(a.power.blocking);
    std::optional<double> base;
    if (p && b)
        base = std::max(*p, *b);
    else if (p)
        base = p;
    else if (b)
        base = b;
    const bool mandate_known =
        a.mandate.decision != DecisionMandate::Unknown || a.mandate.doorzettingsmacht.has_value();
    if (!base && !mandate_known)
        return std::nullopt;
    double s = base.value_or(0.0);
    if (a.mandate.decision == DecisionMandate::Full)
        s += 0.5;
    if (a.mandate.doorzettingsmacht.value_or(false))
        s += 0.5;
    return std::min(s, 4.0);
}

std::optional<int> interest_score(const Actor& a) {
    switch (a.interest) {
        case Interest::Low:
            return 1;
        case Interest::Medium:
            return 2;
        case Interest::High:
            return 3;
        case Interest::Unknown:
            break;
    }
    return std::nullopt;
}

LayoutResult swimlane_layout(const Scenario& scenario, const LayoutRequest& request,
                             Progress* progress, std::shared_ptr<const ScenarioIndex> index) {
    LayoutResult res;
    const double gap = std::max(request.overlap_gap, 0.0);
    std::vector<int> count(kSwimlaneCount, 0);
    double box_h = 0;
    for (const auto& a : scenario.actors) {
        ++count[swimlane_index(a.bestuurslaag)];
        box_h = std::max(box_h, box_of(a, request).height);
    }
    // Lane height: a few rows of nodes; more actors get more rows (about six per row width).
    std::vector<double> lo(kSwimlaneCount, 0), hi(kSwimlaneCount, 0);
    double y = 0;
    const double pad = 12;
    for (int l = 0; l < kSwimlaneCount; ++l) {
        if (count[l] == 0)
            continue;
        int rows = std::max(1, static_cast<int>(std::ceil(std::sqrt(count[l] / 6.0))));
        double h = 2 * pad + rows * (box_h + gap) + (rows > 1 ? box_h : 0);
        lo[l] = y;
        hi[l] = y + h;
        Bestuurslaag b = kLaneOrder[l];
        res.rows.push_back(
            {b == Bestuurslaag::Unknown ? "unknown" : std::string(token(b)),
             b == Bestuurslaag::Unknown ? "onbekend" : std::string(label(b, Language::Dutch)),
             b == Bestuurslaag::Unknown ? "unknown" : std::string(label(b, Language::English)),
             lo[l], hi[l]});
        y = hi[l];
    }
    ForceOptions fo;
    fo.seed = request.seed;
    fo.threads = request.threads;
    fo.group_attraction = request.group_attraction;
    fo.start_from_scenario = false;
    fo.anchors = request.anchors;
    fo.anchor_strength = request.anchor_strength;
    for (const auto& a : scenario.actors) {
        if (const Position* p = pinned_of(scenario, a, request)) {
            fo.pinned[a.id] = *p;
            continue;
        }
        int l = swimlane_index(a.bestuurslaag);
        double hh = box_of(a, request).height / 2;
        double band_lo = lo[l] + pad + hh, band_hi = hi[l] - pad - hh;
        if (band_hi < band_lo)
            band_lo = band_hi = (lo[l] + hi[l]) / 2;
        fo.y_band[a.id] = {band_lo, band_hi};
    }
    ForceLayout fl(scenario, std::move(index), request.layers, fo);
    const int n = fl.graph().node_count();
    const int max_it = request.iterations > 0 ? request.iterations : 800;
    int done = 0;
    while (done < max_it && !fl.converged()) {
        check_cancel(progress);
        int batch = std::min(20, max_it - done);
        fl.step(batch);
        done += batch;
        if (progress)
            progress->set_fraction(0.8 * done / max_it);
    }
    res.stats.iterations = fl.iterations_done();
    res.stats.converged = fl.converged();
    std::vector<Vec2> pos = fl.positions();
    for (int i = 0; i < n; ++i)
        res.positions[fl.graph().ids[i]] = {pos[i].x, pos[i].y, false};
    res.ok = true;
    return res;
}

LayoutResult power_interest_layout(const Scenario& scenario, const LayoutRequest& request) {
    LayoutResult res;
    const double gap = std::max(request.overlap_gap, 0.0);
    // Columns: 0 = unknown, then score classes 0..4 (see governance.hpp); rows: 0 = high
    // interest (top) .. 2 = low, 3 = unknown.
    auto column_of = [](const Actor& a) {
        auto s = power_score(a);
        if (!s)
            return 0;
        if (*s >= 3.5)
            return 5;
        return 1 + static_cast<int>(std::floor(*s));
    };
    auto row_of = [](const Actor& a) {
        auto i = interest_score(a);
        return i ? 3 - *i : 3;
    };
    constexpr int kCols = 6, kRows = 4;
    std::vector<std::vector<const Actor*>> cell(kCols * kRows);
    double bw = 0, bh = 0;
    for (const auto& a : scenario.actors) {
        cell[row_of(a) * kCols + column_of(a)].push_back(&a);
        Box b = box_of(a, request);
        bw = std::max(bw, b.width);
        bh = std::max(bh, b.height);
    }
    std::size_t most = 1;
    for (auto& c : cell) {
        // Groups together, then by name: a cell reads like a small sorted table.
        std::sort(c.begin(), c.end(), [](const Actor* p, const Actor* q) {
            if (p->group != q->group)
                return p->group < q->group;
            if (p->name != q->name)
                return p->name < q->name;
            return p->id < q->id;
        });
        most = std::max(most, c.size());
    }
    const int per_row = std::max(1, static_cast<int>(std::ceil(std::sqrt(most * 1.0))));
    const int lines = static_cast<int>((most + per_row - 1) / per_row);
    const double pad = 16;
    const double cw = per_row * (bw + gap) + 2 * pad, ch = lines * (bh + gap) + 2 * pad;
    std::vector<bool> col_used(kCols, false), row_used(kRows, false);
    for (int r = 0; r < kRows; ++r)
        for (int c = 0; c < kCols; ++c)
            if (!cell[r * kCols + c].empty())
                col_used[c] = row_used[r] = true;
    // The scale columns/rows always show (an empty quadrant is information); the unknown
    // column and row only when someone is in them, set apart by an extra gap.
    for (int c = 1; c < kCols; ++c)
        col_used[c] = true;
    for (int r = 0; r < 3; ++r)
        row_used[r] = true;
    std::vector<double> x0(kCols, 0), y0(kRows, 0);
    static const char* kColKey[kCols] = {"unknown", "power-0", "power-1",
                                         "power-2", "power-3", "power-4"};
    static const char* kColNl[kCols] = {"onbekend",    "geen macht", "diffuus",
                                        "vervangbaar", "uniek",      "uniek + mandaat"};
    static const char* kColEn[kCols] = {"unknown",     "no power", "diffuse",
                                        "replaceable", "unique",   "unique + mandate"};
    static const char* kRowKey[kRows] = {"interest-high", "interest-medium", "interest-low",
                                         "unknown"};
    static const char* kRowNl[kRows] = {"groot belang", "gemiddeld belang", "klein belang",
                                        "onbekend"};
    static const char* kRowEn[kRows] = {"high interest", "medium interest", "low interest",
                                        "unknown"};
    double x = 0;
    for (int c = 0; c < kCols; ++c) {
        if (!col_used[c])
            continue;
        x0[c] = x;
        res.columns.push_back({kColKey[c], kColNl[c], kColEn[c], x, x + cw});
        x += cw + (c == 0 ? 2 * pad : 0);
    }
    double y = 0;
    for (int r = 0; r < kRows; ++r) {
        if (!row_used[r])
            continue;
        if (r == 3)
            y += 2 * pad;
        y0[r] = y;
        res.rows.push_back({kRowKey[r], kRowNl[r], kRowEn[r], y, y + ch});
        y += ch;
    }
    for (int r = 0; r < kRows; ++r) {
        for (int c = 0; c < kCols; ++c) {
            const auto& members = cell[r * kCols + c];
            for (std::size_t k = 0; k < members.size(); ++k) {
                const Actor& a = *members[k];
                if (const Position* p = pinned_of(scenario, a, request)) {
                    res.positions[a.id] = *p;
                    continue;
                }
                int col = static_cast<int>(k % per_row), line = static_cast<int>(k / per_row);
                res.positions[a.id] = {x0[c] + pad + (col + 0.5) * (bw + gap),
                                       y0[r] + pad + (line + 0.5) * (bh + gap), false};
            }
        }
    }
    res.ok = true;
    return res;
}

}  // namespace rk::layout

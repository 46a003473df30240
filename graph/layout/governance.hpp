// Governance layouts that general tools do not have: swimlanes per bestuurslaag and the
// power-interest grid of actor analysis (seed 002).
#pragma once

#include <memory>
#include <optional>

#include "layout/layout.hpp"

namespace rk::layout {

// Lane order from top to bottom: rijk, provincie, regio, gemeente, waterschap, uitvoering,
// privaat, maatschappelijk, unknown. Returns the 0-based lane index.
int swimlane_index(Bestuurslaag b);
inline constexpr int kSwimlaneCount = 9;

// Power score on the x axis of the power-interest grid, 0..4, or nullopt when the sources
// say nothing about power or mandate (the actor goes to the "onbekend" column). Mapping:
//   base = max(production, blocking): none 0, diffuse 1, replaceable 2, unique 3;
//   +0.5 for a full decision mandate, +0.5 for doorzettingsmacht (capped at 4).
// Unknown power with a known mandate: base 0 plus the mandate bonus (none/within frame: 0).
std::optional<double> power_score(const Actor& a);
// Interest on the y axis: low 1, medium 2, high 3; nullopt when unknown.
std::optional<int> interest_score(const Actor& a);

// Swimlanes: each lane is a horizontal band whose height grows with its actor count; inside
// a lane ForceAtlas2 places actors in x (and y within the band) so related actors sit close
// and `directs` edges cross lanes vertically. Deterministic for a seed. `index`: the
// scenario's index (null: built here, one build).
LayoutResult swimlane_layout(const Scenario& scenario, const LayoutRequest& request,
                             Progress* progress,
                             std::shared_ptr<const ScenarioIndex> index = nullptr);

// Power-interest grid: columns by power score (rounded to halves; unknown left, separated),
// rows by interest (high at the top; unknown at the bottom). Inside a cell actors sit in a
// small grid, sorted by group then name, so groups stay together. O(n log n).
LayoutResult power_interest_layout(const Scenario& scenario, const LayoutRequest& request);

}  // namespace rk::layout

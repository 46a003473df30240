// Internal to the export module: a scenario as a DGraph (shared by the scenario diagram,
// the side-by-side comparison and the HTML report).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "compare/compare.hpp"
#include "export/diagram_graph.hpp"

namespace rk::exporter::detail {

// Builds the drawing. `forced_positions` (screen coordinates, y down) replaces the
// scenario's positions (side-by-side views share one layout); else stored positions are
// completed by a layout run. Notes say what was done on the user's behalf. Throws
// rk::Cancelled only.
DGraph build_scenario_graph(const Case& c, const Scenario& s, const DiagramStyle& style,
                            std::vector<std::string>& notes, Progress* progress,
                            const std::map<std::string, Position>* forced_positions = nullptr);

// Positions for every actor of `s` (stored, completed by a layout run). y down.
std::map<std::string, Position> complete_positions(const Scenario& s,
                                                   std::vector<std::string>& notes,
                                                   Progress* progress);

// Factor (>= 1) that spreads cramped positions to about one node width apart. O(n^2).
double spacing_scale(const std::map<std::string, Position>& positions);

// Comparison drawings (compare_diagram.cpp), also used by the HTML comparison report.
DGraph side_by_side(const Case& c, const compare::ComparisonResult& r, const Scenario& before,
                    const Scenario& after, const DiagramStyle& st, std::vector<std::string>& notes,
                    Progress* progress);
DGraph difference(const Case& c, const compare::ComparisonResult& r, const Scenario& before,
                  const Scenario& after, const DiagramStyle& st, std::vector<std::string>& notes,
                  Progress* progress);

}  // namespace rk::exporter::detail

// Layout quality metrics: normalised stress, edge crossings, rectangle (label) overlaps.
//
// Used by the tests (quality bounds on known graphs) and the benchmark against Graphviz.
#pragma once

#include <cstdint>
#include <vector>

#include "layout/layout.hpp"

namespace rk::layout {

// Normalised stress with optimal scaling:
//   min_s  sum_{i<j} w_ij (s*|x_i - x_j| - d_ij)^2 / sum_{i<j} w_ij d_ij^2,  w_ij = d_ij^-2,
// over connected pairs, d_ij = BFS hop count. Scale-invariant, in [0, 1]; 0 = every distance
// drawn exactly. `sample_sources` > 0 uses that many seeded BFS sources instead of all
// nodes (an unbiased estimate for big graphs). Returns -1 when no pair is connected.
// Cost: O(sources * (n + m)) time, O(n + m) memory.
double normalised_stress(const LayoutGraph& graph, const std::vector<Vec2>& pos,
                         int sample_sources = 0, std::uint64_t seed = 1);

// Number of pairs of edges that cross (edges sharing an end point never count).
// O(m^2): meant for small graphs (the tests and diagrams of a few hundred relations).
long long edge_crossings(const LayoutGraph& graph, const std::vector<Vec2>& pos);

// Number of pairs of rectangles (centred at pos[i], size boxes[i]) whose interiors overlap
// by more than `tolerance` in both axes. Sweep over x: O(n log n + overlapping candidates).
long long rectangle_overlaps(const std::vector<Vec2>& pos, const std::vector<Box>& boxes,
                             double tolerance = 1e-6);

}  // namespace rk::layout

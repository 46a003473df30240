// Nominal (attribute) assortativity, Newman (2003) eq. 2: r = (tr e - ||e^2||) / (1 - ||e^2||)
// with e the normalised mixing matrix of group pairs at the ends of each edge.
#include "analytics/measures.hpp"

namespace rk::analytics {

double nominal_assortativity(const NetworkView& g, const std::vector<int>& group, int group_count) {
    std::vector<double> e(static_cast<std::size_t>(group_count) * group_count, 0.0);
    double total = 0;
    auto add = [&](int a, int b) {
        e[static_cast<std::size_t>(a) * group_count + b] += 1;
        total += 1;
    };
    for (const auto& edge : g.edges) {
        const int a = group[edge.u], b = group[edge.v];
        if (a < 0 || b < 0)
            continue;
        add(a, b);
        if (!g.directed)
            add(b, a);
    }
    if (total == 0)
        return kNaN;
    double trace = 0, ab = 0;
    for (int i = 0; i < group_count; ++i) {
        double row = 0, col = 0;
        for (int j = 0; j < group_count; ++j) {
            row += e[static_cast<std::size_t>(i) * group_count + j] / total;
            col += e[static_cast<std::size_t>(j) * group_count + i] / total;
        }
        trace += e[static_cast<std::size_t>(i) * group_count + i] / total;
        ab += row * col;
    }
    return ab < 1.0 ? (trace - ab) / (1.0 - ab) : kNaN;
}

}  // namespace rk::analytics

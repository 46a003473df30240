// Gould and Fernandez (1989) brokerage roles. For a two-path a -> b -> c with no arc
// a -> c, broker b is a
//   coordinator     when a, b, c share a group,
//   itinerant       (consultant) when a and c share a group and b is outside it,
//   representative  when a and b share a group and c is outside it,
//   gatekeeper      when b and c share a group and a is outside it,
//   liaison         when all three groups differ.
#include "analytics/measures.hpp"

namespace rk::analytics {

std::vector<BrokerageCounts> gould_fernandez(const NetworkView& g, const std::vector<int>& group) {
    std::vector<BrokerageCounts> counts(g.n);
    for (int b = 0; b < g.n; ++b) {
        const int gb = group[b];
        if (gb < 0)
            continue;
        for (int i = g.in_offsets[b]; i < g.in_offsets[b + 1]; ++i) {
            const int a = g.in_sources[i];
            const int ga = group[a];
            if (ga < 0)
                continue;
            for (int k = g.out_offsets[b]; k < g.out_offsets[b + 1]; ++k) {
                const int c = g.out_targets[k];
                const int gc = group[c];
                if (c == a || gc < 0 || g.has_arc(a, c))
                    continue;
                BrokerageCounts& r = counts[b];
                if (ga == gb && gb == gc) {
                    r.coordinator += 1;
                } else if (ga == gc) {
                    r.itinerant += 1;
                } else if (ga == gb) {
                    r.representative += 1;
                } else if (gb == gc) {
                    r.gatekeeper += 1;
                } else {
                    r.liaison += 1;
                }
            }
        }
    }
    return counts;
}

}  // namespace rk::analytics

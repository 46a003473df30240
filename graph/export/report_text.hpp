// Internal to the export module: the words both reports (HTML and PDF) use, so they explain
// the same things in the same way.
#pragma once

#include <string>
#include <vector>

#include "model/enums.hpp"

namespace rk::exporter::detail {

inline std::string tr(Language l, const char* nl, const char* en) {
    return l == Language::Dutch ? nl : en;
}

// What a diagnostic means for regie, in the words of DOMAIN.md section 1; "" when unknown.
std::string diagnostic_explanation(const std::string& id, Language l);

// The key metrics of a report, in order: index key (compare::index_map), label, meaning.
struct KeyMetric {
    const char *key, *nl, *en, *why_nl, *why_en;
};
const std::vector<KeyMetric>& key_metrics();

}  // namespace rk::exporter::detail

// The rows of the metric, network-index and diagnostic tables (header row first), shared by
// the CSV and Markdown writers (tables.cpp) and the workbook (workbook.cpp), so every output
// shows the same table. Numbers are text as TableOptions::format asks (Csv: machine
// precision, NaN empty). O(actors * metrics) and O(diagnostics).
#pragma once

#include <string>
#include <vector>

#include "analytics/analysis.hpp"
#include "export/export.hpp"

namespace rk::exporter {

using Rows = std::vector<std::vector<std::string>>;

Rows metrics_rows(const Scenario& s, const analytics::AnalysisResult& a, const TableOptions& o);
Rows network_index_rows(const analytics::AnalysisResult& a, const TableOptions& o);
Rows diagnostics_rows(const Scenario& s, const analytics::AnalysisResult& a, const TableOptions& o);
// The analysis settings used (partition, layers, level, permutations, every diagnostic
// threshold): header row, then one (setting, value) row each. O(1).
Rows settings_rows(const analytics::AnalysisSettings& settings, const TableOptions& o);

}  // namespace rk::exporter

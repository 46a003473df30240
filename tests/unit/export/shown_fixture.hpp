// What the CLI shows by default, for the export tests: the scenario analysed once with the
// settings of its view (exporter::shown_settings), kept alive beside the Shown that reads it.
#pragma once

#include "analytics/analysis.hpp"
#include "export/export.hpp"

namespace rk::test {

struct DefaultShown {
    DefaultShown(const Case& c, const Scenario& s,
                 analytics::AnalysisSettings base = analytics::AnalysisSettings{})
        : analysis(analytics::analyze(s, exporter::shown_settings(s, std::move(base)))),
          shown{c, s, analysis} {}
    DefaultShown(const DefaultShown&) = delete;
    DefaultShown& operator=(const DefaultShown&) = delete;

    analytics::AnalysisResult analysis;
    exporter::Shown shown;
};

}  // namespace rk::test

// What is shown (export.hpp): the one rule for the partition a scenario shows, and the rows
// that state the analysis settings in every table and report.
#include <cmath>
#include <cstdio>

#include "export/export.hpp"
#include "export/table_rows.hpp"

namespace rk::exporter {

namespace {

constexpr const char* kDefaultPartition = "koker";  // analytics' default for verkokering

// Every diagnostic threshold by its field name: one table for reading and writing them, so
// the CLI's --threshold and the reports' settings table name them alike.
struct ThresholdField {
    const char* name;
    double analytics::DiagnosticThresholds::*real = nullptr;
    int analytics::DiagnosticThresholds::*whole = nullptr;
};
using T = analytics::DiagnosticThresholds;
constexpr ThresholdField kThresholds[] = {
    {"eilandenrijk_fragmentation", &T::eilandenrijk_fragmentation, nullptr},
    {"eilandenrijk_isolate_share", &T::eilandenrijk_isolate_share, nullptr},
    {"landdag_density", &T::landdag_density, nullptr},
    {"landdag_min_actors", nullptr, &T::landdag_min_actors},
    {"landdag_min_veto_players", nullptr, &T::landdag_min_veto_players},
    {"verkokering_ei", &T::verkokering_ei, nullptr},
    {"verkokering_alpha", &T::verkokering_alpha, nullptr},
    {"overlap_min_conflict_pairs", nullptr, &T::overlap_min_conflict_pairs},
    {"vele_handen_min_responsible", nullptr, &T::vele_handen_min_responsible},
    {"multiple_regie_min_regisseurs", nullptr, &T::multiple_regie_min_regisseurs},
};

}  // namespace

std::string set_threshold(analytics::DiagnosticThresholds& t, const std::string& name,
                          double value) {
    std::string known;
    for (const auto& f : kThresholds) {
        if (name == f.name) {
            if (f.real)
                t.*f.real = value;
            else
                t.*f.whole = static_cast<int>(std::lround(value));
            return {};
        }
        known += (known.empty() ? "" : ", ") + std::string(f.name);
    }
    return "unknown threshold '" + name + "'; known: " + known;
}

std::string shown_partition(const Scenario& s) {
    return s.view.partition.empty() ? kDefaultPartition : s.view.partition;
}

analytics::AnalysisSettings shown_settings(const Scenario& s, analytics::AnalysisSettings base) {
    base.partitions = {shown_partition(s)};
    return base;
}

std::string analysed_partition(const analytics::AnalysisSettings& settings) {
    return settings.partitions.empty() ? kDefaultPartition : settings.partitions.front();
}

std::map<std::string, double> metric_values(const analytics::AnalysisResult& a,
                                            const std::string& metric) {
    std::map<std::string, double> out;
    if (const auto* col = a.actors.column(metric))
        for (std::size_t i = 0; i < col->size() && i < a.actors.actor_ids.size(); ++i)
            out[a.actors.actor_ids[i]] = (*col)[i];
    return out;
}

Rows settings_rows(const analytics::AnalysisSettings& st, const TableOptions& o) {
    const Language L = o.lang;
    const bool nl = L == Language::Dutch;
    // Settings are inputs: shown as typed (0.35), whatever the table's number style.
    auto number = [](double v) {
        char buf[32];
        // Six significant digits: a threshold set with a float slider (0.35f is
        // 0.3499999940...) reads as the 0.35 on screen.
        std::snprintf(buf, sizeof buf, "%.6g", v);
        return std::string(buf);
    };
    std::string partitions;
    for (std::size_t i = 0; i < st.partitions.size(); ++i)
        partitions += (i ? ", " : "") + st.partitions[i];
    std::string layers;
    for (Layer l : analytics::analysed_layers(st))
        layers += (layers.empty() ? "" : ", ") + std::string(label(l, L));
    Rows rows{
        {nl ? "instelling" : "setting", nl ? "waarde" : "value"},
        {nl ? "indeling (verkokering)" : "partition (silos)",
         partitions.empty() ? analysed_partition(st) : partitions},
        {nl ? "lagen" : "layers", layers},
        {nl ? "niveau" : "level", st.level == GovernanceLevel::Unknown
                                      ? (nl ? "alle niveaus" : "all levels")
                                      : std::string(label(st.level, L))},
        {nl ? "gericht" : "directed", st.directed ? (nl ? "ja" : "yes") : (nl ? "nee" : "no")},
        {nl ? "gewogen" : "weighted", st.weighted ? (nl ? "ja" : "yes") : (nl ? "nee" : "no")},
        {nl ? "permutaties (E-I-toets)" : "permutations (E-I test)",
         std::to_string(st.permutations)},
    };
    // The names are the fields of analytics::DiagnosticThresholds, so a reader can look
    // each one up in docs/analytics.md.
    for (const auto& f : kThresholds)
        rows.push_back({f.name, f.real ? number(st.thresholds.*f.real)
                                       : std::to_string(st.thresholds.*f.whole)});
    return rows;
}

}  // namespace rk::exporter

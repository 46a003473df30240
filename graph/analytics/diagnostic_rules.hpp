// Internal to the analytics module: the diagnostic rules, one rule family per file, and the
// small helpers they share. run_diagnostics() (diagnostics.cpp) calls them in order; tests
// reach them through analyze().
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "analytics/analysis.hpp"

namespace rk::analytics::rules {

// A number inside a rule or summary sentence; NaN reads as "n/a".
std::string fmt(double v);
bool has_role(const Actor& a, Role r);
Finding make_finding(std::string id, std::string title_nl, std::string title_en);
// How many organisations an actor stands for: its member_count for a collective
// ("13 gemeenten"), 1 otherwise. Rules that count parties count this.
int party_count(const Actor& a);
// Adds the evidence of relations, letters and roles to f.evidence (counted once each by the
// caller). Unknown basis counts as stated, not inferred.
void count_relation(Finding& f, const Relation& r);
void count_letter(Finding& f, const RaciAssignment& x);
void count_role(Finding& f, const Actor& a, Role role);
// Adds an information line; beyond kMaxDetails lines, one closing line says the rest are left
// out (the numbers still count them), so a 50,000-actor case does not print 10^6 pairs.
inline constexpr std::size_t kMaxDetails = 100;
void add_detail(Finding& f, std::string nl, std::string en);

// overlap.cpp: "overlappende bevoegdheden en daardoor veel disfunctioneel conflict" (seed 002).
// `index` is the index of `s` (actor lookups without an id table of its own).
Finding overlap(const Scenario& s, const ScenarioIndex& index, const DiagnosticThresholds& t);
// forum_landdag.cpp: Poolse landdag per forum (members, their density, who can decide).
// `index` is the index of `s`; vertex i of `g` is index actor i (agreement hubs follow).
std::vector<Finding> poolse_landdag(const Scenario& s, const ScenarioIndex& index,
                                    const NetworkView& g, const DiagnosticThresholds& t);
// multiple_regie.cpp: the norm (rijksregie beside one coordinating regisseur) against
// competing regisseurs of one kind, and where escalation is impossible.
Finding multiple_regie(const Scenario& s, const RegieOverlay& o, const DiagnosticThresholds& t);
// ladder.cpp: participation-ladder step against the relations an actor has.
Finding ladder_mismatch(const Scenario& s);

}  // namespace rk::analytics::rules

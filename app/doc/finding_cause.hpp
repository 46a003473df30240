// What the canvas draws to show one diagnostic finding ("Laat zien", presentation mode), and
// the caption that explains it. The analysis names the actors, relations and tasks that
// cause a finding; tasks are not on the canvas, so a task cause is turned into what is:
// a marker on every actor that holds a part of the task, and for a hand-over (`follows`)
// without an owner a broken link from the owner of the earlier task to the owner of the
// later one, with a label.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "analytics/analysis.hpp"
#include "model/case.hpp"

namespace rk::doc {

struct BrokenLink {
    std::string from, to;  // actor ids
    std::string label;     // bilingual (doc/i18n.hpp)
    bool operator==(const BrokenLink&) const = default;
};

struct FindingCause {
    std::set<std::string> actors;
    std::set<std::string> relations;
    std::vector<BrokenLink> broken_links;
    std::map<std::string, std::string> actor_notes;  // actor id -> bilingual marker text
    bool empty() const { return actors.empty() && relations.empty() && broken_links.empty(); }
};

// O(tasks * assignments + actors + relations of the finding). Unknown ids are kept (the
// canvas ignores them); a task nobody is assigned to adds nothing to draw.
FindingCause cause_of(const Scenario& s, const analytics::Finding& f);

// The caption of a finding in one language: title (with its subject), the one-line
// summary, and its numbers as "name: value" joined by " · " (integers without decimals).
struct FindingCaption {
    std::string title, summary, numbers;
};
FindingCaption caption_of(const analytics::Finding& f, Language lang);

// The flagged findings in the order the diagnostics panel lists them: the steps of
// presentation mode.
std::vector<const analytics::Finding*> flagged_findings(const analytics::AnalysisResult& a);

}  // namespace rk::doc

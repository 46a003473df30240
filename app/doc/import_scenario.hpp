// "Compare with file…" (issue 16): the first scenario of another case file comes into the
// open case as a new scenario, as one undoable step, so the comparison window (which
// compares scenarios of one case, through their lineage) can set it against the current
// one. The command line does the same without changing any file: `compare A B`.
#pragma once

#include <string>

#include "doc/command.hpp"
#include "model/case.hpp"

namespace rk::doc {

// The first scenario of `other`, ready to add to `c`: an id not used in `c` (from
// `file_stem`, made unique with -2, -3, ...) and a name that says which file it came from.
// Precondition: `other` has a scenario. Cost: linear in the scenario's size.
Scenario scenario_for_comparison(const Case& c, const Case& other, const std::string& file_stem);

// Adds `s` as the last scenario of the case; undo removes it again. `s.id` must be unused.
CommandPtr add_scenario(Scenario s);

}  // namespace rk::doc

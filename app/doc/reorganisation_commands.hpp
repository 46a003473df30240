// Reorganisation acts (graph/model/reorganisation.hpp) as undoable document commands.
//
// An act may change a scenario, the scenario list and the lineage at once, so its command
// keeps the scenario list and the lineage as they were before and after the act (a copy of
// the case's scenarios per step: fine for the meeting-sized cases the acts are made for).
#pragma once

#include <functional>
#include <string>

#include "doc/command.hpp"
#include "model/reorganisation.hpp"

namespace rk::doc {

class CaseStateCommand final : public Command {
  public:
    CaseStateCommand(std::string description, const Case& before, const Case& after)
        : description_(std::move(description)),
          before_{before.scenarios, before.lineage},
          after_{after.scenarios, after.lineage} {}
    std::string description() const override { return description_; }
    void apply(Case& c) override { put(c, after_); }
    void revert(Case& c) override { put(c, before_); }

  private:
    struct State {
        std::vector<Scenario> scenarios;
        std::vector<LineageLink> lineage;
    };
    static void put(Case& c, const State& s) {
        c.scenarios = s.scenarios;
        c.lineage = s.lineage;
    }
    std::string description_;
    State before_, after_;
};

// The outcome of preparing an act: a command to execute, or the act's refusal.
struct PreparedAct {
    CommandPtr command;  // null when refused
    std::string error;   // why, naming the ids
};

// Runs `act` on a copy of `c`; the command turns `c` into that copy. `description` is a
// bilingual history line (doc::bilingual).
PreparedAct prepare_act(const Case& c, std::string description,
                        const std::function<reorg::ActResult(Case&)>& act);

// The lineage of the case after `act`, as a command that only sets `c.lineage` (for
// commands that change the scenario entity by entity and need the lineage to follow).
CommandPtr lineage_after(const Case& c, std::string description,
                         const std::function<reorg::ActResult(Case&)>& act);

}  // namespace rk::doc

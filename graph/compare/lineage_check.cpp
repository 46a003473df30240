// Checks of a lineage as a person edits it in the comparison window: the same cardinality
// rules as the case reader, plus what the reader cannot see link by link (an actor claimed
// by two links), so that the editor can show each problem next to its link.
#include <map>
#include <set>

#include "compare/compare.hpp"

namespace rk::compare {

namespace {

// The reader's rule for `kind` (case_reader.cpp check_cardinality), or empty when it holds.
std::string cardinality_problem(const LineageLink& l) {
    const std::size_t from = l.from_actors.size(), to = l.to_actors.size();
    bool ok = true;
    const char* expected = "";
    switch (l.kind) {
        case LineageKind::Identity:
        case LineageKind::Rename:
            ok = from == 1 && to == 1, expected = "1 actor before and 1 after";
            break;
        case LineageKind::Merge:
            ok = from >= 2 && to == 1, expected = "2 or more actors before and 1 after";
            break;
        case LineageKind::Split:
            ok = from == 1 && to >= 2, expected = "1 actor before and 2 or more after";
            break;
        case LineageKind::New:
            ok = from == 0 && to == 1, expected = "no actor before and 1 after";
            break;
        case LineageKind::Dissolved:
            ok = from == 1 && to == 0, expected = "1 actor before and none after";
            break;
    }
    if (ok)
        return {};
    const std::string kind(token(l.kind));
    const bool vowel = kind.find_first_of("aeiou") == 0;
    return (vowel ? "an " : "a ") + kind + " link needs " + expected + " (has " +
           std::to_string(from) + " and " + std::to_string(to) + ")";
}

}  // namespace

std::vector<LineageIssue> check_lineage(const Scenario& before, const Scenario& after,
                                        const std::vector<LineageLink>& links) {
    std::vector<LineageIssue> out;
    std::map<std::string, std::string> before_owner, after_owner;  // actor -> first link
    auto check_side = [&](const LineageLink& l, const std::vector<std::string>& actors,
                          const Scenario& s, std::map<std::string, std::string>& owner) {
        std::set<std::string> seen;
        for (const auto& id : actors) {
            if (!s.find_actor(id))
                out.push_back({l.id, "actor '" + id + "' is not in scenario '" + s.id + "'"});
            if (!seen.insert(id).second) {
                out.push_back({l.id, "actor '" + id + "' is named twice"});
                continue;
            }
            auto [it, fresh] = owner.emplace(id, l.id);
            if (!fresh)
                out.push_back({l.id, "actor '" + id + "' is also in link '" + it->second + "'"});
        }
    };
    for (const auto& l : links) {
        if (auto problem = cardinality_problem(l); !problem.empty())
            out.push_back({l.id, std::move(problem)});
        check_side(l, l.from_actors, before, before_owner);
        check_side(l, l.to_actors, after, after_owner);
    }
    return out;
}

}  // namespace rk::compare

// Checks of a lineage as a person edits it in the comparison window: the same cardinality
// rules as the case reader, plus what the reader cannot see link by link (an actor claimed
// by two links), so that the editor can show each problem next to its link.
#include <map>
#include <optional>
#include <set>

#include "compare/compare.hpp"

namespace rk::compare {

namespace {

struct Expected {
    bool ok;
    const char* nl;
    const char* en;
};

// The reader's rule for `kind` (case_reader.cpp check_cardinality).
Expected cardinality(LineageKind kind, std::size_t from, std::size_t to) {
    switch (kind) {
        case LineageKind::Identity:
        case LineageKind::Rename:
            return {from == 1 && to == 1, "1 actor voor en 1 na", "1 actor before and 1 after"};
        case LineageKind::Merge:
            return {from >= 2 && to == 1, "2 of meer actoren voor en 1 na",
                    "2 or more actors before and 1 after"};
        case LineageKind::Split:
            return {from == 1 && to >= 2, "1 actor voor en 2 of meer na",
                    "1 actor before and 2 or more after"};
        case LineageKind::New:
            return {from == 0 && to == 1, "geen actor voor en 1 na", "no actor before and 1 after"};
        case LineageKind::Dissolved:
            return {from == 1 && to == 0, "1 actor voor en geen na",
                    "1 actor before and none after"};
    }
    return {true, "", ""};
}

// The cardinality problem of a link, when it has one.
std::optional<LineageIssue> cardinality_problem(const LineageLink& l) {
    const std::size_t from = l.from_actors.size(), to = l.to_actors.size();
    const Expected e = cardinality(l.kind, from, to);
    if (e.ok)
        return std::nullopt;
    const std::string kind(token(l.kind));
    const bool vowel = kind.find_first_of("aeiou") == 0;
    const std::string counts = std::to_string(from) + " and " + std::to_string(to) + ")";
    return LineageIssue{l.id,
                        "een " + std::string(label(l.kind, Language::Dutch)) +
                            "-koppeling vraagt " + e.nl + " (heeft " + std::to_string(from) +
                            " en " + std::to_string(to) + ")",
                        (vowel ? "an " : "a ") + kind + " link needs " + e.en + " (has " + counts};
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
            const std::string q = "'" + id + "'";
            if (!s.find_actor(id))
                out.push_back({l.id, "actor " + q + " zit niet in scenario '" + s.id + "'",
                               "actor " + q + " is not in scenario '" + s.id + "'"});
            if (!seen.insert(id).second) {
                out.push_back({l.id, "actor " + q + " staat er twee keer in",
                               "actor " + q + " is named twice"});
                continue;
            }
            auto [it, fresh] = owner.emplace(id, l.id);
            if (!fresh)
                out.push_back({l.id, "actor " + q + " zit ook in koppeling '" + it->second + "'",
                               "actor " + q + " is also in link '" + it->second + "'"});
        }
    };
    for (const auto& l : links) {
        if (auto problem = cardinality_problem(l))
            out.push_back(std::move(*problem));
        check_side(l, l.from_actors, before, before_owner);
        check_side(l, l.to_actors, after, after_owner);
    }
    return out;
}

}  // namespace rk::compare

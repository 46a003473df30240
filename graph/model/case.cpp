#include "model/case.hpp"

#include <algorithm>

namespace rk {

namespace {
template <typename Range>
auto find_by_id(Range& range, std::string_view id) -> decltype(&*range.begin()) {
    auto it = std::find_if(range.begin(), range.end(), [&](const auto& e) { return e.id == id; });
    return it == range.end() ? nullptr : &*it;
}
}  // namespace

const Actor* Scenario::find_actor(std::string_view actor_id) const {
    return find_by_id(actors, actor_id);
}
Actor* Scenario::find_actor(std::string_view actor_id) {
    return find_by_id(actors, actor_id);
}

const Relation* Scenario::find_relation(std::string_view relation_id) const {
    return find_by_id(relations, relation_id);
}

int Scenario::actor_index(std::string_view actor_id) const {
    const Actor* a = find_actor(actor_id);
    return a ? static_cast<int>(a - actors.data()) : -1;
}

const Scenario* Case::find_scenario(std::string_view scenario_id) const {
    return find_by_id(scenarios, scenario_id);
}
Scenario* Case::find_scenario(std::string_view scenario_id) {
    return find_by_id(scenarios, scenario_id);
}

}  // namespace rk

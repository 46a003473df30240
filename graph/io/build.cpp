// From a reader's RawGraph to a case: attribute mapping onto model fields, duplicate and
// dangling checks, numbering of unnamed relations, and the import report summary.
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "io/io_detail.hpp"

namespace rk::io::detail {

namespace {

using Attr = std::pair<std::string, AttributeValue>;

std::string as_text(const AttributeValue& v) {
    return attribute_to_string(v);
}

template <typename Enum>
void emit_enum(std::vector<Attr>& out, const char* name, Enum v, Enum def) {
    if (v != def)
        out.emplace_back(name, std::string(token(v)));
}

void emit_text(std::vector<Attr>& out, const char* name, const std::string& v) {
    if (!v.empty())
        out.emplace_back(name, v);
}

template <typename Enum>
std::string join_tokens(const std::vector<Enum>& v) {
    std::string s;
    for (auto e : v) {
        if (!s.empty())
            s += ',';
        s += token(e);
    }
    return s;
}

// Parses an enum value; on failure explains what was expected.
template <typename Enum>
bool set_enum(Enum& field, const AttributeValue& v, std::string_view what, std::string& err) {
    std::string t = as_text(v);
    if (auto e = from_token<Enum>(t)) {
        field = *e;
        return true;
    }
    err = "'" + t + "' is not a " + std::string(what) + " (expected one of " +
          expected_tokens<Enum>() + ")";
    return false;
}

template <typename Enum>
bool set_enum_list(std::vector<Enum>& field, const AttributeValue& v, std::string_view what,
                   std::string& err) {
    std::string t = as_text(v);
    std::vector<Enum> out;
    std::size_t start = 0;
    while (start <= t.size()) {
        std::size_t end = t.find(',', start);
        if (end == std::string::npos)
            end = t.size();
        std::string item = t.substr(start, end - start);
        item.erase(0, item.find_first_not_of(' '));
        item.erase(item.find_last_not_of(' ') + 1);
        if (!item.empty()) {
            auto e = from_token<Enum>(item);
            if (!e) {
                err = "'" + item + "' is not a " + std::string(what) + " (expected one of " +
                      expected_tokens<Enum>() + ")";
                return false;
            }
            out.push_back(*e);
        }
        start = end + 1;
    }
    field = std::move(out);
    return true;
}

std::optional<double> as_number(const AttributeValue& v) {
    if (auto d = std::get_if<double>(&v))
        return *d;
    if (auto i = std::get_if<std::int64_t>(&v))
        return static_cast<double>(*i);
    if (auto s = std::get_if<std::string>(&v))
        return parse_double(*s);
    return std::nullopt;
}

std::optional<bool> as_bool(const AttributeValue& v) {
    if (auto b = std::get_if<bool>(&v))
        return *b;
    if (auto i = std::get_if<std::int64_t>(&v)) {
        if (*i == 0 || *i == 1)
            return *i == 1;
        return std::nullopt;
    }
    if (auto s = std::get_if<std::string>(&v))
        return parse_bool(*s);
    return std::nullopt;
}

// Role evidence in one cell or attribute: a JSON object as in the case file,
// {"regisseur": {"basis": "modelling_choice", "note": "..."}}, because it is a map of
// records that no flat column holds without a home-made escaping.
std::string role_evidence_text(const std::map<Role, Evidence>& m) {
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    for (const auto& [role, e] : m) {
        nlohmann::ordered_json x = nlohmann::ordered_json::object();
        if (e.basis != EvidenceBasis::Unknown)
            x["basis"] = token(e.basis);
        if (e.confidence != Confidence::Unknown)
            x["confidence"] = token(e.confidence);
        if (!e.note.empty())
            x["note"] = e.note;
        j[std::string(token(role))] = x;
    }
    return j.dump();
}

bool set_role_evidence(std::map<Role, Evidence>& out, const AttributeValue& v, std::string& err) {
    const auto j = nlohmann::json::parse(as_text(v), nullptr, /*allow_exceptions=*/false);
    if (!j.is_object()) {
        err = "role evidence must be a JSON object such as {\"regisseur\": {\"basis\": \"seed\"}}";
        return false;
    }
    for (const auto& [key, x] : j.items()) {
        const auto role = from_token<Role>(key);
        if (!role || !x.is_object()) {
            err = "role evidence: '" + key +
                  "' is not a role with an object of basis, confidence, note";
            return false;
        }
        Evidence e;
        if (x.contains("basis") &&
            !set_enum(e.basis, AttributeValue(x.value("basis", "")), "evidence basis", err))
            return false;
        if (x.contains("confidence") &&
            !set_enum(e.confidence, AttributeValue(x.value("confidence", "")), "confidence level",
                      err))
            return false;
        e.note = x.value("note", "");
        out[*role] = std::move(e);
    }
    return true;
}

bool set_opt_bool(std::optional<bool>& field, const AttributeValue& v, std::string& err) {
    auto b = as_bool(v);
    if (!b) {
        err = "'" + as_text(v) + "' is not a boolean (expected true or false)";
        return false;
    }
    field = *b;
    return true;
}

struct PendingPosition {
    std::optional<double> x, y;
    bool pinned = false;
};

// Applies one attribute to an actor. Returns false when `key` is not a model field (then
// it is a custom attribute). Sets `err` when it is a field but the value does not fit.
bool apply_actor_field(Actor& a, PendingPosition& pos, const std::string& key,
                       const AttributeValue& v, std::string& err) {
    if (key == "name" || key == "label") {
        a.name = as_text(v);
    } else if (key == "short_name") {
        a.short_name = as_text(v);
    } else if (key == "sector") {
        a.sector = as_text(v);
    } else if (key == "koker") {
        a.koker = as_text(v);
    } else if (key == "parent") {
        a.parent = as_text(v);
    } else if (key == "group") {
        a.group = as_text(v);
    } else if (key == "notes") {
        a.notes = as_text(v);
    } else if (key == "type") {
        set_enum(a.type, v, "actor type", err);
    } else if (key == "bestuurslaag") {
        set_enum(a.bestuurslaag, v, "bestuurslaag", err);
    } else if (key == "stance") {
        set_enum(a.stance, v, "stance", err);
    } else if (key == "interest") {
        set_enum(a.interest, v, "interest level", err);
    } else if (key == "ladder_step") {
        set_enum(a.ladder_step, v, "ladder step", err);
    } else if (key == "participation") {
        set_enum(a.participation, v, "participation mode", err);
    } else if (key == "confidence") {
        set_enum(a.confidence, v, "confidence level", err);
    } else if (key == "roles") {
        set_enum_list(a.roles, v, "role", err);
    } else if (key == "mandate") {
        set_enum(a.mandate.decision, v, "decision mandate", err);
    } else if (key == "doorzettingsmacht") {
        set_opt_bool(a.mandate.doorzettingsmacht, v, err);
    } else if (key == "commitment_power") {
        set_opt_bool(a.mandate.commitment_power, v, err);
    } else if (key == "power_production") {
        set_enum(a.power.production, v, "power level", err);
    } else if (key == "power_blocking") {
        set_enum(a.power.blocking, v, "power level", err);
    } else if (key == "member_count") {
        auto d = as_number(v);
        if (!d || *d < 1 || *d > 1'000'000 || *d != std::floor(*d)) {
            err = "member count '" + as_text(v) + "' is not a whole number from 1 to 1000000";
        } else {
            a.member_count = static_cast<int>(*d);
        }
    } else if (key == "role_evidence") {
        set_role_evidence(a.role_evidence, v, err);
    } else if (key == "x" || key == "y") {
        auto d = as_number(v);
        if (!d || !std::isfinite(*d)) {
            err = "position " + key + " '" + as_text(v) + "' is not a finite number";
        } else {
            (key == "x" ? pos.x : pos.y) = *d;
        }
    } else if (key == "pinned") {
        auto b = as_bool(v);
        if (!b) {
            err = "'" + as_text(v) + "' is not a boolean (expected true or false)";
        } else {
            pos.pinned = *b;
        }
    } else {
        return false;
    }
    return true;
}

bool apply_relation_field(Relation& r, std::optional<bool>& directed, const std::string& key,
                          const AttributeValue& v, std::string& err) {
    if (key == "layer") {
        set_enum(r.layer, v, "layer", err);
    } else if (key == "weight") {
        auto d = as_number(v);
        if (!d) {
            err = "weight '" + as_text(v) + "' is not a number";
        } else if (!std::isfinite(*d)) {
            err = "weight '" + as_text(v) + "' is not finite";
        } else {
            r.weight = *d;
        }
    } else if (key == "directed") {
        set_opt_bool(directed, v, err);
    } else if (key == "goal") {
        r.details->goal = as_text(v);
    } else if (key == "notes") {
        r.details->notes = as_text(v);
    } else if (key == "valid_from") {
        r.details->valid_from = as_text(v);
    } else if (key == "valid_to") {
        r.details->valid_to = as_text(v);
    } else if (key == "means") {
        set_enum_list(r.details->means, v, "means", err);
    } else if (key == "regie_kind") {
        set_enum(r.regie_kind, v, "regie kind", err);
    } else if (key == "level") {
        set_enum(r.level, v, "governance level", err);
    } else if (key == "formality") {
        set_enum(r.formality, v, "formality", err);
    } else if (key == "evidence_basis") {
        set_enum(r.evidence.basis, v, "evidence basis", err);
    } else if (key == "evidence_confidence") {
        set_enum(r.evidence.confidence, v, "confidence level", err);
    } else if (key == "evidence_note") {
        r.evidence.note = as_text(v);
    } else {
        return false;
    }
    return true;
}

const std::set<std::string>& mapping_targets() {
    static const std::set<std::string> t = {"name",
                                            "short_name",
                                            "sector",
                                            "koker",
                                            "parent",
                                            "group",
                                            "notes",
                                            "type",
                                            "bestuurslaag",
                                            "stance",
                                            "interest",
                                            "ladder_step",
                                            "participation",
                                            "confidence",
                                            "roles",
                                            "mandate",
                                            "doorzettingsmacht",
                                            "commitment_power",
                                            "power_production",
                                            "power_blocking",
                                            "x",
                                            "y",
                                            "pinned",
                                            "layer",
                                            "weight",
                                            "directed",
                                            "goal",
                                            "valid_from",
                                            "valid_to",
                                            "means",
                                            "regie_kind",
                                            "level",
                                            "formality",
                                            "member_count",
                                            "role_evidence",
                                            "evidence_basis",
                                            "evidence_confidence",
                                            "evidence_note"};
    return t;
}

}  // namespace

bool is_model_field(std::string_view name) {
    return mapping_targets().count(std::string(name)) > 0;
}

namespace {

std::string loc(int line, int col) {
    if (line <= 0)
        return "";
    return std::to_string(line) + ":" + std::to_string(col);
}

}  // namespace

std::vector<Attr> actor_fields(const Actor& a) {
    std::vector<Attr> out;
    emit_text(out, "name", a.name);
    emit_text(out, "short_name", a.short_name);
    emit_enum(out, "type", a.type, ActorType::Unknown);
    emit_enum(out, "bestuurslaag", a.bestuurslaag, Bestuurslaag::Unknown);
    emit_text(out, "sector", a.sector);
    emit_text(out, "koker", a.koker);
    emit_text(out, "parent", a.parent);
    emit_text(out, "group", a.group);
    if (!a.roles.empty())
        out.emplace_back("roles", join_tokens(a.roles));
    emit_enum(out, "mandate", a.mandate.decision, DecisionMandate::Unknown);
    if (a.mandate.doorzettingsmacht)
        out.emplace_back("doorzettingsmacht", *a.mandate.doorzettingsmacht);
    if (a.mandate.commitment_power)
        out.emplace_back("commitment_power", *a.mandate.commitment_power);
    emit_enum(out, "power_production", a.power.production, PowerLevel::Unknown);
    emit_enum(out, "power_blocking", a.power.blocking, PowerLevel::Unknown);
    emit_enum(out, "stance", a.stance, Stance::Unknown);
    emit_enum(out, "interest", a.interest, Interest::Unknown);
    emit_enum(out, "ladder_step", a.ladder_step, LadderStep::Unknown);
    emit_enum(out, "participation", a.participation, Participation::Unknown);
    emit_enum(out, "confidence", a.confidence, Confidence::Unknown);
    emit_text(out, "notes", a.notes);
    if (a.member_count)
        out.emplace_back("member_count", std::int64_t{*a.member_count});
    if (!a.role_evidence.empty())
        out.emplace_back("role_evidence", role_evidence_text(a.role_evidence));
    return out;
}

std::vector<Attr> relation_fields(const Relation& r) {
    std::vector<Attr> out;
    out.emplace_back("layer", std::string(token(r.layer)));
    out.emplace_back("weight", r.weight);
    emit_text(out, "goal", r.details->goal);
    if (!r.details->means.empty())
        out.emplace_back("means", join_tokens(r.details->means));
    emit_enum(out, "regie_kind", r.regie_kind, RegieKind::Unknown);
    emit_enum(out, "level", r.level, GovernanceLevel::Unknown);
    emit_enum(out, "formality", r.formality, Formality::Unknown);
    emit_text(out, "valid_from", r.details->valid_from);
    emit_text(out, "valid_to", r.details->valid_to);
    emit_text(out, "notes", r.details->notes);
    emit_enum(out, "evidence_basis", r.evidence.basis, EvidenceBasis::Unknown);
    emit_enum(out, "evidence_confidence", r.evidence.confidence, Confidence::Unknown);
    emit_text(out, "evidence_note", r.evidence.note);
    return out;
}

namespace {

// Counts relations that repeat an earlier one's ends, layer and direction: what makes two
// edges of a simple-graph format the same edge. Each relation is one 64-bit key in an
// open-addressing set of 8-byte slots: half a megabyte for 30,000 edges, where a map of
// structs took two and sorting the keys cost a millisecond.
class ParallelCounter {
  public:
    explicit ParallelCounter(std::size_t expected) {
        std::size_t capacity = 16;
        while (capacity < 2 * expected)
            capacity *= 2;
        slots_.assign(capacity, kFree);
    }

    // Adds the relation (u, v) (u <= v when undirected) and says whether it repeats one.
    bool repeats(std::size_t u, std::size_t v, Layer layer, bool directed) {
        if (!directed && v < u)
            std::swap(u, v);
        // Positions below 2^28 (an actor takes hundreds of bytes: 2^28 of them cannot be
        // held) and 8 bits of layer and direction make an exact key; beyond, a tree.
        const auto kind = static_cast<std::uint64_t>(layer) << 1 | (directed ? 1u : 0u);
        if (u >= kMaxPosition || v >= kMaxPosition || kind >= 0xFF)
            return !large_.emplace(u, v, kind).second;
        const std::uint64_t key = kind << 56 | static_cast<std::uint64_t>(u) << 28 | v;
        if (2 * (size_ + 1) > slots_.size())
            grow();
        return !insert(key);
    }

  private:
    static constexpr std::uint64_t kFree = ~std::uint64_t{0};  // never a key: kind < 0xFF
    static constexpr std::size_t kMaxPosition = std::size_t{1} << 28;

    bool insert(std::uint64_t key) {  // whether the key is new
        const std::size_t mask = slots_.size() - 1;
        std::uint64_t h = key * 0x9E3779B97F4A7C15ull;  // Fibonacci hashing: high bits mixed
        for (std::size_t i = (h ^ (h >> 29)) & mask;; i = (i + 1) & mask) {
            if (slots_[i] == key)
                return false;
            if (slots_[i] == kFree) {
                slots_[i] = key;
                ++size_;
                return true;
            }
        }
    }

    void grow() {
        std::vector<std::uint64_t> old(slots_.size() * 2, kFree);
        old.swap(slots_);
        size_ = 0;
        for (std::uint64_t key : old)
            if (key != kFree)
                insert(key);
    }

    std::vector<std::uint64_t> slots_;
    std::size_t size_ = 0;
    std::set<std::tuple<std::size_t, std::size_t, std::uint64_t>> large_;
};

// A hash map with open addressing (linear probing, power-of-two table, entries inline).
// std::unordered_map allocates a node per entry and follows pointers on every lookup: on a
// 30,000-edge list its two tables here took a fifth of the import. Why written here: the
// standard library has no flat map and Debian 12's Boost (1.74) predates
// boost::unordered_flat_map. Keys must outlive the map (string_views of the RawGraph).
template <class Key, class Value, class Hash>
class FlatMap {
  public:
    explicit FlatMap(std::size_t expected) {
        std::size_t capacity = 16;
        while (3 * capacity < 4 * expected)  // at most three quarters full
            capacity *= 2;
        slots_.resize(capacity);
    }

    const Value* find(const Key& key) const {
        const std::size_t h = hash(key), mask = slots_.size() - 1;
        for (std::size_t i = h & mask; slots_[i].hash; i = (i + 1) & mask)
            if (slots_[i].hash == h && slots_[i].key == key)
                return &slots_[i].value;
        return nullptr;
    }

    // The value of `key` and whether it was inserted now (false: it was there already).
    std::pair<const Value*, bool> emplace(const Key& key, const Value& value) {
        if (4 * (size_ + 1) > 3 * slots_.size())
            grow();
        return insert(key, value, hash(key));
    }

    std::size_t size() const { return size_; }

  private:
    // The full hash is kept in the slot (never 0: 0 marks a free slot), so that a probe
    // compares keys only when the hashes agree and growing needs no hashing.
    struct Slot {
        Key key{};
        Value value{};
        std::size_t hash = 0;
    };

    static std::size_t hash(const Key& key) { return Hash{}(key) | 1; }

    std::pair<const Value*, bool> insert(const Key& key, const Value& value, std::size_t h) {
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = h & mask;
        for (; slots_[i].hash; i = (i + 1) & mask)
            if (slots_[i].hash == h && slots_[i].key == key)
                return {&slots_[i].value, false};
        slots_[i] = Slot{key, value, h};
        ++size_;
        return {&slots_[i].value, true};
    }

    void grow() {  // at most three eighths full after: insert below never grows again
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        size_ = 0;
        for (const Slot& slot : old)
            if (slot.hash)
                insert(slot.key, slot.value, slot.hash);
    }

    std::vector<Slot> slots_;
    std::size_t size_ = 0;
};

using IdIndex = FlatMap<std::string_view, std::size_t, std::hash<std::string_view>>;

constexpr std::size_t kNoActor = static_cast<std::size_t>(-1);

// Where every node and edge end lands in the actor list, worked out in one pass so that
// each id in the file is hashed once: declared nodes first (the first declaration of an id
// wins), then, when edges may name new nodes, edge ends in order of appearance. build_case
// walks the same order, so an actor is new exactly when its position is the next free one.
// The index views ids in the RawGraph, which build_case does not change.
struct ActorPlan {
    explicit ActorPlan(std::size_t expected) : index(expected) {}
    IdIndex index;                                 // id -> actor position
    std::vector<std::size_t> node_at;              // per node; kNoActor: no id
    std::vector<std::array<std::size_t, 2>> ends;  // per edge; kNoActor: empty or undeclared
    std::vector<std::pair<int, int>> first_at;  // per actor: line and column of its first mention
};

template <class Edge>
ActorPlan plan_actors(const RawGraph& g, const std::vector<Edge>& edges, const BuildRules& rules) {
    // Nodes plus a third of the edges: room for the ids of a graph of average degree 6
    // (10,000 ids of a 30,000-edge file in 16,384 slots, half a megabyte) without growing;
    // the table doubles when there are more.
    ActorPlan plan(g.nodes.size() + (rules.implicit_nodes ? edges.size() / 3 : 0));
    auto claim = [&](std::string_view id, int line, int column) {
        auto [at, inserted] = plan.index.emplace(id, plan.first_at.size());
        if (inserted)
            plan.first_at.emplace_back(line, column);
        return *at;
    };
    plan.node_at.reserve(g.nodes.size());
    for (const auto& n : g.nodes)
        plan.node_at.push_back(n.id.empty() ? kNoActor : claim(n.id, n.line, n.column));
    plan.ends.reserve(edges.size());
    for (const auto& e : edges) {
        std::array<std::size_t, 2> at{kNoActor, kNoActor};
        if (!e.source.empty() && !e.target.empty()) {
            if (rules.implicit_nodes) {
                at[0] = claim(e.source, e.line, e.column);
                at[1] = claim(e.target, e.line, e.column);
            } else {
                const std::size_t* u = plan.index.find(e.source);
                const std::size_t* v = plan.index.find(e.target);
                at = {u ? *u : kNoActor, v ? *v : kNoActor};
            }
        }
        plan.ends.push_back(at);
    }
    return plan;
}

// What build_case reads of an edge, for both kinds of edges.
std::string_view id_of(const RawEdge& e) {
    return e.id;
}
std::string_view id_of(const PlainEdge&) {
    return {};
}
std::optional<bool> direction_of(const RawEdge& e) {
    return e.directed;
}
std::optional<bool> direction_of(const PlainEdge&) {
    return std::nullopt;
}
template <class Fn>
void for_each_attribute(RawEdge& e, Fn&& fn) {
    for (auto& [key, value] : e.attrs)
        fn(key, value);
}
template <class Fn>
void for_each_attribute(const PlainEdge& e, Fn&& fn) {
    if (!e.weight)
        return;
    static const std::string kWeight = "weight";
    AttributeValue value(*e.weight);
    fn(kWeight, value);
}
template <class Edge>
std::string ends_text(const Edge& e) {
    return std::string(e.source) + " -> " + std::string(e.target);
}

template <class Edge>
std::optional<Case> build(RawGraph& g, std::vector<Edge>& edges, const std::string& file,
                          const ImportOptions& opt, const BuildRules& rules,
                          DiagnosticList& diags) {
    // The user's explicit mapping first: rename foreign attribute names to model fields.
    std::map<std::string, std::string> rename;
    for (const auto& [from, to] : opt.mapping) {
        if (!mapping_targets().count(to)) {
            std::string all;
            for (const auto& t : mapping_targets())
                all += (all.empty() ? "" : ", ") + t;
            diags.error(file, 0, 0,
                        "mapping '" + from + "=" + to + "': unknown model field '" + to +
                            "' (expected one of " + all + ")");
            continue;
        }
        rename[from] = to;
    }
    if (diags.has_errors())
        return std::nullopt;
    auto mapped = [&](const std::string& k) -> const std::string& {
        auto it = rename.find(k);
        return it == rename.end() ? k : it->second;
    };

    Case c;
    std::string stem = std::filesystem::path(file).stem().string();
    c.id = stem.empty() ? "import" : stem;
    c.title = g.name.empty() ? stem : g.name;
    Scenario s;
    s.id = "s1";
    s.name = g.name.empty() ? "imported from " + std::filesystem::path(file).filename().string()
                            : g.name;

    // Actors are 456 bytes: a vector that doubles as it goes copies them and touches twice
    // the memory, which on a 10,000-node graph costs more than counting them first.
    const ActorPlan plan = plan_actors(g, edges, rules);
    s.actors.reserve(std::min(plan.first_at.size(), opt.max_actors));
    std::size_t kept_custom = 0;

    // Built in place: moving a finished 456-byte actor into the vector cost as much again.
    auto add_actor = [&](std::string_view id) -> Actor& {
        Actor& a = s.actors.emplace_back();
        a.id = id;
        a.name = id;  // the id is the best label we have until a name attribute says more
        return a;
    };
    auto first_declared = [&](std::size_t at) {
        auto [fl, fc] = plan.first_at[at];
        return fl > 0 ? " (first declared at " + loc(fl, fc) + ")" : std::string();
    };

    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        RawNode& n = g.nodes[i];
        const std::string& nfile = n.file.empty() ? file : n.file;
        if (n.id.empty()) {
            diags.error(nfile, n.line, n.column, "node without id");
            continue;
        }
        if (plan.node_at[i] < s.actors.size()) {
            diags.error(nfile, n.line, n.column,
                        "duplicate node id '" + n.id + "'" + first_declared(plan.node_at[i]));
            continue;
        }
        if (s.actors.size() >= opt.max_actors) {
            diags.error(nfile, n.line, n.column,
                        "more than " + std::to_string(opt.max_actors) +
                            " nodes (limit ImportOptions::max_actors)");
            return std::nullopt;
        }
        Actor& a = add_actor(n.id);
        PendingPosition pos;
        if (n.position) {
            pos.x = n.position->x;
            pos.y = n.position->y;
            pos.pinned = n.position->pinned;
        }
        for (auto& [key, value] : n.attrs) {
            const std::string& k = mapped(key);
            std::string err;
            if (apply_actor_field(a, pos, k, value, err)) {
                if (err.empty())
                    continue;
                diags.warning(nfile, n.line, n.column,
                              "node '" + n.id + "': attribute '" + key + "': " + err +
                                  "; kept as custom attribute");
            } else {
                ++kept_custom;
            }
            a.attributes[key] = std::move(value);
        }
        if (pos.x && pos.y) {
            s.positions[a.id] = Position{*pos.x, *pos.y, pos.pinned};
        } else if (pos.x || pos.y) {
            diags.warning(nfile, n.line, n.column,
                          "node '" + n.id + "': only one coordinate given; position ignored");
        }
    }

    const bool default_directed =
        g.directed_declared ? g.default_directed : opt.directed.value_or(g.default_directed);
    // Hash tables keyed by views of the edges' ids: an import is read at the speed of the
    // file, not of string comparisons in ordered maps.
    std::unordered_set<std::string_view> relation_ids;
    for (const auto& e : edges)
        if (!id_of(e).empty())
            relation_ids.insert(id_of(e));
    std::unordered_map<std::string_view, std::pair<int, int>> seen_ids;
    ParallelCounter seen_pairs(edges.size());
    s.relations.reserve(edges.size());
    std::size_t unnamed = 0, renumbered = 0, parallel = 0, self_loops = 0, negative = 0;
    std::size_t next_number = 1;

    for (std::size_t i = 0; i < edges.size(); ++i) {
        Edge& e = edges[i];
        const std::string_view edge_id = id_of(e);
        if (e.source.empty() || e.target.empty()) {
            diags.error(file, e.line, e.column, "edge without source or target");
            continue;
        }
        bool endpoints_ok = true;
        const std::array<std::size_t, 2>& ends = plan.ends[i];
        for (int k = 0; k < 2; ++k) {
            const std::string_view end = k == 0 ? e.source : e.target;
            if (ends[k] < s.actors.size())
                continue;
            if (ends[k] == kNoActor) {  // only without implicit nodes
                diags.error(file, e.line, e.column,
                            "edge " + (edge_id.empty() ? "" : "'" + std::string(edge_id) + "' ") +
                                "refers to undeclared node '" + std::string(end) + "'");
                endpoints_ok = false;
                continue;
            }
            if (s.actors.size() >= opt.max_actors) {
                diags.error(file, e.line, e.column,
                            "more than " + std::to_string(opt.max_actors) +
                                " nodes (limit ImportOptions::max_actors)");
                return std::nullopt;
            }
            add_actor(end);
        }
        if (!endpoints_ok)
            continue;
        if (s.relations.size() >= opt.max_relations) {
            diags.error(file, e.line, e.column,
                        "more than " + std::to_string(opt.max_relations) +
                            " edges (limit ImportOptions::max_relations)");
            return std::nullopt;
        }
        // Built in place (the vector has room for every edge): moving each relation into
        // the vector was a tenth of an edge list's import.
        Relation& r = s.relations.emplace_back();
        r.source = e.source;
        r.target = e.target;
        std::optional<bool> dir_attr;
        bool bad = false;
        for_each_attribute(e, [&](const std::string& key, AttributeValue& value) {
            const std::string& k = mapped(key);
            std::string err;
            if (apply_relation_field(r, dir_attr, k, value, err)) {
                if (err.empty())
                    return;
                if (k == "weight") {
                    diags.error(file, e.line, e.column, "edge " + ends_text(e) + ": " + err);
                    bad = true;
                    return;
                }
                diags.warning(file, e.line, e.column,
                              "edge " + ends_text(e) + ": attribute '" + key + "': " + err +
                                  "; kept as custom attribute");
            } else {
                ++kept_custom;
            }
            r.details->attributes[key] = std::move(value);
        });
        if (bad) {
            s.relations.pop_back();
            continue;
        }
        const std::optional<bool> direction = direction_of(e);
        r.directed = direction ? *direction : dir_attr.value_or(default_directed);
        if (r.weight < 0)
            ++negative;
        if (r.source == r.target)
            ++self_loops;
        // One policy for every reader: keep what the file says. Parallel relations stay
        // apart (each may carry its own layer, id and attributes); the analysis merges them
        // into one tie with the summed weight (docs/analytics.md, "network").
        parallel += seen_pairs.repeats(ends[0], ends[1], r.layer, r.directed) ? 1 : 0;
        if (!edge_id.empty()) {
            // networkx writes a multigraph's edge keys (0, 1, ... per node pair) as edge
            // ids, so ids repeat across pairs: the relation is kept and numbered instead.
            if (auto it = seen_ids.find(edge_id); it != seen_ids.end()) {
                if (renumbered++ == 0) {
                    std::string first = loc(it->second.first, it->second.second);
                    diags.warning(file, e.line, e.column,
                                  "edge id '" + std::string(edge_id) + "' used again" +
                                      (first.empty() ? "" : " (first at " + first + ")") +
                                      ": this relation is numbered instead");
                }
                // r.id stays empty; e.id is left alone, the tables above view it.
            } else {
                seen_ids.emplace(edge_id, std::make_pair(e.line, e.column));
                r.id = edge_id;
            }
        }
        if (r.id.empty()) {
            // Unnamed relations get r1, r2, ... skipping ids the file already uses. Written
            // with to_chars: short enough to live inside the string, so no allocation.
            char buf[24] = {'r'};
            std::string_view id;
            do {
                const char* end = std::to_chars(buf + 1, buf + sizeof buf, next_number++).ptr;
                id = std::string_view(buf, static_cast<std::size_t>(end - buf));
            } while (!relation_ids.empty() && relation_ids.count(id));
            r.id.assign(id);
            ++unnamed;
        }
    }
    if (diags.has_errors())
        return std::nullopt;

    // Parents and groups are actor ids: keep the link only when it resolves.
    for (auto& a : s.actors) {
        if (!a.parent.empty() && !plan.index.find(a.parent)) {
            diags.warning(file, 0, 0,
                          "actor '" + a.id + "': parent '" + a.parent +
                              "' is not a node of this graph; kept as custom attribute");
            a.attributes["parent"] = a.parent;
            a.parent.clear();
        }
    }
    std::set<std::string> groups;
    for (const auto& a : s.actors)
        if (!a.group.empty())
            groups.insert(a.group);
    for (const auto& gid : groups)
        s.groups.push_back(Group{gid, gid, false});

    if (renumbered > 1)
        diags.warning(file, 0, 0,
                      std::to_string(renumbered) +
                          " relations with an edge id used before were "
                          "numbered instead");
    if (unnamed)
        diags.info(file, 0, 0,
                   std::to_string(unnamed) + " relation(s) without id were numbered r1, r2, ...");
    if (parallel)
        diags.info(file, 0, 0,
                   std::to_string(parallel) +
                       " parallel relation(s) kept (same endpoints and layer); the analysis "
                       "merges them into one tie with the summed weight");
    if (self_loops)
        diags.info(file, 0, 0, std::to_string(self_loops) + " self-loop(s) kept");
    if (negative)
        diags.warning(file, 0, 0,
                      std::to_string(negative) +
                          " relation(s) with negative weight kept; weighted measures expect "
                          "positive strengths");
    if (kept_custom)
        diags.info(file, 0, 0,
                   std::to_string(kept_custom) +
                       " attribute value(s) without a model field kept as custom attributes");
    std::size_t directed_count =
        std::count_if(s.relations.begin(), s.relations.end(), [](auto& r) { return r.directed; });
    diags.info(file, 0, 0,
               "read " + std::to_string(s.actors.size()) + " actors and " +
                   std::to_string(s.relations.size()) + " relations (" +
                   std::to_string(directed_count) + " directed, " +
                   std::to_string(s.relations.size() - directed_count) + " undirected)");
    c.scenarios.push_back(std::move(s));
    return c;
}

}  // namespace

std::optional<Case> build_case(RawGraph&& g, const std::string& file, const ImportOptions& opt,
                               const BuildRules& rules, DiagnosticList& diags) {
    return build(g, g.edges, file, opt, rules, diags);
}

std::optional<Case> build_case(RawGraph&& g, std::vector<PlainEdge>&& edges,
                               const std::string& file, const ImportOptions& opt,
                               const BuildRules& rules, DiagnosticList& diags) {
    return build(g, edges, file, opt, rules, diags);
}

}  // namespace rk::io::detail

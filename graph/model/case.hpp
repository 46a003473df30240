// The case model (DOMAIN.md section 2): plain data, no behaviour beyond lookups.
//
// A case holds one or more scenarios; each scenario is a complete network (actors,
// relations, responsibilities, forums, dilemma observations, positions, view settings).
// The same organisation keeps the same actor id in every scenario it appears in; lineage
// links say how actors of one scenario became those of another (merge, split, rename...).
// Every entity has a stable string id that is never a row number, so undo, selection and
// comparison survive reordering and deletion.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "model/enums.hpp"

namespace rk {

// Where a fact came from: a seed file or public document, and a section or page in it.
struct Provenance {
    std::string source;   // e.g. "seeds/000_f9889e4e8f11f5b8.txt"
    std::string locator;  // e.g. "hoofdstuk 2.2, Woondeal" or "p. 14"
    std::string quote;    // optional short quote supporting the fact
    bool operator==(const Provenance&) const = default;
};

// Attributes that the model has no field for (kept from imports, never dropped).
using AttributeValue = std::variant<std::string, double, std::int64_t, bool>;
using Attributes = std::map<std::string, AttributeValue>;

// How one fact is known (format version 2). A relation, RACI letter or role whose basis is
// a modelling choice is drawn as inferred and counted as such by the diagnostics.
struct Evidence {
    EvidenceBasis basis = EvidenceBasis::Unknown;
    Confidence confidence = Confidence::Unknown;
    std::string note{};  // why this modelling choice, or the gist of the source
    bool inferred() const { return basis == EvidenceBasis::ModellingChoice; }
    bool operator==(const Evidence&) const = default;
};

struct Mandate {
    DecisionMandate decision = DecisionMandate::Unknown;
    std::optional<bool> doorzettingsmacht;  // can push a decision through
    std::optional<bool> commitment_power;   // can commit its organisation
    bool operator==(const Mandate&) const = default;
};

struct Power {
    PowerLevel production = PowerLevel::Unknown;  // productiemacht
    PowerLevel blocking = PowerLevel::Unknown;    // blokkeermacht
    bool operator==(const Power&) const = default;
};

struct Actor {
    std::string id;
    std::string name;
    std::string short_name;
    ActorType type = ActorType::Unknown;
    Bestuurslaag bestuurslaag = Bestuurslaag::Unknown;
    std::string sector;
    std::string koker;   // parent column, e.g. the ministry it answers to
    std::string parent;  // actor id of the parent organisation, or empty
    std::string group;   // group id (collapsible in the view), or empty
    std::vector<Role> roles;
    std::map<Role, Evidence> role_evidence;  // keys are roles the actor has
    // A collective actor ("29 omgevingsdiensten") stands for this many organisations;
    // rules that count parties count it as that many. Empty: one organisation.
    std::optional<int> member_count;
    Mandate mandate;
    Power power;
    Stance stance = Stance::Unknown;
    Interest interest = Interest::Unknown;
    LadderStep ladder_step = LadderStep::Unknown;
    Participation participation = Participation::Unknown;
    std::string notes;
    std::vector<Provenance> provenance;
    Confidence confidence = Confidence::Unknown;
    Attributes attributes;
    bool operator==(const Actor&) const = default;
};

// A value-semantic pointer for fields that most objects leave at their defaults: null
// stands for a default T, copies copy the value, and equality compares values (null equals
// a default T). Reading through a const object never allocates; reading or writing through
// a non-const one allocates the default T on first use, so loops that only read should go
// through a const reference. Why: a relation of an imported network carries only its ends,
// layer and weight, and 250,000 of them with all optional text fields inline took 2.5 times
// the file they came from (issue 18).
template <class T>
class Sparse {
  public:
    Sparse() = default;
    Sparse(const Sparse& other) : value_(other.value_ ? new T(*other.value_) : nullptr) {}
    Sparse(Sparse&& other) noexcept : value_(other.value_) { other.value_ = nullptr; }
    Sparse& operator=(const Sparse& other) {
        if (this != &other)
            Sparse(other).swap(*this);
        return *this;
    }
    Sparse& operator=(Sparse&& other) noexcept {
        Sparse(std::move(other)).swap(*this);
        return *this;
    }
    ~Sparse() { delete value_; }

    const T& operator*() const { return value_ ? *value_ : defaults(); }
    const T* operator->() const { return &**this; }
    T& operator*() {
        if (!value_)
            value_ = new T();
        return *value_;
    }
    T* operator->() { return &**this; }
    // Whether anything was ever set (or read through a non-const object).
    bool allocated() const { return value_ != nullptr; }

    bool operator==(const Sparse& other) const {
        return static_cast<const T&>(**this) == static_cast<const T&>(*other);
    }

  private:
    void swap(Sparse& other) noexcept { std::swap(value_, other.value_); }
    static const T& defaults() {
        static const T kDefaults{};
        return kDefaults;
    }
    T* value_ = nullptr;
};

// The fields of a relation that most relations leave empty (see Sparse).
struct RelationDetails {
    std::string goal;  // for `directs`: what the regie is for
    std::vector<Means> means;
    std::string valid_from;  // ISO 8601 date or year, or empty
    std::string valid_to;
    std::string notes;
    std::vector<Provenance> provenance;
    Attributes attributes;
    bool operator==(const RelationDetails&) const = default;
};

struct Relation {
    std::string id;
    std::string source;  // actor id
    std::string target;  // actor id
    Layer layer = Layer::Collaboration;
    bool directed = false;
    double weight = 1.0;
    RegieKind regie_kind = RegieKind::Unknown;
    GovernanceLevel level = GovernanceLevel::Unknown;
    Formality formality = Formality::Unknown;
    // goal, means, valid_from, valid_to, notes, provenance, attributes: `rel.details->goal`.
    Sparse<RelationDetails> details{};
    Evidence evidence{};  // format version 2; inline: the canvas reads it for every line
    bool operator==(const Relation&) const = default;
};

struct RaciAssignment {
    std::string actor;  // actor id
    bool responsible = false;
    bool accountable = false;
    bool consulted = false;
    bool informed = false;
    ResponsibilityBasis basis = ResponsibilityBasis::Unknown;
    Evidence evidence{};
    bool operator==(const RaciAssignment&) const = default;
};

// A task of the opgave and who holds which RACI letter for it. A task with no R or no A is
// a gap (tussen wal en schip); a task with many R's is the problem of many hands.
struct Responsibility {
    std::string id;
    std::string task;
    std::string description;
    std::string follows;  // id of the preceding task in a chain (hand-over), or empty
    // Deliberately shared: joint accountability is the design, not an overlap of
    // competences (the overlap diagnostic leaves the task out).
    bool shared = false;
    std::vector<RaciAssignment> assignments;
    std::vector<Provenance> provenance;
    bool operator==(const Responsibility&) const = default;
};

// A representative at a forum table: symmetry (same mandate as the others) and commitment
// (can commit the organisation) decide the quadrant of seed 002.
struct ForumSeat {
    std::string actor;
    std::optional<bool> symmetric;
    std::optional<bool> commitment;
    bool operator==(const ForumSeat&) const = default;
};

struct Forum {
    std::string id;
    std::string name;
    std::vector<ForumSeat> seats;
    std::vector<Provenance> provenance;
    bool operator==(const Forum&) const = default;
};

struct DilemmaObservation {
    Dilemma dilemma = Dilemma::EigenDoelOfTussenPartijen;
    std::optional<double> position;  // -1 = pole A, +1 = pole B (see dilemma_poles)
    CopingStrategy strategy = CopingStrategy::Unknown;
    std::string evidence;
    std::vector<Provenance> provenance;
    EvidenceBasis basis = EvidenceBasis::Unknown;  // how the position is known (version 2)
    bool operator==(const DilemmaObservation&) const = default;
};

// An agreement or instrument (a deal, prestatieafspraken, kwaliteitscriteria, an agenda):
// one object with its parties, not a star of relations, so that signing it does not make
// anyone a broker. Analytics leave agreements out unless asked to include them.
struct Agreement {
    std::string id{};
    std::string name{};
    AgreementKind kind = AgreementKind::Unknown;
    Bindingness binding = Bindingness::Unknown;
    std::string date{};                      // ISO 8601 date or year
    std::vector<std::string> signatories{};  // actor ids that sign or are party to it
    std::vector<std::string> addressees{};   // actor ids it addresses without their signature
    std::string owner{};                     // actor id that sets or keeps it, or empty
    std::string notes{};
    std::vector<Provenance> provenance{};
    Evidence evidence{};
    bool operator==(const Agreement&) const = default;
};

struct Group {
    std::string id;
    std::string name;
    bool collapsed = false;
    bool operator==(const Group&) const = default;
};

struct Position {
    double x = 0;
    double y = 0;
    bool pinned = false;
    bool operator==(const Position&) const = default;
};

struct ViewSettings {
    std::string color_by;               // attribute name, e.g. "bestuurslaag"; empty = default
    std::string size_by;                // metric name, e.g. "betweenness"; empty = uniform
    std::string partition;              // attribute used for silo analysis
    std::vector<Layer> visible_layers;  // empty = all layers
    bool regie_overlay = true;
    double zoom = 1.0;
    double pan_x = 0;
    double pan_y = 0;
    bool operator==(const ViewSettings&) const = default;
};

// The four elements of regie in the words of the case (seed 000): free text next to
// what the network data shows.
struct RegieElements {
    std::string regisseur;  // wie regisseert?
    std::string netwerk;    // wie worden geregisseerd?
    std::string opgave;     // waarvoor?
    std::string middelen;   // waarmee?
    bool operator==(const RegieElements&) const = default;
};

struct Scenario {
    std::string id;
    std::string name;
    std::string date;  // ISO 8601 date or year
    std::string description;
    std::vector<Actor> actors;
    std::vector<Relation> relations;
    std::vector<Responsibility> responsibilities;
    std::vector<Forum> forums;
    std::vector<Group> groups;
    std::vector<DilemmaObservation> dilemmas;
    RegieElements regie;
    std::map<std::string, Position> positions;  // actor id -> position
    ViewSettings view;
    std::vector<Agreement> agreements;  // format version 2

    const Actor* find_actor(std::string_view actor_id) const;
    Actor* find_actor(std::string_view actor_id);
    const Relation* find_relation(std::string_view relation_id) const;
    // Index of the actor in `actors`, or -1. Linear; build a map for hot loops.
    int actor_index(std::string_view actor_id) const;
    bool operator==(const Scenario&) const = default;
};

// How actors of scenario `from_scenario` became actors of `to_scenario`.
// identity/rename: 1 -> 1; merge: n -> 1; split: 1 -> n; new: 0 -> 1; dissolved: 1 -> 0.
struct LineageLink {
    std::string id;
    LineageKind kind = LineageKind::Identity;
    std::string from_scenario;
    std::string to_scenario;
    std::vector<std::string> from_actors;
    std::vector<std::string> to_actors;
    std::string note;
    std::vector<Provenance> provenance;
    bool operator==(const LineageLink&) const = default;
};

struct CaseGoal {
    std::string text;
    GoalDefinition definition = GoalDefinition::Unknown;
    GoalScope scope = GoalScope::Unknown;
    bool operator==(const CaseGoal&) const = default;
};

struct Case {
    std::string id;
    std::string title;
    std::string description;
    std::string domain;  // e.g. "woningbouw", "VTH", "verduurzaming industrie"
    GovernanceLevel level = GovernanceLevel::Unknown;
    CaseGoal goal;
    std::vector<Provenance> sources;
    std::vector<Scenario> scenarios;
    std::vector<LineageLink> lineage;

    const Scenario* find_scenario(std::string_view scenario_id) const;
    Scenario* find_scenario(std::string_view scenario_id);
    bool operator==(const Case&) const = default;
};

}  // namespace rk

// Deterministic writing of the native case format (docs/format.md).
//
// Written by hand rather than through nlohmann::json so that key order follows case.hpp,
// fields holding their default are omitted, and doubles in attributes keep a '.' or an
// exponent (so they read back as doubles, not integers).
#include <cmath>
#include <cstdint>
#include <type_traits>

#include "model/case_io.hpp"
#include "model/json_writer.hpp"

namespace rk {
namespace {

// Field writers that omit defaults, so files stay short and readable.
class CaseWriter {
  public:
    json::PrettyWriter w;

    void write_case(const Case& c) {
        w.begin_object();
        w.key("format");
        w.string(kCaseFormatName);
        w.key("format_version");
        w.integer(kCaseFormatVersion);
        required_string("id", c.id);
        text("title", c.title);
        text("description", c.description);
        text("domain", c.domain);
        enumeration("level", c.level, GovernanceLevel::Unknown);
        if (c.goal != CaseGoal{}) {
            w.key("goal");
            w.begin_object();
            text("text", c.goal.text);
            enumeration("definition", c.goal.definition, GoalDefinition::Unknown);
            enumeration("scope", c.goal.scope, GoalScope::Unknown);
            w.end_object();
        }
        provenance("sources", c.sources);
        objects("scenarios", c.scenarios, [&](const Scenario& s) { write_scenario(s); });
        objects("lineage", c.lineage, [&](const LineageLink& l) { write_lineage(l); });
        w.end_object();
        w.out += '\n';
    }

  private:
    void required_string(std::string_view key, const std::string& value) {
        w.key(key);
        w.string(value);
    }
    void text(std::string_view key, const std::string& value) {
        if (!value.empty())
            required_string(key, value);
    }
    void flag(std::string_view key, bool value, bool default_value = false) {
        if (value == default_value)
            return;
        w.key(key);
        w.boolean(value);
    }
    void optional_flag(std::string_view key, const std::optional<bool>& value) {
        if (!value)
            return;
        w.key(key);
        w.boolean(*value);
    }
    void number(std::string_view key, double value, double default_value) {
        // Compare bits, not values: -0.0 must survive the round trip like any other value.
        if (value == default_value && std::signbit(value) == std::signbit(default_value))
            return;
        w.key(key);
        w.number(value);
    }
    template <typename Enum>
    void enumeration(std::string_view key, Enum value,
                     std::type_identity_t<std::optional<Enum>> omit_if) {
        if (omit_if && value == *omit_if)
            return;
        w.key(key);
        w.string(token(value));
    }
    template <typename Enum>
    void enum_list(std::string_view key, const std::vector<Enum>& values) {
        if (values.empty())
            return;
        w.key(key);
        w.inline_strings(values, [](Enum e) { return token(e); });
    }
    void string_list(std::string_view key, const std::vector<std::string>& values) {
        if (values.empty())
            return;
        w.key(key);
        w.inline_strings(values, [](const std::string& s) { return std::string_view(s); });
    }
    template <typename T, typename WriteItem>
    void objects(std::string_view key, const std::vector<T>& items, WriteItem write_item) {
        if (items.empty())
            return;
        w.key(key);
        w.begin_array();
        for (const auto& item : items)
            write_item(item);
        w.end_array();
    }
    void provenance(std::string_view key, const std::vector<Provenance>& items) {
        objects(key, items, [&](const Provenance& p) {
            w.begin_object();
            text("source", p.source);
            text("locator", p.locator);
            text("quote", p.quote);
            w.end_object();
        });
    }
    void attributes(const Attributes& attrs) {
        if (attrs.empty())
            return;
        w.key("attributes");
        w.begin_object();
        for (const auto& [name, value] : attrs) {
            w.key(name);
            std::visit(
                [&](const auto& v) {
                    using T = std::decay_t<decltype(v)>;
                    if constexpr (std::is_same_v<T, std::string>)
                        w.string(v);
                    else if constexpr (std::is_same_v<T, double>)
                        w.number(v, /*mark_double=*/true);
                    else if constexpr (std::is_same_v<T, std::int64_t>)
                        w.integer(v);
                    else
                        w.boolean(v);
                },
                value);
        }
        w.end_object();
    }

    void evidence_object(const Evidence& e) {
        w.begin_object();
        enumeration("basis", e.basis, EvidenceBasis::Unknown);
        enumeration("confidence", e.confidence, Confidence::Unknown);
        text("note", e.note);
        w.end_object();
    }
    void evidence(std::string_view key, const Evidence& e) {
        if (e == Evidence{})
            return;
        w.key(key);
        evidence_object(e);
    }

    void write_actor(const Actor& a) {
        w.begin_object();
        required_string("id", a.id);
        text("name", a.name);
        text("short_name", a.short_name);
        enumeration("type", a.type, ActorType::Unknown);
        enumeration("bestuurslaag", a.bestuurslaag, Bestuurslaag::Unknown);
        text("sector", a.sector);
        text("koker", a.koker);
        text("parent", a.parent);
        text("group", a.group);
        enum_list("roles", a.roles);
        if (!a.role_evidence.empty()) {
            w.key("role_evidence");
            w.begin_object();
            for (const auto& [role, e] : a.role_evidence) {
                w.key(token(role));
                evidence_object(e);
            }
            w.end_object();
        }
        if (a.member_count) {
            w.key("member_count");
            w.integer(*a.member_count);
        }
        if (a.mandate != Mandate{}) {
            w.key("mandate");
            w.begin_object();
            enumeration("decision", a.mandate.decision, DecisionMandate::Unknown);
            optional_flag("doorzettingsmacht", a.mandate.doorzettingsmacht);
            optional_flag("commitment_power", a.mandate.commitment_power);
            w.end_object();
        }
        if (a.power != Power{}) {
            w.key("power");
            w.begin_object();
            enumeration("production", a.power.production, PowerLevel::Unknown);
            enumeration("blocking", a.power.blocking, PowerLevel::Unknown);
            w.end_object();
        }
        enumeration("stance", a.stance, Stance::Unknown);
        enumeration("interest", a.interest, Interest::Unknown);
        enumeration("ladder_step", a.ladder_step, LadderStep::Unknown);
        enumeration("participation", a.participation, Participation::Unknown);
        text("notes", a.notes);
        provenance("provenance", a.provenance);
        enumeration("confidence", a.confidence, Confidence::Unknown);
        attributes(a.attributes);
        w.end_object();
    }

    void write_relation(const Relation& r) {
        w.begin_object();
        required_string("id", r.id);
        required_string("source", r.source);
        required_string("target", r.target);
        enumeration<Layer>("layer", r.layer, std::nullopt);
        flag("directed", r.directed);
        number("weight", r.weight, 1.0);
        text("goal", r.details->goal);
        enum_list("means", r.details->means);
        enumeration("regie_kind", r.regie_kind, RegieKind::Unknown);
        enumeration("level", r.level, GovernanceLevel::Unknown);
        enumeration("formality", r.formality, Formality::Unknown);
        text("valid_from", r.details->valid_from);
        text("valid_to", r.details->valid_to);
        text("notes", r.details->notes);
        provenance("provenance", r.details->provenance);
        evidence("evidence", r.evidence);
        attributes(r.details->attributes);
        w.end_object();
    }

    void write_responsibility(const Responsibility& r) {
        w.begin_object();
        required_string("id", r.id);
        text("task", r.task);
        text("description", r.description);
        text("follows", r.follows);
        flag("shared", r.shared);
        objects("assignments", r.assignments, [&](const RaciAssignment& a) {
            w.begin_object();
            required_string("actor", a.actor);
            flag("responsible", a.responsible);
            flag("accountable", a.accountable);
            flag("consulted", a.consulted);
            flag("informed", a.informed);
            enumeration("basis", a.basis, ResponsibilityBasis::Unknown);
            evidence("evidence", a.evidence);
            w.end_object();
        });
        provenance("provenance", r.provenance);
        w.end_object();
    }

    void write_forum(const Forum& f) {
        w.begin_object();
        required_string("id", f.id);
        text("name", f.name);
        objects("seats", f.seats, [&](const ForumSeat& s) {
            w.begin_object();
            required_string("actor", s.actor);
            optional_flag("symmetric", s.symmetric);
            optional_flag("commitment", s.commitment);
            w.end_object();
        });
        provenance("provenance", f.provenance);
        w.end_object();
    }

    void write_agreement(const Agreement& a) {
        w.begin_object();
        required_string("id", a.id);
        text("name", a.name);
        enumeration("kind", a.kind, AgreementKind::Unknown);
        enumeration("binding", a.binding, Bindingness::Unknown);
        text("date", a.date);
        string_list("signatories", a.signatories);
        string_list("addressees", a.addressees);
        text("owner", a.owner);
        text("notes", a.notes);
        provenance("provenance", a.provenance);
        evidence("evidence", a.evidence);
        w.end_object();
    }

    void write_view(const ViewSettings& v) {
        if (v == ViewSettings{})
            return;
        w.key("view");
        w.begin_object();
        text("color_by", v.color_by);
        text("size_by", v.size_by);
        text("partition", v.partition);
        enum_list("visible_layers", v.visible_layers);
        flag("regie_overlay", v.regie_overlay, true);
        number("zoom", v.zoom, 1.0);
        number("pan_x", v.pan_x, 0.0);
        number("pan_y", v.pan_y, 0.0);
        w.end_object();
    }

    void write_scenario(const Scenario& s) {
        w.begin_object();
        required_string("id", s.id);
        text("name", s.name);
        text("date", s.date);
        text("description", s.description);
        objects("actors", s.actors, [&](const Actor& a) { write_actor(a); });
        objects("relations", s.relations, [&](const Relation& r) { write_relation(r); });
        objects("responsibilities", s.responsibilities,
                [&](const Responsibility& r) { write_responsibility(r); });
        objects("forums", s.forums, [&](const Forum& f) { write_forum(f); });
        objects("agreements", s.agreements, [&](const Agreement& a) { write_agreement(a); });
        objects("groups", s.groups, [&](const Group& g) {
            w.begin_object();
            required_string("id", g.id);
            text("name", g.name);
            flag("collapsed", g.collapsed);
            w.end_object();
        });
        objects("dilemmas", s.dilemmas, [&](const DilemmaObservation& d) {
            w.begin_object();
            enumeration<Dilemma>("dilemma", d.dilemma, std::nullopt);
            if (d.position) {
                w.key("position");
                w.number(*d.position);
            }
            enumeration("strategy", d.strategy, CopingStrategy::Unknown);
            text("evidence", d.evidence);
            enumeration("basis", d.basis, EvidenceBasis::Unknown);
            provenance("provenance", d.provenance);
            w.end_object();
        });
        if (s.regie != RegieElements{}) {
            w.key("regie");
            w.begin_object();
            text("regisseur", s.regie.regisseur);
            text("netwerk", s.regie.netwerk);
            text("opgave", s.regie.opgave);
            text("middelen", s.regie.middelen);
            w.end_object();
        }
        if (!s.positions.empty()) {
            w.key("positions");
            w.begin_object();
            for (const auto& [actor, p] : s.positions) {
                w.key(actor);
                w.begin_object();
                w.key("x");
                w.number(p.x);
                w.key("y");
                w.number(p.y);
                flag("pinned", p.pinned);
                w.end_object();
            }
            w.end_object();
        }
        write_view(s.view);
        w.end_object();
    }

    void write_lineage(const LineageLink& l) {
        w.begin_object();
        required_string("id", l.id);
        enumeration<LineageKind>("kind", l.kind, std::nullopt);
        required_string("from_scenario", l.from_scenario);
        required_string("to_scenario", l.to_scenario);
        string_list("from_actors", l.from_actors);
        string_list("to_actors", l.to_actors);
        text("note", l.note);
        provenance("provenance", l.provenance);
        w.end_object();
    }
};

}  // namespace

std::string serialize_case_json(const Case& c, std::string* problem) {
    CaseWriter writer;
    writer.write_case(c);
    if (problem)
        *problem = writer.w.problem();
    return std::move(writer.w.out);
}

std::string serialize_case_json(const Case& c) {
    return serialize_case_json(c, nullptr);
}

}  // namespace rk

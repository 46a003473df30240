// Strict reading of the native case format: JSON tree (json_tree.hpp) -> Case.
//
// Every rule of docs/format.md is checked here and every violation is reported with the
// location of the offending value and its JSON path; reading goes on after an error so
// that one run lists them all. A Case is returned only when there was no error.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <initializer_list>
#include <system_error>
#include <unordered_map>
#include <unordered_set>

#include "model/case_io.hpp"
#include "model/json_tree.hpp"

namespace rk {
namespace {

using json::Kind;
using json::Value;

// JSON Pointer (RFC 6901) escaping for keys that become path segments.
std::string pointer_segment(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string in_quotes(std::string_view s) {
    return "\"" + std::string(s) + "\"";
}

// Where the ids of one kind were first defined, to report duplicates and resolve references.
using IdTable = std::unordered_map<std::string, std::size_t>;

class Reader {
  public:
    Reader(std::string_view file, const json::LineIndex& lines, DiagnosticList& out)
        : file_(file), lines_(lines), out_(out) {}

    // Lists errors up to kMaxListedErrors; a file with more is reported with a count, so
    // that a broken generated file cannot flood the terminal or take long to report.
    void error(std::size_t offset, std::string message, std::string path) {
        if (++errors_ > kMaxListedErrors)
            return;
        out_.error(file_, lines_.line(offset), lines_.column(offset), std::move(message),
                   std::move(path));
    }

    void finish() {
        if (errors_ > kMaxListedErrors)
            out_.error(file_, 0, 0,
                       std::to_string(errors_ - kMaxListedErrors) + " more errors not listed (" +
                           std::to_string(errors_) + " in all)");
    }

    std::string where(std::size_t offset) const {
        return "line " + std::to_string(lines_.line(offset)) + ", column " +
               std::to_string(lines_.column(offset));
    }

    // Records `id` in `table`; reports a duplicate with the place of the first definition.
    void define_id(IdTable& table, const std::string& id, std::size_t offset, std::string_view what,
                   const std::string& path) {
        if (id.empty())
            return;  // already reported as missing or empty
        auto [it, inserted] = table.emplace(id, offset);
        if (!inserted)
            error(offset,
                  "duplicate " + std::string(what) + " id " + in_quotes(id) +
                      " (first defined at " + where(it->second) + ")",
                  path);
    }

  private:
    static constexpr std::size_t kMaxListedErrors = 1000;
    std::string file_;
    const json::LineIndex& lines_;
    DiagnosticList& out_;
    std::size_t errors_ = 0;
};

enum class Need { Optional, Required };

// Typed access to the members of one JSON object. Reports unknown fields on construction
// and wrong types, missing required fields and unknown enum tokens on access.
class Fields {
  public:
    Fields(Reader& r, const Value& obj, std::string path, std::string_view what,
           std::initializer_list<std::string_view> allowed)
        : r_(r), obj_(obj), path_(std::move(path)), what_(what) {
        for (const auto& m : obj.members) {
            bool known = false;
            for (auto a : allowed)
                known = known || a == m.key;
            if (known)
                continue;
            std::string list;
            for (auto a : allowed)
                list += (list.empty() ? "" : ", ") + std::string(a);
            r_.error(
                m.key_offset,
                "unknown field " + in_quotes(m.key) + " in " + what_ + "; allowed fields: " + list,
                path_ + "/" + pointer_segment(m.key));
        }
    }

    const std::string& path() const { return path_; }
    std::string path_of(std::string_view key) const { return path_ + "/" + pointer_segment(key); }
    std::size_t offset() const { return obj_.offset; }
    Reader& reader() { return r_; }

    // The member's value when present with the right kind; reports otherwise.
    const Value* get(std::string_view key, Kind kind, Need need = Need::Optional) {
        const Value* v = obj_.find(key);
        if (!v) {
            if (need == Need::Required)
                r_.error(obj_.offset, "missing required field " + in_quotes(key) + " in " + what_,
                         path_);
            return nullptr;
        }
        if (v->kind != kind) {
            r_.error(v->offset,
                     in_quotes(key) + " must be " + std::string(json::kind_name(kind)) +
                         ", found " + std::string(json::kind_name(v->kind)),
                     path_of(key));
            return nullptr;
        }
        return v;
    }

    void string(std::string_view key, std::string& out, Need need = Need::Optional) {
        if (const Value* v = get(key, Kind::String, need))
            out = v->text;
    }

    // A required, non-empty id-like string (ids and references that must be present).
    void id(std::string_view key, std::string& out) {
        const Value* v = get(key, Kind::String, Need::Required);
        if (!v)
            return;
        if (v->text.empty())
            r_.error(v->offset, in_quotes(key) + " must not be empty", path_of(key));
        out = v->text;
    }

    void boolean(std::string_view key, bool& out) {
        if (const Value* v = get(key, Kind::Bool))
            out = v->boolean;
    }

    void optional_boolean(std::string_view key, std::optional<bool>& out) {
        if (const Value* v = get(key, Kind::Bool))
            out = v->boolean;
    }

    void number(std::string_view key, double& out, Need need = Need::Optional) {
        if (const Value* v = get(key, Kind::Number, need))
            out = v->number;
    }

    void optional_number(std::string_view key, std::optional<double>& out) {
        if (const Value* v = get(key, Kind::Number))
            out = v->number;
    }

    template <typename Enum>
    void enumeration(std::string_view key, Enum& out, Need need = Need::Optional) {
        if (const Value* v = get(key, Kind::String, need)) {
            if (auto e = parse_token<Enum>(*v, key, path_of(key)))
                out = *e;
        }
    }

    template <typename Enum>
    void enum_list(std::string_view key, std::vector<Enum>& out) {
        const Value* v = get(key, Kind::Array);
        if (!v)
            return;
        for (std::size_t i = 0; i < v->items.size(); ++i) {
            const Value& item = v->items[i];
            const std::string item_path = path_of(key) + "/" + std::to_string(i);
            if (item.kind != Kind::String) {
                r_.error(item.offset,
                         "elements of " + in_quotes(key) + " must be strings, found " +
                             std::string(json::kind_name(item.kind)),
                         item_path);
                continue;
            }
            if (auto e = parse_token<Enum>(item, key, item_path))
                out.push_back(*e);
        }
    }

    // Strings of a list together with their offsets (for reference checks).
    void string_list(std::string_view key, std::vector<std::string>& out,
                     std::vector<std::size_t>* offsets = nullptr) {
        const Value* v = get(key, Kind::Array);
        if (!v)
            return;
        for (std::size_t i = 0; i < v->items.size(); ++i) {
            const Value& item = v->items[i];
            if (item.kind != Kind::String) {
                r_.error(item.offset,
                         "elements of " + in_quotes(key) + " must be strings, found " +
                             std::string(json::kind_name(item.kind)),
                         path_of(key) + "/" + std::to_string(i));
                continue;
            }
            out.push_back(item.text);
            if (offsets)
                offsets->push_back(item.offset);
        }
    }

    // Calls read(item, item_path, element) for every object in the array `key`.
    template <typename T, typename ReadItem>
    void objects(std::string_view key, std::vector<T>& out, std::string_view item_what,
                 ReadItem read) {
        const Value* v = get(key, Kind::Array);
        if (!v)
            return;
        out.reserve(v->items.size());
        for (std::size_t i = 0; i < v->items.size(); ++i) {
            const Value& item = v->items[i];
            const std::string item_path = path_of(key) + "/" + std::to_string(i);
            if (item.kind != Kind::Object) {
                r_.error(item.offset,
                         "each element of " + in_quotes(key) + " must be an object (" +
                             std::string(item_what) + "), found " +
                             std::string(json::kind_name(item.kind)),
                         item_path);
                continue;
            }
            out.emplace_back();
            read(item, item_path, out.back());
        }
    }

  private:
    template <typename Enum>
    std::optional<Enum> parse_token(const Value& v, std::string_view key, const std::string& path) {
        if (auto e = from_token<Enum>(v.text))
            return e;
        r_.error(v.offset,
                 "unknown value " + in_quotes(v.text) + " for " + in_quotes(key) +
                     "; expected one of: " + expected_tokens<Enum>(),
                 path);
        return std::nullopt;
    }

    Reader& r_;
    const Value& obj_;
    std::string path_;
    std::string what_;
};

// A reference to check once every id of the scenario is known.
enum class Target { Actor, Group, Responsibility };

struct Reference {
    Target target;
    std::string id;
    std::size_t offset;
    std::string path;
    std::string what;  // "relation source", "RACI actor", ...
};

struct ScenarioIds {
    IdTable actors, relations, responsibilities, forums, agreements, groups;
};

class CaseReader {
  public:
    CaseReader(Reader& r) : r_(r) {}

    void read_case(const Value& root, Case& c) {
        if (root.kind != Kind::Object) {
            r_.error(root.offset,
                     "expected a JSON object at the top level, found " +
                         std::string(json::kind_name(root.kind)),
                     "");
            return;
        }
        Fields f(r_, root, "", "the case",
                 {"format", "format_version", "id", "title", "description", "domain", "level",
                  "goal", "sources", "scenarios", "lineage"});
        check_format(f);
        f.id("id", c.id);
        f.string("title", c.title);
        f.string("description", c.description);
        f.string("domain", c.domain);
        f.enumeration("level", c.level);
        if (const Value* g = f.get("goal", Kind::Object))
            read_goal(*g, f.path_of("goal"), c.goal);
        read_provenance_list(f, "sources", c.sources);
        f.objects("scenarios", c.scenarios, "a scenario",
                  [&](const Value& v, const std::string& path, Scenario& s) {
                      read_scenario(v, path, s);
                  });
        f.objects("lineage", c.lineage, "a lineage link",
                  [&](const Value& v, const std::string& path, LineageLink& l) {
                      read_lineage(v, path, l);
                  });
    }

  private:
    void check_format(Fields& f) {
        if (const Value* v = f.get("format", Kind::String, Need::Required)) {
            if (v->text != kCaseFormatName)
                r_.error(v->offset,
                         "\"format\" must be \"" + std::string(kCaseFormatName) + "\", found " +
                             in_quotes(v->text) + " (this is not a Regiekaart case file)",
                         "/format");
        }
        if (const Value* v = f.get("format_version", Kind::Number, Need::Required)) {
            // Older versions migrate on load: every field they can hold still means the same,
            // and fields added later take their defaults.
            const bool known = v->is_integer && v->integer >= kOldestCaseFormatVersion &&
                               v->integer <= kCaseFormatVersion;
            if (!known) {
                const bool newer = v->number > kCaseFormatVersion;
                r_.error(v->offset,
                         "unsupported format_version; this build reads versions " +
                             std::to_string(kOldestCaseFormatVersion) + " to " +
                             std::to_string(kCaseFormatVersion) +
                             (newer ? " (the file was written by a newer Regiekaart)" : ""),
                         "/format_version");
            }
        }
    }

    void read_goal(const Value& v, const std::string& path, CaseGoal& g) {
        Fields f(r_, v, path, "goal", {"text", "definition", "scope"});
        f.string("text", g.text);
        f.enumeration("definition", g.definition);
        f.enumeration("scope", g.scope);
    }

    void read_provenance_list(Fields& owner, std::string_view key, std::vector<Provenance>& out) {
        owner.objects(key, out, "a provenance record",
                      [&](const Value& v, const std::string& path, Provenance& p) {
                          Fields f(r_, v, path, "provenance", {"source", "locator", "quote"});
                          f.string("source", p.source);
                          f.string("locator", p.locator);
                          f.string("quote", p.quote);
                      });
    }

    void read_evidence(const Value& v, const std::string& path, Evidence& e) {
        Fields f(r_, v, path, "evidence", {"basis", "confidence", "note"});
        f.enumeration("basis", e.basis);
        f.enumeration("confidence", e.confidence);
        f.string("note", e.note);
    }

    void read_evidence_field(Fields& owner, std::string_view key, Evidence& e) {
        if (const Value* v = owner.get(key, Kind::Object))
            read_evidence(*v, owner.path_of(key), e);
    }

    // Evidence per role, keyed by role token; a key must be one of the actor's roles.
    void read_role_evidence(Fields& owner, Actor& a) {
        const Value* v = owner.get("role_evidence", Kind::Object);
        if (!v)
            return;
        for (const auto& m : v->members) {
            const std::string path = owner.path_of("role_evidence") + "/" + pointer_segment(m.key);
            const auto role = from_token<Role>(m.key);
            if (!role) {
                r_.error(m.key_offset,
                         "unknown role " + in_quotes(m.key) +
                             " in \"role_evidence\"; expected one of: " + expected_tokens<Role>(),
                         path);
                continue;
            }
            if (std::find(a.roles.begin(), a.roles.end(), *role) == a.roles.end())
                r_.error(m.key_offset,
                         "\"role_evidence\" names role " + in_quotes(m.key) +
                             ", which is not in the actor's \"roles\"",
                         path);
            if (m.value.kind != Kind::Object) {
                r_.error(m.value.offset,
                         "role evidence must be an object {\"basis\", \"confidence\", \"note\"}, "
                         "found " +
                             std::string(json::kind_name(m.value.kind)),
                         path);
                continue;
            }
            read_evidence(m.value, path, a.role_evidence[*role]);
        }
    }

    void read_member_count(Fields& owner, Actor& a) {
        const Value* v = owner.get("member_count", Kind::Number);
        if (!v)
            return;
        if (!v->is_integer || v->integer < 1 || v->integer > 1'000'000) {
            r_.error(v->offset, "\"member_count\" must be a whole number from 1 to 1000000",
                     owner.path_of("member_count"));
            return;
        }
        a.member_count = static_cast<int>(v->integer);
    }

    void read_attributes(Fields& owner, Attributes& out) {
        const Value* v = owner.get("attributes", Kind::Object);
        if (!v)
            return;
        for (const auto& m : v->members) {
            const Value& a = m.value;
            switch (a.kind) {
                case Kind::String:
                    out.emplace(m.key, a.text);
                    break;
                case Kind::Bool:
                    out.emplace(m.key, a.boolean);
                    break;
                case Kind::Number:
                    if (a.is_integer)
                        out.emplace(m.key, a.integer);
                    else
                        out.emplace(m.key, a.number);
                    break;
                default:
                    r_.error(a.offset,
                             "attribute " + in_quotes(m.key) +
                                 " must be a string, number or boolean, found " +
                                 std::string(json::kind_name(a.kind)),
                             owner.path_of("attributes") + "/" + pointer_segment(m.key));
            }
        }
    }

    void reference(Target target, const Value* v, const std::string& path, std::string what) {
        if (v && v->kind == Kind::String && !v->text.empty())
            refs_.push_back({target, v->text, v->offset, path, std::move(what)});
    }

    void read_actor(const Value& v, const std::string& path, Actor& a) {
        Fields f(r_, v, path, "actor", {"id",
                                        "name",
                                        "short_name",
                                        "type",
                                        "bestuurslaag",
                                        "sector",
                                        "koker",
                                        "parent",
                                        "group",
                                        "roles",
                                        "mandate",
                                        "power",
                                        "stance",
                                        "interest",
                                        "ladder_step",
                                        "participation",
                                        "notes",
                                        "provenance",
                                        "confidence",
                                        "attributes",
                                        "role_evidence",
                                        "member_count"});
        f.id("id", a.id);
        r_.define_id(ids_.actors, a.id, v.offset, "actor", path);
        f.string("name", a.name);
        f.string("short_name", a.short_name);
        f.enumeration("type", a.type);
        f.enumeration("bestuurslaag", a.bestuurslaag);
        f.string("sector", a.sector);
        f.string("koker", a.koker);
        f.string("parent", a.parent);
        reference(Target::Actor, v.find("parent"), f.path_of("parent"), "actor parent");
        if (!a.parent.empty() && a.parent == a.id)
            r_.error(v.find("parent")->offset, "an actor cannot be its own parent",
                     f.path_of("parent"));
        f.string("group", a.group);
        reference(Target::Group, v.find("group"), f.path_of("group"), "actor group");
        f.enum_list("roles", a.roles);
        read_role_evidence(f, a);
        read_member_count(f, a);
        if (const Value* m = f.get("mandate", Kind::Object)) {
            Fields mf(r_, *m, f.path_of("mandate"), "mandate",
                      {"decision", "doorzettingsmacht", "commitment_power"});
            mf.enumeration("decision", a.mandate.decision);
            mf.optional_boolean("doorzettingsmacht", a.mandate.doorzettingsmacht);
            mf.optional_boolean("commitment_power", a.mandate.commitment_power);
        }
        if (const Value* p = f.get("power", Kind::Object)) {
            Fields pf(r_, *p, f.path_of("power"), "power", {"production", "blocking"});
            pf.enumeration("production", a.power.production);
            pf.enumeration("blocking", a.power.blocking);
        }
        f.enumeration("stance", a.stance);
        f.enumeration("interest", a.interest);
        f.enumeration("ladder_step", a.ladder_step);
        f.enumeration("participation", a.participation);
        f.string("notes", a.notes);
        read_provenance_list(f, "provenance", a.provenance);
        f.enumeration("confidence", a.confidence);
        read_attributes(f, a.attributes);
    }

    void read_relation(const Value& v, const std::string& path, Relation& rel) {
        Fields f(r_, v, path, "relation",
                 {"id", "source", "target", "layer", "directed", "weight", "goal", "means",
                  "regie_kind", "level", "formality", "valid_from", "valid_to", "notes",
                  "provenance", "evidence", "attributes"});
        f.id("id", rel.id);
        r_.define_id(ids_.relations, rel.id, v.offset, "relation", path);
        f.id("source", rel.source);
        reference(Target::Actor, v.find("source"), f.path_of("source"), "relation source");
        f.id("target", rel.target);
        reference(Target::Actor, v.find("target"), f.path_of("target"), "relation target");
        f.enumeration("layer", rel.layer, Need::Required);
        f.boolean("directed", rel.directed);
        f.number("weight", rel.weight);
        f.string("goal", rel.goal);
        f.enum_list("means", rel.means);
        f.enumeration("regie_kind", rel.regie_kind);
        f.enumeration("level", rel.level);
        f.enumeration("formality", rel.formality);
        f.string("valid_from", rel.valid_from);
        f.string("valid_to", rel.valid_to);
        f.string("notes", rel.notes);
        read_provenance_list(f, "provenance", rel.provenance);
        read_evidence_field(f, "evidence", rel.evidence);
        read_attributes(f, rel.attributes);
    }

    void read_responsibility(const Value& v, const std::string& path, Responsibility& r) {
        Fields f(r_, v, path, "responsibility",
                 {"id", "task", "description", "follows", "shared", "assignments", "provenance"});
        f.id("id", r.id);
        r_.define_id(ids_.responsibilities, r.id, v.offset, "responsibility", path);
        f.string("task", r.task);
        f.string("description", r.description);
        f.string("follows", r.follows);
        f.boolean("shared", r.shared);
        reference(Target::Responsibility, v.find("follows"), f.path_of("follows"),
                  "responsibility follows");
        f.objects("assignments", r.assignments, "a RACI assignment",
                  [&](const Value& av, const std::string& apath, RaciAssignment& a) {
                      Fields af(r_, av, apath, "RACI assignment",
                                {"actor", "responsible", "accountable", "consulted", "informed",
                                 "basis", "evidence"});
                      af.id("actor", a.actor);
                      reference(Target::Actor, av.find("actor"), af.path_of("actor"), "RACI actor");
                      af.boolean("responsible", a.responsible);
                      af.boolean("accountable", a.accountable);
                      af.boolean("consulted", a.consulted);
                      af.boolean("informed", a.informed);
                      af.enumeration("basis", a.basis);
                      read_evidence_field(af, "evidence", a.evidence);
                  });
        read_provenance_list(f, "provenance", r.provenance);
    }

    void read_forum(const Value& v, const std::string& path, Forum& forum) {
        Fields f(r_, v, path, "forum", {"id", "name", "seats", "provenance"});
        f.id("id", forum.id);
        r_.define_id(ids_.forums, forum.id, v.offset, "forum", path);
        f.string("name", forum.name);
        f.objects("seats", forum.seats, "a forum seat",
                  [&](const Value& sv, const std::string& spath, ForumSeat& seat) {
                      Fields sf(r_, sv, spath, "forum seat", {"actor", "symmetric", "commitment"});
                      sf.id("actor", seat.actor);
                      reference(Target::Actor, sv.find("actor"), sf.path_of("actor"),
                                "forum seat actor");
                      sf.optional_boolean("symmetric", seat.symmetric);
                      sf.optional_boolean("commitment", seat.commitment);
                  });
        read_provenance_list(f, "provenance", forum.provenance);
    }

    void read_agreement(const Value& v, const std::string& path, Agreement& a) {
        Fields f(r_, v, path, "agreement",
                 {"id", "name", "kind", "binding", "date", "signatories", "addressees", "owner",
                  "notes", "provenance", "evidence"});
        f.id("id", a.id);
        r_.define_id(ids_.agreements, a.id, v.offset, "agreement", path);
        f.string("name", a.name);
        f.enumeration("kind", a.kind);
        f.enumeration("binding", a.binding);
        f.string("date", a.date);
        actor_list(f, "signatories", "agreement signatory", a.signatories);
        actor_list(f, "addressees", "agreement addressee", a.addressees);
        f.string("owner", a.owner);
        reference(Target::Actor, v.find("owner"), f.path_of("owner"), "agreement owner");
        f.string("notes", a.notes);
        read_provenance_list(f, "provenance", a.provenance);
        read_evidence_field(f, "evidence", a.evidence);
    }

    // A list of actor ids, each checked once the scenario's actors are known.
    void actor_list(Fields& f, std::string_view key, const std::string& what,
                    std::vector<std::string>& out) {
        std::vector<std::size_t> offsets;
        f.string_list(key, out, &offsets);
        for (std::size_t i = 0; i < out.size(); ++i)
            refs_.push_back({Target::Actor, out[i], offsets[i],
                             f.path_of(key) + "/" + std::to_string(i), what});
    }

    void read_group(const Value& v, const std::string& path, Group& g) {
        Fields f(r_, v, path, "group", {"id", "name", "collapsed"});
        f.id("id", g.id);
        r_.define_id(ids_.groups, g.id, v.offset, "group", path);
        f.string("name", g.name);
        f.boolean("collapsed", g.collapsed);
    }

    void read_dilemma(const Value& v, const std::string& path, DilemmaObservation& d) {
        Fields f(r_, v, path, "dilemma observation",
                 {"dilemma", "position", "strategy", "evidence", "basis", "provenance"});
        f.enumeration("dilemma", d.dilemma, Need::Required);
        f.optional_number("position", d.position);
        if (d.position && (*d.position < -1.0 || *d.position > 1.0))
            r_.error(v.find("position")->offset,
                     "\"position\" must lie between -1 (pole A) and 1 (pole B)",
                     f.path_of("position"));
        f.enumeration("strategy", d.strategy);
        f.string("evidence", d.evidence);
        f.enumeration("basis", d.basis);
        read_provenance_list(f, "provenance", d.provenance);
    }

    void read_positions(Fields& owner, std::map<std::string, Position>& out) {
        const Value* v = owner.get("positions", Kind::Object);
        if (!v)
            return;
        for (const auto& m : v->members) {
            const std::string path = owner.path_of("positions") + "/" + pointer_segment(m.key);
            refs_.push_back({Target::Actor, m.key, m.key_offset, path, "position key"});
            if (m.value.kind != Kind::Object) {
                r_.error(m.value.offset,
                         "a position must be an object {\"x\", \"y\", \"pinned\"}, found " +
                             std::string(json::kind_name(m.value.kind)),
                         path);
                continue;
            }
            Position p;
            Fields f(r_, m.value, path, "position", {"x", "y", "pinned"});
            f.number("x", p.x, Need::Required);
            f.number("y", p.y, Need::Required);
            f.boolean("pinned", p.pinned);
            out.emplace(m.key, p);
        }
    }

    void read_view(const Value& v, const std::string& path, ViewSettings& view) {
        Fields f(r_, v, path, "view settings",
                 {"color_by", "size_by", "partition", "visible_layers", "regie_overlay", "zoom",
                  "pan_x", "pan_y"});
        f.string("color_by", view.color_by);
        f.string("size_by", view.size_by);
        f.string("partition", view.partition);
        f.enum_list("visible_layers", view.visible_layers);
        f.boolean("regie_overlay", view.regie_overlay);
        f.number("zoom", view.zoom);
        if (view.zoom <= 0)
            r_.error(v.find("zoom")->offset, "\"zoom\" must be greater than 0", f.path_of("zoom"));
        f.number("pan_x", view.pan_x);
        f.number("pan_y", view.pan_y);
    }

    void read_regie(const Value& v, const std::string& path, RegieElements& e) {
        Fields f(r_, v, path, "regie elements", {"regisseur", "netwerk", "opgave", "middelen"});
        f.string("regisseur", e.regisseur);
        f.string("netwerk", e.netwerk);
        f.string("opgave", e.opgave);
        f.string("middelen", e.middelen);
    }

    void read_scenario(const Value& v, const std::string& path, Scenario& s) {
        ids_ = {};
        refs_.clear();
        Fields f(r_, v, path, "scenario",
                 {"id", "name", "date", "description", "actors", "relations", "responsibilities",
                  "forums", "agreements", "groups", "dilemmas", "regie", "positions", "view"});
        f.id("id", s.id);
        const bool first_definition = !s.id.empty() && !scenario_ids_.count(s.id);
        r_.define_id(scenario_ids_, s.id, v.offset, "scenario", path);
        f.string("name", s.name);
        f.string("date", s.date);
        f.string("description", s.description);
        f.objects("actors", s.actors, "an actor",
                  [&](const Value& x, const std::string& p, Actor& a) { read_actor(x, p, a); });
        f.objects(
            "relations", s.relations, "a relation",
            [&](const Value& x, const std::string& p, Relation& r) { read_relation(x, p, r); });
        f.objects("responsibilities", s.responsibilities, "a responsibility",
                  [&](const Value& x, const std::string& p, Responsibility& r) {
                      read_responsibility(x, p, r);
                  });
        f.objects("forums", s.forums, "a forum",
                  [&](const Value& x, const std::string& p, Forum& fo) { read_forum(x, p, fo); });
        f.objects(
            "agreements", s.agreements, "an agreement",
            [&](const Value& x, const std::string& p, Agreement& a) { read_agreement(x, p, a); });
        f.objects("groups", s.groups, "a group",
                  [&](const Value& x, const std::string& p, Group& g) { read_group(x, p, g); });
        f.objects("dilemmas", s.dilemmas, "a dilemma observation",
                  [&](const Value& x, const std::string& p, DilemmaObservation& d) {
                      read_dilemma(x, p, d);
                  });
        if (const Value* g = f.get("regie", Kind::Object))
            read_regie(*g, f.path_of("regie"), s.regie);
        read_positions(f, s.positions);
        if (const Value* w = f.get("view", Kind::Object))
            read_view(*w, f.path_of("view"), s.view);
        resolve_references(s.id);
        if (first_definition) {
            auto& actors = scenario_actors_[s.id];
            for (const auto& [id, offset] : ids_.actors)
                actors.insert(id);
        }
    }

    void resolve_references(const std::string& scenario_id) {
        for (const auto& ref : refs_) {
            const IdTable& table = ref.target == Target::Actor   ? ids_.actors
                                   : ref.target == Target::Group ? ids_.groups
                                                                 : ids_.responsibilities;
            if (table.count(ref.id))
                continue;
            const char* kind = ref.target == Target::Actor   ? "an actor"
                               : ref.target == Target::Group ? "a group"
                                                             : "a responsibility";
            r_.error(ref.offset,
                     ref.what + " " + in_quotes(ref.id) + " is not " + kind + " id of scenario " +
                         in_quotes(scenario_id),
                     ref.path);
        }
    }

    void read_lineage(const Value& v, const std::string& path, LineageLink& l) {
        Fields f(r_, v, path, "lineage link",
                 {"id", "kind", "from_scenario", "to_scenario", "from_actors", "to_actors", "note",
                  "provenance"});
        f.id("id", l.id);
        r_.define_id(lineage_ids_, l.id, v.offset, "lineage link", path);
        f.enumeration("kind", l.kind, Need::Required);
        f.id("from_scenario", l.from_scenario);
        f.id("to_scenario", l.to_scenario);
        std::vector<std::size_t> from_offsets, to_offsets;
        f.string_list("from_actors", l.from_actors, &from_offsets);
        f.string_list("to_actors", l.to_actors, &to_offsets);
        f.string("note", l.note);
        read_provenance_list(f, "provenance", l.provenance);

        const bool from_ok = check_scenario_ref(v.find("from_scenario"), l.from_scenario,
                                                f.path_of("from_scenario"));
        const bool to_ok =
            check_scenario_ref(v.find("to_scenario"), l.to_scenario, f.path_of("to_scenario"));
        if (!l.from_scenario.empty() && l.from_scenario == l.to_scenario)
            r_.error(v.find("to_scenario")->offset,
                     "a lineage link must connect two different scenarios",
                     f.path_of("to_scenario"));
        if (from_ok)
            check_lineage_actors(l.from_actors, from_offsets, l.from_scenario,
                                 f.path_of("from_actors"));
        if (to_ok)
            check_lineage_actors(l.to_actors, to_offsets, l.to_scenario, f.path_of("to_actors"));
        check_cardinality(v, f, l);
    }

    bool check_scenario_ref(const Value* v, const std::string& id, const std::string& path) {
        if (id.empty() || !v)
            return false;
        if (scenario_ids_.count(id))
            return true;
        r_.error(v->offset, "lineage scenario " + in_quotes(id) + " is not a scenario id", path);
        return false;
    }

    void check_lineage_actors(const std::vector<std::string>& actors,
                              const std::vector<std::size_t>& offsets,
                              const std::string& scenario_id, const std::string& path) {
        const auto& known = scenario_actors_[scenario_id];
        for (std::size_t i = 0; i < actors.size(); ++i) {
            if (!known.count(actors[i]))
                r_.error(offsets[i],
                         "lineage actor " + in_quotes(actors[i]) +
                             " is not an actor id of scenario " + in_quotes(scenario_id),
                         path + "/" + std::to_string(i));
        }
    }

    void check_cardinality(const Value& v, Fields& f, const LineageLink& l) {
        if (!v.find("kind"))
            return;
        const std::size_t n_from = l.from_actors.size(), n_to = l.to_actors.size();
        struct Rule {
            bool ok;
            const char* expected;
        };
        Rule rule{true, ""};
        switch (l.kind) {
            case LineageKind::Identity:
            case LineageKind::Rename:
                rule = {n_from == 1 && n_to == 1, "1 from_actor and 1 to_actor"};
                break;
            case LineageKind::Merge:
                rule = {n_from >= 2 && n_to == 1, "2 or more from_actors and 1 to_actor"};
                break;
            case LineageKind::Split:
                rule = {n_from == 1 && n_to >= 2, "1 from_actor and 2 or more to_actors"};
                break;
            case LineageKind::New:
                rule = {n_from == 0 && n_to == 1, "no from_actors and 1 to_actor"};
                break;
            case LineageKind::Dissolved:
                rule = {n_from == 1 && n_to == 0, "1 from_actor and no to_actors"};
                break;
        }
        if (rule.ok)
            return;
        r_.error(v.find("kind")->offset,
                 "a \"" + std::string(token(l.kind)) + "\" lineage link needs " + rule.expected +
                     " (found " + std::to_string(n_from) + " and " + std::to_string(n_to) + ")",
                 f.path_of("kind"));
    }

    Reader& r_;
    ScenarioIds ids_;
    std::vector<Reference> refs_;
    IdTable scenario_ids_, lineage_ids_;
    std::unordered_map<std::string, std::unordered_set<std::string>> scenario_actors_;
};

}  // namespace

CaseLoadResult parse_case_json(std::string_view text, std::string_view file_name,
                               const LoadLimits& limits) {
    CaseLoadResult result;
    const std::string file(file_name);
    if (text.size() > limits.max_file_bytes) {
        result.diagnostics.error(file, 0, 0,
                                 "file is " + std::to_string(text.size()) +
                                     " bytes; the limit is " +
                                     std::to_string(limits.max_file_bytes) + " bytes");
        return result;
    }
    const json::LineIndex lines(text);
    if (!json::check_utf8(text, lines, file, result.diagnostics))
        return result;
    json::Value root;
    if (!json::parse(text, file, lines, limits, root, result.diagnostics))
        return result;
    Reader reader(file, lines, result.diagnostics);
    Case c;
    CaseReader(reader).read_case(root, c);
    reader.finish();
    if (!result.diagnostics.has_errors())
        result.value = std::move(c);
    return result;
}

CaseLoadResult load_case_file(const std::filesystem::path& path, const LoadLimits& limits) {
    CaseLoadResult result;
    const std::string file = path.string();
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        result.diagnostics.error(file, 0, 0, "is a directory, not a case file");
        return result;
    }
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        result.diagnostics.error(file, 0, 0, "cannot read: " + ec.message());
        return result;
    }
    if (size > limits.max_file_bytes) {
        result.diagnostics.error(file, 0, 0,
                                 "file is " + std::to_string(size) + " bytes; the limit is " +
                                     std::to_string(limits.max_file_bytes) + " bytes");
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.diagnostics.error(
            file, 0, 0, "cannot open for reading: " + std::generic_category().message(errno));
        return result;
    }
    std::string text(size, '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uintmax_t>(in.gcount()) != size) {
        result.diagnostics.error(file, 0, 0, "read error (file shrank while reading?)");
        return result;
    }
    return parse_case_json(text, file, limits);
}

}  // namespace rk

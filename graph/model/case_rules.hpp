// Every rule of the native case format (docs/format.md), written once over a small
// value-access interface, so that the fast path and the located error path cannot drift.
//
// Why a template and not two readers or a generated table: the loader has two JSON
// sources. The fast one (case_fast_source.cpp) streams the text through simdjson's
// on-demand parser: no tree, values are read once in file order and copied straight into
// the case. The located one (case_reader.cpp) walks the tree of our own parser
// (json_tree.hpp), which knows the line and column of every value. Both present the same
// few operations (the `Source` below), and CaseRules<Source> maps fields onto the model,
// checks types, enum tokens, ids and references in one place. A rules table interpreted at
// run time would have cost a virtual call per value; a template costs nothing and keeps
// the mapping readable as ordinary code.
//
// A Source provides:
//   using Value;                         one JSON value, read once
//   static constexpr bool kLocated;      whether errors can be located (else: any error
//                                        aborts the fast path by throwing, and the caller
//                                        re-reads the file with the located source)
//   json::Kind kind(Value&);             its kind, without consuming it
//   std::size_t offset(Value&);          byte offset (0 when not located)
//   std::string_view string(Value&);     decoded text of a string (valid until the next read)
//   bool boolean(Value&);  json::Number number(Value&);
//   void members(Value&, F(key, key_offset, Value&));   object members in file order
//   void items(Value&, R(count), F(index, Value&));     array items; R reserves first
//   void reserve(std::vector<T>&, count);                room for the items of an array
//   void error(offset, message, path);   reports (located) or aborts (fast); path is a
//                                        JSON Pointer string
//   void duplicate_key();                a key seen twice in a free-form object (attributes,
//                                        positions): the located parser has reported it already;
//                                        the fast source aborts
//   std::string where(offset);           "line L, column C" for "first defined at" messages
//
// Objects are read in file order: each member is dispatched by its key, then the rules
// that need several members (required fields, an actor that is its own parent, ranges) run
// when the object is complete. References to ids are checked as soon as the ids they point
// to are all known, and kept for the end of the scenario otherwise.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/case.hpp"
#include "model/case_io.hpp"
#include "model/json_tree.hpp"

namespace rk::case_rules {

using json::Kind;

// A JSON Pointer (RFC 6901) built only when a message needs it: each level lives on the
// stack of the function reading it and points to its parent.
struct Path {
    const Path* parent = nullptr;
    std::string_view key;
    std::size_t index = 0;
    bool is_index = false;

    Path member(std::string_view k) const { return Path{this, k, 0, false}; }
    Path item(std::size_t i) const { return Path{this, {}, i, true}; }
    std::string str() const;
};

inline std::string Path::str() const {
    if (!parent)
        return {};
    std::string out = parent->str() + "/";
    if (is_index)
        return out + std::to_string(index);
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

inline std::string in_quotes(std::string_view s) {
    return "\"" + std::string(s) + "\"";
}

// Which known members of one object were present, and where their values were.
template <std::size_t N>
struct Seen {
    std::array<std::size_t, N> offsets{};
    std::uint64_t mask = 0;
    bool has(std::size_t i) const { return (mask >> i) & 1u; }
};

// Ids of one kind, to report duplicates and resolve references. Keys view strings of the
// case being built, whose addresses are stable: every vector is reserved before it is filled.
enum class IdUse { Lookups, DuplicatesOnly };

// The located path needs, for a duplicate, where the first definition was: a hash map to
// offsets, checked on every definition.
class LocatedIds {
  public:
    LocatedIds() = default;
    explicit LocatedIds(IdUse) {}
    // False for a duplicate; `first` then holds the offset of the first definition.
    bool define(std::string_view id, std::size_t offset, std::size_t& first) {
        auto [it, inserted] = ids_.emplace(id, offset);
        first = it->second;
        return inserted;
    }
    bool seal() { return true; }
    bool contains(std::string_view id) const { return ids_.count(id) > 0; }

  private:
    std::unordered_map<std::string_view, std::size_t> ids_;
};

// The fast path only needs yes or no, for up to hundreds of thousands of ids: the ids'
// text packed in one string, and after seal() an open-addressing table of (hash,
// position), so a lookup touches one slot and the text, and no actor. A node-based hash
// map costs a few cache misses per id and three times the memory. Why written here: the
// standard library has no flat hash set and Debian 12's Boost (1.74) predates
// boost::unordered_flat_set. With IdUse::DuplicatesOnly (relation ids, never looked up)
// only hashes are kept, sorted once, and two equal hashes count as a duplicate: then the
// located path decides exactly.
class FastIds {
  public:
    FastIds() = default;
    explicit FastIds(IdUse use) : keep_text_(use == IdUse::Lookups) {}

    bool define(std::string_view id, std::size_t, std::size_t&) {
        const std::size_t hash = std::hash<std::string_view>{}(id);
        if (!keep_text_) {
            hashes_.push_back(hash);
            return true;
        }
        entries_.push_back({hash, static_cast<std::uint32_t>(text_.size()),
                            static_cast<std::uint32_t>(id.size())});
        text_.append(id);
        return true;
    }

    // Builds the lookup table; false when some id was defined twice. O(ids).
    bool seal() {
        if (!keep_text_) {
            std::sort(hashes_.begin(), hashes_.end());
            return std::adjacent_find(hashes_.begin(), hashes_.end()) == hashes_.end();
        }
        std::size_t capacity = 16;
        while (capacity < 2 * entries_.size())
            capacity *= 2;
        slots_.assign(capacity, Entry{0, kEmpty, 0});
        for (const Entry& e : entries_) {
            for (std::size_t s = e.hash & (capacity - 1);; s = (s + 1) & (capacity - 1)) {
                if (slots_[s].offset == kEmpty) {
                    slots_[s] = e;
                    break;
                }
                if (same(slots_[s], e.hash, text(e)))
                    return false;
            }
        }
        return true;
    }

    bool contains(std::string_view id) const {  // after seal(), with IdUse::Lookups
        if (slots_.empty())
            return false;
        const std::size_t hash = std::hash<std::string_view>{}(id);
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t s = hash & mask; slots_[s].offset != kEmpty; s = (s + 1) & mask)
            if (same(slots_[s], hash, id))
                return true;
        return false;
    }

  private:
    struct Entry {
        std::size_t hash;
        std::uint32_t offset, size;  // in text_ (files are limited to 512 MiB)
    };
    static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;

    std::string_view text(const Entry& e) const {
        return std::string_view(text_).substr(e.offset, e.size);
    }
    bool same(const Entry& e, std::size_t hash, std::string_view id) const {
        return e.hash == hash && e.size == id.size() &&
               std::equal(id.begin(), id.end(), text_.begin() + e.offset);
    }

    bool keep_text_ = true;
    std::vector<Entry> entries_;  // in definition order
    std::string text_;
    // The entries themselves, not indices to them: a lookup then misses the cache twice
    // (slot, text) instead of three times; 250,000 relation ends made the extra miss a
    // third of the load's time on a busy machine (issue 18).
    std::vector<Entry> slots_;
    std::vector<std::size_t> hashes_;  // IdUse::DuplicatesOnly
};

enum class Target { Actor, Group, Responsibility };

template <class Source>
class CaseRules {
  public:
    using Value = typename Source::Value;
    using IdTable = std::conditional_t<Source::kLocated, LocatedIds, FastIds>;

    explicit CaseRules(Source& src) : src_(src) {}

    void read_case(Value& root, Case& c) {
        if (src_.kind(root) != Kind::Object) {
            error(src_.offset(root),
                  "expected a JSON object at the top level, found " +
                      std::string(json::kind_name(src_.kind(root))),
                  root_);
            return;
        }
        static constexpr std::string_view kFields[] = {
            "format", "format_version", "id",      "title",     "description", "domain",
            "level",  "goal",           "sources", "scenarios", "lineage"};
        const auto seen = object(
            root, root_, "the case", kFields, [&](std::string_view key, Value& v, const Path& p) {
                if (key == "format")
                    check_format_name(v, p);
                else if (key == "format_version")
                    check_format_version(v, p);
                else if (key == "id")
                    id(v, key, p, c.id);
                else if (key == "title")
                    string(v, key, p, c.title);
                else if (key == "description")
                    string(v, key, p, c.description);
                else if (key == "domain")
                    string(v, key, p, c.domain);
                else if (key == "level")
                    enumeration(v, key, p, c.level);
                else if (key == "goal")
                    read_goal(v, key, p, c.goal);
                else if (key == "sources")
                    provenance_list(v, key, p, c.sources);
                else if (key == "scenarios")
                    objects(
                        v, key, p, c.scenarios, "a scenario",
                        [&](Value& x, const Path& xp, Scenario& s) { read_scenario(x, xp, s); });
                else if (key == "lineage")
                    objects(
                        v, key, p, c.lineage, "a lineage link",
                        [&](Value& x, const Path& xp, LineageLink& l) { read_lineage(x, xp, l); });
            });
        required(seen, kFields, {"format", "format_version", "id"}, src_.offset(root), root_,
                 "the case");
        check_lineage(c);
    }

  private:
    // ---- errors ----------------------------------------------------------------------

    void error(std::size_t offset, std::string message, const Path& path) {
        src_.error(offset, std::move(message), path.str());
    }

    void wrong_kind(Value& v, std::string_view key, Kind expected, const Path& p) {
        error(src_.offset(v),
              in_quotes(key) + " must be " + std::string(json::kind_name(expected)) + ", found " +
                  std::string(json::kind_name(src_.kind(v))),
              p);
    }

    bool expect(Value& v, std::string_view key, Kind kind, const Path& p) {
        if (src_.kind(v) == kind)
            return true;
        wrong_kind(v, key, kind, p);
        return false;
    }

    // ---- objects ---------------------------------------------------------------------

    // Reads the members of `obj` in file order: unknown names are reported with the list of
    // allowed ones, known ones go to on_member(key, value, path). Returns which were there.
    template <std::size_t N, class OnMember>
    Seen<N> object(Value& obj, const Path& path, std::string_view what,
                   const std::string_view (&allowed)[N], OnMember&& on_member) {
        static_assert(N <= 64, "Seen keeps one bit per field");
        Seen<N> seen;
        src_.members(obj, [&](std::string_view key, std::size_t key_offset, Value& v) {
            const Path p = path.member(key);
            const std::size_t i = field_index(allowed, key);
            if (i == N) {
                std::string list;
                for (auto a : allowed)
                    list += (list.empty() ? "" : ", ") + std::string(a);
                error(key_offset,
                      "unknown field " + in_quotes(key) + " in " + std::string(what) +
                          "; allowed fields: " + list,
                      p);
                return;
            }
            if (seen.has(i)) {
                src_.duplicate_key();
                return;
            }
            seen.mask |= std::uint64_t{1} << i;
            seen.offsets[i] = src_.offset(v);
            on_member(key, v, p);
        });
        return seen;
    }

    // Position of `key` in `allowed`, or N. Length and first byte first: this runs for
    // every member of every object, and most names differ in one of them.
    template <std::size_t N>
    static std::size_t field_index(const std::string_view (&allowed)[N], std::string_view key) {
        for (std::size_t i = 0; i < N; ++i)
            if (allowed[i].size() == key.size() && (key.empty() || allowed[i][0] == key[0]) &&
                allowed[i] == key)
                return i;
        return N;
    }

    // Offset of the value of `key` when it was present (for rules checked at the end).
    template <std::size_t N>
    static std::size_t offset_of(const Seen<N>& seen, const std::string_view (&allowed)[N],
                                 std::string_view key) {
        return seen.offsets[field_index(allowed, key)];
    }

    template <std::size_t N>
    void required(const Seen<N>& seen, const std::string_view (&allowed)[N],
                  std::initializer_list<std::string_view> names, std::size_t object_offset,
                  const Path& path, std::string_view what) {
        for (auto name : names)
            if (!seen.has(field_index(allowed, name)))
                error(object_offset,
                      "missing required field " + in_quotes(name) + " in " + std::string(what),
                      path);
    }

    // ---- scalars ---------------------------------------------------------------------

    void string(Value& v, std::string_view key, const Path& p, std::string& out) {
        if (expect(v, key, Kind::String, p))
            out = src_.string(v);
    }

    // A non-empty id-like string (ids and references that must be present).
    void id(Value& v, std::string_view key, const Path& p, std::string& out) {
        if (!expect(v, key, Kind::String, p))
            return;
        const std::size_t offset = src_.offset(v);
        out = src_.string(v);
        if (out.empty())
            error(offset, in_quotes(key) + " must not be empty", p);
    }

    void boolean(Value& v, std::string_view key, const Path& p, bool& out) {
        if (expect(v, key, Kind::Bool, p))
            out = src_.boolean(v);
    }

    void optional_boolean(Value& v, std::string_view key, const Path& p, std::optional<bool>& out) {
        if (expect(v, key, Kind::Bool, p))
            out = src_.boolean(v);
    }

    void number(Value& v, std::string_view key, const Path& p, double& out) {
        if (expect(v, key, Kind::Number, p))
            out = src_.number(v).value;
    }

    void optional_number(Value& v, std::string_view key, const Path& p,
                         std::optional<double>& out) {
        if (expect(v, key, Kind::Number, p))
            out = src_.number(v).value;
    }

    template <typename Enum>
    void parse_token(Value& v, std::string_view key, const Path& p, Enum& out, bool& ok) {
        const std::size_t offset = src_.offset(v);
        const std::string_view text = src_.string(v);
        if (auto e = from_token<Enum>(text)) {
            out = *e;
            ok = true;
            return;
        }
        ok = false;
        error(offset,
              "unknown value " + in_quotes(text) + " for " + in_quotes(key) +
                  "; expected one of: " + expected_tokens<Enum>(),
              p);
    }

    template <typename Enum>
    void enumeration(Value& v, std::string_view key, const Path& p, Enum& out) {
        bool ok = false;
        if (expect(v, key, Kind::String, p))
            parse_token(v, key, p, out, ok);
    }

    // Calls on_item(item, path) for each string of the array `v`; reports other kinds.
    template <class OnItem>
    void each_string(Value& v, std::string_view key, const Path& p, OnItem&& on_item) {
        if (!expect(v, key, Kind::Array, p))
            return;
        src_.items(
            v, [](std::size_t) {},
            [&](std::size_t i, Value& item) {
                const Path ip = p.item(i);
                if (src_.kind(item) != Kind::String) {
                    error(src_.offset(item),
                          "elements of " + in_quotes(key) + " must be strings, found " +
                              std::string(json::kind_name(src_.kind(item))),
                          ip);
                    return;
                }
                on_item(item, ip);
            });
    }

    template <typename Enum>
    void enum_list(Value& v, std::string_view key, const Path& p, std::vector<Enum>& out) {
        each_string(v, key, p, [&](Value& item, const Path& ip) {
            Enum e{};
            bool ok = false;
            parse_token(item, key, ip, e, ok);
            if (ok)
                out.push_back(e);
        });
    }

    void string_list(Value& v, std::string_view key, const Path& p, std::vector<std::string>& out,
                     std::vector<std::size_t>& offsets) {
        each_string(v, key, p, [&](Value& item, const Path&) {
            offsets.push_back(src_.offset(item));
            out.emplace_back(src_.string(item));
        });
    }

    // Calls read(item, path, element) for every object in the array `v`.
    template <typename T, typename ReadItem>
    void objects(Value& v, std::string_view key, const Path& p, std::vector<T>& out,
                 std::string_view item_what, ReadItem&& read) {
        if (!expect(v, key, Kind::Array, p))
            return;
        src_.items(
            v, [&](std::size_t count) { src_.reserve(out, count); },
            [&](std::size_t i, Value& item) {
                const Path ip = p.item(i);
                if (src_.kind(item) != Kind::Object) {
                    error(src_.offset(item),
                          "each element of " + in_quotes(key) + " must be an object (" +
                              std::string(item_what) + "), found " +
                              std::string(json::kind_name(src_.kind(item))),
                          ip);
                    return;
                }
                out.emplace_back();
                read(item, ip, out.back());
            });
    }

    // ---- case header -----------------------------------------------------------------

    void check_format_name(Value& v, const Path& p) {
        if (!expect(v, "format", Kind::String, p))
            return;
        const std::size_t offset = src_.offset(v);
        const std::string_view text = src_.string(v);
        if (text != kCaseFormatName)
            error(offset,
                  "\"format\" must be \"" + std::string(kCaseFormatName) + "\", found " +
                      in_quotes(text) + " (this is not a Regiekaart case file)",
                  p);
    }

    void check_format_version(Value& v, const Path& p) {
        if (!expect(v, "format_version", Kind::Number, p))
            return;
        const std::size_t offset = src_.offset(v);
        const json::Number n = src_.number(v);
        // Older versions migrate on load: every field they can hold still means the same,
        // and fields added later take their defaults.
        const bool known = n.is_integer && n.integer >= kOldestCaseFormatVersion &&
                           n.integer <= kCaseFormatVersion;
        if (!known) {
            const bool newer = n.value > kCaseFormatVersion;
            error(offset,
                  "unsupported format_version; this build reads versions " +
                      std::to_string(kOldestCaseFormatVersion) + " to " +
                      std::to_string(kCaseFormatVersion) +
                      (newer ? " (the file was written by a newer Regiekaart)" : ""),
                  p);
        }
    }

    void read_goal(Value& v, std::string_view key, const Path& p, CaseGoal& g) {
        if (!expect(v, key, Kind::Object, p))
            return;
        static constexpr std::string_view kFields[] = {"text", "definition", "scope"};
        object(v, p, "goal", kFields, [&](std::string_view k, Value& x, const Path& xp) {
            if (k == "text")
                string(x, k, xp, g.text);
            else if (k == "definition")
                enumeration(x, k, xp, g.definition);
            else if (k == "scope")
                enumeration(x, k, xp, g.scope);
        });
    }

    void provenance_list(Value& v, std::string_view key, const Path& p,
                         std::vector<Provenance>& out) {
        objects(v, key, p, out, "a provenance record",
                [&](Value& x, const Path& xp, Provenance& pr) {
                    static constexpr std::string_view kFields[] = {"source", "locator", "quote"};
                    object(x, xp, "provenance", kFields,
                           [&](std::string_view k, Value& y, const Path& yp) {
                               if (k == "source")
                                   string(y, k, yp, pr.source);
                               else if (k == "locator")
                                   string(y, k, yp, pr.locator);
                               else if (k == "quote")
                                   string(y, k, yp, pr.quote);
                           });
                });
    }

    void evidence(Value& v, std::string_view key, const Path& p, Evidence& e) {
        if (!expect(v, key, Kind::Object, p))
            return;
        read_evidence(v, p, e);
    }

    void read_evidence(Value& v, const Path& p, Evidence& e) {
        static constexpr std::string_view kFields[] = {"basis", "confidence", "note"};
        object(v, p, "evidence", kFields, [&](std::string_view k, Value& x, const Path& xp) {
            if (k == "basis")
                enumeration(x, k, xp, e.basis);
            else if (k == "confidence")
                enumeration(x, k, xp, e.confidence);
            else if (k == "note")
                string(x, k, xp, e.note);
        });
    }

    // Evidence per role, keyed by role token. Whether each key is one of the actor's roles
    // is checked when the actor is complete (its "roles" may come later); `keys` keeps
    // where each key was for that.
    void role_evidence(Value& v, std::string_view key, const Path& p, Actor& a,
                       std::vector<std::pair<Role, std::size_t>>& keys) {
        if (!expect(v, key, Kind::Object, p))
            return;
        src_.members(v, [&](std::string_view k, std::size_t key_offset, Value& x) {
            const Path xp = p.member(k);
            const auto role = from_token<Role>(k);
            if (!role) {
                error(key_offset,
                      "unknown role " + in_quotes(k) +
                          " in \"role_evidence\"; expected one of: " + expected_tokens<Role>(),
                      xp);
                return;
            }
            keys.emplace_back(*role, key_offset);
            if (src_.kind(x) != Kind::Object) {
                error(src_.offset(x),
                      "role evidence must be an object {\"basis\", \"confidence\", \"note\"}, "
                      "found " +
                          std::string(json::kind_name(src_.kind(x))),
                      xp);
                return;
            }
            auto [it, inserted] = a.role_evidence.try_emplace(*role);
            if (!inserted)
                src_.duplicate_key();
            read_evidence(x, xp, it->second);
        });
    }

    void check_role_evidence(const Actor& a, const std::vector<std::pair<Role, std::size_t>>& keys,
                             const Path& path) {
        const Path p = path.member("role_evidence");
        for (const auto& [role, key_offset] : keys)
            if (std::find(a.roles.begin(), a.roles.end(), role) == a.roles.end())
                error(key_offset,
                      "\"role_evidence\" names role " + in_quotes(token(role)) +
                          ", which is not in the actor's \"roles\"",
                      p.member(token(role)));
    }

    void member_count(Value& v, std::string_view key, const Path& p, Actor& a) {
        if (!expect(v, key, Kind::Number, p))
            return;
        const std::size_t offset = src_.offset(v);
        const json::Number n = src_.number(v);
        if (!n.is_integer || n.integer < 1 || n.integer > 1'000'000) {
            error(offset, "\"member_count\" must be a whole number from 1 to 1000000", p);
            return;
        }
        a.member_count = static_cast<int>(n.integer);
    }

    void attributes(Value& v, std::string_view key, const Path& p, Attributes& out) {
        if (!expect(v, key, Kind::Object, p))
            return;
        src_.members(v, [&](std::string_view k, std::size_t, Value& a) {
            bool inserted = true;
            switch (src_.kind(a)) {
                case Kind::String:
                    inserted = out.emplace(k, std::string(src_.string(a))).second;
                    break;
                case Kind::Bool:
                    inserted = out.emplace(k, src_.boolean(a)).second;
                    break;
                case Kind::Number: {
                    const json::Number n = src_.number(a);
                    inserted = n.is_integer ? out.emplace(k, n.integer).second
                                            : out.emplace(k, n.value).second;
                    break;
                }
                default:
                    error(src_.offset(a),
                          "attribute " + in_quotes(k) +
                              " must be a string, number or boolean, found " +
                              std::string(json::kind_name(src_.kind(a))),
                          p.member(k));
            }
            if (!inserted)
                src_.duplicate_key();
        });
    }

    // ---- references ------------------------------------------------------------------

    // A reference checked at the end of the scenario, because the ids it points to were
    // not all known yet when it was read.
    struct Reference {
        Target target;
        std::string id;
        std::size_t offset;
        std::string path;  // materialised only by the located source
        const char* what;  // "relation source", "RACI actor", ...
    };

    struct ScenarioIds {
        IdTable actors, relations{IdUse::DuplicatesOnly}, responsibilities, forums, agreements,
            groups;
        bool actors_complete = false, groups_complete = false, responsibilities_complete = false;
    };

    IdTable& table(Target t) {
        return t == Target::Actor   ? ids_.actors
               : t == Target::Group ? ids_.groups
                                    : ids_.responsibilities;
    }

    bool complete(Target t) const {
        return t == Target::Actor   ? ids_.actors_complete
               : t == Target::Group ? ids_.groups_complete
                                    : ids_.responsibilities_complete;
    }

    void dangling(Target t, std::string_view id, std::size_t offset, const char* what,
                  std::string path) {
        const char* kind = t == Target::Actor   ? "an actor"
                           : t == Target::Group ? "a group"
                                                : "a responsibility";
        src_.error(offset,
                   std::string(what) + " " + in_quotes(id) + " is not " + kind +
                       " id of scenario " + in_quotes(scenario_id_),
                   std::move(path));
    }

    // `id` (empty: nothing to check) must be an id of kind `t` in the current scenario.
    void reference(Target t, std::string_view id, std::size_t offset, const Path& path,
                   const char* what) {
        if (id.empty())
            return;
        if (complete(t)) {
            if (!table(t).contains(id))
                dangling(t, id, offset, what, path.str());
            return;
        }
        refs_.push_back(
            {t, std::string(id), offset, Source::kLocated ? path.str() : std::string(), what});
    }

    void resolve_references() {
        for (const auto& ref : refs_)
            if (!table(ref.target).contains(ref.id))
                dangling(ref.target, ref.id, ref.offset, ref.what, ref.path);
        refs_.clear();
    }

    // Records `id` in `ids`; reports a duplicate with the place of the first definition.
    template <class Ids>
    void define_id(Ids& ids, std::string_view id, std::size_t offset, std::string_view what,
                   const Path& path) {
        if (id.empty())
            return;  // already reported as missing or empty
        std::size_t first = 0;
        if (!ids.define(id, offset, first))
            error(offset,
                  "duplicate " + std::string(what) + " id " + in_quotes(id) +
                      " (first defined at " + src_.where(first) + ")",
                  path);
    }

    // The ids of `ids` are complete: references can be checked against them from now on.
    void seal(IdTable& ids, const Path& path) {
        if (!ids.seal())
            error(0, "duplicate id", path);  // only the fast path defers this check
    }

    // ---- scenario content ------------------------------------------------------------

    void read_actor(Value& v, const Path& path, Actor& a) {
        static constexpr std::string_view kFields[] = {"id",
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
                                                       "member_count"};
        const std::size_t offset = src_.offset(v);
        std::vector<std::pair<Role, std::size_t>> evidence_keys;
        const auto seen =
            object(v, path, "actor", kFields, [&](std::string_view key, Value& x, const Path& p) {
                if (key == "id") {
                    id(x, key, p, a.id);
                } else if (key == "name") {
                    string(x, key, p, a.name);
                } else if (key == "short_name") {
                    string(x, key, p, a.short_name);
                } else if (key == "type") {
                    enumeration(x, key, p, a.type);
                } else if (key == "bestuurslaag") {
                    enumeration(x, key, p, a.bestuurslaag);
                } else if (key == "sector") {
                    string(x, key, p, a.sector);
                } else if (key == "koker") {
                    string(x, key, p, a.koker);
                } else if (key == "parent") {
                    const std::size_t at = src_.offset(x);
                    string(x, key, p, a.parent);
                    reference(Target::Actor, a.parent, at, p, "actor parent");
                } else if (key == "group") {
                    const std::size_t at = src_.offset(x);
                    string(x, key, p, a.group);
                    reference(Target::Group, a.group, at, p, "actor group");
                } else if (key == "roles") {
                    enum_list(x, key, p, a.roles);
                } else if (key == "mandate") {
                    read_mandate(x, key, p, a.mandate);
                } else if (key == "power") {
                    read_power(x, key, p, a.power);
                } else if (key == "stance") {
                    enumeration(x, key, p, a.stance);
                } else if (key == "interest") {
                    enumeration(x, key, p, a.interest);
                } else if (key == "ladder_step") {
                    enumeration(x, key, p, a.ladder_step);
                } else if (key == "participation") {
                    enumeration(x, key, p, a.participation);
                } else if (key == "notes") {
                    string(x, key, p, a.notes);
                } else if (key == "provenance") {
                    provenance_list(x, key, p, a.provenance);
                } else if (key == "confidence") {
                    enumeration(x, key, p, a.confidence);
                } else if (key == "attributes") {
                    attributes(x, key, p, a.attributes);
                } else if (key == "role_evidence") {
                    role_evidence(x, key, p, a, evidence_keys);
                } else if (key == "member_count") {
                    member_count(x, key, p, a);
                }
            });
        required(seen, kFields, {"id"}, offset, path, "actor");
        check_role_evidence(a, evidence_keys, path);
        define_id(ids_.actors, a.id, offset, "actor", path);
        if (!a.parent.empty() && a.parent == a.id)
            error(offset_of(seen, kFields, "parent"), "an actor cannot be its own parent",
                  path.member("parent"));
    }

    void read_mandate(Value& v, std::string_view key, const Path& p, Mandate& m) {
        if (!expect(v, key, Kind::Object, p))
            return;
        static constexpr std::string_view kFields[] = {"decision", "doorzettingsmacht",
                                                       "commitment_power"};
        object(v, p, "mandate", kFields, [&](std::string_view k, Value& x, const Path& xp) {
            if (k == "decision")
                enumeration(x, k, xp, m.decision);
            else if (k == "doorzettingsmacht")
                optional_boolean(x, k, xp, m.doorzettingsmacht);
            else if (k == "commitment_power")
                optional_boolean(x, k, xp, m.commitment_power);
        });
    }

    void read_power(Value& v, std::string_view key, const Path& p, Power& pw) {
        if (!expect(v, key, Kind::Object, p))
            return;
        static constexpr std::string_view kFields[] = {"production", "blocking"};
        object(v, p, "power", kFields, [&](std::string_view k, Value& x, const Path& xp) {
            if (k == "production")
                enumeration(x, k, xp, pw.production);
            else if (k == "blocking")
                enumeration(x, k, xp, pw.blocking);
        });
    }

    void read_relation(Value& v, const Path& path, Relation& rel) {
        static constexpr std::string_view kFields[] = {
            "id",       "source", "target",     "layer",    "directed",  "weight",
            "goal",     "means",  "regie_kind", "level",    "formality", "valid_from",
            "valid_to", "notes",  "provenance", "evidence", "attributes"};
        const std::size_t offset = src_.offset(v);
        const auto seen = object(
            v, path, "relation", kFields, [&](std::string_view key, Value& x, const Path& p) {
                if (key == "id") {
                    id(x, key, p, rel.id);
                } else if (key == "source") {
                    const std::size_t at = src_.offset(x);
                    id(x, key, p, rel.source);
                    reference(Target::Actor, rel.source, at, p, "relation source");
                } else if (key == "target") {
                    const std::size_t at = src_.offset(x);
                    id(x, key, p, rel.target);
                    reference(Target::Actor, rel.target, at, p, "relation target");
                } else if (key == "layer") {
                    enumeration(x, key, p, rel.layer);
                } else if (key == "directed") {
                    boolean(x, key, p, rel.directed);
                } else if (key == "weight") {
                    number(x, key, p, rel.weight);
                } else if (key == "goal") {
                    string(x, key, p, rel.details->goal);
                } else if (key == "means") {
                    enum_list(x, key, p, rel.details->means);
                } else if (key == "regie_kind") {
                    enumeration(x, key, p, rel.regie_kind);
                } else if (key == "level") {
                    enumeration(x, key, p, rel.level);
                } else if (key == "formality") {
                    enumeration(x, key, p, rel.formality);
                } else if (key == "valid_from") {
                    string(x, key, p, rel.details->valid_from);
                } else if (key == "valid_to") {
                    string(x, key, p, rel.details->valid_to);
                } else if (key == "notes") {
                    string(x, key, p, rel.details->notes);
                } else if (key == "provenance") {
                    provenance_list(x, key, p, rel.details->provenance);
                } else if (key == "evidence") {
                    evidence(x, key, p, rel.evidence);
                } else if (key == "attributes") {
                    attributes(x, key, p, rel.details->attributes);
                }
            });
        required(seen, kFields, {"id", "source", "target", "layer"}, offset, path, "relation");
        define_id(ids_.relations, rel.id, offset, "relation", path);
    }

    void read_assignment(Value& v, const Path& path, RaciAssignment& a) {
        static constexpr std::string_view kFields[] = {
            "actor", "responsible", "accountable", "consulted", "informed", "basis", "evidence"};
        const std::size_t offset = src_.offset(v);
        const auto seen = object(v, path, "RACI assignment", kFields,
                                 [&](std::string_view key, Value& x, const Path& p) {
                                     if (key == "actor") {
                                         const std::size_t at = src_.offset(x);
                                         id(x, key, p, a.actor);
                                         reference(Target::Actor, a.actor, at, p, "RACI actor");
                                     } else if (key == "responsible") {
                                         boolean(x, key, p, a.responsible);
                                     } else if (key == "accountable") {
                                         boolean(x, key, p, a.accountable);
                                     } else if (key == "consulted") {
                                         boolean(x, key, p, a.consulted);
                                     } else if (key == "informed") {
                                         boolean(x, key, p, a.informed);
                                     } else if (key == "basis") {
                                         enumeration(x, key, p, a.basis);
                                     } else if (key == "evidence") {
                                         evidence(x, key, p, a.evidence);
                                     }
                                 });
        required(seen, kFields, {"actor"}, offset, path, "RACI assignment");
    }

    void read_responsibility(Value& v, const Path& path, Responsibility& r) {
        static constexpr std::string_view kFields[] = {
            "id", "task", "description", "follows", "shared", "assignments", "provenance"};
        const std::size_t offset = src_.offset(v);
        const auto seen = object(
            v, path, "responsibility", kFields, [&](std::string_view key, Value& x, const Path& p) {
                if (key == "id") {
                    id(x, key, p, r.id);
                } else if (key == "task") {
                    string(x, key, p, r.task);
                } else if (key == "description") {
                    string(x, key, p, r.description);
                } else if (key == "follows") {
                    const std::size_t at = src_.offset(x);
                    string(x, key, p, r.follows);
                    reference(Target::Responsibility, r.follows, at, p, "responsibility follows");
                } else if (key == "shared") {
                    boolean(x, key, p, r.shared);
                } else if (key == "assignments") {
                    objects(x, key, p, r.assignments, "a RACI assignment",
                            [&](Value& y, const Path& yp, RaciAssignment& a) {
                                read_assignment(y, yp, a);
                            });
                } else if (key == "provenance") {
                    provenance_list(x, key, p, r.provenance);
                }
            });
        required(seen, kFields, {"id"}, offset, path, "responsibility");
        define_id(ids_.responsibilities, r.id, offset, "responsibility", path);
    }

    void read_seat(Value& v, const Path& path, ForumSeat& seat) {
        static constexpr std::string_view kFields[] = {"actor", "symmetric", "commitment"};
        const std::size_t offset = src_.offset(v);
        const auto seen = object(
            v, path, "forum seat", kFields, [&](std::string_view key, Value& x, const Path& p) {
                if (key == "actor") {
                    const std::size_t at = src_.offset(x);
                    id(x, key, p, seat.actor);
                    reference(Target::Actor, seat.actor, at, p, "forum seat actor");
                } else if (key == "symmetric") {
                    optional_boolean(x, key, p, seat.symmetric);
                } else if (key == "commitment") {
                    optional_boolean(x, key, p, seat.commitment);
                }
            });
        required(seen, kFields, {"actor"}, offset, path, "forum seat");
    }

    void read_forum(Value& v, const Path& path, Forum& forum) {
        static constexpr std::string_view kFields[] = {"id", "name", "seats", "provenance"};
        const std::size_t offset = src_.offset(v);
        const auto seen =
            object(v, path, "forum", kFields, [&](std::string_view key, Value& x, const Path& p) {
                if (key == "id")
                    id(x, key, p, forum.id);
                else if (key == "name")
                    string(x, key, p, forum.name);
                else if (key == "seats")
                    objects(x, key, p, forum.seats, "a forum seat",
                            [&](Value& y, const Path& yp, ForumSeat& s) { read_seat(y, yp, s); });
                else if (key == "provenance")
                    provenance_list(x, key, p, forum.provenance);
            });
        required(seen, kFields, {"id"}, offset, path, "forum");
        define_id(ids_.forums, forum.id, offset, "forum", path);
    }

    void read_agreement(Value& v, const Path& path, Agreement& a) {
        static constexpr std::string_view kFields[] = {
            "id",         "name",  "kind",  "binding",    "date",    "signatories",
            "addressees", "owner", "notes", "provenance", "evidence"};
        const std::size_t offset = src_.offset(v);
        const auto seen = object(
            v, path, "agreement", kFields, [&](std::string_view key, Value& x, const Path& p) {
                if (key == "id") {
                    id(x, key, p, a.id);
                } else if (key == "name") {
                    string(x, key, p, a.name);
                } else if (key == "kind") {
                    enumeration(x, key, p, a.kind);
                } else if (key == "binding") {
                    enumeration(x, key, p, a.binding);
                } else if (key == "date") {
                    string(x, key, p, a.date);
                } else if (key == "signatories") {
                    actor_list(x, key, p, "agreement signatory", a.signatories);
                } else if (key == "addressees") {
                    actor_list(x, key, p, "agreement addressee", a.addressees);
                } else if (key == "owner") {
                    const std::size_t at = src_.offset(x);
                    string(x, key, p, a.owner);
                    reference(Target::Actor, a.owner, at, p, "agreement owner");
                } else if (key == "notes") {
                    string(x, key, p, a.notes);
                } else if (key == "provenance") {
                    provenance_list(x, key, p, a.provenance);
                } else if (key == "evidence") {
                    evidence(x, key, p, a.evidence);
                }
            });
        required(seen, kFields, {"id"}, offset, path, "agreement");
        define_id(ids_.agreements, a.id, offset, "agreement", path);
    }

    // A list of actor ids, each checked once the scenario's actors are known.
    void actor_list(Value& v, std::string_view key, const Path& p, const char* what,
                    std::vector<std::string>& out) {
        each_string(v, key, p, [&](Value& item, const Path& ip) {
            const std::size_t at = src_.offset(item);
            out.emplace_back(src_.string(item));
            reference(Target::Actor, out.back(), at, ip, what);
        });
    }

    void read_group(Value& v, const Path& path, Group& g) {
        static constexpr std::string_view kFields[] = {"id", "name", "collapsed"};
        const std::size_t offset = src_.offset(v);
        const auto seen =
            object(v, path, "group", kFields, [&](std::string_view key, Value& x, const Path& p) {
                if (key == "id")
                    id(x, key, p, g.id);
                else if (key == "name")
                    string(x, key, p, g.name);
                else if (key == "collapsed")
                    boolean(x, key, p, g.collapsed);
            });
        required(seen, kFields, {"id"}, offset, path, "group");
        define_id(ids_.groups, g.id, offset, "group", path);
    }

    void read_dilemma(Value& v, const Path& path, DilemmaObservation& d) {
        static constexpr std::string_view kFields[] = {"dilemma",  "position", "strategy",
                                                       "evidence", "basis",    "provenance"};
        const std::size_t offset = src_.offset(v);
        const auto seen = object(v, path, "dilemma observation", kFields,
                                 [&](std::string_view key, Value& x, const Path& p) {
                                     if (key == "dilemma")
                                         enumeration(x, key, p, d.dilemma);
                                     else if (key == "position")
                                         optional_number(x, key, p, d.position);
                                     else if (key == "strategy")
                                         enumeration(x, key, p, d.strategy);
                                     else if (key == "evidence")
                                         string(x, key, p, d.evidence);
                                     else if (key == "basis")
                                         enumeration(x, key, p, d.basis);
                                     else if (key == "provenance")
                                         provenance_list(x, key, p, d.provenance);
                                 });
        required(seen, kFields, {"dilemma"}, offset, path, "dilemma observation");
        if (d.position && (*d.position < -1.0 || *d.position > 1.0))
            error(offset_of(seen, kFields, "position"),
                  "\"position\" must lie between -1 (pole A) and 1 (pole B)",
                  path.member("position"));
    }

    void read_positions(Value& v, std::string_view key, const Path& p,
                        std::map<std::string, Position>& out) {
        if (!expect(v, key, Kind::Object, p))
            return;
        src_.members(v, [&](std::string_view actor, std::size_t key_offset, Value& x) {
            const Path xp = p.member(actor);
            reference(Target::Actor, actor, key_offset, xp, "position key");
            if (src_.kind(x) != Kind::Object) {
                error(src_.offset(x),
                      "a position must be an object {\"x\", \"y\", \"pinned\"}, found " +
                          std::string(json::kind_name(src_.kind(x))),
                      xp);
                return;
            }
            Position pos;
            static constexpr std::string_view kFields[] = {"x", "y", "pinned"};
            const std::size_t offset = src_.offset(x);
            const auto seen = object(x, xp, "position", kFields,
                                     [&](std::string_view k, Value& y, const Path& yp) {
                                         if (k == "x")
                                             number(y, k, yp, pos.x);
                                         else if (k == "y")
                                             number(y, k, yp, pos.y);
                                         else if (k == "pinned")
                                             boolean(y, k, yp, pos.pinned);
                                     });
            required(seen, kFields, {"x", "y"}, offset, xp, "position");
            if (!out.emplace(actor, pos).second)
                src_.duplicate_key();
        });
    }

    void read_view(Value& v, std::string_view key, const Path& p, ViewSettings& view) {
        if (!expect(v, key, Kind::Object, p))
            return;
        static constexpr std::string_view kFields[] = {
            "color_by",      "size_by", "partition", "visible_layers",
            "regie_overlay", "zoom",    "pan_x",     "pan_y"};
        const auto seen = object(v, p, "view settings", kFields,
                                 [&](std::string_view k, Value& x, const Path& xp) {
                                     if (k == "color_by")
                                         string(x, k, xp, view.color_by);
                                     else if (k == "size_by")
                                         string(x, k, xp, view.size_by);
                                     else if (k == "partition")
                                         string(x, k, xp, view.partition);
                                     else if (k == "visible_layers")
                                         enum_list(x, k, xp, view.visible_layers);
                                     else if (k == "regie_overlay")
                                         boolean(x, k, xp, view.regie_overlay);
                                     else if (k == "zoom")
                                         number(x, k, xp, view.zoom);
                                     else if (k == "pan_x")
                                         number(x, k, xp, view.pan_x);
                                     else if (k == "pan_y")
                                         number(x, k, xp, view.pan_y);
                                 });
        if (view.zoom <= 0)
            error(offset_of(seen, kFields, "zoom"), "\"zoom\" must be greater than 0",
                  p.member("zoom"));
    }

    void read_regie(Value& v, std::string_view key, const Path& p, RegieElements& e) {
        if (!expect(v, key, Kind::Object, p))
            return;
        static constexpr std::string_view kFields[] = {"regisseur", "netwerk", "opgave",
                                                       "middelen"};
        object(v, p, "regie elements", kFields, [&](std::string_view k, Value& x, const Path& xp) {
            if (k == "regisseur")
                string(x, k, xp, e.regisseur);
            else if (k == "netwerk")
                string(x, k, xp, e.netwerk);
            else if (k == "opgave")
                string(x, k, xp, e.opgave);
            else if (k == "middelen")
                string(x, k, xp, e.middelen);
        });
    }

    void read_scenario(Value& v, const Path& path, Scenario& s) {
        ids_ = {};
        refs_.clear();
        scenario_id_.clear();
        static constexpr std::string_view kFields[] = {"id",
                                                       "name",
                                                       "date",
                                                       "description",
                                                       "actors",
                                                       "relations",
                                                       "responsibilities",
                                                       "forums",
                                                       "agreements",
                                                       "groups",
                                                       "dilemmas",
                                                       "regie",
                                                       "positions",
                                                       "view"};
        const std::size_t offset = src_.offset(v);
        const auto seen = object(
            v, path, "scenario", kFields, [&](std::string_view key, Value& x, const Path& p) {
                if (key == "id") {
                    id(x, key, p, s.id);
                    scenario_id_ = s.id;
                } else if (key == "name") {
                    string(x, key, p, s.name);
                } else if (key == "date") {
                    string(x, key, p, s.date);
                } else if (key == "description") {
                    string(x, key, p, s.description);
                } else if (key == "actors") {
                    objects(x, key, p, s.actors, "an actor",
                            [&](Value& y, const Path& yp, Actor& a) { read_actor(y, yp, a); });
                    seal(ids_.actors, p);
                    ids_.actors_complete = true;
                } else if (key == "relations") {
                    objects(
                        x, key, p, s.relations, "a relation",
                        [&](Value& y, const Path& yp, Relation& r) { read_relation(y, yp, r); });
                } else if (key == "responsibilities") {
                    objects(x, key, p, s.responsibilities, "a responsibility",
                            [&](Value& y, const Path& yp, Responsibility& r) {
                                read_responsibility(y, yp, r);
                            });
                    seal(ids_.responsibilities, p);
                    ids_.responsibilities_complete = true;
                } else if (key == "forums") {
                    objects(x, key, p, s.forums, "a forum",
                            [&](Value& y, const Path& yp, Forum& f) { read_forum(y, yp, f); });
                } else if (key == "agreements") {
                    objects(
                        x, key, p, s.agreements, "an agreement",
                        [&](Value& y, const Path& yp, Agreement& a) { read_agreement(y, yp, a); });
                } else if (key == "groups") {
                    objects(x, key, p, s.groups, "a group",
                            [&](Value& y, const Path& yp, Group& g) { read_group(y, yp, g); });
                    seal(ids_.groups, p);
                    ids_.groups_complete = true;
                } else if (key == "dilemmas") {
                    objects(x, key, p, s.dilemmas, "a dilemma observation",
                            [&](Value& y, const Path& yp, DilemmaObservation& d) {
                                read_dilemma(y, yp, d);
                            });
                } else if (key == "regie") {
                    read_regie(x, key, p, s.regie);
                } else if (key == "positions") {
                    read_positions(x, key, p, s.positions);
                } else if (key == "view") {
                    read_view(x, key, p, s.view);
                }
            });
        required(seen, kFields, {"id"}, offset, path, "scenario");
        // The scenario id is only known now; messages of deferred references name it.
        scenario_id_ = s.id;
        for (auto* ids : {&ids_.actors, &ids_.groups, &ids_.responsibilities, &ids_.relations,
                          &ids_.forums, &ids_.agreements})
            seal(*ids, path);  // again for the complete ones: sealing twice is harmless
        ids_.actors_complete = ids_.groups_complete = ids_.responsibilities_complete = true;
        resolve_references();
        const bool first_definition = !s.id.empty() && !scenario_ids_.contains(s.id);
        define_id(scenario_ids_, s.id, offset, "scenario", path);
        if (first_definition)
            scenario_actors_.emplace(s.id, std::move(ids_.actors));
    }

    // ---- lineage ---------------------------------------------------------------------

    // Where the parts of a lineage link were, for the checks that need every scenario.
    struct LineageSpots {
        std::string path;  // materialised only by the located source
        std::size_t offset = 0, kind = 0, from = 0, to = 0;
        bool has_kind = false;
        std::vector<std::size_t> from_actors, to_actors;
    };

    void read_lineage(Value& v, const Path& path, LineageLink& l) {
        static constexpr std::string_view kFields[] = {
            "id",          "kind",      "from_scenario", "to_scenario",
            "from_actors", "to_actors", "note",          "provenance"};
        LineageSpots spots;
        spots.offset = src_.offset(v);
        const auto seen = object(v, path, "lineage link", kFields,
                                 [&](std::string_view key, Value& x, const Path& p) {
                                     if (key == "id")
                                         id(x, key, p, l.id);
                                     else if (key == "kind")
                                         enumeration(x, key, p, l.kind);
                                     else if (key == "from_scenario")
                                         id(x, key, p, l.from_scenario);
                                     else if (key == "to_scenario")
                                         id(x, key, p, l.to_scenario);
                                     else if (key == "from_actors")
                                         string_list(x, key, p, l.from_actors, spots.from_actors);
                                     else if (key == "to_actors")
                                         string_list(x, key, p, l.to_actors, spots.to_actors);
                                     else if (key == "note")
                                         string(x, key, p, l.note);
                                     else if (key == "provenance")
                                         provenance_list(x, key, p, l.provenance);
                                 });
        required(seen, kFields, {"id", "kind", "from_scenario", "to_scenario"}, spots.offset, path,
                 "lineage link");
        define_id(lineage_ids_, l.id, spots.offset, "lineage link", path);
        spots.has_kind = seen.has(field_index(kFields, "kind"));
        spots.kind = offset_of(seen, kFields, "kind");
        spots.from = offset_of(seen, kFields, "from_scenario");
        spots.to = offset_of(seen, kFields, "to_scenario");
        if constexpr (Source::kLocated)
            spots.path = path.str();
        lineage_spots_.push_back(std::move(spots));
    }

    // Lineage links name scenarios and their actors, which may come later in the file.
    void check_lineage(const Case& c) {
        for (std::size_t i = 0; i < c.lineage.size() && i < lineage_spots_.size(); ++i) {
            const LineageLink& l = c.lineage[i];
            const LineageSpots& at = lineage_spots_[i];
            const bool from_ok = check_scenario_ref(l.from_scenario, at.from, at, "from_scenario");
            const bool to_ok = check_scenario_ref(l.to_scenario, at.to, at, "to_scenario");
            if (!l.from_scenario.empty() && l.from_scenario == l.to_scenario)
                src_.error(at.to, "a lineage link must connect two different scenarios",
                           at.path + "/to_scenario");
            if (from_ok)
                check_lineage_actors(l.from_actors, at.from_actors, l.from_scenario,
                                     at.path + "/from_actors");
            if (to_ok)
                check_lineage_actors(l.to_actors, at.to_actors, l.to_scenario,
                                     at.path + "/to_actors");
            if (at.has_kind)
                check_cardinality(l, at);
        }
    }

    bool check_scenario_ref(const std::string& id, std::size_t offset, const LineageSpots& at,
                            const char* key) {
        if (id.empty())
            return false;
        if (scenario_ids_.contains(id))
            return true;
        src_.error(offset, "lineage scenario " + in_quotes(id) + " is not a scenario id",
                   at.path + "/" + key);
        return false;
    }

    void check_lineage_actors(const std::vector<std::string>& actors,
                              const std::vector<std::size_t>& offsets,
                              const std::string& scenario_id, const std::string& path) {
        const auto found = scenario_actors_.find(scenario_id);
        for (std::size_t i = 0; i < actors.size(); ++i) {
            if (found == scenario_actors_.end() || !found->second.contains(actors[i]))
                src_.error(offsets[i],
                           "lineage actor " + in_quotes(actors[i]) +
                               " is not an actor id of scenario " + in_quotes(scenario_id),
                           path + "/" + std::to_string(i));
        }
    }

    void check_cardinality(const LineageLink& l, const LineageSpots& at) {
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
        src_.error(at.kind,
                   "a \"" + std::string(token(l.kind)) + "\" lineage link needs " + rule.expected +
                       " (found " + std::to_string(n_from) + " and " + std::to_string(n_to) + ")",
                   at.path + "/kind");
    }

    Source& src_;
    const Path root_{};
    ScenarioIds ids_;
    std::string scenario_id_;
    std::vector<Reference> refs_;
    // Few, and checked one by one as they come: a hash map in both paths.
    LocatedIds scenario_ids_, lineage_ids_;
    std::unordered_map<std::string_view, IdTable> scenario_actors_;
    std::vector<LineageSpots> lineage_spots_;
};

}  // namespace rk::case_rules

#include "doc/finding_cause.hpp"

#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "doc/i18n.hpp"

namespace rk::doc {

namespace {

bool owns(const RaciAssignment& x) {
    return x.responsible || x.accountable;
}

// A task's name as a marker shows it: a long task description is cut at a word boundary
// (about 32 bytes) with an ellipsis, so the markers of neighbouring actors stay readable.
std::string task_name(const Responsibility& t) {
    std::string name = t.task.empty() ? t.id : t.task;
    if (name.size() <= 32)
        return name;
    std::size_t cut = name.rfind(' ', 30);
    if (cut == std::string::npos || cut < 12)
        cut = 30;
    // Never inside a UTF-8 character.
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80)
        --cut;
    return name.substr(0, cut) + "…";
}

// The actor to draw a hand-over from or to: the first one holding R or A, else the first
// one assigned at all, else none.
std::string owner_of(const Responsibility& t) {
    for (const auto& x : t.assignments) {
        if (owns(x))
            return x.actor;
    }
    return t.assignments.empty() ? std::string{} : t.assignments.front().actor;
}

void add_note(FindingCause& c, const std::string& actor, const std::string& nl,
              const std::string& en) {
    std::string& note = c.actor_notes[actor];
    if (note.empty()) {
        note = bilingual(nl, en);
        return;
    }
    // Several tasks at one actor: one marker listing them all.
    note = bilingual(std::string(pick(note, Language::Dutch)) + "; " + nl,
                     std::string(pick(note, Language::English)) + "; " + en);
}

// Tasks without R or A, and hand-overs without an owner. The ownership rule is the one of
// tussen_wal_en_schip in graph/analytics/diagnostics.cpp (someone holds R or A on both
// sides); the finding lists the tasks, this says which actors and links to draw.
void task_causes(const Scenario& s, const analytics::Finding& f, FindingCause& c) {
    std::unordered_map<std::string, const Responsibility*> by_id;
    for (const auto& t : s.responsibilities)
        by_id.emplace(t.id, &t);
    const std::set<std::string> listed(f.tasks.begin(), f.tasks.end());
    for (const auto& t : s.responsibilities) {
        if (!listed.contains(t.id))
            continue;
        bool r = false, a = false;
        for (const auto& x : t.assignments)
            r |= x.responsible, a |= x.accountable;
        if (!r || !a) {
            const std::string missing = !r && !a ? "R/A" : (!r ? "R" : "A");
            for (const auto& x : t.assignments) {
                c.actors.insert(x.actor);
                add_note(c, x.actor, task_name(t) + ": geen " + missing,
                         task_name(t) + ": no " + missing);
            }
        }
        if (t.follows.empty())
            continue;
        auto prev = by_id.find(t.follows);
        if (prev == by_id.end())
            continue;
        bool owned = false;
        for (const auto& x : t.assignments) {
            for (const auto& y : prev->second->assignments)
                owned |= owns(x) && owns(y) && x.actor == y.actor;
        }
        if (owned)
            continue;
        const std::string from = owner_of(*prev->second), to = owner_of(t);
        if (!from.empty())
            c.actors.insert(from);
        if (!to.empty())
            c.actors.insert(to);
        if (from.empty() || to.empty() || from == to)
            continue;
        const std::string what = task_name(*prev->second) + " → " + task_name(t);
        c.broken_links.push_back({from, to,
                                  bilingual("overdracht zonder eigenaar: " + what,
                                            "hand-over without an owner: " + what)});
    }
}

// Tasks with many hands: a marker with the number of R's on each responsible actor.
void many_hands(const Scenario& s, const analytics::Finding& f, FindingCause& c) {
    const std::set<std::string> listed(f.tasks.begin(), f.tasks.end());
    for (const auto& t : s.responsibilities) {
        if (!listed.contains(t.id))
            continue;
        int r = 0;
        for (const auto& x : t.assignments)
            r += x.responsible;
        for (const auto& x : t.assignments) {
            if (!x.responsible)
                continue;
            c.actors.insert(x.actor);
            add_note(c, x.actor, task_name(t) + ": " + std::to_string(r) + "× R",
                     task_name(t) + ": " + std::to_string(r) + "× R");
        }
    }
}

std::string number(double v, Language lang) {
    if (!std::isfinite(v))
        return lang == Language::Dutch ? "n.v.t." : "n/a";
    char buf[32];
    if (std::abs(v - std::round(v)) < 1e-9 && std::abs(v) < 1e9) {
        std::snprintf(buf, sizeof buf, "%.0f", v);
    } else {
        std::snprintf(buf, sizeof buf, "%.2f", v);
        if (lang == Language::Dutch) {
            for (char& ch : buf)
                ch = ch == '.' ? ',' : ch;
        }
    }
    return buf;
}

}  // namespace

FindingCause cause_of(const Scenario& s, const analytics::Finding& f) {
    FindingCause c;
    c.actors.insert(f.actors.begin(), f.actors.end());
    c.relations.insert(f.relations.begin(), f.relations.end());
    if (f.id == "tussen_wal_en_schip")
        task_causes(s, f, c);
    if (f.id == "vele_handen")
        many_hands(s, f, c);
    return c;
}

FindingCaption caption_of(const analytics::Finding& f, Language lang) {
    FindingCaption cap;
    cap.title = lang == Language::Dutch ? f.title_nl : f.title_en;
    if (!f.subject.empty())
        cap.title += " — " + f.subject;
    cap.summary = lang == Language::Dutch ? f.summary_nl : f.summary_en;
    for (const auto& [name, value] : f.numbers) {
        if (!cap.numbers.empty())
            cap.numbers += "  ·  ";
        cap.numbers += name + ": " + number(value, lang);
    }
    return cap;
}

std::vector<const analytics::Finding*> flagged_findings(const analytics::AnalysisResult& a) {
    std::vector<const analytics::Finding*> out;
    for (const auto& f : a.diagnostics) {
        if (f.flagged)
            out.push_back(&f);
    }
    return out;
}

}  // namespace rk::doc

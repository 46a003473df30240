// Anonymised exports: real names out, structure in. Each actor becomes "<role> (<type>) n",
// so a reader still sees who directs and what kind of organisation it is.
#include <algorithm>
#include <cctype>

#include "export/export.hpp"

namespace rk::exporter {

namespace {

std::string capitalised(std::string_view s) {
    std::string out(s);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
        out[0] = static_cast<char>(out[0] - 32);
    return out;
}

std::string prefix_of(const Actor& a, Language lang) {
    std::string type = a.type == ActorType::Unknown ? "" : std::string(label(a.type, lang));
    if (!a.roles.empty()) {
        std::string p = capitalised(label(a.roles.front(), lang));
        return type.empty() ? p : p + " (" + type + ")";
    }
    if (!type.empty())
        return capitalised(type);
    return lang == Language::Dutch ? "Actor" : "Actor";
}

// Anonymous name per actor id, numbered per prefix in actor order.
std::map<std::string, std::string> aliases(const Scenario& s, Language lang) {
    std::map<std::string, int> counters;
    std::map<std::string, std::string> out;
    for (const auto& a : s.actors) {
        const std::string p = prefix_of(a, lang);
        out[a.id] = p + " " + std::to_string(++counters[p]);
    }
    return out;
}

bool word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) >= 0x80);
}

}  // namespace

std::string anonymise_text(const std::string& text, const Scenario& s, Language lang) {
    const auto alias = aliases(s, lang);
    std::vector<std::pair<std::string, std::string>> subs;  // real -> alias
    for (const auto& a : s.actors) {
        for (const auto* n : {&a.name, &a.short_name, &a.id})
            if (n->size() >= 2)
                subs.emplace_back(*n, alias.at(a.id));
    }
    for (std::size_t g = 0; g < s.groups.size(); ++g)
        if (s.groups[g].name.size() >= 2)
            subs.emplace_back(s.groups[g].name, (lang == Language::Dutch ? "Groep " : "Group ") +
                                                    std::to_string(g + 1));
    // Longest first, so "Gemeente Leiden" goes before "Leiden".
    std::stable_sort(subs.begin(), subs.end(),
                     [](const auto& x, const auto& y) { return x.first.size() > y.first.size(); });
    std::string out = text;
    for (const auto& [real, anon] : subs) {
        std::size_t pos = 0;
        while ((pos = out.find(real, pos)) != std::string::npos) {
            const bool left_ok = pos == 0 || !word_char(out[pos - 1]);
            const std::size_t end = pos + real.size();
            const bool right_ok = end >= out.size() || !word_char(out[end]);
            if (left_ok && right_ok) {
                out.replace(pos, real.size(), anon);
                pos += anon.size();
            } else {
                pos = end;
            }
        }
    }
    return out;
}

Scenario anonymise(const Scenario& s, Language lang) {
    Scenario out = s;
    const auto alias = aliases(s, lang);
    auto scrub = [&](const std::string& t) { return anonymise_text(t, s, lang); };
    for (auto& a : out.actors) {
        a.name = alias.at(a.id);
        a.short_name.clear();
        a.notes.clear();
        a.sector = scrub(a.sector);
        a.koker = scrub(a.koker);
        a.provenance.clear();
        a.attributes.clear();
        for (auto& [role, evidence] : a.role_evidence)
            evidence.note.clear();
    }
    for (std::size_t g = 0; g < out.groups.size(); ++g)
        out.groups[g].name =
            (lang == Language::Dutch ? "Groep " : "Group ") + std::to_string(g + 1);
    for (auto& r : out.relations) {
        if (r.details.allocated()) {  // else all empty: no need to allocate them
            r.details->notes.clear();
            r.details->goal = scrub(r.details->goal);
            r.details->provenance.clear();
            r.details->attributes.clear();
        }
        r.evidence.note.clear();
    }
    for (auto& f : out.forums) {
        f.name = scrub(f.name);
        f.provenance.clear();
    }
    // An agreement's name usually names its parties or region ("Woondeal Holland
    // Rijnland"): it becomes its kind and a number.
    for (std::size_t i = 0; i < out.agreements.size(); ++i) {
        Agreement& a = out.agreements[i];
        a.name = std::string(label(a.kind, lang)) + " " + std::to_string(i + 1);
        a.notes.clear();
        a.provenance.clear();
        a.evidence.note.clear();
    }
    for (auto& t : out.responsibilities) {
        t.task = scrub(t.task);
        t.description = scrub(t.description);
        t.provenance.clear();
        for (auto& row : t.assignments)
            row.evidence.note.clear();
    }
    for (auto& d : out.dilemmas) {
        d.evidence = scrub(d.evidence);
        d.provenance.clear();
    }
    out.name = scrub(s.name);
    out.description = scrub(out.description);
    out.regie = {scrub(s.regie.regisseur), scrub(s.regie.netwerk), scrub(s.regie.opgave),
                 scrub(s.regie.middelen)};
    return out;
}

compare::ComparisonResult anonymise(const compare::ComparisonResult& r, const Case& c,
                                    Language lang) {
    compare::ComparisonResult out = r;
    const Scenario* before = c.find_scenario(r.before_id);
    const Scenario* after = c.find_scenario(r.after_id);
    auto scrub = [&](std::string t) {
        if (after)
            t = anonymise_text(t, *after, lang);
        if (before)
            t = anonymise_text(t, *before, lang);
        return t;
    };
    for (auto& cls : out.contraction.classes)
        cls.label = scrub(cls.label);
    for (auto& rc : out.ranks)
        rc.label = scrub(rc.label);
    // Ids can name organisations too ("bzk"): the writers leave them out when anonymised
    // (the class members stay, the drawings need them).
    out.anonymised = true;
    for (auto& p : out.lineage) {
        p.link.from_actors.clear();
        p.link.to_actors.clear();
        p.link.note.clear();
    }
    for (auto& t : out.ties) {
        t.before_relations.clear();
        t.after_relations.clear();
    }
    for (auto& in : out.internal)
        in.relation_id.clear();
    return out;
}

analytics::AnalysisResult anonymise(const analytics::AnalysisResult& a, const Scenario& s,
                                    Language lang) {
    // The findings were written with the real names ("De Provincie staat los"): the text is
    // scrubbed; ids stay, as the tables leave them out when anonymised.
    analytics::AnalysisResult out = a;
    auto scrub = [&](std::string& t) { t = anonymise_text(t, s, lang); };
    for (auto& f : out.diagnostics) {
        for (std::string* t : {&f.subject, &f.title_nl, &f.title_en, &f.rule_nl, &f.rule_en,
                               &f.summary_nl, &f.summary_en})
            scrub(*t);
        for (auto& d : f.details_nl)
            scrub(d);
        for (auto& d : f.details_en)
            scrub(d);
    }
    for (auto& [topic, text] : out.conventions)
        scrub(text);
    return out;
}

}  // namespace rk::exporter

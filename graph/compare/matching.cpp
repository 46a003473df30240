// Step 1 of a comparison: which actor of the before scenario became which of the after
// scenario, from the case's lineage or, failing that, proposed by id and name.
#include <algorithm>
#include <stdexcept>

#include "compare/compare.hpp"

namespace rk::compare {

namespace {

// Folds the Latin-1 supplement letters (UTF-8 C3 xx) that occur in Dutch, Frisian and
// neighbouring names to their base letter; anything else non-ASCII is kept as is, so two
// names differing only there still compare equal byte for byte.
char fold_latin1(unsigned char second) {
    // U+00C0..U+00FF (second byte 0x80..0xBF) -> lower-case base letter; '.' = keep.
    static constexpr char kFold[] =
        "aaaaaaaceeeeiiiidnooooo.ouuuuyts"   // C0..DF
        "aaaaaaaceeeeiiiidnooooo.ouuuuyty";  // E0..FF
    if (second < 0x80 || second > 0xBF)
        return 0;
    const char c = kFold[second - 0x80];
    return c == '.' ? 0 : c;
}

bool is_ascii_alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

}  // namespace

std::string normalise_name(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    bool pending_space = false;
    auto put = [&](char c) {
        if (pending_space && !out.empty())
            out.push_back(' ');
        pending_space = false;
        out.push_back(c);
    };
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (c < 0x80) {
            if (is_ascii_alnum(c)) {
                put(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
            } else {
                pending_space = true;  // punctuation and spaces separate words
            }
            continue;
        }
        if (c == 0xC3 && i + 1 < name.size()) {
            const auto d = static_cast<unsigned char>(name[i + 1]);
            if (char f = fold_latin1(d); f != 0) {
                put(f);
                ++i;
                continue;
            }
        }
        put(static_cast<char>(c));
    }
    return out;
}

namespace {

// Unique key -> index; keys seen twice map to -1 (ambiguous, never matched automatically).
std::map<std::string, int> unique_keys(const std::vector<std::string>& keys,
                                       const std::vector<bool>& taken) {
    std::map<std::string, int> m;
    for (int i = 0; i < static_cast<int>(keys.size()); ++i) {
        if (taken[i] || keys[i].empty())
            continue;
        auto [it, inserted] = m.emplace(keys[i], i);
        if (!inserted)
            it->second = -1;
    }
    return m;
}

}  // namespace

std::vector<ProposedLink> propose_lineage(const Scenario& before, const Scenario& after) {
    const int n = static_cast<int>(before.actors.size());
    const int m = static_cast<int>(after.actors.size());
    std::vector<bool> b_taken(n, false), a_taken(m, false);
    std::vector<ProposedLink> out;
    auto add = [&](LineageKind kind, std::vector<std::string> from, std::vector<std::string> to,
                   MatchBasis basis, double confidence) {
        ProposedLink p;
        p.link.kind = kind;
        p.link.from_scenario = before.id;
        p.link.to_scenario = after.id;
        p.link.from_actors = std::move(from);
        p.link.to_actors = std::move(to);
        p.basis = basis;
        p.confidence = confidence;
        p.proposed = true;
        out.push_back(std::move(p));
    };

    auto match_on = [&](auto key_of, MatchBasis basis, double confidence) {
        std::vector<std::string> bk(n), ak(m);
        for (int i = 0; i < n; ++i)
            bk[i] = key_of(before.actors[i]);
        for (int j = 0; j < m; ++j)
            ak[j] = key_of(after.actors[j]);
        const auto bmap = unique_keys(bk, b_taken);
        const auto amap = unique_keys(ak, a_taken);
        for (const auto& [key, i] : bmap) {
            auto it = amap.find(key);
            if (i < 0 || it == amap.end() || it->second < 0)
                continue;
            const int j = it->second;
            b_taken[i] = a_taken[j] = true;
            const bool same_id = before.actors[i].id == after.actors[j].id;
            add(same_id ? LineageKind::Identity : LineageKind::Rename, {before.actors[i].id},
                {after.actors[j].id}, basis, confidence);
        }
    };
    match_on([](const Actor& a) { return a.id; }, MatchBasis::Id, 1.0);
    match_on([](const Actor& a) { return normalise_name(a.name); }, MatchBasis::Name, 0.9);
    match_on([](const Actor& a) { return normalise_name(a.short_name); }, MatchBasis::ShortName,
             0.7);
    for (int i = 0; i < n; ++i)
        if (!b_taken[i])
            add(LineageKind::Dissolved, {before.actors[i].id}, {}, MatchBasis::Unmatched, 1.0);
    for (int j = 0; j < m; ++j)
        if (!a_taken[j])
            add(LineageKind::New, {}, {after.actors[j].id}, MatchBasis::Unmatched, 1.0);

    // Stable order for people: by first actor id on either side.
    auto first_id = [](const ProposedLink& p) {
        return !p.link.from_actors.empty() ? p.link.from_actors[0] : p.link.to_actors[0];
    };
    std::stable_sort(out.begin(), out.end(), [&](const ProposedLink& a, const ProposedLink& b) {
        return first_id(a) < first_id(b);
    });
    for (std::size_t k = 0; k < out.size(); ++k)
        out[k].link.id = "match-" + std::to_string(k + 1);
    return out;
}

std::vector<ProposedLink> lineage_between(const Case& c, std::string_view before_id,
                                          std::string_view after_id) {
    const Scenario* before = c.find_scenario(before_id);
    const Scenario* after = c.find_scenario(after_id);
    if (!before)
        throw std::invalid_argument("unknown scenario '" + std::string(before_id) + "'");
    if (!after)
        throw std::invalid_argument("unknown scenario '" + std::string(after_id) + "'");
    std::vector<ProposedLink> out;
    for (const auto& l : c.lineage) {
        if (l.from_scenario != before_id || l.to_scenario != after_id)
            continue;
        ProposedLink p;
        p.link = l;
        p.basis = MatchBasis::Lineage;
        p.confidence = 1.0;
        p.proposed = false;
        out.push_back(std::move(p));
    }
    if (out.empty())
        return propose_lineage(*before, *after);
    return out;
}

std::vector<LineageLink> accepted_links(const std::vector<ProposedLink>& proposals) {
    std::vector<LineageLink> out;
    out.reserve(proposals.size());
    for (const auto& p : proposals)
        out.push_back(p.link);
    return out;
}

std::string_view match_basis_name(MatchBasis b) {
    switch (b) {
        case MatchBasis::Id:
            return "id";
        case MatchBasis::Name:
            return "name";
        case MatchBasis::ShortName:
            return "short_name";
        case MatchBasis::Lineage:
            return "lineage";
        case MatchBasis::Unmatched:
            return "unmatched";
    }
    return "?";
}

}  // namespace rk::compare

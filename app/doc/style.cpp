#include "doc/style.hpp"

#include <algorithm>
#include <map>
#include <optional>

namespace rk::doc {

namespace {
// Okabe-Ito-based categorical palette, readable on a projector and for colour-blind viewers,
// extended with muted tones for attributes with many values.
constexpr std::uint32_t kPalette[] = {
    rgba(0, 114, 178),  rgba(230, 159, 0),  rgba(0, 158, 115),  rgba(204, 121, 167),
    rgba(86, 180, 233), rgba(213, 94, 0),   rgba(240, 228, 66), rgba(117, 112, 179),
    rgba(102, 166, 30), rgba(166, 118, 29), rgba(31, 120, 180), rgba(227, 26, 28),
    rgba(106, 61, 154), rgba(177, 89, 40),  rgba(27, 158, 119), rgba(231, 41, 138),
};
constexpr std::uint32_t kUnknown = rgba(160, 160, 160);

std::uint32_t bestuurslaag_color(Bestuurslaag b) {
    switch (b) {
        case Bestuurslaag::Rijk:
            return rgba(0, 84, 150);  // rijksblauw
        case Bestuurslaag::Provincie:
            return rgba(0, 158, 115);
        case Bestuurslaag::Gemeente:
            return rgba(230, 159, 0);
        case Bestuurslaag::Waterschap:
            return rgba(86, 180, 233);
        case Bestuurslaag::Regio:
            return rgba(204, 121, 167);
        case Bestuurslaag::Uitvoering:
            return rgba(117, 112, 179);
        case Bestuurslaag::Privaat:
            return rgba(213, 94, 0);
        case Bestuurslaag::Maatschappelijk:
            return rgba(102, 166, 30);
        case Bestuurslaag::Unknown:
            break;
    }
    return kUnknown;
}

std::uint32_t stance_color(Stance s) {
    switch (s) {
        case Stance::Proponent:
            return rgba(0, 158, 115);
        case Stance::Opponent:
            return rgba(213, 94, 0);
        case Stance::WaitAndSee:
            return rgba(230, 159, 0);
        case Stance::Unknown:
            break;
    }
    return kUnknown;
}

const char* unknown_label(Language lang) {
    return lang == Language::Dutch ? "onbekend" : "unknown";
}

}  // namespace

const char* color_by_token(ColorBy c) {
    switch (c) {
        case ColorBy::Bestuurslaag:
            return "bestuurslaag";
        case ColorBy::Sector:
            return "sector";
        case ColorBy::Koker:
            return "koker";
        case ColorBy::Role:
            return "role";
        case ColorBy::Stance:
            return "stance";
        case ColorBy::Type:
            return "type";
        case ColorBy::Community:
            return "community";
    }
    return "bestuurslaag";
}

ColorBy color_by_from_token(const std::string& s) {
    for (ColorBy c : kColorByAll) {
        if (s == color_by_token(c))
            return c;
    }
    return ColorBy::Bestuurslaag;
}

const char* color_by_label(ColorBy c, Language lang) {
    const bool nl = lang == Language::Dutch;
    switch (c) {
        case ColorBy::Bestuurslaag:
            return nl ? "bestuurslaag" : "bestuurslaag (tier)";
        case ColorBy::Sector:
            return "sector";
        case ColorBy::Koker:
            return nl ? "koker" : "koker (column)";
        case ColorBy::Role:
            return nl ? "rol" : "role";
        case ColorBy::Stance:
            return nl ? "houding" : "stance";
        case ColorBy::Type:
            return nl ? "type actor" : "actor type";
        case ColorBy::Community:
            return nl ? "gemeenschap (Louvain)" : "community (Louvain)";
    }
    return "";
}

Coloring color_actors(const Scenario& s, ColorBy by, Language lang,
                      const std::vector<int>& communities) {
    Coloring out;
    out.category.assign(s.actors.size(), -1);
    // Collect (sort key, label, colour) per actor, then number the distinct labels.
    struct Key {
        int order;  // fixed order for enums; 0 for free text (sorted by label)
        std::string label;
        bool unknown;
        std::uint32_t fixed_color;  // 0 = from the palette
    };
    std::vector<Key> keys;
    keys.reserve(s.actors.size());
    for (std::size_t i = 0; i < s.actors.size(); ++i) {
        const Actor& a = s.actors[i];
        Key k{0, {}, false, 0};
        switch (by) {
            case ColorBy::Bestuurslaag:
                k = {static_cast<int>(a.bestuurslaag), std::string(label(a.bestuurslaag, lang)),
                     a.bestuurslaag == Bestuurslaag::Unknown, bestuurslaag_color(a.bestuurslaag)};
                break;
            case ColorBy::Sector:
                k = {0, a.sector, a.sector.empty(), 0};
                break;
            case ColorBy::Koker:
                k = {0, a.koker, a.koker.empty(), 0};
                break;
            case ColorBy::Role: {
                auto r = main_role(a);
                k = {r ? static_cast<int>(*r) : 99, r ? std::string(label(*r, lang)) : "", !r, 0};
                break;
            }
            case ColorBy::Stance:
                k = {static_cast<int>(a.stance), std::string(label(a.stance, lang)),
                     a.stance == Stance::Unknown, stance_color(a.stance)};
                break;
            case ColorBy::Type:
                k = {static_cast<int>(a.type), std::string(label(a.type, lang)),
                     a.type == ActorType::Unknown, 0};
                break;
            case ColorBy::Community: {
                const int c = i < communities.size() ? communities[i] : -1;
                k = {c,
                     c >= 0 ? (lang == Language::Dutch ? "gemeenschap " : "community ") +
                                  std::to_string(c + 1)
                            : "",
                     c < 0, 0};
                break;
            }
        }
        if (k.unknown) {
            k.label = (by == ColorBy::Community && communities.empty())
                          ? (lang == Language::Dutch ? "nog niet berekend" : "not computed yet")
                          : unknown_label(lang);
            k.fixed_color = kUnknown;
            k.order = 1 << 20;
        }
        keys.push_back(std::move(k));
    }
    // Distinct categories in display order: known ones by order then label, unknown last.
    std::map<std::pair<int, std::string>, int> index;
    for (const auto& k : keys)
        index.emplace(std::make_pair(k.unknown ? (1 << 20) : k.order, k.label), 0);
    int n = 0;
    std::size_t palette_i = 0;
    for (auto& [key, idx] : index) {
        idx = n++;
        LegendEntry e;
        e.label = key.second;
        out.legend.push_back(e);
    }
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const int c = index.at({keys[i].unknown ? (1 << 20) : keys[i].order, keys[i].label});
        out.category[i] = c;
        out.legend[c].count++;
        if (keys[i].fixed_color)
            out.legend[c].color = keys[i].fixed_color;
    }
    for (auto& e : out.legend) {
        if (!e.color)
            e.color = kPalette[palette_i++ % std::size(kPalette)];
    }
    return out;
}

EdgeStyle inferred_style(EdgeStyle st) {
    const std::uint32_t alpha = (st.color >> 24) & 0xFFu;
    st.color = (st.color & 0x00FFFFFFu) | ((alpha * 45u / 100u) << 24);
    st.dashed = true;
    return st;
}

EdgeStyle layer_style(Layer l, bool dark) {
    const std::uint32_t grey = dark ? rgba(150, 155, 165, 170) : rgba(110, 115, 125, 150);
    switch (l) {
        case Layer::Collaboration:
            return {grey, 1.6f, false};
        case Layer::Directs:
            return {rgba(200, 30, 45), 3.f, false};
        case Layer::Funding:
            return {rgba(0, 150, 90, 190), 1.6f, true};
        case Layer::Supervision:
            return {rgba(60, 90, 200, 190), 1.6f, true};
        case Layer::Commission:
            return {rgba(150, 90, 30, 190), 1.6f, false};
        case Layer::FormalAuthority:
            return {rgba(90, 60, 140, 190), 1.8f, false};
        case Layer::Information:
            return {dark ? rgba(120, 170, 200, 150) : rgba(70, 130, 170, 150), 1.2f, true};
        case Layer::Representation:
            return {rgba(180, 120, 170, 170), 1.4f, true};
        case Layer::Membership:
            return {dark ? rgba(120, 120, 120, 140) : rgba(170, 170, 170, 160), 1.2f, false};
        case Layer::Conflict:
            return {rgba(230, 80, 0, 220), 2.f, true};
    }
    return {grey, 1.f, false};
}

std::uint32_t regie_kind_color(RegieKind k) {
    switch (k) {
        case RegieKind::Rijksregie:
            return rgba(200, 20, 40);  // rood
        case RegieKind::Coordinerend:
            return rgba(235, 120, 0);  // oranje
        case RegieKind::Hierarchisch:
            return rgba(140, 40, 160);  // paars
        case RegieKind::Informeel:
            return rgba(0, 150, 150);  // petrol
        case RegieKind::Unknown:
            break;
    }
    return rgba(120, 40, 60);
}

}  // namespace rk::doc

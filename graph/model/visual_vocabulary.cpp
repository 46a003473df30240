#include "model/visual_vocabulary.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "model/role_mark.hpp"

namespace rk::vocabulary {

namespace {

constexpr Rgba rgb(std::uint8_t r, std::uint8_t g, std::uint8_t b, std::uint8_t a = 255) {
    return Rgba{r, g, b, a};
}

const char* unknown_label(Language lang) {
    return lang == Language::Dutch ? "onbekend" : "unknown";
}

// One actor's category before numbering: sort key, label, fixed colour (if any).
struct Key {
    int order = 0;  // fixed order for enums; 0 for free text (sorted by label)
    std::string label;
    bool unknown = false;
    bool has_fixed = false;
    Rgba fixed;
};

constexpr int kUnknownOrder = 1 << 20;

Key key_of(const Actor& a, std::size_t i, ColorBy by, Language lang,
           const std::vector<int>& communities) {
    switch (by) {
        case ColorBy::Bestuurslaag:
            return {static_cast<int>(a.bestuurslaag), std::string(label(a.bestuurslaag, lang)),
                    a.bestuurslaag == Bestuurslaag::Unknown, true,
                    bestuurslaag_color(a.bestuurslaag)};
        case ColorBy::Sector:
            return {0, a.sector, a.sector.empty(), false, {}};
        case ColorBy::Koker:
            return {0, a.koker, a.koker.empty(), false, {}};
        case ColorBy::Role: {
            auto r = main_role(a);
            return {r ? static_cast<int>(*r) : 99,
                    r ? std::string(label(*r, lang)) : "",
                    !r,
                    false,
                    {}};
        }
        case ColorBy::Stance:
            return {static_cast<int>(a.stance), std::string(label(a.stance, lang)),
                    a.stance == Stance::Unknown, true, stance_color(a.stance)};
        case ColorBy::Type:
            return {static_cast<int>(a.type),
                    std::string(label(a.type, lang)),
                    a.type == ActorType::Unknown,
                    false,
                    {}};
        case ColorBy::Community: {
            const int c = i < communities.size() ? communities[i] : -1;
            return {c,
                    c >= 0 ? (lang == Language::Dutch ? "gemeenschap " : "community ") +
                                 std::to_string(c + 1)
                           : "",
                    c < 0,
                    false,
                    {}};
        }
    }
    return {};
}

// Numbers the distinct categories (known ones by order then label, unknown last) and gives
// each its colour: the fixed one, else the next palette colour in legend order.
Coloring number_categories(std::vector<Key> keys, const std::string& unknown_text) {
    for (auto& k : keys) {
        if (k.unknown) {
            k.label = unknown_text;
            k.has_fixed = true;
            k.fixed = unknown_color();
            k.order = kUnknownOrder;
        }
    }
    std::map<std::pair<int, std::string>, int> index;
    for (const auto& k : keys)
        index.emplace(std::make_pair(k.order, k.label), 0);
    Coloring out;
    out.category.assign(keys.size(), -1);
    std::vector<bool> fixed(index.size(), false);
    int n = 0;
    for (auto& [key, idx] : index) {
        idx = n++;
        out.legend.push_back(LegendEntry{key.second, {}, 0});
    }
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const int c = index.at({keys[i].order, keys[i].label});
        out.category[i] = c;
        out.legend[c].count++;
        if (keys[i].has_fixed) {
            out.legend[c].color = keys[i].fixed;
            fixed[c] = true;
        }
    }
    std::size_t palette_i = 0;
    const auto& palette = categorical_palette();
    for (std::size_t c = 0; c < out.legend.size(); ++c) {
        if (!fixed[c])
            out.legend[c].color = palette[palette_i++ % palette.size()];
    }
    return out;
}

}  // namespace

std::string Rgba::hex() const {
    char buf[10];
    if (a == 255)
        std::snprintf(buf, sizeof buf, "#%02X%02X%02X", r, g, b);
    else
        std::snprintf(buf, sizeof buf, "#%02X%02X%02X%02X", r, g, b, a);
    return buf;
}

Rgba from_hex(const std::string& hex) {
    if ((hex.size() != 7 && hex.size() != 9) || hex[0] != '#')
        return {};
    auto byte = [&](std::size_t i) {
        return static_cast<std::uint8_t>(
            std::strtol(hex.substr(1 + 2 * i, 2).c_str(), nullptr, 16));
    };
    return {byte(0), byte(1), byte(2), hex.size() == 9 ? byte(3) : std::uint8_t{255}};
}

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

bool is_color_by_token(const std::string& s) {
    for (ColorBy c : kColorByAll) {
        if (s == color_by_token(c))
            return true;
    }
    return false;
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

Rgba unknown_color() {
    return rgb(160, 160, 160);
}

Rgba bestuurslaag_color(Bestuurslaag b) {
    switch (b) {
        case Bestuurslaag::Rijk:
            return rgb(0, 84, 150);  // rijksblauw
        case Bestuurslaag::Provincie:
            return rgb(0, 158, 115);
        case Bestuurslaag::Gemeente:
            return rgb(230, 159, 0);
        case Bestuurslaag::Waterschap:
            return rgb(86, 180, 233);
        case Bestuurslaag::Regio:
            return rgb(204, 121, 167);
        case Bestuurslaag::Uitvoering:
            return rgb(117, 112, 179);
        case Bestuurslaag::Privaat:
            return rgb(213, 94, 0);
        case Bestuurslaag::Maatschappelijk:
            return rgb(102, 166, 30);
        case Bestuurslaag::Unknown:
            break;
    }
    return unknown_color();
}

Rgba stance_color(Stance s) {
    switch (s) {
        case Stance::Proponent:
            return rgb(0, 158, 115);
        case Stance::Opponent:
            return rgb(213, 94, 0);
        case Stance::WaitAndSee:
            return rgb(230, 159, 0);
        case Stance::Unknown:
            break;
    }
    return unknown_color();
}

const std::vector<Rgba>& categorical_palette() {
    static const std::vector<Rgba> p{
        rgb(0, 114, 178),  rgb(230, 159, 0),  rgb(0, 158, 115),  rgb(204, 121, 167),
        rgb(86, 180, 233), rgb(213, 94, 0),   rgb(240, 228, 66), rgb(117, 112, 179),
        rgb(102, 166, 30), rgb(166, 118, 29), rgb(31, 120, 180), rgb(227, 26, 28),
        rgb(106, 61, 154), rgb(177, 89, 40),  rgb(27, 158, 119), rgb(231, 41, 138),
    };
    return p;
}

Rgba text_color_on(Rgba fill) {
    auto channel = [](std::uint8_t v) {
        const double c = v / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double lum =
        0.2126 * channel(fill.r) + 0.7152 * channel(fill.g) + 0.0722 * channel(fill.b);
    // Contrast with black (lum + 0.05) / 0.05 against white 1.05 / (lum + 0.05).
    return (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) ? rgb(0, 0, 0) : rgb(255, 255, 255);
}

Coloring actor_coloring(const Scenario& s, ColorBy by, Language lang,
                        const std::vector<int>& communities) {
    std::vector<Key> keys;
    keys.reserve(s.actors.size());
    for (std::size_t i = 0; i < s.actors.size(); ++i)
        keys.push_back(key_of(s.actors[i], i, by, lang, communities));
    const std::string unknown =
        by == ColorBy::Community && communities.empty()
            ? (lang == Language::Dutch ? "nog niet berekend" : "not computed yet")
            : unknown_label(lang);
    return number_categories(std::move(keys), unknown);
}

Coloring actor_coloring_by(const Scenario& s, const std::string& attribute, Language lang,
                           const std::vector<int>& communities) {
    if (is_color_by_token(attribute))
        return actor_coloring(s, color_by_from_token(attribute), lang, communities);
    std::vector<Key> keys;
    keys.reserve(s.actors.size());
    for (const auto& a : s.actors) {
        std::string v = attribute_value(a, attribute, lang);
        const bool unknown = v.empty();
        keys.push_back({0, std::move(v), unknown, false, {}});
    }
    return number_categories(std::move(keys), unknown_label(lang));
}

std::string attribute_value(const Actor& a, const std::string& attribute, Language lang) {
    if (attribute == "bestuurslaag")
        return a.bestuurslaag == Bestuurslaag::Unknown ? ""
                                                       : std::string(label(a.bestuurslaag, lang));
    if (attribute == "type")
        return a.type == ActorType::Unknown ? "" : std::string(label(a.type, lang));
    if (attribute == "stance")
        return a.stance == Stance::Unknown ? "" : std::string(label(a.stance, lang));
    if (attribute == "sector")
        return a.sector;
    if (attribute == "koker")
        return a.koker;
    if (attribute == "group")
        return a.group;
    auto it = a.attributes.find(attribute);
    if (it == a.attributes.end())
        return "";
    if (const auto* s = std::get_if<std::string>(&it->second))
        return *s;
    if (const auto* b = std::get_if<bool>(&it->second))
        return *b ? "true" : "false";
    if (const auto* i = std::get_if<std::int64_t>(&it->second))
        return std::to_string(*i);
    return std::to_string(std::get<double>(it->second));
}

EdgeStyle layer_style(Layer l, bool dark) {
    const Rgba grey = dark ? rgb(150, 155, 165, 170) : rgb(110, 115, 125, 150);
    switch (l) {
        case Layer::Collaboration:
            return {grey, 1.6f, false};
        case Layer::Directs:
            return {rgb(200, 30, 45), 3.f, false};
        case Layer::Funding:
            return {rgb(0, 150, 90, 190), 1.6f, true};
        case Layer::Supervision:
            return {rgb(60, 90, 200, 190), 1.6f, true};
        case Layer::Commission:
            return {rgb(150, 90, 30, 190), 1.6f, false};
        case Layer::FormalAuthority:
            return {rgb(90, 60, 140, 190), 1.8f, false};
        case Layer::Information:
            return {dark ? rgb(120, 170, 200, 150) : rgb(70, 130, 170, 150), 1.2f, true};
        case Layer::Representation:
            return {rgb(180, 120, 170, 170), 1.4f, true};
        case Layer::Membership:
            return {dark ? rgb(120, 120, 120, 140) : rgb(170, 170, 170, 160), 1.2f, false};
        case Layer::Conflict:
            return {rgb(230, 80, 0, 220), 2.f, true};
    }
    return {grey, 1.f, false};
}

Rgba regie_kind_color(RegieKind k) {
    switch (k) {
        case RegieKind::Rijksregie:
            return rgb(200, 20, 40);  // rood
        case RegieKind::Coordinerend:
            return rgb(235, 120, 0);  // oranje
        case RegieKind::Hierarchisch:
            return rgb(140, 40, 160);  // paars
        case RegieKind::Informeel:
            return rgb(0, 150, 150);  // petrol
        case RegieKind::Unknown:
            break;
    }
    return rgb(120, 40, 60);
}

EdgeStyle regie_style(RegieKind k) {
    return {regie_kind_color(k), 3.f, false};
}

EdgeStyle inferred_style(EdgeStyle st) {
    st.color.a = static_cast<std::uint8_t>(st.color.a * 45u / 100u);
    st.dashed = true;
    return st;
}

}  // namespace rk::vocabulary

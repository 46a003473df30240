// The colour and line vocabulary of exported diagrams (see palette.hpp for why these).
#include "export/palette.hpp"

#include <cmath>
#include <cstdlib>

namespace rk::exporter::detail {

const std::vector<std::string>& categorical_palette() {
    // Okabe & Ito (2008), without black (kept for text and outlines).
    static const std::vector<std::string> p{"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                            "#56B4E9", "#D55E00", "#F0E442", "#999999"};
    return p;
}

std::string bestuurslaag_color(Bestuurslaag b) {
    // The canvas's colours (bestuurslaag_color in app/doc/style.cpp), so that a file written
    // by the CLI shows the tiers as the screen does.
    switch (b) {
        case Bestuurslaag::Rijk:
            return "#005496";  // rijksblauw
        case Bestuurslaag::Provincie:
            return "#009E73";  // bluish green
        case Bestuurslaag::Gemeente:
            return "#E69F00";  // orange
        case Bestuurslaag::Waterschap:
            return "#56B4E9";  // sky blue
        case Bestuurslaag::Regio:
            return "#CC79A7";  // reddish purple
        case Bestuurslaag::Uitvoering:
            return "#7570B3";  // violet
        case Bestuurslaag::Privaat:
            return "#D55E00";  // vermillion
        case Bestuurslaag::Maatschappelijk:
            return "#66A61E";  // green
        case Bestuurslaag::Unknown:
            return "#A0A0A0";
    }
    return "#A0A0A0";
}

std::string text_color_on(const std::string& fill) {
    if (fill.size() != 7 || fill[0] != '#')
        return "#000000";
    auto channel = [&](int i) {
        const double c = std::strtol(fill.substr(1 + 2 * i, 2).c_str(), nullptr, 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double lum = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
    // Contrast with black (lum + 0.05) / 0.05 against white 1.05 / (lum + 0.05).
    return (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) ? "#000000" : "#FFFFFF";
}

EdgeLook layer_look(Layer l) {
    switch (l) {
        case Layer::Collaboration:
            return {"#666666", "solid", 1.2, "———"};
        case Layer::Directs:
            return {"#000000", "solid", 2.0, "━━▶"};
        case Layer::Funding:
            return {"#E69F00", "dashed", 1.6, "– – ▶"};
        case Layer::Supervision:
            return {"#0072B2", "dotted", 1.6, "· · · ▶"};
        case Layer::Commission:
            return {"#009E73", "dashed", 1.6, "– – ▶"};
        case Layer::FormalAuthority:
            return {"#000000", "solid", 1.2, "——▷"};
        case Layer::Information:
            return {"#56B4E9", "dotted", 1.2, "· · · ·"};
        case Layer::Representation:
            return {"#CC79A7", "dashed", 1.2, "– – –"};
        case Layer::Membership:
            return {"#999999", "dotted", 1.2, "· · · ·"};
        case Layer::Conflict:
            return {"#D55E00", "solid", 1.8, "—×—"};
    }
    return {"#666666", "solid", 1.2, "———"};
}

EdgeLook regie_look(RegieKind k) {
    switch (k) {
        case RegieKind::Rijksregie:
            return {"#0072B2", "solid", 3.0, "━━▶"};
        case RegieKind::Coordinerend:
            return {"#D55E00", "solid", 3.0, "━━▶"};
        case RegieKind::Hierarchisch:
            return {"#000000", "solid", 3.0, "━━▶"};
        case RegieKind::Informeel:
            return {"#CC79A7", "dashed", 3.0, "━ ━▶"};
        case RegieKind::Unknown:
            return {"#333333", "solid", 3.0, "━━▶"};
    }
    return {"#333333", "solid", 3.0, "━━▶"};
}

std::string color_value(const Actor& a, const std::string& attribute, Language lang) {
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

}  // namespace rk::exporter::detail

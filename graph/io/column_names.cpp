// Header aliases and the workbook's Dutch headers: one table, read and written alike.
#include "io/column_names.hpp"

#include <array>
#include <cctype>
#include <map>

namespace rk::io::detail {

namespace {

constexpr std::array<ColumnName, 25> kActorColumns{{
    {"id", "id"},
    {"name", "naam"},
    {"short_name", "korte naam"},
    {"type", "soort"},
    {"bestuurslaag", "bestuurslaag"},
    {"sector", "sector"},
    {"koker", "koker"},
    {"parent", "moederorganisatie"},
    {"group", "groep"},
    {"roles", "rollen"},
    {"mandate", "beslismandaat"},
    {"doorzettingsmacht", "doorzettingsmacht"},
    {"commitment_power", "committeringsmacht"},
    {"power_production", "productiemacht"},
    {"power_blocking", "blokkeermacht"},
    {"stance", "houding"},
    {"interest", "belang"},
    {"ladder_step", "participatietrede"},
    {"participation", "deelname"},
    {"confidence", "zekerheid"},
    {"notes", "notities"},
    {"member_count", "aantal organisaties"},
    {"role_evidence", "bewijs rollen"},
    {"x", "x"},
    {"y", "y"},
}};

constexpr std::array<ColumnName, 17> kRelationColumns{{
    {"id", "id"},
    {"source", "van"},
    {"target", "naar"},
    {"layer", "laag"},
    {"directed", "gericht"},
    {"weight", "gewicht"},
    {"goal", "regiedoel"},
    {"means", "middelen"},
    {"regie_kind", "soort regie"},
    {"level", "niveau"},
    {"formality", "formaliteit"},
    {"valid_from", "geldig vanaf"},
    {"valid_to", "geldig tot"},
    {"notes", "notities"},
    {"evidence_basis", "bewijs"},
    {"evidence_confidence", "zekerheid bewijs"},
    {"evidence_note", "toelichting bewijs"},
}};

const std::map<std::string, std::string>& aliases() {
    static const std::map<std::string, std::string> table = [] {
        // English, Dutch and common tool names for the columns of a CSV file or sheet ...
        std::map<std::string, std::string> t = {
            {"source", "source"},     {"bron", "source"},     {"from", "source"},
            {"van", "source"},        {"target", "target"},   {"doel", "target"},
            {"to", "target"},         {"naar", "target"},     {"id", "id"},
            {"actor", "id"},          {"actor_id", "id"},     {"name", "name"},
            {"naam", "name"},         {"label", "name"},      {"weight", "weight"},
            {"gewicht", "weight"},    {"layer", "layer"},     {"laag", "layer"},
            {"directed", "directed"}, {"gericht", "directed"}};
        // ... the workbook headers in Dutch, and a few words people use for them.
        for (const auto& c : kActorColumns)
            t.emplace(normalise_header(c.dutch), std::string(c.field));
        for (const auto& c : kRelationColumns)
            t.emplace(normalise_header(c.dutch), std::string(c.field));
        t.emplace("vastgezet", "pinned");
        t.emplace("rol", "roles");
        t.emplace("role", "roles");
        t.emplace("tier", "bestuurslaag");
        t.emplace("afkorting", "short_name");
        t.emplace("pinned", "pinned");
        return t;
    }();
    return table;
}

}  // namespace

std::string normalise_header(std::string_view h) {
    std::string s;
    for (char ch : h) {
        if (ch == ' ' || ch == '-')
            ch = '_';
        s += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
    auto b = s.find_first_not_of('_');
    auto e = s.find_last_not_of('_');
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::string canonical_column(const std::string& normalised) {
    auto it = aliases().find(normalised);
    return it == aliases().end() ? normalised : it->second;
}

std::span<const ColumnName> actor_column_names() {
    return kActorColumns;
}

std::span<const ColumnName> relation_column_names() {
    return kRelationColumns;
}

std::string_view dutch_header(std::string_view field) {
    for (const auto& c : kActorColumns)
        if (c.field == field)
            return c.dutch;
    for (const auto& c : kRelationColumns)
        if (c.field == field)
            return c.dutch;
    if (field == "pinned")
        return "vastgezet";
    return field;
}

}  // namespace rk::io::detail

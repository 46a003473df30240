// The case workbook's sheets (Actoren, Relaties) from a scenario and the empty template's
// sheets: plain tables, no library. Kept apart from workbook_write.cpp so that the engine
// builds them without loading libxlsxwriter (the workbook writer lives in the formats
// module the executable loads on first use; see app/modules/).
#include <algorithm>
#include <set>
#include <span>

#include "io/column_names.hpp"
#include "io/io_detail.hpp"
#include "io/workbook.hpp"
#include "model/enums.hpp"

namespace rk::io {

namespace {

CellValue to_cell(const AttributeValue& v) {
    if (auto s = std::get_if<std::string>(&v))
        return *s;
    if (auto d = std::get_if<double>(&v))
        return *d;
    if (auto i = std::get_if<std::int64_t>(&v))
        return static_cast<double>(*i);
    return std::get<bool>(v);
}

using Fields = std::vector<std::pair<std::string, AttributeValue>>;

// Rows of fields -> a table: the model columns in the template's order (only those used, the
// required ones always), then custom attributes in order of first appearance.
SheetTable fields_table(std::string name, std::span<const detail::ColumnName> order,
                        const std::set<std::string>& always, const std::vector<Fields>& rows,
                        const std::vector<Attributes>& custom) {
    std::set<std::string> used = always;
    for (const auto& r : rows)
        for (const auto& [k, v] : r)
            used.insert(k);
    std::vector<std::string> keys;
    SheetTable t;
    t.name = std::move(name);
    for (const auto& c : order)
        if (used.count(std::string(c.field))) {
            keys.emplace_back(c.field);
            t.header.emplace_back(c.dutch);
        }
    if (used.count("pinned")) {
        keys.emplace_back("pinned");
        t.header.emplace_back(detail::dutch_header("pinned"));
    }
    const std::size_t model_columns = keys.size();
    std::set<std::string> custom_seen;
    for (const auto& attrs : custom)
        for (const auto& [k, v] : attrs)
            if (custom_seen.insert(k).second) {
                keys.push_back(k);
                t.header.push_back(k);
            }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        std::vector<CellValue> row(keys.size());
        for (const auto& [k, v] : rows[i]) {
            auto it = std::find(keys.begin(), keys.begin() + model_columns, k);
            if (it != keys.begin() + model_columns)
                row[static_cast<std::size_t>(it - keys.begin())] = to_cell(v);
        }
        for (const auto& [k, v] : custom[i]) {
            auto it = std::find(keys.begin() + model_columns, keys.end(), k);
            row[static_cast<std::size_t>(it - keys.begin())] = to_cell(v);
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

template <typename Enum>
std::vector<std::string> dutch_labels() {
    std::vector<std::string> out;
    for (const auto& e : entries<Enum>())
        out.emplace_back(e.dutch);
    return out;
}

std::size_t header_index(const SheetTable& t, std::string_view field) {
    const auto h = detail::dutch_header(field);
    return static_cast<std::size_t>(std::find(t.header.begin(), t.header.end(), h) -
                                    t.header.begin());
}

}  // namespace

std::vector<SheetTable> case_sheets(const Scenario& s) {
    std::vector<Fields> actor_rows, relation_rows;
    std::vector<Attributes> actor_custom, relation_custom;
    for (const auto& a : s.actors) {
        Fields f{{"id", a.id}};
        for (auto& x : detail::actor_fields(a))
            f.push_back(std::move(x));
        if (auto it = s.positions.find(a.id); it != s.positions.end()) {
            f.emplace_back("x", it->second.x);
            f.emplace_back("y", it->second.y);
            if (it->second.pinned)
                f.emplace_back("pinned", true);
        }
        actor_rows.push_back(std::move(f));
        actor_custom.push_back(a.attributes);
    }
    for (const auto& r : s.relations) {
        Fields f{
            {"id", r.id}, {"source", r.source}, {"target", r.target}, {"directed", r.directed}};
        for (auto& x : detail::relation_fields(r))
            f.push_back(std::move(x));
        relation_rows.push_back(std::move(f));
        relation_custom.push_back(r.details->attributes);
    }
    return {fields_table("Actoren", detail::actor_column_names(), {"id", "name"}, actor_rows,
                         actor_custom),
            fields_table("Relaties", detail::relation_column_names(),
                         {"id", "source", "target", "layer", "directed", "weight"}, relation_rows,
                         relation_custom)};
}

std::vector<SheetTable> template_sheets() {
    SheetTable actors{"Actoren", {}, {}, {}}, relations{"Relaties", {}, {}, {}};
    for (const auto& c : detail::actor_column_names())
        if (c.field != "id" && c.field != "x" && c.field != "y")
            actors.header.emplace_back(c.dutch);
    for (const auto& c : detail::relation_column_names())
        if (c.field != "id")
            relations.header.emplace_back(c.dutch);
    actors.choices.emplace_back(header_index(actors, "type"), dutch_labels<ActorType>());
    actors.choices.emplace_back(header_index(actors, "bestuurslaag"), dutch_labels<Bestuurslaag>());
    relations.choices.emplace_back(header_index(relations, "layer"), dutch_labels<Layer>());
    return {std::move(actors), std::move(relations)};
}

}  // namespace rk::io

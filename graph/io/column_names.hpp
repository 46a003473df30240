// Table headers as people write them, mapped onto model columns: the aliases the CSV reader
// accepts (English, Dutch, common tool names) plus the Dutch headers of the workbook
// template, which the workbook writer also uses, so a written workbook reads back.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace rk::io::detail {

// "Korte naam" -> "korte_naam": lower case, spaces and dashes as underscores, trimmed.
std::string normalise_header(std::string_view header);
// A normalised header -> the model column ("bron" -> "source", "korte_naam" ->
// "short_name"); any other header comes back unchanged.
std::string canonical_column(const std::string& normalised);

// A model column and the Dutch header the workbook writer and template give it.
struct ColumnName {
    std::string_view field;
    std::string_view dutch;
};
// Every column of an actors and of a relations sheet, in the template's order.
std::span<const ColumnName> actor_column_names();
std::span<const ColumnName> relation_column_names();
// The Dutch header of a model column, or the field name itself when it has none.
std::string_view dutch_header(std::string_view field);

}  // namespace rk::io::detail

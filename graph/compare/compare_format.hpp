// Writing a ComparisonResult for people and tools: aligned text table, CSV, Markdown, JSON.
// The CLI (`regiekaart compare`) and the exporters use these, so every front end prints the
// same numbers. NaN is written "n.v.t." (Dutch) / "n/a" (English) in text, empty in CSV and
// null in JSON.
#pragma once

#include <string>

#include "compare/compare.hpp"
#include "model/enums.hpp"

namespace rk::compare {

struct FormatOptions {
    Language lang = Language::English;
    bool csv_bom = false;      // UTF-8 byte order mark, for Excel
    bool include_ties = true;  // the list of added/removed/persisting ties
};

// Sections: lineage, distances per layer, internalised relations, index table, rank changes,
// ties. O(size of the result).
std::string to_text(const ComparisonResult& r, const FormatOptions& o = {});
// One CSV with a leading "section" column, so one file holds every table.
std::string to_csv(const ComparisonResult& r, const FormatOptions& o = {});
std::string to_markdown(const ComparisonResult& r, const FormatOptions& o = {});
// Stable key order, numbers with round-trip precision, NaN as null.
std::string to_json(const ComparisonResult& r);

// A number as text: NaN -> "n.v.t."/"n/a", integers without decimals, otherwise 4
// significant decimals.
std::string format_number(double v, Language lang);

}  // namespace rk::compare

// Format names and the dispatch of read_file / write_file to the per-format code.
#include "io/formats.hpp"

#include <algorithm>
#include <array>

#include "io/io_detail.hpp"
#include "io/workbook.hpp"
#include "io/workbook_cells.hpp"
#include "model/text.hpp"

namespace rk::io {

namespace {

struct FormatName {
    Format format;
    std::string_view name;
};
constexpr std::array<FormatName, 12> kNames{{
    {Format::Native, "native"},
    {Format::EdgeList, "edgelist"},
    {Format::GraphML, "graphml"},
    {Format::Gexf, "gexf"},
    {Format::Dot, "dot"},
    {Format::Csv, "csv"},
    {Format::Pajek, "pajek"},
    {Format::Xlsx, "xlsx"},
    {Format::Ods, "ods"},
    // Aliases accepted on input only.
    {Format::Native, "regie"},
    {Format::Dot, "gv"},
    {Format::Pajek, "net"},
}};

ImportResult from_case_load(CaseLoadResult&& r) {
    ImportResult out;
    out.value = std::move(r.value);
    out.diagnostics = std::move(r.diagnostics);
    return out;
}

}  // namespace

std::string_view format_name(Format f) {
    for (const auto& n : kNames)
        if (n.format == f)
            return n.name;
    return "?";
}

std::optional<Format> format_from_name(std::string_view s) {
    std::string l = text::ascii_lower(s);
    for (const auto& n : kNames)
        if (n.name == l)
            return n.format;
    return std::nullopt;
}

std::optional<Format> format_from_path(const std::filesystem::path& p) {
    std::string name = text::ascii_lower(p.filename().string());
    auto ends_with = [&](std::string_view suffix) {
        return name.size() > suffix.size() &&
               name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (ends_with(".regie.json") || ends_with(".json"))
        return Format::Native;
    if (ends_with(".edges") || ends_with(".el") || ends_with(".edgelist") || ends_with(".txt"))
        return Format::EdgeList;
    if (ends_with(".graphml"))
        return Format::GraphML;
    if (ends_with(".gexf"))
        return Format::Gexf;
    if (ends_with(".dot") || ends_with(".gv"))
        return Format::Dot;
    if (ends_with(".csv"))
        return Format::Csv;
    if (ends_with(".net") || ends_with(".paj"))
        return Format::Pajek;
    if (ends_with(".xlsx"))
        return Format::Xlsx;
    if (ends_with(".ods"))
        return Format::Ods;
    return std::nullopt;
}

std::filesystem::path csv_actors_path(const std::filesystem::path& relations_csv) {
    std::filesystem::path p = relations_csv;
    std::string stem = p.stem().string();
    return p.replace_filename(stem + ".actors.csv");
}

ImportResult parse_text(std::string_view text, Format format, std::string_view file_name,
                        const ImportOptions& options) {
    const std::string file(file_name);
    if (text.size() > options.limits.max_file_bytes) {
        ImportResult r;
        r.diagnostics.error(file, 0, 0,
                            "input is " + std::to_string(text.size()) +
                                " bytes, over the limit of " +
                                std::to_string(options.limits.max_file_bytes) + " bytes");
        return r;
    }
    switch (format) {
        case Format::Native:
            return from_case_load(parse_case_json(text, file_name, options.limits));
        case Format::EdgeList:
            return detail::parse_edgelist(text, file, options);
        case Format::GraphML:
            return detail::parse_graphml(text, file, options);
        case Format::Gexf:
            return detail::parse_gexf(text, file, options);
        case Format::Dot:
            return detail::parse_dot(text, file, options);
        case Format::Csv:
            return detail::parse_csv(text, file, std::nullopt, {}, options);
        case Format::Pajek:
            return detail::parse_pajek(text, file, options);
        case Format::Xlsx:
        case Format::Ods: {
            ImportResult r;
            auto book = format == Format::Xlsx
                            ? detail::read_xlsx_cells(text, file, options.limits, r.diagnostics)
                            : detail::read_ods_cells(text, file, options.limits, r.diagnostics);
            return book ? detail::workbook_to_case(*book, file, options) : r;
        }
    }
    return {};
}

ImportResult read_file(const std::filesystem::path& path, const ImportOptions& options) {
    ImportResult result;
    const std::string file = path.string();
    std::optional<Format> format = options.format ? options.format : format_from_path(path);
    if (!format) {
        result.diagnostics.error(
            file, 0, 0,
            "unknown file type '" + path.extension().string() +
                "' (expected .regie.json, .edges, .el, .txt, .graphml, "
                ".gexf, .dot, .gv, .csv, .net, .xlsx or .ods; or name the format)");
        return result;
    }
    if (*format == Format::Native)
        return from_case_load(load_case_file(path, options.limits));
    auto text = detail::read_bounded(path, options.limits, result.diagnostics);
    if (!text)
        return result;
    if (*format != Format::Csv)
        return parse_text(*text, *format, file, options);

    if (*format != Format::Csv)
        return parse_text(*text, *format, file, options);

    // CSV: a relations table may come with an actors table in a second file.
    std::filesystem::path actors = options.csv_actors;
    bool implicit_actors = false;
    if (actors.empty()) {
        std::error_code ec;
        std::filesystem::path sibling = csv_actors_path(path);
        if (path.filename() == "relations.csv")
            sibling = path.parent_path() / "actors.csv";
        if (std::filesystem::is_regular_file(sibling, ec) &&
            !std::filesystem::equivalent(sibling, path, ec)) {
            actors = sibling;
            implicit_actors = true;
        }
    }
    if (actors.empty())
        return parse_text(*text, *format, file, options);
    auto actors_text = detail::read_bounded(actors, options.limits, result.diagnostics);
    if (!actors_text)
        return result;
    ImportResult r = detail::parse_csv(*text, file, *actors_text, actors.string(), options);
    if (implicit_actors)
        r.diagnostics.info(
            actors.string(), 0, 0,
            "actors table read from this file, found next to " + path.filename().string());
    return r;
}

std::string write_text(const Case& c, Format format, std::string_view file_name,
                       DiagnosticList& diags, const ExportOptions& options) {
    const std::string file(file_name);
    if (format == Format::Native)
        return serialize_case_json(c);
    const Scenario* s = detail::pick_scenario(c, options, file, diags);
    if (!s)
        return {};
    switch (format) {
        case Format::Native:
            break;
        case Format::EdgeList:
            return detail::write_edgelist(c, *s, file, diags);
        case Format::GraphML:
            return detail::write_graphml(c, *s, file, diags);
        case Format::Gexf:
            return detail::write_gexf(c, *s, file, diags);
        case Format::Dot:
            return detail::write_dot(c, *s, file, diags);
        case Format::Csv:
            return detail::write_csv_relations(c, *s, file, diags);
        case Format::Pajek:
            return detail::write_pajek(c, *s, file, diags);
        case Format::Xlsx: {
            detail::report_unwritten(c, *s, "a workbook", file, diags);
            std::string error;
            std::string bytes = workbook_bytes(case_sheets(*s), error);
            if (!error.empty())
                diags.error(file, 0, 0, error);
            return bytes;
        }
        case Format::Ods:
            diags.error(file, 0, 0, ".ods is read only: write .xlsx (LibreOffice opens it)");
            return {};
    }
    return {};
}

DiagnosticList write_file(const Case& c, const std::filesystem::path& path,
                          const ExportOptions& options) {
    DiagnosticList diags;
    const std::string file = path.string();
    std::optional<Format> format = options.format ? options.format : format_from_path(path);
    if (!format) {
        diags.error(file, 0, 0,
                    "unknown file type '" + path.extension().string() +
                        "' (expected .regie.json, .edges, .graphml, .gexf, .dot, .csv, .net or "
                        ".xlsx; or name the format)");
        return diags;
    }
    if (*format == Format::Native) {
        SaveResult r = save_case_file(c, path);
        if (!r.ok)
            diags.error(file, 0, 0, r.error);
        return diags;
    }
    std::string text = write_text(c, *format, file, diags, options);
    if (diags.has_errors())
        return diags;
    if (*format == Format::Csv) {
        // Actors first: a reader never finds new relations next to stale actors.
        const Scenario* s = detail::pick_scenario(c, options, file, diags);
        std::filesystem::path apath = csv_actors_path(path);
        std::string err = detail::write_atomic(detail::write_csv_actors(*s), apath);
        if (!err.empty()) {
            diags.error(apath.string(), 0, 0, err);
            return diags;
        }
        diags.info(apath.string(), 0, 0, "actors table written here");
    }
    std::string err = detail::write_atomic(text, path);
    if (!err.empty())
        diags.error(file, 0, 0, err);
    return diags;
}

}  // namespace rk::io

// Internal to the export module: the content of a scenario report as one list of sections,
// built once from what is shown and written by two writers (HTML in report.cpp, PDF in
// report_pdf.cpp), the way compare_format.cpp feeds text, CSV, Markdown and JSON from one
// list of tables. So the two reports cannot disagree on what they state.
#pragma once

#include <string>
#include <vector>

#include "export/diagram_graph.hpp"
#include "export/export.hpp"
#include "export/table_rows.hpp"

namespace rk::exporter::detail {

enum class FindingFlag { Flagged, NotFlagged, NotApplicable };

// One piece of a section. Each kind uses the fields its comment names.
struct ReportBlock {
    enum class Kind {
        Paragraph,  // `lead` (bold, may be empty) then `text`
        Note,       // `text`, small and grey
        Bullets,    // `items`, small
        Table,      // `rows` (header first), `numeric` per column
        Figure,     // `figure` with `text` as its caption
        Finding,    // a diagnostic: `text` its title, `flag`, `body` its paragraphs and notes
    };
    Kind kind = Kind::Paragraph;
    std::string lead;
    std::string text;
    std::vector<std::string> items;
    Rows rows;
    std::vector<bool> numeric;
    DGraph figure;
    FindingFlag flag = FindingFlag::NotApplicable;
    std::vector<ReportBlock> body;
};

struct ReportSection {
    std::string id;  // stable name for tests: "regie", "map", "settings", "diagnostics", ...
    std::string heading;
    int level = 2;  // 2 = section, 3 = subsection
    std::vector<ReportBlock> blocks;
};

struct ScenarioReport {
    std::string title;
    std::string meta;                // scenario · date · domain
    std::vector<ReportBlock> intro;  // descriptions and the goal, before the sections
    std::vector<ReportSection> sections;
    std::string closing;             // "Made with Regiekaart." and the anonymising note
    std::vector<std::string> notes;  // what the drawing had to do (layout, missing values)
};

// The report of what is shown. Builds the diagram (positions completed by a layout when
// missing), reads the shown analysis, never analyses again. O(drawing + findings + actors).
// Throws rk::Cancelled; other failures are the callers' to catch.
ScenarioReport scenario_report(const Shown& shown, const ReportOptions& o, Progress* progress);

// The flag's words ("gesignaleerd" / "flagged"...). O(1).
std::string flag_text(FindingFlag f, Language L);

}  // namespace rk::exporter::detail

// The tables workbook (.xlsx): its sheets, numeric metric cells, the comparison sheets, and
// that it reads back into the same actors and relations.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <tuple>

#include "compare/compare.hpp"
#include "export/export.hpp"
#include "io/formats.hpp"
#include "io/workbook.hpp"
#include "unit/export/shown_fixture.hpp"

namespace rk {
namespace {

Case path_case() {
    // a - b - c, undirected collaboration: degrees 1, 2, 1 (by hand).
    Case c;
    c.id = "pad";
    Scenario s;
    s.id = "voor";
    s.name = "voor";
    for (const char* id : {"a", "b", "c"}) {
        Actor a;
        a.id = id;
        a.name = std::string("Actor ") + id;
        a.bestuurslaag = Bestuurslaag::Gemeente;
        s.actors.push_back(a);
    }
    for (auto [id, u, v] : {std::tuple{"r1", "a", "b"}, std::tuple{"r2", "b", "c"}}) {
        Relation r;
        r.id = id;
        r.source = u;
        r.target = v;
        r.weight = 2.5;
        s.relations.push_back(r);
    }
    c.scenarios.push_back(s);
    Scenario after = s;
    after.id = "na";
    after.name = "na";
    after.relations.pop_back();
    c.scenarios.push_back(after);
    return c;
}

TEST(TablesWorkbook, SheetsWithNumericMetricsThatReadBackAsTheCase) {
    const Case c = path_case();
    exporter::TableOptions o;
    const auto sheets =
        exporter::tables_workbook(test::DefaultShown(c, c.scenarios[0]).shown, nullptr, o);
    std::vector<std::string> names;
    for (const auto& t : sheets)
        names.push_back(t.name);
    EXPECT_EQ(names, (std::vector<std::string>{"Actoren", "Relaties", "Metrieken", "Netwerkindices",
                                               "Diagnoses", "Instellingen"}));
    const io::SheetTable& m = sheets[2];
    const auto col = std::find(m.header.begin(), m.header.end(), "degree") - m.header.begin();
    ASSERT_LT(static_cast<std::size_t>(col), m.header.size());
    ASSERT_EQ(m.rows.size(), 3u);
    EXPECT_EQ(m.rows[0][0], io::CellValue(std::string("a")));
    EXPECT_EQ(m.rows[1][static_cast<std::size_t>(col)], io::CellValue(2.0));  // b: degree 2
    EXPECT_EQ(m.rows[2][static_cast<std::size_t>(col)], io::CellValue(1.0));  // c: degree 1

    const auto out = std::filesystem::temp_directory_path() /
                     ("rk-tables-" + std::to_string(getpid()) + ".xlsx");
    ASSERT_EQ(io::write_workbook(sheets, out), "");
    io::ImportResult r = io::read_file(out);
    std::filesystem::remove(out);
    ASSERT_TRUE(r.value) << r.diagnostics.to_string();
    EXPECT_EQ(r.value->scenarios[0].actors, c.scenarios[0].actors);
    EXPECT_EQ(r.value->scenarios[0].relations, c.scenarios[0].relations);
}

TEST(TablesWorkbook, ComparisonAddsOneSheetPerTableInEnglishWhenAsked) {
    const Case c = path_case();
    const auto cmp = compare::compare_case(c, "voor", "na");
    exporter::TableOptions o;
    o.lang = Language::English;
    const auto sheets =
        exporter::tables_workbook(test::DefaultShown(c, c.scenarios[0]).shown, &cmp, o);
    ASSERT_GT(sheets.size(), 6u);
    EXPECT_EQ(sheets[2].name, "Metrics");
    EXPECT_EQ(sheets[5].name, "Settings");
    for (std::size_t i = 6; i < sheets.size(); ++i) {
        EXPECT_EQ(sheets[i].name.rfind("Comparison ", 0), 0u) << sheets[i].name;
        EXPECT_LE(sheets[i].name.size(), 31u);
        EXPECT_FALSE(sheets[i].header.empty());
    }
    // The comparison's sheets are all written (names valid, cells within Excel's limits).
    std::string error;
    EXPECT_FALSE(io::workbook_bytes(sheets, error).empty()) << error;
}

}  // namespace
}  // namespace rk

namespace rk {
namespace {

TEST(TablesWorkbook, AnonymisedLeavesOutTheCaseSheetsAndIds) {
    const Case c = path_case();
    exporter::TableOptions o;
    o.anonymise = true;
    const auto sheets =
        exporter::tables_workbook(test::DefaultShown(c, c.scenarios[0]).shown, nullptr, o);
    ASSERT_FALSE(sheets.empty());
    EXPECT_EQ(sheets[0].name, "Metrieken");
    for (const auto& t : sheets)
        for (const auto& row : t.rows)
            for (const auto& cell : row)
                if (auto s = std::get_if<std::string>(&cell))
                    for (const char* real : {"a", "b", "c", "Actor a", "Actor b", "Actor c"})
                        EXPECT_NE(*s, real) << t.name;
}

}  // namespace
}  // namespace rk

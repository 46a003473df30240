// Workbooks (.xlsx, .ods): files written by the tools people use (openpyxl with inline
// strings, xlsxwriter with shared strings, odfpy for .ods; made by make_workbooks.py at test
// time, nothing binary committed), located errors, the round trip of Regiekaart's own
// workbook, and the template. Expected values are the cells make_workbooks.py writes.
#include <gtest/gtest.h>

#include <unistd.h>
#include <cstdlib>
#include <filesystem>

#include "io/formats.hpp"
#include "io/io_detail.hpp"
#include "io/workbook.hpp"
#include "io/workbook_cells.hpp"
#include "unit/io/io_test_util.hpp"

namespace rk::io {
namespace {

namespace fs = std::filesystem;

// Runs make_workbooks.py once per test process into a directory of its own.
class WorkbookTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        dir_ = fs::temp_directory_path() / ("rk-workbooks-" + std::to_string(getpid()));
        const std::string cmd = "/usr/bin/python3 " RK_SOURCE_DIR
                                "/tests/unit/io/make_workbooks.py '" +
                                dir_.string() + "'";
        ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
    }
    static void TearDownTestSuite() {
        std::error_code ec;
        fs::remove_all(dir_, ec);
    }
    static std::string file(const std::string& name) { return (dir_ / name).string(); }

    static const Diagnostic* find_error(const DiagnosticList& d, const std::string& where) {
        for (const auto& x : d.items())
            if (x.severity == Severity::Error && x.file == where)
                return &x;
        return nullptr;
    }

    static fs::path dir_;
};
fs::path WorkbookTest::dir_;

const Relation* between(const Scenario& s, const std::string& u, const std::string& v) {
    for (const auto& r : s.relations)
        if (r.source == u && r.target == v)
            return &r;
    return nullptr;
}

TEST_F(WorkbookTest, InlineStringsFromOpenpyxlWithIdsFromNamesAndLabels) {
    ImportResult r = read_file(file("inline.xlsx"));
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.actors.size(), 6u) << test::report(r.diagnostics);
    // Slugs of the names, the second "Holland Rijnland" numbered, "Zoë" folded to "zoe".
    std::vector<std::string> ids;
    for (const auto& a : s.actors)
        ids.push_back(a.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"ministerie-van-bzk", "provincie-zuid-holland",
                                             "gemeente-leiden", "zoe-jansen", "holland-rijnland",
                                             "holland-rijnland-2"}));
    const Actor& bzk = s.actors[0];
    EXPECT_EQ(bzk.name, "Ministerie van BZK");
    EXPECT_EQ(bzk.short_name, "BZK");
    EXPECT_EQ(bzk.type, ActorType::Ministry);         // "Ministerie": Dutch label, capitalised
    EXPECT_EQ(bzk.bestuurslaag, Bestuurslaag::Rijk);  // "Rijk"
    EXPECT_EQ(bzk.roles, (std::vector<Role>{Role::Regisseur, Role::Financier}));
    EXPECT_EQ(s.actors[1].bestuurslaag, Bestuurslaag::Provincie);  // "PROVINCIE"
    EXPECT_EQ(s.actors[1].parent, "ministerie-van-bzk");   // moederorganisatie "bzk": short name
    EXPECT_EQ(s.actors[2].type, ActorType::Municipality);  // "GEMEENTE"
    EXPECT_EQ(s.actors[2].bestuurslaag, Bestuurslaag::Gemeente);  // English "Municipality"
    EXPECT_EQ(s.actors[3].type, ActorType::Person);
    EXPECT_EQ(s.actors[3].name, "Zoë Jansen");
    EXPECT_EQ(s.actors[5].bestuurslaag, Bestuurslaag::Regio);  // English "Region"

    ASSERT_EQ(s.relations.size(), 4u);
    // By short name "BZK" and by name.
    const Relation* r1 = between(s, "ministerie-van-bzk", "provincie-zuid-holland");
    ASSERT_NE(r1, nullptr);
    EXPECT_EQ(r1->layer, Layer::Directs);  // Dutch label "Regie"
    EXPECT_DOUBLE_EQ(r1->weight, 2.0);
    EXPECT_EQ(r1->details->notes, "woondeal");
    // "pzh" and "gemeente leiden" in another letter case.
    const Relation* r2 = between(s, "provincie-zuid-holland", "gemeente-leiden");
    ASSERT_NE(r2, nullptr);
    EXPECT_EQ(r2->layer, Layer::Funding);
    EXPECT_DOUBLE_EQ(r2->weight, 0.5);
    // By id, and by short name "HR".
    ASSERT_NE(between(s, "zoe-jansen", "holland-rijnland"), nullptr);
    const Relation* r4 = between(s, "holland-rijnland-2", "gemeente-leiden");
    ASSERT_NE(r4, nullptr);
    EXPECT_EQ(r4->layer, Layer::FormalAuthority);  // English label "formal authority"
    EXPECT_DOUBLE_EQ(r4->weight, 3.0);
}

TEST_F(WorkbookTest, BadCellsAreLocatedAsFileSheetCell) {
    const std::string f = file("bad.xlsx");
    ImportResult r = read_file(f);
    EXPECT_FALSE(r.value);
    const Diagnostic* layer = find_error(r.diagnostics, f + ":Relaties!C7");
    ASSERT_NE(layer, nullptr) << test::report(r.diagnostics);
    EXPECT_EQ(layer->message,
              "expected a layer (collaboration, directs, funding, supervision, commission, "
              "formal_authority, information, representation, membership, conflict) but found "
              "'xyz'");
    EXPECT_EQ(layer->to_string(),
              f + ":Relaties!C7: error: expected a layer (collaboration, directs, funding, "
                  "supervision, commission, formal_authority, information, representation, "
                  "membership, conflict) but found 'xyz'");
    // A text cell "1,5" is not read with a locale: numbers come from number cells.
    const Diagnostic* weight = find_error(r.diagnostics, f + ":Relaties!D3");
    ASSERT_NE(weight, nullptr);
    EXPECT_EQ(weight->message, "expected a number but found '1,5'");
    const Diagnostic* actor = find_error(r.diagnostics, f + ":Relaties!B5");
    ASSERT_NE(actor, nullptr);
    EXPECT_EQ(actor->message,
              "found no actor 'Gemeente Utrecht' (by id, name or short name) on sheet Actoren");
    EXPECT_EQ(r.diagnostics.error_count(), 3u) << test::report(r.diagnostics);
}

TEST_F(WorkbookTest, SharedStringsFromXlsxwriterWithTypedCells) {
    ImportResult r = read_file(file("shared.xlsx"));
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.actors.size(), 3u) << test::report(r.diagnostics);
    const Actor* bzk = s.find_actor("bzk");
    ASSERT_NE(bzk, nullptr);
    EXPECT_EQ(bzk->name, "Ministry of the Interior");
    EXPECT_EQ(bzk->type, ActorType::Ministry);
    EXPECT_EQ(bzk->bestuurslaag, Bestuurslaag::Rijk);  // English label "central government"
    // A custom numeric column keeps its type: integral as an integer, else a double.
    EXPECT_EQ(bzk->attributes.at("budget"), AttributeValue(std::int64_t{1250000}));
    EXPECT_EQ(s.find_actor("leiden")->attributes.at("budget"), AttributeValue(12.5));
    EXPECT_EQ(s.find_actor("hr")->type, ActorType::RegionalBody);
    ASSERT_EQ(s.relations.size(), 2u);
    const Relation* d = between(s, "bzk", "leiden");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->layer, Layer::Directs);
    EXPECT_DOUBLE_EQ(d->weight, 0.25);
    EXPECT_TRUE(d->directed);                         // a boolean cell
    EXPECT_EQ(d->details->valid_from, "2024-03-01");  // a date cell (serial + date format)
    const Relation* m = between(s, "leiden", "hr");
    ASSERT_NE(m, nullptr);
    EXPECT_FALSE(m->directed);
    EXPECT_EQ(m->layer, Layer::Membership);
    EXPECT_EQ(m->details->valid_from, "2023");  // a number cell in a date column: a year
}

TEST_F(WorkbookTest, DutchFormattedNumbersAndSerialDatesOnChosenSheets) {
    ImportOptions opt;
    opt.actors_sheet = "leden";  // any letter case
    opt.relations_sheet = "SAMENWERKING";
    ImportResult r = read_file(file("dutch.xlsx"), opt);
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.actors.size(), 2u) << test::report(r.diagnostics);
    EXPECT_EQ(s.actors[0].id, "gemeente-delft");
    EXPECT_EQ(s.actors[1].type, ActorType::WaterBoard);
    ASSERT_EQ(s.relations.size(), 1u);
    const Relation& rel = s.relations[0];
    EXPECT_EQ(rel.source, "gemeente-delft");
    EXPECT_EQ(rel.target, "waterschap-delfland");
    EXPECT_DOUBLE_EQ(rel.weight, 1.33);  // shown as "1,33"; the cell holds the number
    // Serials 45352 and 45657.5 under "[$-413]d-m-yyyy" (Python: 1899-12-30 + days).
    EXPECT_EQ(rel.details->valid_from, "2024-03-01");
    EXPECT_EQ(rel.details->valid_to, "2024-12-31T12:00:00");

    // Without the options the sheets are not found, and the message lists what there is.
    ImportResult none = read_file(file("dutch.xlsx"));
    EXPECT_FALSE(none.value);
    EXPECT_NE(test::report(none.diagnostics)
                  .find("no relations sheet: expected a sheet named Relaties or Relations (or "
                        "name it with --relations-sheet); the workbook has: Leden, Samenwerking"),
              std::string::npos)
        << test::report(none.diagnostics);
}

TEST_F(WorkbookTest, OdsFromOdfpyThroughLiborcus) {
    ImportResult r = read_file(file("leden.ods"));
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.actors.size(), 3u) << test::report(r.diagnostics);
    EXPECT_EQ(s.find_actor("delft")->type, ActorType::Municipality);  // "Gemeente"
    EXPECT_EQ(s.find_actor("bzk")->name, "Ministerie van BZK");
    ASSERT_EQ(s.relations.size(), 2u);
    const Relation* d = between(s, "bzk", "leiden");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->layer, Layer::Directs);
    EXPECT_DOUBLE_EQ(d->weight, 2.5);
    EXPECT_EQ(d->details->valid_from, "2024-03-01");  // office:date-value
    const Relation* c = between(s, "leiden", "delft");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->layer, Layer::Collaboration);
    EXPECT_DOUBLE_EQ(c->weight, 1.0);
}

TEST_F(WorkbookTest, ZipWithALyingHeaderIsRefusedBeforeLiborcusSeesIt) {
    ImportResult r = read_file(file("lying.ods"));
    EXPECT_FALSE(r.value);
    ASSERT_EQ(r.diagnostics.error_count(), 1u);
    EXPECT_NE(r.diagnostics.items()[0].message.find("not a readable zip archive"),
              std::string::npos)
        << test::report(r.diagnostics);
}

TEST(Workbook, SheetThatReadsEmptyWhileTheFileHoldsCellsIsAnError) {
    detail::WorkbookCells book;
    book.sheets.push_back({"Actoren", {{0, 0, detail::SheetCell::Kind::Text, "naam", 0}}, 1});
    book.sheets.push_back({"Relaties", {}, 4});  // what liborcus 0.17 gives for inline strings
    ImportResult r = detail::workbook_to_case(book, "leden.xlsx", {});
    EXPECT_FALSE(r.value);
    EXPECT_EQ(test::report(r.diagnostics),
              "leden.xlsx:Relaties: error: the sheet reads as empty, but the file holds 4 "
              "cell(s) with a value there: this workbook encodes its cells in a way that was not "
              "read; nothing imported\n");
}

TEST(Workbook, SerialDatesAndReferences) {
    // Excel's 1900 system (Lotus's false 1900-02-29 is day 60) and the 1904 system.
    EXPECT_EQ(detail::serial_to_iso(1, false), "1900-01-01");
    EXPECT_EQ(detail::serial_to_iso(61, false), "1900-03-01");
    EXPECT_EQ(detail::serial_to_iso(45352, false), "2024-03-01");
    EXPECT_EQ(detail::serial_to_iso(0, true), "1904-01-01");
    EXPECT_EQ(detail::serial_to_iso(45352.75, false), "2024-03-01T18:00:00");
    EXPECT_FALSE(detail::serial_to_iso(-1, false));
    EXPECT_EQ(detail::cell_reference(6, 2), "C7");
    EXPECT_EQ(detail::cell_reference(0, 26), "AA1");
    EXPECT_TRUE(detail::is_date_format(14, ""));
    EXPECT_TRUE(detail::is_date_format(164, "[$-413]d-m-yyyy"));
    EXPECT_FALSE(detail::is_date_format(164, "[$-413]#,##0.00"));
    EXPECT_FALSE(detail::is_date_format(164, "0.00\" dagen\""));
}

TEST(Workbook, NotAWorkbookIsAnErrorNotACrash) {
    ImportResult r = parse_text("source,target\na,b\n", Format::Xlsx, "x.xlsx");
    EXPECT_FALSE(r.value);
    EXPECT_TRUE(r.diagnostics.has_errors());
    r = parse_text("", Format::Ods, "x.ods");
    EXPECT_FALSE(r.value);
    EXPECT_TRUE(r.diagnostics.has_errors());
}

TEST(Workbook, RegiekaartWorkbookReadsBackIntoTheSameCase) {
    Case c = test::sample_case();
    Scenario& s = c.scenarios[0];
    Actor& bzk = s.actors[0];
    bzk.short_name = "BZK";
    bzk.group = "rijk";
    bzk.power.production = PowerLevel::Unique;
    bzk.ladder_step = LadderStep::Regisseren;
    bzk.confidence = Confidence::High;
    bzk.mandate.commitment_power = false;
    s.relations[0].regie_kind = RegieKind::Rijksregie;
    s.relations[0].level = GovernanceLevel::Stelsel;
    s.relations[0].formality = Formality::Formal;
    s.relations[0].details->valid_from = "2022-07-01";
    s.relations[0].details->notes = "afspraak";
    // A relation attribute named like an actor field (GraphML's edge "type") stays custom.
    s.relations[1].details->attributes["type"] = std::string("friend");
    // A control character (written as _x0001_) and a literal "_x0041_" survive.
    s.actors[1].short_name = std::string(
        "a\x01"
        "b _x0041_");
    const fs::path out =
        fs::temp_directory_path() / ("rk-roundtrip-" + std::to_string(getpid()) + ".xlsx");
    DiagnosticList w = write_file(c, out);
    ASSERT_FALSE(w.has_errors()) << w.to_string();
    ImportResult r = read_file(out);
    fs::remove(out);
    const Scenario& back = test::only_scenario(r);
    // Every mapped field of actors and relations, positions included; custom attributes
    // compared as text because an integral double (budget 3.0) reads back as an integer.
    test::expect_same_network(s, back, false);
    EXPECT_EQ(back.actors[1].short_name, s.actors[1].short_name);
}

TEST(Workbook, TemplateHasDutchHeadersAndDropDownLists) {
    const fs::path out =
        fs::temp_directory_path() / ("rk-template-" + std::to_string(getpid()) + ".xlsx");
    ASSERT_EQ(write_workbook(template_sheets(), out), "");
    DiagnosticList read_diags;
    auto bytes = detail::read_bounded(out, {}, read_diags);
    ImportResult r = read_file(out);
    fs::remove(out);
    ASSERT_TRUE(bytes);
    std::string err;
    auto sheet1 = detail::zip_part(*bytes, "xl/worksheets/sheet1.xml", 1 << 20, err);
    auto sheet2 = detail::zip_part(*bytes, "xl/worksheets/sheet2.xml", 1 << 20, err);
    ASSERT_TRUE(sheet1 && sheet2) << err;
    // soort (column C) and bestuurslaag (column D) on Actoren, laag (column C) on Relaties.
    EXPECT_NE(sheet1->find("sqref=\"C2:C1048576\""), std::string::npos) << *sheet1;
    EXPECT_NE(sheet1->find("sqref=\"D2:D1048576\""), std::string::npos);
    // 16 actor types in A2:A17 and 10 layers in C2:C11, under a header row.
    EXPECT_NE(sheet1->find("'Lijsten'!$A$2:$A$17"), std::string::npos);
    EXPECT_NE(sheet2->find("'Lijsten'!$C$2:$C$11"), std::string::npos);
    // The empty template reads as an empty case, not an error.
    const Scenario& s = test::only_scenario(r);
    EXPECT_TRUE(s.actors.empty());
    EXPECT_TRUE(s.relations.empty());
    auto cells = detail::read_xlsx_cells(*bytes, "t.xlsx", {}, read_diags);
    ASSERT_TRUE(cells);
    ASSERT_EQ(cells->sheets.size(), 3u);
    EXPECT_EQ(cells->sheets[0].name, "Actoren");
    EXPECT_EQ(cells->sheets[0].cells.front().text, "naam");
    EXPECT_EQ(cells->sheets[1].name, "Relaties");
    EXPECT_EQ(cells->sheets[1].cells.front().text, "van");
    // The list of layers holds the Dutch labels.
    bool regie = false;
    for (const auto& cell : cells->sheets[2].cells)
        regie = regie || cell.text == "regie";
    EXPECT_TRUE(regie);
}

}  // namespace
}  // namespace rk::io

// CSV (Excel) reader and writer.
#include <gtest/gtest.h>

#include <filesystem>

#include "io_test_util.hpp"

namespace rk::io {
namespace {
using test::data_path;
using test::report;

TEST(Csv, RoundTripThroughTwoFilesKeepsTheNetwork) {
    Case c = test::sample_case();
    auto dir = std::filesystem::temp_directory_path() / ("rk_csv_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    DiagnosticList d = write_file(c, dir / "net.csv");
    EXPECT_FALSE(d.has_errors()) << report(d);
    EXPECT_TRUE(std::filesystem::exists(dir / "net.actors.csv"));
    ImportResult r = read_file(dir / "net.csv");
    const Scenario& s = test::only_scenario(r);
    // CSV cells carry no types: attributes come back as text.
    test::expect_same_network(c.scenarios[0], s, false);
    std::filesystem::remove_all(dir);
}

TEST(Csv, ReadsDutchExcelFile) {
    ImportResult r = read_file(data_path("csv/excel_nl.csv"));
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.actors.size(), 3u);
    EXPECT_EQ(s.actors[0].id, "Gemeente Zo\xC3\xABterwoude");
    ASSERT_EQ(s.relations.size(), 2u);
    EXPECT_DOUBLE_EQ(s.relations[0].weight, 0.5);
    EXPECT_EQ(std::get<std::string>(s.relations[0].details->attributes.at("Opmerking")),
              "ja; echt\nover twee regels");
    EXPECT_EQ(std::get<std::string>(s.relations[1].details->attributes.at("Opmerking")),
              "zegt \"nee\"");
    EXPECT_EQ(s.relations[1].source, "Provincie");
    EXPECT_EQ(report(r.diagnostics),
              "csv/excel_nl.csv:3:12: warning: not UTF-8: read as Windows-1252 (Excel's default "
              "\"CSV\"); save as \"CSV UTF-8\" to avoid this\n"
              "csv/excel_nl.csv:3:33: warning: 1 number(s) read with a decimal comma, 1,33 as "
              "1.33 (Dutch Excel convention with ';' as separator)\n"
              "csv/excel_nl.csv: info: 2 relation(s) without id were numbered r1, r2, ...\n"
              "csv/excel_nl.csv: info: 2 attribute value(s) without a model field kept as custom "
              "attributes\n"
              "csv/excel_nl.csv: info: read 3 actors and 2 relations (0 directed, 2 "
              "undirected)\n");
}

TEST(Csv, ReadsBomCommaFileWithDirectionColumn) {
    ImportResult r = read_file(data_path("csv/bom_comma.csv"));
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.relations.size(), 2u);
    EXPECT_EQ(s.relations[0].layer, Layer::Directs);
    EXPECT_TRUE(s.relations[0].directed);
    EXPECT_FALSE(s.relations[1].directed);  // empty cell: the default
    EXPECT_DOUBLE_EQ(s.relations[1].weight, 1.5);
}

TEST(Csv, RelationsWithSiblingActorsTable) {
    ImportResult r = read_file(data_path("csv/pair/relations.csv"));
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.actors.size(), 4u);
    EXPECT_EQ(s.actors[0].name, "Ministerie BZK");
    EXPECT_EQ(s.actors[0].type, ActorType::Ministry);
    EXPECT_EQ(s.actors[3].id, "eiland");  // an isolate only the actors table knows
    EXPECT_EQ(s.positions.at("bzk"), (Position{1.5, 2, false}));
    EXPECT_EQ(s.relations[1].layer, Layer::Funding);
    EXPECT_NE(report(r.diagnostics)
                  .find("csv/pair/actors.csv: info: actors table read from this file, found "
                        "next to relations.csv\n"),
              std::string::npos);
}

TEST(Csv, ActorsFileCanBeNamedExplicitly) {
    ImportOptions opt;
    opt.csv_actors = data_path("csv/pair/actors.csv");
    ImportResult r = read_file(data_path("csv/bom_comma.csv"), opt);
    const Scenario& s = test::only_scenario(r);
    EXPECT_EQ(s.actors.size(), 4u);
    EXPECT_EQ(s.actors[2].name, "Holland Rijnland");
    ASSERT_EQ(s.relations.size(), 2u);
    EXPECT_EQ(s.relations[1].target, "hr");
}

TEST(Csv, MalformedCorpusGivesExactErrors) {
    const std::pair<const char*, const char*> cases[] = {
        {"bad_weight.csv", "bad_weight.csv:2:1: error: edge a -> b: weight 'veel' is not a number"},
        {"binary.csv",
         "binary.csv:1:14: error: NUL byte: this looks like a binary file, expected CSV text"},
        {"dangling.csv",
         "dangling.csv:2:1: error: edge refers to undeclared node 'zz'\n"
         "csv/dangling.actors.csv: info: actors table read from this file, "
         "found next to dangling.csv"},
        {"duplicate_actor.csv",
         "duplicate_actor.actors.csv:3:1: error: duplicate node id 'a' (first declared at "
         "2:1)\n"
         "csv/duplicate_actor.csv:2:1: error: edge refers to undeclared node 'b'\n"
         "csv/duplicate_actor.actors.csv: info: actors table read from this file, found next "
         "to duplicate_actor.csv"},
        {"duplicate_column.csv", "duplicate_column.csv:1:15: error: duplicate column 'source'"},
        {"empty.csv",
         "empty.csv:1:1: error: empty file: expected a header row (source, target, ... or id, "
         "name, ...)"},
        {"extra_field.csv", "extra_field.csv:2:5: error: row has 3 fields, the header has 2"},
        {"inf_weight.csv", "inf_weight.csv:2:1: error: edge a -> b: weight '1e999' is not finite"},
        {"junk_after_quote.csv",
         "junk_after_quote.csv:2:4: error: unexpected 'x' after a closing quote: expected the "
         "separator or end of line"},
        {"no_columns.csv",
         "no_columns.csv:1:1: error: header has neither source and target columns (relations) "
         "nor an id column (actors); found: van, tot"},
        {"unterminated.csv",
         "unterminated.csv:2:3: error: quoted field is not closed before the end of the file"},
        {"utf16.csv",
         "utf16.csv:1:1: error: UTF-16 text (Excel's \"Unicode text\"): save as \"CSV UTF-8\" "
         "instead"},
    };
    for (const auto& [name, expected] : cases) {
        ImportResult r = read_file(data_path(std::string("csv/") + name));
        EXPECT_FALSE(r.value.has_value()) << name;
        EXPECT_EQ(report(r.diagnostics), std::string("csv/") + expected + "\n");
    }
}

TEST(Csv, HugeFieldAndTooManyRowsAreRefused) {
    ImportOptions opt;
    opt.limits.max_string_bytes = 100;
    std::string text = "source,target\n\"" + std::string(1000, 'x') + "\",b\n";
    ImportResult r = parse_text(text, Format::Csv, "huge.csv", opt);
    EXPECT_EQ(report(r.diagnostics), "huge.csv:2:1: error: field of more than 100 bytes\n");
    opt = {};
    opt.max_relations = 2;
    opt.max_actors = 2;
    r = parse_text("source,target\na,b\nc,d\ne,f\ng,h\n", Format::Csv, "rows.csv", opt);
    EXPECT_EQ(report(r.diagnostics), "rows.csv:4:1: error: more than 2 rows\n");
}

TEST(Csv, ActorsTableAloneIsANetworkWithoutRelations) {
    ImportResult r = read_file(data_path("csv/pair/actors.csv"));
    const Scenario& s = test::only_scenario(r);
    EXPECT_EQ(s.actors.size(), 4u);
    EXPECT_TRUE(s.relations.empty());
    EXPECT_EQ(s.actors[0].attributes.count("website"), 0u) << "empty cells are absent";
}

}  // namespace
}  // namespace rk::io

namespace rk::io {
namespace {

TEST(Csv, SepLineMustNameAUsableSeparator) {
    ImportResult r = parse_text("sep=\nsource,target\na,b\n", Format::Csv, "s.csv");
    EXPECT_EQ(test::report(r.diagnostics),
              "s.csv:1:5: error: 'sep=' names no usable separator (expected e.g. sep=; or "
              "sep=,)\n");
    r = parse_text("sep=|\nsource|target\na|b\n", Format::Csv, "p.csv");
    EXPECT_EQ(test::only_scenario(r).relations.size(), 1u);
}

TEST(Csv, TabSeparatedWithCrLf) {
    ImportResult r = parse_text("source\ttarget\tweight\r\nx\ty\t2,5\r\n", Format::Csv, "t.csv");
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.relations.size(), 1u);
    EXPECT_DOUBLE_EQ(s.relations[0].weight, 2.5);
    EXPECT_EQ(s.relations[0].target, "y");
}

// Dutch Excel's "CSV (puntkomma-gescheiden)" (tests/data/io/corpus/make_corpus.py):
// Windows-1252, ';', decimal commas (also "1.250,75"), trailing ';;' columns that once
// held data and ';;;;;;' rows. Expected values are the file's own cells.
TEST(Csv, DutchExcelDecimalCommasEmptyColumnsAndRows) {
    ImportResult r = read_file(data_path("corpus/csv/excel_nl_semicolon.csv"));
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.relations.size(), 3u);
    EXPECT_DOUBLE_EQ(s.relations[0].weight, 1.33);
    EXPECT_DOUBLE_EQ(s.relations[1].weight, 2);
    EXPECT_DOUBLE_EQ(s.relations[2].weight, 0.5);
    EXPECT_EQ(std::get<std::string>(s.relations[0].details->attributes.at("Budget (mln)")), "12.5");
    EXPECT_EQ(std::get<std::string>(s.relations[1].details->attributes.at("Budget (mln)")),
              "1250.75");
    EXPECT_EQ(std::get<std::string>(s.relations[2].details->attributes.at("Budget (mln)")), "3");
    EXPECT_EQ(s.relations[0].source, "Gemeente Zo\xC3\xABterwoude");
    EXPECT_EQ(s.relations[0].details->attributes.count("column6"), 0u);
    const std::string rep = report(r.diagnostics);
    EXPECT_NE(rep.find("corpus/csv/excel_nl_semicolon.csv:2:46: warning: 4 number(s) read with "
                       "a decimal comma, 1,33 as 1.33 (Dutch Excel convention with ';' as "
                       "separator)\n"),
              std::string::npos)
        << rep;
    EXPECT_NE(rep.find("corpus/csv/excel_nl_semicolon.csv:1: info: 2 empty column(s) without a "
                       "header ignored\n"),
              std::string::npos)
        << rep;
    EXPECT_NE(rep.find("corpus/csv/excel_nl_semicolon.csv: info: 2 empty row(s) ignored\n"),
              std::string::npos)
        << rep;
}

// With ',' as separator a comma inside quotes is a decimal comma too; unquoted it would
// have split the cell. A custom column of words keeps "1,2" as text.
TEST(Csv, QuotedDecimalCommaInCommaSeparatedFile) {
    ImportResult r = read_file(data_path("corpus/csv/quoted_decimal_comma.csv"));
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.relations.size(), 3u);
    EXPECT_DOUBLE_EQ(s.relations[0].weight, 1.33);
    EXPECT_DOUBLE_EQ(s.relations[1].weight, 2.5);
    EXPECT_NE(report(r.diagnostics)
                  .find("warning: 2 number(s) read with a decimal comma, 1,33 as 1.33 (Dutch "
                        "convention: quoted numbers in a comma-separated file)"),
              std::string::npos);
    ImportResult words =
        parse_text("source;target;note\na;b;1,2\nb;c;zie 1,2\n", Format::Csv, "w.csv");
    EXPECT_EQ(std::get<std::string>(
                  test::only_scenario(words).relations[0].details->attributes.at("note")),
              "1,2");
}

// UTF-8 with one byte pasted from a Windows program: only that byte is read as
// Windows-1252; the valid UTF-8 names around it stay as they are (not "ZoÃ«").
TEST(Csv, StrayWindows1252ByteInUtf8FileIsDecodedAlone) {
    ImportResult r = read_file(data_path("corpus/csv/utf8_with_stray_cp1252.csv"));
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.actors.size(), 3u);
    EXPECT_EQ(s.actors[0].id, "Zo\xC3\xAB");
    EXPECT_EQ(s.actors[1].id, "No\xC3\xABl");
    EXPECT_EQ(s.actors[2].id, "Chlo\xC3\xAB");
    EXPECT_NE(report(r.diagnostics)
                  .find("corpus/csv/utf8_with_stray_cp1252.csv:4:5: warning: byte 0xEB is not "
                        "UTF-8: read as Windows-1252 '\xC3\xAB'; the rest of the file is read as "
                        "UTF-8\n"),
              std::string::npos)
        << report(r.diagnostics);
}

// A column without a header that holds data is kept (named by its position), with a warning.
TEST(Csv, HeaderlessColumnWithDataIsKept) {
    ImportResult r = parse_text("source;target;\na;b;x\n", Format::Csv, "h.csv");
    const Scenario& s = test::only_scenario(r);
    EXPECT_EQ(std::get<std::string>(s.relations[0].details->attributes.at("column3")), "x");
    EXPECT_NE(report(r.diagnostics)
                  .find("h.csv:1:15: warning: column 3 has no header: its values are kept as "
                        "attribute 'column3'\n"),
              std::string::npos)
        << report(r.diagnostics);
}

// Quoted cells are read without their quotes, "" as one quote and a CR LF inside quotes
// as one line break; cells the reader did not need to change are views of the file, the
// others copies: both must read the same. The multi-line cell also moves the line count:
// the bad row `c,d,e,f` is on line 5, its fourth field at column 7.
TEST(Csv, QuotedCellsUnescapeAndKeepLineNumbers) {
    ImportResult r = parse_text(
        "source,target,notes\r\n\"a \"\"x\"\"\",\"b\",\"regel 1\r\nregel 2\"\r\nb,c,plain\r\n",
        Format::Csv, "q.csv");
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.relations.size(), 2u);
    EXPECT_EQ(s.relations[0].source, "a \"x\"");
    EXPECT_EQ(s.relations[0].target, "b");
    EXPECT_EQ(s.relations[0].details->notes, "regel 1\nregel 2");
    EXPECT_EQ(s.relations[1].details->notes, "plain");
    ImportResult bad = parse_text(
        "source,target,notes\r\n\"a \"\"x\"\"\",b,\"regel 1\r\nregel "
        "2\"\r\nb,c,plain\r\nc,d,e,f\r\n",
        Format::Csv, "q.csv");
    EXPECT_NE(report(bad.diagnostics).find("q.csv:5:7: error: row has 4 fields, the header has 3"),
              std::string::npos)
        << report(bad.diagnostics);
}

}  // namespace
}  // namespace rk::io

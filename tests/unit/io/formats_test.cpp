// Format names, dispatch by extension, bounded reading and atomic writing.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "io_test_util.hpp"

namespace rk::io {
namespace {
using test::data_path;
using test::report;

TEST(Formats, NamesAndExtensions) {
    EXPECT_EQ(format_name(Format::Gexf), "gexf");
    EXPECT_EQ(format_from_name("GraphML"), Format::GraphML);
    EXPECT_EQ(format_from_name("gv"), Format::Dot);
    EXPECT_EQ(format_from_name("xlsx"), Format::Xlsx);
    EXPECT_EQ(format_from_name("xls"), std::nullopt);
    EXPECT_EQ(format_from_path("a/b.regie.json"), Format::Native);
    EXPECT_EQ(format_from_path("net.NET"), Format::Pajek);
    EXPECT_EQ(format_from_path("x.edges"), Format::EdgeList);
    EXPECT_EQ(format_from_path("x.gv"), Format::Dot);
    EXPECT_EQ(format_from_path("x.XLSX"), Format::Xlsx);
    EXPECT_EQ(format_from_path("x.ods"), Format::Ods);
    EXPECT_EQ(format_from_path("x.xls"), std::nullopt);
    EXPECT_EQ(csv_actors_path("d/net.csv"), std::filesystem::path("d/net.actors.csv"));
}

TEST(Formats, UnknownExtensionIsAnError) {
    ImportResult r = read_file("data.xls");
    EXPECT_EQ(report(r.diagnostics),
              "data.xls: error: unknown file type '.xls' (expected .regie.json, .edges, .el, "
              ".txt, .graphml, .gexf, .dot, .gv, .csv, .net, .xlsx or .ods; or name the format)\n");
}

TEST(Formats, MissingFileAndDirectoryAreErrors) {
    ImportResult r = read_file("/nonexistent/x.graphml");
    EXPECT_EQ(report(r.diagnostics),
              "/nonexistent/x.graphml: error: cannot open: No such file or directory\n");
    ImportOptions opt;
    opt.format = Format::EdgeList;
    r = read_file(data_path("edgelist"), opt);
    EXPECT_EQ(report(r.diagnostics), "edgelist: error: is a directory, expected a file\n");
}

TEST(Formats, OversizedFileIsRefusedBeforeReading) {
    ImportOptions opt;
    opt.limits.max_file_bytes = 10;
    ImportResult r = read_file(data_path("edgelist/simple.edges"), opt);
    EXPECT_EQ(report(r.diagnostics),
              "edgelist/simple.edges: error: file is 61 bytes, over the limit of 10 bytes\n");
}

TEST(Formats, EndlessDeviceIsCutAtTheLimit) {
    ImportOptions opt;
    opt.format = Format::EdgeList;
    opt.limits.max_file_bytes = 1 << 20;
    ImportResult r = read_file("/dev/zero", opt);
    EXPECT_EQ(report(r.diagnostics),
              "/dev/zero: error: input is over the limit of 1048576 bytes\n");
}

TEST(Formats, WriteIntoMissingFolderFailsAndWritesNothing) {
    DiagnosticList d = write_file(test::sample_case(), "/nonexistent/dir/out.graphml");
    ASSERT_TRUE(d.has_errors());
    EXPECT_FALSE(std::filesystem::exists("/nonexistent/dir"));
}

TEST(Formats, WriteReplacesAtomicallyAndLeavesNoTemporaries) {
    auto dir = std::filesystem::temp_directory_path() / ("rk_fmt_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    { std::ofstream(dir / "out.gexf") << "old"; }
    DiagnosticList d = write_file(test::sample_case(), dir / "out.gexf");
    EXPECT_FALSE(d.has_errors()) << report(d);
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        (void)e;
        ++files;
    }
    EXPECT_EQ(files, 1);
    ImportResult r = read_file(dir / "out.gexf");
    EXPECT_EQ(test::only_scenario(r).actors.size(), 5u);
    std::filesystem::remove_all(dir);
}

TEST(Formats, EveryGraphFormatReportsWhatItCannotHold) {
    Case c = test::sample_case();
    c.scenarios.push_back(c.scenarios[0]);
    c.scenarios[1].id = "s2";
    for (Format f : {Format::EdgeList, Format::GraphML, Format::Gexf, Format::Dot, Format::Csv,
                     Format::Pajek}) {
        DiagnosticList d;
        std::string text = write_text(c, f, "out", d);
        EXPECT_FALSE(text.empty());
        EXPECT_NE(report(d).find("warning: 1 other scenario(s) not written"), std::string::npos)
            << format_name(f);
    }
    DiagnosticList d;
    ExportOptions opt;
    opt.scenario = "s9";
    EXPECT_TRUE(write_text(c, Format::GraphML, "out", d, opt).empty());
    EXPECT_EQ(report(d), "out: error: no scenario with id 's9' in the case\n");
}

TEST(Formats, EdgeListRoundTripKeepsLinks) {
    Case c = test::sample_case();
    DiagnosticList d;
    std::string text = write_text(c, Format::EdgeList, "out.edges", d);
    ImportOptions opt;
    opt.directed = false;
    ImportResult r = parse_text(text, Format::EdgeList, "out.edges", opt);
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.actors.size(), 5u);  // the isolate is written as a lone id
    ASSERT_EQ(s.relations.size(), 5u);
    for (std::size_t i = 0; i < s.relations.size(); ++i) {
        EXPECT_EQ(s.relations[i].source, c.scenarios[0].relations[i].source);
        EXPECT_EQ(s.relations[i].target, c.scenarios[0].relations[i].target);
        EXPECT_EQ(s.relations[i].weight, c.scenarios[0].relations[i].weight);
    }
}

}  // namespace
}  // namespace rk::io

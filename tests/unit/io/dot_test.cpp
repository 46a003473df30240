// DOT reader (cgraph in a child process) and writer.
#include <gtest/gtest.h>

#include <filesystem>

#include "io_test_util.hpp"

namespace rk::io {
namespace {
using test::data_path;
using test::report;

TEST(Dot, RoundTripKeepsTheNetwork) {
    Case c = test::sample_case();
    DiagnosticList d;
    std::string text = write_text(c, Format::Dot, "out.gv", d);
    EXPECT_FALSE(d.has_errors()) << report(d);
    ImportResult r = parse_text(text, Format::Dot, "out.gv");
    const Scenario& s = test::only_scenario(r);
    // DOT attributes are text: typed custom attributes come back as strings.
    test::expect_same_network(c.scenarios[0], s, false);
    EXPECT_EQ(s.name, c.scenarios[0].name);
}

TEST(Dot, ReadsPositionsLabelsAndFlattensClusters) {
    ImportResult r = read_file(data_path("dot/features.gv"));
    const Scenario& s = test::only_scenario(r);
    EXPECT_EQ(s.name, "Regie");
    ASSERT_EQ(s.actors.size(), 4u);
    EXPECT_EQ(s.actors[0].name, "Ministerie");
    EXPECT_EQ(s.actors[1].name, "b");
    EXPECT_EQ(std::get<std::string>(s.actors[1].attributes.at("shape")), "box");
    EXPECT_EQ(s.positions.at("a"), (Position{1, 2, true}));
    EXPECT_EQ(s.positions.at("b"), (Position{3.5, -1, false}));
    ASSERT_EQ(s.relations.size(), 3u);
    EXPECT_EQ(s.relations[0].id, "e1");
    EXPECT_EQ(s.relations[0].layer, Layer::Directs);
    EXPECT_DOUBLE_EQ(s.relations[0].weight, 3);
    EXPECT_TRUE(s.relations[0].directed);
    EXPECT_EQ(report(r.diagnostics),
              "dot/features.gv: info: 1 subgraph(s)/cluster(s) flattened: their nodes and edges "
              "are read, the grouping is not\n"
              "dot/features.gv: info: 1 edge key(s) used by more than one edge: those edges were "
              "numbered instead\n"
              "dot/features.gv: info: 2 relation(s) without id were numbered r1, r2, ...\n"
              "dot/features.gv: info: 5 attribute value(s) without a model field kept as custom "
              "attributes\n"
              "dot/features.gv: info: read 4 actors and 3 relations (3 directed, 0 undirected)\n");
}

TEST(Dot, ByteOrderMarkIsStripped) {
    ImportResult r = read_file(data_path("dot/bom.gv"));
    const Scenario& s = test::only_scenario(r);
    EXPECT_EQ(s.actors.size(), 3u);
    EXPECT_EQ(s.relations.size(), 2u);
    EXPECT_DOUBLE_EQ(s.relations[0].weight, 2);
}

TEST(Dot, MalformedCorpusGivesExactErrors) {
    const std::pair<const char*, const char*> cases[] = {
        {"bad_weight", "3:18: error: edge b -> c: weight '1e400' is not finite"},
        {"binary", "1:10: error: NUL byte: this looks like a binary file, expected DOT text"},
        {"deep", "1:71: error: braces nested deeper than 64 levels"},
        {"empty", "1:1: error: empty file: expected 'graph { ... }' or 'digraph { ... }'"},
        {"long_string",
         "2:12: error: quoted string of 20000 bytes: Graphviz's DOT parser cannot read strings "
         "over 16384 bytes"},
        {"open_comment", "2:10: error: comment '/*' is not closed before the end of the file"},
        {"syntax_error", "3: error: Graphviz: syntax error in line 3 near ';'"},
        {"unterminated", "2:12: error: quoted string is not closed before the end of the file"},
    };
    for (const auto& [name, expected] : cases) {
        std::string rel = std::string("dot/") + name + ".gv";
        ImportResult r = read_file(data_path(rel));
        EXPECT_FALSE(r.value.has_value()) << name;
        EXPECT_EQ(report(r.diagnostics), rel + ":" + expected + "\n");
    }
}

// cgraph keeps no line numbers: a bad weight is located at where its value is written,
// also when an `edge [...]` default gives it, or a quoted one, or one of two equal values.
TEST(Dot, WeightErrorsNameTheLineOfTheValue) {
    ImportResult r =
        parse_text("graph {\n  edge [weight=\"inf\"]\n  a -- b\n}\n", Format::Dot, "default.gv");
    EXPECT_EQ(report(r.diagnostics),
              "default.gv:2:16: error: edge a -> b: weight 'inf' is not finite\n");
    r = parse_text("digraph {\n a -> b [weight=x]\n /* weight=x */\n c -> d [ weight = x ]\n}\n",
                   Format::Dot, "two.gv");
    EXPECT_EQ(report(r.diagnostics),
              "two.gv:2:17: error: edge a -> b: weight 'x' is not a number\n"
              "two.gv:4:20: error: edge c -> d: weight 'x' is not a number\n");
}

// UTF-8 with one stray Windows-1252 byte: only that byte is transcoded, "Zoë" stays.
TEST(Dot, StrayWindows1252ByteIsDecodedAlone) {
    ImportResult r =
        parse_text("graph {\n  \"Zo\xC3\xAB\" -- \"Chlo\xEB\"\n}\n", Format::Dot, "stray.gv");
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.actors.size(), 2u);
    EXPECT_EQ(s.actors[0].id, "Zo\xC3\xAB");
    EXPECT_EQ(s.actors[1].id, "Chlo\xC3\xAB");
    EXPECT_NE(report(r.diagnostics)
                  .find("stray.gv:2:18: warning: byte 0xEB is not UTF-8: read as Windows-1252 "
                        "'\xC3\xAB'; the rest of the file is read as UTF-8\n"),
              std::string::npos)
        << report(r.diagnostics);
}

// cgraph 2.42 keeps lexer state between reads: after a file with two graphs the next read
// returned the left-over second graph, and line numbers ran on. Each read must stand alone.
TEST(Dot, GoodFileReadsRightAfterBadOnes) {
    for (const char* bad : {"dot/syntax_error.gv", "dot/two_graphs.gv", "dot/unterminated.gv"}) {
        (void)read_file(data_path(bad));
        ImportResult r = read_file(data_path("dot/bom.gv"));
        const Scenario& s = test::only_scenario(r);
        EXPECT_EQ(s.actors.size(), 3u) << "after " << bad;
        EXPECT_EQ(s.relations.size(), 2u) << "after " << bad;
        r = read_file(data_path("dot/syntax_error.gv"));
        EXPECT_EQ(report(r.diagnostics),
                  "dot/syntax_error.gv:3: error: Graphviz: syntax error in line 3 near ';'\n")
            << "after " << bad;
    }
}

TEST(Dot, TwoGraphsWarnThatOnlyTheFirstIsRead) {
    ImportResult r = read_file(data_path("dot/two_graphs.gv"));
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.actors.size(), 1u);
    EXPECT_EQ(s.actors[0].id, "a");
    EXPECT_NE(report(r.diagnostics)
                  .find("dot/two_graphs.gv: warning: the file holds 2 graphs; only the first is "
                        "read\n"),
              std::string::npos);
}

TEST(Dot, PeerFilesFromGraphvizRead) {
    struct Expect {
        const char* file;
        std::size_t actors, relations;
    } files[] = {{"NaN.gv", 76, 121},   {"clust4.gv", 10, 13}, {"japanese.gv", 7, 8},
                 {"russian.gv", 11, 7}, {"world.gv", 48, 69},  {"Latin1.gv", 1, 0}};
    for (const auto& f : files) {
        ImportResult r = read_file(data_path(std::string("peers/graphviz/") + f.file));
        const Scenario& s = test::only_scenario(r);
        EXPECT_EQ(s.actors.size(), f.actors) << f.file;
        EXPECT_EQ(s.relations.size(), f.relations) << f.file;
    }
    ImportResult latin = read_file(data_path("peers/graphviz/Latin1.gv"));
    EXPECT_NE(report(latin.diagnostics)
                  .find("peers/graphviz/Latin1.gv:4:13: warning: not UTF-8: read as "
                        "Windows-1252 (Latin-1)"),
              std::string::npos);
}

// Every example graph Graphviz ships (package graphviz-doc) reads without an error.
TEST(Dot, AllInstalledGraphvizExamplesRead) {
    const std::filesystem::path dir = "/usr/share/doc/graphviz/examples/graphs";
    if (!std::filesystem::is_directory(dir))
        GTEST_SKIP() << "graphviz-doc not installed";
    int tried = 0, ok = 0;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
        if (e.path().extension() != ".gv")
            continue;  // .gv.gz are compressed
        ++tried;
        ImportResult r = read_file(e.path());
        if (r.value) {
            ++ok;
        } else {
            ADD_FAILURE() << report(r.diagnostics);
        }
    }
    EXPECT_GT(tried, 40);
    EXPECT_EQ(ok, tried);
}

}  // namespace
}  // namespace rk::io

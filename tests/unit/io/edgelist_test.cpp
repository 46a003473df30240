// Plain edge list reader and writer.
#include <gtest/gtest.h>

#include "io_test_util.hpp"

namespace rk::io {
namespace {
using test::data_path;
using test::report;

TEST(EdgeList, ReadsIdsWeightsCommentsAndLoneNodes) {
    ImportResult r = read_file(data_path("edgelist/simple.edges"));
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.actors.size(), 4u);
    EXPECT_EQ(s.actors[0].id, "d");  // declared alone, so it comes first
    EXPECT_EQ(s.actors[1].id, "a");
    EXPECT_EQ(s.actors[1].name, "a");
    ASSERT_EQ(s.relations.size(), 3u);
    EXPECT_EQ(s.relations[1].source, "b");
    EXPECT_EQ(s.relations[1].target, "c");
    EXPECT_DOUBLE_EQ(s.relations[1].weight, 2.5);
    EXPECT_DOUBLE_EQ(s.relations[0].weight, 1.0);
    EXPECT_FALSE(s.relations[0].directed);
    EXPECT_EQ(s.relations[0].layer, Layer::Collaboration);
    EXPECT_EQ(s.relations[0].id, "r1");
    EXPECT_EQ(r.diagnostics.error_count(), 0u);
    EXPECT_NE(
        report(r.diagnostics).find("read 4 actors and 3 relations (0 directed, 3 undirected)"),
        std::string::npos);
}

// One policy for every reader: what the file says is kept. The three lines are three
// relations (parallel, with an info line); the analysis merges them into one tie.
TEST(EdgeList, RepeatedEdgesAreKeptAsParallelRelations) {
    ImportResult r = read_file(data_path("edgelist/duplicates.edges"));
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.relations.size(), 3u);
    EXPECT_DOUBLE_EQ(s.relations[2].weight, 3.0);
    std::string rep = report(r.diagnostics);
    EXPECT_NE(rep.find("edgelist/duplicates.edges: info: 2 parallel relation(s) kept (same "
                       "endpoints and layer); the analysis merges them into one tie with the "
                       "summed weight\n"),
              std::string::npos)
        << rep;
    EXPECT_EQ(rep.find("warning"), std::string::npos) << rep;
}

// SNAP's header is the one place an edge list states its direction.
TEST(EdgeList, SnapHeaderSaysDirected) {
    ImportResult r = parse_text(
        "# Directed graph (each unordered pair of nodes is saved once): Wiki-Vote.txt\n"
        "# Nodes: 3 Edges: 3\n# FromNodeId\tToNodeId\n30\t1412\n1412\t30\n30\t3352\n",
        Format::EdgeList, "wiki.txt");
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.relations.size(), 3u);
    for (const auto& rel : s.relations)
        EXPECT_TRUE(rel.directed);
    EXPECT_NE(report(r.diagnostics)
                  .find("wiki.txt:1:1: info: header says 'Directed graph' (SNAP): relations read "
                        "as directed\n"),
              std::string::npos);
    // A '# Directed graph' comment after the data is not a header.
    ImportResult late = parse_text("a b\n# Directed graph\n", Format::EdgeList, "late.txt");
    EXPECT_FALSE(test::only_scenario(late).relations[0].directed);
    // An undirected SNAP header wins over --directed: the file says what it is.
    ImportOptions opt;
    opt.directed = true;
    ImportResult und =
        parse_text("# Undirected graph: CA-GrQc.txt\na b\n", Format::EdgeList, "u.txt", opt);
    EXPECT_FALSE(test::only_scenario(und).relations[0].directed);
}

TEST(EdgeList, DirectedOptionKeepsBothDirections) {
    ImportOptions opt;
    opt.directed = true;
    ImportResult r = read_file(data_path("edgelist/duplicates.edges"), opt);
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.relations.size(), 3u);
    EXPECT_TRUE(s.relations[0].directed);
    EXPECT_EQ(s.relations[1].source, "b");
}

TEST(EdgeList, MalformedFilesGiveExactErrors) {
    struct Case {
        const char* file;
        const char* expected;
    } cases[] = {
        {"edgelist/nan_weight.edges",
         "edgelist/nan_weight.edges:1:5: error: weight 'nan' is not finite\n"},
        {"edgelist/four_fields.edges",
         "edgelist/four_fields.edges:1:7: error: unexpected fourth field 'x': expected 'source "
         "target [weight]'\n"},
        {"edgelist/latin1.edges",
         "edgelist/latin1.edges:2:4: error: invalid UTF-8 byte 0xE9: expected UTF-8 text (save "
         "the file as UTF-8)\n"},
        {"edgelist/binary.edges",
         "edgelist/binary.edges:1:4: error: NUL byte: this looks like a binary file, expected "
         "text\n"},
    };
    for (const auto& c : cases) {
        ImportResult r = read_file(data_path(c.file));
        EXPECT_FALSE(r.value.has_value()) << c.file;
        EXPECT_EQ(report(r.diagnostics), c.expected);
    }
}

TEST(EdgeList, NegativeWeightIsKeptWithWarning) {
    ImportResult r = read_file(data_path("edgelist/negative_weight.edges"));
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.relations.size(), 1u);
    EXPECT_DOUBLE_EQ(s.relations[0].weight, -1.0);
    EXPECT_NE(report(r.diagnostics)
                  .find("warning: 1 relation(s) with negative weight kept; weighted measures "
                        "expect positive strengths"),
              std::string::npos);
}

TEST(EdgeList, EmptyFileIsAnEmptyNetwork) {
    ImportResult r = read_file(data_path("edgelist/empty.edges"));
    const Scenario& s = test::only_scenario(r);
    EXPECT_TRUE(s.actors.empty());
    EXPECT_TRUE(s.relations.empty());
}

TEST(EdgeList, IdsAreStringsNotNumbers) {
    ImportResult r = parse_text("007 7\n", Format::EdgeList, "t.edges");
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.actors.size(), 2u);
    EXPECT_EQ(s.actors[0].id, "007");
    EXPECT_EQ(s.actors[1].id, "7");
}

TEST(EdgeList, OversizedInputIsRefusedBeforeParsing) {
    ImportOptions opt;
    opt.limits.max_file_bytes = 4;
    ImportResult r = parse_text("a b\nc d\n", Format::EdgeList, "t.edges", opt);
    EXPECT_EQ(report(r.diagnostics),
              "t.edges: error: input is 8 bytes, over the limit of 4 bytes\n");
}

TEST(EdgeList, TooManyEdgesRefused) {
    ImportOptions opt;
    opt.max_relations = 1;
    ImportResult r = parse_text("a b\nc d\n", Format::EdgeList, "t.edges", opt);
    EXPECT_EQ(report(r.diagnostics),
              "t.edges:2:1: error: more than 1 edges (limit ImportOptions::max_relations)\n");
}

// Actors are numbered in one pass over the ids (build.cpp, plan_actors): ids declared
// alone first, then edge ends in order of first appearance. For `c d / b / a c / d b`
// that is b (alone), then c, d (line 1) and a (line 3); relation ends follow the file.
TEST(EdgeList, ActorOrderIsLoneNodesThenEdgeEndsByFirstAppearance) {
    ImportResult r = parse_text("c d\nb\na c\nd b\n", Format::EdgeList, "order.edges");
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.actors.size(), 4u);
    EXPECT_EQ(s.actors[0].id, "b");
    EXPECT_EQ(s.actors[1].id, "c");
    EXPECT_EQ(s.actors[2].id, "d");
    EXPECT_EQ(s.actors[3].id, "a");
    ASSERT_EQ(s.relations.size(), 3u);
    EXPECT_EQ(s.relations[2].source, "d");
    EXPECT_EQ(s.relations[2].target, "b");
    EXPECT_EQ(s.relations[2].id, "r3");
}

}  // namespace
}  // namespace rk::io

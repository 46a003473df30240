// GraphML reader and writer.
#include <gtest/gtest.h>

#include "io_test_util.hpp"

namespace rk::io {
namespace {
using test::data_path;
using test::report;

TEST(GraphML, RoundTripKeepsTheNetwork) {
    Case c = test::sample_case();
    DiagnosticList d;
    std::string text = write_text(c, Format::GraphML, "out.graphml", d);
    EXPECT_FALSE(d.has_errors()) << report(d);
    ImportResult r = parse_text(text, Format::GraphML, "out.graphml");
    const Scenario& s = test::only_scenario(r);
    test::expect_same_network(c.scenarios[0], s, true);
    EXPECT_EQ(s.name, c.scenarios[0].name);
    // Writing what was read gives the same text: nothing drifts on repeated round trips.
    DiagnosticList d2;
    EXPECT_EQ(write_text(*r.value, Format::GraphML, "out.graphml", d2), text);
}

}  // namespace
}  // namespace rk::io

namespace rk::io {
namespace {
using test::data_path;
using test::report;

TEST(GraphML, MalformedCorpusGivesExactErrors) {
    const std::pair<const char*, const char*> cases[] = {
        {"bad_double", "7:33: error: data for key 'w' (weight): 'zwaar' is not a number"},
        {"billion_laughs",
         "3:16: error: entity declaration 'lol' refused: entities are not expanded (protection "
         "against entity expansion and external entities)"},
        {"binary", "1:1: error: malformed XML: not well-formed (invalid token)"},
        {"dangling_edge", "5:5: error: edge refers to undeclared node 'zz'"},
        {"duplicate_node", "5:5: error: duplicate node id 'a' (first declared at 4:5)"},
        {"empty", "1:1: error: empty file: expected an XML document"},
        {"external_entity",
         "3:46: error: entity declaration 'secret' refused: entities are not expanded "
         "(protection against entity expansion and external entities)"},
        {"parameter_entity",
         "3:61: error: entity declaration 'remote' refused: entities are not expanded "
         "(protection against entity expansion and external entities)"},
        {"inf_weight", "7:5: error: edge a -> b: weight 'inf' is not finite"},
        {"latin1_bytes", "4:18: error: malformed XML: not well-formed (invalid token)"},
        {"truncated", "7:48: error: malformed XML: no element found"},
        {"undeclared_key", "4:18: error: data refers to undeclared key 'd9'"},
        {"windows1252", "1:31: error: malformed XML: unknown encoding"},
        {"wrong_root", "2:1: error: root element is <gexf>, expected <graphml>"},
    };
    for (const auto& [name, expected] : cases) {
        std::string rel = std::string("graphml/") + name + ".graphml";
        ImportResult r = read_file(data_path(rel));
        EXPECT_FALSE(r.value.has_value()) << name;
        EXPECT_EQ(report(r.diagnostics), rel + ":" + expected + "\n");
    }
}

TEST(GraphML, ExternalDtdIsNeverLoaded) {
    ImportResult r = read_file(data_path("graphml/external_dtd.graphml"));
    EXPECT_FALSE(r.value.has_value());
    EXPECT_EQ(report(r.diagnostics),
              "graphml/external_dtd.graphml:2:62: warning: external DTD "
              "'http://example.invalid/graphml.dtd' of <!DOCTYPE graphml> not loaded (no file or "
              "network is opened)\n"
              "graphml/external_dtd.graphml:4:35: error: node without id\n");
}

TEST(GraphML, Latin1DeclaredIsTranscodedByExpat) {
    ImportResult r = read_file(data_path("graphml/latin1_declared.graphml"));
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.actors.size(), 1u);
    EXPECT_EQ(s.actors[0].id, "caf\xC3\xA9");
}

TEST(GraphML, UnsupportedFeaturesAreReportedAndDefaultsApplied) {
    ImportResult r = read_file(data_path("graphml/features.graphml"));
    const Scenario& s = test::only_scenario(r);
    EXPECT_EQ(report(r.diagnostics),
              "graphml/features.graphml:11:59: warning: XML markup inside <data> (e.g. yEd "
              "graphics) skipped\n"
              "graphml/features.graphml:12:19: warning: ports are not supported; skipped\n"
              "graphml/features.graphml:13:19: warning: nested graphs are not supported; "
              "skipped\n"
              "graphml/features.graphml:17:5: warning: hyperedges are not supported; skipped\n"
              "graphml/features.graphml: info: 1 parallel relation(s) kept (same endpoints and "
              "layer); the analysis merges them into one tie with the summed weight\n"
              "graphml/features.graphml: info: 4 attribute value(s) without a model field kept "
              "as custom attributes\n"
              "graphml/features.graphml: info: read 3 actors and 3 relations (1 directed, 2 "
              "undirected)\n");
    EXPECT_EQ(s.name, "Kenniswerk");
    ASSERT_EQ(s.actors.size(), 3u);
    EXPECT_EQ(std::get<std::string>(s.actors[0].attributes.at("color")), "green");
    EXPECT_EQ(std::get<std::string>(s.actors[1].attributes.at("color")), "yellow");
    ASSERT_EQ(s.relations.size(), 3u);
    EXPECT_TRUE(s.relations[0].directed);
    EXPECT_DOUBLE_EQ(s.relations[0].weight, 1.5);
    EXPECT_EQ(std::get<std::string>(s.relations[0].details->attributes.at("type")), "informatie");
    EXPECT_FALSE(s.relations[1].directed);
}

TEST(GraphML, MappingTurnsAForeignAttributeIntoTheLayer) {
    ImportOptions opt;
    opt.mapping = {{"type", "layer"}};
    std::string text =
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
        "<key id=\"t\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>"
        "<graph edgedefault=\"directed\"><node id=\"a\"/><node id=\"b\"/>"
        "<edge source=\"a\" target=\"b\"><data key=\"t\">funding</data></edge>"
        "<edge source=\"b\" target=\"a\"><data key=\"t\">geld</data></edge></graph></graphml>";
    ImportResult r = parse_text(text, Format::GraphML, "m.graphml", opt);
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.relations.size(), 2u);
    EXPECT_EQ(s.relations[0].layer, Layer::Funding);
    EXPECT_EQ(s.relations[1].layer, Layer::Collaboration);
    EXPECT_NE(report(r.diagnostics)
                  .find("m.graphml:1:237: warning: edge b -> a: attribute "
                        "'type': 'geld' is not a layer (expected one of"),
              std::string::npos)
        << report(r.diagnostics);
}

TEST(GraphML, DeepNestingIsRefusedAtTheLimit) {
    std::string text = "<graphml>";
    for (int i = 0; i < 10000; ++i)
        text += "<graph>";
    ImportResult r = parse_text(text, Format::GraphML, "deep.graphml");
    EXPECT_EQ(report(r.diagnostics),
              "deep.graphml:1:10: info: graph has no edgedefault; edges taken as undirected\n"
              "deep.graphml:1:17: warning: only the first <graph> is read; later graphs "
              "skipped\n"
              "deep.graphml:1:451: error: elements nested deeper than 64 levels\n");
}

TEST(GraphML, HugeStringIsRefusedAtTheLimit) {
    ImportOptions opt;
    opt.limits.max_string_bytes = 1000;
    std::string text =
        "<graphml><key id=\"k\" for=\"node\"/><graph edgedefault=\"directed\">"
        "<node id=\"a\"><data key=\"k\">" +
        std::string(5000, 'x') + "</data></node></graph></graphml>";
    ImportResult r = parse_text(text, Format::GraphML, "huge.graphml", opt);
    EXPECT_FALSE(r.value);
    EXPECT_EQ(report(r.diagnostics),
              "huge.graphml:1:91: error: text of more than 1000 bytes in one element\n");
    std::string attr = "<graphml><graph edgedefault=\"directed\"><node id=\"" +
                       std::string(5000, 'y') + "\"/></graph></graphml>";
    r = parse_text(attr, Format::GraphML, "huge.graphml", opt);
    EXPECT_EQ(report(r.diagnostics),
              "huge.graphml:1:40: error: attribute value of 5000 bytes is over the limit of "
              "1000\n");
}

// igraph without attribute prefixes (tests/data/io/corpus/igraph_graphml_noprefix.c)
// declares key id "name" for the graph and again for the nodes. Both are read, per domain.
TEST(GraphML, IgraphKeyIdSharedByGraphAndNodes) {
    ImportResult r = read_file(data_path("corpus/graphml/igraph_shared_key_ids.graphml"));
    const Scenario& s = test::only_scenario(r);
    EXPECT_EQ(s.name, "Regio Holland Rijnland");  // the graph's "name"
    ASSERT_EQ(s.actors.size(), 5u);
    EXPECT_EQ(s.actors[0].name, "Provincie");  // the node's "name"
    EXPECT_EQ(s.actors[3].type, ActorType::WaterBoard);
    // igraph_small(... 0,1 ... 0,1): the repeated arc stays a second relation.
    ASSERT_EQ(s.relations.size(), 7u);
    EXPECT_DOUBLE_EQ(s.relations[6].weight, 3.0);
    const std::string rep = report(r.diagnostics);
    EXPECT_NE(rep.find("corpus/graphml/igraph_shared_key_ids.graphml:8:3: warning: key id 'name' "
                       "is declared for graph (at 7:3) and for node: read per domain (as igraph "
                       "writes it); the GraphML specification asks for unique key ids\n"),
              std::string::npos)
        << rep;
    EXPECT_NE(rep.find("info: 1 parallel relation(s) kept"), std::string::npos) << rep;
}

TEST(GraphML, KeyIdsStillClashWithinOneDomain) {
    const char* text =
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
        "<key id=\"k\" for=\"node\" attr.name=\"a\"/>\n"
        "<key id=\"k\" for=\"all\" attr.name=\"b\"/>\n"
        "<graph edgedefault=\"directed\"><node id=\"n\"/></graph></graphml>\n";
    ImportResult r = parse_text(text, Format::GraphML, "k.graphml");
    EXPECT_FALSE(r.value.has_value());
    EXPECT_EQ(report(r.diagnostics), "k.graphml:3:1: error: duplicate key id 'k' (first at 2:1)\n");
}

// networkx writes a MultiGraph's edge keys as GraphML edge ids ("0", "1" per node pair),
// so ids repeat across pairs. All five relations are kept; repeats are numbered.
TEST(GraphML, NetworkxMultigraphEdgeKeysRepeatAcrossPairs) {
    ImportResult r = read_file(data_path("corpus/graphml/networkx_multigraph.graphml"));
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.relations.size(), 5u);
    EXPECT_EQ(s.relations[0].id, "0");
    EXPECT_EQ(s.relations[1].id, "1");
    EXPECT_EQ(s.relations[2].id, "r1");  // the second "0"
    EXPECT_DOUBLE_EQ(s.relations[1].weight, 2.0);
    const std::string rep = report(r.diagnostics);
    EXPECT_NE(rep.find("corpus/graphml/networkx_multigraph.graphml:14:1: warning: edge id '0' "
                       "used again (first at 8:1): this relation is numbered instead\n"),
              std::string::npos)
        << rep;
    EXPECT_NE(rep.find("warning: 3 relations with an edge id used before were numbered "
                       "instead\n"),
              std::string::npos)
        << rep;
}

// Element positions are counted by the reader for UTF-8 text without CR and by expat
// otherwise; both must give expat's numbers: lines from 1, columns in characters (a
// two-byte UTF-8 character is one column, a TAB one, the byte order mark one column of
// line 1). Line 3 below is `<node id="é"/>` (14 characters), TAB, `<node id="ß"/>` (14),
// space: the third node starts at column 14 + 1 + 14 + 1 + 1 = 31 (33 if bytes were counted).
TEST(GraphML, ElementPositionsCountCharactersAsExpatDoes) {
    const std::string lines[] = {
        "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph "
        "edgedefault=\"undirected\">",
        "<node id=\"\xC3\xA9\"/>\t<node id=\"\xC3\x9F\"/> <node id=\"\xC3\xA9\"/>",
        "</graph></graphml>"};
    for (const char* eol : {"\n", "\r\n"}) {  // the reader's own count, then expat's
        std::string doc;
        for (const auto& l : lines)
            doc += l + eol;
        ImportResult r = parse_text(doc, Format::GraphML, "pos.graphml");
        EXPECT_NE(report(r.diagnostics)
                      .find("pos.graphml:3:31: error: duplicate node id '\xC3\xA9' (first "
                            "declared at 3:1)"),
                  std::string::npos)
            << report(r.diagnostics);
    }
    // All on line 1 after the byte order mark (1 column): `<graphml ...>` is 55 characters
    // and `<graph ...>` 32, so the first node is at 1 + 55 + 32 + 1 = 89 and the second,
    // 14 characters later, at 103.
    ImportResult r = parse_text(
        "\xEF\xBB\xBF<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph "
        "edgedefault=\"undirected\"><node id=\"\xC3\xA9\"/><node id=\"\xC3\xA9\"/></graph>"
        "</graphml>",
        Format::GraphML, "one.graphml");
    EXPECT_NE(report(r.diagnostics)
                  .find("one.graphml:1:103: error: duplicate node id '\xC3\xA9' (first "
                        "declared at 1:89)"),
              std::string::npos)
        << report(r.diagnostics);
}

// Text is collected only where GraphML has values (<data>, <default>): the indentation
// between a large file's elements is not held against max_string_bytes as the text of
// <graph> (here 300 nodes of 12-byte indentation, 3,600 bytes, against a limit of 1,000),
// while a <data> value over the limit is still refused.
TEST(GraphML, WhitespaceBetweenElementsIsNotText) {
    ImportOptions opt;
    opt.limits.max_string_bytes = 1000;
    std::string text = "<graphml><graph edgedefault=\"undirected\">";
    for (int i = 0; i < 300; ++i)
        text += "\n           <node id=\"n" + std::to_string(i) + "\"/>";
    text += "\n</graph></graphml>";
    ImportResult r = parse_text(text, Format::GraphML, "spaced.graphml", opt);
    EXPECT_EQ(test::only_scenario(r).actors.size(), 300u);
    std::string big =
        "<graphml><key id=\"k\" for=\"node\"/><graph edgedefault=\"undirected\">"
        "<node id=\"a\"><data key=\"k\">" +
        std::string(1001, ' ') + "</data></node></graph></graphml>";
    r = parse_text(big, Format::GraphML, "spaced.graphml", opt);
    EXPECT_FALSE(r.value);
    EXPECT_NE(report(r.diagnostics).find("error: text of more than 1000 bytes in one element"),
              std::string::npos)
        << report(r.diagnostics);
}

}  // namespace
}  // namespace rk::io

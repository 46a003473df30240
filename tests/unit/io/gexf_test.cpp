// GEXF reader and writer.
#include <gtest/gtest.h>

#include "io_test_util.hpp"

namespace rk::io {
namespace {
using test::data_path;
using test::report;

TEST(Gexf, RoundTripKeepsTheNetwork) {
    Case c = test::sample_case();
    // Colours and sizes travel as viz elements.
    c.scenarios[0].actors[0].attributes["color"] = std::string("#ff0080");
    c.scenarios[0].actors[0].attributes["size"] = 10.0;
    c.scenarios[0].relations[0].details->attributes["label"] = std::string("regie");
    DiagnosticList d;
    std::string text = write_text(c, Format::Gexf, "out.gexf", d);
    EXPECT_FALSE(d.has_errors()) << report(d);
    EXPECT_NE(text.find("<viz:color r=\"255\" g=\"0\" b=\"128\"/>"), std::string::npos);
    ImportResult r = parse_text(text, Format::Gexf, "out.gexf");
    const Scenario& s = test::only_scenario(r);
    test::expect_same_network(c.scenarios[0], s, true);
    EXPECT_EQ(s.name, c.scenarios[0].name);
    DiagnosticList d2;
    EXPECT_EQ(write_text(*r.value, Format::Gexf, "out.gexf", d2), text);
}

TEST(Gexf, ReadsGephiAttributesColoursAndPositions) {
    ImportResult r = read_file(data_path("gexf/gephi12.gexf"));
    const Scenario& s = test::only_scenario(r);
    EXPECT_EQ(s.name, "Omgevingsdiensten");
    ASSERT_EQ(s.actors.size(), 2u);
    const Actor& a = s.actors[0];
    EXPECT_EQ(a.id, "0");
    EXPECT_EQ(a.name, "ODNL");
    EXPECT_EQ(a.bestuurslaag, Bestuurslaag::Uitvoering);
    EXPECT_EQ(std::get<std::string>(a.attributes.at("provincie")), "alle");
    EXPECT_EQ(std::get<std::int64_t>(a.attributes.at("fte")), 25);
    EXPECT_EQ(std::get<std::string>(a.attributes.at("color")), "#ff0080");
    EXPECT_DOUBLE_EQ(std::get<double>(a.attributes.at("color_alpha")), 0.5);
    EXPECT_DOUBLE_EQ(std::get<double>(a.attributes.at("size")), 10.0);
    EXPECT_EQ(s.positions.at("0"), (Position{12.5, -3.0, false}));
    EXPECT_EQ(s.positions.at("1"), (Position{1, 2, false}));
    // Default applies where the node has no value.
    EXPECT_EQ(std::get<std::int64_t>(s.actors[1].attributes.at("fte")), 0);
    EXPECT_EQ(std::get<std::string>(s.actors[1].attributes.at("bestuurslaag")), "gemeentelijk");
    ASSERT_EQ(s.relations.size(), 2u);
    EXPECT_TRUE(s.relations[0].directed);
    EXPECT_DOUBLE_EQ(s.relations[0].weight, 2.5);
    EXPECT_EQ(std::get<std::string>(s.relations[0].details->attributes.at("label")), "kennis");
    EXPECT_EQ(std::get<std::int64_t>(s.relations[0].details->attributes.at("sinds")), 2019);
    EXPECT_DOUBLE_EQ(std::get<double>(s.relations[0].details->attributes.at("thickness")), 3.0);
    EXPECT_FALSE(s.relations[1].directed);
    EXPECT_EQ(report(r.diagnostics),
              "gexf/gephi12.gexf:20:7: warning: node '1': attribute 'bestuurslaag': "
              "'gemeentelijk' is not a bestuurslaag (expected one of unknown, rijk, provincie, "
              "gemeente, waterschap, regio, uitvoering, privaat, maatschappelijk); kept as "
              "custom attribute\n"
              "gexf/gephi12.gexf: info: 10 attribute value(s) without a model field kept as "
              "custom attributes\n"
              "gexf/gephi12.gexf: info: read 2 actors and 2 relations (1 directed, 1 "
              "undirected)\n");
}

TEST(Gexf, DynamicGraphIsReadWholeWithWarnings) {
    ImportResult r = read_file(data_path("gexf/dynamic.gexf"));
    const Scenario& s = test::only_scenario(r);
    EXPECT_EQ(s.actors.size(), 2u);
    EXPECT_EQ(s.relations.size(), 1u);
    std::string rep = report(r.diagnostics);
    EXPECT_NE(rep.find("gexf/dynamic.gexf:3:3: warning: dynamic graph: time intervals ignored, "
                       "the whole graph is read\n"),
              std::string::npos);
    EXPECT_NE(rep.find("gexf/dynamic.gexf:5:30: warning: dynamic spells and node parents are "
                       "not supported; skipped\n"),
              std::string::npos);
}

TEST(Gexf, MalformedCorpusGivesExactErrors) {
    const std::pair<const char*, const char*> cases[] = {
        {"bad_integer", "5:36: error: value of attribute 'n': 'veel' is not an integer"},
        {"billion_laughs",
         "3:14: error: entity declaration 'a' refused: entities are not expanded (protection "
         "against entity expansion and external entities)"},
        {"binary", "1:3: error: malformed XML: not well-formed (invalid token)"},
        {"dangling_edge", "5:12: error: edge 'e' refers to undeclared node 'b'"},
        {"duplicate_node", "6:7: error: duplicate node id 'a' (first declared at 5:7)"},
        {"empty", "1:1: error: empty file: expected an XML document"},
        {"external_entity",
         "2:50: error: entity declaration 'x' refused: entities are not expanded (protection "
         "against entity expansion and external entities)"},
        {"inf_weight", "5:12: error: edge a -> b: weight '-inf' is not finite"},
        {"truncated", "4:12: error: malformed XML: unclosed token"},
        {"undeclared_attribute", "4:36: error: attvalue refers to undeclared node attribute '7'"},
        {"utf16_truncated", "1:2: error: malformed XML: unclosed token"},
    };
    for (const auto& [name, expected] : cases) {
        std::string rel = std::string("gexf/") + name + ".gexf";
        ImportResult r = read_file(data_path(rel));
        EXPECT_FALSE(r.value.has_value()) << name;
        EXPECT_EQ(report(r.diagnostics), rel + ":" + expected + "\n");
    }
}

TEST(Gexf, DeepNestingIsRefused) {
    std::string text = "<gexf><graph><nodes>";
    for (int i = 0; i < 100; ++i)
        text += "<node id=\"n" + std::to_string(i) + "\">";
    ImportResult r = parse_text(text, Format::Gexf, "deep.gexf");
    EXPECT_FALSE(r.value);
    std::string rep = report(r.diagnostics);
    EXPECT_NE(rep.find("error: elements nested deeper than 64 levels"), std::string::npos) << rep;
}

// GEXF 1.0 as Gephi 0.6 wrote it (tests/data/io/corpus/make_corpus.py): old namespace,
// attvalue `id`, boolean default, edge `cardinal`. Values from the file itself.
TEST(Gexf, ReadsGexf10AsEarlyGephiWroteIt) {
    ImportResult r = read_file(data_path("corpus/gexf/gephi06_web_network.gexf"));
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.actors.size(), 4u);
    ASSERT_EQ(s.relations.size(), 5u);
    EXPECT_TRUE(s.relations[0].directed);
    EXPECT_EQ(s.actors[1].name, "Webatlas");
    EXPECT_EQ(std::get<std::string>(s.actors[1].attributes.at("url")), "http://webatlas.fr");
    EXPECT_DOUBLE_EQ(std::get<double>(s.actors[1].attributes.at("indegree")), 2.0);
    EXPECT_EQ(std::get<bool>(s.actors[0].attributes.at("frog")), true);   // the default
    EXPECT_EQ(std::get<bool>(s.actors[3].attributes.at("frog")), false);  // its own value
    EXPECT_EQ(std::get<std::int64_t>(s.relations[0].details->attributes.at("cardinal")), 1);
    EXPECT_EQ(s.positions.at("0"), (Position{15.783598, 40.109245, false}));
    EXPECT_EQ(std::get<std::string>(s.actors[0].attributes.at("color")), "#efad42");
    EXPECT_NE(report(r.diagnostics)
                  .find("corpus/gexf/gephi06_web_network.gexf:2:1: info: GEXF 1.0 (early "
                        "Gephi): attvalue 'id' read as 'for', attribute types int/bool "
                        "accepted\n"),
              std::string::npos);
}

// attvalue `for` by position in the declaration, types int/bool, default as an XML
// attribute: what early writers other than Gephi produced.
TEST(Gexf, AttvalueByPositionAndOldTypeNames) {
    const char* text =
        "<gexf xmlns=\"http://www.gexf.net/1.0draft\" version=\"1.0\"><graph>\n"
        "<attributes class=\"node\"><attribute id=\"category\" title=\"category\" "
        "type=\"string\" default=\"term\"/><attribute id=\"n\" title=\"count\" "
        "type=\"int\"/><attribute id=\"ok\" title=\"ok\" type=\"bool\"/></attributes>\n"
        "<nodes><node id=\"a\"><attvalues><attvalue for=\"0\" value=\"project\"/>"
        "<attvalue for=\"1\" value=\"7\"/><attvalue for=\"ok\" value=\"true\"/></attvalues>"
        "</node>\n<node id=\"b\"/></nodes></graph></gexf>\n";
    ImportResult r = parse_text(text, Format::Gexf, "old.gexf");
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.actors.size(), 2u);
    EXPECT_EQ(std::get<std::string>(s.actors[0].attributes.at("category")), "project");
    EXPECT_EQ(std::get<std::int64_t>(s.actors[0].attributes.at("count")), 7);
    EXPECT_EQ(std::get<bool>(s.actors[0].attributes.at("ok")), true);
    EXPECT_EQ(std::get<std::string>(s.actors[1].attributes.at("category")), "term");
    EXPECT_NE(report(r.diagnostics)
                  .find("old.gexf:3:32: warning: attvalue refers to attributes by position (0 = "
                        "first declared); read so\n"),
              std::string::npos)
        << report(r.diagnostics);
}

// Malformed viz namespace URIs (three slashes as Gephi 0.7 beta wrote, a trailing slash, or
// the core namespace itself) still give positions.
TEST(Gexf, VizUnderMalformedNamespaceGivesPositions) {
    for (const char* f :
         {"corpus/gexf/viz_three_slashes.gexf", "corpus/gexf/viz_trailing_slash.gexf"}) {
        ImportResult r = read_file(data_path(f));
        const Scenario& s = test::only_scenario(r);
        ASSERT_EQ(s.positions.size(), 4u) << f;
        // make_corpus.py puts node i at (10 i, -5 i); Leiden is the third node.
        EXPECT_EQ(s.positions.at("Leiden"), (Position{20, -10, false})) << f;
    }
    const char* core =
        "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
        "xmlns:viz=\"http://www.gexf.net/1.2draft\"><graph><nodes>\n"
        "<node id=\"a\"><viz:position x=\"1\" y=\"2\"/></node></nodes></graph></gexf>\n";
    ImportResult r = parse_text(core, Format::Gexf, "core.gexf");
    EXPECT_EQ(test::only_scenario(r).positions.at("a"), (Position{1, 2, false}));
    EXPECT_NE(report(r.diagnostics)
                  .find("core.gexf:2:14: warning: viz element <position> in namespace "
                        "'http://www.gexf.net/1.2draft' (expected one ending in /viz): read as "
                        "viz:position\n"),
              std::string::npos)
        << report(r.diagnostics);
}

// <viz:position> without any xmlns:viz declaration ("unbound prefix" for every XML parser):
// the declaration is supplied and positions are read, with a warning at the first use.
TEST(Gexf, UndeclaredVizPrefixStillGivesPositions) {
    const char* text =
        "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\"><graph><nodes>\n"
        "<node id=\"a\"><viz:position x=\"1\" y=\"2\"/></node>\n"
        "<node id=\"b\"><viz:position x=\"3\" y=\"4\"/></node></nodes></graph></gexf>\n";
    ImportResult r = parse_text(text, Format::Gexf, "unbound.gexf");
    const Scenario& s = test::only_scenario(r);
    EXPECT_EQ(s.positions.at("b"), (Position{3, 4, false}));
    EXPECT_NE(report(r.diagnostics)
                  .find("unbound.gexf:2:14: warning: prefix 'viz' used without a namespace "
                        "declaration (xmlns:viz): read as the GEXF viz module\n"),
              std::string::npos)
        << report(r.diagnostics);
}

}  // namespace
}  // namespace rk::io

// The GraphML and GEXF writers share one attribute-set code (io/attribute_set.hpp), and the
// two readers agree on white space: a string value is kept as written (so our output reads
// back unchanged), a typed value (number, boolean) is trimmed first, as NetworkX's readers
// of both formats do (Python's int(" 3 ") is 3). Before, the GraphML reader trimmed typed
// values and the GEXF reader refused them.
#include <gtest/gtest.h>

#include "io/formats.hpp"
#include "io_test_util.hpp"

namespace rk::io::test {
namespace {

// Values whose spaces, tabs and line breaks must survive a round trip.
Case padded_case() {
    Case c;
    c.id = "trim";
    c.title = "Trim";
    Scenario s;
    s.id = "s";
    s.name = "S";
    Actor a;
    a.id = "a";
    a.name = "  Padded name  ";
    a.attributes["note"] = std::string("  two spaces  ");
    a.attributes["code"] = std::string(" 7 ");  // looks like a number, but is text
    a.attributes["tab"] = std::string("\tx\n");
    a.attributes["count"] = std::int64_t{3};
    Actor b;
    b.id = "b";
    b.name = "B";
    b.attributes["note"] = std::string("plain");
    b.attributes["code"] = std::string("8");
    b.attributes["count"] = std::int64_t{4};
    Relation r;
    r.id = "r1";
    r.source = "a";
    r.target = "b";
    r.layer = Layer::Funding;
    r.details->attributes["why"] = std::string(" because ");
    s.actors = {a, b};
    s.relations = {r};
    c.scenarios = {s};
    return c;
}

void expect_round_trip(Format format, const char* file) {
    SCOPED_TRACE(file);
    const Case original = padded_case();
    DiagnosticList written;
    const std::string text = write_text(original, format, file, written);
    ASSERT_FALSE(written.has_errors()) << report(written);
    const ImportResult back = parse_text(text, format, file);
    const Scenario& s = only_scenario(back);
    ASSERT_EQ(s.actors.size(), 2u);
    const Actor& a = s.actors[0];
    EXPECT_EQ(a.name, "  Padded name  ");
    EXPECT_EQ(a.attributes.at("note"), AttributeValue(std::string("  two spaces  ")));
    EXPECT_EQ(a.attributes.at("code"), AttributeValue(std::string(" 7 ")));
    EXPECT_EQ(a.attributes.at("tab"), AttributeValue(std::string("\tx\n")));
    EXPECT_EQ(a.attributes.at("count"), AttributeValue(std::int64_t{3}));
    EXPECT_EQ(s.actors[1].attributes.at("code"), AttributeValue(std::string("8")));
    ASSERT_EQ(s.relations.size(), 1u);
    EXPECT_EQ(s.relations[0].details->attributes.at("why"),
              AttributeValue(std::string(" because ")));
}

TEST(XmlAttributes, GraphmlKeepsStringSpacesOnARoundTrip) {
    expect_round_trip(Format::GraphML, "t.graphml");
}

TEST(XmlAttributes, GexfKeepsStringSpacesOnARoundTrip) {
    expect_round_trip(Format::Gexf, "t.gexf");
}

// A file written by another tool with spaces around typed values (a pretty-printer, a hand
// edit): both readers give the same numbers and booleans, and keep string values whole.
TEST(XmlAttributes, BothReadersTrimTypedValuesAndKeepStrings) {
    const std::string graphml =
        R"(<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k0" for="node" attr.name="count" attr.type="int"/>
  <key id="k1" for="node" attr.name="share" attr.type="double"/>
  <key id="k2" for="node" attr.name="active" attr.type="boolean"/>
  <key id="k3" for="node" attr.name="note" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="k0"> 3 </data><data key="k1">
      0.5
    </data><data key="k2"> true </data><data key="k3"> kept </data></node>
  </graph>
</graphml>
)";
    const std::string gexf =
        R"(<?xml version="1.0"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="0" title="count" type="integer"/>
      <attribute id="1" title="share" type="double"/>
      <attribute id="2" title="active" type="boolean"/>
      <attribute id="3" title="note" type="string"/>
    </attributes>
    <nodes>
      <node id="a" label="a"><attvalues>
        <attvalue for="0" value=" 3 "/>
        <attvalue for="1" value="&#10;  0.5&#10;"/>
        <attvalue for="2" value=" true "/>
        <attvalue for="3" value=" kept "/>
      </attvalues></node>
    </nodes>
  </graph>
</gexf>
)";
    for (const auto& [text, format] :
         {std::pair{graphml, Format::GraphML}, std::pair{gexf, Format::Gexf}}) {
        SCOPED_TRACE(std::string(format_name(format)));
        const ImportResult r = parse_text(text, format, "t");
        const Scenario& s = only_scenario(r);
        ASSERT_EQ(s.actors.size(), 1u) << report(r.diagnostics);
        const Attributes& at = s.actors[0].attributes;
        EXPECT_EQ(at.at("count"), AttributeValue(std::int64_t{3}));
        EXPECT_EQ(at.at("share"), AttributeValue(0.5));
        EXPECT_EQ(at.at("active"), AttributeValue(true));
        EXPECT_EQ(at.at("note"), AttributeValue(std::string(" kept ")));
    }
}

// One declaration per name, typed by its values; a name whose values disagree is written
// as string and reported, whichever type came first (before, "text then number" was
// silent in both writers).
TEST(XmlAttributes, MixedTypesAreReportedInBothWritersWhicheverComesFirst) {
    Case c = padded_case();
    c.scenarios[0].actors[0].attributes["mix"] = std::string("text");
    c.scenarios[0].actors[1].attributes["mix"] = std::int64_t{5};
    for (const auto& [format, file] :
         {std::pair{Format::GraphML, "m.graphml"}, std::pair{Format::Gexf, "m.gexf"}}) {
        DiagnosticList d;
        const std::string text = write_text(c, format, file, d);
        EXPECT_NE(report(d).find("attribute 'mix' has values of different types; written as "
                                 "strings"),
                  std::string::npos)
            << report(d);
        const ImportResult parsed = parse_text(text, format, file);
        const Scenario& s = only_scenario(parsed);
        ASSERT_EQ(s.actors.size(), 2u);
        EXPECT_EQ(s.actors[1].attributes.at("mix"), AttributeValue(std::string("5")));
    }
}

}  // namespace
}  // namespace rk::io::test

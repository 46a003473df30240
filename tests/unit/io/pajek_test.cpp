// Pajek .net reader and writer.
#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

#include "io_test_util.hpp"

namespace rk::io {
namespace {
using test::data_path;
using test::report;

// Relations without their ids (Pajek has none): sorted (source, target, layer, dir, weight).
std::vector<std::tuple<std::string, std::string, Layer, bool, double>> links(const Scenario& s) {
    std::vector<std::tuple<std::string, std::string, Layer, bool, double>> v;
    for (const auto& r : s.relations)
        v.emplace_back(r.source, r.target, r.layer, r.directed, r.weight);
    std::sort(v.begin(), v.end());
    return v;
}

TEST(Pajek, RoundTripKeepsIdsLayersDirectionWeightsPositions) {
    Case c = test::sample_case();
    DiagnosticList d;
    std::string text = write_text(c, Format::Pajek, "out.net", d);
    EXPECT_FALSE(d.has_errors()) << report(d);
    EXPECT_EQ(report(d),
              "out.net: warning: 5 actor name(s) not written: Pajek has one label per vertex, "
              "which holds the id\n"
              "out.net: warning: 3 actor(s) with attributes: not written\n"
              "out.net: warning: pinned flags of positions not written\n"
              "out.net: warning: 2 relation(s) with attributes besides layer and weight: not "
              "written\n");
    ImportResult r = parse_text(text, Format::Pajek, "out.net");
    const Scenario& s = test::only_scenario(r);
    const Scenario& o = c.scenarios[0];
    ASSERT_EQ(s.actors.size(), o.actors.size());
    for (std::size_t i = 0; i < s.actors.size(); ++i)
        EXPECT_EQ(s.actors[i].id, o.actors[i].id);
    EXPECT_EQ(links(s), links(o));
    EXPECT_EQ(s.name, o.name);
    EXPECT_EQ(s.positions.at("bzk"), (Position{0.125, -3.5, false}));
    EXPECT_EQ(s.positions.at("pzh"), (Position{1e-7, 123456.789, false}));
}

TEST(Pajek, ReadsWindowsFileWithSectionsListsAndMatrix) {
    ImportResult r = read_file(data_path("pajek/windows.net"));
    const Scenario& s = test::only_scenario(r);
    EXPECT_EQ(s.name, "Gemeenten");
    ASSERT_EQ(s.actors.size(), 4u);
    EXPECT_EQ(s.actors[0].id, "Zo\xC3\xABterwoude");
    EXPECT_EQ(std::get<std::int64_t>(s.actors[0].attributes.at("mode")), 1);
    EXPECT_EQ(std::get<std::int64_t>(s.actors[3].attributes.at("mode")), 2);
    EXPECT_EQ(s.positions.at("Zo\xC3\xABterwoude"), (Position{0.1, 0.2, false}));
    // Lines 11 and 12 (`1 3`, `3 1` under *Edges) are one pair twice: both are kept now
    // (one policy for every reader); the analysis merges them.
    ASSERT_EQ(s.relations.size(), 7u);
    EXPECT_EQ(s.relations[0].layer, Layer::Funding);
    EXPECT_TRUE(s.relations[0].directed);
    EXPECT_DOUBLE_EQ(s.relations[0].weight, 3.0);
    EXPECT_FALSE(s.relations[1].directed);
    EXPECT_EQ(s.relations[2].source, "Katwijk");  // the repeated edge, line 12
    EXPECT_EQ(s.relations[3].source, "Leiden");   // *Edgeslist 2 3 4
    EXPECT_EQ(s.relations[4].target, "Teylingen");
    EXPECT_EQ(s.relations[6].source, "Teylingen");  // matrix row 4, column 1
    EXPECT_DOUBLE_EQ(s.relations[6].weight, 2.5);
    EXPECT_EQ(std::get<std::string>(s.relations[6].details->attributes.at("relation")), "advies");
    EXPECT_EQ(report(r.diagnostics),
              "pajek/windows.net:4:6: warning: not UTF-8: read as Windows-1252\n"
              "pajek/windows.net:3:1: info: two-mode network: the mode of each vertex is kept as "
              "attribute 'mode'\n"
              "pajek/windows.net:4:30: info: vertex drawing parameters (shape, colours) are "
              "ignored\n"
              "pajek/windows.net: info: 7 relation(s) without id were numbered r1, r2, ...\n"
              "pajek/windows.net: info: 1 parallel relation(s) kept (same endpoints and layer); "
              "the analysis merges them into one tie with the summed weight\n"
              "pajek/windows.net: info: 6 attribute value(s) without a model field kept as "
              "custom attributes\n"
              "pajek/windows.net: info: read 4 actors and 7 relations (3 directed, 4 "
              "undirected)\n");
}

// A Pajek project (tests/data/io/corpus/make_corpus.py): two networks become two
// scenarios; *Partition and *Vector become actor attributes named after their files;
// `*Edges :1 "Marital"` and `:2 "Business"` go to attribute `relation`.
TEST(Pajek, ProjectWithNetworksPartitionAndVector) {
    ImportResult r = read_file(data_path("corpus/pajek/padgett_project.paj"));
    ASSERT_TRUE(r.value.has_value()) << report(r.diagnostics);
    const Case& c = *r.value;
    ASSERT_EQ(c.scenarios.size(), 2u);
    const Scenario& marriage = c.scenarios[0];
    EXPECT_EQ(marriage.id, "s1");
    EXPECT_EQ(marriage.name, "Florentine families (Padgett).net");
    ASSERT_EQ(marriage.actors.size(), 15u);
    // networkx's florentine_families_graph has 20 marriages; 11 business ties were added.
    ASSERT_EQ(marriage.relations.size(), 31u);
    std::size_t marital = 0, business = 0;
    for (const auto& rel : marriage.relations) {
        const auto& kind = std::get<std::string>(rel.details->attributes.at("relation"));
        marital += kind == "Marital";
        business += kind == "Business";
        EXPECT_FALSE(rel.directed);
    }
    EXPECT_EQ(marital, 20u);
    EXPECT_EQ(business, 11u);
    const Actor* medici = marriage.find_actor("Medici");
    ASSERT_NE(medici, nullptr);
    EXPECT_EQ(std::get<std::int64_t>(medici->attributes.at("faction")), 1);
    EXPECT_DOUBLE_EQ(std::get<double>(medici->attributes.at("wealth")), 103);  // Padgett
    const Scenario& advice = c.scenarios[1];
    EXPECT_EQ(advice.id, "s2");
    EXPECT_EQ(advice.relations.size(), 5u);
    EXPECT_TRUE(advice.relations[0].directed);
    EXPECT_EQ(std::get<std::int64_t>(advice.find_actor("Strozzi")->attributes.at("faction")), 2);
    const std::string rep = report(r.diagnostics);
    EXPECT_NE(rep.find("corpus/pajek/padgett_project.paj:51:1: info: network 2 of 2 ('Advice "
                       "(made up).net') read as scenario s2\n"),
              std::string::npos)
        << rep;
    EXPECT_NE(rep.find("info: partition/vector 'faction' read as actor attribute 'faction' (use "
                       "--partition faction)\n"),
              std::string::npos)
        << rep;
}

TEST(Pajek, PartitionThatFitsNoNetworkIsReported) {
    ImportResult r = parse_text(
        "*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n1 2\n*Partition x.clu\n*Vertices 3\n1\n2\n1\n",
        Format::Pajek, "p.net");
    EXPECT_EQ(test::only_scenario(r).actors[0].attributes.count("x"), 0u);
    EXPECT_NE(report(r.diagnostics)
                  .find("p.net:6:1: warning: 'x' has 3 values but no network has that many "
                        "vertices: ignored\n"),
              std::string::npos)
        << report(r.diagnostics);
    ImportResult bad = parse_text("*Vertices 2\n*Partition x.clu\n*Vertices 2\n1\nzwaar\n",
                                  Format::Pajek, "b.net");
    EXPECT_EQ(report(bad.diagnostics),
              "b.net:5:1: error: partition value 'zwaar' is not an integer\n");
}

// *Arcslist repeats (1 -> 2 twice) are kept: the policy of every reader.
TEST(Pajek, ArcslistRepeatsAreKept) {
    ImportResult r = read_file(data_path("corpus/pajek/arcslist_repeats.net"));
    const Scenario& s = test::only_scenario(r);
    EXPECT_EQ(s.relations.size(), 7u);  // igraph's Read_Pajek reads 7 arcs too
}

TEST(Pajek, MalformedCorpusGivesExactErrors) {
    const std::pair<const char*, const char*> cases[] = {
        {"binary", "1:8: error: NUL byte: this looks like a binary file, expected text"},
        {"dangling", "5:3: error: vertex 9 does not exist (*Vertices 2)"},
        {"duplicate_vertex", "3:1: error: vertex 1 listed twice (first on line 2)"},
        {"empty", "1:1: error: empty file: expected '*Vertices N'"},
        {"huge_count",
         "1:11: error: *Vertices declares 99999999999 vertices, over the limit of 1000000"},
        {"nan_weight", "5:5: error: weight 'NaN' is not finite"},
        {"negative_count", "1:11: error: expected '*Vertices N' with N a count"},
        {"no_vertices", "1:1: error: expected '*Vertices N' before data"},
        {"unterminated", "2:3: error: unterminated quoted label"},
    };
    for (const auto& [name, expected] : cases) {
        std::string rel = std::string("pajek/") + name + ".net";
        ImportResult r = read_file(data_path(rel));
        EXPECT_FALSE(r.value.has_value()) << name;
        EXPECT_EQ(report(r.diagnostics), rel + ":" + expected + "\n");
    }
}

TEST(Pajek, UnlistedVerticesAndDuplicateLabelsFallBackToNumbers) {
    ImportResult r =
        parse_text("*Vertices 3\n1 \"x\"\n2 \"x\"\n*Edges\n1 3\n", Format::Pajek, "t.net");
    const Scenario& s = test::only_scenario(r);
    ASSERT_EQ(s.actors.size(), 3u);
    EXPECT_EQ(s.actors[0].id, "1");
    EXPECT_EQ(s.actors[0].name, "x");
    EXPECT_EQ(s.actors[2].id, "3");
    EXPECT_EQ(s.actors[2].name, "3");
    EXPECT_NE(report(r.diagnostics)
                  .find("t.net: warning: vertex labels are missing or not unique: vertex numbers "
                        "are the ids, labels the names\n"),
              std::string::npos);
}

}  // namespace
}  // namespace rk::io

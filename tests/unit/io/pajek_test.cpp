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
    ASSERT_EQ(s.relations.size(), 6u);
    EXPECT_EQ(s.relations[0].layer, Layer::Funding);
    EXPECT_TRUE(s.relations[0].directed);
    EXPECT_DOUBLE_EQ(s.relations[0].weight, 3.0);
    EXPECT_FALSE(s.relations[1].directed);
    EXPECT_EQ(s.relations[2].source, "Leiden");  // *Edgeslist 2 3 4
    EXPECT_EQ(s.relations[3].target, "Teylingen");
    EXPECT_EQ(s.relations[5].source, "Teylingen");  // matrix row 4, column 1
    EXPECT_DOUBLE_EQ(s.relations[5].weight, 2.5);
    EXPECT_EQ(std::get<std::string>(s.relations[5].attributes.at("relation")), "advies");
    EXPECT_EQ(report(r.diagnostics),
              "pajek/windows.net:4:6: warning: not UTF-8: read as Windows-1252\n"
              "pajek/windows.net:3:1: info: two-mode network: the mode of each vertex is kept as "
              "attribute 'mode'\n"
              "pajek/windows.net:4:30: info: vertex drawing parameters (shape, colours) are "
              "ignored\n"
              "pajek/windows.net:12:1: warning: duplicate edge Katwijk -- Zo\xC3\xABterwoude "
              "(first on line 11) ignored\n"
              "pajek/windows.net: info: 6 relation(s) without id were numbered r1, r2, ...\n"
              "pajek/windows.net: warning: 1 duplicate edge(s) ignored in total\n"
              "pajek/windows.net: info: 6 attribute value(s) without a model field kept as "
              "custom attributes\n"
              "pajek/windows.net: info: read 4 actors and 6 relations (3 directed, 3 "
              "undirected)\n");
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

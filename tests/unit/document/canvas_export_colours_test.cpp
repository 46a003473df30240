// Issue 15: one visual vocabulary. The canvas (doc/style.hpp) and every exported file
// (export/scenario_diagram.cpp) read their colours from model/visual_vocabulary.hpp, so the
// same actor has the same colour on screen and in a file, and changing a colour in the
// vocabulary changes both. These tests compare the canvas's packed colours with the file's
// "#RRGGBB" for every actor and every colouring, and every layer's edge colour.
#include <gtest/gtest.h>

#include <cstdio>

#include "doc/style.hpp"
#include "export/export.hpp"
#include "model/visual_vocabulary.hpp"

namespace rk {
namespace {

// ImGui's packing (R in the low byte) back to the files' "#RRGGBB[AA]".
std::string hex_of_packed(std::uint32_t c) {
    const vocabulary::Rgba v{
        static_cast<std::uint8_t>(c & 0xFF), static_cast<std::uint8_t>((c >> 8) & 0xFF),
        static_cast<std::uint8_t>((c >> 16) & 0xFF), static_cast<std::uint8_t>((c >> 24) & 0xFF)};
    return v.hex();
}

Scenario varied_scenario() {
    Scenario s;
    s.id = "s";
    const Bestuurslaag tiers[] = {Bestuurslaag::Rijk, Bestuurslaag::Gemeente, Bestuurslaag::Unknown,
                                  Bestuurslaag::Provincie};
    const char* sectors[] = {"wonen", "zorg", "", "water"};
    for (int i = 0; i < 8; ++i) {
        Actor a;
        a.id = "a" + std::to_string(i);
        a.name = "Actor " + std::to_string(i);
        a.bestuurslaag = tiers[i % 4];
        a.sector = sectors[i % 4];
        a.koker = i % 3 ? "koker " + std::to_string(i % 3) : "";
        a.stance = i % 2 ? Stance::Proponent : Stance::Opponent;
        a.type = i % 2 ? ActorType::Municipality : ActorType::Unknown;
        if (i % 4 == 0)
            a.roles = {Role::Regisseur};
        s.actors.push_back(a);
        s.positions[a.id] = {40.0 * i, 30.0 * (i % 3), false};
    }
    return s;
}

TEST(CanvasExportColours, EveryActorHasTheSameColourOnScreenAndInTheFile) {
    Case c;
    c.title = "t";
    c.scenarios = {varied_scenario()};
    const Scenario& s = c.scenarios[0];
    for (doc::ColorBy by : {doc::ColorBy::Bestuurslaag, doc::ColorBy::Sector, doc::ColorBy::Koker,
                            doc::ColorBy::Role, doc::ColorBy::Stance, doc::ColorBy::Type}) {
        const doc::Coloring screen = doc::color_actors(s, by, Language::Dutch);
        exporter::DiagramStyle st;
        st.color_by = doc::color_by_token(by);
        st.agreements = false;
        const std::string dot = exporter::diagram_dot(c, s, st);
        for (std::size_t i = 0; i < s.actors.size(); ++i) {
            const std::string colour =
                hex_of_packed(screen.legend[static_cast<std::size_t>(screen.category[i])].color);
            // Graphviz node ids are n0, n1... in actor order.
            const auto node = dot.find("  n" + std::to_string(i) + " [pos=");
            ASSERT_NE(node, std::string::npos);
            const std::string line = dot.substr(node, dot.find('\n', node) - node);
            EXPECT_NE(line.find("fillcolor=\"" + colour + "\""), std::string::npos)
                << doc::color_by_token(by) << " actor " << i << ": screen " << colour << ", file "
                << line;
        }
    }
}

TEST(CanvasExportColours, BothReadTheOneVocabulary) {
    // The canvas's colours are the vocabulary's, packed: a colour changed there changes the
    // screen, and the test above shows the file follows the same function.
    for (const auto& e : entries<Bestuurslaag>()) {
        Scenario s;
        Actor a;
        a.id = "x";
        a.bestuurslaag = e.value;
        s.actors = {a};
        const auto screen = doc::color_actors(s, doc::ColorBy::Bestuurslaag, Language::Dutch);
        EXPECT_EQ(screen.legend[0].color,
                  doc::packed(e.value == Bestuurslaag::Unknown
                                  ? vocabulary::unknown_color()
                                  : vocabulary::bestuurslaag_color(e.value)));
    }
    for (const auto& e : entries<Layer>()) {
        EXPECT_EQ(doc::layer_style(e.value, false).color,
                  doc::packed(vocabulary::layer_style(e.value, false).color));
        EXPECT_EQ(doc::layer_style(e.value, true).dashed,
                  vocabulary::layer_style(e.value, true).dashed);
    }
    for (const auto& e : entries<RegieKind>())
        EXPECT_EQ(doc::regie_kind_color(e.value),
                  doc::packed(vocabulary::regie_kind_color(e.value)));
    // Rijksblauw, as the canvas has always drawn Rijk: 0, 84, 150.
    EXPECT_EQ(doc::packed(vocabulary::bestuurslaag_color(Bestuurslaag::Rijk)),
              doc::rgba(0, 84, 150));
}

}  // namespace
}  // namespace rk

// Building a map on the canvas (issue 13): pasted lists, grid placement, alignment, the new
// actor and relation commands (each one exact undo step), a new case, and what the canvas
// draws for a task finding. Every expected value is worked out by hand in a comment.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <iterator>

#include "doc/actor_list.hpp"
#include "doc/document.hpp"
#include "doc/finding_cause.hpp"
#include "doc/i18n.hpp"
#include "doc/map_building.hpp"
#include "doc/test_log.hpp"

namespace rk::doc {
namespace {

Document two_actor_doc() {
    Case c = new_case(Language::Dutch);
    Scenario& s = c.scenarios.front();
    Actor a;
    a.id = "gem";
    a.name = "Gemeente";
    Actor b;
    b.id = "prov";
    b.name = "Provincie";
    s.actors = {a, b};
    s.positions["gem"] = {0, 0, false};
    s.positions["prov"] = {100, 40, false};
    return Document(std::move(c));
}

// Applying, undoing and redoing one step gives exactly the case before and after.
void expect_exact_undo(Document& d, const Case& before) {
    const Case after = d.data();
    ASSERT_FALSE(before == after);
    ASSERT_TRUE(d.undo());
    EXPECT_TRUE(d.data() == before);
    ASSERT_TRUE(d.redo());
    EXPECT_TRUE(d.data() == after);
}

TEST(ActorList, OneActorPerNonEmptyLine) {
    // Three names, a blank line and a line of spaces between them, Windows line ends.
    const ActorList l =
        parse_actor_list("Gemeente Leiden\r\n\r\n   \nProvincie Zuid-Holland\nGGD\n");
    ASSERT_EQ(l.actors.size(), 3u);
    EXPECT_FALSE(l.header);
    EXPECT_EQ(l.actors[0].name, "Gemeente Leiden");
    EXPECT_EQ(l.actors[1].name, "Provincie Zuid-Holland");
    EXPECT_EQ(l.actors[2].name, "GGD");
    EXPECT_TRUE(l.warnings.empty());
}

TEST(ActorList, ColumnsInOrderWithoutHeader) {
    // name, short name, type, bestuurslaag: type by Dutch label, bestuurslaag by token.
    const ActorList l = parse_actor_list("Gemeente Leiden\tLeiden\tgemeente\tgemeente\n");
    ASSERT_EQ(l.actors.size(), 1u);
    EXPECT_EQ(l.actors[0].short_name, "Leiden");
    EXPECT_EQ(l.actors[0].type, ActorType::Municipality);
    EXPECT_EQ(l.actors[0].bestuurslaag, Bestuurslaag::Gemeente);
}

TEST(ActorList, HeaderRowMapsColumnsInAnyOrderAndLanguage) {
    // English header in another order; enum cells as English labels in upper case.
    const ActorList l = parse_actor_list(
        "Level\tName\tType\n"
        "Central Government\tProvincie Utrecht\tPROVINCE\n");
    EXPECT_TRUE(l.header);
    ASSERT_EQ(l.actors.size(), 1u);
    EXPECT_EQ(l.actors[0].name, "Provincie Utrecht");
    EXPECT_EQ(l.actors[0].type, ActorType::Province);
    EXPECT_EQ(l.actors[0].bestuurslaag, Bestuurslaag::Rijk);
    const ActorList nl = parse_actor_list("Afkorting\tNaam\nBZK\tMinisterie van BZK\n");
    ASSERT_EQ(nl.actors.size(), 1u);
    EXPECT_EQ(nl.actors[0].short_name, "BZK");
    EXPECT_EQ(nl.actors[0].name, "Ministerie van BZK");
}

TEST(ActorList, UnknownLabelsAndMissingNamesAreReportedWithLineAndColumn) {
    const ActorList l = parse_actor_list("Naam\tType\nGemeente X\tkasteel\n\tgemeente\n");
    ASSERT_EQ(l.actors.size(), 1u);
    EXPECT_EQ(l.actors[0].type, ActorType::Unknown);
    ASSERT_EQ(l.warnings.size(), 2u);
    // "kasteel" is on line 2, column 2; the nameless row is line 3.
    EXPECT_EQ(std::string(pick(l.warnings[0], Language::English)),
              "line 2, column 2: unknown type \"kasteel\"");
    EXPECT_EQ(std::string(pick(l.warnings[1], Language::Dutch)),
              "regel 3, kolom 1: geen naam, regel overgeslagen");
}

TEST(GridPositions, CentredRowByRow) {
    // 5 points: ceil(sqrt 5) = 3 columns, 2 rows; spacing 100 around (0, 0):
    // x = -100, 0, 100; y = -50 (first row), 50 (second row).
    const auto p = grid_positions(5, {0, 0}, 100);
    ASSERT_EQ(p.size(), 5u);
    EXPECT_DOUBLE_EQ(p[0].x, -100);
    EXPECT_DOUBLE_EQ(p[0].y, -50);
    EXPECT_DOUBLE_EQ(p[2].x, 100);
    EXPECT_DOUBLE_EQ(p[3].x, -100);
    EXPECT_DOUBLE_EQ(p[3].y, 50);
    EXPECT_DOUBLE_EQ(p[4].x, 0);
    EXPECT_TRUE(grid_positions(0, {0, 0}, 100).empty());
    // One point sits exactly on the centre.
    const auto one = grid_positions(1, {12.34, -5}, 100);
    EXPECT_DOUBLE_EQ(one[0].x, 12.3);
    EXPECT_DOUBLE_EQ(one[0].y, -5);
}

TEST(PasteActors, OneStepAllSelectedExactUndo) {
    Document d = two_actor_doc();
    const Case before = d.data();
    const auto list = parse_actor_list("A\nB\nC\n").actors;
    const auto ids = paste_actors(d, list, {500, 500}, 120);
    ASSERT_EQ(ids.size(), 3u);
    EXPECT_EQ(ids[0], "a");
    EXPECT_EQ(d.history().size(), 1u);
    EXPECT_EQ(d.scenario()->actors.size(), 5u);
    for (const auto& id : ids)
        EXPECT_TRUE(d.selection().has_actor(id));
    EXPECT_EQ(d.selection().actors().size(), 3u);
    // 3 points: 2 columns, 2 rows: (440, 440), (560, 440), (440, 560).
    EXPECT_DOUBLE_EQ(d.scenario()->positions.at("c").x, 440);
    EXPECT_DOUBLE_EQ(d.scenario()->positions.at("c").y, 560);
    expect_exact_undo(d, before);
}

TEST(AddActorAt, ReadableUniqueIdsAndOneStep) {
    Document d = two_actor_doc();
    const Case before = d.data();
    d.execute(add_actor_at(d.data(), "s1", "Gemeente", Position{10.04, 20, false}));
    // "gem" is taken, "gemeente" is not.
    const Actor* a = d.scenario()->find_actor("gemeente");
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->name, "Gemeente");
    EXPECT_DOUBLE_EQ(d.scenario()->positions.at("gemeente").x, 10.0);
    EXPECT_EQ(d.history().size(), 1u);
    // The step is named after the actor (the name was once lost to an argument moved first).
    EXPECT_EQ(std::string(pick(d.history()[0], Language::English)), "Add actor: Gemeente");
    expect_exact_undo(d, before);
    EXPECT_EQ(actor_id_for_name(d.data(), "Gemeente"), "gemeente-2");
    EXPECT_EQ(actor_id_for_name(d.data(), "GGD Hollands-Midden!"), "ggd-hollands-midden");
    EXPECT_EQ(add_actor_at(d.data(), "s1", "", Position{}), nullptr);
}

TEST(DrawRelation, LayerAndDirectionExactUndo) {
    Document d = two_actor_doc();
    const Case before = d.data();
    d.execute(draw_relation(d.data(), "s1", "prov", "gem", Layer::Directs));
    ASSERT_EQ(d.scenario()->relations.size(), 1u);
    const Relation& r = d.scenario()->relations[0];
    EXPECT_EQ(r.source, "prov");
    EXPECT_EQ(r.target, "gem");
    EXPECT_EQ(r.layer, Layer::Directs);
    EXPECT_TRUE(r.directed);
    expect_exact_undo(d, before);
    // Collaboration is mutual; a loop or an unknown end is refused.
    auto c = draw_relation(d.data(), "s1", "gem", "prov", Layer::Collaboration);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(draw_relation(d.data(), "s1", "gem", "gem", Layer::Directs), nullptr);
    EXPECT_EQ(draw_relation(d.data(), "s1", "gem", "nobody", Layer::Directs), nullptr);
    EXPECT_FALSE(layer_directed_by_default(Layer::Collaboration));
}

TEST(AlignActors, HorizontalAndVerticalExactUndo) {
    Document d = two_actor_doc();
    const Case before = d.data();
    // y of gem 0 and prov 40: mean 20.
    d.execute(align_actors(d.data(), "s1", {"gem", "prov"}, Alignment::Horizontal));
    EXPECT_DOUBLE_EQ(d.scenario()->positions.at("gem").y, 20);
    EXPECT_DOUBLE_EQ(d.scenario()->positions.at("prov").y, 20);
    EXPECT_DOUBLE_EQ(d.scenario()->positions.at("prov").x, 100);
    expect_exact_undo(d, before);
    const Case mid = d.data();
    // x of gem 0 and prov 100: mean 50.
    d.execute(align_actors(d.data(), "s1", {"gem", "prov"}, Alignment::Vertical));
    EXPECT_DOUBLE_EQ(d.scenario()->positions.at("gem").x, 50);
    EXPECT_EQ(d.history().size(), 2u);
    expect_exact_undo(d, mid);
    // One actor, or actors already in line: nothing to do.
    EXPECT_EQ(align_actors(d.data(), "s1", {"gem"}, Alignment::Vertical), nullptr);
    EXPECT_EQ(align_actors(d.data(), "s1", {"gem", "prov"}, Alignment::Vertical), nullptr);
}

TEST(NewCase, OneEmptyScenario) {
    const Case c = new_case(Language::English);
    ASSERT_EQ(c.scenarios.size(), 1u);
    EXPECT_TRUE(c.scenarios[0].actors.empty());
    EXPECT_EQ(c.title, "New case");
    Document d(c);
    EXPECT_FALSE(d.dirty());
    EXPECT_NE(d.scenario(), nullptr);
}

TEST(FindingCause, TaskWithoutOwnerAndBrokenHandOver) {
    // Task t1 (intake) is held by gem (R and A); t2 (zorg) follows it, held by prov (R only,
    // no A). Nobody holds R or A on both sides: the hand-over t1 -> t2 is unowned, and t2
    // lacks an A.
    Case c = two_actor_doc().data();
    Scenario& s = c.scenarios.front();
    Responsibility t1;
    t1.id = "t1";
    t1.task = "intake";
    t1.assignments = {{"gem", true, true, false, false, {}}};
    Responsibility t2;
    t2.id = "t2";
    t2.task = "zorg";
    t2.follows = "t1";
    t2.assignments = {{"prov", true, false, false, false, {}}};
    s.responsibilities = {t1, t2};
    analytics::Finding f;
    f.id = "tussen_wal_en_schip";
    f.tasks = {"t1", "t2"};
    const FindingCause cause = cause_of(s, f);
    EXPECT_EQ(cause.actors, (std::set<std::string>{"gem", "prov"}));
    ASSERT_EQ(cause.broken_links.size(), 1u);
    EXPECT_EQ(cause.broken_links[0].from, "gem");
    EXPECT_EQ(cause.broken_links[0].to, "prov");
    EXPECT_EQ(std::string(pick(cause.broken_links[0].label, Language::English)),
              "hand-over without an owner: intake → zorg");
    EXPECT_EQ(std::string(pick(cause.actor_notes.at("prov"), Language::Dutch)), "zorg: geen A");
    EXPECT_FALSE(cause.actor_notes.contains("gem"));
}

TEST(FindingCause, CaptionInTheUiLanguage) {
    analytics::Finding f;
    f.title_nl = "Tussen wal en schip";
    f.title_en = "Falling through the cracks";
    f.summary_nl = "2 taken zonder R";
    f.numbers = {{"handovers", 3}, {"ratio", 0.5}};
    const FindingCaption nl = caption_of(f, Language::Dutch);
    EXPECT_EQ(nl.title, "Tussen wal en schip");
    EXPECT_EQ(nl.summary, "2 taken zonder R");
    EXPECT_EQ(nl.numbers, "handovers: 3  ·  ratio: 0,50");
    EXPECT_EQ(caption_of(f, Language::English).numbers, "handovers: 3  ·  ratio: 0.50");
}

TEST(TestLog, HistoryLinesFollowEditsUndoAndRedo) {
    const std::string path = ::testing::TempDir() + "rk_test_log.txt";
    std::remove(path.c_str());
    Document d = two_actor_doc();
    {
        TestLog log(path);
        log.history(d);  // a new document: nothing to say yet
        d.execute(add_actor_at(d.data(), "s1", "GGD", Position{}));
        log.history(d);
        log.history(d);  // no change: no line
        d.undo();
        log.history(d);
    }
    std::ifstream in(path);
    std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(all, "history 1/1 Add actor: GGD\nhistory 0/1 (start)\n");
    TestLog off;  // without --test-log nothing is written and nothing fails
    off.write("x");
    EXPECT_FALSE(off.enabled());
}

}  // namespace
}  // namespace rk::doc

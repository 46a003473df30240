// Autosave writes a loadable copy plus a manifest, only when something changed and the
// interval passed; recovery finds it; a save discards it. Recent files keep order.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "doc/autosave.hpp"
#include "doc/edits.hpp"
#include "doc/recent_files.hpp"
#include "model/case_io.hpp"

namespace rk::doc {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() /
               ("rk_doc_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
};

Case tiny_case() {
    Case c;
    c.id = "tiny";
    c.title = "Jeugdzorgketen ë é ĳ";
    Scenario s;
    s.id = "s1";
    s.name = "nu";
    Actor a;
    a.id = "politie";
    a.name = "Politie";
    s.actors.push_back(a);
    c.scenarios.push_back(s);
    return c;
}

std::string read(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void edit(Document& d, const std::string& name) {
    Actor a = *d.scenario()->find_actor("politie");
    a.name = name;
    d.execute(set_actor(d.data(), "s1", a));
}

TEST(Autosave, WritesOnlyWhenDirtyAndIntervalPassed) {
    TempDir tmp;
    Document d(tiny_case(), tmp.path / "keten.regie.json");
    Autosaver saver(tmp.path / "recovery", 30s);
    const auto t0 = Autosaver::Clock::time_point{} + 1000s;
    EXPECT_FALSE(saver.tick(d, t0));  // clean document: nothing to protect
    edit(d, "Politie Eenheid");
    EXPECT_TRUE(saver.tick(d, t0));
    EXPECT_FALSE(saver.tick(d, t0 + 5s));  // unchanged since
    edit(d, "Politie Eenheid Den Haag");
    EXPECT_FALSE(saver.tick(d, t0 + 10s));  // changed, interval not passed
    EXPECT_TRUE(saver.tick(d, t0 + 31s));
    EXPECT_TRUE(saver.last_error().empty());
}

TEST(Autosave, FileContentLoadsAndManifestNamesOriginal) {
    TempDir tmp;
    Document d(tiny_case(), tmp.path / "keten.regie.json");
    edit(d, "Politie (bewerkt)");
    Autosaver saver(tmp.path / "recovery", 30s);
    ASSERT_TRUE(saver.write_now(d)) << saver.last_error();
    auto loaded = parse_case_json(read(saver.case_path_for(d)), "recovery");
    ASSERT_TRUE(loaded.value) << loaded.diagnostics.to_string();
    EXPECT_EQ(*loaded.value, d.data());
    auto m = nlohmann::json::parse(read(saver.manifest_path_for(d)));
    EXPECT_EQ(m["original"], fs::absolute(tmp.path / "keten.regie.json").string());
    EXPECT_EQ(m["title"], "Jeugdzorgketen ë é ĳ");
    EXPECT_EQ(m["revision"], 1);
    EXPECT_EQ(m["saved_at"].get<std::string>().size(), 20u);
    // No temporary files are left behind.
    int files = 0;
    for (const auto& e : fs::directory_iterator(tmp.path / "recovery")) {
        (void)e;
        ++files;
    }
    EXPECT_EQ(files, 2);
}

TEST(Autosave, RecoveryFoundThenDiscarded) {
    TempDir tmp;
    const fs::path dir = tmp.path / "recovery";
    EXPECT_TRUE(find_recoveries(dir).empty());  // missing directory is fine
    Document d(tiny_case(), tmp.path / "keten.regie.json");
    edit(d, "x");
    {
        Autosaver saver(dir, 30s);
        ASSERT_TRUE(saver.write_now(d));
    }  // "crash": the saver is gone, the files stay
    auto found = find_recoveries(dir);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].title, "Jeugdzorgketen ë é ĳ");
    EXPECT_EQ(fs::path(found[0].original).filename(), "keten.regie.json");
    auto loaded = load_case_file(found[0].case_file);
    ASSERT_TRUE(loaded.value);
    EXPECT_EQ(loaded.value->scenarios[0].actors[0].name, "x");
    discard_recovery(found[0]);
    EXPECT_TRUE(find_recoveries(dir).empty());
}

TEST(Autosave, SaveDiscardsRecovery) {
    TempDir tmp;
    Document d(tiny_case(), tmp.path / "keten.regie.json");
    edit(d, "y");
    Autosaver saver(tmp.path / "recovery", 30s);
    ASSERT_TRUE(saver.write_now(d));
    ASSERT_TRUE(fs::exists(saver.case_path_for(d)));
    saver.discard(d);
    EXPECT_FALSE(fs::exists(saver.case_path_for(d)));
    EXPECT_FALSE(fs::exists(saver.manifest_path_for(d)));
    EXPECT_TRUE(find_recoveries(tmp.path / "recovery").empty());
}

TEST(Autosave, UntitledDocumentsGetDistinctFiles) {
    TempDir tmp;
    Document a(tiny_case()), b(tiny_case());
    Autosaver sa(tmp.path / "r", 30s), sb(tmp.path / "r", 30s);
    EXPECT_NE(sa.case_path_for(a), sb.case_path_for(b));
    edit(a, "a");
    ASSERT_TRUE(sa.write_now(a));
    auto found = find_recoveries(tmp.path / "r");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_TRUE(found[0].original.empty());
}

TEST(Autosave, IncompleteEntryIsIgnored) {
    TempDir tmp;
    fs::create_directories(tmp.path / "r");
    std::ofstream(tmp.path / "r" / "abc.manifest.json") << R"({"original":"x"})";
    std::ofstream(tmp.path / "r" / "def.manifest.json") << "not json";
    std::ofstream(tmp.path / "r" / "def.regie.json") << "{}";
    EXPECT_TRUE(find_recoveries(tmp.path / "r").empty());
}

TEST(RecentFiles, NewestFirstDedupedTrimmedAndPersisted) {
    TempDir tmp;
    const fs::path store = tmp.path / "cfg" / "recent.txt";
    RecentFiles r(store, 3);
    r.add(tmp.path / "a.regie.json");
    r.add(tmp.path / "b.regie.json");
    r.add(tmp.path / "a.regie.json");
    r.add(tmp.path / "c.regie.json");
    r.add(tmp.path / "d.regie.json");
    ASSERT_EQ(r.items().size(), 3u);
    EXPECT_EQ(fs::path(r.items()[0]).filename(), "d.regie.json");
    EXPECT_EQ(fs::path(r.items()[2]).filename(), "a.regie.json");
    ASSERT_TRUE(r.save());
    RecentFiles again(store, 3);
    again.load();
    EXPECT_EQ(again.items(), r.items());
    again.remove(tmp.path / "c.regie.json");
    EXPECT_EQ(again.items().size(), 2u);
}

}  // namespace
}  // namespace rk::doc

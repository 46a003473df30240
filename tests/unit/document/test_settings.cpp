// The settings store (issue 16): round trip, a damaged file is set aside with a located
// message and never crashes, writes are atomic, command-line options win.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "doc/recent_files.hpp"
#include "doc/settings.hpp"

namespace rk::doc {
namespace {

namespace fs = std::filesystem;

class SettingsTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() /
               ("rk-settings-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    void write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }
    std::string read(const fs::path& p) {
        std::ifstream in(p);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }
    fs::path dir_;
};

TEST_F(SettingsTest, RoundTripKeepsEveryField) {
    Settings s;
    s.language = Language::English;
    s.dark = true;
    s.window = WindowGeometry{1500, 900, 40, -20};
    s.last_folder = "/home/adviseur/Documenten/regie";
    s.panels = PanelSizes{260, 410, 0, true, true, false};
    SettingsStore store(dir_ / "sub" / "settings.json");  // the directory is created
    ASSERT_TRUE(store.save(s).ok);
    const SettingsParse back = store.load();
    EXPECT_EQ(back.problem, "");
    EXPECT_EQ(back.settings.language, Language::English);
    EXPECT_EQ(back.settings.dark, true);
    ASSERT_TRUE(back.settings.window);
    EXPECT_EQ(back.settings.window->width, 1500);
    EXPECT_EQ(back.settings.window->height, 900);
    EXPECT_EQ(back.settings.window->x, 40);
    EXPECT_EQ(back.settings.window->y, -20);
    EXPECT_EQ(back.settings.last_folder, "/home/adviseur/Documenten/regie");
    ASSERT_TRUE(back.settings.panels);
    EXPECT_EQ(*back.settings.panels, (PanelSizes{260, 410, 0, true, true, false}));
}

TEST_F(SettingsTest, MissingFileGivesDefaultsWithoutProblem) {
    const SettingsParse r = SettingsStore(dir_ / "settings.json").load();
    EXPECT_EQ(r.problem, "");
    EXPECT_FALSE(r.settings.language);
    EXPECT_FALSE(r.settings.window);
}

TEST_F(SettingsTest, DamagedJsonIsSetAsideWithLineAndColumn) {
    const fs::path f = dir_ / "settings.json";
    // Line 3, column 12 is the "}" where the value of "theme" should be (2 spaces, 7 for
    // "theme", the colon, a space: 11 characters before it).
    write(f, "{\n  \"language\": \"en\",\n  \"theme\": }\n");
    const SettingsParse r = SettingsStore(f).load();
    EXPECT_NE(r.problem.find(f.string() + ":3:12"), std::string::npos) << r.problem;
    EXPECT_FALSE(r.settings.language);  // all or nothing
    EXPECT_FALSE(fs::exists(f));
    EXPECT_TRUE(fs::exists(dir_ / "settings.json.damaged"));
    EXPECT_EQ(read(dir_ / "settings.json.damaged"), "{\n  \"language\": \"en\",\n  \"theme\": }\n");
}

TEST_F(SettingsTest, WrongTypesAndRangesAreProblems) {
    struct Case {
        const char* text;
        const char* expected;
    };
    const Case cases[] = {
        {R"({"language": "fr"})", "\"language\": expected \"nl\" or \"en\""},
        {R"({"theme": 1})", "\"theme\": expected \"light\" or \"dark\""},
        {R"({"window": {"width": 100, "height": 800}})",
         "\"window.width\": expected a whole number from 320"},
        {R"({"window": {"width": 1280}})", "expected \"width\" and \"height\""},
        {R"({"last_folder": 3})", "\"last_folder\": expected a string"},
        {R"({"panels": {"left": -5}})", "\"panels.left\": expected a whole number from 0"},
        {R"({"panels": {"right_open": "yes"}})", "\"panels.right_open\": expected true or false"},
        {R"({"panels": 1})", "\"panels\": expected an object"},
        {R"([1, 2])", "expected a JSON object"},
        {"", "not valid JSON"},
    };
    for (const auto& c : cases) {
        const SettingsParse r = parse_settings(c.text, "s.json");
        EXPECT_NE(r.problem.find(c.expected), std::string::npos) << c.text << " -> " << r.problem;
        EXPECT_TRUE(r.problem.starts_with("s.json:")) << r.problem;
    }
}

TEST_F(SettingsTest, UnknownKeysAreIgnored) {
    const SettingsParse r = parse_settings(R"({"language": "nl", "future_key": [1]})", "s.json");
    EXPECT_EQ(r.problem, "");
    EXPECT_EQ(r.settings.language, Language::Dutch);
}

TEST_F(SettingsTest, SaveIsAtomicAndLeavesNoTemporaries) {
    const fs::path f = dir_ / "settings.json";
    SettingsStore store(f);
    Settings a;
    a.language = Language::Dutch;
    ASSERT_TRUE(store.save(a).ok);
    Settings b;
    b.language = Language::English;
    ASSERT_TRUE(store.save(b).ok);
    EXPECT_EQ(store.load().settings.language, Language::English);
    int files = 0;
    for (const auto& e : fs::directory_iterator(dir_)) {
        ++files;
        EXPECT_EQ(e.path().filename(), "settings.json") << "left behind: " << e.path();
    }
    EXPECT_EQ(files, 1);
}

TEST_F(SettingsTest, SaveIntoAnUnwritablePlaceFailsAndKeepsTheOldFile) {
    // A file where the directory should be: create_directories fails, the save reports it.
    write(dir_ / "blocked", "not a directory");
    const SaveResult r = SettingsStore(dir_ / "blocked" / "settings.json").save(Settings{});
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("blocked"), std::string::npos) << r.error;
    EXPECT_EQ(read(dir_ / "blocked"), "not a directory");
}

TEST_F(SettingsTest, CommandLineOptionsWinOverSettings) {
    Settings s;
    s.language = Language::English;
    s.dark = true;
    s.window = WindowGeometry{1000, 700, {}, {}};
    AppOptions given;
    given.lang = Language::Dutch;
    given.lang_given = true;
    given.size_given = true;
    apply_settings(s, given);
    EXPECT_EQ(given.lang, Language::Dutch);  // --lang nl given
    EXPECT_TRUE(given.dark);                 // no --theme: the saved dark theme
    EXPECT_EQ(given.width, 1280);            // --size given (the default here)
    AppOptions plain;
    apply_settings(s, plain);
    EXPECT_EQ(plain.lang, Language::English);
    EXPECT_EQ(plain.width, 1000);
    EXPECT_EQ(plain.height, 700);
}

TEST_F(SettingsTest, ConfigDirFollowsXdgThenHome) {
    const char* old_xdg = std::getenv("XDG_CONFIG_HOME");
    const std::string saved = old_xdg ? old_xdg : "";
    setenv("XDG_CONFIG_HOME", (dir_ / "xdg").c_str(), 1);
    EXPECT_EQ(config_dir(), dir_ / "xdg" / "regiekaart");
    EXPECT_EQ(SettingsStore::default_file(), dir_ / "xdg" / "regiekaart" / "settings.json");
    // The recent files live in the same directory.
    EXPECT_EQ(default_recent_files_path(), dir_ / "xdg" / "regiekaart" / "recent.txt");
    unsetenv("XDG_CONFIG_HOME");
    if (const char* home = std::getenv("HOME")) {
        EXPECT_EQ(config_dir(), fs::path(home) / ".config" / "regiekaart");
    }
    if (old_xdg)
        setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
}

}  // namespace
}  // namespace rk::doc

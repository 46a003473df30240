// What the built-in file browser lists and understands (issue 16), and the portal helpers
// that need no desktop: folders first, filtering by type, typed paths, sizes, the request
// handle path, and that no portal means Unavailable at once (the browser's cue).
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "doc/file_filters.hpp"
#include "doc/folder_listing.hpp"
#include "doc/install_paths.hpp"
#include "doc/portal_file_chooser.hpp"

namespace rk::doc {
namespace {

namespace fs = std::filesystem;

class FolderListingTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("rk-listing-" + std::to_string(::getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_ / "Zuid");
        fs::create_directories(dir_ / "archief");
        fs::create_directories(dir_ / ".verborgen");
        std::ofstream(dir_ / "b.regie.json") << "{}";
        std::ofstream(dir_ / "A.REGIE.JSON") << "{\"x\": 1}";
        std::ofstream(dir_ / "netwerk.graphml") << "<graphml/>";
        std::ofstream(dir_ / "notities.odt") << "odt";
        std::ofstream(dir_ / ".c.regie.json") << "{}";
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path dir_;
};

std::vector<std::string> names(const FolderListing& l) {
    std::vector<std::string> out;
    for (const auto& e : l.entries)
        out.push_back(e.name);
    return out;
}

TEST_F(FolderListingTest, FoldersFirstThenMatchingFilesByNameIgnoringCase) {
    const FolderListing l = list_folder(dir_, save_case_filters(Language::English).front());
    EXPECT_EQ(l.error, "");
    // Hidden entries are left out; the .graphml and .odt do not match *.regie.json.
    EXPECT_EQ(names(l),
              (std::vector<std::string>{"archief", "Zuid", "A.REGIE.JSON", "b.regie.json"}));
    EXPECT_TRUE(l.entries[0].is_dir);
    EXPECT_EQ(l.entries[2].size, 8u);  // {"x": 1}
}

TEST_F(FolderListingTest, AllReadableFilterTakesEveryImportFormat) {
    const FileFilter all = open_filters(Language::Dutch).front();
    const FolderListing l = list_folder(dir_, all);
    EXPECT_EQ(names(l), (std::vector<std::string>{"archief", "Zuid", "A.REGIE.JSON", "b.regie.json",
                                                  "netwerk.graphml"}));
    const FolderListing every = list_folder(dir_, open_filters(Language::Dutch).back());
    EXPECT_EQ(every.entries.size(), 6u);  // "Alle bestanden": the .odt too
}

TEST_F(FolderListingTest, UnreadableFolderIsAnErrorNotACrash) {
    const FolderListing l =
        list_folder(dir_ / "bestaat-niet", open_filters(Language::Dutch).front());
    EXPECT_TRUE(l.entries.empty());
    EXPECT_NE(l.error.find("bestaat-niet"), std::string::npos) << l.error;
}

TEST(FileFilters, OpenOffersEveryFormatAndMatchesIgnoringCase) {
    const auto filters = open_filters(Language::Dutch);
    ASSERT_GE(filters.size(), 9u);  // all readable, 7 formats, all files
    EXPECT_EQ(filters.front().name, "Alle leesbare bestanden");
    EXPECT_EQ(filters[1].globs, std::vector<std::string>{"*.regie.json"});
    EXPECT_TRUE(matches(filters.front(), "x/Case.Regie.Json"));
    EXPECT_TRUE(matches(filters.front(), "graaf.gv"));
    EXPECT_FALSE(matches(filters.front(), "regie.json.bak"));
    EXPECT_FALSE(matches(filters[1], ".regie.json.txt"));
    EXPECT_TRUE(matches(filters.back(), "anything"));
    EXPECT_EQ(export_filters(Language::English, ".svg").front().globs,
              std::vector<std::string>{"*.svg"});
}

TEST(FolderListing, SizesReadLikeADesktopFileManager) {
    EXPECT_EQ(format_size(0), "0 B");
    EXPECT_EQ(format_size(999), "999 B");
    EXPECT_EQ(format_size(1000), "1.0 kB");
    EXPECT_EQ(format_size(34'500), "34 kB");
    EXPECT_EQ(format_size(1'250'000), "1.2 MB");  // 1.25 rounds to even in printf
}

TEST(FolderListing, TypedPathsAreResolvedAgainstTheCurrentFolder) {
    EXPECT_EQ(resolve_typed_path("b.regie.json", "/data/cases"),
              fs::path("/data/cases/b.regie.json"));
    EXPECT_EQ(resolve_typed_path("../x", "/data/cases"), fs::path("/data/x"));
    EXPECT_EQ(resolve_typed_path("/tmp/", "/data"), fs::path("/tmp"));
    if (const char* home = std::getenv("HOME")) {
        EXPECT_EQ(resolve_typed_path("~/a.regie.json", "/data"), fs::path(home) / "a.regie.json");
        EXPECT_EQ(resolve_typed_path("~", "/data"), fs::path(home));
    }
}

TEST(Portal, RequestHandlePathFollowsTheSpecification) {
    // org.freedesktop.portal.Request: SENDER is the unique name without ':' and '.' as '_'.
    EXPECT_EQ(portal_request_path(":1.42", "regiekaart7_0"),
              "/org/freedesktop/portal/desktop/request/1_42/regiekaart7_0");
}

TEST(Portal, NoSessionBusMeansUnavailableAtOnce) {
    const char* old = std::getenv("DBUS_SESSION_BUS_ADDRESS");
    const std::string saved_bus = old ? old : "";
    const char* run = std::getenv("XDG_RUNTIME_DIR");
    const std::string saved_run = run ? run : "";
    unsetenv("DBUS_SESSION_BUS_ADDRESS");
    setenv("XDG_RUNTIME_DIR", "/nonexistent-rk-runtime", 1);
    EXPECT_FALSE(session_bus_configured());
    const auto t0 = std::chrono::steady_clock::now();
    const ChooserResult r = run_portal_chooser(ChooserRequest{}, [] { return false; });
    EXPECT_EQ(r.outcome, ChooserOutcome::Unavailable);
    EXPECT_EQ(r.detail, "no session bus");
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(1));
    setenv("REGIEKAART_NO_PORTAL", "1", 1);
    EXPECT_EQ(run_portal_chooser(ChooserRequest{}, nullptr).detail, "REGIEKAART_NO_PORTAL=1");
    unsetenv("REGIEKAART_NO_PORTAL");
    if (old)
        setenv("DBUS_SESSION_BUS_ADDRESS", saved_bus.c_str(), 1);
    if (run) {
        setenv("XDG_RUNTIME_DIR", saved_run.c_str(), 1);
    } else {
        unsetenv("XDG_RUNTIME_DIR");
    }
}

TEST(InstallPaths, InstalledDataSitsBesideTheBinDirectory) {
    EXPECT_EQ(installed_data_dir_for("/usr/bin/regiekaart"), fs::path("/usr/share/regiekaart"));
    EXPECT_EQ(installed_data_dir_for("/tmp/root/usr/bin/regiekaart"),
              fs::path("/tmp/root/usr/share/regiekaart"));
    // A build that is not installed finds the source tree's samples (RK_ASSETS_DIR).
    const auto samples = sample_case_files();
    ASSERT_FALSE(samples.empty());
    EXPECT_TRUE(fs::exists(sample_cases_dir() / "woondeal-holland-rijnland.regie.json"));
    EXPECT_TRUE(std::is_sorted(samples.begin(), samples.end()));
}

}  // namespace
}  // namespace rk::doc

// The loader and the -o writer every command shares (cli/case_input.hpp, cli/output.hpp):
// located errors, one scenario rule, `-o -`, devices written in place, regular files
// replaced atomically.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "cli/case_input.hpp"
#include "cli/output.hpp"

namespace rk::cli {
namespace {

namespace fs = std::filesystem;

const std::string kData = RK_TEST_DATA;

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

class WriteOutputFile : public ::testing::Test {
  protected:
    void SetUp() override {
        char tmpl[] = "/tmp/rk_cli_output_XXXXXX";
        ASSERT_NE(::mkdtemp(tmpl), nullptr);
        dir_ = tmpl;
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path dir_;
};

TEST(LoadCase, ReadsAValidCase) {
    std::ostringstream err;
    auto c = load_case(kData + "/model/valid.regie.json", {}, err);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->id, "vth-stelsel");
    EXPECT_EQ(err.str(), "");
}

TEST(LoadCase, RejectedFileGivesLocatedErrors) {
    // The same three errors validate_cli.sh checks, through the shared loader.
    const std::string file = kData + "/model/broken.regie.json";
    std::ostringstream err;
    EXPECT_FALSE(load_case(file, {}, err));
    EXPECT_NE(err.str().find(file + ":10:29: error: unknown value \"ministerie\" for \"type\""),
              std::string::npos)
        << err.str();
    EXPECT_NE(err.str().find(file + ":11:9: error: duplicate actor id \"a\""), std::string::npos);
    EXPECT_NE(err.str().find(file + ":14:47: error: relation target \"nobody\""),
              std::string::npos);
}

TEST(LoadCase, MissingFileNamesTheFile) {
    std::ostringstream err;
    EXPECT_FALSE(load_case("/nonexistent/x.regie.json", {}, err));
    EXPECT_EQ(err.str().rfind("/nonexistent/x.regie.json: error: ", 0), 0u) << err.str();
}

TEST(LoadCase, InputOptionsBecomeImportOptions) {
    // What --actors-sheet/--relations-sheet give io::read_file; cli_output.sh checks that
    // the workbook reader then names a missing sheet, through info, analyze and validate.
    ParsedArgs args;
    args.values["relations-sheet"] = "Nergens";
    const io::ImportOptions options = import_options(args);
    EXPECT_EQ(options.relations_sheet, "Nergens");
    EXPECT_EQ(options.actors_sheet, "");
    const auto names = with_input_options({});
    ASSERT_EQ(names.size(), 2u);
    EXPECT_EQ(names[0].long_name, "actors-sheet");
    EXPECT_EQ(names[1].long_name, "relations-sheet");
}

TEST(PickScenario, ByIdByPositionAndTheError) {
    std::ostringstream err;
    auto c = load_case(kData + "/model/valid.regie.json", {}, err);
    ASSERT_TRUE(c);
    // valid.regie.json holds scenarios "2020" and "2022".
    EXPECT_EQ(pick_scenario(*c, std::nullopt, 0, "f", err)->id, "2020");
    EXPECT_EQ(pick_scenario(*c, std::nullopt, 1, "f", err)->id, "2022");
    EXPECT_EQ(pick_scenario(*c, std::nullopt, 7, "f", err)->id, "2022");  // clamped to the last
    EXPECT_EQ(pick_scenario(*c, std::string("2022"), 0, "f", err)->id, "2022");
    EXPECT_EQ(err.str(), "");
    EXPECT_EQ(pick_scenario(*c, std::string("2030"), 0, "f.regie.json", err), nullptr);
    EXPECT_EQ(err.str(), "f.regie.json: error: no scenario '2030'; the case has: 2020 2022\n");
    Case empty;
    std::ostringstream err2;
    EXPECT_EQ(pick_scenario(empty, std::nullopt, 0, "e.regie.json", err2), nullptr);
    EXPECT_EQ(err2.str(), "e.regie.json: error: the case has no scenarios\n");
}

TEST(WriteOutput, DashAndNoPathMeanStandardOutput) {
    std::ostringstream out, err;
    EXPECT_EQ(write_output("abc", std::string("-"), "t", out, err), kExitOk);
    EXPECT_EQ(write_output("def", std::nullopt, "t", out, err), kExitOk);
    EXPECT_EQ(out.str(), "abcdef");
    EXPECT_EQ(err.str(), "");
    EXPECT_FALSE(fs::exists("-"));
}

TEST(WriteOutput, DevNullIsWrittenInPlaceAndStaysADevice) {
    std::ostringstream out, err;
    EXPECT_TRUE(is_special_file("/dev/null"));
    EXPECT_EQ(write_output("bytes", std::string("/dev/null"), "t", out, err), kExitOk) << err.str();
    struct stat st {};
    ASSERT_EQ(::stat("/dev/null", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));
    EXPECT_EQ(out.str(), "");
}

TEST_F(WriteOutputFile, RegularFileIsReplacedAtomically) {
    const fs::path target = dir_ / "out.txt";
    { std::ofstream(target) << "old contents"; }
    // A reader that opened the old file keeps reading the old bytes: the new version came
    // in by rename (a new inode), not by truncating and rewriting the old one in place.
    std::ifstream reader(target, std::ios::binary);
    struct stat before {};
    ASSERT_EQ(::stat(target.c_str(), &before), 0);
    EXPECT_FALSE(is_special_file(target.string()));
    std::ostringstream out, err;
    ASSERT_EQ(write_output("new contents", target.string(), "t", out, err), kExitOk) << err.str();
    struct stat after {};
    ASSERT_EQ(::stat(target.c_str(), &after), 0);
    EXPECT_NE(before.st_ino, after.st_ino);
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(reader), {}), "old contents");
    EXPECT_EQ(read_all(target), "new contents");
    // No temporary and no backup left beside it.
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(WriteOutputFile, FailureNamesTheCommandAndTheFile) {
    // A folder cannot be replaced by a file: exit 1, and the message says which command
    // and which path.
    std::ostringstream out, err;
    EXPECT_EQ(write_output("x", dir_.string(), "analyze", out, err), kExitFailure);
    EXPECT_EQ(err.str().rfind("regiekaart analyze: ", 0), 0u) << err.str();
    EXPECT_NE(err.str().find(dir_.string()), std::string::npos) << err.str();
    EXPECT_EQ(out.str(), "");
}

TEST_F(WriteOutputFile, FifoIsWrittenInPlace) {
    // A named pipe, as `-o >(gzip > x.gz)` gives: it must be opened and written, not
    // replaced by a regular file.
    const fs::path fifo = dir_ / "pipe";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    std::string received;
    std::thread reader([&] { received = read_all(fifo); });
    std::ostringstream out, err;
    EXPECT_EQ(write_output("through the pipe", fifo.string(), "t", out, err), kExitOk) << err.str();
    reader.join();
    EXPECT_EQ(received, "through the pipe");
    struct stat st {};
    ASSERT_EQ(::stat(fifo.c_str(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
}

}  // namespace
}  // namespace rk::cli

// The atomic save procedure: order of the system calls, backup, symlinks, clean-up.
// (Fault injection for every step and the SIGKILL test live in tests/reliability/.)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "model/case_io.hpp"
#include "model/file_system_ops.hpp"

namespace rk {
namespace {

namespace fs = std::filesystem;

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

class TempDir {
  public:
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "rk-save-XXXXXX").string();
        path_ = ::mkdtemp(tmpl.data());
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    const fs::path& path() const { return path_; }

  private:
    fs::path path_;
};

std::vector<std::string> file_names(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir))
        names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// Records the calls of one save: "open:NAME", "write", "fsync", "close", "rename:A>B".
std::vector<std::string>* g_calls = nullptr;

std::string base(const char* p) {
    return fs::path(p).filename().string();
}

FileSystemOps recording_ops() {
    FileSystemOps ops = posix_file_system_ops();
    ops.open = [](const char* p, int flags, mode_t mode) {
        g_calls->push_back("open:" + base(p));
        return ::open(p, flags, mode);
    };
    ops.write = [](int fd, const void* d, std::size_t n) {
        g_calls->push_back("write");
        return ::write(fd, d, n);
    };
    ops.fsync = [](int fd) {
        g_calls->push_back("fsync");
        return ::fsync(fd);
    };
    ops.close = [](int fd) {
        g_calls->push_back("close");
        return ::close(fd);
    };
    ops.rename = [](const char* a, const char* b) {
        g_calls->push_back("rename:" + base(a).substr(0, base(a).find(".tmp-") + 5) + ">" +
                           base(b));
        return ::rename(a, b);
    };
    ops.link = [](const char* a, const char* b) {
        g_calls->push_back("link:" + base(a));
        return ::link(a, b);
    };
    return ops;
}

TEST(AtomicSave, CreatesTheFileWithExactBytes) {
    TempDir dir;
    const fs::path file = dir.path() / "case.regie.json";
    const SaveResult r = save_text_file_atomic("hello\n", file);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(read_all(file), "hello\n");
    EXPECT_EQ(file_names(dir.path()), std::vector<std::string>{"case.regie.json"});
}

TEST(AtomicSave, SyscallOrderIsWriteFsyncCloseLinkRenameThenDirectoryFsync) {
    TempDir dir;
    const fs::path file = dir.path() / "c.json";
    ASSERT_TRUE(save_text_file_atomic("old", file).ok);
    std::vector<std::string> calls;
    g_calls = &calls;
    {
        ScopedFileSystemOps scoped(recording_ops());
        ASSERT_TRUE(save_text_file_atomic("new", file).ok);
    }
    g_calls = nullptr;
    ASSERT_GE(calls.size(), 9u);
    EXPECT_EQ(calls[0].rfind("open:c.json.tmp-", 0), 0u) << calls[0];
    const std::vector<std::string> rest(calls.begin() + 1, calls.end());
    EXPECT_EQ(rest, (std::vector<std::string>{
                        "write", "fsync", "close", "link:c.json", "rename:c.json.tmp->c.json",
                        "rename:c.json.bak.tmp->c.json.bak",
                        "open:" + dir.path().filename().string(), "fsync", "close"}));
}

TEST(AtomicSave, KeepsOneBackupWithThePreviousVersion) {
    TempDir dir;
    const fs::path file = dir.path() / "c.json";
    ASSERT_TRUE(save_text_file_atomic("v1", file).ok);
    EXPECT_FALSE(fs::exists(dir.path() / "c.json.bak"));
    ASSERT_TRUE(save_text_file_atomic("v2", file).ok);
    EXPECT_EQ(read_all(dir.path() / "c.json.bak"), "v1");
    ASSERT_TRUE(save_text_file_atomic("v3", file).ok);
    EXPECT_EQ(read_all(dir.path() / "c.json.bak"), "v2");
    EXPECT_EQ(read_all(file), "v3");
    EXPECT_EQ(file_names(dir.path()), (std::vector<std::string>{"c.json", "c.json.bak"}));
}

TEST(AtomicSave, BackupFallsBackToACopyWhenHardLinksFail) {
    TempDir dir;
    const fs::path file = dir.path() / "c.json";
    ASSERT_TRUE(save_text_file_atomic("v1", file).ok);
    FileSystemOps ops = posix_file_system_ops();
    ops.link = [](const char*, const char*) {
        errno = EPERM;
        return -1;
    };
    ScopedFileSystemOps scoped(ops);
    ASSERT_TRUE(save_text_file_atomic("v2", file).ok);
    EXPECT_EQ(read_all(dir.path() / "c.json.bak"), "v1");
    EXPECT_EQ(read_all(file), "v2");
}

TEST(AtomicSave, NoBackupWhenDisabled) {
    TempDir dir;
    const fs::path file = dir.path() / "c.json";
    ASSERT_TRUE(save_text_file_atomic("v1", file).ok);
    ASSERT_TRUE(save_text_file_atomic("v2", file, SaveOptions{false}).ok);
    EXPECT_FALSE(fs::exists(dir.path() / "c.json.bak"));
}

TEST(AtomicSave, PreservesFilePermissions) {
    TempDir dir;
    const fs::path file = dir.path() / "c.json";
    ASSERT_TRUE(save_text_file_atomic("v1", file).ok);
    ::chmod(file.c_str(), 0640);
    ASSERT_TRUE(save_text_file_atomic("v2", file).ok);
    struct stat st {};
    ASSERT_EQ(::stat(file.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0640u);
}

TEST(AtomicSave, SymlinkedTargetIsWrittenThrough) {
    TempDir dir;
    fs::create_directory(dir.path() / "real");
    const fs::path real = dir.path() / "real" / "c.json";
    ASSERT_TRUE(save_text_file_atomic("v1", real).ok);
    const fs::path link = dir.path() / "link.json";
    fs::create_symlink("real/c.json", link);
    ASSERT_TRUE(save_text_file_atomic("v2", link).ok);
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_EQ(read_all(real), "v2");
    EXPECT_EQ(read_all(dir.path() / "real" / "c.json.bak"), "v1");
}

TEST(AtomicSave, DirectoryAsTargetIsRefused) {
    TempDir dir;
    const SaveResult r = save_text_file_atomic("x", dir.path());
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("not a regular file"), std::string::npos) << r.error;
}

TEST(AtomicSave, MissingDirectoryGivesAClearMessage) {
    TempDir dir;
    const SaveResult r = save_text_file_atomic("x", dir.path() / "no" / "c.json");
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("cannot create a temporary file"), std::string::npos) << r.error;
    EXPECT_NE(r.error.find("ENOENT"), std::string::npos) << r.error;
}

TEST(AtomicSave, CleanStaleTemporariesRemovesOnlyTemporaries) {
    TempDir dir;
    for (const char* name : {"a.json.tmp-Ab12Cd", "a.json.bak.tmp-XYZ123", "a.json", "a.json.bak",
                             "notes.tmp-toolongname", "b.tmp-"})
        std::ofstream(dir.path() / name) << "x";
    EXPECT_EQ(clean_stale_temporaries(dir.path()), 2);
    EXPECT_EQ(file_names(dir.path()), (std::vector<std::string>{"a.json", "a.json.bak", "b.tmp-",
                                                                "notes.tmp-toolongname"}));
    EXPECT_EQ(clean_stale_temporaries(dir.path() / "missing"), 0);
}

TEST(AtomicSave, CaseWithNonFiniteNumberIsNotWritten) {
    TempDir dir;
    const fs::path file = dir.path() / "c.regie.json";
    Case c;
    c.id = "c";
    c.scenarios.emplace_back();
    c.scenarios[0].id = "s";
    c.scenarios[0].view.zoom = std::numeric_limits<double>::infinity();
    const SaveResult r = save_case_file(c, file);
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("not finite"), std::string::npos) << r.error;
    EXPECT_FALSE(fs::exists(file));
}

TEST(AtomicSave, SavedCaseLoadsBack) {
    TempDir dir;
    const fs::path file = dir.path() / "c.regie.json";
    Case c;
    c.id = "c";
    c.title = "Tïtel";
    ASSERT_TRUE(save_case_file(c, file).ok);
    const CaseLoadResult r = load_case_file(file);
    ASSERT_TRUE(r.value) << r.diagnostics.to_string();
    EXPECT_EQ(*r.value, c);
}

}  // namespace
}  // namespace rk

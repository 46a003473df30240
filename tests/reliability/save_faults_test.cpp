// Issue 9, save under faults: every step of the atomic save fails in turn (ENOSPC, EIO,
// EACCES); the original must stay byte-identical, no temporary may remain, and the message
// must say what failed and why. Also: a read-only folder, a symlinked target, a non-ASCII
// path.
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
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
    explicit TempDir(const char* prefix = "rk-faults-") {
        std::string tmpl = (fs::temp_directory_path() / (std::string(prefix) + "XXXXXX")).string();
        path_ = ::mkdtemp(tmpl.data());
    }
    ~TempDir() {
        std::error_code ec;
        fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(path_, ec);
    }
    const fs::path& path() const { return path_; }

  private:
    fs::path path_;
};

int count_temporaries(const fs::path& dir) {
    int n = 0;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().find(".tmp-") != std::string::npos)
            ++n;
    return n;
}

// Fault plan: the `nth` call (1-based) of operation `op` fails with `err`.
enum class Op { Open, Write, Fsync, Close, Rename, Link };
struct Plan {
    Op op;
    int nth;
    int err;
    bool partial_write;  // for Write: first write half the bytes, then fail
};
Plan g_plan;
int g_calls[6];

bool should_fail(Op op) {
    return op == g_plan.op && ++g_calls[static_cast<int>(op)] == g_plan.nth;
}

FileSystemOps faulty_ops() {
    FileSystemOps ops = posix_file_system_ops();
    ops.open = [](const char* p, int flags, mode_t mode) {
        if (should_fail(Op::Open))
            return errno = g_plan.err, -1;
        return ::open(p, flags, mode);
    };
    ops.write = [](int fd, const void* d, std::size_t n) -> ssize_t {
        if (g_plan.op == Op::Write && g_plan.partial_write && g_calls[1] == 0 && n > 1) {
            ++g_calls[1];
            return ::write(fd, d, n / 2);  // a short write, then the failure
        }
        if (should_fail(Op::Write))
            return errno = g_plan.err, -1;
        return ::write(fd, d, n);
    };
    ops.fsync = [](int fd) {
        if (should_fail(Op::Fsync))
            return errno = g_plan.err, -1;
        return ::fsync(fd);
    };
    ops.close = [](int fd) {
        if (should_fail(Op::Close)) {
            ::close(fd);  // the descriptor is gone either way, as with a real failing close
            return errno = g_plan.err, -1;
        }
        return ::close(fd);
    };
    ops.rename = [](const char* a, const char* b) {
        if (should_fail(Op::Rename))
            return errno = g_plan.err, -1;
        return ::rename(a, b);
    };
    ops.link = [](const char* a, const char* b) {
        if (should_fail(Op::Link))
            return errno = g_plan.err, -1;
        return ::link(a, b);
    };
    return ops;
}

const char* op_name(Op op) {
    static const char* names[] = {"open", "write", "fsync", "close", "rename", "link"};
    return names[static_cast<int>(op)];
}

struct Step {
    Op op;
    int nth;
    bool partial;
    const char* expected_words;  // what the message must say about the step
};

// Each step of a save over an existing file with a backup, up to the commit: open temp,
// write (and a short write), fsync temp, close temp, link for .bak, rename over the target.
// (Steps after the commit are tested below: the new version is then already in place.)
const Step kSteps[] = {
    {Op::Open, 1, false, "cannot create a temporary file"},
    {Op::Write, 1, false, "cannot write"},
    {Op::Write, 2, true, "cannot write"},
    {Op::Fsync, 1, false, "cannot flush"},
    {Op::Close, 1, false, "cannot close"},
    {Op::Link, 1, false, "cannot keep the previous version"},
    {Op::Rename, 1, false, "cannot replace"},
};

TEST(SaveFaults, EveryStepFailingLeavesTheOriginalByteIdentical) {
    const std::string original(100'000, 'o');
    const std::string previous = "previous version\n";
    int injected = 0, intact = 0;
    std::size_t bytes_lost = 0;
    for (const Step& step : kSteps) {
        for (int err : {ENOSPC, EIO, EACCES}) {
            SCOPED_TRACE(std::string(op_name(step.op)) + " #" + std::to_string(step.nth) + " " +
                         strerrorname_np(err) + (step.partial ? " after a short write" : ""));
            TempDir dir;
            const fs::path file = dir.path() / "case.regie.json";
            ASSERT_TRUE(save_text_file_atomic(previous, file).ok);
            ASSERT_TRUE(save_text_file_atomic(original, file).ok);  // .bak = previous
            g_plan = {step.op, step.nth, err, step.partial};
            std::fill(std::begin(g_calls), std::end(g_calls), 0);
            SaveResult r;
            {
                ScopedFileSystemOps scoped(faulty_ops());
                r = save_text_file_atomic(std::string(200'000, 'n'), file);
            }
            ++injected;
            EXPECT_FALSE(r.ok);
            const bool identical = read_all(file) == original;
            EXPECT_TRUE(identical) << "original changed";
            intact += identical ? 1 : 0;
            bytes_lost += identical ? 0 : original.size();
            EXPECT_EQ(read_all(dir.path() / "case.regie.json.bak"), previous) << ".bak changed";
            EXPECT_EQ(count_temporaries(dir.path()), 0) << "temporary left behind";
            EXPECT_NE(r.error.find(file.string()), std::string::npos) << r.error;
            EXPECT_NE(r.error.find(step.expected_words), std::string::npos) << r.error;
            EXPECT_NE(r.error.find(strerrorname_np(err)), std::string::npos) << r.error;
            EXPECT_NE(r.error.find(std::strerror(err)), std::string::npos) << r.error;
            EXPECT_NE(r.error.find("the original file is unchanged"), std::string::npos) << r.error;
        }
    }
    std::cout << "[figures] save fault injection: " << injected << " injected faults, original "
              << "byte-identical after " << intact << ", bytes lost " << bytes_lost << '\n';
}

TEST(SaveFaults, DirectoryFsyncFailureIsReportedAfterTheRename) {
    TempDir dir;
    const fs::path file = dir.path() / "c.json";
    ASSERT_TRUE(save_text_file_atomic("old", file).ok);
    g_plan = {Op::Fsync, 2, EIO, false};  // fsync #1 = temp file, #2 = the folder
    std::fill(std::begin(g_calls), std::end(g_calls), 0);
    SaveResult r;
    {
        ScopedFileSystemOps scoped(faulty_ops());
        r = save_text_file_atomic("new", file);
    }
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("cannot flush the folder"), std::string::npos) << r.error;
    EXPECT_NE(r.error.find("may not survive a power loss"), std::string::npos) << r.error;
    EXPECT_EQ(read_all(file), "new");
    EXPECT_EQ(count_temporaries(dir.path()), 0);
}

TEST(SaveFaults, BackupRenameFailureAfterTheCommitIsReported) {
    TempDir dir;
    const fs::path file = dir.path() / "c.json";
    ASSERT_TRUE(save_text_file_atomic("v1", file).ok);
    ASSERT_TRUE(save_text_file_atomic("v2", file).ok);
    g_plan = {Op::Rename, 2, ENOSPC, false};  // #1 commits, #2 would publish the .bak
    std::fill(std::begin(g_calls), std::end(g_calls), 0);
    SaveResult r;
    {
        ScopedFileSystemOps scoped(faulty_ops());
        r = save_text_file_atomic("v3", file);
    }
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("cannot keep the previous version"), std::string::npos) << r.error;
    EXPECT_NE(r.error.find("the new version is in place"), std::string::npos) << r.error;
    EXPECT_EQ(read_all(file), "v3");
    EXPECT_EQ(read_all(dir.path() / "c.json.bak"), "v1");
    EXPECT_EQ(count_temporaries(dir.path()), 0);
}

TEST(SaveFaults, NewFileFailingLeavesNothingBehind) {
    TempDir dir;
    const fs::path file = dir.path() / "c.json";
    g_plan = {Op::Write, 1, ENOSPC, false};
    std::fill(std::begin(g_calls), std::end(g_calls), 0);
    ScopedFileSystemOps scoped(faulty_ops());
    EXPECT_FALSE(save_text_file_atomic("new", file).ok);
    EXPECT_TRUE(fs::is_empty(dir.path()));
}

// Saves into a read-only folder must fail cleanly. Root ignores permissions, so the save
// runs in a child that drops to the unprivileged user "nobody" when the test runs as root.
TEST(SaveFaults, ReadOnlyFolder) {
    TempDir dir;
    const fs::path file = dir.path() / "case.regie.json";
    ASSERT_TRUE(save_text_file_atomic("original", file).ok);
    ::chmod(file.c_str(), 0644);
    ::chmod(dir.path().c_str(), 0555);
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        if (::geteuid() == 0) {
            const passwd* nobody = ::getpwnam("nobody");
            if (!nobody || ::setgid(nobody->pw_gid) != 0 || ::setuid(nobody->pw_uid) != 0)
                ::_exit(10);
        }
        const SaveResult r = save_text_file_atomic("changed", file);
        const bool clear = r.error.find("EACCES") != std::string::npos &&
                           r.error.find("cannot create a temporary file") != std::string::npos;
        ::_exit(r.ok ? 11 : clear ? 0 : 12);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "10: cannot drop privileges, 11: save succeeded, "
                                         "12: message without EACCES";
    EXPECT_EQ(read_all(file), "original");
    EXPECT_EQ(count_temporaries(dir.path()), 0);
}

TEST(SaveFaults, SymlinkedTargetSurvivesAFailedAndASuccessfulSave) {
    TempDir dir;
    fs::create_directory(dir.path() / "store");
    const fs::path real = dir.path() / "store" / "case.regie.json";
    ASSERT_TRUE(save_text_file_atomic("v1", real).ok);
    const fs::path link = dir.path() / "current.regie.json";
    fs::create_symlink(real, link);
    g_plan = {Op::Rename, 1, EIO, false};  // the commit
    std::fill(std::begin(g_calls), std::end(g_calls), 0);
    {
        ScopedFileSystemOps scoped(faulty_ops());
        EXPECT_FALSE(save_text_file_atomic("v2", link).ok);
    }
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_EQ(read_all(link), "v1");
    ASSERT_TRUE(save_text_file_atomic("v3", link).ok);
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_EQ(fs::read_symlink(link), real);
    EXPECT_EQ(read_all(real), "v3");
    EXPECT_EQ(count_temporaries(dir.path() / "store"), 0);
}

TEST(SaveFaults, SymlinkLoopIsRefused) {
    TempDir dir;
    fs::create_symlink("b.json", dir.path() / "a.json");
    fs::create_symlink("a.json", dir.path() / "b.json");
    const SaveResult r = save_text_file_atomic("x", dir.path() / "a.json");
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("ELOOP"), std::string::npos) << r.error;
}

TEST(SaveFaults, NonAsciiPath) {
    TempDir dir("rk-faults-\xC3\xA9\xC3\xA9n-");
    const fs::path folder = dir.path() / "Regie \xE2\x80\x94 \xC3\xBC\xC3\xA9 \xE2\x9C\x93";
    fs::create_directory(folder);
    const fs::path file = folder / "casus \xC3\xB6\xC3\xA9.regie.json";
    Case c;
    c.id = "\xC3\xA9\xC3\xA9n";
    c.title = "Gemeente 's-Hertogenbosch \xE2\x80\x94 \xC3\xA9\xC3\xA9n";
    ASSERT_TRUE(save_case_file(c, file).ok);
    ASSERT_TRUE(save_case_file(c, file).ok);
    EXPECT_TRUE(fs::exists(folder / "casus \xC3\xB6\xC3\xA9.regie.json.bak"));
    const CaseLoadResult loaded = load_case_file(file);
    ASSERT_TRUE(loaded.value) << loaded.diagnostics.to_string();
    EXPECT_EQ(*loaded.value, c);
    EXPECT_EQ(count_temporaries(folder), 0);
}

}  // namespace
}  // namespace rk

// Atomic, durable saving (case_io.hpp): temporary file in the target's directory, fsync,
// hard-link the old version to FILE.bak, rename over the target, fsync the directory.
//
// Why this order: until the rename, the target still has its old bytes; rename(2) swaps
// the directory entry atomically, so a crash at any moment leaves exactly the old or
// exactly the new file. Only stray FILE.tmp-XXXXXX files can remain, which
// clean_stale_temporaries removes at the next start.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

#include "model/case_io.hpp"
#include "model/file_system_ops.hpp"

namespace rk {

FileSystemOps posix_file_system_ops() {
    return {
        [](const char* p, int flags, mode_t mode) { return ::open(p, flags, mode); },
        [](int fd, const void* data, std::size_t n) { return ::write(fd, data, n); },
        [](int fd) { return ::fsync(fd); },
        [](int fd) { return ::close(fd); },
        [](const char* from, const char* to) { return ::rename(from, to); },
        [](const char* existing, const char* name) { return ::link(existing, name); },
        [](const char* p) { return ::unlink(p); },
    };
}

FileSystemOps& file_system_ops() {
    static FileSystemOps ops = posix_file_system_ops();
    return ops;
}

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kTempMarker = ".tmp-";
constexpr std::size_t kTempSuffixLength = 6;

std::string errno_text(int err) {
    const char* name = strerrorname_np(err);
    return std::string(std::strerror(err)) + " (" + (name ? name : "errno " + std::to_string(err)) +
           ")";
}

std::string random_suffix() {
    static const char kChars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static thread_local std::mt19937_64 rng{std::random_device{}() ^
                                            static_cast<std::uint64_t>(::getpid())};
    std::string s;
    for (std::size_t i = 0; i < kTempSuffixLength; ++i)
        s += kChars[rng() % (sizeof kChars - 1)];
    return s;
}

// A failed step: the message names the file, the step and the errno.
struct Failure {
    std::string message;
};

class AtomicWriter {
  public:
    AtomicWriter(const fs::path& requested, const SaveOptions& options)
        : ops_(file_system_ops()), requested_(requested), options_(options) {}

    SaveResult save(std::string_view text) {
        try {
            resolve_target();
            write_temporary(text);
            if (options_.keep_backup && target_exists_)
                capture_backup();
            commit();
        } catch (const Failure& f) {
            discard_temporary();
            return {false, f.message + "; the original file is unchanged"};
        }
        // Past the commit the new version is the file; a failure now is still reported.
        try {
            if (backup_temp_created_)
                publish_backup();
            sync_directory();
        } catch (const Failure& f) {
            const bool flushing = f.message.find("fsync") != std::string::npos;
            return {false, f.message + "; the new version is in place" +
                               (flushing ? " but may not survive a power loss" : "")};
        }
        return {true, {}};
    }

  private:
    [[noreturn]] void fail(const std::string& step, int err) {
        throw Failure{"cannot save '" + requested_.string() + "': " + step + ": " +
                      errno_text(err)};
    }

    // A symlinked target is written through: the file it points to is replaced, the link
    // stays. Relative links resolve against the link's own directory.
    void resolve_target() {
        fs::path p = requested_;
        for (int hops = 0;; ++hops) {
            struct stat st {};
            if (::lstat(p.c_str(), &st) != 0) {
                if (errno != ENOENT)
                    fail("cannot inspect the target", errno);
                break;
            }
            if (!S_ISLNK(st.st_mode)) {
                if (!S_ISREG(st.st_mode))
                    throw Failure{"cannot save '" + requested_.string() +
                                  "': the target exists and is not a regular file"};
                target_exists_ = true;
                mode_ = st.st_mode & 07777;
                break;
            }
            if (hops >= 40)
                fail("too many levels of symbolic links", ELOOP);
            std::error_code ec;
            fs::path next = fs::read_symlink(p, ec);
            if (ec)
                fail("cannot read the symbolic link", ec.value());
            p = next.is_absolute() ? next : p.parent_path() / next;
        }
        target_ = p;
        dir_ = target_.parent_path().empty() ? fs::path(".") : target_.parent_path();
    }

    fs::path temporary_name(const fs::path& for_file) const {
        return dir_ / (for_file.filename().string() + std::string(kTempMarker) + random_suffix());
    }

    // Creates a fresh temporary next to `for_file`; retries on a (very unlikely) name clash.
    int create_temporary(const fs::path& for_file, fs::path& created) {
        for (int attempt = 0; attempt < 16; ++attempt) {
            created = temporary_name(for_file);
            const int fd = ops_.open(created.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                                     target_exists_ ? mode_ : 0666);
            if (fd >= 0)
                return fd;
            if (errno != EEXIST)
                fail("cannot create a temporary file in '" + dir_.string() + "'", errno);
        }
        fail("cannot create a temporary file in '" + dir_.string() + "'", EEXIST);
    }

    void write_all(int fd, std::string_view text, const fs::path& name) {
        std::size_t done = 0;
        while (done < text.size()) {
            const ssize_t n = ops_.write(fd, text.data() + done, text.size() - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                const int err = n < 0 ? errno : EIO;
                ops_.close(fd);
                fail("cannot write '" + name.string() + "'", err);
            }
            done += static_cast<std::size_t>(n);
        }
        if (ops_.fsync(fd) != 0) {
            const int err = errno;
            ops_.close(fd);
            fail("cannot flush '" + name.string() + "' to disk (fsync)", err);
        }
        if (ops_.close(fd) != 0)
            fail("cannot close '" + name.string() + "'", errno);
    }

    void write_temporary(std::string_view text) {
        const int fd = create_temporary(target_, temp_);
        temp_created_ = true;
        write_all(fd, text, temp_);
    }

    fs::path backup_path() const { return target_.string() + ".bak"; }

    // Before the commit, the old version is captured under a temporary name: a hard link
    // when the file system allows it (no copy, no extra space), a durable copy otherwise.
    // Only after the commit does it replace FILE.bak, so a failed save changes nothing,
    // not even the backup.
    void capture_backup() {
        backup_temp_ = temporary_name(backup_path());
        if (ops_.link(target_.c_str(), backup_temp_.c_str()) == 0) {
            backup_temp_created_ = true;
        } else if (errno == EPERM || errno == ENOTSUP || errno == EXDEV || errno == EMLINK ||
                   errno == ENOSYS) {
            copy_to_backup_temp();
        } else {
            fail("cannot keep the previous version as '" + backup_path().string() + "'", errno);
        }
    }

    void publish_backup() {
        if (ops_.rename(backup_temp_.c_str(), backup_path().c_str()) != 0) {
            const int err = errno;
            discard_temporary();
            fail("cannot keep the previous version as '" + backup_path().string() + "'", err);
        }
        backup_temp_created_ = false;
    }

    void copy_to_backup_temp() {
        std::ifstream in(target_, std::ios::binary);
        std::ostringstream old_bytes;
        old_bytes << in.rdbuf();
        if (!in.good() && !in.eof())
            fail("cannot read the previous version for the backup", EIO);
        const int fd = create_temporary(backup_path(), backup_temp_);
        backup_temp_created_ = true;
        write_all(fd, old_bytes.str(), backup_temp_);
    }

    void commit() {
        if (ops_.rename(temp_.c_str(), target_.c_str()) != 0)
            fail("cannot replace '" + target_.string() + "' by the new version (rename)", errno);
        temp_created_ = false;
    }

    void sync_directory() {
        const int fd = ops_.open(dir_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
        if (fd < 0)
            fail("cannot open the folder to flush it", errno);
        if (ops_.fsync(fd) != 0) {
            const int err = errno;
            ops_.close(fd);
            fail("cannot flush the folder '" + dir_.string() + "' (fsync)", err);
        }
        ops_.close(fd);
    }

    void discard_temporary() {
        if (temp_created_)
            ops_.unlink(temp_.c_str());
        if (backup_temp_created_)
            ops_.unlink(backup_temp_.c_str());
        temp_created_ = backup_temp_created_ = false;
    }

    const FileSystemOps& ops_;
    fs::path requested_, target_, dir_, temp_, backup_temp_;
    SaveOptions options_;
    bool target_exists_ = false;
    bool temp_created_ = false;
    bool backup_temp_created_ = false;
    mode_t mode_ = 0666;
};

bool is_temporary_name(const std::string& name) {
    const std::size_t at = name.rfind(kTempMarker);
    if (at == std::string::npos || at == 0)
        return false;
    const std::size_t suffix = at + kTempMarker.size();
    if (name.size() - suffix != kTempSuffixLength)
        return false;
    for (std::size_t i = suffix; i < name.size(); ++i)
        if (!std::isalnum(static_cast<unsigned char>(name[i])))
            return false;
    return true;
}

}  // namespace

SaveResult save_text_file_atomic(std::string_view text, const std::filesystem::path& path,
                                 const SaveOptions& options) {
    return AtomicWriter(path, options).save(text);
}

SaveResult save_case_file(const Case& c, const std::filesystem::path& path,
                          const SaveOptions& options) {
    std::string problem;
    const std::string text = serialize_case_json(c, &problem);
    if (!problem.empty())
        return {false, "cannot save '" + path.string() + "': " + problem + "; nothing was written"};
    return save_text_file_atomic(text, path, options);
}

int clean_stale_temporaries(const std::filesystem::path& dir) {
    std::error_code ec;
    int removed = 0;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file(ec) || !is_temporary_name(it->path().filename().string()))
            continue;
        if (fs::remove(it->path(), ec))
            ++removed;
    }
    return removed;
}

}  // namespace rk

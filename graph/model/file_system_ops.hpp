// The system calls used by the atomic save, behind function pointers so that tests can make
// any step fail (ENOSPC, EIO, EACCES...) and check that nothing is lost.
//
// Production code never changes them; tests use ScopedFileSystemOps, which restores the
// previous set when it goes out of scope. Not thread-safe: swap them only in tests that do
// not save from several threads at once.
#pragma once

#include <sys/types.h>

#include <cstddef>

namespace rk {

struct FileSystemOps {
    int (*open)(const char* path, int flags, mode_t mode);
    ssize_t (*write)(int fd, const void* data, std::size_t size);
    int (*fsync)(int fd);
    int (*close)(int fd);
    int (*rename)(const char* from, const char* to);
    int (*link)(const char* existing, const char* new_name);
    int (*unlink)(const char* path);
};

// The real POSIX calls.
FileSystemOps posix_file_system_ops();

// The set the save code uses now.
FileSystemOps& file_system_ops();

class ScopedFileSystemOps {
  public:
    explicit ScopedFileSystemOps(const FileSystemOps& replacement) : saved_(file_system_ops()) {
        file_system_ops() = replacement;
    }
    ~ScopedFileSystemOps() { file_system_ops() = saved_; }
    ScopedFileSystemOps(const ScopedFileSystemOps&) = delete;
    ScopedFileSystemOps& operator=(const ScopedFileSystemOps&) = delete;

  private:
    FileSystemOps saved_;
};

}  // namespace rk

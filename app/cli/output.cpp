#include "cli/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ostream>

#include "cli/command.hpp"

namespace rk::cli {

namespace {

// Writes into an existing special file as it is: no temporary, no rename, no truncation
// (a device has no length to cut). Returns what failed, or an empty string.
std::string write_in_place(std::string_view bytes, const std::string& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return "cannot open '" + path + "': " + std::strerror(errno);
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int e = errno;
            ::close(fd);
            return "cannot write '" + path + "': " + std::strerror(e);
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0)
        return "cannot write '" + path + "': " + std::strerror(errno);
    return {};
}

}  // namespace

bool is_special_file(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return false;
    return !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

bool is_standard_output(const std::optional<std::string>& path) {
    return !path || *path == "-";
}

int write_output(std::string_view bytes, const std::optional<std::string>& path,
                 const std::string& command, std::ostream& out, std::ostream& err,
                 const SaveOptions& save) {
    if (is_standard_output(path)) {
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            err << "regiekaart " << command << ": cannot write to standard output\n";
            return kExitFailure;
        }
        return kExitOk;
    }
    std::string problem;
    if (is_special_file(*path)) {
        problem = write_in_place(bytes, *path);
    } else if (auto saved = save_text_file_atomic(bytes, *path, save); !saved.ok) {
        problem = saved.error;
    }
    if (!problem.empty()) {
        err << "regiekaart " << command << ": " << problem << '\n';
        return kExitFailure;
    }
    return kExitOk;
}

}  // namespace rk::cli

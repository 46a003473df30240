// Writing export files: atomic (temporary file in the same directory, fsync, rename), so a
// crash or a full disk never leaves half a PDF where the previous one was.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "export/export.hpp"
#include "model/text.hpp"

namespace rk::exporter {

ExportResult write_file_atomic(const std::string& bytes, const std::filesystem::path& path) {
    ExportResult r;
    std::error_code ec;
    std::filesystem::path target = path;
    // Write through a symlink, as the case saver does: the link stays a link.
    if (std::filesystem::is_symlink(path, ec))
        target = std::filesystem::canonical(path, ec);
    const auto dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    std::string tmpl = (dir / (target.filename().string() + ".tmp-XXXXXX")).string();
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    const int fd = mkstemp(name.data());
    if (fd < 0) {
        r.error =
            "cannot create a temporary file next to " + path.string() + ": " + std::strerror(errno);
        return r;
    }
    const std::string tmp(name.data());
    auto fail = [&](const std::string& what) {
        r.error = what + " " + path.string() + ": " + std::strerror(errno);
        ::close(fd);
        ::unlink(tmp.c_str());
        return r;
    };
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail("cannot write");
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fchmod(fd, 0644) != 0)
        return fail("cannot set permissions of");
    if (::fsync(fd) != 0)
        return fail("cannot flush");
    if (::close(fd) != 0) {
        r.error = "cannot close " + tmp + ": " + std::strerror(errno);
        ::unlink(tmp.c_str());
        return r;
    }
    if (::rename(tmp.c_str(), target.c_str()) != 0) {
        r.error = "cannot replace " + path.string() + ": " + std::strerror(errno);
        ::unlink(tmp.c_str());
        return r;
    }
    // Make the rename itself durable.
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    r.ok = true;
    return r;
}

std::optional<ImageFormat> image_format_from_path(const std::filesystem::path& p) {
    const std::string ext = text::ascii_lower(p.extension().string());
    if (ext == ".svg")
        return ImageFormat::Svg;
    if (ext == ".pdf")
        return ImageFormat::Pdf;
    if (ext == ".png")
        return ImageFormat::Png;
    return std::nullopt;
}

}  // namespace rk::exporter

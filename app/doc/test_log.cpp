#include "doc/test_log.hpp"

#include "doc/i18n.hpp"

namespace rk::doc {

TestLog::TestLog(const std::string& path) {
    if (!path.empty())
        out_.open(path, std::ios::app);
}

void TestLog::write(std::string_view line) {
    if (!out_.is_open())
        return;
    out_ << line << '\n';
    out_.flush();
}

void TestLog::history(const Document& d) {
    if (!out_.is_open() || (doc_ == &d && revision_ == d.revision()))
        return;
    const bool fresh = doc_ != &d;
    doc_ = &d;
    revision_ = d.revision();
    if (fresh)
        return;  // a newly opened case: nothing happened yet
    const auto steps = d.history();
    const std::size_t at = d.history_cursor();
    std::string what = at > 0 && at <= steps.size()
                           ? std::string(pick(steps[at - 1], Language::English))
                           : "(start)";
    write("history " + std::to_string(at) + "/" + std::to_string(steps.size()) + " " + what);
}

}  // namespace rk::doc

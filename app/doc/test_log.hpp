// The one automation seam of the desktop application (issue 15): with `--test-log FILE` the
// application appends one line per event a GUI test asserts on ("presentation step 2/5
// tussen_wal_en_schip"). Without the option nothing is written. Views do not read it; the
// application writes what it did.
#pragma once

#include <fstream>
#include <string>
#include <string_view>

#include "doc/document.hpp"

namespace rk::doc {

class TestLog {
  public:
    TestLog() = default;
    explicit TestLog(const std::string& path);
    bool enabled() const { return out_.is_open(); }
    // Appends `line` and a newline, flushed at once so a test sees it while the app runs.
    void write(std::string_view line);
    // "history CURSOR/STEPS DESCRIPTION" (English half) whenever the document's data changed
    // since the last call: what an undo, redo or new step did. Call once per frame.
    void history(const Document& d);

  private:
    std::ofstream out_;
    const Document* doc_ = nullptr;
    std::uint64_t revision_ = 0;
};

}  // namespace rk::doc

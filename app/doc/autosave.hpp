// Autosave to a recovery file, and finding recovery files after a crash.
//
// Layout of the recovery directory ($XDG_STATE_HOME/regiekaart/recovery, or
// ~/.local/state/regiekaart/recovery):
//   <key>.regie.json      the case as it was at the last autosave (native format)
//   <key>.manifest.json   {"original": "/path/of/the/file.regie.json" or "",
//                          "title": "...", "saved_at": "2026-11-25T17:00:00Z",
//                          "revision": 12}
// <key> is a hash of the original path (or of "untitled-<pid>" for a never-saved case).
// Both files are written atomically (temporary file + rename), manifest last, so a crash
// during autosave leaves the previous recovery intact. A normal save or close discards them.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "doc/document.hpp"

namespace rk::doc {

// The recovery directory from the environment (XDG_STATE_HOME, then HOME).
std::filesystem::path default_recovery_dir();

struct RecoveryEntry {
    std::filesystem::path case_file;      // the autosaved case
    std::filesystem::path manifest_file;  // its manifest
    std::string original;                 // the file it is a copy of; empty = never saved
    std::string title;                    // case title at autosave time
    std::string saved_at;                 // UTC, ISO 8601
};

// Lists complete recovery entries (manifest and case both present), newest first.
std::vector<RecoveryEntry> find_recoveries(const std::filesystem::path& dir);
// Removes an entry's files (after the user recovered or declined it).
void discard_recovery(const RecoveryEntry& e);

class Autosaver {
  public:
    using Clock = std::chrono::steady_clock;
    Autosaver(std::filesystem::path dir, std::chrono::seconds interval);

    // Call once per frame. Writes when the document changed since the last autosave and
    // `interval` has passed since then. Returns true when it wrote. Errors are kept in
    // last_error() and never thrown (autosave must not interrupt the meeting).
    bool tick(const Document& doc, Clock::time_point now);
    // Writes now regardless of the interval (used before risky work and by tests).
    bool write_now(const Document& doc);
    // Removes this document's recovery files (after a successful save or a clean close).
    void discard(const Document& doc);
    // Where `doc` is autosaved.
    std::filesystem::path case_path_for(const Document& doc) const;
    std::filesystem::path manifest_path_for(const Document& doc) const;
    const std::string& last_error() const { return last_error_; }

  private:
    std::string key_for(const Document& doc) const;
    std::filesystem::path dir_;
    std::chrono::seconds interval_;
    std::optional<Clock::time_point> last_write_;
    std::uint64_t written_revision_ = 0;
    std::string last_error_;
    std::string untitled_key_;
};

}  // namespace rk::doc

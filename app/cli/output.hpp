// Where a command's result goes (`-o`), the same way in every command:
//   no -o, or `-o -`      standard output;
//   a device or a pipe    written in place (/dev/null, /dev/stdout on a terminal, a FIFO):
//                         such a file cannot be replaced by renaming a temporary over it,
//                         and must not be (as root that would swap /dev/null for a file);
//   anything else         saved atomically (rk::save_text_file_atomic: temporary file,
//                         fsync, rename), so a reader never sees half a file.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "model/case_io.hpp"

namespace rk::cli {

// True when `path` means standard output: absent or "-".
bool is_standard_output(const std::optional<std::string>& path);

// True when `path` exists and is neither a regular file nor a folder: a character or block
// device, a FIFO or a socket, after following symbolic links (so /dev/stdout counts).
bool is_special_file(const std::string& path);

// Writes `bytes` where `path` says (see above). On failure prints
// "regiekaart COMMAND: <what failed, naming the file>" on `err` and returns kExitFailure;
// else kExitOk. `save` applies to the atomic save only (a backup of the old file or not).
// Cost: O(bytes) plus the fsyncs of the atomic save. Never throws.
int write_output(std::string_view bytes, const std::optional<std::string>& path,
                 const std::string& command, std::ostream& out, std::ostream& err,
                 const SaveOptions& save = SaveOptions{.keep_backup = false});

}  // namespace rk::cli

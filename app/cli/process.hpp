// The command line as a whole process (main() calls run_process) rather than as a function
// that in-process tests call (dispatch): two things only a process may do.
//
// - Tune malloc once for one short run: keep freed memory in the heap instead of handing
//   every large vector back to the kernel and taking fresh zeroed pages for the next one
//   (page faults were a quarter of `analyze` on a 10k-actor graph).
// - Leave the large results of a command (the case, the analysis, the output text) to the
//   operating system at exit instead of freeing them object by object after the output is
//   written and closed. Commands call leave_to_exit(); outside run_process it does nothing
//   and the objects are destroyed as usual, so tests see no difference and no leak.
#pragma once

#include <iosfwd>
#include <memory>
#include <span>
#include <string>
#include <utility>

namespace rk::cli {

// Sets the malloc options for a short-lived process, then dispatch(args, out, err); returns
// its exit code. Call once, from main(), with std::cout and std::cerr. Never throws more
// than dispatch does.
int run_process(std::span<const std::string> args, std::ostream& out, std::ostream& err);

// True inside run_process (the process ends when the command returns). O(1).
bool owns_process();

// Keeps `object` alive until the process exits (it stays reachable, so leak checkers do not
// report it). O(1). Only call after the command's output is written, flushed and closed.
void park_until_exit(std::shared_ptr<void> object);

// Inside run_process: moves `object` to the heap and keeps it until exit, leaving a cheap
// moved-from shell to be destroyed. Elsewhere: does nothing. O(1) plus T's move.
template <class T>
void leave_to_exit(T& object) {
    if (owns_process())
        park_until_exit(std::make_shared<T>(std::move(object)));
}

}  // namespace rk::cli

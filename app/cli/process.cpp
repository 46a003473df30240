#include "cli/process.hpp"

#include <malloc.h>

#include <vector>

#include "cli/command.hpp"

namespace rk::cli {
namespace {

bool g_owns_process = false;

// Objects kept until exit. The vector itself is never freed, so what it holds stays
// reachable to the end (no leak report) and is never destroyed.
std::vector<std::shared_ptr<void>>& parked() {
    static auto* objects = new std::vector<std::shared_ptr<void>>;
    return *objects;
}

// glibc's defaults suit long-running programs: blocks of 128 KiB and more get their own
// mmap (returned on free, and the next one faults in fresh zeroed pages), and the heap top is
// trimmed back whenever 128 KiB are free. A command runs for milliseconds and then exits, so
// keep large blocks in the heap (reused after free), grow the heap in steps of 64 MiB of
// address space (pages are only backed when touched) and never trim. This took
// `analyze --metrics pagerank` on BA 10k from 70 to 62 ms (GLIBC_TUNABLES, same values).
void tune_malloc_for_a_short_run() {
    mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TOP_PAD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
}

}  // namespace

int run_process(std::span<const std::string> args, std::ostream& out, std::ostream& err) {
    tune_malloc_for_a_short_run();
    g_owns_process = true;
    return dispatch(args, out, err);
}

bool owns_process() {
    return g_owns_process;
}

void park_until_exit(std::shared_ptr<void> object) {
    parked().push_back(std::move(object));
}

}  // namespace rk::cli

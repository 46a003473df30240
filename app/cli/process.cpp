#include "cli/process.hpp"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
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

// Asks for transparent huge pages on the heap, as glibc's tunable glibc.malloc.hugetlb=1
// would (a tunable is read only at start, so it cannot be set from here). Debian's kernels
// give huge pages on request (THP "madvise"): a command then faults its few tens of MiB in
// 2 MiB at a time instead of 4 KiB. Grows the heap by the top pad first, so that the range
// exists; memory beyond that pad, and kernels without THP, simply keep 4 KiB pages. With the
// tunable, `analyze --metrics pagerank` on BA 10k took 18 ms instead of 29 ms.
void back_heap_with_huge_pages() {
    const auto begin = reinterpret_cast<std::uintptr_t>(sbrk(0));
    void* volatile grow = std::malloc(1 << 20);  // volatile: the pair must not be elided
    std::free(grow);
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const std::uintptr_t first = (begin + page - 1) & ~(page - 1);
    if (end > first)
        madvise(reinterpret_cast<void*>(first), end - first, MADV_HUGEPAGE);
}

}  // namespace

int run_process(std::span<const std::string> args, std::ostream& out, std::ostream& err) {
    tune_malloc_for_a_short_run();
    back_heap_with_huge_pages();
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

// Internal to the export module: the one way an exporter turns a failure into its result.
#pragma once

#include <exception>

#include "model/progress.hpp"

namespace rk::exporter::detail {

// Runs `work` and returns its result. rk::Cancelled goes up (the caller asked to stop);
// any other exception (Graphviz, cairo, a layout, out of memory) becomes ok = false with its
// message, so an export never takes the program down. Costs what `work` costs.
template <typename Result, typename Work>
Result result_or_failure(Work&& work) {
    try {
        return work();
    } catch (const Cancelled&) {
        throw;
    } catch (const std::exception& e) {
        Result failed;
        failed.ok = false;
        failed.error = e.what();
        return failed;
    }
}

}  // namespace rk::exporter::detail

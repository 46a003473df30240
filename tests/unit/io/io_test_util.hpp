// Helpers shared by the io tests: read a test file, find a diagnostic by its text.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "io/formats.hpp"

namespace rk::io::test {

inline std::string data_path(const std::string& rel) {
    return std::string(RK_TEST_DATA) + "/io/" + rel;
}

// All diagnostics, one per line, with the directory prefix removed so that expectations
// do not depend on where the source tree lives.
inline std::string report(const DiagnosticList& d) {
    std::string s = d.to_string();
    const std::string prefix = std::string(RK_TEST_DATA) + "/io/";
    for (std::size_t p; (p = s.find(prefix)) != std::string::npos;) s.erase(p, prefix.size());
    return s;
}

inline const Scenario& only_scenario(const ImportResult& r) {
    EXPECT_TRUE(r.value.has_value()) << report(r.diagnostics);
    static const Scenario empty;
    if (!r.value || r.value->scenarios.empty()) return empty;
    return r.value->scenarios.front();
}

}  // namespace rk::io::test

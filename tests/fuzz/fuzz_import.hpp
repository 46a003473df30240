// The body shared by the per-format libFuzzer targets: one reader on arbitrary bytes must
// never crash, hang or leak, and every input either gives a case or errors.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "io/formats.hpp"

inline int fuzz_import(const std::uint8_t* data, std::size_t size, rk::io::Format format) {
    rk::io::ImportOptions opt;
    // Small limits so that the fuzzer reaches them instead of running out of memory.
    opt.limits.max_file_bytes = 1u << 20;
    opt.limits.max_string_bytes = 1u << 16;
    opt.max_actors = 100000;
    opt.max_relations = 100000;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    rk::io::ImportResult r = rk::io::parse_text(text, format, "fuzz", opt);
    // Acceptance and errors must agree: a value only without errors.
    if (r.value.has_value() == r.diagnostics.has_errors())
        __builtin_trap();
    return 0;
}

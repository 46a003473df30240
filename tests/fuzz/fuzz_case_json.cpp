// libFuzzer entry for the native case loader: any bytes must give a Case or diagnostics,
// never a crash, hang or sanitizer report. When a load succeeds, the round-trip promise
// of case_io.hpp is checked too: load(save(c)) == c and save is a fixed point.
//
// Run: fuzz_case_json -max_len=65536 tests/fuzz/corpus_case_json tests/data/model assets/cases
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "model/case_io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    rk::LoadLimits limits;
    limits.max_depth = 32;
    limits.max_elements = 100'000;
    const rk::CaseLoadResult first = rk::parse_case_json(text, "fuzz.regie.json", limits);
    if (first.value.has_value() == first.diagnostics.has_errors())
        std::abort();
    if (!first.value)
        return 0;
    const std::string saved = rk::serialize_case_json(*first.value);
    const rk::CaseLoadResult second = rk::parse_case_json(saved, "fuzz-saved.regie.json");
    if (!second.value || !(*second.value == *first.value))
        std::abort();
    if (rk::serialize_case_json(*second.value) != saved)
        std::abort();
    return 0;
}

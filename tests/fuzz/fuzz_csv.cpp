// libFuzzer target: the csv reader on arbitrary bytes (see fuzz_import.hpp).
#include "fuzz_import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return fuzz_import(data, size, rk::io::Format::Csv);
}

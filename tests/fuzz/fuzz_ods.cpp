// libFuzzer target: the .ods reader (liborcus behind our import factory) on arbitrary bytes
// (see fuzz_import.hpp). Seed it with an .ods file, e.g. one from make_workbooks.py.
#include "fuzz_import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return fuzz_import(data, size, rk::io::Format::Ods);
}

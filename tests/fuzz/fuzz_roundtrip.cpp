// libFuzzer target: whatever GraphML input is accepted must survive writing to every graph
// format and reading back without errors, with the same number of actors.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "io/formats.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace rk::io;
    ImportOptions opt;
    opt.limits.max_file_bytes = 1u << 20;
    opt.limits.max_string_bytes = 4096;  // below cgraph's 16 KiB string limit
    opt.max_actors = 10000;
    opt.max_relations = 10000;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    ImportResult r = parse_text(text, Format::GraphML, "fuzz.graphml", opt);
    if (!r.value)
        return 0;
    const std::size_t actors = r.value->scenarios[0].actors.size();
    for (Format f : {Format::GraphML, Format::Gexf, Format::Dot}) {
        rk::DiagnosticList d;
        std::string out = write_text(*r.value, f, "out", d);
        if (d.has_errors())
            continue;
        ImportResult back = parse_text(out, f, "out", opt);
        if (!back.value || back.value->scenarios[0].actors.size() != actors)
            __builtin_trap();
    }
    return 0;
}

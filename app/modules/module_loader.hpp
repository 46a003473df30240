// Loading the program's own modules: shared objects with the code over heavy libraries
// (the desktop application: GLFW, OpenGL, fontconfig, GIO; the formats: liborcus, libzip,
// libxlsxwriter, cairo, pango, librsvg). The executable links none of those, so that a
// command starts in a millisecond or two instead of resolving symbols of some 70 libraries;
// it opens a module with dlopen the first time it needs one.
//
// Each module exports one `extern "C"` entry returning a table of function pointers whose
// first two fields are the ABI version and the table's size, checked before any call.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace rk::modules {

// A number that changes with the size and alignment of each type given (FNV-1a over them).
// A module's ABI number includes it for the types that cross the boundary, so a module built
// from other sources than the executable is refused even when nobody bumped the number by
// hand (a reordering of fields of the same sizes still needs the bump).
template <class... Types>
constexpr std::uint32_t layout_fingerprint() {
    std::uint32_t hash = 2166136261u;
    auto mix = [&hash](std::size_t value) {
        hash = (hash ^ static_cast<std::uint32_t>(value)) * 16777619u;
    };
    (mix(sizeof(Types)), ...);
    (mix(alignof(Types)), ...);
    return hash;
}

// Where a module is looked for, in this order: next to the executable (the build tree),
// then the installed place, PREFIX/LIBDIR/regiekaart/ for PREFIX/bin/regiekaart.
// `exe` is the executable's own path (/proc/self/exe). O(1).
std::vector<std::filesystem::path> module_candidates(const std::filesystem::path& exe,
                                                     std::string_view file_name);

struct LoadedModule {
    const void* table = nullptr;  // what the entry returned; null on failure
    std::string error;            // on failure: the module's path and dlerror() or the mismatch
};

// Opens `file_name` (first candidate that exists; RTLD_NOW so that a missing symbol fails
// here, not in the middle of a command), calls `entry_symbol` and checks the table's ABI
// version and size. Never throws; the module stays loaded for the life of the process.
// Not cached: callers keep the result in a function-local static (thread-safe once).
LoadedModule load_module(std::string_view file_name, const char* entry_symbol,
                         std::uint32_t abi_version, std::uint32_t table_size);

}  // namespace rk::modules

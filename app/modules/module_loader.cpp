#include "modules/module_loader.hpp"

#include <dlfcn.h>

#include <cstring>
#include <system_error>

#ifndef RK_MODULE_INSTALL_DIR
#define RK_MODULE_INSTALL_DIR "lib/regiekaart"
#endif

namespace rk::modules {

namespace fs = std::filesystem;

namespace {
// The first two fields of every module table (see formats_api.hpp, gui_api.hpp).
struct TableHead {
    std::uint32_t abi_version;
    std::uint32_t table_size;
};

fs::path own_executable() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe;
}

std::string dl_error() {
    const char* e = dlerror();
    return e ? e : "unknown dlopen error";
}
}  // namespace

std::vector<fs::path> module_candidates(const fs::path& exe, std::string_view file_name) {
    const fs::path dir = exe.parent_path();
    return {dir / file_name, dir.parent_path() / RK_MODULE_INSTALL_DIR / file_name};
}

LoadedModule load_module(std::string_view file_name, const char* entry_symbol,
                         std::uint32_t abi_version, std::uint32_t table_size) {
    const std::vector<fs::path> candidates = module_candidates(own_executable(), file_name);
    const fs::path* found = nullptr;
    std::error_code ec;
    for (const auto& c : candidates)
        if (fs::exists(c, ec)) {
            found = &c;
            break;
        }
    if (!found) {
        std::string looked;
        for (const auto& c : candidates)
            looked += (looked.empty() ? "" : " nor ") + c.string();
        return {nullptr, "module " + std::string(file_name) + " not found (neither " + looked +
                             " exists); reinstall regiekaart"};
    }
    const fs::path& path = *found;
    // dlerror() names the file itself ("PATH: undefined symbol: X").
    const std::string where = "module ";
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle)
        return {nullptr, where + dl_error()};
    using Entry = const void* (*)();
    void* symbol = dlsym(handle, entry_symbol);
    if (!symbol)
        return {nullptr, where + dl_error()};
    Entry entry;
    std::memcpy(&entry, &symbol, sizeof entry);  // object pointer -> function pointer (POSIX)
    const void* table = entry();
    TableHead head{};
    if (table)
        std::memcpy(&head, table, sizeof head);
    if (!table || head.abi_version != abi_version || head.table_size != table_size)
        return {nullptr, where + path.string() + ": built for another version of regiekaart (ABI " +
                             std::to_string(head.abi_version) + ", expected " +
                             std::to_string(abi_version) + "); reinstall regiekaart"};
    return {table, {}};
}

}  // namespace rk::modules

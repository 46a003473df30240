#include "modules/gui_launch.hpp"

#include "modules/gui_api.hpp"
#include "modules/module_loader.hpp"

namespace rk::modules {

int run_desktop_app(std::span<const std::string> args, std::ostream& err) {
    const LoadedModule module = load_module(kGuiFile, kGuiEntry, kGuiAbi, sizeof(GuiApi));
    if (!module.table) {
        err << "regiekaart: cannot start the desktop application: " << module.error << '\n';
        return 1;
    }
    return static_cast<const GuiApi*>(module.table)->run_app(args);
}

}  // namespace rk::modules

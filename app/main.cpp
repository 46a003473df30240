// regiekaart: the desktop application when started without a command (or with `gui`),
// the command line otherwise. Both are thin fronts over the engine in graph/.
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.hpp"
#ifdef RK_HAVE_GUI
#include "gui/gui_main.hpp"
#endif

namespace {
bool wants_gui(const std::vector<std::string>& args) {
    if (args.empty()) return true;
    const std::string& first = args[0];
    if (first == "gui") return true;
    if (first == "--help" || first == "-h" || first == "--version" || first == "help") return false;
    // `regiekaart case.regie.json` or `regiekaart --screenshot x.png` open the GUI too.
    return !rk::cli::commands().count(first);
}
}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (wants_gui(args)) {
#ifdef RK_HAVE_GUI
        if (!args.empty() && args[0] == "gui") args.erase(args.begin());
        return rk::gui::run_app(args);
#else
        if (args.empty() || args[0] == "gui") {
            std::cerr << "regiekaart: this build has no GUI (configured with RK_BUILD_GUI=OFF)\n";
            return rk::cli::kExitUsage;
        }
#endif
    }
    return rk::cli::dispatch(args, std::cout, std::cerr);
}

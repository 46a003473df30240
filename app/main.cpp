// regiekaart: the desktop application when started without a command (or with `gui`),
// the command line otherwise. Both are thin fronts over the engine in graph/.
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "cli/manual.hpp"
#include "cli/process.hpp"
#include "doc/install_paths.hpp"
#include "doc/options.hpp"
#ifdef RK_HAVE_GUI
#include "modules/gui_launch.hpp"
#endif

namespace {
bool wants_gui(const std::vector<std::string>& args) {
    if (args.empty())
        return true;
    const std::string& first = args[0];
    if (first == "gui")
        return true;
    if (first == "--help" || first == "-h" || first == "--version" || first == "help")
        return false;
    if (first == "--man" || first == "--bash-completion" || first == "--data-dir")
        return false;
    // `regiekaart case.regie.json` or `regiekaart --screenshot x.png` open the GUI too.
    return !rk::cli::commands().count(first);
}

// The desktop application's options in the form the manual and the completion take.
std::vector<rk::cli::AppOptionDoc> app_option_docs() {
    std::vector<rk::cli::AppOptionDoc> out;
    for (const auto& o : rk::doc::app_option_help())
        out.push_back({o.name, o.value_name, o.help});
    return out;
}
}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    // Hidden: the build generates the manual page and the bash completion with these.
    if (args.size() == 1 && args[0] == "--man") {
        std::cout << rk::cli::man_page(app_option_docs());
        return rk::cli::kExitOk;
    }
    // Hidden: where the sample cases and the schema are read from (support, package test).
    if (args.size() == 1 && args[0] == "--data-dir") {
        std::cout << rk::doc::data_dir().string() << '\n';
        return rk::cli::kExitOk;
    }
    if (args.size() == 1 && args[0] == "--bash-completion") {
        std::cout << rk::cli::bash_completion(app_option_docs());
        return rk::cli::kExitOk;
    }
    if (wants_gui(args)) {
#ifdef RK_HAVE_GUI
        if (!args.empty() && args[0] == "gui")
            args.erase(args.begin());
        // The desktop application is a module, loaded only now (app/modules/).
        return rk::modules::run_desktop_app(args, std::cerr);
#else
        if (args.empty() || args[0] == "gui") {
            std::cerr << "regiekaart: this build has no GUI (configured with RK_BUILD_GUI=OFF)\n";
            return rk::cli::kExitUsage;
        }
#endif
    }
    return rk::cli::run_process(args, std::cout, std::cerr);
}

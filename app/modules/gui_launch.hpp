// Starting the desktop application from the executable: loads the GUI module (gui_api.hpp).
#pragma once

#include <ostream>
#include <span>
#include <string>

namespace rk::modules {

// Runs the desktop application with `args` (as gui/gui_main.hpp's run_app) and returns its
// exit code; when the module cannot be loaded, writes why (module path, dlerror()) to `err`
// and returns 1.
int run_desktop_app(std::span<const std::string> args, std::ostream& err);

}  // namespace rk::modules

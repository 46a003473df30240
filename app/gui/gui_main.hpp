// Entry point of the desktop application (Dear ImGui + GLFW + OpenGL 3.3).
#pragma once

#include <span>
#include <string>

namespace rk::gui {

// `args` are the command-line arguments after the program name when no subcommand was
// given, or after `gui`: [FILE] [--screenshot PNG] [--frames N] [--lang nl|en] ...
// Returns the process exit code.
int run_app(std::span<const std::string> args);

}  // namespace rk::gui

// The desktop application module (regiekaart-gui.so): Dear ImGui, GLFW, OpenGL, fontconfig,
// stb and the XDG portal file chooser (GIO), with its own copy of the engine. The executable
// starts it through run_desktop_app (gui_launch.hpp). Change kGuiAbi when this table changes.
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace rk::modules {

inline constexpr std::uint32_t kGuiAbi = 1;
inline constexpr const char* kGuiFile = "regiekaart-gui.so";
inline constexpr const char* kGuiEntry = "rk_gui_entry";

struct GuiApi {
    std::uint32_t abi_version = kGuiAbi;  // first two fields: see module_loader.cpp
    std::uint32_t table_size = sizeof(GuiApi);
    int (*run_app)(std::span<const std::string> args);  // gui/gui_main.hpp
};

}  // namespace rk::modules

extern "C" const rk::modules::GuiApi* rk_gui_entry();

// The desktop application module's entry (gui_api.hpp).
#include "gui/gui_main.hpp"
#include "modules/gui_api.hpp"

extern "C" __attribute__((visibility("default"))) const rk::modules::GuiApi* rk_gui_entry() {
    static const rk::modules::GuiApi table{.run_app = &rk::gui::run_app};
    return &table;
}

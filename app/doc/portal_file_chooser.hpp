// The desktop's own file chooser through the XDG desktop portal
// (org.freedesktop.portal.FileChooser over the D-Bus session bus, with GIO's GDBus), so Open
// and Save look like every other program on the user's desktop (GNOME, KDE, sandboxed or
// not). No ImGui here: the call blocks until the user answers, so the GUI runs it on a
// worker thread (doc::JobRunner) and falls back to its built-in browser when the result is
// Unavailable (no session bus, no portal service, as under Xvfb in the tests).
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "doc/file_filters.hpp"

namespace rk::doc {

struct ChooserRequest {
    bool save = false;  // SaveFile instead of OpenFile
    std::string title;
    std::vector<FileFilter> filters;  // the first is the one selected at start
    std::filesystem::path folder;     // folder shown at start; empty = the chooser's choice
    std::string suggested_name;       // SaveFile: the proposed file name
    std::string parent_window;        // "x11:<hex XID>" or "" (portal's parent_window)
};

enum class ChooserOutcome { Chosen, Cancelled, Unavailable };

struct ChooserResult {
    ChooserOutcome outcome = ChooserOutcome::Unavailable;
    std::filesystem::path path;  // Chosen: a local file path
    std::string detail;          // Unavailable: why (for the log)
};

// Asks the portal and waits for the user's answer (the Response signal on the request
// handle). Blocks; call it on a worker. `stop` is polled every 50 ms: when it returns true
// the request is closed (org.freedesktop.portal.Request.Close) and Cancelled comes back.
// Unavailable when REGIEKAART_NO_PORTAL=1, when no session bus is configured (no
// DBUS_SESSION_BUS_ADDRESS and no $XDG_RUNTIME_DIR/bus: never autolaunches a bus), when the
// call fails (no portal service) or the portal answers "other" (no backend).
// Cost: one D-Bus round trip plus the user's time. Never throws.
ChooserResult run_portal_chooser(const ChooserRequest& request, const std::function<bool()>& stop);

// The object path the portal gives a request: /org/freedesktop/portal/desktop/request/
// SENDER/TOKEN, SENDER being our unique bus name without ':' and with '.' as '_'. We
// subscribe to its Response signal before calling, so a fast answer is never missed.
std::string portal_request_path(std::string_view unique_name, std::string_view token);

// Whether a session bus address is known without starting one.
bool session_bus_configured();

}  // namespace rk::doc

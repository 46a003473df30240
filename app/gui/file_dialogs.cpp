#include "gui/file_dialogs.hpp"

#include <GLFW/glfw3.h>

#include <cstdio>
#include <iostream>

// From GLFW's glfw3native.h, declared here because that header pulls in the Xrandr
// development headers for one function; an X11 Window is an XID (unsigned long).
extern "C" unsigned long glfwGetX11Window(GLFWwindow* window);

namespace rk::gui {

namespace {
// The portal's parent_window, so the chooser is modal to our window: "x11:<hex XID>".
std::string parent_window(GLFWwindow* w) {
    // GLFW 3.3 (Debian 12) is built for X11 (XWayland under Wayland); 0 when not.
    const unsigned long xid = w ? static_cast<unsigned long>(glfwGetX11Window(w)) : 0;
    if (!xid)
        return {};
    char buf[32];
    std::snprintf(buf, sizeof buf, "x11:%lx", xid);
    return buf;
}
}  // namespace

void FileDialogs::ask(doc::ChooserRequest request, BrowserPlaces places, Chosen chosen) {
    if (busy())
        return;
    request_ = std::move(request);
    places_ = std::move(places);
    chosen_ = std::move(chosen);
    if (portal_unavailable_) {
        browser_.show(request_, places_);
        return;
    }
    request_.parent_window = parent_window(window_);
    job_.start("file chooser", [this, req = request_](Progress& progress) {
        doc::ChooserResult r =
            doc::run_portal_chooser(req, [&progress] { return progress.cancelled(); });
        return [this, r] { on_portal_answer(r); };
    });
}

void FileDialogs::on_portal_answer(const doc::ChooserResult& r) {
    switch (r.outcome) {
        case doc::ChooserOutcome::Chosen:
            deliver(r.path);
            break;
        case doc::ChooserOutcome::Cancelled:
            break;
        case doc::ChooserOutcome::Unavailable:
            std::cerr << "regiekaart: the desktop's file chooser is not available (" << r.detail
                      << "); using the built-in file browser\n";
            portal_unavailable_ = true;
            browser_.show(request_, places_);
            break;
    }
}

void FileDialogs::deliver(const std::filesystem::path& path) {
    // Taken out first: the answer may ask the next question (Save as, then Open, from the
    // unsaved-changes prompt), which sets a new chosen_ while this one runs.
    Chosen chosen = std::move(chosen_);
    chosen_ = nullptr;
    if (chosen)
        chosen(path);
}

void FileDialogs::Draw(Language lang) {
    job_.poll();
    if (auto chosen = browser_.Draw(lang))
        deliver(*chosen);
}

}  // namespace rk::gui

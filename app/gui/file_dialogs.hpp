// Asking the user for a file: the desktop's file chooser through the XDG portal, on a worker
// so the window keeps drawing while the chooser is open; when no portal answers, the
// built-in browser (file_browser.hpp). The answer reaches the caller on the UI thread.
#pragma once

#include <filesystem>
#include <functional>

#include "doc/background.hpp"
#include "doc/portal_file_chooser.hpp"
#include "gui/file_browser.hpp"

struct GLFWwindow;

namespace rk::gui {

class FileDialogs {
  public:
    using Chosen = std::function<void(const std::filesystem::path&)>;

    explicit FileDialogs(GLFWwindow* window) : window_(window) {}

    // Asks for a file; `chosen` runs on the UI thread with the path, and not at all when the
    // user cancels. Ignored while another question is open.
    void ask(doc::ChooserRequest request, BrowserPlaces places, Chosen chosen);
    // Every frame: hands over the portal's answer, or draws the built-in browser.
    void Draw(Language lang);
    bool busy() const { return job_.running() || browser_.visible(); }

  private:
    void on_portal_answer(const doc::ChooserResult& r);
    void deliver(const std::filesystem::path& path);

    GLFWwindow* window_;
    doc::JobRunner job_;
    FileBrowser browser_;
    doc::ChooserRequest request_;
    BrowserPlaces places_;
    Chosen chosen_;
    // After one failed portal call the browser is used at once: no bus appears mid-session.
    bool portal_unavailable_ = false;
};

}  // namespace rk::gui

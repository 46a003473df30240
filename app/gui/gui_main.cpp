// The desktop application's platform layer: window, OpenGL context, fonts, the frame loop,
// screenshots and the rendering benchmark. Everything the user sees lives in App.
#include "gui/gui_main.hpp"

#include <glad/gl.h>
// glad first: it provides the OpenGL declarations GLFW would otherwise include.
#include <GLFW/glfw3.h>
#include <fontconfig/fontconfig.h>
#include <imgui.h>
#include <imgui_freetype.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <random>
#include <vector>

#include "doc/options.hpp"
#include "doc/settings.hpp"
#include "gui/app.hpp"
#include "gui/icons.hpp"
#include "gui/toolbar.hpp"

namespace rk::gui {

namespace {

namespace fs = std::filesystem;

// The file of a font family through fontconfig (e.g. DejaVu Sans), or empty.
std::string find_font(const char* family) {
    std::string out;
    if (!FcInit())
        return out;
    FcPattern* pat = FcNameParse(reinterpret_cast<const FcChar8*>(family));
    FcConfigSubstitute(nullptr, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult result;
    if (FcPattern* match = FcFontMatch(nullptr, pat, &result)) {
        FcChar8* file = nullptr;
        if (FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch && file) {
            out = reinterpret_cast<const char*>(file);
        }
        FcPatternDestroy(match);
    }
    FcPatternDestroy(pat);
    return out;
}

// Latin with all extensions (ë é ĳ ŀ...), general punctuation (– — ‘ ’ “ ” …), arrows,
// maths, geometric shapes and symbols (● ✓ ⚠).
const ImWchar kGlyphRanges[] = {0x0020, 0x024F, 0x1E00, 0x1EFF, 0x2000, 0x206F, 0x20AC, 0x20AC,
                                0x2190, 0x21FF, 0x2200, 0x22FF, 0x25A0, 0x27BF, 0};

// The toolbar's icons (gui/icons.hpp) merged into `into`, which must be the font added last
// (ImGui merges into the last one). A missing font file leaves the toolbar with text buttons;
// it is checked first, since ImGui asserts on a file it cannot open.
void merge_icon_font(ImFont* into, float size, const std::string& chosen_file) {
    const std::string file = icon_font_file(chosen_file);
    std::error_code ec;
    if (!into || !fs::is_regular_file(file, ec)) {
        std::cerr << "regiekaart: " << file << " not found (package fonts-fork-awesome); "
                  << "the toolbar shows text\n";
        return;
    }
    static const ImWchar ranges[] = {ImWchar(icons::kFirst), ImWchar(icons::kLast), 0};
    ImFontConfig cfg;
    cfg.MergeMode = true;
    cfg.PixelSnapH = true;
    cfg.GlyphMinAdvanceX = size;  // equal widths: the toolbar's buttons line up
    ImGui::GetIO().Fonts->AddFontFromFileTTF(file.c_str(), size, &cfg, ranges);
}

void load_fonts(App& app, float scale, const std::string& icon_font) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const std::string file = find_font("DejaVu Sans");
    ImFont* normal = nullptr;
    ImFont* large = nullptr;
    if (!file.empty() && fs::exists(file)) {
        ImFontConfig cfg;
        cfg.OversampleH = 2;
        normal = io.Fonts->AddFontFromFileTTF(file.c_str(), std::round(15.f * scale), &cfg,
                                              kGlyphRanges);
        merge_icon_font(normal, std::round(15.f * scale), icon_font);
        large = io.Fonts->AddFontFromFileTTF(file.c_str(), std::round(24.f * scale), &cfg,
                                             kGlyphRanges);
    }
    if (!normal) {
        std::cerr
            << "regiekaart: DejaVu Sans not found through fontconfig; using the built-in font\n";
        ImFontConfig cfg;
        cfg.SizePixels = std::round(13.f * scale);
        normal = io.Fonts->AddFontDefault(&cfg);
        merge_icon_font(normal, cfg.SizePixels, icon_font);
        large = normal;
    }
    io.Fonts->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    io.Fonts->FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    io.Fonts->Build();
    app.set_fonts(normal, large);
}

bool write_png(const std::string& path, int w, int h) {
    std::vector<unsigned char> pixels(std::size_t(w) * h * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's rows start at the bottom; PNG's at the top. Opaque: the window is opaque.
    std::vector<unsigned char> flipped(pixels.size());
    for (int y = 0; y < h; ++y) {
        std::copy_n(&pixels[std::size_t(h - 1 - y) * w * 4], std::size_t(w) * 4,
                    &flipped[std::size_t(y) * w * 4]);
    }
    for (std::size_t i = 3; i < flipped.size(); i += 4)
        flipped[i] = 255;
    return stbi_write_png(path.c_str(), w, h, 4, flipped.data(), w * 4) != 0;
}

// A synthetic network for the rendering benchmark: n actors in clusters, 3n relations.
Case synthetic_case(int n) {
    Case c;
    c.id = "bench";
    c.title = "Benchmark " + std::to_string(n);
    Scenario s;
    s.id = "bench";
    s.name = "synthetic";
    std::mt19937 rng(42);
    std::normal_distribution<double> g(0, 1);
    const int clusters = std::max(1, n / 200);
    const double side = std::sqrt(double(n)) * 40;
    std::uniform_real_distribution<double> u(-side / 2, side / 2);
    std::vector<std::pair<double, double>> centres(clusters);
    for (auto& ct : centres)
        ct = {u(rng), u(rng)};
    s.actors.reserve(n);
    const Bestuurslaag tiers[] = {Bestuurslaag::Rijk, Bestuurslaag::Provincie,
                                  Bestuurslaag::Gemeente, Bestuurslaag::Regio,
                                  Bestuurslaag::Privaat};
    for (int i = 0; i < n; ++i) {
        Actor a;
        a.id = "a" + std::to_string(i);
        a.name = "Actor " + std::to_string(i);
        a.bestuurslaag = tiers[i % 5];
        if (i % 97 == 0)
            a.roles = {Role::Regisseur};
        s.actors.push_back(std::move(a));
        const auto& ct = centres[i % clusters];
        s.positions[s.actors.back().id] = {ct.first + g(rng) * 120, ct.second + g(rng) * 120,
                                           false};
    }
    std::uniform_int_distribution<int> pick(0, n - 1);
    s.relations.reserve(std::size_t(n) * 3);
    for (int i = 0; i < n * 3; ++i) {
        const int a = i % n;
        int b = (i % 3 == 0) ? pick(rng) : (a + 1 + pick(rng) % 7 * clusters) % n;
        if (b == a)
            b = (a + 1) % n;
        Relation r;
        r.id = "r" + std::to_string(i);
        r.source = s.actors[a].id;
        r.target = s.actors[b].id;
        r.layer = (i % 10 == 0) ? Layer::Directs : Layer::Collaboration;
        r.directed = r.layer == Layer::Directs;
        s.relations.push_back(std::move(r));
    }
    c.scenarios.push_back(std::move(s));
    return c;
}

// What the GLFW callbacks need: the app, and key releases held back by one frame. Dear ImGui
// 1.86 samples key state once per frame, so a press and release within one frame (a quick
// tap, or xdotool) would be lost; releasing one frame later makes every tap count.
struct Platform {
    App* app = nullptr;
    std::vector<int> pressed_this_frame;
    std::vector<std::array<int, 3>> deferred_releases;  // key, scancode, mods
};

void key_callback(GLFWwindow* w, int key, int scancode, int action, int mods) {
    auto* p = static_cast<Platform*>(glfwGetWindowUserPointer(w));
    if (action == GLFW_PRESS)
        p->pressed_this_frame.push_back(key);
    // Any release after a press in the same frame waits: also a modifier (Ctrl released
    // in the same batch as the Z it modified).
    if (action == GLFW_RELEASE && !p->pressed_this_frame.empty()) {
        p->deferred_releases.push_back({key, scancode, mods});
        return;
    }
    ImGui_ImplGlfw_KeyCallback(w, key, scancode, action, mods);
}

struct GlfwSession {
    bool ok = false;
    GlfwSession() { ok = glfwInit() == GLFW_TRUE; }
    ~GlfwSession() {
        if (ok)
            glfwTerminate();
    }
};

void glfw_error(int code, const char* text) {
    std::cerr << "regiekaart: GLFW error " << code << ": " << text << "\n";
}

}  // namespace

int run_app(std::span<const std::string> args) {
    const doc::OptionsResult parsed = doc::parse_app_options(args);
    if (!parsed.options) {
        std::cerr << "regiekaart: " << parsed.error << "\n" << doc::app_usage();
        return 2;
    }
    doc::AppOptions opt = *parsed.options;
    if (opt.help) {
        std::cout << doc::app_usage();
        return 0;
    }

    // Saved settings fill in what the command line left open (issue 16). Screenshots and
    // benchmarks are reproducible: they ignore them.
    doc::SettingsParse settings;
    if (opt.screenshot.empty() && opt.bench_nodes == 0) {
        settings = doc::SettingsStore(doc::SettingsStore::default_file()).load();
        doc::apply_settings(settings.settings, opt);
    }

    glfwSetErrorCallback(glfw_error);
    GlfwSession glfw;
    if (!glfw.ok) {
        std::cerr << "regiekaart: cannot start the window system (no display?). The command "
                     "line works without one: regiekaart --help\n";
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SAMPLES, 0);
    // WM_CLASS: the desktop matches the window to regiekaart.desktop (StartupWMClass).
    glfwWindowHintString(GLFW_X11_CLASS_NAME, "Regiekaart");
    glfwWindowHintString(GLFW_X11_INSTANCE_NAME, "regiekaart");
    // Hidden until placed at the saved position, so it does not jump after appearing.
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    GLFWwindow* window = glfwCreateWindow(opt.width, opt.height, "Regiekaart", nullptr, nullptr);
    if (!window) {
        std::cerr << "regiekaart: cannot create an OpenGL 3.3 window\n";
        return 1;
    }
    if (const auto& w = settings.settings.window; w && w->x && w->y && !opt.size_given) {
        glfwSetWindowPos(window, *w->x, *w->y);
    }
    glfwShowWindow(window);
    glfwMakeContextCurrent(window);
    if (!gladLoadGL(glfwGetProcAddress)) {
        std::cerr << "regiekaart: cannot load OpenGL 3.3 functions\n";
        glfwDestroyWindow(window);
        return 1;
    }
    // Screenshots and benchmarks render as fast as possible; interactive use follows vsync.
    glfwSwapInterval(opt.screenshot.empty() && opt.bench_nodes == 0 ? 1 : 0);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // panel layout is fixed; nothing to persist between runs
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330");

    int exit_code = 0;
    {
        App app(window, opt, std::move(settings));
        float xs = 1, ys = 1;
        glfwGetWindowContentScale(window, &xs, &ys);
        float scale = std::max(1.f, xs);
        load_fonts(app, scale, opt.automation.icon_font);
        ImGui::GetStyle().ScaleAllSizes(scale);

        Platform platform;
        platform.app = &app;
        glfwSetWindowUserPointer(window, &platform);
        glfwSetKeyCallback(window, key_callback);  // forwards to ImGui's own callback
        glfwSetDropCallback(window, [](GLFWwindow* w, int count, const char** paths) {
            auto* p = static_cast<Platform*>(glfwGetWindowUserPointer(w));
            p->app->on_drop(std::vector<std::string>(paths, paths + count));
        });
        glfwSetWindowCloseCallback(window, [](GLFWwindow* w) {
            auto* p = static_cast<Platform*>(glfwGetWindowUserPointer(w));
            if (!p->app->request_close())
                glfwSetWindowShouldClose(w, GLFW_FALSE);
        });

        if (opt.bench_nodes > 0)
            app.open_case(synthetic_case(opt.bench_nodes), {});

        const bool shooting = !opt.screenshot.empty();
        // A screenshot waits for the analysis to settle, but never for ever.
        const auto shot_deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        const int bench_frames = opt.bench_nodes > 0 ? opt.frames : 0;
        std::vector<double> cpu_ms, total_ms, canvas_ms;
        int frame = 0;
        while (!glfwWindowShouldClose(window) && !app.wants_exit()) {
            const auto t0 = std::chrono::steady_clock::now();
            if (shooting || bench_frames) {
                glfwPollEvents();
            } else {
                // Idle without burning CPU: wake at least every 250 ms for autosave and
                // background results.
                glfwWaitEventsTimeout(0.25);
            }
            float nxs = 1, nys = 1;
            glfwGetWindowContentScale(window, &nxs, &nys);
            if (std::max(1.f, nxs) != scale) {
                scale = std::max(1.f, nxs);
                load_fonts(app, scale, opt.automation.icon_font);
                ImGui_ImplOpenGL3_DestroyFontsTexture();
                ImGui_ImplOpenGL3_CreateFontsTexture();
            }
            ImGui_ImplOpenGL3_NewFrame();
            ImGui_ImplGlfw_NewFrame();
            ImGui::NewFrame();
            app.frame();
            ImGui::Render();
            const auto t_ui = std::chrono::steady_clock::now();
            // Keys pressed and released before this frame: the frame saw them pressed; the
            // next one sees them released.
            platform.pressed_this_frame.clear();
            for (const auto& [key, sc, mods] : platform.deferred_releases) {
                ImGui_ImplGlfw_KeyCallback(window, key, sc, GLFW_RELEASE, mods);
            }
            platform.deferred_releases.clear();
            int fw = 0, fh = 0;
            glfwGetFramebufferSize(window, &fw, &fh);
            glViewport(0, 0, fw, fh);
            glDisable(GL_SCISSOR_TEST);
            glClearColor(0.5f, 0.5f, 0.5f, 1.f);
            glClear(GL_COLOR_BUFFER_BIT);
            ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
            ++frame;
            if (shooting && frame >= opt.frames &&
                (app.analysis_settled() || std::chrono::steady_clock::now() > shot_deadline)) {
                glFinish();
                if (!write_png(opt.screenshot, fw, fh)) {
                    std::cerr << "regiekaart: cannot write " << opt.screenshot << "\n";
                    exit_code = 1;
                }
                break;
            }
            glfwSwapBuffers(window);
            if (bench_frames) {
                glFinish();
                const auto t2 = std::chrono::steady_clock::now();
                if (frame > 3) {  // after the first upload and warm-up
                    cpu_ms.push_back(std::chrono::duration<double, std::milli>(t_ui - t0).count());
                    total_ms.push_back(std::chrono::duration<double, std::milli>(t2 - t0).count());
                    canvas_ms.push_back(app.canvas().stats().draw_ms);
                }
                if (frame >= bench_frames + 3)
                    break;
            }
        }
        if (bench_frames && !cpu_ms.empty()) {
            auto median = [](std::vector<double> v) {
                std::sort(v.begin(), v.end());
                return v[v.size() / 2];
            };
            const auto& st = app.canvas().stats();
            std::printf(
                "bench nodes=%d edges=%d labels=%d frames=%zu ui_cpu_ms_median=%.2f "
                "canvas_cpu_ms_median=%.2f frame_ms_median=%.2f (incl. GL submit + finish) "
                "instance_build_ms=%.1f (model %.1f, instances %.1f) builds=%d\n",
                st.nodes, st.edges, st.labels, cpu_ms.size(), median(cpu_ms), median(canvas_ms),
                median(total_ms), st.build_ms, st.model_ms, st.style_ms, st.builds);
        }
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    return exit_code;
}

}  // namespace rk::gui

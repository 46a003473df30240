#include "doc/options.hpp"

#include <algorithm>
#include <charconv>

namespace rk::doc {

namespace {
bool parse_int(const std::string& s, int& out, int min, int max) {
    int v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || p != s.data() + s.size() || v < min || v > max)
        return false;
    out = v;
    return true;
}
// "VIEW=VALUE" with VIEW one of `views` and a non-empty VALUE, into `into`.
bool parse_view_value(const std::string& s, const std::vector<std::string>& views,
                      std::map<std::string, std::string>& into) {
    const auto eq = s.find('=');
    if (eq == std::string::npos || eq + 1 >= s.size())
        return false;
    const std::string view = s.substr(0, eq);
    if (std::find(views.begin(), views.end(), view) == views.end())
        return false;
    into[view] = s.substr(eq + 1);
    return true;
}

std::string joined(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}
}  // namespace

const std::vector<std::string>& automation_dump_views() {
    static const std::vector<std::string> views = {"compare", "toolbar"};
    return views;
}

const std::vector<std::string>& automation_select_views() {
    static const std::vector<std::string> views = {"compare"};
    return views;
}

const std::vector<AppOptionHelp>& app_option_help() {
    static const std::vector<AppOptionHelp> table = {
        {"--lang", "nl|en", "Language of the interface (default: the saved setting, else nl)."},
        {"--theme", "light|dark", "Colour theme (default: the saved setting, else light)."},
        {"--size", "WxH", "Window size in pixels, e.g. 1280x800 (default: the saved size)."},
        {"--present", "", "Start in presentation mode (full screen, large type)."},
        {"--select", "ACTOR", "Select the actor with this id at start."},
        {"--no-overlay", "", "Start with the regie overlay switched off."},
        {"--new", "", "Start on a new, empty case."},
        {"--screenshot", "PNG",
         "Write a PNG of the window after --frames frames, once the analysis is done, and exit."},
        {"--frames", "N", "Frames to draw before the screenshot (default 10)."},
        {"--help", "", "Show this help and exit."},
    };
    return table;
}

const char* app_usage() {
    static const std::string text = [] {
        std::string s =
            "usage: regiekaart [FILE] [OPTIONS]\n       regiekaart COMMAND ...  "
            "(regiekaart --help lists the commands)\n\noptions:\n";
        for (const auto& o : app_option_help()) {
            std::string left = std::string("  ") + o.name;
            if (*o.value_name)
                left += std::string(" ") + o.value_name;
            if (left.size() < 24)
                left.resize(24, ' ');
            s += left + ' ' + o.help + '\n';
        }
        return s;
    }();
    return text.c_str();
}

OptionsResult parse_app_options(std::span<const std::string> args) {
    AppOptions o;
    auto fail = [](std::string msg) { return OptionsResult{std::nullopt, std::move(msg)}; };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= args.size())
                return false;
            out = args[++i];
            return true;
        };
        std::string v;
        if (a == "--help" || a == "-h") {
            o.help = true;
        } else if (a == "--screenshot") {
            if (!value(o.screenshot))
                return fail("--screenshot needs a file name");
        } else if (a == "--frames") {
            if (!value(v) || !parse_int(v, o.frames, 1, 100000)) {
                return fail("--frames needs a number from 1 to 100000");
            }
        } else if (a == "--lang") {
            if (!value(v) || (v != "nl" && v != "en"))
                return fail("--lang needs nl or en");
            o.lang = v == "nl" ? Language::Dutch : Language::English;
            o.lang_given = true;
        } else if (a == "--theme") {
            if (!value(v) || (v != "light" && v != "dark")) {
                return fail("--theme needs light or dark");
            }
            o.dark = v == "dark";
            o.theme_given = true;
        } else if (a == "--size") {
            auto x = std::string::npos;
            if (!value(v) || (x = v.find('x')) == std::string::npos ||
                !parse_int(v.substr(0, x), o.width, 320, 16384) ||
                !parse_int(v.substr(x + 1), o.height, 240, 16384)) {
                return fail("--size needs WxH, e.g. 1280x800");
            }
            o.size_given = true;
        } else if (a == "--present") {
            o.present = true;
        } else if (a == "--select") {
            if (!value(o.select))
                return fail("--select needs an actor id");
        } else if (a == "--no-overlay") {
            o.overlay = false;
        } else if (a == "--bench-nodes") {
            if (!value(v) || !parse_int(v, o.bench_nodes, 1, 10'000'000)) {
                return fail("--bench-nodes needs a positive number");
            }
        } else if (a == "--recovery-dir") {
            if (!value(o.recovery_dir))
                return fail("--recovery-dir needs a directory");
        } else if (a == "--positions-out") {
            if (!value(o.positions_out))
                return fail("--positions-out needs a file name");
        } else if (a == "--new") {
            o.new_case = true;
        } else if (a == "--test-log") {
            if (!value(o.test_log))
                return fail("--test-log needs a file name");
        } else if (a == "--autosave-seconds") {
            if (!value(v) || !parse_int(v, o.autosave_seconds, 1, 86400)) {
                return fail("--autosave-seconds needs a number from 1 to 86400");
            }
        } else if (a == "--run-action") {
            if (!value(v) || v.empty())
                return fail("--run-action needs an action id");
            o.automation.run_actions.push_back(v);
        } else if (a == "--dump") {
            if (!value(v) || !parse_view_value(v, automation_dump_views(), o.automation.dumps))
                return fail("--dump needs VIEW=FILE with VIEW one of: " +
                            joined(automation_dump_views()));
        } else if (a == "--select-row") {
            if (!value(v) ||
                !parse_view_value(v, automation_select_views(), o.automation.select_rows))
                return fail("--select-row needs VIEW=ROW with VIEW one of: " +
                            joined(automation_select_views()));
        } else if (a == "--export-to") {
            if (!value(o.automation.export_to) || o.automation.export_to.empty())
                return fail("--export-to needs a file name");
        } else if (a == "--export-view") {
            if (!value(v) || !parse_int(v, o.automation.export_view, 0, 3))
                return fail("--export-view needs a number from 0 to 3");
        } else if (a == "--export-dpi") {
            int dpi = 0;
            if (!value(v) || !parse_int(v, dpi, 10, 1200))
                return fail("--export-dpi needs a number from 10 to 1200");
            o.automation.export_dpi = float(dpi);
        } else if (a == "--export-format") {
            if (!value(v) || !parse_int(v, o.automation.export_format, 0, 15))
                return fail("--export-format needs the export dialog's format number (0-15)");
        } else if (a == "--export-on-open") {
            o.automation.export_on_open = true;
        } else if (a == "--icon-font") {
            if (!value(o.automation.icon_font) || o.automation.icon_font.empty())
                return fail("--icon-font needs a file name");
        } else if (!a.empty() && a[0] == '-') {
            return fail("unknown option: " + a);
        } else if (o.file.empty()) {
            o.file = a;
        } else {
            return fail("more than one file given: " + a);
        }
    }
    return {o, {}};
}

}  // namespace rk::doc

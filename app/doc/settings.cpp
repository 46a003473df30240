#include "doc/settings.hpp"

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace rk::doc {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path config_dir() {
    if (const char* x = std::getenv("XDG_CONFIG_HOME"); x && *x)
        return fs::path(x) / "regiekaart";
    if (const char* h = std::getenv("HOME"); h && *h) {
        return fs::path(h) / ".config" / "regiekaart";
    }
    return {};
}

namespace {

// nlohmann reports a byte offset; the user needs a line and a column.
std::string location(std::string_view text, std::size_t byte) {
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    return std::to_string(line) + ":" + std::to_string(col);
}

// Reads an integer field in [lo, hi]; a problem when it is there but not such a number.
bool read_int(const json& obj, const char* key, int lo, int hi, std::optional<int>& out,
              std::string& problem, const char* object = "window") {
    auto it = obj.find(key);
    if (it == obj.end())
        return true;
    if (!it->is_number_integer() || it->get<long long>() < lo || it->get<long long>() > hi) {
        problem = std::string("\"") + object + "." + key + "\": expected a whole number from " +
                  std::to_string(lo) + " to " + std::to_string(hi);
        return false;
    }
    out = it->get<int>();
    return true;
}

// Reads a boolean field; a problem when it is there but not true or false.
bool read_bool(const json& obj, const char* key, bool& out, std::string& problem) {
    auto it = obj.find(key);
    if (it == obj.end())
        return true;
    if (!it->is_boolean()) {
        problem = std::string("\"panels.") + key + "\": expected true or false";
        return false;
    }
    out = it->get<bool>();
    return true;
}

// "panels": {"left": 240, "right": 360, "bottom": 190, "left_collapsed": false, ...}.
std::string read_panels(const json& j, PanelSizes& p) {
    if (!j.is_object())
        return "\"panels\": expected an object";
    std::string problem;
    std::optional<int> left, right, bottom;
    if (!read_int(j, "left", 0, 16384, left, problem, "panels") ||
        !read_int(j, "right", 0, 16384, right, problem, "panels") ||
        !read_int(j, "bottom", 0, 16384, bottom, problem, "panels") ||
        !read_bool(j, "left_collapsed", p.left_collapsed, problem) ||
        !read_bool(j, "right_open", p.right_open, problem) ||
        !read_bool(j, "bottom_collapsed", p.bottom_collapsed, problem)) {
        return problem;
    }
    p.left = left.value_or(0);
    p.right = right.value_or(0);
    p.bottom = bottom.value_or(0);
    return {};
}

std::string read_fields(const json& j, Settings& s) {
    if (!j.is_object())
        return "expected a JSON object with the settings";
    if (auto it = j.find("language"); it != j.end()) {
        if (*it == "nl") {
            s.language = Language::Dutch;
        } else if (*it == "en") {
            s.language = Language::English;
        } else {
            return "\"language\": expected \"nl\" or \"en\"";
        }
    }
    if (auto it = j.find("theme"); it != j.end()) {
        if (*it != "light" && *it != "dark")
            return "\"theme\": expected \"light\" or \"dark\"";
        s.dark = *it == "dark";
    }
    if (auto it = j.find("last_folder"); it != j.end()) {
        if (!it->is_string())
            return "\"last_folder\": expected a string";
        s.last_folder = it->get<std::string>();
    }
    if (auto it = j.find("window"); it != j.end()) {
        if (!it->is_object())
            return "\"window\": expected an object";
        std::string problem;
        std::optional<int> w, h;
        WindowGeometry g;
        if (!read_int(*it, "width", 320, 16384, w, problem) ||
            !read_int(*it, "height", 240, 16384, h, problem) ||
            !read_int(*it, "x", -32768, 32767, g.x, problem) ||
            !read_int(*it, "y", -32768, 32767, g.y, problem)) {
            return problem;
        }
        if (!w || !h)
            return "\"window\": expected \"width\" and \"height\"";
        g.width = *w;
        g.height = *h;
        s.window = g;
    }
    if (auto it = j.find("panels"); it != j.end()) {
        PanelSizes p;
        if (std::string problem = read_panels(*it, p); !problem.empty())
            return problem;
        s.panels = p;
    }
    return {};
}

}  // namespace

SettingsParse parse_settings(std::string_view text, const std::string& file_name) {
    SettingsParse out;
    json j;
    try {
        j = json::parse(text);
    } catch (const json::parse_error& e) {
        // what() repeats the position as "[json.exception...] parse error at line L,
        // column C: reason"; the reason is what the user needs beside our FILE:LINE:COL.
        std::string reason = e.what();
        if (auto colon = reason.find(": "); colon != std::string::npos) {
            reason = reason.substr(colon + 2);
        }
        out.problem = file_name + ":" + location(text, e.byte == 0 ? 0 : e.byte - 1) +
                      ": not valid JSON (" + reason + ")";
        return out;
    }
    Settings s;
    if (std::string problem = read_fields(j, s); !problem.empty()) {
        out.problem = file_name + ":1:1: " + problem;
        return out;  // all or nothing: a half-read file would mix two states
    }
    out.settings = std::move(s);
    return out;
}

std::string settings_json(const Settings& s) {
    json j = json::object();
    if (s.language)
        j["language"] = *s.language == Language::Dutch ? "nl" : "en";
    if (s.dark)
        j["theme"] = *s.dark ? "dark" : "light";
    if (s.window) {
        json w = {{"width", s.window->width}, {"height", s.window->height}};
        if (s.window->x && s.window->y) {
            w["x"] = *s.window->x;
            w["y"] = *s.window->y;
        }
        j["window"] = w;
    }
    if (!s.last_folder.empty())
        j["last_folder"] = s.last_folder;
    if (s.panels) {
        j["panels"] = {{"left", s.panels->left},
                       {"right", s.panels->right},
                       {"bottom", s.panels->bottom},
                       {"left_collapsed", s.panels->left_collapsed},
                       {"right_open", s.panels->right_open},
                       {"bottom_collapsed", s.panels->bottom_collapsed}};
    }
    return j.dump(2) + "\n";
}

void apply_settings(const Settings& s, AppOptions& options) {
    if (s.language && !options.lang_given)
        options.lang = *s.language;
    if (s.dark && !options.theme_given)
        options.dark = *s.dark;
    if (s.window && !options.size_given) {
        options.width = s.window->width;
        options.height = s.window->height;
    }
}

SettingsStore::SettingsStore(fs::path file) : file_(std::move(file)) {}

fs::path SettingsStore::default_file() {
    const fs::path dir = config_dir();
    return dir.empty() ? fs::path{} : dir / "settings.json";
}

SettingsParse SettingsStore::load() const {
    if (file_.empty())
        return {};
    std::ifstream in(file_, std::ios::binary);
    if (!in)
        return {};  // no settings yet: the defaults
    std::ostringstream text;
    text << in.rdbuf();
    SettingsParse parsed = parse_settings(text.str(), file_.string());
    if (!parsed.problem.empty()) {
        std::error_code ec;
        fs::path aside = file_;
        aside += ".damaged";
        fs::rename(file_, aside, ec);
        parsed.problem += ec ? " (ignored)" : " (ignored; kept as " + aside.string() + ")";
    }
    return parsed;
}

SaveResult SettingsStore::save(const Settings& s) const {
    if (file_.empty())
        return {false, "no settings directory (neither XDG_CONFIG_HOME nor HOME)"};
    std::error_code ec;
    fs::create_directories(file_.parent_path(), ec);
    if (ec)
        return {false, file_.parent_path().string() + ": cannot create: " + ec.message()};
    SaveOptions opts;
    opts.keep_backup = false;
    return save_text_file_atomic(settings_json(s), file_, opts);
}

}  // namespace rk::doc

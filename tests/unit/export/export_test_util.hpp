// Helpers for the export tests: a small hand-made case, SVG text extraction with expat, PNG
// header reading, temporary directories and running poppler tools.
#pragma once

#include <expat.h>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "model/case.hpp"
#include "model/case_io.hpp"

namespace rk::test {

inline Actor make_actor(std::string id, std::string name, Bestuurslaag b,
                        std::vector<Role> roles = {}, std::string group = {}) {
    Actor a;
    a.id = std::move(id);
    a.name = std::move(name);
    a.bestuurslaag = b;
    a.roles = std::move(roles);
    a.group = std::move(group);
    a.type = b == Bestuurslaag::Rijk       ? ActorType::Ministry
             : b == Bestuurslaag::Gemeente ? ActorType::Municipality
                                           : ActorType::Unknown;
    return a;
}

inline Relation make_rel(std::string id, std::string s, std::string t, Layer l, bool directed,
                         RegieKind k = RegieKind::Unknown) {
    Relation r;
    r.id = std::move(id);
    r.source = std::move(s);
    r.target = std::move(t);
    r.layer = l;
    r.directed = directed;
    r.regie_kind = k;
    return r;
}

// Five actors with positions, one regisseur, a group of two municipalities, names with XML
// special characters.
inline Case small_case(bool with_positions = true) {
    Case c;
    c.id = "klein";
    c.title = "Kleine casus";
    Scenario s;
    s.id = "s1";
    s.name = "Situatie 2024";
    s.date = "2024";
    s.actors = {
        make_actor("min", "Ministerie van Regie & Zaken", Bestuurslaag::Rijk, {Role::Regisseur}),
        make_actor("prov", "Provincie <Noord>", Bestuurslaag::Provincie),
        make_actor("g1", "Gemeente Aadorp", Bestuurslaag::Gemeente, {Role::Uitvoerder}, "gem"),
        make_actor("g2", "Gemeente Beekveld", Bestuurslaag::Gemeente, {Role::Uitvoerder}, "gem"),
        make_actor("ngo", "Stichting \"Groen\"", Bestuurslaag::Maatschappelijk)};
    s.groups = {Group{"gem", "Gemeenten in de regio", false}};
    s.relations = {make_rel("r1", "min", "prov", Layer::Directs, true, RegieKind::Rijksregie),
                   make_rel("r2", "prov", "g1", Layer::Directs, true, RegieKind::Coordinerend),
                   make_rel("r3", "prov", "g2", Layer::Directs, true, RegieKind::Coordinerend),
                   make_rel("r4", "g1", "g2", Layer::Collaboration, false),
                   make_rel("r5", "min", "g1", Layer::Funding, true),
                   make_rel("r6", "min", "g2", Layer::Funding, true),
                   make_rel("r7", "ngo", "g1", Layer::Information, true)};
    if (with_positions) {
        s.positions = {{"min", {0, 0, false}},
                       {"prov", {200, 120, false}},
                       {"g1", {80, 260, false}},
                       {"g2", {320, 260, false}},
                       {"ngo", {-140, 200, false}}};
    }
    c.scenarios = {s};
    return c;
}

// Every character data run inside <text> elements, entity references resolved by expat.
struct SvgText {
    bool parsed = false;
    std::string error;
    std::vector<std::string> texts;
};

inline SvgText svg_texts(const std::string& svg) {
    struct State {
        int depth_in_text = 0;
        std::string current;
        std::vector<std::string> texts;
    } st;
    XML_Parser p = XML_ParserCreate("UTF-8");
    XML_SetUserData(p, &st);
    XML_SetElementHandler(
        p,
        [](void* u, const XML_Char* name, const XML_Char**) {
            auto* s = static_cast<State*>(u);
            if (std::string(name) == "text") {
                ++s->depth_in_text;
                s->current.clear();
            }
        },
        [](void* u, const XML_Char* name) {
            auto* s = static_cast<State*>(u);
            if (std::string(name) == "text" && s->depth_in_text > 0) {
                --s->depth_in_text;
                s->texts.push_back(s->current);
            }
        });
    XML_SetCharacterDataHandler(p, [](void* u, const XML_Char* data, int len) {
        auto* s = static_cast<State*>(u);
        if (s->depth_in_text > 0)
            s->current.append(data, static_cast<std::size_t>(len));
    });
    SvgText out;
    out.parsed = XML_Parse(p, svg.data(), static_cast<int>(svg.size()), 1) == XML_STATUS_OK;
    if (!out.parsed)
        out.error = XML_ErrorString(XML_GetErrorCode(p));
    XML_ParserFree(p);
    out.texts = std::move(st.texts);
    return out;
}

inline bool has_text(const SvgText& t, const std::string& s) {
    for (const auto& x : t.texts)
        if (x == s)
            return true;
    return false;
}

struct PngSize {
    unsigned width = 0, height = 0;
};
inline PngSize png_size(const std::string& bytes) {
    PngSize s;
    if (bytes.size() < 24 || bytes.compare(1, 3, "PNG") != 0)
        return s;
    auto be32 = [&](std::size_t o) {
        return (static_cast<unsigned>(static_cast<unsigned char>(bytes[o])) << 24) |
               (static_cast<unsigned>(static_cast<unsigned char>(bytes[o + 1])) << 16) |
               (static_cast<unsigned>(static_cast<unsigned char>(bytes[o + 2])) << 8) |
               static_cast<unsigned>(static_cast<unsigned char>(bytes[o + 3]));
    };
    s.width = be32(16);
    s.height = be32(20);
    return s;
}

inline std::filesystem::path temp_dir(const std::string& name) {
    auto d = std::filesystem::temp_directory_path() /
             ("rk-export-test-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(d);
    std::filesystem::create_directories(d);
    return d;
}

inline std::string read_all(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Runs a shell command; returns its exit status and standard output.
inline int run_command(const std::string& cmd, std::string* out = nullptr) {
    FILE* f = ::popen(cmd.c_str(), "r");
    if (!f)
        return -1;
    std::string text;
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0)
        text.append(buf, n);
    const int status = ::pclose(f);
    if (out)
        *out = text;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

inline std::vector<std::filesystem::path> sample_cases() {
    std::vector<std::filesystem::path> out;
    const std::filesystem::path dir = std::filesystem::path(RK_SOURCE_DIR) / "assets" / "cases";
    if (!std::filesystem::exists(dir))
        return out;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().string().ends_with(".regie.json"))
            out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace rk::test

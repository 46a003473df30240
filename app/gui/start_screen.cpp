#include "gui/start_screen.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "doc/i18n.hpp"
#include "doc/install_paths.hpp"
#include "doc/style.hpp"
#include "gui/icons.hpp"
#include "gui/toolbar.hpp"
#include "model/case_io.hpp"

namespace rk::gui {

namespace fs = std::filesystem;
using doc::tr;

namespace {

// One line per known sample on what it shows, in the order of docs/cases.md: the English
// from its "Shows:" line, the Dutch from the case's own description.
struct KnownSample {
    const char* stem;
    const char* nl;
    const char* en;
};
constexpr KnownSample kKnownSamples[] = {
    {"woondeal-holland-rijnland",
     "Regie op meerdere niveaus tegelijk: formele rijksregie naast een onafhankelijke "
     "coördinerend regisseur, en het probleem van de vele handen.",
     "Regie on several levels at once: formal rijksregie next to an independent coordinating "
     "regisseur, and the problem of many hands."},
    {"vth-stelsel",
     "Een voor/na-vergelijking via lineage: van geen landelijke regisseur (2020) naar "
     "rijksregie met een onafhankelijke programmadirecteur (2022).",
     "A before/after comparison with lineage: from no national regisseur (2020) to "
     "rijksregie with an independent programme director (2022)."},
    {"npvi-cluster-zeeland",
     "Een coördinerend regisseur zonder besluitvormend mandaat, regie op informeel gezag, en "
     "bedrijven die vrijwillig meedoen en kunnen uitstappen.",
     "A coordinating regisseur without decision mandate, regie on informal authority, and "
     "companies that take part voluntarily and can leave."},
    {"city-deal-openbare-ruimte",
     "Emergente regie van onderop: vrijwillige deelname, iedereen draagt bij, een ministerie "
     "dat faciliteert en een dealmaker richting andere ministeries.",
     "Bottom-up, emergent regie: voluntary participation, everyone contributes, a ministry "
     "that facilitates and a dealmaker towards other ministries."},
    {"jeugdzorg-keten",
     "Een keten met een overdracht die niemand draagt (tussen wal en schip) en verkokering "
     "tussen veiligheid, onderwijs en zorg.",
     "A chain with a hand-over nobody owns (tussen wal en schip) and silos between safety, "
     "education and care."},
};

std::string stem_of(const fs::path& p) {
    std::string name = p.filename().string();
    const std::string ext = ".regie.json";
    return name.ends_with(ext) ? name.substr(0, name.size() - ext.size()) : name;
}

int known_rank(const fs::path& p) {
    const std::string stem = stem_of(p);
    for (std::size_t i = 0; i < std::size(kKnownSamples); ++i) {
        if (stem == kKnownSamples[i].stem)
            return int(i);
    }
    return int(std::size(kKnownSamples));
}

// The miniature: positions of the first scenario scaled into the unit square, aspect kept.
void build_miniature(const Scenario& s, SampleCard& card) {
    double x0 = std::numeric_limits<double>::max(), y0 = x0, x1 = -x0, y1 = -x0;
    for (const auto& [id, p] : s.positions) {
        x0 = std::min(x0, p.x), x1 = std::max(x1, p.x);
        y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
    }
    const double span = std::max({x1 - x0, y1 - y0, 1e-9});
    const doc::Coloring colours =
        doc::color_actors(s, doc::ColorBy::Bestuurslaag, Language::English);
    std::map<std::string, int> index;
    for (std::size_t i = 0; i < s.actors.size(); ++i) {
        auto it = s.positions.find(s.actors[i].id);
        if (it == s.positions.end())
            continue;  // not placed: left out of the picture
        SampleCard::Node n;
        n.x = float((it->second.x - x0) / span + (1 - (x1 - x0) / span) / 2);
        n.y = float((it->second.y - y0) / span + (1 - (y1 - y0) / span) / 2);
        n.color = colours.legend[colours.category[i]].color;
        index[s.actors[i].id] = int(card.nodes.size());
        card.nodes.push_back(n);
    }
    for (const auto& r : s.relations) {
        auto a = index.find(r.source), b = index.find(r.target);
        if (a != index.end() && b != index.end())
            card.edges.emplace_back(a->second, b->second);
    }
}

// The focused entry: a frame in the navigation colour, as ImGui draws keyboard focus.
void draw_entry_frame(ImVec2 a, ImVec2 b, bool focused, bool hovered) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (focused || hovered) {
        dl->AddRectFilled(
            a, b,
            // Light under the pointer, so the grey line stays readable; stronger with focus.
            focused ? ImGui::GetColorU32(ImGuiCol_HeaderActive, 0.6f)
                    : ImGui::GetColorU32(ImGuiCol_HeaderHovered, 0.3f),
            4.f);
    }
    if (focused)
        dl->AddRect(a, b, ImGui::GetColorU32(ImGuiCol_NavHighlight), 4.f, 0, 2.f);
}

// A heading with a rule under it as wide as its column (ImGui's Separator spans the window).
void section_heading(const char* text, float width) {
    ImGui::TextUnformatted(text);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(p.x, p.y), ImVec2(p.x + width, p.y),
                                        ImGui::GetColorU32(ImGuiCol_Separator));
    ImGui::Dummy(ImVec2(width, 4));
}

}  // namespace

std::vector<SampleCard> load_sample_cards(const std::vector<fs::path>& files) {
    std::vector<fs::path> ordered = files;
    std::stable_sort(ordered.begin(), ordered.end(), [](const fs::path& a, const fs::path& b) {
        return known_rank(a) < known_rank(b);
    });
    std::vector<SampleCard> cards;
    for (const auto& f : ordered) {
        auto loaded = load_case_file(f);
        if (!loaded.value || loaded.value->scenarios.empty())
            continue;
        const Case& c = *loaded.value;
        SampleCard card;
        card.path = f;
        card.title = c.title;
        const int rank = known_rank(f);
        if (rank < int(std::size(kKnownSamples))) {
            card.line_nl = kKnownSamples[rank].nl;
            card.line_en = kKnownSamples[rank].en;
        } else {
            card.line_nl = card.line_en = c.description;  // a sample added later: its own words
        }
        build_miniature(c.scenarios.front(), card);
        cards.push_back(std::move(card));
    }
    return cards;
}

void StartScreen::show() {
    visible_ = true;
    focus_ = 0;
    activate_ = false;
    scroll_focus_ = true;
}

int StartScreen::entry_count(const std::vector<std::string>& recent) const {
    return 2 + int(samples_.size()) + int(recent.size());
}

StartScreen::Result StartScreen::choose(int entry, const std::vector<std::string>& recent) const {
    if (entry == 0)
        return {Choice::NewCase, {}};
    if (entry == 1)
        return {Choice::Open, {}};
    const int sample = entry - 2;
    if (sample < int(samples_.size()))
        return {Choice::OpenFile, samples_[sample].path};
    const int r = sample - int(samples_.size());
    if (r < int(recent.size()))
        return {Choice::OpenFile, fs::path(recent[r])};
    return {};
}

void StartScreen::read_keys(int count) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl || io.KeyAlt || count == 0)
        return;
    int step = 0;
    if (ImGui::IsKeyPressed(GLFW_KEY_DOWN) || ImGui::IsKeyPressed(GLFW_KEY_RIGHT))
        step = 1;
    if (ImGui::IsKeyPressed(GLFW_KEY_UP) || ImGui::IsKeyPressed(GLFW_KEY_LEFT))
        step = -1;
    if (ImGui::IsKeyPressed(GLFW_KEY_TAB))
        step = io.KeyShift ? -1 : 1;
    if (step != 0) {
        focus_ = (focus_ + step + count) % count;  // wraps around, as Tab does in dialogs
        scroll_focus_ = true;
    }
    activate_ =
        ImGui::IsKeyPressed(GLFW_KEY_ENTER, false) || ImGui::IsKeyPressed(GLFW_KEY_KP_ENTER, false);
}

bool StartScreen::draw_button_entry(int entry, const char* icon_text, const char* label,
                                    float width) {
    const float h = ImGui::GetFrameHeight() * 1.6f;
    ImGui::PushID(entry);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton("##entry", ImVec2(width, h));
    const ImVec2 b(a.x + width, a.y + h);
    draw_entry_frame(a, b, focus_ == entry, ImGui::IsItemHovered());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float ty = a.y + (h - ImGui::GetTextLineHeight()) / 2;
    dl->AddText(ImVec2(a.x + 10, ty), ImGui::GetColorU32(ImGuiCol_Text), icon_text);
    dl->AddText(ImVec2(a.x + 10 + ImGui::GetFontSize() * 1.8f, ty),
                ImGui::GetColorU32(ImGuiCol_Text), label);
    ImGui::PopID();
    return clicked;
}

bool StartScreen::draw_sample_entry(int entry, const SampleCard& card, Language lang, bool dark,
                                    float width) {
    const float fs = ImGui::GetFontSize();
    const float h = std::round(fs * 7.2f);
    const ImVec2 pic(std::round(h * 1.5f), h - 12);
    ImGui::PushID(entry);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton("##entry", ImVec2(width, h));
    const ImVec2 b(a.x + width, a.y + h);
    draw_entry_frame(a, b, focus_ == entry, ImGui::IsItemHovered());
    ImDrawList* dl = ImGui::GetWindowDrawList();

    // The miniature, on the canvas colour of the theme.
    const ImVec2 p0(a.x + 6, a.y + 6), p1(p0.x + pic.x, p0.y + pic.y);
    dl->AddRectFilled(p0, p1, dark ? IM_COL32(30, 32, 38, 255) : IM_COL32(255, 255, 255, 255), 3.f);
    dl->AddRect(p0, p1, ImGui::GetColorU32(ImGuiCol_Border), 3.f);
    const float margin = 8, side = std::min(pic.x, pic.y) - 2 * margin;
    const ImVec2 origin(p0.x + (pic.x - side) / 2, p0.y + (pic.y - side) / 2);
    auto at = [&](const SampleCard::Node& n) {
        return ImVec2(origin.x + n.x * side, origin.y + n.y * side);
    };
    const ImU32 edge = dark ? IM_COL32(200, 200, 210, 70) : IM_COL32(60, 60, 80, 70);
    for (const auto& [s, t] : card.edges)
        dl->AddLine(at(card.nodes[s]), at(card.nodes[t]), edge, 1.f);
    for (const auto& n : card.nodes) {
        dl->AddCircleFilled(at(n), 3.f, n.color);
        dl->AddCircle(at(n), 3.f, dark ? IM_COL32(0, 0, 0, 120) : IM_COL32(40, 40, 40, 120));
    }

    // Title and the one line on what it shows, wrapped beside the picture.
    const float tx = p1.x + 12, wrap = b.x - tx - 8;
    dl->PushClipRect(ImVec2(tx, a.y), b, true);
    dl->AddText(ImVec2(tx, a.y + 8), ImGui::GetColorU32(ImGuiCol_Text), card.title.c_str());
    const std::string& line = lang == Language::Dutch ? card.line_nl : card.line_en;
    dl->AddText(ImGui::GetFont(), fs, ImVec2(tx, a.y + 12 + fs * 1.3f),
                ImGui::GetColorU32(ImGuiCol_TextDisabled), line.c_str(), nullptr, wrap);
    dl->PopClipRect();
    ImGui::PopID();
    return clicked;
}

bool StartScreen::draw_recent_entry(int entry, const std::string& path, float width) {
    const float h = ImGui::GetFrameHeight() * 1.9f;
    ImGui::PushID(entry);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton("##entry", ImVec2(width, h));
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 b(a.x + width, a.y + h);
    draw_entry_frame(a, b, focus_ == entry, hovered);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const fs::path p(path);
    dl->PushClipRect(a, ImVec2(b.x - 6, b.y), true);
    dl->AddText(ImVec2(a.x + 10, a.y + 3), ImGui::GetColorU32(ImGuiCol_Text),
                p.filename().string().c_str());
    dl->AddText(ImVec2(a.x + 10, a.y + 3 + ImGui::GetTextLineHeight()),
                ImGui::GetColorU32(ImGuiCol_TextDisabled), p.parent_path().string().c_str());
    dl->PopClipRect();
    if (hovered)
        ImGui::SetTooltip("%s", path.c_str());  // the folder may be clipped
    ImGui::PopID();
    return clicked;
}

StartScreen::Result StartScreen::Draw(Language lang, bool dark,
                                      const std::vector<std::string>& recent, bool take_keys) {
    if (!visible_)
        return {};
    if (!loaded_) {
        samples_ = load_sample_cards(doc::sample_case_files());
        loaded_ = true;
    }
    const int count = entry_count(recent);
    focus_ = std::clamp(focus_, 0, std::max(0, count - 1));
    Result result;
    activate_ = false;
    if (take_keys) {
        read_keys(count);
        if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE, false))
            result.choice = Choice::Close;
        if (activate_)
            result = choose(focus_, recent);
    }

    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    ImGui::Begin("###start", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    const float fs = ImGui::GetFontSize();
    const float total = std::min(ImGui::GetContentRegionAvail().x, std::round(fs * 72));
    const float left_w = std::round(total * 0.32f), right_w = total - left_w - fs * 2;
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), (ImGui::GetWindowWidth() - total) / 2));
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + fs);
    const float x0 = ImGui::GetCursorPosX();

    if (title_font)
        ImGui::PushFont(title_font);
    ImGui::TextUnformatted("Regiekaart");
    if (title_font)
        ImGui::PopFont();
    ImGui::SetCursorPosX(x0);
    ImGui::TextDisabled("%s", tr(lang, "Netwerken van regie tussen overheden, in kaart en in maat.",
                                 "Networks of regie between governments, mapped and measured."));
    ImGui::Dummy(ImVec2(0, fs));
    ImGui::SetCursorPosX(x0);
    ImGui::BeginGroup();
    section_heading(tr(lang, "Beginnen", "Start"), left_w);
    const bool icons = toolbar_has_icons();  // the toolbar's icons where the font has them
    if (draw_button_entry(0, icons ? icons::kFileO : "+", tr(lang, "Nieuwe casus", "New case"),
                          left_w))
        result = choose(0, recent);
    if (draw_button_entry(1, icons ? icons::kFolderOpenO : "…",
                          tr(lang, "Openen…   (Ctrl+O)", "Open…   (Ctrl+O)"), left_w))
        result = choose(1, recent);
    ImGui::Dummy(ImVec2(0, fs));
    section_heading(tr(lang, "Recente bestanden", "Recent files"), left_w);
    if (recent.empty())
        ImGui::TextDisabled("%s", tr(lang, "(nog geen)", "(none yet)"));
    const int first_recent = 2 + int(samples_.size());
    for (std::size_t i = 0; i < recent.size(); ++i) {
        const int entry = first_recent + int(i);
        if (draw_recent_entry(entry, recent[i], left_w))
            result = choose(entry, recent);
        if (focus_ == entry && scroll_focus_)
            ImGui::SetScrollHereY(0.5f);
    }
    ImGui::EndGroup();

    ImGui::SameLine(x0 + left_w + fs * 2);
    ImGui::BeginGroup();
    section_heading(tr(lang, "Voorbeeldcasussen", "Sample cases"), right_w);
    if (samples_.empty())
        ImGui::TextDisabled("%s", tr(lang, "(niet gevonden)", "(not found)"));
    for (std::size_t i = 0; i < samples_.size(); ++i) {
        const int entry = 2 + int(i);
        if (draw_sample_entry(entry, samples_[i], lang, dark, right_w))
            result = choose(entry, recent);
        if (focus_ == entry && scroll_focus_)
            ImGui::SetScrollHereY(0.5f);
    }
    ImGui::Dummy(ImVec2(0, fs * 0.3f));
    ImGui::TextDisabled("%s", tr(lang, "Pijltjes of Tab: kiezen · Enter: openen · Esc: sluiten",
                                 "Arrows or Tab: choose · Enter: open · Esc: close"));
    ImGui::EndGroup();
    scroll_focus_ = false;
    ImGui::End();
    return result;
}

}  // namespace rk::gui

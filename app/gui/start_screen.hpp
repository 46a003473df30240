// The start screen (issue 19): what a new user sees when the program starts without a file.
// New case, Open, the sample cases (each with a miniature of its network and one line on
// what it shows) and the recent files, all reachable with the keyboard: arrows and Tab move
// between the entries, Enter opens one. It only draws and reports the user's choice; the
// application opens the file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "model/case.hpp"

struct ImFont;

namespace rk::gui {

// A sample case as the start screen shows it: title, one line, and the network in miniature
// (positions of its first scenario scaled to 0..1, nodes coloured by bestuurslaag).
struct SampleCard {
    std::filesystem::path path;
    std::string title;
    std::string line_nl, line_en;
    struct Node {
        float x = 0, y = 0;  // 0..1, aspect kept
        std::uint32_t color = 0;
    };
    std::vector<Node> nodes;
    std::vector<std::pair<int, int>> edges;  // indices into nodes
};

// Reads each sample (a few small files; cost: one parse each, done once) into a card. A
// sample that does not load is left out, never shown half; the known samples come in the
// order of docs/cases.md.
std::vector<SampleCard> load_sample_cards(const std::vector<std::filesystem::path>& files);

class StartScreen {
  public:
    enum class Choice { None, NewCase, Open, OpenFile, Close };
    struct Result {
        Choice choice = Choice::None;
        std::filesystem::path file;  // for OpenFile
    };

    ImFont* title_font = nullptr;  // the large font for the program's name, when loaded

    void show();
    void hide() { visible_ = false; }
    bool visible() const { return visible_; }
    // Draws the screen over the whole work area (below the menu bar) and, when `take_keys`
    // (no dialog above it owns the keyboard), reads the keys.
    Result Draw(Language lang, bool dark, const std::vector<std::string>& recent, bool take_keys);

  private:
    // The entries in keyboard order: new, open, the samples, the recent files.
    int entry_count(const std::vector<std::string>& recent) const;
    Result choose(int entry, const std::vector<std::string>& recent) const;
    void read_keys(int count);
    bool draw_button_entry(int entry, const char* icon_text, const char* label, float width);
    bool draw_sample_entry(int entry, const SampleCard& card, Language lang, bool dark,
                           float width);
    bool draw_recent_entry(int entry, const std::string& path, float width);

    bool visible_ = false;
    bool loaded_ = false;
    std::vector<SampleCard> samples_;
    int focus_ = 0;
    bool activate_ = false;      // Enter was pressed this frame
    bool scroll_focus_ = false;  // the focused entry moved: bring it into view
};

}  // namespace rk::gui

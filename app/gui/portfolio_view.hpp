// The portfolio window (issue 20, "across cases"): several cases, or a folder of them, side by
// side on the eight dilemmas of regie, each cell with the evidence behind it. The engine builds
// the portfolio (analytics/dilemma_portfolio.hpp, the same as `regiekaart dilemmas`); this view
// loads the files the user names and draws the table.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "analytics/dilemma_portfolio.hpp"
#include "model/case.hpp"

namespace rk::gui {

struct PortfolioView {
    bool open = false;

    // Loads the cases named by `paths` (files, or folders of *.regie.json); replaces what was
    // shown. Problems are listed in the window, never thrown.
    void load(const std::vector<std::filesystem::path>& paths);
    // Adds the open case (already in memory) as columns, labelled by `label`.
    void add_case(const Case& c, const std::string& label);
    bool empty() const { return cases_.empty(); }
    // `samples` lists the sample cases (called only when the user asks for them).
    void Draw(Language lang, const std::function<std::vector<std::filesystem::path>()>& samples);

  private:
    void rebuild();
    std::vector<Case> cases_;
    std::vector<std::string> labels_;
    std::vector<std::string> problems_;
    analytics::DilemmaPortfolio portfolio_;
    std::string path_input_;
};

}  // namespace rk::gui

// The cross-case view of the eight dilemmas of regie (seed 000, chapter 3): each scenario's
// recorded position on each dilemma side by side, with the evidence behind it and its basis.
// The essay's main finding is cross-case ("systemische optelsom": in at least six of the eight
// dilemmas the cases lean the same way); this is the table that lets a reader check it.
//
// Positions are recorded, never inferred (DOMAIN.md): a dilemma without an observation is
// "not recorded", not a midpoint. One list of columns (dilemma_portfolio.cpp) feeds the text
// table, CSV and JSON, so the formats cannot disagree.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "model/case.hpp"

namespace rk::analytics {

// Which pole a recorded position leans to: the sign of the position (-1 = pole A, +1 = B).
enum class Lean { NotRecorded, PoleA, Middle, PoleB };

struct PortfolioCell {
    bool recorded = false;           // an observation of this dilemma exists
    std::optional<double> position;  // -1 .. +1; empty when recorded without a position
    Lean lean = Lean::NotRecorded;
    CopingStrategy strategy = CopingStrategy::Unknown;
    EvidenceBasis basis = EvidenceBasis::Unknown;
    std::string evidence;
    std::vector<Provenance> provenance;
};

// One column: one scenario of one case.
struct PortfolioColumn {
    std::string file;  // as given on the command line (or the caller's label)
    std::string case_id, case_title;
    std::string scenario_id, scenario_name;
    std::array<PortfolioCell, kDilemmaCount> cells;
};

struct DilemmaTally {
    int pole_a = 0, middle = 0, pole_b = 0, not_recorded = 0;
    // Every column with a position leans to the same pole, and there are at least two.
    bool same_way = false;
    Lean common = Lean::NotRecorded;  // that pole when same_way
};

struct DilemmaPortfolio {
    std::vector<PortfolioColumn> columns;
    std::array<DilemmaTally, kDilemmaCount> tally;
    int dilemmas_same_way = 0;  // the essay's "at least six of the eight"
};

struct PortfolioInput {
    std::string label;  // file name or other label for the column
    const Case* c = nullptr;
};

// One column per scenario of each case, in input order; O(cases x scenarios x observations).
// Never fails: a case without observations gives columns of "not recorded". When a scenario
// records one dilemma twice, the first observation is used.
DilemmaPortfolio build_portfolio(const std::vector<PortfolioInput>& cases);

std::string_view lean_token(Lean lean);  // "not_recorded", "pole_a", "middle", "pole_b"
// A cell in a few words for a matrix: lean, position and basis, e.g. "A -0.5 (seed)"; "-"
// when not recorded.
std::string portfolio_cell_text(const PortfolioCell& cell, Language lang);

// Writers. Text: a side-by-side matrix (dilemma x column) and then the evidence per cell;
// CSV: one row per column and dilemma (RFC 4180); JSON: columns, cells and the tally.
std::string portfolio_text(const DilemmaPortfolio& p, Language lang);
std::string portfolio_csv(const DilemmaPortfolio& p, Language lang);
std::string portfolio_json(const DilemmaPortfolio& p);

}  // namespace rk::analytics

// `regiekaart dilemmas FILES...`: the eight dilemmas of regie side by side across cases
// (analytics/dilemma_portfolio.hpp), as a table, CSV or JSON. A folder stands for the
// *.regie.json files inside it, in name order.
#include <algorithm>
#include <filesystem>
#include <ostream>

#include "analytics/dilemma_portfolio.hpp"
#include "cli/case_input.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "model/case_io.hpp"

namespace rk::cli {
namespace {

namespace fs = std::filesystem;

// The case files named by the arguments: files as given, folders expanded (not recursive).
std::vector<std::string> case_files(const std::vector<std::string>& args, std::ostream& err,
                                    bool& ok) {
    std::vector<std::string> files;
    for (const auto& arg : args) {
        std::error_code ec;
        if (!fs::is_directory(arg, ec)) {
            files.push_back(arg);
            continue;
        }
        std::vector<std::string> inside;
        for (const auto& entry : fs::directory_iterator(arg, ec)) {
            const std::string name = entry.path().filename().string();
            if (entry.is_regular_file() && name.size() > 11 &&
                name.compare(name.size() - 11, 11, ".regie.json") == 0)
                inside.push_back(entry.path().string());
        }
        if (ec) {
            err << arg << ": error: cannot read the folder: " << ec.message() << '\n';
            ok = false;
        } else if (inside.empty()) {
            err << arg << ": error: the folder holds no *.regie.json file\n";
            ok = false;
        }
        std::sort(inside.begin(), inside.end());
        files.insert(files.end(), inside.begin(), inside.end());
    }
    return files;
}

int run(const ParsedArgs& a, std::ostream& out, std::ostream& err) {
    const auto format =
        read_choice(a, "dilemmas", "format", {"table", "csv", "json"}, "table", err);
    const auto lang = read_choice(a, "dilemmas", "lang", {"nl", "en"}, "en", err);
    if (!format || !lang)
        return kExitUsage;
    bool ok = true;
    const auto files = case_files(a.positionals, err, ok);
    std::vector<Case> cases;
    std::vector<std::string> labels;
    cases.reserve(files.size());
    const io::ImportOptions input = import_options(a);
    for (const auto& file : files) {
        auto loaded = load_case(file, input, err);
        if (!loaded) {
            ok = false;
            continue;
        }
        cases.push_back(std::move(*loaded));
        labels.push_back(file);
    }
    if (!ok)
        return kExitFailure;
    std::vector<analytics::PortfolioInput> inputs;
    for (std::size_t i = 0; i < cases.size(); ++i)
        inputs.push_back({labels[i], &cases[i]});
    const auto portfolio = analytics::build_portfolio(inputs);
    const Language language = *lang == "nl" ? Language::Dutch : Language::English;
    const std::string text = *format == "json"  ? analytics::portfolio_json(portfolio)
                             : *format == "csv" ? analytics::portfolio_csv(portfolio, language)
                                                : analytics::portfolio_text(portfolio, language);
    return write_output(text, a.get("output"), "dilemmas", out, err);
}

const CommandRegistration registration{CommandSpec{
    .name = "dilemmas",
    .summary = "the eight dilemmas of regie side by side across cases, with their evidence",
    .usage = "FILE|FOLDER... [--format table|csv|json] [--lang nl|en] [-o OUT]",
    .description =
        "Reads each case (a folder stands for its *.regie.json files) and shows every "
        "scenario's recorded position on each of the eight dilemmas of seed 000 (chapter 3) "
        "side by side: pole A (-1) or B (+1), coping strategy, the evidence and its basis, "
        "and per dilemma how many cases lean which way. Positions are read from the cases, "
        "never inferred. docs/analytics.md describes the columns.",
    .options = with_input_options({
        {"format", 'f', true, "FMT", "table (default), csv or json"},
        {"lang", 0, true, "nl|en", "language of the table and labels (default en)"},
        {"output", 'o', true, "FILE", "write to FILE (atomically; - = standard output)"},
    }),
    .min_positionals = 1,
    .max_positionals = -1,
    .run = run,
}};

}  // namespace
}  // namespace rk::cli

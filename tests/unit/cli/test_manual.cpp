// The manual page and the bash completion come from the command table (issue 16): every
// command and every option of it appears, so neither can drift from `--help`.
#include <gtest/gtest.h>

#include "cli/command.hpp"
#include "cli/manual.hpp"

namespace rk::cli {
namespace {

std::string roff_dashes(const std::string& s) {
    std::string out;
    for (char c : s)
        out += c == '-' ? std::string("\\-") : std::string(1, c);
    return out;
}

const std::vector<AppOptionDoc> kAppOptions = {{"--lang", "nl|en", "Language."},
                                               {"--screenshot", "PNG", "Write a PNG."}};

TEST(Manual, EveryCommandAndOptionOfTheTableIsOnThePage) {
    const std::string page = man_page(kAppOptions);
    ASSERT_FALSE(commands().empty());
    for (const auto& [name, spec] : commands()) {
        EXPECT_NE(page.find(".SS \"" + name + "\""), std::string::npos) << name;
        for (const auto& o : spec.options) {
            EXPECT_NE(page.find(roff_dashes("--" + o.long_name)), std::string::npos)
                << name << " --" << o.long_name;
        }
    }
    EXPECT_NE(page.find(".TH REGIEKAART 1"), std::string::npos);
    EXPECT_NE(page.find(".SH \"EXIT STATUS\""), std::string::npos);
    EXPECT_NE(page.find("\\fB2\\fR\nUsage error"), std::string::npos);
    EXPECT_NE(page.find(roff_dashes("--lang") + "\\fR \\fInl|en"), std::string::npos);
}

TEST(Manual, TextThatLooksLikeARoffRequestIsEscaped) {
    const std::string page = man_page({{"--x", "", ".starts with a dot \\ and a backslash"}});
    EXPECT_NE(page.find("\\&.starts with a dot \\e and a backslash"), std::string::npos);
}

TEST(Manual, CompletionKnowsEveryCommandItsOptionsAndValueWords) {
    const std::string script = bash_completion(kAppOptions);
    for (const auto& [name, spec] : commands()) {
        EXPECT_NE(script.find("    " + name + ")\n"), std::string::npos) << name;
        for (const auto& o : spec.options) {
            EXPECT_NE(script.find(" --" + o.long_name), std::string::npos)
                << name << " " << o.long_name;
        }
    }
    EXPECT_NE(script.find("--lang) _regiekaart_words 'nl en'"), std::string::npos);
    EXPECT_NE(script.find("complete -F _regiekaart regiekaart"), std::string::npos);
}

TEST(Manual, VersionLineNamesVersionAndCommit) {
    const std::string v = version_line();
    EXPECT_EQ(v.rfind(std::string("regiekaart ") + RK_VERSION + " (commit ", 0), 0u) << v;
    EXPECT_EQ(v.back(), ')');
}

}  // namespace
}  // namespace rk::cli

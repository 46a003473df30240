// The `regiekaart` subcommands: a registry filled by each cmd_*.cpp, and a small POSIX-style
// option parser shared by all of them.
//
// Exit codes, the same for every command: 0 success, 1 invalid input or failed work
// (messages as FILE:LINE:COL on stderr), 2 usage error.
#pragma once

#include <charconv>
#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rk::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

struct OptionSpec {
    std::string long_name;  // "output" for --output
    char short_name = 0;    // 'o' for -o; 0 for none
    bool takes_value = false;
    std::string value_name;  // "FILE", shown in help
    std::string help;
};

struct ParsedArgs {
    std::map<std::string, std::string> values;  // long name -> value ("" for flags)
    std::vector<std::string> positionals;

    bool has(const std::string& name) const { return values.count(name) > 0; }
    std::optional<std::string> get(const std::string& name) const;
    std::string get_or(const std::string& name, std::string fallback) const;
};

struct CommandSpec {
    std::string name;
    std::string summary;  // one line, for `regiekaart --help`
    std::string usage;    // e.g. "FILE [--scenario ID] ..."
    std::string description;
    std::vector<OptionSpec> options;  // --help and --version are added automatically
    // Facts of this installation for --help only (e.g. where the schema was found); the
    // manual page, generated at build time from this table, leaves them out.
    std::function<std::string()> help_notes = nullptr;
    int min_positionals = 0;
    int max_positionals = -1;  // -1 = unbounded
    std::function<int(const ParsedArgs&, std::ostream& out, std::ostream& err)> run;
};

// Registers a command at static-initialisation time: `static CommandRegistration r{spec};`.
struct CommandRegistration {
    explicit CommandRegistration(CommandSpec spec);
};

const std::map<std::string, CommandSpec>& commands();

// Parses argv for one command. On a usage error, returns nullopt and writes the message.
std::optional<ParsedArgs> parse_args(const CommandSpec& spec, std::span<const std::string> args,
                                     std::ostream& err);

std::string help_text(const CommandSpec& spec);

// "a,b,,c" -> {"a", "b", "c"}: the value of list options such as --layers or --metrics.
std::vector<std::string> split_list(const std::string& s);

// The value of a choice option such as --format or --lang: `fallback` when absent;
// nullopt after printing "regiekaart COMMAND: --OPTION must be a, b or c" on `err` when the
// value is none of `allowed` (a usage error). O(|allowed|).
std::optional<std::string> read_choice(const ParsedArgs& args, const std::string& command,
                                       const std::string& option,
                                       const std::vector<std::string>& allowed,
                                       const std::string& fallback, std::ostream& err);

// Parses the whole string as a number; false on junk, trailing text or overflow.
template <typename T>
bool parse_number(const std::string& s, T& out) {
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && end == s.data() + s.size();
}

// Runs `regiekaart <command> args...`; returns the exit code.
int dispatch(std::span<const std::string> args, std::ostream& out, std::ostream& err);

}  // namespace rk::cli

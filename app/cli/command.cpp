#include "cli/command.hpp"

#include "cli/manual.hpp"
#include "model/text.hpp"

#include <algorithm>
#include <ostream>
#include <sstream>

namespace rk::cli {

namespace {
std::map<std::string, CommandSpec>& registry() {
    static std::map<std::string, CommandSpec> r;
    return r;
}

const OptionSpec* find_long(const CommandSpec& spec, std::string_view name) {
    for (const auto& o : spec.options)
        if (o.long_name == name)
            return &o;
    return nullptr;
}

const OptionSpec* find_short(const CommandSpec& spec, char c) {
    for (const auto& o : spec.options)
        if (o.short_name == c)
            return &o;
    return nullptr;
}
}  // namespace

CommandRegistration::CommandRegistration(CommandSpec spec) {
    std::string name = spec.name;
    registry().emplace(std::move(name), std::move(spec));
}

const std::map<std::string, CommandSpec>& commands() {
    return registry();
}

std::vector<std::string> split_list(const std::string& s) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t end = s.find(',', start);
        if (end == std::string::npos)
            end = s.size();
        if (end > start)
            items.push_back(s.substr(start, end - start));
        start = end + 1;
    }
    return items;
}

std::optional<std::string> read_choice(const ParsedArgs& args, const std::string& command,
                                       const std::string& option,
                                       const std::vector<std::string>& allowed,
                                       const std::string& fallback, std::ostream& err) {
    std::string value = args.get_or(option, fallback);
    if (std::find(allowed.begin(), allowed.end(), value) != allowed.end())
        return value;
    const std::vector<std::string> all_but_last(allowed.begin(), allowed.end() - 1);
    err << "regiekaart " << command << ": --" << option << " must be "
        << text::join(all_but_last, ", ") << " or " << allowed.back() << '\n';
    return std::nullopt;
}

std::optional<std::string> ParsedArgs::get(const std::string& name) const {
    auto it = values.find(name);
    if (it == values.end())
        return std::nullopt;
    return it->second;
}

std::string ParsedArgs::get_or(const std::string& name, std::string fallback) const {
    auto v = get(name);
    return v ? *v : std::move(fallback);
}

std::optional<ParsedArgs> parse_args(const CommandSpec& spec, std::span<const std::string> args,
                                     std::ostream& err) {
    ParsedArgs parsed;
    auto usage_error = [&](const std::string& msg) {
        err << "regiekaart " << spec.name << ": " << msg << "\n"
            << "usage: regiekaart " << spec.name << ' ' << spec.usage << "\n"
            << "Try 'regiekaart " << spec.name << " --help'.\n";
        return std::nullopt;
    };
    bool only_positionals = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (only_positionals || a == "-" || a.size() < 2 || a[0] != '-') {
            parsed.positionals.push_back(a);
            continue;
        }
        if (a == "--") {
            only_positionals = true;
            continue;
        }
        const OptionSpec* opt = nullptr;
        std::optional<std::string> inline_value;
        if (a.rfind("--", 0) == 0) {
            std::string name = a.substr(2);
            if (auto eq = name.find('='); eq != std::string::npos) {
                inline_value = name.substr(eq + 1);
                name.resize(eq);
            }
            if (name == "help" || name == "version") {
                parsed.values[name] = "";
                continue;
            }
            opt = find_long(spec, name);
            if (!opt)
                return usage_error("unknown option '--" + name + "'");
        } else {
            if (a == "-h") {
                parsed.values["help"] = "";
                continue;
            }
            opt = find_short(spec, a[1]);
            if (!opt)
                return usage_error(std::string("unknown option '-") + a[1] + "'");
            if (a.size() > 2)
                inline_value = a.substr(2);  // -oFILE
        }
        if (!opt->takes_value) {
            if (inline_value)
                return usage_error("option '--" + opt->long_name + "' takes no value");
            parsed.values[opt->long_name] = "";
            continue;
        }
        if (!inline_value) {
            if (i + 1 >= args.size())
                return usage_error("option '--" + opt->long_name + "' needs a value (" +
                                   opt->value_name + ")");
            inline_value = args[++i];
        }
        parsed.values[opt->long_name] = *inline_value;
    }
    if (parsed.has("help") || parsed.has("version"))
        return parsed;
    const int n = static_cast<int>(parsed.positionals.size());
    if (n < spec.min_positionals)
        return usage_error("missing argument");
    if (spec.max_positionals >= 0 && n > spec.max_positionals)
        return usage_error("unexpected argument '" + parsed.positionals.back() + "'");
    return parsed;
}

std::string help_text(const CommandSpec& spec) {
    std::ostringstream s;
    s << "usage: regiekaart " << spec.name << ' ' << spec.usage << "\n\n" << spec.summary << "\n";
    if (!spec.description.empty())
        s << '\n' << spec.description << '\n';
    if (spec.help_notes)
        s << '\n' << spec.help_notes() << '\n';
    s << "\noptions:\n";
    for (const auto& o : spec.options) {
        std::string left = "  ";
        left += o.short_name ? std::string("-") + o.short_name + ", " : "    ";
        left += "--" + o.long_name;
        if (o.takes_value)
            left += ' ' + o.value_name;
        if (left.size() < 30)
            left.resize(30, ' ');
        s << left << ' ' << o.help << '\n';
    }
    s << "  -h, --help                   show this help and exit\n"
      << "      --version                show the version and exit\n"
      << "\nexit status: 0 success, 1 invalid input or failed work, 2 usage error\n";
    return s.str();
}

int dispatch(std::span<const std::string> args, std::ostream& out, std::ostream& err) {
    auto top_help = [&](std::ostream& s) {
        s << "usage: regiekaart [COMMAND] [OPTIONS]\n\n"
             "Regiekaart maps and analyses actor networks in public administration: who takes\n"
             "part, who directs whom (regie), and where the network has structural problems.\n"
             "Without a command it starts the desktop application.\n\ncommands:\n";
        for (const auto& [name, spec] : commands()) {
            std::string left = "  " + name;
            left.resize(14, ' ');
            s << left << spec.summary << '\n';
        }
        s << "\nRun 'regiekaart COMMAND --help' for the options of a command.\n";
    };
    if (args.empty()) {
        top_help(err);
        return kExitUsage;
    }
    const std::string& first = args[0];
    if (first == "--help" || first == "-h" || first == "help") {
        top_help(out);
        return kExitOk;
    }
    if (first == "--version") {
        out << version_line() << '\n';
        return kExitOk;
    }
    auto it = commands().find(first);
    if (it == commands().end()) {
        err << "regiekaart: unknown command '" << first << "'\n";
        top_help(err);
        return kExitUsage;
    }
    const CommandSpec& spec = it->second;
    auto parsed = parse_args(spec, args.subspan(1), err);
    if (!parsed)
        return kExitUsage;
    if (parsed->has("help")) {
        out << help_text(spec);
        return kExitOk;
    }
    if (parsed->has("version")) {
        out << "regiekaart " << spec.name << ' ' << RK_VERSION << '\n';
        return kExitOk;
    }
    try {
        return spec.run(*parsed, out, err);
    } catch (const std::exception& e) {
        err << "regiekaart " << spec.name << ": error: " << e.what() << '\n';
        return kExitFailure;
    }
}

}  // namespace rk::cli

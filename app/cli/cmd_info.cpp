// `regiekaart info FILE`: what a case holds, per scenario: actors, and relations per layer.
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/case_input.hpp"
#include "cli/command.hpp"
#include "io/formats.hpp"

namespace rk::cli {
namespace {

std::array<std::size_t, kLayerCount> relations_per_layer(const Scenario& s) {
    std::array<std::size_t, kLayerCount> counts{};
    for (const auto& r : s.relations)
        ++counts[static_cast<std::size_t>(r.layer)];
    return counts;
}

void print_text(const Case& c, std::ostream& out) {
    out << "Title:      " << (c.title.empty() ? "(none)" : c.title) << '\n'
        << "Id:         " << c.id << '\n';
    if (!c.domain.empty())
        out << "Domain:     " << c.domain << '\n';
    if (c.level != GovernanceLevel::Unknown)
        out << "Level:      " << label(c.level, Language::English) << '\n';
    out << "Scenarios:  " << c.scenarios.size() << '\n';
    for (const auto& s : c.scenarios) {
        out << "\n  " << s.id;
        if (!s.name.empty())
            out << "  " << s.name;
        if (!s.date.empty())
            out << "  (" << s.date << ')';
        out << "\n    actors:           " << s.actors.size()
            << "\n    relations:        " << s.relations.size() << '\n';
        const auto counts = relations_per_layer(s);
        for (const auto& e : entries<Layer>()) {
            const std::size_t n = counts[static_cast<std::size_t>(e.value)];
            if (n == 0)
                continue;
            std::string name(e.token);
            name.resize(std::max<std::size_t>(name.size() + 1, 18), ' ');
            out << "      " << name << n << '\n';
        }
        if (!s.responsibilities.empty())
            out << "    responsibilities: " << s.responsibilities.size() << '\n';
        if (!s.forums.empty())
            out << "    forums:           " << s.forums.size() << '\n';
        if (!s.groups.empty())
            out << "    groups:           " << s.groups.size() << '\n';
    }
    if (!c.lineage.empty())
        out << "\nLineage links: " << c.lineage.size() << '\n';
}

void print_json(const Case& c, std::ostream& out) {
    nlohmann::ordered_json j;
    j["id"] = c.id;
    j["title"] = c.title;
    j["scenarios"] = nlohmann::ordered_json::array();
    for (const auto& s : c.scenarios) {
        nlohmann::ordered_json layers = nlohmann::ordered_json::object();
        const auto counts = relations_per_layer(s);
        for (const auto& e : entries<Layer>())
            layers[std::string(e.token)] = counts[static_cast<std::size_t>(e.value)];
        j["scenarios"].push_back({{"id", s.id},
                                  {"name", s.name},
                                  {"date", s.date},
                                  {"actors", s.actors.size()},
                                  {"relations", s.relations.size()},
                                  {"relations_per_layer", layers},
                                  {"responsibilities", s.responsibilities.size()},
                                  {"forums", s.forums.size()},
                                  {"groups", s.groups.size()}});
    }
    j["lineage_links"] = c.lineage.size();
    out << j.dump(2) << '\n';
}

int run(const ParsedArgs& args, std::ostream& out, std::ostream& err) {
    const std::string& file = args.positionals[0];
    const auto c = load_case(file, import_options(args), err);
    if (!c)
        return kExitFailure;
    if (args.has("json"))
        print_json(*c, out);
    else
        print_text(*c, out);
    return kExitOk;
}

const CommandSpec spec{
    .name = "info",
    .summary = "show a case's title, scenarios and counts of actors and relations per layer",
    .usage = "FILE [--json]",
    .description = "Reads FILE (native case or any importable format) and prints what it holds.",
    .options = with_input_options({{"json", 0, false, "", "print the counts as JSON"}}),
    .min_positionals = 1,
    .max_positionals = 1,
    .run = run,
};

const CommandRegistration registration{spec};

}  // namespace
}  // namespace rk::cli

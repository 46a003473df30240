// Plain edge list: one `u v [weight]` per line, whitespace-separated string ids, `#` starts
// a comment, a line with one id declares an isolated node. No direction in the syntax:
// undirected unless a SNAP header comment (`# Directed graph ...`) or
// ImportOptions::directed says otherwise. Layer: collaboration. Repeated edges are kept as
// parallel relations (one policy for every reader, see build.cpp).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <set>

#include "io/io_detail.hpp"

namespace rk::io::detail {

namespace {
bool is_space(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v';
}

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i])
            return false;
    return true;
}

// SNAP (Stanford) edge lists open with `# Directed graph (...): name` or `# Undirected
// graph ...`: the only direction an edge list can declare. Returns nullopt for any other
// comment.
std::optional<bool> snap_direction(std::string_view comment) {
    auto b = comment.find_first_not_of(" \t#");
    if (b == std::string_view::npos)
        return std::nullopt;
    comment.remove_prefix(b);
    if (starts_with_nocase(comment, "directed graph"))
        return true;
    if (starts_with_nocase(comment, "undirected graph"))
        return false;
    return std::nullopt;
}
}  // namespace

ImportResult parse_edgelist(std::string_view text, const std::string& file,
                            const ImportOptions& opt) {
    ImportResult result;
    DiagnosticList& diags = result.diagnostics;
    if (strip_bom(text))
        diags.info(file, 1, 1, "UTF-8 byte order mark skipped");
    if (!check_utf8(text, file, diags))
        return result;

    RawGraph g;  // name, direction and lone nodes; the edges are views of the text
    std::vector<PlainEdge> edges;
    // One edge per line at most: reserving saves the copies of a growing vector.
    edges.reserve(std::min<std::size_t>(
        static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1,
        opt.max_relations));
    int line_no = 0;
    std::size_t pos = 0;
    bool in_header = true;  // only comments so far: where SNAP states the direction
    while (pos < text.size()) {
        ++line_no;
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        if (auto hash = line.find('#'); hash != std::string_view::npos) {
            if (in_header && line.find_first_not_of(" \t") == hash) {
                if (auto directed = snap_direction(line.substr(hash));
                    directed && !g.directed_declared) {
                    g.directed_declared = true;
                    g.default_directed = *directed;
                    diags.info(file, line_no, static_cast<int>(hash) + 1,
                               std::string("header says '") +
                                   (*directed ? "Directed" : "Undirected") +
                                   " graph' (SNAP): relations read as " +
                                   (*directed ? "directed" : "undirected"));
                }
            }
            line = line.substr(0, hash);
        }

        struct Token {
            std::string_view text;
            int column;
        };
        Token tok[4];
        int count = 0;
        std::size_t i = 0;
        while (i < line.size() && count < 4) {
            while (i < line.size() && is_space(line[i]))
                ++i;
            if (i >= line.size())
                break;
            std::size_t start = i;
            while (i < line.size() && !is_space(line[i]))
                ++i;
            tok[count++] = {line.substr(start, i - start), static_cast<int>(start) + 1};
        }
        if (count == 0)
            continue;
        in_header = false;
        if (count == 4) {
            diags.error(file, line_no, tok[3].column,
                        "unexpected fourth field '" + std::string(tok[3].text.substr(0, 40)) +
                            "': expected 'source target [weight]'");
            if (diags.error_count() >= 20)
                break;  // enough to see the pattern
            continue;
        }
        for (int k = 0; k < std::min(count, 2); ++k) {
            if (tok[k].text.size() > opt.limits.max_string_bytes) {
                diags.error(file, line_no, tok[k].column,
                            "id of " + std::to_string(tok[k].text.size()) +
                                " bytes is over the limit of " +
                                std::to_string(opt.limits.max_string_bytes));
                return result;
            }
        }
        if (count == 1) {
            if (g.nodes.size() >= opt.max_actors) {
                diags.error(file, line_no, 1,
                            "more than " + std::to_string(opt.max_actors) + " isolated nodes");
                return result;
            }
            RawNode n;
            n.id = std::string(tok[0].text);
            n.line = line_no;
            n.column = tok[0].column;
            g.nodes.push_back(std::move(n));
            continue;
        }
        if (edges.size() >= opt.max_relations) {
            diags.error(file, line_no, 1,
                        "more than " + std::to_string(opt.max_relations) +
                            " edges (limit ImportOptions::max_relations)");
            return result;
        }
        std::optional<double> weight;
        if (count == 3) {
            weight = parse_double(tok[2].text);
            if (!weight) {
                diags.error(
                    file, line_no, tok[2].column,
                    "weight '" + std::string(tok[2].text.substr(0, 40)) + "' is not a number");
                continue;
            }
            if (!std::isfinite(*weight)) {
                diags.error(file, line_no, tok[2].column,
                            "weight '" + std::string(tok[2].text) + "' is not finite");
                continue;
            }
        }
        edges.push_back(PlainEdge{tok[0].text, tok[1].text, weight, line_no, tok[0].column});
    }
    if (diags.has_errors())
        return result;
    // Nodes declared on their own line may also appear in edges: declare each once.
    std::vector<RawNode> nodes;
    {
        std::set<std::string> seen;
        for (auto& n : g.nodes)
            if (seen.insert(n.id).second)
                nodes.push_back(std::move(n));
        g.nodes = std::move(nodes);
    }
    // Lone nodes come first in the actor list, then edge endpoints in order of appearance.
    BuildRules rules;
    rules.implicit_nodes = true;
    result.value = build_case(std::move(g), std::move(edges), file, opt, rules, diags);
    return result;
}

std::string write_edgelist(const Case& c, const Scenario& s, const std::string& file,
                           DiagnosticList& diags) {
    std::string out;
    out += "# " + (c.title.empty() ? c.id : c.title) + " / " + s.name +
           " -- written by regiekaart; format: source target weight\n";
    auto bad_id = [](const std::string& id) {
        if (id.empty())
            return true;
        for (char ch : id)
            if (is_space(ch) || ch == '\n' || ch == '#')
                return true;
        return false;
    };
    for (const auto& a : s.actors) {
        if (bad_id(a.id)) {
            diags.error(file, 0, 0,
                        "actor id '" + a.id +
                            "' is empty or contains white space or '#': an edge list cannot "
                            "hold it (use GraphML or CSV)");
            return {};
        }
    }
    std::set<std::string> connected;
    std::size_t directed = 0, other_layers = 0, with_fields = 0, custom = 0;
    for (const auto& r : s.relations) {
        connected.insert(r.source);
        connected.insert(r.target);
        out += r.source + ' ' + r.target + ' ' + format_double(r.weight) + '\n';
        directed += r.directed ? 1 : 0;
        other_layers += r.layer != Layer::Collaboration ? 1 : 0;
        with_fields += relation_fields(r).size() > 2 ? 1 : 0;
        custom += r.details->attributes.empty() ? 0 : 1;
    }
    std::size_t isolated = 0;
    for (const auto& a : s.actors) {
        if (connected.count(a.id))
            continue;
        out += a.id + '\n';
        ++isolated;
    }
    if (isolated)
        diags.info(file, 0, 0, std::to_string(isolated) + " isolated actor(s) written as lone ids");
    if (directed)
        diags.warning(file, 0, 0,
                      std::to_string(directed) +
                          " directed relation(s) written without direction (edge lists have "
                          "none; read back with --directed)");
    if (other_layers)
        diags.warning(file, 0, 0,
                      std::to_string(other_layers) +
                          " relation(s) on layers other than collaboration: layer not written");
    std::size_t named = 0, actor_fields_n = 0;
    for (const auto& a : s.actors) {
        named += (a.name != a.id) ? 1 : 0;
        actor_fields_n +=
            (actor_fields(a).size() > (a.name.empty() ? 0u : 1u) || !a.attributes.empty()) ? 1 : 0;
    }
    if (named)
        diags.warning(file, 0, 0, std::to_string(named) + " actor name(s) not written (ids only)");
    if (actor_fields_n)
        diags.warning(file, 0, 0,
                      std::to_string(actor_fields_n) + " actor(s) with attributes not written");
    if (with_fields || custom)
        diags.warning(file, 0, 0, "relation attributes other than weight not written");
    if (!s.positions.empty())
        diags.warning(file, 0, 0, std::to_string(s.positions.size()) + " position(s) not written");
    report_unwritten(c, s, "an edge list", file, diags);
    return out;
}

}  // namespace rk::io::detail

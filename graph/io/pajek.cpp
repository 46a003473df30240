// Pajek .net: *Vertices N, vertex lines `i "label" [x y [z]] [drawing parameters]`, then
// *Arcs (directed) / *Edges (undirected) lines `i j [weight]`, *Arcslist / *Edgeslist
// lines `i j k ...`, or a *Matrix. `*Arcs :k "name"` names a relation; a name that is a
// layer token sets the layer, so the writer keeps layers. `%` starts a comment line.
// Files that are not UTF-8 are read as Windows-1252 (what Pajek on Windows writes).
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "io/io_detail.hpp"

namespace rk::io::detail {

namespace {

struct Token {
    std::string text;
    int column = 0;
    bool quoted = false;
};

// Splits a line into tokens; double-quoted tokens may hold spaces. False when a quote is
// not closed (the column of the opening quote goes to `bad_column`).
bool tokenize(std::string_view line, std::vector<Token>& out, int& bad_column) {
    out.clear();
    std::size_t i = 0;
    while (i < line.size()) {
        char ch = line[i];
        if (ch == ' ' || ch == '\t' || ch == '\r') {
            ++i;
            continue;
        }
        Token t;
        t.column = static_cast<int>(i) + 1;
        if (ch == '"') {
            std::size_t end = line.find('"', i + 1);
            if (end == std::string_view::npos) {
                bad_column = t.column;
                return false;
            }
            t.text = std::string(line.substr(i + 1, end - i - 1));
            t.quoted = true;
            i = end + 1;
        } else {
            std::size_t start = i;
            while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
                ++i;
            t.text = std::string(line.substr(start, i - start));
        }
        out.push_back(std::move(t));
    }
    return true;
}

std::string lower(std::string_view s) {
    std::string l(s);
    for (auto& ch : l)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return l;
}

enum class Section { None, Vertices, Arcs, Edges, ArcsList, EdgesList, Matrix };

}  // namespace

ImportResult parse_pajek(std::string_view input, const std::string& file,
                         const ImportOptions& opt) {
    ImportResult result;
    DiagnosticList& diags = result.diagnostics;
    std::string transcoded;
    std::string_view text = input;
    strip_bom(text);
    if (text.find('\0') != std::string_view::npos) {
        check_utf8(text.substr(0, text.find('\0') + 1), file, diags);
        return result;
    }
    if (find_invalid_utf8(text) != std::string_view::npos) {
        auto [line, col] = line_column(text, find_invalid_utf8(text));
        std::size_t undefined = 0;
        transcoded = cp1252_to_utf8(text, &undefined);
        text = transcoded;
        diags.warning(
            file, line, col,
            "not UTF-8: read as Windows-1252" +
                (undefined ? " (" + std::to_string(undefined) + " undefined byte(s) became U+FFFD)"
                           : std::string()));
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        diags.error(file, 1, 1, "empty file: expected '*Vertices N'");
        return result;
    }

    std::int64_t n = -1;
    std::vector<std::string> labels;        // index i-1; empty = not listed
    std::vector<std::pair<int, int>> vloc;  // where each vertex was listed
    std::vector<std::optional<Position>> positions;
    std::vector<std::int64_t> mode;
    RawGraph g;
    g.directed_declared = true;
    Section section = Section::None;
    bool section_directed = false;
    std::string relation_name;
    std::int64_t relation_number = 0;
    int matrix_row = 0;
    bool noted_params = false;
    std::vector<Token> tok;

    auto vertex = [&](const Token& t, int line, std::int64_t& out) {
        auto v = parse_int(t.text);
        if (!v) {
            diags.error(file, line, t.column,
                        "'" + t.text.substr(0, 40) + "' is not a vertex number");
            return false;
        }
        if (*v < 1 || *v > n) {
            diags.error(
                file, line, t.column,
                "vertex " + t.text + " does not exist (*Vertices " + std::to_string(n) + ")");
            return false;
        }
        out = *v;
        return true;
    };
    auto add_edge = [&](std::int64_t u, std::int64_t v, int line, int col,
                        std::optional<double> w) {
        if (g.edges.size() >= opt.max_relations) {
            diags.error(file, line, col,
                        "more than " + std::to_string(opt.max_relations) +
                            " edges (limit ImportOptions::max_relations)");
            return false;
        }
        RawEdge e;
        e.source = std::to_string(u);  // vertex numbers; replaced by ids below
        e.target = std::to_string(v);
        e.directed = section_directed;
        e.line = line;
        e.column = col;
        if (w)
            e.attrs.emplace_back("weight", *w);
        if (!relation_name.empty()) {
            if (from_token<Layer>(relation_name)) {
                e.attrs.emplace_back("layer", relation_name);
            } else {
                e.attrs.emplace_back("relation", relation_name);
            }
        } else if (relation_number) {
            e.attrs.emplace_back("relation", relation_number);
        }
        g.edges.push_back(std::move(e));
        return true;
    };

    int line_no = 0;
    std::size_t pos = 0;
    while (pos < text.size() && diags.error_count() < 20) {
        ++line_no;
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        if (line.size() > opt.limits.max_string_bytes) {
            diags.error(file, line_no, 1,
                        "line of " + std::to_string(line.size()) + " bytes is over the limit of " +
                            std::to_string(opt.limits.max_string_bytes));
            return result;
        }
        int bad_col = 0;
        if (!tokenize(line, tok, bad_col)) {
            diags.error(file, line_no, bad_col, "unterminated quoted label");
            continue;
        }
        if (tok.empty() || tok[0].text[0] == '%')
            continue;
        if (!tok[0].quoted && tok[0].text[0] == '*') {
            std::string kw = lower(tok[0].text);
            relation_name.clear();
            relation_number = 0;
            if (kw == "*network") {
                // The name is the rest of the line, quotes and all.
                std::string_view rest = line.substr(
                    std::min(line.size(), line.find_first_of(" \t") == std::string_view::npos
                                              ? line.size()
                                              : line.find_first_of(" \t")));
                auto b = rest.find_first_not_of(" \t");
                auto e = rest.find_last_not_of(" \t\r");
                g.name = b == std::string_view::npos ? "" : std::string(rest.substr(b, e - b + 1));
                continue;
            }
            if (kw == "*vertices") {
                if (n >= 0) {
                    diags.error(file, line_no, 1, "second *Vertices section");
                    return result;
                }
                auto v = tok.size() > 1 ? parse_int(tok[1].text) : std::nullopt;
                if (!v || *v < 0) {
                    diags.error(file, line_no, tok.size() > 1 ? tok[1].column : 1,
                                "expected '*Vertices N' with N a count");
                    return result;
                }
                // Declared counts are checked before anything is allocated for them.
                if (static_cast<std::uint64_t>(*v) > opt.max_actors) {
                    diags.error(file, line_no, tok[1].column,
                                "*Vertices declares " + tok[1].text +
                                    " vertices, over the limit of " +
                                    std::to_string(opt.max_actors));
                    return result;
                }
                n = *v;
                labels.assign(static_cast<std::size_t>(n), {});
                vloc.assign(static_cast<std::size_t>(n), {0, 0});
                positions.assign(static_cast<std::size_t>(n), std::nullopt);
                if (tok.size() > 2) {
                    auto m1 = parse_int(tok[2].text);
                    if (!m1 || *m1 < 0 || *m1 > n) {
                        diags.error(file, line_no, tok[2].column,
                                    "two-mode size '" + tok[2].text + "' is not in 0.." +
                                        std::to_string(n));
                        return result;
                    }
                    mode.assign(static_cast<std::size_t>(n), 2);
                    for (std::int64_t i = 0; i < *m1; ++i)
                        mode[static_cast<std::size_t>(i)] = 1;
                    diags.info(file, line_no, 1,
                               "two-mode network: the mode of each vertex is kept as "
                               "attribute 'mode'");
                }
                section = Section::Vertices;
                continue;
            }
            if (n < 0) {
                diags.error(file, line_no, 1, tok[0].text + " before *Vertices");
                return result;
            }
            if (kw == "*arcs" || kw == "*edges" || kw == "*arcslist" || kw == "*edgeslist") {
                section_directed = kw[1] == 'a';
                section = kw.size() > 6
                              ? (section_directed ? Section::ArcsList : Section::EdgesList)
                              : (section_directed ? Section::Arcs : Section::Edges);
                if (tok.size() > 1 && tok[1].text.size() > 1 && tok[1].text[0] == ':') {
                    relation_number = parse_int(tok[1].text.substr(1)).value_or(0);
                    if (tok.size() > 2)
                        relation_name = tok[2].text;
                }
                continue;
            }
            if (kw == "*matrix") {
                section = Section::Matrix;
                section_directed = true;
                matrix_row = 0;
                if (tok.size() > 1 && tok[1].text.size() > 1 && tok[1].text[0] == ':') {
                    relation_number = parse_int(tok[1].text.substr(1)).value_or(0);
                    if (tok.size() > 2)
                        relation_name = tok[2].text;
                }
                continue;
            }
            diags.warning(file, line_no, 1,
                          "section " + tok[0].text + " is not supported; its lines are skipped");
            section = Section::None;
            continue;
        }
        switch (section) {
            case Section::None:
                if (n < 0) {
                    diags.error(file, line_no, 1, "expected '*Vertices N' before data");
                    return result;
                }
                break;
            case Section::Vertices: {
                std::int64_t v;
                if (!vertex(tok[0], line_no, v))
                    break;
                auto i = static_cast<std::size_t>(v - 1);
                if (vloc[i].first) {
                    diags.error(file, line_no, 1,
                                "vertex " + tok[0].text + " listed twice (first on line " +
                                    std::to_string(vloc[i].first) + ")");
                    break;
                }
                vloc[i] = {line_no, 1};
                labels[i] = tok.size() > 1 ? tok[1].text : tok[0].text;
                std::vector<double> coords;
                std::size_t k = 2;
                for (; k < tok.size() && coords.size() < 3; ++k) {
                    auto d = parse_double(tok[k].text);
                    if (!d || tok[k].quoted)
                        break;
                    if (!std::isfinite(*d)) {
                        diags.error(file, line_no, tok[k].column,
                                    "coordinate '" + tok[k].text + "' is not finite");
                        break;
                    }
                    coords.push_back(*d);
                }
                if (coords.size() >= 2)
                    positions[i] = Position{coords[0], coords[1], false};
                if (k < tok.size() && !noted_params) {
                    noted_params = true;
                    diags.info(file, line_no, tok[k].column,
                               "vertex drawing parameters (shape, colours) are ignored");
                }
                break;
            }
            case Section::Arcs:
            case Section::Edges: {
                std::int64_t u, v;
                if (tok.size() < 2) {
                    diags.error(file, line_no, 1, "expected 'i j [weight]'");
                    break;
                }
                if (!vertex(tok[0], line_no, u) || !vertex(tok[1], line_no, v))
                    break;
                std::optional<double> w;
                if (tok.size() > 2) {
                    w = parse_double(tok[2].text);
                    if (!w) {
                        diags.error(file, line_no, tok[2].column,
                                    "weight '" + tok[2].text.substr(0, 40) + "' is not a number");
                        break;
                    }
                    if (!std::isfinite(*w)) {
                        diags.error(file, line_no, tok[2].column,
                                    "weight '" + tok[2].text + "' is not finite");
                        break;
                    }
                    if (tok.size() > 3 && !noted_params) {
                        noted_params = true;
                        diags.info(file, line_no, tok[3].column,
                                   "line drawing parameters are ignored");
                    }
                }
                if (!add_edge(u, v, line_no, 1, w))
                    return result;
                break;
            }
            case Section::ArcsList:
            case Section::EdgesList: {
                std::int64_t u;
                if (!vertex(tok[0], line_no, u))
                    break;
                for (std::size_t k = 1; k < tok.size(); ++k) {
                    std::int64_t v;
                    if (!vertex(tok[k], line_no, v))
                        break;
                    if (!add_edge(u, v, line_no, tok[k].column, std::nullopt))
                        return result;
                }
                break;
            }
            case Section::Matrix: {
                ++matrix_row;
                if (matrix_row > n) {
                    diags.error(file, line_no, 1,
                                "matrix has more than " + std::to_string(n) + " rows");
                    break;
                }
                if (static_cast<std::int64_t>(tok.size()) != n) {
                    diags.error(file, line_no, 1,
                                "matrix row has " + std::to_string(tok.size()) +
                                    " values, expected " + std::to_string(n));
                    break;
                }
                for (std::size_t k = 0; k < tok.size(); ++k) {
                    auto w = parse_double(tok[k].text);
                    if (!w || !std::isfinite(*w)) {
                        diags.error(file, line_no, tok[k].column,
                                    "matrix value '" + tok[k].text.substr(0, 40) +
                                        "' is not a finite number");
                        break;
                    }
                    if (*w != 0 && !add_edge(matrix_row, static_cast<std::int64_t>(k) + 1, line_no,
                                             tok[k].column, *w))
                        return result;
                }
                break;
            }
        }
    }
    if (diags.has_errors())
        return result;
    if (n < 0) {
        diags.error(file, line_no, 1, "no *Vertices section");
        return result;
    }

    // Ids: the labels when they are unique and present, else the vertex numbers.
    bool labels_unique = true;
    {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < labels.size() && labels_unique; ++i)
            labels_unique = !labels[i].empty() && seen.insert(labels[i]).second;
    }
    bool any_listed = false;
    for (const auto& l : vloc)
        any_listed = any_listed || l.first > 0;
    if (!any_listed && n > 0)
        diags.info(file, 0, 0, "vertices are not listed: vertex numbers are the ids");
    else if (!labels_unique && n > 0)
        diags.warning(file, 0, 0,
                      "vertex labels are missing or not unique: vertex numbers are the ids, "
                      "labels the names");
    std::vector<std::string> ids(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        ids[i] = labels_unique ? labels[i] : std::to_string(i + 1);
        RawNode node;
        node.id = ids[i];
        node.line = vloc[i].first;
        node.column = vloc[i].second;
        node.attrs.emplace_back("name", labels[i].empty() ? ids[i] : labels[i]);
        node.position = positions[i];
        if (!mode.empty())
            node.attrs.emplace_back("mode", mode[i]);
        g.nodes.push_back(std::move(node));
    }
    for (auto& e : g.edges) {
        e.source = ids[std::stoul(e.source) - 1];
        e.target = ids[std::stoul(e.target) - 1];
    }
    BuildRules rules;
    rules.drop_duplicate_edges = true;
    result.value = build_case(std::move(g), file, opt, rules, diags);
    return result;
}

std::string write_pajek(const Case& c, const Scenario& s, const std::string& file,
                        DiagnosticList& diags) {
    std::unordered_map<std::string, std::size_t> number;
    for (const auto& a : s.actors) {
        if (a.id.find_first_of("\"\r\n") != std::string::npos || a.id.empty()) {
            diags.error(file, 0, 0,
                        "actor id '" + a.id +
                            "' is empty or contains a quote or line break: Pajek labels cannot "
                            "hold it");
            return {};
        }
        number.emplace(a.id, number.size() + 1);
    }
    std::string out;
    std::string name = s.name;
    for (auto& ch : name)
        if (ch == '\n' || ch == '\r')
            ch = ' ';
    if (!name.empty())
        out += "*Network " + name + "\r\n";
    out += "*Vertices " + std::to_string(s.actors.size()) + "\r\n";
    std::size_t named = 0, with_attrs = 0, pinned = 0;
    for (const auto& a : s.actors) {
        out += std::to_string(number[a.id]) + " \"" + a.id + "\"";
        if (auto it = s.positions.find(a.id); it != s.positions.end()) {
            out += " " + format_double(it->second.x) + " " + format_double(it->second.y);
            pinned += it->second.pinned ? 1 : 0;
        }
        out += "\r\n";
        named += a.name != a.id ? 1 : 0;
        with_attrs +=
            (actor_fields(a).size() > (a.name.empty() ? 0u : 1u) || !a.attributes.empty()) ? 1 : 0;
    }
    // One section per layer and direction, so layers survive (`*Arcs :k "layer"`).
    bool only_collaboration = true;
    for (const auto& r : s.relations)
        only_collaboration &= r.layer == Layer::Collaboration;
    std::size_t other_fields = 0;
    int k = 0;
    for (const auto& e : entries<Layer>()) {
        for (bool directed : {true, false}) {
            std::string lines;
            for (const auto& r : s.relations) {
                if (r.layer != e.value || r.directed != directed)
                    continue;
                lines += std::to_string(number[r.source]) + " " + std::to_string(number[r.target]) +
                         " " + format_double(r.weight) + "\r\n";
                other_fields += (relation_fields(r).size() > 2 || !r.attributes.empty()) ? 1 : 0;
            }
            if (lines.empty())
                continue;
            out += directed ? "*Arcs" : "*Edges";
            if (!only_collaboration)
                out += " :" + std::to_string(++k) + " \"" + std::string(e.token) + "\"";
            out += "\r\n" + lines;
        }
    }
    if (named)
        diags.warning(file, 0, 0,
                      std::to_string(named) +
                          " actor name(s) not written: Pajek has one label per vertex, which "
                          "holds the id");
    if (with_attrs)
        diags.warning(file, 0, 0,
                      std::to_string(with_attrs) + " actor(s) with attributes: not written");
    if (pinned)
        diags.warning(file, 0, 0, "pinned flags of positions not written");
    if (other_fields)
        diags.warning(file, 0, 0,
                      std::to_string(other_fields) +
                          " relation(s) with attributes besides layer and weight: not written");
    report_unwritten(c, s, "Pajek", file, diags);
    return out;
}

}  // namespace rk::io::detail

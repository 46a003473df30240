// Pajek .net and project (.paj) files: *Vertices N, vertex lines `i "label" [x y [z]]
// [drawing parameters]`, then *Arcs (directed) / *Edges (undirected) lines `i j [weight]`,
// *Arcslist / *Edgeslist lines `i j k ...`, or a *Matrix. `*Arcs :k "name"` names relation
// k (a layer token sets the layer, another name goes to attribute `relation`); a later
// `*Arcs :k` without a name reuses it. `%` starts a comment line.
// A project holds several `*Network` sections (each read as a scenario) and `*Partition`
// and `*Vector` sections (one value per vertex, read as actor attributes of every network
// with that many vertices, so `--partition NAME` can use them at once). Repeated arcs are
// kept as parallel relations (one policy for every reader, see build.cpp).
// Text that is not UTF-8 is read as Windows-1252 (what Pajek on Windows writes).
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "io/io_detail.hpp"
#include "model/text.hpp"

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

// The rest of a line after its first word, trimmed (a *Network or *Partition name).
std::string rest_of_line(std::string_view line) {
    auto sp = line.find_first_of(" \t");
    if (sp == std::string_view::npos)
        return {};
    std::string_view rest = line.substr(sp);
    auto b = rest.find_first_not_of(" \t");
    auto e = rest.find_last_not_of(" \t\r");
    return b == std::string_view::npos ? std::string() : std::string(rest.substr(b, e - b + 1));
}

// Pajek names partitions and vectors after their file ("C:\data\faction.clu"): the
// attribute is called by the file's stem ("faction"); quotes are dropped.
std::string attribute_name(std::string name, const char* fallback, std::size_t number) {
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"')
        name = name.substr(1, name.size() - 2);
    if (auto slash = name.find_last_of("/\\"); slash != std::string::npos)
        name = name.substr(slash + 1);
    std::string l = text::ascii_lower(name);
    for (const char* ext : {".clu", ".vec", ".per", ".net"})
        if (l.size() > 4 && l.compare(l.size() - 4, 4, ext) == 0)
            name = name.substr(0, name.size() - 4);
    if (name.empty())
        name = std::string(fallback) + std::to_string(number);
    return name;
}

enum class Section { None, Vertices, Arcs, Edges, ArcsList, EdgesList, Matrix, Values, Skipped };

// One *Network of the file, with vertex numbers as edge endpoints until build time.
struct Network {
    std::string name;
    int line = 0;
    std::int64_t n = -1;                    // -1: no *Vertices yet
    std::vector<std::string> labels;        // index i-1; empty = not listed
    std::vector<std::pair<int, int>> vloc;  // where each vertex was listed
    std::vector<std::optional<Position>> positions;
    std::vector<std::int64_t> mode;  // two-mode networks: 1 or 2 per vertex
    std::vector<RawEdge> edges;
    std::map<std::int64_t, std::string> relation_names;  // `*Arcs :k "name"`
};

// A *Partition (integers) or *Vector (numbers): one value per vertex.
struct VertexValues {
    std::string name;
    bool partition = true;
    int line = 0;
    std::int64_t n = -1;
    std::vector<AttributeValue> values;
};

class PajekReader {
  public:
    PajekReader(const std::string& file, const ImportOptions& opt, DiagnosticList& diags)
        : file_(file), opt_(opt), diags_(diags) {}

    // Reads every line; false when reading must stop (an error that makes the rest
    // meaningless).
    bool read(std::string_view text) {
        int line_no = 0;
        std::size_t pos = 0;
        std::vector<Token> tok;
        while (pos < text.size() && diags_.error_count() < 20) {
            ++line_no;
            std::size_t end = text.find('\n', pos);
            if (end == std::string_view::npos)
                end = text.size();
            std::string_view line = text.substr(pos, end - pos);
            pos = end + 1;
            if (line.size() > opt_.limits.max_string_bytes) {
                diags_.error(file_, line_no, 1,
                             "line of " + std::to_string(line.size()) +
                                 " bytes is over the limit of " +
                                 std::to_string(opt_.limits.max_string_bytes));
                return false;
            }
            int bad_col = 0;
            if (!tokenize(line, tok, bad_col)) {
                diags_.error(file_, line_no, bad_col, "unterminated quoted label");
                continue;
            }
            if (tok.empty() || tok[0].text[0] == '%')
                continue;
            if (!tok[0].quoted && tok[0].text[0] == '*') {
                if (!keyword(line, tok, line_no))
                    return false;
                continue;
            }
            if (!data_line(tok, line_no))
                return false;
        }
        last_line_ = line_no;
        return true;
    }

    std::vector<Network> networks;
    std::vector<VertexValues> values;
    int last_line_ = 0;

  private:
    Network& net() { return networks.back(); }

    bool keyword(std::string_view line, const std::vector<Token>& tok, int line_no) {
        std::string kw = text::ascii_lower(tok[0].text);
        relation_ = 0;
        if (kw == "*network") {
            if (networks.empty() || net().n >= 0)
                networks.emplace_back();
            net().name = rest_of_line(line);
            net().line = line_no;
            section_ = Section::None;
            return true;
        }
        if (kw == "*partition" || kw == "*vector") {
            VertexValues v;
            v.partition = kw == "*partition";
            v.name = rest_of_line(line);
            v.line = line_no;
            values.push_back(std::move(v));
            section_ = Section::Values;
            return true;
        }
        if (kw == "*vertices")
            return vertices(tok, line_no);
        if (section_ == Section::Values && values.back().n < 0) {
            diags_.error(file_, line_no, 1,
                         "expected '*Vertices N' after " +
                             std::string(values.back().partition ? "*Partition" : "*Vector"));
            return false;
        }
        if (networks.empty() || net().n < 0) {
            diags_.error(file_, line_no, 1, tok[0].text + " before *Vertices");
            return false;
        }
        if (kw == "*arcs" || kw == "*edges" || kw == "*arcslist" || kw == "*edgeslist" ||
            kw == "*matrix") {
            if (section_ == Section::Values || section_ == Section::Skipped) {
                diags_.error(file_, line_no, 1,
                             tok[0].text +
                                 " after a partition, vector or skipped section: "
                                 "expected '*Network' first");
                return false;
            }
            section_directed_ = kw[1] == 'a' || kw == "*matrix";
            if (kw == "*matrix") {
                section_ = Section::Matrix;
                matrix_row_ = 0;
            } else {
                section_ = kw.size() > 6
                               ? (section_directed_ ? Section::ArcsList : Section::EdgesList)
                               : (section_directed_ ? Section::Arcs : Section::Edges);
            }
            if (tok.size() > 1 && tok[1].text.size() > 1 && tok[1].text[0] == ':') {
                relation_ = parse_int(tok[1].text.substr(1)).value_or(0);
                if (tok.size() > 2)
                    net().relation_names[relation_] = tok[2].text;
            }
            return true;
        }
        diags_.warning(file_, line_no, 1,
                       "section " + tok[0].text + " is not supported; its lines are skipped");
        section_ = Section::Skipped;
        return true;
    }

    bool vertices(const std::vector<Token>& tok, int line_no) {
        auto v = tok.size() > 1 ? parse_int(tok[1].text) : std::nullopt;
        if (!v || *v < 0) {
            diags_.error(file_, line_no, tok.size() > 1 ? tok[1].column : 1,
                         "expected '*Vertices N' with N a count");
            return false;
        }
        // Declared counts are checked before anything is allocated for them.
        if (static_cast<std::uint64_t>(*v) > opt_.max_actors) {
            diags_.error(file_, line_no, tok[1].column,
                         "*Vertices declares " + tok[1].text + " vertices, over the limit of " +
                             std::to_string(opt_.max_actors));
            return false;
        }
        if (section_ == Section::Values && values.back().n < 0) {
            values.back().n = *v;
            values.back().values.reserve(static_cast<std::size_t>(*v));
            return true;
        }
        if (networks.empty())
            networks.emplace_back();
        if (net().n >= 0 || section_ == Section::Values || section_ == Section::Skipped) {
            diags_.error(file_, line_no, 1,
                         "second *Vertices section: expected '*Network name' before it");
            return false;
        }
        Network& g = net();
        g.n = *v;
        const auto n = static_cast<std::size_t>(*v);
        g.labels.assign(n, {});
        g.vloc.assign(n, {0, 0});
        g.positions.assign(n, std::nullopt);
        if (tok.size() > 2) {
            auto m1 = parse_int(tok[2].text);
            if (!m1 || *m1 < 0 || *m1 > g.n) {
                diags_.error(
                    file_, line_no, tok[2].column,
                    "two-mode size '" + tok[2].text + "' is not in 0.." + std::to_string(g.n));
                return false;
            }
            g.mode.assign(n, 2);
            for (std::int64_t i = 0; i < *m1; ++i)
                g.mode[static_cast<std::size_t>(i)] = 1;
            diags_.info(file_, line_no, 1,
                        "two-mode network: the mode of each vertex is kept as attribute 'mode'");
        }
        section_ = Section::Vertices;
        return true;
    }

    bool vertex(const Token& t, int line, std::int64_t& out) {
        auto v = parse_int(t.text);
        if (!v) {
            diags_.error(file_, line, t.column,
                         "'" + t.text.substr(0, 40) + "' is not a vertex number");
            return false;
        }
        if (*v < 1 || *v > net().n) {
            diags_.error(
                file_, line, t.column,
                "vertex " + t.text + " does not exist (*Vertices " + std::to_string(net().n) + ")");
            return false;
        }
        out = *v;
        return true;
    }

    bool add_edge(std::int64_t u, std::int64_t v, int line, int col, std::optional<double> w,
                  std::int64_t relation) {
        if (++edge_count_ > opt_.max_relations) {
            diags_.error(file_, line, col,
                         "more than " + std::to_string(opt_.max_relations) +
                             " edges (limit ImportOptions::max_relations)");
            return false;
        }
        RawEdge e;
        e.source = std::to_string(u);  // vertex numbers; replaced by ids at build time
        e.target = std::to_string(v);
        e.directed = section_directed_;
        e.line = line;
        e.column = col;
        if (w)
            e.attrs.emplace_back("weight", *w);
        auto name = net().relation_names.find(relation);
        if (relation && name != net().relation_names.end()) {
            if (from_token<Layer>(name->second)) {
                e.attrs.emplace_back("layer", name->second);
            } else {
                e.attrs.emplace_back("relation", name->second);
            }
        } else if (relation) {
            e.attrs.emplace_back("relation", relation);
        }
        net().edges.push_back(std::move(e));
        return true;
    }

    bool data_line(const std::vector<Token>& tok, int line_no) {
        switch (section_) {
            case Section::None:
                diags_.error(file_, line_no, 1, "expected '*Vertices N' before data");
                return false;
            case Section::Skipped:
                return true;
            case Section::Values:
                return value_line(tok, line_no);
            case Section::Vertices:
                vertex_line(tok, line_no);
                return true;
            case Section::Arcs:
            case Section::Edges:
                return arc_line(tok, line_no);
            case Section::ArcsList:
            case Section::EdgesList:
                return list_line(tok, line_no);
            case Section::Matrix:
                return matrix_line(tok, line_no);
        }
        return true;
    }

    bool value_line(const std::vector<Token>& tok, int line_no) {
        VertexValues& v = values.back();
        if (v.n < 0) {
            diags_.error(file_, line_no, 1, "expected '*Vertices N' before the values");
            return false;
        }
        if (static_cast<std::int64_t>(v.values.size()) >= v.n) {
            diags_.error(file_, line_no, 1,
                         "more values than the " + std::to_string(v.n) + " vertices declared");
            return true;
        }
        if (v.partition) {
            if (auto i = parse_int(tok[0].text)) {
                v.values.emplace_back(*i);
                return true;
            }
            diags_.error(file_, line_no, tok[0].column,
                         "partition value '" + tok[0].text.substr(0, 40) + "' is not an integer");
            return true;
        }
        auto d = parse_double(tok[0].text);
        if (!d || !std::isfinite(*d)) {
            diags_.error(file_, line_no, tok[0].column,
                         "vector value '" + tok[0].text.substr(0, 40) + "' is not a finite number");
            return true;
        }
        v.values.emplace_back(*d);
        return true;
    }

    void vertex_line(const std::vector<Token>& tok, int line_no) {
        std::int64_t v;
        if (!vertex(tok[0], line_no, v))
            return;
        Network& g = net();
        auto i = static_cast<std::size_t>(v - 1);
        if (g.vloc[i].first) {
            diags_.error(file_, line_no, 1,
                         "vertex " + tok[0].text + " listed twice (first on line " +
                             std::to_string(g.vloc[i].first) + ")");
            return;
        }
        g.vloc[i] = {line_no, 1};
        g.labels[i] = tok.size() > 1 ? tok[1].text : tok[0].text;
        std::vector<double> coords;
        std::size_t k = 2;
        for (; k < tok.size() && coords.size() < 3; ++k) {
            auto d = parse_double(tok[k].text);
            if (!d || tok[k].quoted)
                break;
            if (!std::isfinite(*d)) {
                diags_.error(file_, line_no, tok[k].column,
                             "coordinate '" + tok[k].text + "' is not finite");
                break;
            }
            coords.push_back(*d);
        }
        if (coords.size() >= 2)
            g.positions[i] = Position{coords[0], coords[1], false};
        if (k < tok.size() && !noted_params_) {
            noted_params_ = true;
            diags_.info(file_, line_no, tok[k].column,
                        "vertex drawing parameters (shape, colours) are ignored");
        }
    }

    bool arc_line(const std::vector<Token>& tok, int line_no) {
        std::int64_t u, v;
        if (tok.size() < 2) {
            diags_.error(file_, line_no, 1, "expected 'i j [weight]'");
            return true;
        }
        if (!vertex(tok[0], line_no, u) || !vertex(tok[1], line_no, v))
            return true;
        std::optional<double> w;
        if (tok.size() > 2) {
            w = parse_double(tok[2].text);
            if (!w) {
                diags_.error(file_, line_no, tok[2].column,
                             "weight '" + tok[2].text.substr(0, 40) + "' is not a number");
                return true;
            }
            if (!std::isfinite(*w)) {
                diags_.error(file_, line_no, tok[2].column,
                             "weight '" + tok[2].text + "' is not finite");
                return true;
            }
            if (tok.size() > 3 && !noted_params_) {
                noted_params_ = true;
                diags_.info(file_, line_no, tok[3].column, "line drawing parameters are ignored");
            }
        }
        return add_edge(u, v, line_no, 1, w, relation_);
    }

    bool list_line(const std::vector<Token>& tok, int line_no) {
        std::int64_t u;
        if (!vertex(tok[0], line_no, u))
            return true;
        for (std::size_t k = 1; k < tok.size(); ++k) {
            std::int64_t v;
            if (!vertex(tok[k], line_no, v))
                break;
            if (!add_edge(u, v, line_no, tok[k].column, std::nullopt, relation_))
                return false;
        }
        return true;
    }

    bool matrix_line(const std::vector<Token>& tok, int line_no) {
        const std::int64_t n = net().n;
        ++matrix_row_;
        if (matrix_row_ > n) {
            diags_.error(file_, line_no, 1, "matrix has more than " + std::to_string(n) + " rows");
            return true;
        }
        if (static_cast<std::int64_t>(tok.size()) != n) {
            diags_.error(file_, line_no, 1,
                         "matrix row has " + std::to_string(tok.size()) + " values, expected " +
                             std::to_string(n));
            return true;
        }
        for (std::size_t k = 0; k < tok.size(); ++k) {
            auto w = parse_double(tok[k].text);
            if (!w || !std::isfinite(*w)) {
                diags_.error(
                    file_, line_no, tok[k].column,
                    "matrix value '" + tok[k].text.substr(0, 40) + "' is not a finite number");
                break;
            }
            if (*w != 0 && !add_edge(matrix_row_, static_cast<std::int64_t>(k) + 1, line_no,
                                     tok[k].column, *w, relation_))
                return false;
        }
        return true;
    }

    const std::string& file_;
    const ImportOptions& opt_;
    DiagnosticList& diags_;
    Section section_ = Section::None;
    bool section_directed_ = false;
    std::int64_t relation_ = 0;  // from the section header `:k`
    std::int64_t matrix_row_ = 0;
    std::size_t edge_count_ = 0;
    bool noted_params_ = false;
};

// Turns one network into a RawGraph: ids are the labels when they are unique and present,
// else the vertex numbers; `extra` adds partition and vector values per vertex.
RawGraph to_raw_graph(Network&& net, const std::vector<const VertexValues*>& extra,
                      const std::vector<std::string>& extra_names, const std::string& file,
                      DiagnosticList& diags) {
    RawGraph g;
    g.name = net.name;
    g.directed_declared = true;
    bool labels_unique = true;
    {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < net.labels.size() && labels_unique; ++i)
            labels_unique = !net.labels[i].empty() && seen.insert(net.labels[i]).second;
    }
    bool any_listed = false;
    for (const auto& l : net.vloc)
        any_listed = any_listed || l.first > 0;
    if (!any_listed && net.n > 0)
        diags.info(file, 0, 0, "vertices are not listed: vertex numbers are the ids");
    else if (!labels_unique && net.n > 0)
        diags.warning(file, 0, 0,
                      "vertex labels are missing or not unique: vertex numbers are the ids, "
                      "labels the names");
    std::vector<std::string> ids(net.labels.size());
    for (std::size_t i = 0; i < net.labels.size(); ++i) {
        ids[i] = labels_unique ? net.labels[i] : std::to_string(i + 1);
        RawNode node;
        node.id = ids[i];
        node.line = net.vloc[i].first;
        node.column = net.vloc[i].second;
        node.attrs.emplace_back("name", net.labels[i].empty() ? ids[i] : net.labels[i]);
        node.position = net.positions[i];
        if (!net.mode.empty())
            node.attrs.emplace_back("mode", net.mode[i]);
        for (std::size_t k = 0; k < extra.size(); ++k)
            if (i < extra[k]->values.size())
                node.attrs.emplace_back(extra_names[k], extra[k]->values[i]);
        g.nodes.push_back(std::move(node));
    }
    for (auto& e : net.edges) {
        e.source = ids[std::stoul(e.source) - 1];
        e.target = ids[std::stoul(e.target) - 1];
    }
    g.edges = std::move(net.edges);
    return g;
}

}  // namespace

ImportResult parse_pajek(std::string_view input, const std::string& file,
                         const ImportOptions& opt) {
    ImportResult result;
    DiagnosticList& diags = result.diagnostics;
    std::string_view text = input;
    strip_bom(text);
    if (text.find('\0') != std::string_view::npos) {
        check_utf8(text.substr(0, text.find('\0') + 1), file, diags);
        return result;
    }
    const std::string decoded = decode_utf8_or_cp1252(text, file, "", diags);
    text = decoded;
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        diags.error(file, 1, 1, "empty file: expected '*Vertices N'");
        return result;
    }
    PajekReader reader(file, opt, diags);
    if (!reader.read(text) || diags.has_errors())
        return result;
    if (reader.networks.empty() || reader.networks.back().n < 0) {
        diags.error(file, reader.last_line_, 1, "no *Vertices section");
        return result;
    }

    // Partitions and vectors go to every network with as many vertices; the attribute is
    // named after the section (its file's stem), made unique.
    std::vector<const VertexValues*> extra;
    std::vector<std::string> extra_names;
    std::set<std::string> names_used;
    for (std::size_t k = 0; k < reader.values.size(); ++k) {
        const VertexValues& v = reader.values[k];
        if (static_cast<std::int64_t>(v.values.size()) != v.n) {
            diags.error(file, v.line, 1,
                        std::string(v.partition ? "*Partition" : "*Vector") + " declares " +
                            std::to_string(v.n) + " vertices but gives " +
                            std::to_string(v.values.size()) + " values");
            continue;
        }
        std::string name = attribute_name(v.name, v.partition ? "partition" : "vector", k + 1);
        for (int suffix = 2; !names_used.insert(name).second; ++suffix)
            name = attribute_name(v.name, v.partition ? "partition" : "vector", k + 1) + "_" +
                   std::to_string(suffix);
        extra.push_back(&v);
        extra_names.push_back(name);
    }
    if (diags.has_errors())
        return result;

    const bool several = reader.networks.size() > 1;
    for (std::size_t k = 0; k < reader.networks.size(); ++k) {
        Network& net = reader.networks[k];
        std::vector<const VertexValues*> mine;
        std::vector<std::string> my_names;
        for (std::size_t j = 0; j < extra.size(); ++j) {
            if (extra[j]->n == net.n) {
                mine.push_back(extra[j]);
                my_names.push_back(extra_names[j]);
            }
        }
        if (several)
            diags.info(file, net.line, 1,
                       "network " + std::to_string(k + 1) + " of " +
                           std::to_string(reader.networks.size()) + " ('" + net.name +
                           "') read as scenario s" + std::to_string(k + 1));
        for (const auto& n : my_names)
            diags.info(file, 0, 0,
                       "partition/vector '" + n + "' read as actor attribute '" + n +
                           "' (use --partition " + n + ")");
        std::optional<Case> c =
            build_case(to_raw_graph(std::move(net), mine, my_names, file, diags), file, opt,
                       BuildRules{}, diags);
        if (!c)
            return result;
        if (!result.value) {
            result.value = std::move(c);
            continue;
        }
        Scenario s = std::move(c->scenarios.front());
        s.id = "s" + std::to_string(k + 1);
        if (s.name.rfind("imported from ", 0) == 0)
            s.name = "network " + std::to_string(k + 1);
        result.value->scenarios.push_back(std::move(s));
    }
    for (std::size_t j = 0; j < extra.size(); ++j) {
        bool used = false;
        for (const auto& net : reader.networks)
            used = used || net.n == extra[j]->n;
        if (!used)
            diags.warning(file, extra[j]->line, 1,
                          "'" + extra_names[j] + "' has " + std::to_string(extra[j]->n) +
                              " values but no network has that many vertices: ignored");
    }
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
                other_fields +=
                    (relation_fields(r).size() > 2 || !r.details->attributes.empty()) ? 1 : 0;
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

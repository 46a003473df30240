// GEXF 1.0-1.3 (https://gexf.net): declared attributes with types and defaults, node
// labels, edge type and weight, viz:color, viz:position, viz:size, viz:thickness. GEXF 1.0
// as early Gephi wrote it (attvalue `id`, int/bool types, default as an XML attribute, edge
// `cardinal`) and viz elements under a malformed namespace URI are read too.
// Read with the hardened expat wrapper. Dynamic features (spells, time intervals) and
// hierarchical nodes are skipped and reported.
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>

#include "io/attribute_set.hpp"
#include "io/io_detail.hpp"
#include "io/xml.hpp"
#include "model/text.hpp"

namespace rk::io::detail {

namespace {

enum class AttType { String, Integer, Double, Boolean };

struct AttDef {
    std::string title;
    AttType type = AttType::String;
    std::optional<AttributeValue> default_value;
    int line = 0, column = 0;
};

AttType att_type(std::string_view t) {
    // "int" and "bool" are GEXF 1.0 spellings (early Gephi), still accepted by Gephi.
    if (t == "integer" || t == "int" || t == "long" || t == "short" || t == "byte" ||
        t == "biginteger")
        return AttType::Integer;
    if (t == "float" || t == "double" || t == "bigdecimal")
        return AttType::Double;
    if (t == "boolean" || t == "bool")
        return AttType::Boolean;
    return AttType::String;  // string, liststring, anyURI, date, char, ...: kept as text
}

// Converts an attvalue or default to the declared type. A typed value is trimmed first
// (" 3 " is 3), as the GraphML reader and NetworkX's readers of both formats do; a string
// is kept as written, so that our writers' output reads back unchanged.
std::optional<AttributeValue> convert(std::string_view raw, AttType t, std::string& err) {
    const std::string_view v = t == AttType::String ? raw : text::trim(raw);
    switch (t) {
        case AttType::String:
            return AttributeValue(std::string(v));
        case AttType::Integer:
            if (auto i = parse_int(v))
                return AttributeValue(*i);
            err = "'" + std::string(v.substr(0, 40)) + "' is not an integer";
            return std::nullopt;
        case AttType::Double:
            if (auto d = parse_double(v))
                return AttributeValue(*d);
            err = "'" + std::string(v.substr(0, 40)) + "' is not a number";
            return std::nullopt;
        case AttType::Boolean:
            if (v == "true" || v == "1")
                return AttributeValue(true);
            if (v == "false" || v == "0")
                return AttributeValue(false);
            err = "'" + std::string(v.substr(0, 40)) + "' is not a boolean";
            return std::nullopt;
    }
    return std::nullopt;
}

bool is_viz(std::string_view ns) {
    return ns.size() >= 4 && ns.substr(ns.size() - 4) == "/viz";
}

// The viz module's element names. Gephi reads them by local name whatever their namespace,
// and files exist whose viz namespace URI is malformed ("http:///www.gexf.net/1.1draft/viz",
// a trailing ".xsd" or "/", or the core namespace itself): such elements still give
// positions, colours and sizes.
bool is_viz_name(std::string_view name) {
    return name == "position" || name == "color" || name == "size" || name == "shape" ||
           name == "thickness";
}

// GEXF 1.0 as early Gephi (0.6) wrote it: namespace http://www.gephi.org/gexf or
// http://www.gexf.net/1.0draft, version="1.0".
bool is_gexf10(std::string_view ns, std::string_view version) {
    return version == "1.0" || ns == "http://www.gephi.org/gexf" ||
           ns.find("gexf.net/1.0") != std::string_view::npos;
}

class GexfHandler : public XmlHandler {
  public:
    GexfHandler(XmlParser& parser, const std::string& file, DiagnosticList& diags)
        : parser_(parser), file_(file), diags_(diags) {}

    RawGraph graph;
    bool saw_graph = false;

    void on_start(std::string_view ns, std::string_view name,
                  const std::vector<XmlAttribute>& attrs, int line, int col) override {
        ++depth_;
        if (skip_depth_ > 0)
            return;
        if (!saw_root_) {
            saw_root_ = true;
            if (name != "gexf")
                parser_.stop("root element is <" + std::string(name) + ">, expected <gexf>");
            if (is_gexf10(ns, find_attr(attrs, "version")))
                diags_.info(file_, line, col,
                            "GEXF 1.0 (early Gephi): attvalue 'id' read as 'for', attribute "
                            "types int/bool accepted");
            return;
        }
        if (is_viz(ns)) {
            viz(name, attrs, line, col);
            return;
        }
        if (is_viz_name(name) && (node_depth_ || edge_depth_)) {
            note_once("viz element <" + std::string(name) + "> in namespace '" + std::string(ns) +
                          "' (expected one ending in /viz): read as viz:" + std::string(name),
                      line, col);
            viz(name, attrs, line, col);
            return;
        }
        if (name == "meta" || name == "creator" || name == "description" || name == "keywords") {
            return;
        } else if (name == "graph") {
            start_graph(attrs, line, col);
        } else if (name == "attributes") {
            std::string_view cls = find_attr(attrs, "class");
            if (cls != "node" && cls != "edge") {
                diags_.error(
                    file_, line, col,
                    "attributes class '" + std::string(cls) + "': expected 'node' or 'edge'");
                skip();
                return;
            }
            att_class_ = std::string(cls);
            if (find_attr(attrs, "mode") == "dynamic")
                note_once("dynamic attributes: time intervals ignored", line, col);
        } else if (name == "attribute") {
            start_attribute(attrs, line, col);
        } else if (name == "default") {
            in_default_ = in_attribute_;
        } else if (name == "options") {
            return;
        } else if (name == "nodes" || name == "edges") {
            return;
        } else if (name == "node") {
            start_node(attrs, line, col);
        } else if (name == "edge") {
            start_edge(attrs, line, col);
        } else if (name == "attvalues") {
            return;
        } else if (name == "attvalue") {
            attvalue(attrs, line, col);
        } else if (name == "spells" || name == "spell" || name == "parents" || name == "parent") {
            note_once("dynamic spells and node parents are not supported; skipped", line, col);
            skip();
        } else {
            diags_.warning(file_, line, col,
                           "unknown GEXF element <" + std::string(name) + "> skipped");
            skip();
        }
    }

    // Only <description> and <default> carry values in their text.
    bool wants_text(std::string_view, std::string_view name) const override {
        return name == "description" || name == "default";
    }

    void on_end(std::string_view ns, std::string_view name, std::string_view text) override {
        --depth_;
        if (skip_depth_ > 0) {
            if (depth_ < skip_depth_)
                skip_depth_ = 0;
            return;
        }
        if (is_viz(ns))
            return;
        if (name == "description" && !saw_graph) {
            graph.name = std::string(text);  // the writer keeps the scenario name here
        } else if (name == "default" && in_default_) {
            in_default_ = false;
            AttDef& a = current_defs()[current_att_];
            std::string err;
            if (auto v = convert(text, a.type, err)) {
                a.default_value = *v;
            } else {
                diags_.error(file_, a.line, a.column,
                             "default of attribute '" + current_att_ + "': " + err);
            }
        } else if (name == "attribute") {
            in_attribute_ = false;
        } else if (name == "node" && node_depth_ == depth_ + 1) {
            apply_defaults(graph.nodes.back().attrs, node_defs_);
            node_depth_ = 0;
        } else if (name == "edge" && edge_depth_ == depth_ + 1) {
            apply_defaults(graph.edges.back().attrs, edge_defs_);
            edge_depth_ = 0;
        } else if (name == "graph") {
            in_graph_ = false;
        }
    }

  private:
    std::map<std::string, AttDef>& current_defs() {
        return att_class_ == "edge" ? edge_defs_ : node_defs_;
    }
    void skip() { skip_depth_ = depth_; }
    void note_once(const std::string& msg, int line, int col) {
        if (noted_.insert(msg).second)
            diags_.warning(file_, line, col, msg);
    }
    std::vector<std::pair<std::string, AttributeValue>>* current_attrs() {
        if (edge_depth_)
            return &graph.edges.back().attrs;
        if (node_depth_)
            return &graph.nodes.back().attrs;
        return nullptr;
    }

    void start_graph(const std::vector<XmlAttribute>& attrs, int line, int col) {
        if (saw_graph) {
            note_once("only the first <graph> is read; later graphs skipped", line, col);
            skip();
            return;
        }
        saw_graph = true;
        in_graph_ = true;
        std::string_view t = find_attr(attrs, "defaultedgetype");
        graph.directed_declared = has_attr(attrs, "defaultedgetype");
        if (t == "directed") {
            graph.default_directed = true;
        } else if (t == "undirected" || t == "mutual") {
            graph.default_directed = false;
        } else if (graph.directed_declared) {
            diags_.error(file_, line, col,
                         "defaultedgetype '" + std::string(t) +
                             "': expected directed, undirected or mutual");
        } else {
            // GEXF's schema default.
            graph.default_directed = false;
            graph.directed_declared = true;
        }
        if (find_attr(attrs, "mode") == "dynamic")
            note_once("dynamic graph: time intervals ignored, the whole graph is read", line, col);
    }

    void start_attribute(const std::vector<XmlAttribute>& attrs, int line, int col) {
        std::string id(find_attr(attrs, "id"));
        auto& defs = current_defs();
        if (defs.count(id)) {
            diags_.error(file_, line, col,
                         "duplicate " + att_class_ + " attribute id '" + id + "' (first at " +
                             std::to_string(defs[id].line) + ":" + std::to_string(defs[id].column) +
                             ")");
            skip();
            return;
        }
        AttDef a;
        a.title = has_attr(attrs, "title") ? std::string(find_attr(attrs, "title")) : id;
        a.type = att_type(find_attr(attrs, "type"));
        a.line = line;
        a.column = col;
        if (has_attr(attrs, "default")) {
            // GEXF 1.0 gave the default as an XML attribute, later versions as an element.
            std::string err;
            if (auto v = convert(find_attr(attrs, "default"), a.type, err)) {
                a.default_value = *v;
            } else {
                diags_.error(file_, line, col, "default of attribute '" + id + "': " + err);
            }
        }
        (att_class_ == "edge" ? edge_order_ : node_order_).push_back(id);
        defs[id] = std::move(a);
        current_att_ = id;
        in_attribute_ = true;
    }

    void start_node(const std::vector<XmlAttribute>& attrs, int line, int col) {
        if (!in_graph_) {
            diags_.error(file_, line, col, "<node> outside <graph>");
            skip();
            return;
        }
        if (node_depth_ || edge_depth_) {
            note_once("hierarchical (nested) nodes are not supported; skipped", line, col);
            skip();
            return;
        }
        RawNode n = raw_node_from(attrs, line, col);
        if (has_attr(attrs, "label"))
            n.attrs.emplace_back("name", std::string(find_attr(attrs, "label")));
        if (has_attr(attrs, "pid"))
            note_once("node parents (pid) are not supported; ignored", line, col);
        graph.nodes.push_back(std::move(n));
        node_depth_ = depth_;
    }

    void start_edge(const std::vector<XmlAttribute>& attrs, int line, int col) {
        if (!in_graph_ || node_depth_ || edge_depth_) {
            diags_.error(file_, line, col, "<edge> outside <edges>");
            skip();
            return;
        }
        RawEdge e = raw_edge_from(attrs, line, col);
        if (has_attr(attrs, "type")) {
            std::string_view t = find_attr(attrs, "type");
            if (t == "directed") {
                e.directed = true;
            } else if (t == "undirected" || t == "mutual" || t == "double") {
                e.directed = false;  // "double" is GEXF 1.0's name for mutual
            } else {
                diags_.error(
                    file_, line, col,
                    "edge type '" + std::string(t) + "': expected directed, undirected or mutual");
            }
        }
        if (has_attr(attrs, "weight")) {
            std::string_view w = find_attr(attrs, "weight");
            if (auto d = parse_double(w)) {
                e.attrs.emplace_back("weight", *d);
            } else {
                diags_.error(file_, line, col,
                             "edge weight '" + std::string(w.substr(0, 40)) + "' is not a number");
            }
        }
        if (has_attr(attrs, "label"))
            e.attrs.emplace_back("label", std::string(find_attr(attrs, "label")));
        if (has_attr(attrs, "kind"))
            e.attrs.emplace_back("kind", std::string(find_attr(attrs, "kind")));
        if (has_attr(attrs, "cardinal")) {
            // GEXF 1.0: how many times the edge occurs; kept as written, not multiplied.
            std::string_view c = find_attr(attrs, "cardinal");
            if (auto n = parse_int(c)) {
                e.attrs.emplace_back("cardinal", *n);
            } else {
                e.attrs.emplace_back("cardinal", std::string(c));
            }
        }
        graph.edges.push_back(std::move(e));
        edge_depth_ = depth_;
    }

    void attvalue(const std::vector<XmlAttribute>& attrs, int line, int col) {
        auto* target = current_attrs();
        if (!target) {
            diags_.error(file_, line, col, "<attvalue> outside a node or edge");
            return;
        }
        std::string id(has_attr(attrs, "for") ? find_attr(attrs, "for") : find_attr(attrs, "id"));
        auto& defs = edge_depth_ ? edge_defs_ : node_defs_;
        auto it = defs.find(id);
        if (it == defs.end())
            it = find_by_position_or_title(id, line, col);
        if (it == defs.end()) {
            diags_.error(file_, line, col,
                         "attvalue refers to undeclared " +
                             std::string(edge_depth_ ? "edge" : "node") + " attribute '" + id +
                             "'");
            return;
        }
        if (has_attr(attrs, "start") || has_attr(attrs, "end") || has_attr(attrs, "startopen") ||
            has_attr(attrs, "endopen"))
            note_once("time-bounded attribute values: intervals ignored", line, col);
        std::string err;
        auto v = convert(find_attr(attrs, "value"), it->second.type, err);
        if (!v) {
            diags_.error(file_, line, col, "value of attribute '" + it->second.title + "': " + err);
            return;
        }
        target->emplace_back(it->second.title, std::move(*v));
    }

    // attvalue `for`/`id` that names no declared attribute: early writers referred to the
    // attributes by their position in the declaration (0, 1, ...) or by their title.
    std::map<std::string, AttDef>::iterator find_by_position_or_title(const std::string& ref,
                                                                      int line, int col) {
        auto& defs = edge_depth_ ? edge_defs_ : node_defs_;
        const auto& order = edge_depth_ ? edge_order_ : node_order_;
        if (auto i = parse_int(ref); i && *i >= 0 && static_cast<std::size_t>(*i) < order.size()) {
            note_once("attvalue refers to attributes by position (0 = first declared); read so",
                      line, col);
            return defs.find(order[static_cast<std::size_t>(*i)]);
        }
        for (auto it = defs.begin(); it != defs.end(); ++it) {
            if (it->second.title == ref) {
                note_once("attvalue refers to attributes by title instead of id; read so", line,
                          col);
                return it;
            }
        }
        return defs.end();
    }

    void viz(std::string_view name, const std::vector<XmlAttribute>& attrs, int line, int col) {
        auto* target = current_attrs();
        if (!target)
            return;
        auto num = [&](std::string_view key, double fallback) -> std::optional<double> {
            if (!has_attr(attrs, key))
                return fallback;
            auto d = parse_double(find_attr(attrs, key));
            if (!d || !std::isfinite(*d)) {
                diags_.error(file_, line, col,
                             "viz:" + std::string(name) + " " + std::string(key) + "='" +
                                 std::string(find_attr(attrs, key).substr(0, 40)) +
                                 "' is not a finite number");
                return std::nullopt;
            }
            return d;
        };
        if (name == "position") {
            auto x = num("x", 0), y = num("y", 0), z = num("z", 0);
            if (!x || !y || !z)
                return;
            if (node_depth_ && !edge_depth_) {
                graph.nodes.back().position = Position{*x, *y, false};
                if (*z != 0)
                    note_once("viz:position z coordinates ignored", line, col);
            }
        } else if (name == "color") {
            int rgb[3];
            const char* keys[3] = {"r", "g", "b"};
            for (int i = 0; i < 3; ++i) {
                auto v = parse_int(find_attr(attrs, keys[i]));
                if (!v || *v < 0 || *v > 255) {
                    diags_.error(file_, line, col,
                                 std::string("viz:color ") + keys[i] + "='" +
                                     std::string(find_attr(attrs, keys[i]).substr(0, 40)) +
                                     "': expected an integer 0-255");
                    return;
                }
                rgb[i] = static_cast<int>(*v);
            }
            char hex[8];
            std::snprintf(hex, sizeof hex, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
            target->emplace_back("color", std::string(hex));
            if (has_attr(attrs, "a")) {
                auto a = num("a", 1);
                if (!a)
                    return;
                if (*a != 1)
                    target->emplace_back("color_alpha", *a);
            }
        } else if (name == "size" || name == "thickness") {
            auto v = num("value", 1);
            if (v)
                target->emplace_back(std::string(name), *v);
        } else if (name == "shape") {
            target->emplace_back("shape", std::string(find_attr(attrs, "value")));
        } else {
            note_once("viz:" + std::string(name) + " not supported; skipped", line, col);
        }
    }

    void apply_defaults(std::vector<std::pair<std::string, AttributeValue>>& attrs,
                        const std::map<std::string, AttDef>& defs) {
        for (const auto& [id, d] : defs) {
            if (d.default_value)
                add_default_if_missing(attrs, d.title, *d.default_value);
        }
    }

    XmlParser& parser_;
    const std::string& file_;
    DiagnosticList& diags_;
    std::map<std::string, AttDef> node_defs_, edge_defs_;
    std::vector<std::string> node_order_, edge_order_;  // attribute ids as declared
    std::set<std::string> noted_;
    std::string att_class_ = "node", current_att_;
    int depth_ = 0, skip_depth_ = 0, node_depth_ = 0, edge_depth_ = 0;
    bool saw_root_ = false, in_graph_ = false, in_attribute_ = false, in_default_ = false;
};

bool parse_color(const AttributeValue& v, int rgb[3]) {
    auto s = std::get_if<std::string>(&v);
    if (!s || s->size() != 7 || (*s)[0] != '#')
        return false;
    for (int i = 0; i < 3; ++i) {
        unsigned x = 0;
        if (std::sscanf(s->c_str() + 1 + 2 * i, "%2x", &x) != 1)
            return false;
        rgb[i] = static_cast<int>(x);
    }
    // sscanf accepts a sign or spaces; insist on hex digits so the text reads back equal.
    for (std::size_t i = 1; i < 7; ++i)
        if (!std::isxdigit(static_cast<unsigned char>((*s)[i])) ||
            std::isupper(static_cast<unsigned char>((*s)[i])))
            return false;
    return true;
}

}  // namespace

namespace {

// Some exporters write <viz:position> without declaring the viz prefix, which no namespace-
// aware XML parser accepts ("unbound prefix"). The declaration is added to the root
// element (same line, so later locations stay right), with a warning at the first use.
std::string_view declare_missing_viz_prefix(std::string_view text, std::string& patched,
                                            const std::string& file, DiagnosticList& diags) {
    const std::size_t use = text.find("<viz:");
    if (use == std::string_view::npos || text.find("xmlns:viz") != std::string_view::npos)
        return text;
    std::size_t root = text.find("<gexf");
    while (root != std::string_view::npos && root + 5 < text.size() &&
           !std::isspace(static_cast<unsigned char>(text[root + 5])) && text[root + 5] != '>')
        root = text.find("<gexf", root + 5);
    if (root == std::string_view::npos || root > use)
        return text;
    auto [line, col] = line_column(text, use);
    diags.warning(file, line, col,
                  "prefix 'viz' used without a namespace declaration (xmlns:viz): read as the "
                  "GEXF viz module");
    patched.reserve(text.size() + 40);
    patched.append(text.substr(0, root + 5));
    patched.append(" xmlns:viz=\"http://gexf.net/1.3/viz\"");
    patched.append(text.substr(root + 5));
    return patched;
}

}  // namespace

ImportResult parse_gexf(std::string_view input, const std::string& file, const ImportOptions& opt) {
    ImportResult result;
    std::string patched;
    std::string_view text = declare_missing_viz_prefix(input, patched, file, result.diagnostics);
    XmlParser parser;
    GexfHandler h(parser, file, result.diagnostics);
    bool ok = parser.parse(text, file, opt.limits, h, result.diagnostics);
    if (!ok || result.diagnostics.has_errors())
        return result;
    if (!h.saw_graph) {
        result.diagnostics.error(file, 0, 0, "no <graph> element in the GEXF file");
        return result;
    }
    result.value = build_case(std::move(h.graph), file, opt, BuildRules{}, result.diagnostics);
    return result;
}

std::string write_gexf(const Case& c, const Scenario& s, const std::string& file,
                       DiagnosticList& diags) {
    std::size_t replaced = 0;
    auto esc = [&](std::string_view v) { return xml_escape(v, &replaced); };
    // Which attributes go to viz elements or XML attributes instead of <attvalue>.
    auto is_viz_node = [](const std::string& k, const AttributeValue& v) {
        int rgb[3];
        return (k == "color" && parse_color(v, rgb)) ||
               ((k == "size" || k == "color_alpha") && std::holds_alternative<double>(v)) ||
               (k == "shape" && std::holds_alternative<std::string>(v));
    };
    auto is_viz_edge = [](const std::string& k, const AttributeValue& v) {
        int rgb[3];
        return (k == "color" && parse_color(v, rgb)) ||
               ((k == "thickness" || k == "color_alpha") && std::holds_alternative<double>(v)) ||
               ((k == "label" || k == "kind") && std::holds_alternative<std::string>(v));
    };
    // The node label and the edge weight are XML attributes of their own.
    std::vector<AttrList> nattrs, eattrs;
    AttributeSet nset(""), eset("");
    for (const auto& a : s.actors) {
        AttrList l;
        for (auto& f : actor_fields(a))
            if (f.first != "name")
                l.push_back(std::move(f));
        if (auto it = s.positions.find(a.id); it != s.positions.end() && it->second.pinned)
            l.emplace_back("pinned", true);
        append_custom_attributes(l, a.attributes, [&](const std::string& k, const auto& v) {
            return is_viz_node(k, v) || k == "name" || k == "label";
        });
        nset.add_all(l);
        nattrs.push_back(std::move(l));
    }
    for (const auto& r : s.relations) {
        AttrList l;
        for (auto& f : relation_fields(r))
            if (f.first != "weight")
                l.push_back(std::move(f));
        append_custom_attributes(l, r.details->attributes,
                                 [&](const std::string& k, const auto& v) {
                                     return is_viz_edge(k, v) || k == "weight";
                                 });
        eset.add_all(l);
        eattrs.push_back(std::move(l));
    }
    report_mixed_types(nset, eset, file, diags);
    const bool all_directed = all_relations_directed(s);

    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out +=
        "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
        "version=\"1.3\">\n";
    out += "  <meta>\n    <creator>regiekaart</creator>\n    <description>" + esc(s.name) +
           "</description>\n  </meta>\n";
    out += std::string("  <graph mode=\"static\" defaultedgetype=\"") +
           (all_directed ? "directed" : "undirected") + "\">\n";
    auto declare = [&](const AttributeSet& set, const char* cls) {
        if (set.declarations().empty())
            return;
        out += std::string("    <attributes class=\"") + cls + "\" mode=\"static\">\n";
        for (const auto& d : set.declarations())
            out += "      <attribute id=\"" + d.id + "\" title=\"" + esc(d.name) + "\" type=\"" +
                   d.type + "\"/>\n";
        out += "    </attributes>\n";
    };
    declare(nset, "node");
    declare(eset, "edge");
    auto values = [&](const AttributeSet& set, const AttrList& l) {
        if (l.empty())
            return;
        out += "        <attvalues>\n";
        for (const auto& [k, v] : l)
            out += "          <attvalue for=\"" + set.id_of(k) + "\" value=\"" +
                   esc(attribute_to_string(v)) + "\"/>\n";
        out += "        </attvalues>\n";
    };
    auto color = [&](const Attributes& attrs) {
        auto it = attrs.find("color");
        int rgb[3];
        if (it == attrs.end() || !parse_color(it->second, rgb))
            return;
        out += "        <viz:color r=\"" + std::to_string(rgb[0]) + "\" g=\"" +
               std::to_string(rgb[1]) + "\" b=\"" + std::to_string(rgb[2]) + "\"";
        auto a = attrs.find("color_alpha");
        if (a != attrs.end() && std::holds_alternative<double>(a->second))
            out += " a=\"" + format_double(std::get<double>(a->second)) + "\"";
        out += "/>\n";
    };
    auto viz_number = [&](const Attributes& attrs, const char* key) {
        auto it = attrs.find(key);
        if (it != attrs.end() && std::holds_alternative<double>(it->second))
            out += std::string("        <viz:") + key + " value=\"" +
                   format_double(std::get<double>(it->second)) + "\"/>\n";
    };
    out += "    <nodes>\n";
    for (std::size_t i = 0; i < s.actors.size(); ++i) {
        const Actor& a = s.actors[i];
        out += "      <node id=\"" + esc(a.id) + "\" label=\"" + esc(a.name) + "\">\n";
        values(nset, nattrs[i]);
        color(a.attributes);
        if (auto it = s.positions.find(a.id); it != s.positions.end())
            out += "        <viz:position x=\"" + format_double(it->second.x) + "\" y=\"" +
                   format_double(it->second.y) + "\" z=\"0\"/>\n";
        viz_number(a.attributes, "size");
        if (auto it = a.attributes.find("shape");
            it != a.attributes.end() && std::holds_alternative<std::string>(it->second))
            out +=
                "        <viz:shape value=\"" + esc(std::get<std::string>(it->second)) + "\"/>\n";
        out += "      </node>\n";
    }
    out += "    </nodes>\n    <edges>\n";
    for (std::size_t i = 0; i < s.relations.size(); ++i) {
        const Relation& r = s.relations[i];
        out += "      <edge id=\"" + esc(r.id) + "\" source=\"" + esc(r.source) + "\" target=\"" +
               esc(r.target) + "\"";
        if (r.directed != all_directed)
            out += r.directed ? " type=\"directed\"" : " type=\"undirected\"";
        out += " weight=\"" + format_double(r.weight) + "\"";
        for (const char* k : {"label", "kind"}) {
            auto it = r.details->attributes.find(k);
            if (it != r.details->attributes.end() &&
                std::holds_alternative<std::string>(it->second))
                out += std::string(" ") + k + "=\"" + esc(std::get<std::string>(it->second)) + "\"";
        }
        out += ">\n";
        values(eset, eattrs[i]);
        color(r.details->attributes);
        viz_number(r.details->attributes, "thickness");
        out += "      </edge>\n";
    }
    out += "    </edges>\n  </graph>\n</gexf>\n";
    report_replaced_characters(replaced, file, diags);
    report_unwritten(c, s, "GEXF", file, diags);
    return out;
}

}  // namespace rk::io::detail

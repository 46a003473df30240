// GraphML (http://graphml.graphdrawing.org): <key> declarations with typed attributes,
// edgedefault plus per-edge `directed`, <data> values. Read with the hardened expat wrapper.
// Unsupported parts (nested graphs, hyperedges, ports, XML inside <data> such as yEd
// graphics) are skipped and reported.
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "io/attribute_set.hpp"
#include "io/io_detail.hpp"
#include "io/xml.hpp"
#include "model/text.hpp"

namespace rk::io::detail {

namespace {

enum class KeyType { String, Boolean, Int, Long, Float, Double };

struct KeyDef {
    std::string name;  // attr.name, or the id when absent
    KeyType type = KeyType::String;
    std::string domain = "all";  // node, edge, graph, all, ...
    std::optional<AttributeValue> default_value;
    int line = 0, column = 0;
};

std::optional<KeyType> key_type(std::string_view t) {
    if (t == "string")
        return KeyType::String;
    if (t == "boolean")
        return KeyType::Boolean;
    if (t == "int")
        return KeyType::Int;
    if (t == "long")
        return KeyType::Long;
    if (t == "float")
        return KeyType::Float;
    if (t == "double")
        return KeyType::Double;
    return std::nullopt;
}

// Converts <data> text to the key's type; nullopt with `err` set when it does not fit.
std::optional<AttributeValue> convert(std::string_view text, KeyType type, std::string& err) {
    if (type == KeyType::String)
        return AttributeValue(std::string(text));
    std::string t(text::trim(text));
    switch (type) {
        case KeyType::Boolean:
            if (t == "true" || t == "1")
                return AttributeValue(true);
            if (t == "false" || t == "0")
                return AttributeValue(false);
            err = "'" + t.substr(0, 40) + "' is not a boolean (expected true or false)";
            return std::nullopt;
        case KeyType::Int:
        case KeyType::Long:
            if (auto i = parse_int(t))
                return AttributeValue(*i);
            err = "'" + t.substr(0, 40) + "' is not an integer";
            return std::nullopt;
        case KeyType::Float:
        case KeyType::Double:
            // Non-finite values are kept here; build_case refuses them for weights and
            // positions, where they would poison the analysis.
            if (auto d = parse_double(t))
                return AttributeValue(*d);
            err = "'" + t.substr(0, 40) + "' is not a number";
            return std::nullopt;
        case KeyType::String:
            break;
    }
    return AttributeValue(std::string(text));
}

class GraphmlHandler : public XmlHandler {
  public:
    GraphmlHandler(XmlParser& parser, const std::string& file, DiagnosticList& diags)
        : parser_(parser), file_(file), diags_(diags) {}

    RawGraph graph;
    bool saw_root = false;
    bool saw_graph = false;

    void on_start(std::string_view ns, std::string_view name,
                  const std::vector<XmlAttribute>& attrs, int line, int col) override {
        ++depth_;
        if (skip_depth_ > 0)
            return;  // inside a skipped subtree
        if (!saw_root) {
            saw_root = true;
            if (name != "graphml") {
                parser_.stop("root element is <" + std::string(name) + ">, expected <graphml>");
            }
            return;
        }
        if (in_data_) {
            // yEd graphics and similar: markup, not a value. The whole <data> is dropped.
            note_once("XML markup inside <data> (e.g. yEd graphics) skipped", line, col);
            data_markup_ = true;
            skip();
            return;
        }
        if (!ns.empty() && ns != "http://graphml.graphdrawing.org/xmlns") {
            // Extensions (yEd's y:..., others): their content has no meaning for us.
            note_once("extension element <" + std::string(name) + "> in namespace " +
                          std::string(ns) + " skipped",
                      line, col);
            skip();
            return;
        }
        // The common elements first: a file is mostly edges, nodes and their data.
        if (name == "edge") {
            start_edge(attrs, line, col);
        } else if (name == "data") {
            start_data(attrs, line, col);
        } else if (name == "node") {
            start_node(attrs, line, col);
        } else if (name == "key") {
            start_key(attrs, line, col);
        } else if (name == "default") {
            in_default_ = in_key_;
        } else if (name == "graph") {
            start_graph(attrs, line, col);
        } else if (name == "hyperedge") {
            ++hyperedges_;
            if (hyperedges_ == 1)
                diags_.warning(file_, line, col, "hyperedges are not supported; skipped");
            skip();
        } else if (name == "port") {
            note_once("ports are not supported; skipped", line, col);
            skip();
        } else if (name == "desc" || name == "locator" || name == "endpoint") {
            skip();
        } else {
            diags_.warning(file_, line, col,
                           "unknown GraphML element <" + std::string(name) + "> skipped");
            skip();
        }
    }

    // Only <data> and <default> carry values in their text.
    bool wants_text(std::string_view, std::string_view name) const override {
        return name == "data" || name == "default";
    }

    void on_end(std::string_view, std::string_view name, std::string_view text) override {
        --depth_;
        if (skip_depth_ > 0) {
            if (depth_ < skip_depth_)
                skip_depth_ = 0;
            return;
        }
        // The common elements first (each branch needs its own name, so the order does not
        // change which one applies).
        if (name == "edge" && in_edge_) {
            apply_defaults(graph.edges.back().attrs, "edge");
            in_edge_ = false;
        } else if (name == "data" && in_data_) {
            end_data(text);
        } else if (name == "node" && in_node_) {
            apply_defaults(graph.nodes.back().attrs, "node");
            in_node_ = false;
        } else if (name == "default" && in_default_) {
            in_default_ = false;
            KeyDef& k = keys_[current_key_];
            std::string err;
            if (auto v = convert(text, k.type, err)) {
                k.default_value = *v;
            } else {
                diags_.error(file_, k.line, k.column,
                             "default of key '" + current_key_.first + "': " + err);
            }
        } else if (name == "key") {
            in_key_ = false;
        } else if (name == "graph") {
            in_graph_ = false;
        }
    }

    std::size_t hyperedges() const { return hyperedges_; }

  private:
    void skip() { skip_depth_ = depth_; }

    void note_once(const std::string& msg, int line, int col) {
        if (noted_.insert(msg).second)
            diags_.warning(file_, line, col, msg);
    }

    void start_key(const std::vector<XmlAttribute>& attrs, int line, int col) {
        std::string id(find_attr(attrs, "id"));
        if (id.empty()) {
            diags_.error(file_, line, col, "<key> without id");
            skip();
            return;
        }
        KeyDef k;
        k.line = line;
        k.column = col;
        k.name = has_attr(attrs, "attr.name") ? std::string(find_attr(attrs, "attr.name")) : id;
        if (has_attr(attrs, "for"))
            k.domain = std::string(find_attr(attrs, "for"));
        // A key id is unique per domain in practice: igraph (without attribute prefixes)
        // declares `name` once for the graph and once for the nodes. Keys are therefore
        // scoped by their domain; only a clash within one domain (or with "all") is an error.
        for (const auto& [scoped, other] : keys_) {
            if (scoped.first != id)
                continue;
            if (other.domain == k.domain || other.domain == "all" || k.domain == "all") {
                diags_.error(file_, line, col,
                             "duplicate key id '" + id + "' (first at " +
                                 std::to_string(other.line) + ":" + std::to_string(other.column) +
                                 ")");
                skip();
                return;
            }
            diags_.warning(file_, line, col,
                           "key id '" + id + "' is declared for " + other.domain + " (at " +
                               std::to_string(other.line) + ":" + std::to_string(other.column) +
                               ") and for " + k.domain +
                               ": read per domain (as igraph writes it); the GraphML "
                               "specification asks for unique key ids");
        }
        if (has_attr(attrs, "attr.type")) {
            auto t = key_type(find_attr(attrs, "attr.type"));
            if (!t) {
                diags_.error(file_, line, col,
                             "key '" + id + "': attr.type '" +
                                 std::string(find_attr(attrs, "attr.type")) +
                                 "' is not one of boolean, int, long, float, double, string");
                skip();
                return;
            }
            k.type = *t;
        }
        current_key_ = {id, k.domain};
        keys_[current_key_] = std::move(k);
        last_key_ = nullptr;  // a new key may change what a later <data> means
        in_key_ = true;
    }

    void start_graph(const std::vector<XmlAttribute>& attrs, int line, int col) {
        if (in_node_ || in_edge_) {
            note_once("nested graphs are not supported; skipped", line, col);
            skip();
            return;
        }
        if (saw_graph) {
            note_once("only the first <graph> is read; later graphs skipped", line, col);
            skip();
            return;
        }
        saw_graph = true;
        in_graph_ = true;
        std::string_view ed = find_attr(attrs, "edgedefault");
        if (ed == "directed") {
            graph.default_directed = true;
        } else if (ed == "undirected") {
            graph.default_directed = false;
        } else if (!has_attr(attrs, "edgedefault")) {
            diags_.info(file_, line, col, "graph has no edgedefault; edges taken as undirected");
        } else {
            diags_.error(
                file_, line, col,
                "edgedefault '" + std::string(ed) + "': expected 'directed' or 'undirected'");
        }
        graph.directed_declared = has_attr(attrs, "edgedefault");
    }

    void start_node(const std::vector<XmlAttribute>& attrs, int line, int col) {
        if (!in_graph_) {
            diags_.error(file_, line, col, "<node> outside <graph>");
            skip();
            return;
        }
        if (in_node_ || in_edge_) {
            skip();
            return;
        }
        // Built in place (the vector has room for every node): no copy of a finished one.
        RawNode& n = graph.nodes.emplace_back();
        n.id.assign(find_attr(attrs, "id"));
        n.line = line;
        n.column = col;
        in_node_ = true;
    }

    void start_edge(const std::vector<XmlAttribute>& attrs, int line, int col) {
        if (!in_graph_) {
            diags_.error(file_, line, col, "<edge> outside <graph>");
            skip();
            return;
        }
        if (in_node_ || in_edge_) {
            skip();
            return;
        }
        // One pass over the attributes (six lookups of each name were a third of the
        // handler's time); the first of a repeated local name counts, as in find_attr.
        std::optional<std::string_view> id, source, target, directed;
        bool ports = false;
        for (const XmlAttribute& a : attrs) {
            auto first = [&](std::optional<std::string_view>& v) {
                if (!v)
                    v = a.value;
            };
            if (a.name == "source")
                first(source);
            else if (a.name == "target")
                first(target);
            else if (a.name == "id")
                first(id);
            else if (a.name == "directed")
                first(directed);
            else if (a.name == "sourceport" || a.name == "targetport")
                ports = true;
        }
        // Built in place (the vector has room for every edge): no copy of a finished one.
        RawEdge& e = graph.edges.emplace_back();
        e.id.assign(id.value_or(std::string_view()));
        e.source.assign(source.value_or(std::string_view()));
        e.target.assign(target.value_or(std::string_view()));
        e.line = line;
        e.column = col;
        if (directed) {
            const std::string_view d = *directed;
            if (d == "true") {
                e.directed = true;
            } else if (d == "false") {
                e.directed = false;
            } else {
                diags_.error(
                    file_, line, col,
                    "edge attribute directed='" + std::string(d) + "': expected 'true' or 'false'");
            }
        }
        if (ports)
            note_once("edge ports are not supported; ignored", line, col);
        in_edge_ = true;
    }

    // The key a <data> element means: the one declared for its domain (graph, node, edge)
    // or for all; a key of another domain only when the id is declared just once.
    const std::pair<std::string, std::string>* find_key(const std::string& id) const {
        const char* domain = in_edge_    ? "edge"
                             : in_node_  ? "node"
                             : in_graph_ ? "graph"
                                         : "graphml";
        for (const char* d : {domain, "all"})
            if (auto it = keys_.find({id, d}); it != keys_.end())
                return &it->first;
        const std::pair<std::string, std::string>* only = nullptr;
        for (const auto& [scoped, k] : keys_) {
            if (scoped.first != id)
                continue;
            if (only)
                return nullptr;
            only = &scoped;
        }
        return only;
    }

    void start_data(const std::vector<XmlAttribute>& attrs, int line, int col) {
        data_line_ = line;
        data_col_ = col;
        const std::string_view key_id = find_attr(attrs, "key");
        // Most files repeat a few keys: the last answer saves building the map's keys.
        const char domain = in_edge_ ? 'e' : in_node_ ? 'n' : in_graph_ ? 'g' : '-';
        if (last_key_ && key_id == last_key_->first.first && domain == last_key_domain_) {
            data_key_ = last_key_;
            in_data_ = true;
            return;
        }
        const std::string id(key_id);
        const auto* key = find_key(id);
        if (!key) {
            bool declared = false;
            for (const auto& [scoped, k] : keys_)
                declared = declared || scoped.first == id;
            diags_.error(file_, line, col,
                         declared ? "data for key '" + id +
                                        "' here, but that key is declared "
                                        "only for other domains"
                                  : "data refers to undeclared key '" + id + "'");
            skip();
            return;
        }
        data_key_ = &*keys_.find(*key);
        last_key_ = data_key_;
        last_key_domain_ = domain;
        in_data_ = true;
    }

    void end_data(std::string_view text) {
        in_data_ = false;
        if (data_markup_) {
            data_markup_ = false;
            return;
        }
        const KeyDef& k = data_key_->second;
        std::string err;
        auto v = convert(text, k.type, err);
        if (!v) {
            diags_.error(file_, data_line_, data_col_,
                         "data for key '" + data_key_->first.first + "' (" + k.name + "): " + err);
            return;
        }
        if (in_edge_) {
            graph.edges.back().attrs.emplace_back(k.name, std::move(*v));
        } else if (in_node_) {
            graph.nodes.back().attrs.emplace_back(k.name, std::move(*v));
        } else if (in_graph_) {
            if (k.name == "name" || k.name == "label") {
                graph.name = attribute_to_string(*v);
            } else {
                note_once(
                    "graph-level data ('" + k.name + "', ...) has no place in a scenario; skipped",
                    data_line_, data_col_);
            }
        }
    }

    void apply_defaults(std::vector<std::pair<std::string, AttributeValue>>& attrs,
                        std::string_view domain) {
        for (const auto& [id, k] : keys_) {
            if (k.default_value && (k.domain == domain || k.domain == "all"))
                add_default_if_missing(attrs, k.name, *k.default_value);
        }
    }

    XmlParser& parser_;
    const std::string& file_;
    DiagnosticList& diags_;
    std::map<std::pair<std::string, std::string>, KeyDef> keys_;  // (id, domain) -> key
    std::set<std::string> noted_;
    int depth_ = 0, skip_depth_ = 0;
    bool in_key_ = false, in_default_ = false, in_graph_ = false, in_node_ = false;
    bool in_edge_ = false, in_data_ = false, data_markup_ = false;
    std::pair<std::string, std::string> current_key_;  // (id, domain)
    // The key of the open <data>, and the last one found with the domain it was found for
    // (map entries stay where they are, so pointers to them stay valid).
    const std::pair<const std::pair<std::string, std::string>, KeyDef>* data_key_ = nullptr;
    const std::pair<const std::pair<std::string, std::string>, KeyDef>* last_key_ = nullptr;
    char last_key_domain_ = 0;
    int data_line_ = 0, data_col_ = 0;
    std::size_t hyperedges_ = 0;
};

AttrList actor_attrs(const Actor& a, const Scenario& s, bool name_as_label) {
    AttrList out = actor_fields(a);
    if (name_as_label)
        for (auto& [k, v] : out)
            if (k == "name")
                k = "label";
    if (auto it = s.positions.find(a.id); it != s.positions.end()) {
        out.emplace_back("x", it->second.x);
        out.emplace_back("y", it->second.y);
        if (it->second.pinned)
            out.emplace_back("pinned", true);
    }
    append_custom_attributes(out, a.attributes);
    return out;
}

AttrList relation_attrs(const Relation& r) {
    AttrList out = relation_fields(r);
    append_custom_attributes(out, r.details->attributes);
    return out;
}

}  // namespace

namespace {
// Occurrences of `tag` in `text` (an upper bound on the elements it starts). O(text).
std::size_t count_tags(std::string_view text, std::string_view tag) {
    std::size_t n = 0;
    for (std::size_t at = text.find(tag); at != std::string_view::npos;
         at = text.find(tag, at + tag.size()))
        ++n;
    return n;
}
}  // namespace

ImportResult parse_graphml(std::string_view text, const std::string& file,
                           const ImportOptions& opt) {
    ImportResult result;
    XmlParser parser;
    GraphmlHandler h(parser, file, result.diagnostics);
    // Room for every element up front (a count of the tags is a bound): growing vectors of
    // nodes and edges copied them and touched twice their memory.
    h.graph.nodes.reserve(std::min(count_tags(text, "<node"), opt.max_actors));
    h.graph.edges.reserve(std::min(count_tags(text, "<edge"), opt.max_relations));
    bool ok = parser.parse(text, file, opt.limits, h, result.diagnostics);
    if (!ok || result.diagnostics.has_errors())
        return result;
    if (!h.saw_graph) {
        result.diagnostics.error(file, 0, 0, "no <graph> element in the GraphML file");
        return result;
    }
    if (h.hyperedges() > 1)
        result.diagnostics.warning(file, 0, 0,
                                   std::to_string(h.hyperedges()) + " hyperedges skipped");
    result.value = build_case(std::move(h.graph), file, opt, BuildRules{}, result.diagnostics);
    return result;
}

std::string write_graphml(const Case& c, const Scenario& s, const std::string& file,
                          DiagnosticList& diags) {
    // "label" is what Gephi and yEd show; fall back to "name" if "label" is a custom one.
    bool name_as_label = true;
    for (const auto& a : s.actors)
        name_as_label = name_as_label && !a.attributes.count("label");
    std::vector<AttrList> node_attrs, edge_attrs;
    AttributeSet nkeys("n"), ekeys("e");
    for (const auto& a : s.actors) {
        node_attrs.push_back(actor_attrs(a, s, name_as_label));
        nkeys.add_all(node_attrs.back());
    }
    for (const auto& r : s.relations) {
        edge_attrs.push_back(relation_attrs(r));
        ekeys.add_all(edge_attrs.back());
    }
    report_mixed_types(nkeys, ekeys, file, diags);
    const bool all_directed = all_relations_directed(s);

    std::size_t replaced = 0;
    auto esc = [&](std::string_view v) { return xml_escape(v, &replaced); };
    std::string out;
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out +=
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    auto write_keys = [&](const AttributeSet& ks, const char* domain) {
        for (const auto& k : ks.declarations())
            out += "  <key id=\"" + k.id + "\" for=\"" + domain + "\" attr.name=\"" + esc(k.name) +
                   "\" attr.type=\"" + k.type + "\"/>\n";
    };
    write_keys(nkeys, "node");
    write_keys(ekeys, "edge");
    out += "  <key id=\"g0\" for=\"graph\" attr.name=\"name\" attr.type=\"string\"/>\n";
    out += "  <graph id=\"" + esc(s.id) + "\" edgedefault=\"" +
           (all_directed ? "directed" : "undirected") + "\">\n";
    out += "    <data key=\"g0\">" + esc(s.name) + "</data>\n";
    auto data = [&](const AttributeSet& ks, const AttrList& attrs) {
        for (const auto& [k, v] : attrs)
            out += "      <data key=\"" + ks.id_of(k) + "\">" + esc(attribute_to_string(v)) +
                   "</data>\n";
    };
    for (std::size_t i = 0; i < s.actors.size(); ++i) {
        out += "    <node id=\"" + esc(s.actors[i].id) + "\">\n";
        data(nkeys, node_attrs[i]);
        out += "    </node>\n";
    }
    for (std::size_t i = 0; i < s.relations.size(); ++i) {
        const Relation& r = s.relations[i];
        out += "    <edge id=\"" + esc(r.id) + "\" source=\"" + esc(r.source) + "\" target=\"" +
               esc(r.target) + "\"";
        if (r.directed != all_directed)
            out += r.directed ? " directed=\"true\"" : " directed=\"false\"";
        out += ">\n";
        data(ekeys, edge_attrs[i]);
        out += "    </edge>\n";
    }
    out += "  </graph>\n</graphml>\n";
    report_replaced_characters(replaced, file, diags);
    report_unwritten(c, s, "GraphML", file, diags);
    return out;
}

}  // namespace rk::io::detail

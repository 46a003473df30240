// A hardened expat front end shared by the GraphML and GEXF readers, and XML escaping for
// their writers.
//
// Safety: DTDs are never loaded (parameter entity parsing NEVER, no external entity
// loader), any entity declaration stops the parse (so no entity expansion of any size,
// billion laughs included; expat's amplification guard stays on as a second line), and
// nesting depth, text length, attribute length and element count are bounded by
// LoadLimits before anything is stored.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "io/io_detail.hpp"
#include "model/case_io.hpp"
#include "model/diagnostic.hpp"

namespace rk::io::detail {

struct XmlAttribute {
    std::string_view name;  // local name (namespace dropped)
    std::string_view value;
};

// Receives the document. `ns` is the namespace URI (empty if none), `name` the local name.
// Text is delivered per element once it is complete (on_end), bounded by max_string_bytes.
class XmlHandler {
  public:
    virtual ~XmlHandler() = default;
    virtual void on_start(std::string_view ns, std::string_view name,
                          const std::vector<XmlAttribute>& attrs, int line, int column) = 0;
    virtual void on_end(std::string_view ns, std::string_view name, std::string_view text) = 0;
    // Whether on_end needs the text of this element; when not, it is neither collected nor
    // held against max_string_bytes, and on_end gets an empty text. The whitespace between
    // a GraphML file's elements was a tenth of the XML handling.
    virtual bool wants_text(std::string_view /*ns*/, std::string_view /*name*/) const {
        return true;
    }
};

class XmlParser {
  public:
    // Parses the whole text. Returns false (with an error in diags) on malformed XML, refused
    // constructs, exceeded limits or when the handler called stop(). Cost: O(text size).
    bool parse(std::string_view text, const std::string& file, const LoadLimits& limits,
               XmlHandler& handler, DiagnosticList& diags);
    // Stops the parse from a handler callback; the message becomes an error at the current
    // position.
    void stop(std::string message);
    // The position of the event being handled (1-based).
    int line() const;
    int column() const;

  private:
    void* parser_ = nullptr;
    std::string stop_message_;
    int stop_line_ = 0, stop_column_ = 0;
    friend struct XmlCallbacks;
};

// The value of attribute `name` (empty when absent) and whether it is present.
std::string_view find_attr(const std::vector<XmlAttribute>& attrs, std::string_view name);
bool has_attr(const std::vector<XmlAttribute>& attrs, std::string_view name);

// A node or edge element as GraphML and GEXF both spell it: id (and source, target) from
// the attributes, located at line:col. Format-specific attributes are the caller's.
RawNode raw_node_from(const std::vector<XmlAttribute>& attrs, int line, int col);
RawEdge raw_edge_from(const std::vector<XmlAttribute>& attrs, int line, int col);

// Adds `name` = `value` unless the element already set it: a declared attribute default
// (GraphML <default>, GEXF <default>) applies only where the element is silent.
void add_default_if_missing(std::vector<std::pair<std::string, AttributeValue>>& attrs,
                            const std::string& name, const AttributeValue& value);

// Escapes text for element content or attribute values (quotes, &, <, >, CR, LF, TAB).
// Characters XML 1.0 cannot hold (control characters) become U+FFFD and are counted.
std::string xml_escape(std::string_view s, std::size_t* replaced = nullptr);

}  // namespace rk::io::detail

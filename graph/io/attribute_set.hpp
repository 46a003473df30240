// What the GraphML and GEXF writers share: the list of attributes each node or edge carries,
// one typed declaration per attribute name (GraphML <key>, GEXF <attribute>), and the
// warnings both give. Both formats name their types the same way (string, double, long,
// boolean) and write values as attribute_to_string's text, untrimmed: a string keeps its
// spaces, and both readers trim only typed values (a number or a boolean), as NetworkX
// does, so what we write reads back the same (tests/unit/io/xml_attributes_test.cpp).
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/case.hpp"
#include "model/diagnostic.hpp"

namespace rk::io::detail {

// The attributes one node or edge writes, in order, each name once.
using AttrList = std::vector<std::pair<std::string, AttributeValue>>;

// Appends each of `attrs` whose name `list` does not hold yet and that `skip` (when set)
// does not claim for something else (a viz element, an XML attribute). O(|attrs| * |list|),
// which is a handful of names per actor.
void append_custom_attributes(
    AttrList& list, const Attributes& attrs,
    const std::function<bool(const std::string&, const AttributeValue&)>& skip = {});

// The XML Schema type both formats declare for a value: "string", "double", "long" or
// "boolean".
const char* xml_type_name(const AttributeValue& v);

// One declaration per attribute name, in the order names were first seen, typed by their
// values: a name whose values have different types is declared as string (and reported).
class AttributeSet {
  public:
    struct Declaration {
        std::string name;
        std::string id;    // id_prefix + position: "n0", "e1" (GraphML), "0", "1" (GEXF)
        std::string type;  // xml_type_name
    };

    explicit AttributeSet(std::string id_prefix) : id_prefix_(std::move(id_prefix)) {}

    // O(log names) per value.
    void add(const std::string& name, const AttributeValue& value);
    void add_all(const AttrList& attrs);

    const std::vector<Declaration>& declarations() const { return declarations_; }
    // The id of a declared name; every name of an added list is declared. O(log names).
    const std::string& id_of(const std::string& name) const;
    // Names whose values had different types (declared as string).
    const std::set<std::string>& mixed() const { return mixed_; }

  private:
    std::string id_prefix_;
    std::vector<Declaration> declarations_;
    std::map<std::string, std::size_t> index_;  // name -> position in declarations_
    std::set<std::string> mixed_;
};

// "attribute 'x' has values of different types; written as strings", once per name over
// the node and the edge declarations.
void report_mixed_types(const AttributeSet& nodes, const AttributeSet& edges,
                        const std::string& file, DiagnosticList& diags);

// "N control character(s) XML cannot hold replaced by U+FFFD" when N > 0 (xml_escape
// counts them).
void report_replaced_characters(std::size_t replaced, const std::string& file,
                                DiagnosticList& diags);

// True when the scenario has relations and every one is directed: the graph's default
// direction, so only the exceptions carry their own.
bool all_relations_directed(const Scenario& s);

}  // namespace rk::io::detail

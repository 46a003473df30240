#include "io/attribute_set.hpp"

#include <algorithm>

namespace rk::io::detail {

void append_custom_attributes(
    AttrList& list, const Attributes& attrs,
    const std::function<bool(const std::string&, const AttributeValue&)>& skip) {
    for (const auto& [name, value] : attrs) {
        if (skip && skip(name, value))
            continue;
        // Clang (the fuzz build) cannot capture a structured binding: name it first.
        const std::string& key = name;
        const bool taken = std::any_of(list.begin(), list.end(),
                                       [&](const auto& entry) { return entry.first == key; });
        if (!taken)
            list.emplace_back(name, value);
    }
}

const char* xml_type_name(const AttributeValue& v) {
    if (std::holds_alternative<std::string>(v))
        return "string";
    if (std::holds_alternative<double>(v))
        return "double";
    if (std::holds_alternative<std::int64_t>(v))
        return "long";
    return "boolean";
}

void AttributeSet::add(const std::string& name, const AttributeValue& value) {
    const char* type = xml_type_name(value);
    auto it = index_.find(name);
    if (it == index_.end()) {
        index_.emplace(name, declarations_.size());
        declarations_.push_back(
            {name, id_prefix_ + std::to_string(declarations_.size()), std::string(type)});
        return;
    }
    Declaration& d = declarations_[it->second];
    if (d.type != type) {
        // Reported whichever type came first: a number written as text reads back as text.
        mixed_.insert(name);
        d.type = "string";
    }
}

void AttributeSet::add_all(const AttrList& attrs) {
    for (const auto& [name, value] : attrs)
        add(name, value);
}

const std::string& AttributeSet::id_of(const std::string& name) const {
    return declarations_.at(index_.at(name)).id;
}

void report_mixed_types(const AttributeSet& nodes, const AttributeSet& edges,
                        const std::string& file, DiagnosticList& diags) {
    std::set<std::string> mixed = nodes.mixed();
    mixed.insert(edges.mixed().begin(), edges.mixed().end());
    for (const auto& name : mixed)
        diags.warning(file, 0, 0,
                      "attribute '" + name + "' has values of different types; written as strings");
}

void report_replaced_characters(std::size_t replaced, const std::string& file,
                                DiagnosticList& diags) {
    if (replaced > 0)
        diags.warning(
            file, 0, 0,
            std::to_string(replaced) + " control character(s) XML cannot hold replaced by U+FFFD");
}

bool all_relations_directed(const Scenario& s) {
    return !s.relations.empty() && std::all_of(s.relations.begin(), s.relations.end(),
                                               [](const Relation& r) { return r.directed; });
}

}  // namespace rk::io::detail

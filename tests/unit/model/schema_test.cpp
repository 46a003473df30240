// assets/schema/regie-case.schema.json must match the C++ format: every enum token of the
// tables in enums.cpp, and every field the writer emits, with the right type.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "model/case_io.hpp"
#include "unit/model/rich_case.hpp"

namespace rk {
namespace {

using nlohmann::json;

json load_schema() {
    std::ifstream in(std::string(RK_SOURCE_DIR) + "/assets/schema/regie-case.schema.json");
    return json::parse(in);
}

template <typename Enum>
void expect_tokens(const json& schema, const std::string& def) {
    SCOPED_TRACE(def);
    ASSERT_TRUE(schema["$defs"].contains(def));
    std::set<std::string> in_schema;
    for (const auto& t : schema["$defs"][def]["enum"])
        in_schema.insert(t.get<std::string>());
    std::set<std::string> in_code;
    for (const auto& e : entries<Enum>())
        in_code.insert(std::string(e.token));
    EXPECT_EQ(in_schema, in_code);
}

TEST(Schema, IsDraft202012WithTheFormatConstants) {
    const json s = load_schema();
    EXPECT_EQ(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    EXPECT_EQ(s["properties"]["format"]["const"], std::string(kCaseFormatName));
    // Every version this build reads is valid, the current one included.
    std::set<int> versions;
    for (const auto& v : s["properties"]["format_version"]["enum"])
        versions.insert(v.get<int>());
    std::set<int> readable;
    for (int v = kOldestCaseFormatVersion; v <= kCaseFormatVersion; ++v)
        readable.insert(v);
    EXPECT_EQ(versions, readable);
}

TEST(Schema, EveryEnumTokenOfTheCodeIsInTheSchema) {
    const json s = load_schema();
    expect_tokens<ActorType>(s, "actor_type");
    expect_tokens<Bestuurslaag>(s, "bestuurslaag");
    expect_tokens<Role>(s, "role");
    expect_tokens<DecisionMandate>(s, "decision_mandate");
    expect_tokens<PowerLevel>(s, "power_level");
    expect_tokens<Stance>(s, "stance");
    expect_tokens<Interest>(s, "interest");
    expect_tokens<LadderStep>(s, "ladder_step");
    expect_tokens<Participation>(s, "participation");
    expect_tokens<Confidence>(s, "confidence");
    expect_tokens<Layer>(s, "layer");
    expect_tokens<RegieKind>(s, "regie_kind");
    expect_tokens<Means>(s, "means");
    expect_tokens<GovernanceLevel>(s, "governance_level");
    expect_tokens<Formality>(s, "formality");
    expect_tokens<ResponsibilityBasis>(s, "responsibility_basis");
    expect_tokens<EvidenceBasis>(s, "evidence_basis");
    expect_tokens<AgreementKind>(s, "agreement_kind");
    expect_tokens<Bindingness>(s, "bindingness");
    expect_tokens<GoalDefinition>(s, "goal_definition");
    expect_tokens<GoalScope>(s, "goal_scope");
    expect_tokens<LineageKind>(s, "lineage_kind");
    expect_tokens<Dilemma>(s, "dilemma");
    expect_tokens<CopingStrategy>(s, "coping_strategy");
}

// A small validator for the keywords the schema uses; reports violations with their path.
class MiniValidator {
  public:
    explicit MiniValidator(const json& root) : root_(root) {}
    std::vector<std::string> errors;

    void check(const json& value, const json& schema, const std::string& path) {
        if (schema.contains("$ref")) {
            const std::string ref = schema["$ref"];
            return check(value, root_["$defs"][ref.substr(ref.rfind('/') + 1)], path);
        }
        if (schema.contains("const") && value != schema["const"])
            fail(path, "const");
        if (schema.contains("enum") &&
            std::find(schema["enum"].begin(), schema["enum"].end(), value) == schema["enum"].end())
            fail(path, "enum " + value.dump());
        if (schema.contains("type") && !type_ok(value, schema["type"]))
            fail(path, "type");
        if (schema.contains("minimum") && value.is_number() && value < schema["minimum"])
            fail(path, "minimum");
        if (schema.contains("maximum") && value.is_number() && value > schema["maximum"])
            fail(path, "maximum");
        if (value.is_array() && schema.contains("items"))
            for (std::size_t i = 0; i < value.size(); ++i)
                check(value[i], schema["items"], path + "/" + std::to_string(i));
        if (value.is_object())
            check_object(value, schema, path);
    }

  private:
    void check_object(const json& value, const json& schema, const std::string& path) {
        for (const auto& r : schema.value("required", json::array()))
            if (!value.contains(r.get<std::string>()))
                fail(path, "required " + r.dump());
        for (const auto& [key, v] : value.items()) {
            if (schema.contains("propertyNames"))
                check(json(key), schema["propertyNames"], path + "/" + key + " (name)");
            if (schema.contains("properties") && schema["properties"].contains(key))
                check(v, schema["properties"][key], path + "/" + key);
            else if (schema.contains("additionalProperties") &&
                     schema["additionalProperties"].is_object())
                check(v, schema["additionalProperties"], path + "/" + key);
            else if (schema.value("additionalProperties", true) == false)
                fail(path + "/" + key, "not allowed");
        }
    }
    static bool type_ok(const json& v, const json& type) {
        if (type.is_array()) {
            for (const auto& t : type)
                if (type_ok(v, t))
                    return true;
            return false;
        }
        const std::string t = type;
        return (t == "string" && v.is_string()) || (t == "number" && v.is_number()) ||
               (t == "integer" && v.is_number_integer()) || (t == "boolean" && v.is_boolean()) ||
               (t == "array" && v.is_array()) || (t == "object" && v.is_object());
    }
    void fail(const std::string& path, const std::string& what) {
        errors.push_back(path + ": " + what);
    }
    const json& root_;
};

TEST(Schema, EveryFieldTheWriterEmitsIsAllowed) {
    const json schema = load_schema();
    const json doc = json::parse(serialize_case_json(test::rich_case()));
    MiniValidator v(schema);
    v.check(doc, schema, "");
    EXPECT_TRUE(v.errors.empty()) << ::testing::PrintToString(v.errors);
}

TEST(Schema, ValidatorNoticesAnUnknownFieldAndBadToken) {
    const json schema = load_schema();
    json doc = json::parse(serialize_case_json(test::rich_case()));
    doc["scenarios"][0]["actors"][0]["colour"] = "red";
    doc["scenarios"][0]["relations"][0]["layer"] = "friendship";
    doc["scenarios"][0]["relations"][0]["evidence"]["basis"] = "hearsay";
    doc["scenarios"][0]["actors"][0]["role_evidence"]["koning"] = json::object();
    doc["scenarios"][0]["agreements"][0]["binding"] = "very";
    MiniValidator v(schema);
    v.check(doc, schema, "");
    EXPECT_EQ(v.errors.size(), 5u) << ::testing::PrintToString(v.errors);
}

}  // namespace
}  // namespace rk

// Case format version 2: evidence status, member counts and agreements, and the migration
// of version-1 files (which must keep loading, and are written back as version 2).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "model/case_io.hpp"

namespace rk {
namespace {

std::string read_file(const std::string& relative) {
    std::ifstream in(std::string(RK_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

CaseLoadResult load(std::string_view text) {
    return parse_case_json(text, "v2.regie.json");
}

bool has_error(const CaseLoadResult& r, std::string_view fragment, std::string_view path) {
    for (const auto& d : r.diagnostics.items())
        if (d.severity == Severity::Error && d.message.find(fragment) != std::string::npos &&
            d.path == path)
            return true;
    ADD_FAILURE() << "no error '" << fragment << "' at " << path << "; got:\n"
                  << r.diagnostics.to_string();
    return false;
}

// One scenario with two actors, wrapped in a version-2 case.
std::string case_with(std::string_view actor_extra, std::string_view scenario_extra) {
    return std::string(R"({"format": "regiekaart-case", "format_version": 2, "id": "c",
 "scenarios": [{"id": "s", "actors": [{"id": "a", "roles": ["regisseur"])") +
           std::string(actor_extra) + R"(}, {"id": "b"}])" + std::string(scenario_extra) + "}]}";
}

// Both files were the shipped samples when version 1 was current (commit d9782ce).
class VersionOneFile : public ::testing::TestWithParam<const char*> {};

TEST_P(VersionOneFile, LoadsWithNewFieldsAtDefaultsAndSavesAsVersionTwo) {
    const std::string text = read_file(GetParam());
    ASSERT_NE(text.find("\"format_version\": 1,"), std::string::npos) << "fixture is not v1";
    const CaseLoadResult r = load(text);
    ASSERT_TRUE(r.value) << r.diagnostics.to_string();
    const Case& c = *r.value;
    ASSERT_FALSE(c.scenarios.empty());
    for (const Scenario& s : c.scenarios) {
        EXPECT_TRUE(s.agreements.empty());
        EXPECT_FALSE(s.relations.empty());
        for (const Relation& rel : s.relations)
            EXPECT_EQ(rel.evidence, Evidence{});
        for (const Actor& a : s.actors) {
            EXPECT_TRUE(a.role_evidence.empty());
            EXPECT_FALSE(a.member_count.has_value());
        }
    }
    const std::string saved = serialize_case_json(c);
    EXPECT_NE(saved.find("\"format_version\": 2,"), std::string::npos);
    const CaseLoadResult again = load(saved);
    ASSERT_TRUE(again.value) << again.diagnostics.to_string();
    EXPECT_EQ(*again.value, c);  // nothing of the old file is lost in the migration
}

INSTANTIATE_TEST_SUITE_P(
    OldSamples, VersionOneFile,
    ::testing::Values("tests/data/model/v1/woondeal-holland-rijnland.v1.regie.json",
                      "tests/data/model/v1/vth-stelsel.v1.regie.json"));

TEST(FormatV2, EvidenceFieldsLoad) {
    const std::string text = case_with(
        R"(, "member_count": 13, "role_evidence": {"regisseur": {"basis": "modelling_choice",
            "note": "niet in de bron"}})",
        R"(, "relations": [{"id": "r", "source": "a", "target": "b", "layer": "directs",
            "evidence": {"basis": "seed", "confidence": "high"}}],
           "responsibilities": [{"id": "t", "assignments": [{"actor": "b", "responsible": true,
            "evidence": {"basis": "public_record"}}]}],
           "dilemmas": [{"dilemma": "nodig_of_willend", "basis": "seed"}])");
    const CaseLoadResult r = load(text);
    ASSERT_TRUE(r.value) << r.diagnostics.to_string();
    const Scenario& s = r.value->scenarios.at(0);
    EXPECT_EQ(s.actors[0].member_count, 13);
    EXPECT_TRUE(s.actors[0].role_evidence.at(Role::Regisseur).inferred());
    EXPECT_EQ(s.relations[0].evidence.basis, EvidenceBasis::Seed);
    EXPECT_EQ(s.relations[0].evidence.confidence, Confidence::High);
    EXPECT_FALSE(s.relations[0].evidence.inferred());
    EXPECT_EQ(s.responsibilities[0].assignments[0].evidence.basis, EvidenceBasis::PublicRecord);
    EXPECT_EQ(s.dilemmas[0].basis, EvidenceBasis::Seed);
}

TEST(FormatV2, AgreementLoadsWithItsParties) {
    const CaseLoadResult r =
        load(case_with("", R"(, "agreements": [{"id": "deal", "name": "Woondeal", "kind": "deal",
            "binding": "administrative", "signatories": ["a", "b"], "owner": "a"}])"));
    ASSERT_TRUE(r.value) << r.diagnostics.to_string();
    const Agreement& deal = r.value->scenarios.at(0).agreements.at(0);
    EXPECT_EQ(deal.kind, AgreementKind::Deal);
    EXPECT_EQ(deal.binding, Bindingness::Administrative);
    EXPECT_EQ(deal.signatories, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(deal.owner, "a");
}

TEST(FormatV2, RoleEvidenceForARoleTheActorLacksIsAnError) {
    const auto r = load(case_with(R"(, "role_evidence": {"financier": {"basis": "seed"}})", ""));
    EXPECT_TRUE(has_error(r, "not in the actor's \"roles\"",
                          "/scenarios/0/actors/0/role_evidence/financier"));
}

TEST(FormatV2, UnknownRoleAndBasisAreErrorsListingTheTokens) {
    const auto r = load(
        case_with(R"(, "role_evidence": {"koning": {}, "regisseur": {"basis": "gerucht"}})", ""));
    EXPECT_TRUE(
        has_error(r, "unknown role \"koning\"", "/scenarios/0/actors/0/role_evidence/koning"));
    EXPECT_TRUE(has_error(r, "expected one of: unknown, seed, public_record, modelling_choice",
                          "/scenarios/0/actors/0/role_evidence/regisseur/basis"));
}

TEST(FormatV2, MemberCountMustBeAPositiveWholeNumber) {
    EXPECT_TRUE(has_error(load(case_with(R"(, "member_count": 0)", "")), "whole number",
                          "/scenarios/0/actors/0/member_count"));
    EXPECT_TRUE(has_error(load(case_with(R"(, "member_count": 2.5)", "")), "whole number",
                          "/scenarios/0/actors/0/member_count"));
}

TEST(FormatV2, AgreementReferencesAndIdsAreChecked) {
    const auto r = load(
        case_with("", R"(, "agreements": [{"id": "d", "signatories": ["a", "zz"], "owner": "yy"},
                                {"id": "d", "binding": "very"}])"));
    EXPECT_TRUE(has_error(r, "agreement signatory \"zz\" is not an actor id",
                          "/scenarios/0/agreements/0/signatories/1"));
    EXPECT_TRUE(has_error(r, "agreement owner \"yy\" is not an actor id",
                          "/scenarios/0/agreements/0/owner"));
    EXPECT_TRUE(has_error(r, "duplicate agreement id \"d\"", "/scenarios/0/agreements/1"));
    EXPECT_TRUE(has_error(r, "expected one of: unknown, non_binding, administrative",
                          "/scenarios/0/agreements/1/binding"));
}

TEST(FormatV2, EvidenceRejectsUnknownFields) {
    const auto r = load(case_with(
        "", R"(, "relations": [{"id": "r", "source": "a", "target": "b", "layer": "directs",
            "evidence": {"basis": "seed", "certainty": 1}}])"));
    EXPECT_TRUE(has_error(r, "unknown field \"certainty\" in evidence",
                          "/scenarios/0/relations/0/evidence/certainty"));
}

}  // namespace
}  // namespace rk

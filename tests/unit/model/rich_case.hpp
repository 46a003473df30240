// A hand-built case with every field of case.hpp set to a non-default value, for round trips.
#pragma once

#include <cmath>
#include <limits>

#include "model/case.hpp"

namespace rk::test {

inline Provenance provenance(std::string locator) {
    return {"seeds/000_f9889e4e8f11f5b8.txt", std::move(locator),
            "\"regie\" — tussen wal en schip"};
}

inline Case rich_case() {
    Case c;
    c.id = "rich";
    c.title = "Rijke casus: één van alles";
    c.description = "Line one\nline two\twith tab, quote \" and backslash \\ and \x01 control";
    c.domain = "VTH";
    c.level = GovernanceLevel::Stelsel;
    c.goal = {"Versterken", GoalDefinition::Emergent, GoalScope::Broad};
    c.sources = {provenance("hoofdstuk 1"), {"public record", "", ""}};

    Scenario s;
    s.id = "2020";
    s.name = "Voor";
    s.date = "2020-01-01";
    s.description = "Before the programme";
    Actor a;
    a.id = "min";
    a.name = "Ministerie";
    a.short_name = "Min";
    a.type = ActorType::Ministry;
    a.bestuurslaag = Bestuurslaag::Rijk;
    a.sector = "omgeving";
    a.koker = "IenW";
    a.group = "g1";
    a.roles = {Role::Regisseur, Role::Financier};
    a.mandate = {DecisionMandate::Full, true, false};
    a.power = {PowerLevel::Unique, PowerLevel::Diffuse};
    a.stance = Stance::WaitAndSee;
    a.interest = Interest::High;
    a.ladder_step = LadderStep::Regisseren;
    a.participation = Participation::Compulsory;
    a.notes = "notities";
    a.provenance = {provenance("2.1")};
    a.confidence = Confidence::Medium;
    a.role_evidence = {{Role::Regisseur, {EvidenceBasis::Seed, Confidence::High, "citaat"}},
                       {Role::Financier, {EvidenceBasis::ModellingChoice}}};
    a.member_count = 29;
    a.attributes = {{"budget", 1.5e9},
                    {"whole_double", 3.0},
                    {"negative_zero", -0.0},
                    {"count", std::int64_t{-9007199254740993}},
                    {"big", std::int64_t{std::numeric_limits<std::int64_t>::max()}},
                    {"flag", true},
                    {"label", std::string("x/y~z")},
                    {"tiny", 5e-324}};
    Actor b;
    b.id = "odnl";
    b.name = "OmgevingsdienstNL";
    b.parent = "min";
    b.mandate.commitment_power = true;
    s.actors = {a, b};
    Relation r;
    r.id = "r1";
    r.source = "min";
    r.target = "odnl";
    r.layer = Layer::Directs;
    r.directed = true;
    r.weight = 0.1 + 0.2;
    r.details->goal = "kwaliteit";
    r.details->means = {Means::Money, Means::FormalInstrument};
    r.regie_kind = RegieKind::Rijksregie;
    r.level = GovernanceLevel::Opgave;
    r.formality = Formality::Formal;
    r.details->valid_from = "2020";
    r.details->valid_to = "2022-12-31";
    r.details->notes = "n";
    r.details->provenance = {provenance("2.2")};
    r.details->attributes = {{"k", std::string("v")}};
    r.evidence = {EvidenceBasis::ModellingChoice, Confidence::Low, "niet in de bron"};
    Relation r2;
    r2.id = "r2";
    r2.source = "odnl";
    r2.target = "odnl";
    r2.weight = -0.0;
    s.relations = {r, r2};
    Responsibility t1;
    t1.id = "t1";
    t1.task = "Toezicht";
    t1.description = "d";
    t1.assignments = {{"min", true, true, false, true, ResponsibilityBasis::Felt},
                      {"odnl", false, false, true, false, ResponsibilityBasis::Unknown}};
    t1.assignments[1].evidence = {EvidenceBasis::PublicRecord, Confidence::Unknown, ""};
    t1.provenance = {provenance("3")};
    Responsibility t2;
    t2.id = "t2";
    t2.follows = "t1";
    t2.shared = true;  // a deliberately shared task (the overlap diagnostic leaves it out)
    s.responsibilities = {t1, t2};
    s.forums = {
        {"f1", "Tafel", {{"min", true, false}, {"odnl", std::nullopt, true}}, {provenance("4")}}};
    s.groups = {{"g1", "Rijk", true}};
    s.dilemmas = {{Dilemma::FormeelOfInformeel,
                   -0.25,
                   CopingStrategy::Verbinden,
                   "bewijs",
                   {provenance("3.1")},
                   EvidenceBasis::Seed},
                  {Dilemma::NodigOfWillend, std::nullopt, CopingStrategy::Unknown, "", {}}};
    s.regie = {"wie", "netwerk", "opgave", "middelen"};
    Agreement deal;
    deal.id = "a1";
    deal.name = "Woondeal";
    deal.kind = AgreementKind::Deal;
    deal.binding = Bindingness::Administrative;
    deal.date = "2022-06";
    deal.signatories = {"min", "odnl"};
    deal.addressees = {"odnl"};
    deal.owner = "min";
    deal.notes = "getekend";
    deal.provenance = {provenance("2.1")};
    deal.evidence = {EvidenceBasis::Seed};
    s.agreements = {deal, Agreement{.id = "a2"}};
    s.positions = {{"min", {1.0 / 3.0, -2e10, true}}, {"odnl", {0, -0.0, false}}};
    s.view.color_by = "bestuurslaag";
    s.view.size_by = "betweenness";
    s.view.partition = "koker";
    s.view.visible_layers = {Layer::Directs, Layer::Funding};
    s.view.regie_overlay = false;
    s.view.zoom = 2.5;
    s.view.pan_x = -10.125;
    s.view.pan_y = 1e-7;

    Scenario s2;
    s2.id = "2022";
    Actor merged;
    merged.id = "merged";
    Actor x1, x2;
    x1.id = "x1";
    x2.id = "x2";
    s2.actors = {merged, x1, x2};
    c.scenarios = {s, s2};
    c.lineage = {{"l1",
                  LineageKind::Merge,
                  "2020",
                  "2022",
                  {"min", "odnl"},
                  {"merged"},
                  "fusie",
                  {provenance("5")}},
                 {"l2", LineageKind::New, "2020", "2022", {}, {"x1"}, "", {}}};
    return c;
}

}  // namespace rk::test

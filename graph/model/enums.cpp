#include "model/enums.hpp"

namespace rk {
namespace {

template <typename Enum, std::size_t N>
std::span<const EnumEntry<Enum>> as_span(const std::array<EnumEntry<Enum>, N>& table) {
    return {table.data(), table.size()};
}

using AT = ActorType;
constexpr std::array kActorTypes{
    EnumEntry<AT>{AT::Unknown, "unknown", "onbekend", "unknown"},
    EnumEntry<AT>{AT::Ministry, "ministry", "ministerie", "ministry"},
    EnumEntry<AT>{AT::Province, "province", "provincie", "province"},
    EnumEntry<AT>{AT::Municipality, "municipality", "gemeente", "municipality"},
    EnumEntry<AT>{AT::WaterBoard, "water_board", "waterschap", "water board"},
    EnumEntry<AT>{AT::RegionalBody, "regional_body", "regionaal orgaan", "regional body"},
    EnumEntry<AT>{AT::ImplementingAgency, "implementing_agency", "uitvoeringsorganisatie",
                  "implementing agency"},
    EnumEntry<AT>{AT::UmbrellaBody, "umbrella_body", "koepelorganisatie", "umbrella body"},
    EnumEntry<AT>{AT::Company, "company", "bedrijf", "company"},
    EnumEntry<AT>{AT::GridOperator, "grid_operator", "netbeheerder", "grid operator"},
    EnumEntry<AT>{AT::HousingCorporation, "housing_corporation", "woningcorporatie",
                  "housing corporation"},
    EnumEntry<AT>{AT::CivilSociety, "civil_society", "maatschappelijke organisatie",
                  "civil-society organisation"},
    EnumEntry<AT>{AT::KnowledgeInstitute, "knowledge_institute", "kennisinstelling",
                  "knowledge institute"},
    EnumEntry<AT>{AT::Person, "person", "persoon / onafhankelijk regisseur",
                  "person / independent regisseur"},
    EnumEntry<AT>{AT::Programme, "programme", "programma(bureau)", "programme (office)"},
    EnumEntry<AT>{AT::PublicService, "public_service", "publieke dienstverlener",
                  "public service provider"},
};

using BL = Bestuurslaag;
constexpr std::array kBestuurslagen{
    EnumEntry<BL>{BL::Unknown, "unknown", "onbekend", "unknown"},
    EnumEntry<BL>{BL::Rijk, "rijk", "Rijk", "central government"},
    EnumEntry<BL>{BL::Provincie, "provincie", "provincie", "province"},
    EnumEntry<BL>{BL::Gemeente, "gemeente", "gemeente", "municipality"},
    EnumEntry<BL>{BL::Waterschap, "waterschap", "waterschap", "water authority"},
    EnumEntry<BL>{BL::Regio, "regio", "regio", "region"},
    EnumEntry<BL>{BL::Uitvoering, "uitvoering", "uitvoering", "implementation"},
    EnumEntry<BL>{BL::Privaat, "privaat", "privaat", "private"},
    EnumEntry<BL>{BL::Maatschappelijk, "maatschappelijk", "maatschappelijk", "civil society"},
};

using R = Role;
constexpr std::array kRoles{
    EnumEntry<R>{R::Regisseur, "regisseur", "regisseur", "director (regisseur)"},
    EnumEntry<R>{R::CoordinerendRegisseur, "coordinerend_regisseur", "coördinerend regisseur",
                 "coordinating director"},
    EnumEntry<R>{R::Opdrachtgever, "opdrachtgever", "opdrachtgever", "commissioner"},
    EnumEntry<R>{R::Opdrachtnemer, "opdrachtnemer", "opdrachtnemer", "contractor"},
    EnumEntry<R>{R::Facilitator, "facilitator", "facilitator", "facilitator"},
    EnumEntry<R>{R::Financier, "financier", "financier", "funder"},
    EnumEntry<R>{R::Toezichthouder, "toezichthouder", "toezichthouder", "supervisor"},
    EnumEntry<R>{R::Uitvoerder, "uitvoerder", "uitvoerder", "implementer"},
    EnumEntry<R>{R::Adviseur, "adviseur", "adviseur", "adviser"},
    EnumEntry<R>{R::Dealmaker, "dealmaker", "dealmaker", "dealmaker"},
    EnumEntry<R>{R::Partner, "partner", "partner", "partner"},
};

using DM = DecisionMandate;
constexpr std::array kMandates{
    EnumEntry<DM>{DM::Unknown, "unknown", "onbekend", "unknown"},
    EnumEntry<DM>{DM::None, "none", "geen beslismandaat", "no decision mandate"},
    EnumEntry<DM>{DM::WithinFrame, "within_frame", "binnen kaders", "within a frame"},
    EnumEntry<DM>{DM::Full, "full", "volledig", "full"},
};

using PL = PowerLevel;
constexpr std::array kPowerLevels{
    EnumEntry<PL>{PL::Unknown, "unknown", "onbekend", "unknown"},
    EnumEntry<PL>{PL::None, "none", "geen", "none"},
    EnumEntry<PL>{PL::Diffuse, "diffuse", "diffuus (alleen als coalitie)",
                  "diffuse (only as a coalition)"},
    EnumEntry<PL>{PL::Replaceable, "replaceable", "vervangbaar", "replaceable"},
    EnumEntry<PL>{PL::Unique, "unique", "uniek", "unique"},
};

using ST = Stance;
constexpr std::array kStances{
    EnumEntry<ST>{ST::Unknown, "unknown", "onbekend", "unknown"},
    EnumEntry<ST>{ST::Proponent, "proponent", "voorstander", "proponent"},
    EnumEntry<ST>{ST::Opponent, "opponent", "tegenstander", "opponent"},
    EnumEntry<ST>{ST::WaitAndSee, "wait_and_see", "afwachtend", "wait-and-see"},
};

using IN = Interest;
constexpr std::array kInterests{
    EnumEntry<IN>{IN::Unknown, "unknown", "onbekend", "unknown"},
    EnumEntry<IN>{IN::Low, "low", "laag", "low"},
    EnumEntry<IN>{IN::Medium, "medium", "midden", "medium"},
    EnumEntry<IN>{IN::High, "high", "hoog", "high"},
};

using LS = LadderStep;
constexpr std::array kLadderSteps{
    EnumEntry<LS>{LS::Unknown, "unknown", "onbekend", "unknown"},
    EnumEntry<LS>{LS::Loslaten, "loslaten", "loslaten", "letting go"},
    EnumEntry<LS>{LS::Faciliteren, "faciliteren", "faciliteren", "facilitating"},
    EnumEntry<LS>{LS::Stimuleren, "stimuleren", "stimuleren", "stimulating"},
    EnumEntry<LS>{LS::Regisseren, "regisseren", "regisseren", "directing"},
    EnumEntry<LS>{LS::Reguleren, "reguleren", "reguleren", "regulating"},
};

using PA = Participation;
constexpr std::array kParticipations{
    EnumEntry<PA>{PA::Unknown, "unknown", "onbekend", "unknown"},
    EnumEntry<PA>{PA::Compulsory, "compulsory", "verplicht", "compulsory"},
    EnumEntry<PA>{PA::Voluntary, "voluntary", "vrijwillig", "voluntary"},
};

using CF = Confidence;
constexpr std::array kConfidences{
    EnumEntry<CF>{CF::Unknown, "unknown", "onbekend", "unknown"},
    EnumEntry<CF>{CF::Low, "low", "laag", "low"},
    EnumEntry<CF>{CF::Medium, "medium", "midden", "medium"},
    EnumEntry<CF>{CF::High, "high", "hoog", "high"},
};

using L = Layer;
constexpr std::array kLayers{
    EnumEntry<L>{L::Collaboration, "collaboration", "samenwerking", "collaboration"},
    EnumEntry<L>{L::Directs, "directs", "regie", "directs"},
    EnumEntry<L>{L::Funding, "funding", "financiering", "funding"},
    EnumEntry<L>{L::Supervision, "supervision", "toezicht", "supervision"},
    EnumEntry<L>{L::Commission, "commission", "opdracht", "commission"},
    EnumEntry<L>{L::FormalAuthority, "formal_authority", "formeel gezag", "formal authority"},
    EnumEntry<L>{L::Information, "information", "informatie", "information"},
    EnumEntry<L>{L::Representation, "representation", "vertegenwoordiging", "representation"},
    EnumEntry<L>{L::Membership, "membership", "lidmaatschap", "membership"},
    EnumEntry<L>{L::Conflict, "conflict", "conflict", "conflict"},
};

using RK = RegieKind;
constexpr std::array kRegieKinds{
    EnumEntry<RK>{RK::Unknown, "unknown", "onbekend", "unknown"},
    EnumEntry<RK>{RK::Rijksregie, "rijksregie", "rijksregie (vanuit eigen doel)",
                  "central-government regie (own goal)"},
    EnumEntry<RK>{RK::Coordinerend, "coordinerend", "coördinerende regie (tussen partijen)",
                  "coordinating regie (between parties)"},
    EnumEntry<RK>{RK::Hierarchisch, "hierarchisch", "hiërarchische aansturing",
                  "hierarchical steering"},
    EnumEntry<RK>{RK::Informeel, "informeel", "informele regie", "informal regie"},
};

using M = Means;
constexpr std::array kMeans{
    EnumEntry<M>{M::FormalInstrument, "formal_instrument", "formeel instrument",
                 "formal instrument"},
    EnumEntry<M>{M::InformalAuthority, "informal_authority", "informeel gezag",
                 "informal authority"},
    EnumEntry<M>{M::Money, "money", "geld", "money"},
    EnumEntry<M>{M::Capacity, "capacity", "capaciteit", "capacity"},
    EnumEntry<M>{M::Information, "information", "informatie", "information"},
};

using GL = GovernanceLevel;
constexpr std::array kLevels{
    EnumEntry<GL>{GL::Unknown, "unknown", "onbekend", "unknown"},
    EnumEntry<GL>{GL::Opgave, "opgave", "opgave", "task"},
    EnumEntry<GL>{GL::Stelsel, "stelsel", "stelsel", "domain system"},
    EnumEntry<GL>{GL::Systeem, "systeem", "systeem", "inter-governmental system"},
};

using FO = Formality;
constexpr std::array kFormalities{
    EnumEntry<FO>{FO::Unknown, "unknown", "onbekend", "unknown"},
    EnumEntry<FO>{FO::Formal, "formal", "formeel", "formal"},
    EnumEntry<FO>{FO::Informal, "informal", "informeel", "informal"},
};

using RB = ResponsibilityBasis;
constexpr std::array kBases{
    EnumEntry<RB>{RB::Unknown, "unknown", "onbekend", "unknown"},
    EnumEntry<RB>{RB::Formal, "formal", "formeel", "formal"},
    EnumEntry<RB>{RB::Felt, "felt", "gevoeld", "felt"},
};

using EB = EvidenceBasis;
constexpr std::array kEvidenceBases{
    EnumEntry<EB>{EB::Unknown, "unknown", "onbekend", "unknown"},
    EnumEntry<EB>{EB::Seed, "seed", "brontekst", "source text"},
    EnumEntry<EB>{EB::PublicRecord, "public_record", "openbare bron", "public record"},
    EnumEntry<EB>{EB::ModellingChoice, "modelling_choice", "modelkeuze", "modelling choice"},
};

using AK = AgreementKind;
constexpr std::array kAgreementKinds{
    EnumEntry<AK>{AK::Unknown, "unknown", "onbekend", "unknown"},
    EnumEntry<AK>{AK::Deal, "deal", "deal", "deal"},
    EnumEntry<AK>{AK::PerformanceAgreements, "performance_agreements", "prestatieafspraken",
                  "performance agreements"},
    EnumEntry<AK>{AK::QualityCriteria, "quality_criteria", "kwaliteitscriteria",
                  "quality criteria"},
    EnumEntry<AK>{AK::Agenda, "agenda", "agenda", "agenda"},
    EnumEntry<AK>{AK::Maatwerkdeal, "maatwerkdeal", "maatwerkafspraak", "tailor-made deal"},
    EnumEntry<AK>{AK::Covenant, "covenant", "convenant", "covenant"},
    EnumEntry<AK>{AK::Law, "law", "wet of regeling", "law or regulation"},
    EnumEntry<AK>{AK::Other, "other", "anders", "other"},
};

using BI = Bindingness;
constexpr std::array kBindingness{
    EnumEntry<BI>{BI::Unknown, "unknown", "onbekend", "unknown"},
    EnumEntry<BI>{BI::NonBinding, "non_binding", "niet bindend", "not binding"},
    EnumEntry<BI>{BI::Administrative, "administrative", "bestuurlijk bindend",
                  "administratively binding"},
    EnumEntry<BI>{BI::LegallyBinding, "legally_binding", "juridisch bindend", "legally binding"},
};

using GD = GoalDefinition;
constexpr std::array kGoalDefinitions{
    EnumEntry<GD>{GD::Unknown, "unknown", "onbekend", "unknown"},
    EnumEntry<GD>{GD::UpFront, "up_front", "vooraf gedefinieerd", "defined up front"},
    EnumEntry<GD>{GD::Emergent, "emergent", "gaandeweg bepaald", "emergent"},
};

using GS = GoalScope;
constexpr std::array kGoalScopes{
    EnumEntry<GS>{GS::Unknown, "unknown", "onbekend", "unknown"},
    EnumEntry<GS>{GS::Specific, "specific", "specifiek", "specific"},
    EnumEntry<GS>{GS::Broad, "broad", "breed", "broad"},
};

using LK = LineageKind;
constexpr std::array kLineageKinds{
    EnumEntry<LK>{LK::Identity, "identity", "ongewijzigd", "identity"},
    EnumEntry<LK>{LK::Rename, "rename", "hernoemd", "rename"},
    EnumEntry<LK>{LK::Merge, "merge", "fusie", "merge"},
    EnumEntry<LK>{LK::Split, "split", "splitsing", "split"},
    EnumEntry<LK>{LK::New, "new", "nieuw", "new"},
    EnumEntry<LK>{LK::Dissolved, "dissolved", "opgeheven", "dissolved"},
};

using D = Dilemma;
constexpr std::array kDilemmas{
    EnumEntry<D>{D::EigenDoelOfTussenPartijen, "eigen_doel_of_tussen_partijen",
                 "Regie vanuit eigen doel of tussen de partijen in",
                 "Regie from one's own goal or between the parties"},
    EnumEntry<D>{D::AansturingOfResponsiviteit, "aansturing_of_responsiviteit",
                 "Regie als aansturing of als responsiviteit",
                 "Regie as steering or as responsiveness"},
    EnumEntry<D>{D::NodigOfWillend, "nodig_of_willend",
                 "Netwerk met partijen die nodig zijn of die willen bijdragen",
                 "Network of parties that are needed or that want to contribute"},
    EnumEntry<D>{D::ConcentrerenOfSpreiden, "concentreren_of_spreiden",
                 "Verantwoordelijkheid concentreren of spreiden",
                 "Concentrate or spread responsibility"},
    EnumEntry<D>{D::VoorafOfGaandeweg, "vooraf_of_gaandeweg",
                 "Opgave vooraf definiëren of gaandeweg bepalen",
                 "Define the task up front or along the way"},
    EnumEntry<D>{D::SpecificerenOfVerbreden, "specificeren_of_verbreden",
                 "Opgave specificeren of verbreden", "Specify or broaden the task"},
    EnumEntry<D>{D::FormeelOfInformeel, "formeel_of_informeel",
                 "Formele sturing of informeel gezag", "Formal steering or informal authority"},
    EnumEntry<D>{D::DragenOfGelijkwaardig, "dragen_of_gelijkwaardig",
                 "Netwerk dragen of ieder gelijkwaardig laten bijdragen",
                 "Carry the network or let everyone contribute equally"},
};

using CS = CopingStrategy;
constexpr std::array kCopingStrategies{
    EnumEntry<CS>{CS::Unknown, "unknown", "onbekend", "unknown"},
    EnumEntry<CS>{CS::Kiezen, "kiezen", "kiezen", "choose"},
    EnumEntry<CS>{CS::Verbinden, "verbinden", "verbinden", "connect"},
    EnumEntry<CS>{CS::Forceren, "forceren", "forceren", "force"},
    EnumEntry<CS>{CS::Verankeren, "verankeren", "verankeren", "anchor"},
};

constexpr std::array<DilemmaPoles, kDilemmaCount> kDilemmaPoles{{
    {"regie vanuit eigen doel", "regie tussen de partijen in", "regie from own goal",
     "regie between the parties", "Wie regisseert?"},
    {"aansturing", "responsiviteit", "steering", "responsiveness", "Wie regisseert?"},
    {"partijen die nodig zijn", "partijen die willen bijdragen", "parties that are needed",
     "parties that want to contribute", "Wie worden geregisseerd?"},
    {"verantwoordelijkheid concentreren", "verantwoordelijkheid spreiden",
     "concentrate responsibility", "spread responsibility", "Wie worden geregisseerd?"},
    {"opgave vooraf definiëren", "opgave gaandeweg bepalen", "define up front",
     "determine along the way", "Waarvoor wordt geregisseerd?"},
    {"opgave specificeren", "opgave verbreden", "specify the task", "broaden the task",
     "Waarvoor wordt geregisseerd?"},
    {"formele sturing", "informeel gezag", "formal steering", "informal authority",
     "Waarmee wordt geregisseerd?"},
    {"netwerk dragen", "ieder gelijkwaardig laten bijdragen", "carry the network",
     "everyone contributes equally", "Waarmee wordt geregisseerd?"},
}};

}  // namespace

#define RK_ENUM_TABLE(Enum, table)                     \
    template <>                                        \
    std::span<const EnumEntry<Enum>> entries<Enum>() { \
        return as_span(table);                         \
    }                                                  \
    template <>                                        \
    std::string expected_tokens<Enum>() {              \
        std::string out;                               \
        for (const auto& e : table) {                  \
            if (!out.empty())                          \
                out += ", ";                           \
            out += e.token;                            \
        }                                              \
        return out;                                    \
    }

RK_ENUM_TABLE(ActorType, kActorTypes)
RK_ENUM_TABLE(Bestuurslaag, kBestuurslagen)
RK_ENUM_TABLE(Role, kRoles)
RK_ENUM_TABLE(DecisionMandate, kMandates)
RK_ENUM_TABLE(PowerLevel, kPowerLevels)
RK_ENUM_TABLE(Stance, kStances)
RK_ENUM_TABLE(Interest, kInterests)
RK_ENUM_TABLE(LadderStep, kLadderSteps)
RK_ENUM_TABLE(Participation, kParticipations)
RK_ENUM_TABLE(Confidence, kConfidences)
RK_ENUM_TABLE(Layer, kLayers)
RK_ENUM_TABLE(RegieKind, kRegieKinds)
RK_ENUM_TABLE(Means, kMeans)
RK_ENUM_TABLE(GovernanceLevel, kLevels)
RK_ENUM_TABLE(Formality, kFormalities)
RK_ENUM_TABLE(ResponsibilityBasis, kBases)
RK_ENUM_TABLE(EvidenceBasis, kEvidenceBases)
RK_ENUM_TABLE(AgreementKind, kAgreementKinds)
RK_ENUM_TABLE(Bindingness, kBindingness)
RK_ENUM_TABLE(GoalDefinition, kGoalDefinitions)
RK_ENUM_TABLE(GoalScope, kGoalScopes)
RK_ENUM_TABLE(LineageKind, kLineageKinds)
RK_ENUM_TABLE(Dilemma, kDilemmas)
RK_ENUM_TABLE(CopingStrategy, kCopingStrategies)

#undef RK_ENUM_TABLE

const DilemmaPoles& dilemma_poles(Dilemma d) {
    return kDilemmaPoles.at(static_cast<int>(d));
}

}  // namespace rk

// Closed vocabularies of the case model (DOMAIN.md section 2).
//
// Every enum has one table of {value, file token, Dutch label, English label}. The file token
// is what the native format stores; the labels are what the UI and reports show. Unknown is
// always the first value and means "the sources do not say": it is never a guess.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace rk {

enum class Language { Dutch, English };

template <typename Enum>
struct EnumEntry {
    Enum value;
    std::string_view token;  // stored in *.regie.json
    std::string_view dutch;
    std::string_view english;
};

enum class ActorType {
    Unknown,
    Ministry,
    Province,
    Municipality,
    WaterBoard,
    RegionalBody,
    ImplementingAgency,
    UmbrellaBody,
    Company,
    GridOperator,
    HousingCorporation,
    CivilSociety,
    KnowledgeInstitute,
    Person,
    Programme,
    PublicService,
};

enum class Bestuurslaag {
    Unknown,
    Rijk,
    Provincie,
    Gemeente,
    Waterschap,
    Regio,
    Uitvoering,
    Privaat,
    Maatschappelijk,
};

enum class Role {
    Regisseur,
    CoordinerendRegisseur,
    Opdrachtgever,
    Opdrachtnemer,
    Facilitator,
    Financier,
    Toezichthouder,
    Uitvoerder,
    Adviseur,
    Dealmaker,
    Partner,
};

enum class DecisionMandate { Unknown, None, WithinFrame, Full };

// Production power (productiemacht) and blocking power (blokkeermacht), seed 002.
enum class PowerLevel { Unknown, None, Diffuse, Replaceable, Unique };

enum class Stance { Unknown, Proponent, Opponent, WaitAndSee };

enum class Interest { Unknown, Low, Medium, High };

// Government participation ladder (ROB 2012, seed 003).
enum class LadderStep { Unknown, Loslaten, Faciliteren, Stimuleren, Regisseren, Reguleren };

enum class Participation { Unknown, Compulsory, Voluntary };

enum class Confidence { Unknown, Low, Medium, High };

enum class Layer {
    Collaboration,
    Directs,
    Funding,
    Supervision,
    Commission,
    FormalAuthority,
    Information,
    Representation,
    Membership,
    Conflict,
};
inline constexpr int kLayerCount = 10;

// Kind of regie on a `directs` relation (colours the regie overlay).
enum class RegieKind { Unknown, Rijksregie, Coordinerend, Hierarchisch, Informeel };

enum class Means { FormalInstrument, InformalAuthority, Money, Capacity, Information };

// Level of the three-level view (seed 000): opgave, stelsel, systeem.
enum class GovernanceLevel { Unknown, Opgave, Stelsel, Systeem };

enum class Formality { Unknown, Formal, Informal };

enum class ResponsibilityBasis { Unknown, Formal, Felt };

// How a fact in a case is known (format version 2): stated by a seed text, found in a
// public record, or chosen by the modeller where the sources are silent.
enum class EvidenceBasis { Unknown, Seed, PublicRecord, ModellingChoice };

// Agreements and instruments that parties sign or are addressed by (format version 2).
enum class AgreementKind {
    Unknown,
    Deal,
    PerformanceAgreements,
    QualityCriteria,
    Agenda,
    Maatwerkdeal,
    Covenant,
    Law,
    Other,
};

// How binding an agreement is: bestuurlijk (administrative) binds the signatories'
// administrations without legal force.
enum class Bindingness { Unknown, NonBinding, Administrative, LegallyBinding };

enum class GoalDefinition { Unknown, UpFront, Emergent };
enum class GoalScope { Unknown, Specific, Broad };

enum class LineageKind { Identity, Rename, Merge, Split, New, Dissolved };

// The eight dilemmas of regie, seed 000 chapter 3.1; each has two poles (A = -1, B = +1).
enum class Dilemma {
    EigenDoelOfTussenPartijen,
    AansturingOfResponsiviteit,
    NodigOfWillend,
    ConcentrerenOfSpreiden,
    VoorafOfGaandeweg,
    SpecificerenOfVerbreden,
    FormeelOfInformeel,
    DragenOfGelijkwaardig,
};
inline constexpr int kDilemmaCount = 8;

// Coping strategies, seed 000 section 3.3.
enum class CopingStrategy { Unknown, Kiezen, Verbinden, Forceren, Verankeren };

// Lookup. Each enum's table lives in enums.cpp; `entries<E>()` returns it.
template <typename Enum>
std::span<const EnumEntry<Enum>> entries();

template <typename Enum>
std::optional<Enum> from_token(std::string_view token) {
    for (const auto& e : entries<Enum>()) {
        if (e.token == token)
            return e.value;
    }
    return std::nullopt;
}

template <typename Enum>
std::string_view token(Enum value) {
    for (const auto& e : entries<Enum>()) {
        if (e.value == value)
            return e.token;
    }
    return "?";
}

template <typename Enum>
std::string_view label(Enum value, Language lang) {
    for (const auto& e : entries<Enum>()) {
        if (e.value == value)
            return lang == Language::Dutch ? e.dutch : e.english;
    }
    return "?";
}

// Comma-separated list of valid tokens, for "expected one of ..." messages.
template <typename Enum>
std::string expected_tokens();

// Explicit specializations, defined in enums.cpp.
template <>
std::span<const EnumEntry<ActorType>> entries<ActorType>();
template <>
std::string expected_tokens<ActorType>();
template <>
std::span<const EnumEntry<Bestuurslaag>> entries<Bestuurslaag>();
template <>
std::string expected_tokens<Bestuurslaag>();
template <>
std::span<const EnumEntry<Role>> entries<Role>();
template <>
std::string expected_tokens<Role>();
template <>
std::span<const EnumEntry<DecisionMandate>> entries<DecisionMandate>();
template <>
std::string expected_tokens<DecisionMandate>();
template <>
std::span<const EnumEntry<PowerLevel>> entries<PowerLevel>();
template <>
std::string expected_tokens<PowerLevel>();
template <>
std::span<const EnumEntry<Stance>> entries<Stance>();
template <>
std::string expected_tokens<Stance>();
template <>
std::span<const EnumEntry<Interest>> entries<Interest>();
template <>
std::string expected_tokens<Interest>();
template <>
std::span<const EnumEntry<LadderStep>> entries<LadderStep>();
template <>
std::string expected_tokens<LadderStep>();
template <>
std::span<const EnumEntry<Participation>> entries<Participation>();
template <>
std::string expected_tokens<Participation>();
template <>
std::span<const EnumEntry<Confidence>> entries<Confidence>();
template <>
std::string expected_tokens<Confidence>();
template <>
std::span<const EnumEntry<Layer>> entries<Layer>();
template <>
std::string expected_tokens<Layer>();
template <>
std::span<const EnumEntry<RegieKind>> entries<RegieKind>();
template <>
std::string expected_tokens<RegieKind>();
template <>
std::span<const EnumEntry<Means>> entries<Means>();
template <>
std::string expected_tokens<Means>();
template <>
std::span<const EnumEntry<GovernanceLevel>> entries<GovernanceLevel>();
template <>
std::string expected_tokens<GovernanceLevel>();
template <>
std::span<const EnumEntry<Formality>> entries<Formality>();
template <>
std::string expected_tokens<Formality>();
template <>
std::span<const EnumEntry<ResponsibilityBasis>> entries<ResponsibilityBasis>();
template <>
std::string expected_tokens<ResponsibilityBasis>();
template <>
std::span<const EnumEntry<EvidenceBasis>> entries<EvidenceBasis>();
template <>
std::string expected_tokens<EvidenceBasis>();
template <>
std::span<const EnumEntry<AgreementKind>> entries<AgreementKind>();
template <>
std::string expected_tokens<AgreementKind>();
template <>
std::span<const EnumEntry<Bindingness>> entries<Bindingness>();
template <>
std::string expected_tokens<Bindingness>();
template <>
std::span<const EnumEntry<GoalDefinition>> entries<GoalDefinition>();
template <>
std::string expected_tokens<GoalDefinition>();
template <>
std::span<const EnumEntry<GoalScope>> entries<GoalScope>();
template <>
std::string expected_tokens<GoalScope>();
template <>
std::span<const EnumEntry<LineageKind>> entries<LineageKind>();
template <>
std::string expected_tokens<LineageKind>();
template <>
std::span<const EnumEntry<Dilemma>> entries<Dilemma>();
template <>
std::string expected_tokens<Dilemma>();
template <>
std::span<const EnumEntry<CopingStrategy>> entries<CopingStrategy>();
template <>
std::string expected_tokens<CopingStrategy>();

struct DilemmaPoles {
    std::string_view pole_a_nl, pole_b_nl, pole_a_en, pole_b_en;
    std::string_view element_nl;  // wie regisseert / wie worden geregisseerd / waarvoor / waarmee
};
const DilemmaPoles& dilemma_poles(Dilemma d);

}  // namespace rk

// The shared words of the HTML and PDF reports (report_text.hpp).
#include "export/report_text.hpp"

namespace rk::exporter::detail {

std::string diagnostic_explanation(const std::string& id, Language L) {
    struct E {
        const char *id, *nl, *en;
    };
    static const E kE[] = {
        {"eilandenrijk",
         "Eilandenrijk: te veel partijen die niet tot samenwerking komen; het netwerk valt uiteen "
         "in eilanden.",
         "Eilandenrijk (archipelago): too many parties that do not come to cooperation; the "
         "network falls apart "
         "into islands."},
        {"poolse_landdag",
         "Poolse landdag: partijen ontmoeten elkaar wel, maar niemand kan besluiten; een dicht "
         "overleg zonder doorzettingsmacht.",
         "Poolse landdag (Polish diet): parties do meet, but nobody can decide; a dense forum "
         "without doorzettingsmacht (the "
         "power to push decisions through)."},
        {"verkokering",
         "Verkokering: partijen denken vanuit hun eigen kolom; relaties blijven binnen kokers.",
         "Verkokering (silos): parties think only from their own column; ties stay inside "
         "columns."},
        {"overlap",
         "Overlap: veel partijen met overlappende bevoegdheden of rollen, met kans op "
         "disfunctioneel conflict.",
         "Overlap: many parties with overlapping competences or roles, risking dysfunctional "
         "conflict."},
        {"tussen_wal_en_schip",
         "Tussen wal en schip: een taak of overdracht in de keten waar niemand verantwoordelijk "
         "voor is.",
         "Tussen wal en schip (falling through the cracks): a task or hand-over in the chain that "
         "nobody owns."},
        {"vele_handen", "Probleem van de vele handen: iedereen verantwoordelijk, dus niemand.",
         "Problem of many hands: everyone responsible, so nobody is."},
        {"multiple_regie",
         "Meervoudige regie: actoren die door twee of meer regisseurs worden aangestuurd; wie "
         "regisseert het geheel?",
         "Multiple regie: actors directed by two or more regisseurs; who directs the whole?"},
        {"ladder_mismatch",
         "Participatieladder: de gekozen trede (bijv. regisseren) past niet bij de relaties "
         "(bijv. geen uitgaande regie).",
         "Participation ladder: the chosen step (e.g. regisseren) does not match the relations "
         "(e.g. no outgoing regie)."},
        {"symmetry_commitment",
         "Symmetrie en commitment aan tafel: zonder beide is succesvolle samenwerking niet "
         "mogelijk; mandaten of opschalen kunnen nodig zijn.",
         "Symmetry and commitment at the table: without both no successful cooperation is "
         "possible; mandates or escalation may be needed."},
    };
    for (const auto& e : kE)
        if (id == e.id)
            return L == Language::Dutch ? e.nl : e.en;
    return "";
}

const std::vector<KeyMetric>& key_metrics() {
    static const std::vector<KeyMetric> kKeys = {
        {"nodes", "actoren", "actors", "", ""},
        {"edges", "relaties (paren)", "ties (pairs)", "over alle lagen samengevoegd",
         "merged over all layers"},
        {"density", "dichtheid", "density",
         "aandeel van alle mogelijke paren dat een relatie heeft",
         "share of all possible pairs that have a tie"},
        {"components", "componenten", "components", "losse delen van het netwerk",
         "separate parts of the network"},
        {"isolates", "geïsoleerde actoren", "isolates", "actoren zonder enige relatie",
         "actors without any tie"},
        {"fragmentation", "fragmentatie F", "fragmentation F",
         "0 = één geheel, 1 = volledig uiteengevallen (Borgatti)",
         "0 = one whole, 1 = completely fallen apart (Borgatti)"},
        {"distance_weighted_fragmentation", "afstandsgewogen fragmentatie",
         "distance-weighted fragmentation", "1 - globale efficiëntie", "1 - global efficiency"},
        {"centralization.betweenness", "centralisatie (betweenness)",
         "centralization (betweenness)", "hoe sterk één actor de verbindingen monopoliseert",
         "how strongly one actor monopolises the connections"},
        {"centralization.degree", "centralisatie (degree)", "centralization (degree)", "", ""},
        {"regie.regisseurs", "regisseurs", "regisseurs", "", ""},
        {"regie.multiply_directed", "actoren met 2+ regisseurs", "actors with 2+ regisseurs", "",
         ""},
        {"regie.undirected_actors", "actoren buiten alle regie", "actors outside all regie", "",
         ""},
        {"regie.hierarchy", "hiërarchie (Krackhardt)", "hierarchy (Krackhardt)",
         "van de regielaag; 1 = strikt hiërarchisch",
         "of the directs layer; 1 = strictly hierarchical"},
        {"regie.lub", "gemeenschappelijke regisseur (LUB)", "least-upper-boundedness",
         "1 = elk paar heeft een gemeenschappelijke regisseur om naar op te schalen",
         "1 = every pair has a common regisseur to escalate to"},
    };
    return kKeys;
}

}  // namespace rk::exporter::detail

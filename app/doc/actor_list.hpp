// A list of actors pasted from a spreadsheet or a text (one actor per line), read without any
// window so that the canvas's Ctrl+V and the tests share one reading.
//
// Each non-empty line is one actor. Tab-separated columns map to name, short name, type and
// bestuurslaag: by the header row when the first line is one (Dutch or English header words,
// e.g. "Naam\tAfkorting\tBestuurslaag"), otherwise in that order. Type and bestuurslaag cells
// accept the file token and the Dutch and English labels, in any case.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/enums.hpp"

namespace rk::doc {

struct ListedActor {
    std::string name;
    std::string short_name;
    ActorType type = ActorType::Unknown;
    Bestuurslaag bestuurslaag = Bestuurslaag::Unknown;
    bool operator==(const ListedActor&) const = default;
};

struct ActorList {
    std::vector<ListedActor> actors;
    bool header = false;  // the first line was read as a header row
    // "regel 3, kolom 2: ..." for cells that were not understood (the actor is still made,
    // with that attribute unknown); one line per problem, in Dutch and English.
    std::vector<std::string> warnings;
};

// Linear in the length of the text. Never fails: lines without a name are skipped with a
// warning, unknown enum labels become Unknown with a warning.
ActorList parse_actor_list(std::string_view text);

}  // namespace rk::doc

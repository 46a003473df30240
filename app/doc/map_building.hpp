// The edits behind building a map on the canvas in a meeting: a new case, an actor where
// the pointer is, a relation drawn from one actor to another, a pasted list of actors in a
// grid, and aligning a selection. All without a window, so the tests check them exactly;
// every edit is one undo step through Document::execute.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "doc/actor_list.hpp"
#include "doc/camera.hpp"
#include "doc/command.hpp"
#include "doc/document.hpp"
#include "model/case.hpp"

namespace rk::doc {

// An empty case with one empty scenario ("Nieuwe casus" / "New case"), ready to draw on.
Case new_case(Language lang);

// A readable id for an actor named `name` that no actor or relation of any scenario of `c`
// uses: "Gemeente Leiden" -> "gemeente-leiden" (then "gemeente-leiden-2", ...). Only ASCII
// letters and digits are kept; a name without any gives "actor-N". O(actors + relations).
std::string actor_id_for_name(const Case& c, std::string_view name);

// Adds an actor called `name` at world position `at` (one step). nullptr for an empty name.
CommandPtr add_actor_at(const Case& c, const std::string& scenario, std::string_view name,
                        Position at);

// A relation from `source` to `target` in `layer`, drawn by the user: directed unless the
// layer is one of mutual ties (collaboration, conflict, membership, representation is
// directed). nullptr when an end is unknown or both ends are the same actor.
CommandPtr draw_relation(const Case& c, const std::string& scenario, const std::string& source,
                         const std::string& target, Layer layer);
// Whether a relation drawn in `layer` gets an arrow (used by draw_relation and the popup).
bool layer_directed_by_default(Layer layer);

// `n` points in a grid of rows and columns (columns = ceil(sqrt(n))), `spacing` apart and
// centred on `centre`, row by row; rounded to 0.1 like a drag. O(n).
std::vector<Vec2d> grid_positions(std::size_t n, Vec2d centre, double spacing);

// Adds one actor per listed actor at grid_positions(...) around `centre` and selects them
// all: one undo step. Returns the new ids (empty when the list is empty).
std::vector<std::string> paste_actors(Document& doc, const std::vector<ListedActor>& list,
                                      Vec2d centre, double spacing);

enum class Alignment { Horizontal, Vertical };
// Puts the actors `ids` on one line: Horizontal = one row (every y becomes the mean y),
// Vertical = one column (every x becomes the mean x). Actors without a stored position are
// left where the canvas places them. nullptr when fewer than two actors have a position or
// nothing would move. O(ids * log positions).
CommandPtr align_actors(const Case& c, const std::string& scenario,
                        const std::vector<std::string>& ids, Alignment how);

}  // namespace rk::doc

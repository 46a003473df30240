// Building a map directly on the canvas (issue 13): a new actor where you point (double-click
// or N) with an inline name field, relations drawn with R (click source, click target) or by
// dragging the handle on an actor's rim, a popup to set the new relation's layer and
// direction, right-click menus, and pasting a list of actors. Every change is one command
// through Document::execute; the canvas only asks this object first whether it takes a click.
#pragma once

#include <string>

#include <imgui.h>

#include "doc/camera.hpp"
#include "model/case.hpp"

namespace rk::gui {

class CanvasView;
struct CanvasContext;

class CanvasGestures {
  public:
    // Called by the canvas before its own click handling; true when this frame's left click
    // or drag belongs to a gesture (the canvas then neither selects nor drags).
    bool handle_input(CanvasContext& ctx, CanvasView& view, bool canvas_hovered);
    // Draws the gesture's feedback (rubber band, rim handle, hint) and its popups and the
    // inline name field, inside the canvas window.
    void draw(CanvasContext& ctx, CanvasView& view, ImDrawList* dl);

    // N: a new actor at the pointer (or the middle of the view when the pointer is not on it).
    void new_actor_at_pointer(CanvasView& view);
    // R: relation mode on or off.
    void toggle_relation_mode();

    // An action the context menu asks the App to run (by action id, e.g. "act_merge"), so the
    // menu, the key and the Scenario menu share one registration. Empty when none.
    std::string requested_action;
    bool relation_mode() const { return relation_mode_; }
    // Ctrl+V: one actor per line of `text` in a grid at the pointer. Returns a message for
    // the status bar in `lang` (how many, and the first problem), empty when nothing to say.
    std::string paste(CanvasContext& ctx, CanvasView& view, const char* text);
    // True while the inline name field is open (the app keeps its keys away from it).
    bool editing() const { return editor_open_; }
    // A gesture is under way (a field, a chosen source, a drag, the relation popup): the
    // canvas keeps its hover tooltip away.
    bool busy() const {
        return editor_open_ || rim_drag_ || !source_.empty() || open_relation_popup_;
    }

  private:
    void open_editor(doc::Vec2d world, std::string rename_id = {});
    void draw_editor(CanvasContext& ctx, CanvasView& view);
    void commit_editor(CanvasContext& ctx);
    void finish_relation(CanvasContext& ctx, const std::string& source, const std::string& target);
    void draw_relation_popup(CanvasContext& ctx, CanvasView& view);
    void draw_rim_handle(CanvasView& view, ImDrawList* dl);
    void draw_context_menus(CanvasContext& ctx, CanvasView& view);
    void actor_menu(CanvasContext& ctx, const Scenario& s, const Actor& a);
    void relation_menu(CanvasContext& ctx, const Relation& r);
    doc::Vec2d pointer_or_centre(CanvasView& view) const;

    // Pointer as of the last frame.
    doc::Vec2d pointer_screen_{};
    bool pointer_on_canvas_ = false;

    double last_click_time_ = -1.0;  // the previous left click on the canvas, for double-clicks
    doc::Vec2d last_click_{};

    // Inline name field: for a new actor at `editor_world_`, or renaming `editor_rename_`.
    bool editor_open_ = false;
    bool editor_focus_ = false;
    bool editor_tab_ = false;
    int editor_serial_ = 0;  // a fresh widget id per field, so Tab starts with an empty one
    doc::Vec2d editor_world_{};
    std::string editor_rename_;
    std::string editor_text_;

    // Relation drawing: R mode (click, click) or a drag from the rim handle.
    bool relation_mode_ = false;
    std::string source_;     // chosen source actor, empty = none yet
    bool rim_drag_ = false;  // dragging from the rim handle of `rim_actor_`
    std::string rim_actor_;  // actor whose handle is shown
    Layer last_layer_ = Layer::Collaboration;
    std::string new_relation_;  // relation whose popup is (to be) open
    bool open_relation_popup_ = false;

    // Right-click menus: what was under the pointer, and where (world).
    std::string menu_actor_, menu_relation_;
    doc::Vec2d menu_world_{};
    bool open_menu_ = false;
};

}  // namespace rk::gui

// The network canvas: the actors and relations of the current scenario drawn on the GPU,
// with pan, zoom, selection, dragging, labels (level of detail), legend, ego view, groups
// and the regie overlay. It reads the document and reports intent: every change of the
// data goes through Document::execute.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include <imgui.h>

#include "analytics/analysis.hpp"
#include "doc/camera.hpp"
#include "doc/document.hpp"
#include "doc/edge_pick.hpp"
#include "doc/finding_cause.hpp"
#include "doc/label_lod.hpp"
#include "doc/spatial_grid.hpp"
#include "doc/style.hpp"
#include "gui/canvas_gestures.hpp"
#include "gui/renderer.hpp"
#include "gui/view_state.hpp"
#include "layout/clear_spot.hpp"

namespace rk::gui {

struct CanvasContext {
    doc::Document& doc;
    Language lang = Language::Dutch;
    bool dark = false;
    const analytics::AnalysisResult* analysis = nullptr;  // of the current scenario, or null
    bool presenting = false;
    const CanvasDisplay& display;  // toggles and highlight, owned by the App
};

class CanvasView {
  public:
    // Draws in the current ImGui window at the cursor, filling `size`.
    void draw(CanvasContext& ctx, ImVec2 size);

    void fit() { fit_requested_ = true; }
    void fly_to(const std::string& actor_id);
    void reset_for_new_document();
    // Test hook: writes "actor_id x y" (window pixels) for every actor node shown, when
    // they differ from what was last written. Returns true when it wrote.
    bool write_screen_positions(const std::string& path);
    // The visible window (camera, canvas origin and size in pixels), for "export the current
    // view" (export_dialog.cpp).
    const doc::Camera& camera() const { return cam_; }
    doc::Vec2d view_origin() const { return origin_; }
    doc::Vec2d view_size() const { return size_; }
    // GUI tests (issue 19): once after each fit, "fit view W H legend X0 Y0 X1 Y1" and one
    // "fit actor X0 Y0 X1 Y1 NAME" per node (its mark and name), in canvas pixels; else empty.
    std::vector<std::string> take_fit_report();

    // `move` is called every frame while the user drags actor nodes (world coordinates), and
    // `end` once when the drag ends; the drag is committed as one undo step through
    // Document::execute as well. Null functions = nobody listens (the live layout listens).
    using DragMove = std::function<void(const std::string& actor_id, double x, double y)>;
    void listen_to_drags(DragMove move, std::function<void()> end) {
        on_node_drag_ = std::move(move);
        on_node_drag_end_ = std::move(end);
    }

    // Draws the listed actors at these world positions instead of the scenario's, without a
    // document change (a live layout); null = scenario positions again. The vector must stay
    // alive until the next call; call again whenever its contents changed. Only the instance
    // positions are rewritten: ids are resolved to actors once and reused while the list
    // keeps the same ids in the same order. Unknown ids are ignored.
    void set_live_positions(const std::vector<std::pair<std::string, doc::Vec2d>>* positions);

    // For the gestures and the finding overlay (canvas_queries.cpp): what is under a point of
    // the screen and where an actor is drawn, as of the last frame. Empty / nullopt = none.
    std::string actor_at(doc::Vec2d screen) const;
    std::string relation_at(const Scenario& s, doc::Vec2d screen);
    std::optional<doc::Vec2d> actor_on_screen(const std::string& id) const;
    double actor_radius_px(const std::string& id) const;
    // The marks and names drawn with labels this frame, in screen pixels: what an agreement
    // hub must not cover (layout::clear_spot). Empty while names are hidden.
    std::vector<layout::Rect> drawn_marks_and_names(const CanvasContext& ctx) const;
    doc::Vec2d screen_to_world(doc::Vec2d s) const { return to_world(s); }
    doc::Vec2d world_to_screen(doc::Vec2d w) const { return to_screen(w); }
    double zoom() const { return cam_.zoom; }
    CanvasGestures& gestures() { return gestures_; }

    // Counters of the last frame, for the status bar and the benchmark.
    struct Stats {
        int nodes = 0, edges = 0, labels = 0;
        double build_ms = 0;  // rebuilding model and/or instances (only when something changed)
        double model_ms = 0;  // the last rebuild of the model (on a change of the data)
        double style_ms = 0;  // the last rebuild of the instances (data, selection or styling)
        double draw_ms = 0;   // all of the canvas's CPU work in the last frame
        int builds = 0;       // instance rebuilds so far (none while nothing changes)
    };
    const Stats& stats() const { return stats_; }

  private:
    struct DisplayNode {
        int actor = -1;     // index into scenario.actors, or -1 for a collapsed group
        std::string group;  // group id for a collapsed group
        doc::Vec2d pos;
        float radius = 14;
        std::uint32_t color = 0;
        doc::Shape shape = doc::Shape::Circle;
        const char* badge = "";
        std::string label;
        bool dimmed = false;
        int members = 1;  // actors in a collapsed group
    };
    struct DisplayEdge {
        int a = 0, b = 0;   // display nodes
        int relation = -1;  // index into scenario.relations, -1 for an aggregate
        Layer layer = Layer::Collaboration;
        int count = 1;
        float offset = 0;  // pixels sideways, so parallel edges between one pair stay apart
    };
    enum : char { kMarkSelected = 1, kMarkHighlighted = 2 };

    void draw_frame(CanvasContext& ctx, ImVec2 size);
    // The model (display nodes and edges) follows the data; all lookups by id happen here,
    // once per change, so that styling and drawing work on indices only.
    void rebuild_model(const Scenario& s);
    void index_actors(const Scenario& s);
    std::vector<doc::Vec2d> actor_positions(const Scenario& s) const;
    void build_display_nodes(const Scenario& s);
    void build_display_edges(const Scenario& s);
    void fan_out_parallel_edges();
    // Instances follow the styling: selection, highlights, colours, sizes, ego view.
    void rebuild_instances(CanvasContext& ctx, const Scenario& s);
    void update_coloring(CanvasContext& ctx, const Scenario& s);
    void collect_marks(CanvasContext& ctx, const Scenario& s);
    void mark_actor(const std::string& id, char bit);
    void mark_cycles(const std::vector<std::vector<std::string>>& cycles, const Scenario& s);
    std::vector<char> ego_set(CanvasContext& ctx, const Scenario& s) const;
    void rebuild_node_grid();
    void rebuild_edge_instances(CanvasContext& ctx, const Scenario& s);
    void rank_label_candidates();
    // Hover changes only the flags of two nodes: no rebuild.
    void set_hovered(int node);
    // The relation edge within a few pixels of `world` (display edge index), or -1.
    int pick_edge(doc::Vec2d world);
    // Moves display nodes to the scenario positions overridden by the live positions.
    void apply_live_positions();
    // Display node positions from actor positions (groups at the centroid of their members).
    void place_nodes(const std::vector<doc::Vec2d>& actor_pos);
    // Rewrites only the positions in the node and edge instances (and the picking grid).
    void update_instance_positions();
    void handle_input(CanvasContext& ctx, const Scenario& s, ImVec2 origin, ImVec2 size);
    void commit_drag(CanvasContext& ctx, const Scenario& s);
    static float label_font_size(const CanvasContext& ctx);
    doc::LabelBox label_box(const DisplayNode& n, ImFont* font, float fs) const;
    void declutter_labels(ImFont* font, float fs, std::size_t must_show);
    // Chooses the labelled nodes for this view (cached while view and geometry stay).
    void plan_labels(const CanvasContext& ctx, ImVec2 origin, ImVec2 size);
    void draw_labels(CanvasContext& ctx, ImDrawList* dl);
    struct LegendRow {
        std::string text;
        int kind;  // 0 colour swatch, 1 edge sample, 2 shape, 3 header
        std::uint32_t color;
        float width;
        bool dashed;
        doc::Shape shape;
    };
    // Rows of the legend from exactly what rebuild_instances drew, and its size on screen.
    void build_legend(CanvasContext& ctx);
    void draw_legend(CanvasContext& ctx, ImDrawList* dl, ImVec2 origin, ImVec2 size);
    ImVec2 legend_corner(ImVec2 origin, ImVec2 size) const;  // its top left on screen
    // When the canvas moves or changes size, the network stays where it was on the screen;
    // only a selected actor that the smaller canvas would hide is brought back inside.
    void keep_in_place(const doc::Selection& selection, doc::Vec2d new_origin, doc::Vec2d new_size);
    static void render_callback(const ImDrawList* list, const ImDrawCmd* cmd);
    doc::Vec2d to_screen(doc::Vec2d w) const;
    void fit_labels_horizontally(double reserve);  // after a fit: whole names in view
    doc::Vec2d to_world(doc::Vec2d s) const;

    GraphRenderer renderer_;
    bool gl_ready_ = false;
    bool gl_failed_ = false;
    doc::Camera cam_;
    doc::Vec2d origin_{}, size_{};
    float fb_scale_ = 1;

    // Cache keys: rebuild the model when the data changed, instances when styling did.
    std::uint64_t model_revision_ = ~0ull;
    std::string model_scenario_;
    std::uint64_t instance_key_ = ~0ull;
    bool fit_requested_ = true;
    bool have_fitted_ = false;
    bool fit_report_pending_ = false;
    bool legend_shown_ = true;  // as last drawn: the fit report names the legend
    bool labels_shown_ = true;  // and the names

    std::vector<DisplayNode> nodes_;
    std::vector<DisplayEdge> edges_;
    std::vector<int> display_of_actor_;
    std::vector<doc::Vec2d> model_pos_;  // per actor, from the scenario (or placed)
    const std::vector<std::pair<std::string, doc::Vec2d>>* live_ = nullptr;
    bool live_dirty_ = false;
    std::vector<int> live_actor_;  // actor index of each live entry, -1 when unknown
    std::unordered_map<std::string, int> actor_index_;
    std::vector<std::string> actor_ids_;              // scenario order, as of the last rebuild
    std::vector<int> actors_by_id_;                   // actor indices sorted by id
    std::vector<std::pair<int, int>> relation_ends_;  // actor indices per relation, -1 unknown
    // Neighbours of actor i over visible layers: neighbours_[neighbour_start_[i] ..
    // neighbour_start_[i+1]).
    std::vector<int> neighbour_start_;
    std::vector<int> neighbours_;
    std::vector<char> actor_marks_;     // kMark* bits per actor
    std::vector<char> relation_marks_;  // kMark* bits per relation
    doc::SpatialGrid grid_;
    doc::EdgeGrid edge_grid_;  // built on the first click after the positions changed
    bool edge_grid_dirty_ = true;
    doc::LabelPlanner labels_;
    struct LabelView {
        double cx = 0, cy = 0, zoom = 0, w = 0, h = 0;
        std::uint64_t geometry = ~0ull;
        int hovered = -1;
        bool operator==(const LabelView&) const = default;
    } label_view_;
    std::vector<int> label_nodes_;        // what draw_labels shows for label_view_
    std::vector<char> label_text_shown_;  // per label_nodes_ entry: text not hidden by overlap
    float label_font_size_ = 0;           // the font size label_nodes_ was decluttered for
    std::uint64_t geometry_version_ = 0;  // counts changes of instances or positions
    doc::Coloring coloring_;
    std::uint64_t coloring_key_ = ~0ull;
    std::set<Layer> drawn_layers_;
    std::set<RegieKind> drawn_kinds_;
    bool drawn_inferred_ = false;  // some drawn relation is a modelling choice (legend row)
    std::set<doc::Shape> drawn_shapes_;
    std::vector<LegendRow> legend_rows_;
    ImVec2 legend_size_{0, 0};
    std::vector<NodeInstance> node_instances_;
    std::vector<EdgeInstance> edge_instances_;

    // Interaction state.
    int hovered_ = -1;
    enum class Drag { None, Pan, Nodes, Box } drag_ = Drag::None;
    doc::Vec2d drag_start_world_{};
    doc::Vec2d box_start_{}, box_end_{};
    std::vector<std::pair<std::string, doc::Vec2d>> drag_origin_;  // actor id, start pos
    bool drag_moved_ = false;
    doc::Vec2d drag_delta_{};  // world offset last applied, so an unmoved frame does nothing
    // Dragged actors (actor index, world position) drawn over the document's positions until
    // the release commits them as one step: a drag frame rewrites instance positions only,
    // never rebuilds the model (350 ms at 100k nodes).
    std::vector<std::pair<int, doc::Vec2d>> drag_now_;
    bool flying_ = false;
    doc::Camera fly_target_;
    std::string pending_fly_;
    Stats stats_;
    std::string last_positions_;
    CanvasGestures gestures_;  // building the map: new actors, drawn relations, menus
    DragMove on_node_drag_;
    std::function<void()> on_node_drag_end_;
};

}  // namespace rk::gui

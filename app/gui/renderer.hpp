// GPU drawing of the network: one instanced draw for nodes (shapes from a signed distance
// function in the fragment shader) and one per edge batch (quads with arrowheads). The
// canvas fills the instance arrays only when the data or the styling changed; a frame
// costs a few uniforms and draw calls however many nodes there are.
#pragma once

#include <cstdint>
#include <vector>

namespace rk::gui {

struct NodeInstance {
    float x, y;           // world position
    float radius;         // world units
    std::uint32_t color;  // RGBA8 (IM_COL32 layout)
    std::uint32_t flags;  // NodeFlag bits; shape in the low two bits
};

enum NodeFlag : std::uint32_t {
    kNodeSelected = 1u << 2,
    kNodeHighlighted = 1u << 3,
    kNodeDimmed = 1u << 4,
    kNodeHovered = 1u << 5,
    kNodeGroup = 1u << 6,  // a collapsed group: drawn with a double outline
};

struct EdgeInstance {
    float ax, ay, bx, by;  // world positions of source and target centres
    std::uint32_t color;
    float width;          // pixels
    float source_radius;  // world units (the edge starts at the source's outline)
    float target_radius;  // world units (the arrow tip touches the target's outline)
    float offset;         // pixels, sideways (keeps A->B and B->A apart)
    std::uint32_t flags;  // EdgeFlag bits
};

enum EdgeFlag : std::uint32_t {
    kEdgeArrow = 1u << 0,
    kEdgeDashed = 1u << 1,
    kEdgeDimmed = 1u << 2,
    kEdgeSelected = 1u << 3,
    kEdgeHighlighted = 1u << 4,
};

struct ViewUniforms {
    float center_x, center_y;  // world point at the canvas centre
    float zoom;                // pixels per world unit
    float width, height;       // canvas size in framebuffer pixels
    float pixel_scale;         // framebuffer pixels per logical pixel (HiDPI)
    float min_node_px;         // nodes never shrink below this radius in pixels
    std::uint32_t select_color, highlight_color, outline_color;
};

class GraphRenderer {
  public:
    GraphRenderer() = default;
    ~GraphRenderer();
    GraphRenderer(const GraphRenderer&) = delete;
    GraphRenderer& operator=(const GraphRenderer&) = delete;

    // Compiles shaders and creates buffers; needs a current OpenGL 3.3 context.
    bool init();
    void upload_nodes(const std::vector<NodeInstance>& nodes);
    // Rewrites one node already uploaded (a hover change) without sending the others.
    void update_node(std::size_t index, const NodeInstance& node);
    // Edges in draw order (the regie overlay last, so it lies on top); drawn before nodes.
    void upload_edges(const std::vector<EdgeInstance>& edges);
    // Draws into the current framebuffer viewport (set by the caller).
    void draw(const ViewUniforms& u) const;
    const char* error() const { return error_; }

  private:
    unsigned node_program_ = 0, edge_program_ = 0;
    unsigned quad_vbo_ = 0;
    unsigned node_vao_ = 0, node_vbo_ = 0;
    unsigned edge_vao_ = 0, edge_vbo_ = 0;
    std::size_t node_count_ = 0, edge_count_ = 0;
    std::size_t node_capacity_ = 0, edge_capacity_ = 0;
    const char* error_ = nullptr;
};

}  // namespace rk::gui

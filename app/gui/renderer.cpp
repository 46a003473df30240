#include "gui/renderer.hpp"

#include <glad/gl.h>

#include <cstddef>
#include <cstdio>

namespace rk::gui {

namespace {

constexpr const char* kCommon = R"(#version 330 core
uniform vec2 u_center;
uniform float u_zoom;
uniform vec2 u_viewport;
uniform float u_scale;
uniform float u_min_px;
vec4 to_clip(vec2 screen_px) {
    vec2 ndc = screen_px / (u_viewport * 0.5);
    return vec4(ndc.x, -ndc.y, 0.0, 1.0);
}
)";

constexpr const char* kNodeVs = R"(
layout(location = 0) in vec2 a_corner;
layout(location = 1) in vec3 i_pos_radius;
layout(location = 2) in vec4 i_color;
layout(location = 3) in uint i_flags;
out vec2 v_local;
out vec4 v_color;
out float v_radius;
flat out uint v_flags;
void main() {
    float r = max(i_pos_radius.z * u_zoom, u_min_px * u_scale);
    float pad = r + 7.0 * u_scale;
    v_local = a_corner * pad;
    v_color = i_color;
    v_radius = r;
    v_flags = i_flags;
    gl_Position = to_clip((i_pos_radius.xy - u_center) * u_zoom + v_local);
}
)";

constexpr const char* kNodeFs = R"(#version 330 core
in vec2 v_local;
in vec4 v_color;
in float v_radius;
flat in uint v_flags;
uniform vec4 u_select;
uniform vec4 u_highlight;
uniform vec4 u_outline;
uniform float u_scale;
out vec4 frag;
float sd_shape(vec2 p, float r, uint shape) {
    if (shape == 1u) return (abs(p.x) + abs(p.y) - r * 1.25) * 0.7071;          // diamond
    if (shape == 2u) { vec2 d = abs(p) - vec2(r * 0.86); return max(d.x, d.y); } // square
    if (shape == 3u) {                                                          // triangle
        const float k = 1.7320508;
        p.y = -p.y + r * 0.25;
        p.x = abs(p.x) - r * 1.1;
        p.y = p.y + r * 1.1 / k;
        if (p.x + k * p.y > 0.0) p = vec2(p.x - k * p.y, -k * p.x - p.y) / 2.0;
        p.x -= clamp(p.x, -2.2 * r, 0.0);
        return -length(p) * sign(p.y);
    }
    return length(p) - r;
}
void main() {
    uint shape = v_flags & 3u;
    float d = sd_shape(v_local, v_radius, shape);
    float aa = 0.75;
    float fill_a = clamp(0.5 - d / aa, 0.0, 1.0);
    float border = 1.2 * u_scale;
    vec3 rgb = v_color.rgb;
    // Outline: a darker band inside the edge of the shape.
    float in_border = clamp(0.5 - (-d - border) / aa, 0.0, 1.0);
    rgb = mix(rgb, u_outline.rgb, in_border * u_outline.a);
    if ((v_flags & 64u) != 0u) {  // group: inner ring
        float ring = abs(d + v_radius * 0.35) - 1.0 * u_scale;
        rgb = mix(rgb, u_outline.rgb, clamp(0.5 - ring / aa, 0.0, 1.0));
    }
    vec4 col = vec4(rgb, v_color.a * fill_a);
    // Selection or highlight: a ring just outside the shape.
    vec4 ring_col = vec4(0.0);
    if ((v_flags & 4u) != 0u) ring_col = u_select;
    else if ((v_flags & 8u) != 0u) ring_col = u_highlight;
    else if ((v_flags & 32u) != 0u) ring_col = vec4(u_select.rgb, 0.55);
    if (ring_col.a > 0.0) {
        float rd = abs(d - 3.5 * u_scale) - 1.6 * u_scale;
        float ra = clamp(0.5 - rd / aa, 0.0, 1.0) * ring_col.a;
        col = vec4(mix(col.rgb * col.a, ring_col.rgb, ra) / max(col.a + ra * (1.0 - col.a), 1e-4),
                   col.a + ra * (1.0 - col.a));
    }
    if ((v_flags & 16u) != 0u) col.a *= 0.18;
    if (col.a <= 0.003) discard;
    frag = col;
}
)";

constexpr const char* kEdgeVs = R"(
layout(location = 0) in vec2 a_corner;  // x in {0,1} along, y in {-1,1} across
layout(location = 1) in vec4 i_ab;
layout(location = 2) in vec4 i_color;
layout(location = 3) in vec4 i_style;  // width px, source radius, target radius, offset px
layout(location = 4) in uint i_flags;
out vec2 v_uv;
out float v_len;
out float v_width;
out vec4 v_color;
flat out uint v_flags;
void main() {
    vec2 a = (i_ab.xy - u_center) * u_zoom;
    vec2 b = (i_ab.zw - u_center) * u_zoom;
    vec2 d = b - a;
    float l = length(d);
    vec2 dir = l > 1e-5 ? d / l : vec2(1.0, 0.0);
    vec2 n = vec2(-dir.y, dir.x);
    float off = i_style.w * u_scale;
    float rs = max(i_style.y * u_zoom, u_min_px * u_scale);
    float rt = max(i_style.z * u_zoom, u_min_px * u_scale);
    // Pull the ends in to the outlines; with a sideways offset the outline is met earlier.
    float back_t = sqrt(max(rt * rt - off * off, 0.0)) + 1.5 * u_scale;
    float back_s = sqrt(max(rs * rs - off * off, 0.0));
    a += n * off + dir * back_s;
    b += n * off - dir * back_t;
    float len = max(length(b - a), 0.0);
    if (dot(b - a, dir) < 0.0) len = 0.0;
    float w = i_style.x * u_scale;
    bool arrow = (i_flags & 1u) != 0u;
    float half_w = max(w * 0.5, arrow ? max(4.5 * u_scale, w * 1.7) : 0.0) + 1.5;
    float u = a_corner.x * (len + 2.0) - 1.0;
    float v = a_corner.y * half_w;
    v_uv = vec2(u, v);
    v_len = len;
    v_width = w;
    v_color = i_color;
    v_flags = i_flags;
    gl_Position = to_clip(a + dir * u + n * v);
}
)";

constexpr const char* kEdgeFs = R"(#version 330 core
in vec2 v_uv;
in float v_len;
in float v_width;
in vec4 v_color;
flat in uint v_flags;
uniform float u_scale;
uniform vec4 u_select;
uniform vec4 u_highlight;
out vec4 frag;
void main() {
    if (v_len <= 0.5) discard;
    float u = v_uv.x, v = abs(v_uv.y);
    float w = v_width;
    if ((v_flags & 8u) != 0u) w += 2.0 * u_scale;
    float d;
    bool arrow = (v_flags & 1u) != 0u;
    float alen = max(10.0 * u_scale, w * 3.2);
    float ahalf = max(4.5 * u_scale, w * 1.7);
    if (arrow && u > v_len - alen) {
        float half_at = (v_len - u) / alen * ahalf;
        d = max(v - half_at, u - v_len);
    } else {
        d = max(v - w * 0.5, max(-u, u - v_len));
        if ((v_flags & 2u) != 0u && mod(u, 10.0 * u_scale) > 6.0 * u_scale) discard;
    }
    float a = clamp(0.5 - d / 0.8, 0.0, 1.0);
    vec4 col = v_color;
    if ((v_flags & 8u) != 0u) col = vec4(u_select.rgb, 1.0);
    else if ((v_flags & 16u) != 0u) col = vec4(u_highlight.rgb, 1.0);
    col.a *= a;
    if ((v_flags & 4u) != 0u) col.a *= 0.12;
    if (col.a <= 0.003) discard;
    frag = col;
}
)";

unsigned compile(GLenum type, const char* const* parts, int count, const char** error) {
    unsigned s = glCreateShader(type);
    glShaderSource(s, count, parts, nullptr);
    glCompileShader(s);
    int ok = 0;
    glGetShaderiv(s, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[2048];
        glGetShaderInfoLog(s, sizeof log, nullptr, log);
        std::fprintf(stderr, "regiekaart: shader: %s\n", log);
        *error = "shader compilation failed";
        glDeleteShader(s);
        return 0;
    }
    return s;
}

unsigned link(const char* vs_body, const char* fs, const char** error) {
    const char* vparts[] = {kCommon, vs_body};
    const char* fparts[] = {fs};
    unsigned v = compile(GL_VERTEX_SHADER, vparts, 2, error);
    unsigned f = compile(GL_FRAGMENT_SHADER, fparts, 1, error);
    if (!v || !f)
        return 0;
    unsigned p = glCreateProgram();
    glAttachShader(p, v);
    glAttachShader(p, f);
    glLinkProgram(p);
    glDeleteShader(v);
    glDeleteShader(f);
    int ok = 0;
    glGetProgramiv(p, GL_LINK_STATUS, &ok);
    if (!ok) {
        *error = "shader link failed";
        glDeleteProgram(p);
        return 0;
    }
    return p;
}

void set_color(unsigned program, const char* name, std::uint32_t c) {
    glUniform4f(glGetUniformLocation(program, name), float(c & 255) / 255.f,
                float((c >> 8) & 255) / 255.f, float((c >> 16) & 255) / 255.f,
                float((c >> 24) & 255) / 255.f);
}

void set_view(unsigned program, const ViewUniforms& u) {
    glUniform2f(glGetUniformLocation(program, "u_center"), u.center_x, u.center_y);
    glUniform1f(glGetUniformLocation(program, "u_zoom"), u.zoom * u.pixel_scale);
    glUniform2f(glGetUniformLocation(program, "u_viewport"), u.width, u.height);
    glUniform1f(glGetUniformLocation(program, "u_scale"), u.pixel_scale);
    glUniform1f(glGetUniformLocation(program, "u_min_px"), u.min_node_px);
    set_color(program, "u_select", u.select_color);
    set_color(program, "u_highlight", u.highlight_color);
    set_color(program, "u_outline", u.outline_color);
}

}  // namespace

GraphRenderer::~GraphRenderer() {
    if (node_program_)
        glDeleteProgram(node_program_);
    if (edge_program_)
        glDeleteProgram(edge_program_);
    unsigned buffers[] = {quad_vbo_, node_vbo_, edge_vbo_};
    glDeleteBuffers(3, buffers);
    unsigned arrays[] = {node_vao_, edge_vao_};
    glDeleteVertexArrays(2, arrays);
}

bool GraphRenderer::init() {
    node_program_ = link(kNodeVs, kNodeFs, &error_);
    edge_program_ = link(kEdgeVs, kEdgeFs, &error_);
    if (!node_program_ || !edge_program_)
        return false;

    glGenBuffers(1, &quad_vbo_);
    glGenBuffers(1, &node_vbo_);
    glGenBuffers(1, &edge_vbo_);
    glGenVertexArrays(1, &node_vao_);
    glGenVertexArrays(1, &edge_vao_);

    // Nodes: a quad from -1..1 as a triangle strip.
    const float quad[] = {-1, -1, 1, -1, -1, 1, 1, 1,   // node corners
                          0,  -1, 1, -1, 0,  1, 1, 1};  // edge corners
    glBindBuffer(GL_ARRAY_BUFFER, quad_vbo_);
    glBufferData(GL_ARRAY_BUFFER, sizeof quad, quad, GL_STATIC_DRAW);

    glBindVertexArray(node_vao_);
    glBindBuffer(GL_ARRAY_BUFFER, quad_vbo_);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    glBindBuffer(GL_ARRAY_BUFFER, node_vbo_);
    const auto ns = static_cast<GLsizei>(sizeof(NodeInstance));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, ns,
                          reinterpret_cast<void*>(offsetof(NodeInstance, x)));
    glVertexAttribDivisor(1, 1);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, ns,
                          reinterpret_cast<void*>(offsetof(NodeInstance, color)));
    glVertexAttribDivisor(2, 1);
    glEnableVertexAttribArray(3);
    glVertexAttribIPointer(3, 1, GL_UNSIGNED_INT, ns,
                           reinterpret_cast<void*>(offsetof(NodeInstance, flags)));
    glVertexAttribDivisor(3, 1);

    glBindVertexArray(edge_vao_);
    glBindBuffer(GL_ARRAY_BUFFER, quad_vbo_);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, reinterpret_cast<void*>(8 * sizeof(float)));
    glBindBuffer(GL_ARRAY_BUFFER, edge_vbo_);
    const auto es = static_cast<GLsizei>(sizeof(EdgeInstance));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, es,
                          reinterpret_cast<void*>(offsetof(EdgeInstance, ax)));
    glVertexAttribDivisor(1, 1);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, es,
                          reinterpret_cast<void*>(offsetof(EdgeInstance, color)));
    glVertexAttribDivisor(2, 1);
    glEnableVertexAttribArray(3);
    glVertexAttribPointer(3, 4, GL_FLOAT, GL_FALSE, es,
                          reinterpret_cast<void*>(offsetof(EdgeInstance, width)));
    glVertexAttribDivisor(3, 1);
    glEnableVertexAttribArray(4);
    glVertexAttribIPointer(4, 1, GL_UNSIGNED_INT, es,
                           reinterpret_cast<void*>(offsetof(EdgeInstance, flags)));
    glVertexAttribDivisor(4, 1);
    glBindVertexArray(0);
    return true;
}

void GraphRenderer::upload_nodes(const std::vector<NodeInstance>& nodes) {
    glBindBuffer(GL_ARRAY_BUFFER, node_vbo_);
    const auto bytes = static_cast<GLsizeiptr>(nodes.size() * sizeof(NodeInstance));
    if (nodes.size() > node_capacity_) {
        glBufferData(GL_ARRAY_BUFFER, bytes, nodes.data(), GL_DYNAMIC_DRAW);
        node_capacity_ = nodes.size();
    } else if (!nodes.empty()) {
        glBufferSubData(GL_ARRAY_BUFFER, 0, bytes, nodes.data());
    }
    node_count_ = nodes.size();
}

void GraphRenderer::update_node(std::size_t index, const NodeInstance& node) {
    if (index >= node_count_)
        return;
    glBindBuffer(GL_ARRAY_BUFFER, node_vbo_);
    glBufferSubData(GL_ARRAY_BUFFER, static_cast<GLintptr>(index * sizeof(NodeInstance)),
                    static_cast<GLsizeiptr>(sizeof(NodeInstance)), &node);
}

void GraphRenderer::upload_edges(const std::vector<EdgeInstance>& edges) {
    glBindBuffer(GL_ARRAY_BUFFER, edge_vbo_);
    const auto bytes = static_cast<GLsizeiptr>(edges.size() * sizeof(EdgeInstance));
    if (edges.size() > edge_capacity_) {
        glBufferData(GL_ARRAY_BUFFER, bytes, edges.data(), GL_DYNAMIC_DRAW);
        edge_capacity_ = edges.size();
    } else if (!edges.empty()) {
        glBufferSubData(GL_ARRAY_BUFFER, 0, bytes, edges.data());
    }
    edge_count_ = edges.size();
}

void GraphRenderer::draw(const ViewUniforms& u) const {
    if (!node_program_)
        return;
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    if (edge_count_) {
        glUseProgram(edge_program_);
        set_view(edge_program_, u);
        glBindVertexArray(edge_vao_);
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(edge_count_));
    }
    if (node_count_) {
        glUseProgram(node_program_);
        set_view(node_program_, u);
        glBindVertexArray(node_vao_);
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, static_cast<GLsizei>(node_count_));
    }
    glBindVertexArray(0);
    glUseProgram(0);
}

}  // namespace rk::gui

// Engine names, label boxes, the index graph built from a scenario, components and packing.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "layout/detail.hpp"
#include "layout/layout.hpp"

namespace rk::layout {

namespace {
struct EngineName {
    LayoutEngine engine;
    std::string_view name;
};
constexpr EngineName kEngineNames[] = {
    {LayoutEngine::Dot, "dot"},
    {LayoutEngine::Neato, "neato"},
    {LayoutEngine::Sfdp, "sfdp"},
    {LayoutEngine::Fdp, "fdp"},
    {LayoutEngine::Circo, "circo"},
    {LayoutEngine::Twopi, "twopi"},
    {LayoutEngine::ForceAtlas2, "forceatlas2"},
    {LayoutEngine::Stress, "stress"},
    {LayoutEngine::Swimlanes, "swimlanes"},
    {LayoutEngine::PowerInterest, "power-interest"},
};
}  // namespace

std::string_view engine_name(LayoutEngine e) {
    for (const auto& n : kEngineNames)
        if (n.engine == e)
            return n.name;
    return "?";
}

std::optional<LayoutEngine> engine_from_name(std::string_view name) {
    for (const auto& n : kEngineNames)
        if (n.name == name)
            return n.engine;
    if (name == "fa2")
        return LayoutEngine::ForceAtlas2;
    if (name == "powerinterest")
        return LayoutEngine::PowerInterest;
    return std::nullopt;
}

std::string expected_engine_names() {
    std::string s;
    for (const auto& n : kEngineNames) {
        if (!s.empty())
            s += ", ";
        s += n.name;
    }
    return s;
}

bool is_graphviz(LayoutEngine e) {
    switch (e) {
        case LayoutEngine::Dot:
        case LayoutEngine::Neato:
        case LayoutEngine::Sfdp:
        case LayoutEngine::Fdp:
        case LayoutEngine::Circo:
        case LayoutEngine::Twopi:
            return true;
        default:
            return false;
    }
}

Box default_label_box(const Actor& actor) {
    const std::string_view text = display_name(actor);
    // Count code points, not bytes: Dutch names carry diacritics (UTF-8 continuation bytes
    // are 10xxxxxx).
    std::size_t chars = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80)
            ++chars;
    chars = std::min<std::size_t>(chars, 40);  // long names are elided by the renderer
    return Box{std::max(40.0, 6.5 * static_cast<double>(chars) + 16.0), 28.0};
}

LayoutGraph build_layout_graph(const Scenario& scenario, const std::vector<Layer>& layers,
                               std::vector<std::string>* warnings) {
    return build_layout_graph(ScenarioIndex(scenario), layers, warnings);
}

LayoutGraph build_layout_graph(const ScenarioIndex& index, const std::vector<Layer>& layers,
                               std::vector<std::string>* warnings) {
    LayoutGraph g;
    g.ids = index.actor_ids();
    std::vector<bool> want(kLayerCount, layers.empty());
    for (Layer l : layers)
        want[static_cast<std::size_t>(l)] = true;

    std::vector<std::pair<std::pair<int, int>, double>> raw;
    raw.reserve(static_cast<std::size_t>(index.relation_count()));
    int dangling = 0;
    for (int r = 0; r < index.relation_count(); ++r) {
        if (!want[static_cast<std::size_t>(index.layer(r))])
            continue;
        const ScenarioIndex::Ends e = index.ends(r);
        if (!e.known()) {
            ++dangling;
            continue;
        }
        if (e.self_loop())
            continue;  // a self-loop carries no layout information
        int a = std::min(e.source, e.target), b = std::max(e.source, e.target);
        const double weight = index.weight(r);
        double w = std::isfinite(weight) && weight > 0 ? weight : 1.0;
        raw.push_back({{a, b}, w});
    }
    if (dangling && warnings)
        warnings->push_back(std::to_string(dangling) +
                            " relation(s) refer to unknown actors and were ignored");
    std::sort(raw.begin(), raw.end(),
              [](const auto& x, const auto& y) { return x.first < y.first; });
    for (const auto& [e, w] : raw) {
        if (!g.edges.empty() && g.edges.back() == e) {
            g.weights.back() += w;
        } else {
            g.edges.push_back(e);
            g.weights.push_back(w);
        }
    }
    return g;
}

namespace detail {

Csr make_csr(const LayoutGraph& g) {
    const int n = g.node_count();
    Csr c;
    c.offset.assign(static_cast<std::size_t>(n) + 1, 0);
    for (auto [a, b] : g.edges) {
        ++c.offset[static_cast<std::size_t>(a) + 1];
        ++c.offset[static_cast<std::size_t>(b) + 1];
    }
    for (int i = 0; i < n; ++i)
        c.offset[i + 1] += c.offset[i];
    c.target.resize(g.edges.size() * 2);
    c.weight.resize(g.edges.size() * 2);
    std::vector<int> fill(c.offset.begin(), c.offset.end() - 1);
    for (std::size_t e = 0; e < g.edges.size(); ++e) {
        auto [a, b] = g.edges[e];
        double w = e < g.weights.size() ? g.weights[e] : 1.0;
        c.target[fill[a]] = b;
        c.weight[fill[a]++] = w;
        c.target[fill[b]] = a;
        c.weight[fill[b]++] = w;
    }
    return c;
}

void bfs(const Csr& csr, int source, std::vector<int>& dist, std::vector<int>& queue) {
    std::fill(dist.begin(), dist.end(), -1);
    queue.clear();
    dist[source] = 0;
    queue.push_back(source);
    for (std::size_t h = 0; h < queue.size(); ++h) {
        int u = queue[h];
        for (int e = csr.offset[u]; e < csr.offset[u + 1]; ++e) {
            int v = csr.target[e];
            if (dist[v] < 0) {
                dist[v] = dist[u] + 1;
                queue.push_back(v);
            }
        }
    }
}

std::vector<int> components(const LayoutGraph& g, int* count) {
    const int n = g.node_count();
    std::vector<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    for (auto [a, b] : g.edges) {
        int ra = find(a), rb = find(b);
        if (ra != rb)
            parent[std::max(ra, rb)] = std::min(ra, rb);
    }
    std::vector<int> comp(n, -1), id_of_root(n, -1);
    int c = 0;
    for (int i = 0; i < n; ++i) {
        int r = find(i);
        if (id_of_root[r] < 0)
            id_of_root[r] = c++;
        comp[i] = id_of_root[r];
    }
    if (count)
        *count = c;
    return comp;
}

void pack_components(const LayoutGraph& g, std::vector<Vec2>& pos, const std::vector<bool>& fixed,
                     const std::vector<Box>& boxes, double gap) {
    int nc = 0;
    std::vector<int> comp = components(g, &nc);
    if (nc <= 1)
        return;
    struct Block {
        double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
        int size = 0;
        bool fixed = false;
        double dx = 0, dy = 0;
    };
    std::vector<Block> blocks(static_cast<std::size_t>(nc));
    for (int i = 0; i < g.node_count(); ++i) {
        Block& b = blocks[comp[i]];
        double hw = boxes.empty() ? 0 : boxes[i].width / 2,
               hh = boxes.empty() ? 0 : boxes[i].height / 2;
        b.x0 = std::min(b.x0, pos[i].x - hw);
        b.x1 = std::max(b.x1, pos[i].x + hw);
        b.y0 = std::min(b.y0, pos[i].y - hh);
        b.y1 = std::max(b.y1, pos[i].y + hh);
        ++b.size;
        if (!fixed.empty() && fixed[i])
            b.fixed = true;
    }
    // Fixed components keep their place; the others are shelved below them.
    double base_y = -1e300, min_x = 1e300;
    bool any_fixed = false;
    double area = 0;
    for (const auto& b : blocks) {
        area += (b.x1 - b.x0 + gap) * (b.y1 - b.y0 + gap);
        if (b.fixed) {
            any_fixed = true;
            base_y = std::max(base_y, b.y1 + 4 * gap);
            min_x = std::min(min_x, b.x0);
        }
    }
    if (!any_fixed) {
        base_y = 0;
        min_x = 0;
    }
    std::vector<int> order;
    for (int c = 0; c < nc; ++c)
        if (!blocks[c].fixed)
            order.push_back(c);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return blocks[a].size != blocks[b].size ? blocks[a].size > blocks[b].size : a < b;
    });
    double row_width = std::max(std::sqrt(area) * 1.2, 1.0);
    double x = min_x, y = base_y, row_h = 0;
    for (int c : order) {
        Block& b = blocks[c];
        double w = b.x1 - b.x0, h = b.y1 - b.y0;
        if (x > min_x && x + w > min_x + row_width) {
            x = min_x;
            y += row_h + 2 * gap;
            row_h = 0;
        }
        b.dx = x - b.x0;
        b.dy = y - b.y0;
        x += w + 2 * gap;
        row_h = std::max(row_h, h);
    }
    for (int i = 0; i < g.node_count(); ++i) {
        const Block& b = blocks[comp[i]];
        if (b.fixed)
            continue;
        pos[i].x += b.dx;
        pos[i].y += b.dy;
    }
}

}  // namespace detail
}  // namespace rk::layout

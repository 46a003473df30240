// ForceAtlas2 (Jacomy, Venturini, Heymann, Bastian 2014) with a Barnes-Hut quadtree.
//
// Determinism with threads: the quadtree is built serially; every node's repulsion is a pure
// function of the (read-only) tree and the node, written to the node's own slot, so the
// partition over threads cannot change it. Global sums (swing, traction) are reduced per
// fixed chunk, then over chunks in order.
#include <algorithm>
#include <cmath>
#include <mutex>
#include <numeric>
#include <unordered_map>

#include "layout/detail.hpp"
#include "layout/layout.hpp"

namespace rk::layout {

namespace {

constexpr int kLeafBucket = 8;      // bodies per leaf: fewer cells, better cache use
constexpr int kMaxDepth = 48;       // coincident points end in one leaf
constexpr int kChunk = 2048;        // nodes per parallel chunk (fixed: determinism)
constexpr int kParallelMin = 4096;  // below this, threads cost more than they save

struct Cell {
    double cx = 0, cy = 0;  // centre of mass
    double mass = 0;
    double size = 0;         // side length of the square
    int begin = 0, end = 0;  // bodies perm[begin, end)
    int child = -1;          // first of up to 4 consecutive children; -1 = leaf
    int nchild = 0;
};

// Quadtree over the bodies, stored in one vector; bodies reordered in `perm` so that every
// cell owns a contiguous range (also the traversal order: neighbours in space are
// neighbours in memory).
struct QuadTree {
    std::vector<Cell> cells;
    std::vector<int> perm;
    std::vector<int> rank;  // rank[body] = position in perm
    // Body data copied in perm order: leaf loops read memory sequentially instead of
    // chasing perm indices (the main cost at 100k nodes is cache misses).
    std::vector<double> bx, by, bm;

    void build(const std::vector<double>& x, const std::vector<double>& y,
               const std::vector<double>& mass, const std::vector<int>& bodies) {
        cells.clear();
        perm = bodies;
        if (perm.empty())
            return;
        double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
        for (int b : perm) {
            x0 = std::min(x0, x[b]);
            x1 = std::max(x1, x[b]);
            y0 = std::min(y0, y[b]);
            y1 = std::max(y1, y[b]);
        }
        double size = std::max({x1 - x0, y1 - y0, 1e-9});
        cells.reserve(perm.size() / 2 + 16);
        cells.push_back({});
        build_cell(0, 0, static_cast<int>(perm.size()), x0, y0, size, 0, x, y, mass);
        if (rank.size() < x.size())
            rank.resize(x.size());
        const std::size_t nb = perm.size();
        bx.resize(nb);
        by.resize(nb);
        bm.resize(nb);
        for (std::size_t i = 0; i < nb; ++i) {
            rank[perm[i]] = static_cast<int>(i);
            bx[i] = x[perm[i]];
            by[i] = y[perm[i]];
            bm[i] = mass[perm[i]];
        }
    }

    void build_cell(int ci, int begin, int end, double x0, double y0, double size, int depth,
                    const std::vector<double>& x, const std::vector<double>& y,
                    const std::vector<double>& mass) {
        {
            Cell& c = cells[ci];
            c.begin = begin;
            c.end = end;
            c.size = size;
        }
        if (end - begin <= kLeafBucket || depth >= kMaxDepth) {
            double m = 0, sx = 0, sy = 0;
            for (int k = begin; k < end; ++k) {
                int b = perm[k];
                m += mass[b];
                sx += mass[b] * x[b];
                sy += mass[b] * y[b];
            }
            Cell& c = cells[ci];
            c.mass = m;
            c.cx = m > 0 ? sx / m : x0 + size / 2;
            c.cy = m > 0 ? sy / m : y0 + size / 2;
            return;
        }
        double mx = x0 + size / 2, my = y0 + size / 2;
        auto first = perm.begin() + begin, last = perm.begin() + end;
        auto mid_y = std::partition(first, last, [&](int b) { return y[b] < my; });
        auto q1 = std::partition(first, mid_y, [&](int b) { return x[b] < mx; });
        auto q3 = std::partition(mid_y, last, [&](int b) { return x[b] < mx; });
        int bounds[5] = {begin, static_cast<int>(q1 - perm.begin()),
                         static_cast<int>(mid_y - perm.begin()),
                         static_cast<int>(q3 - perm.begin()), end};
        double ox[4] = {x0, mx, x0, mx}, oy[4] = {y0, y0, my, my};
        int nonempty = 0;
        for (int q = 0; q < 4; ++q)
            if (bounds[q + 1] > bounds[q])
                ++nonempty;
        int first_child = static_cast<int>(cells.size());
        cells.resize(cells.size() + static_cast<std::size_t>(nonempty));
        cells[ci].child = first_child;
        cells[ci].nchild = nonempty;
        int k = first_child;
        for (int q = 0; q < 4; ++q) {
            if (bounds[q + 1] == bounds[q])
                continue;
            build_cell(k++, bounds[q], bounds[q + 1], ox[q], oy[q], size / 2, depth + 1, x, y,
                       mass);
        }
        double m = 0, sx = 0, sy = 0;
        for (int c = first_child; c < first_child + nonempty; ++c) {
            m += cells[c].mass;
            sx += cells[c].mass * cells[c].cx;
            sy += cells[c].mass * cells[c].cy;
        }
        Cell& c = cells[ci];
        c.mass = m;
        c.cx = m > 0 ? sx / m : mx;
        c.cy = m > 0 ? sy / m : my;
    }
};

}  // namespace

struct ForceLayout::Impl {
    LayoutGraph graph;
    detail::Csr csr;
    ForceOptions opt;
    int n = 0;
    int threads = 1;

    // State in internal units, touched only by the stepping thread.
    std::vector<double> x, y, dx, dy, odx, ody, mass;
    std::vector<char> fixed;
    std::vector<double> anchor_x, anchor_y;
    std::vector<char> anchored;
    std::vector<double> band_lo, band_hi;  // -inf/+inf when free
    std::vector<double> gravity_y;         // gravity pulls to (0, gravity_y): lane centre
    std::vector<std::vector<int>> groups;
    std::vector<int> bodies;  // all nodes, the quadtree's input
    QuadTree tree;
    double speed = 1.0, speed_efficiency = 1.0;
    int calm_iterations = 0;

    // Shared with other threads.
    mutable std::mutex mutex;
    std::vector<Vec2> published;  // diagram units
    std::vector<char> published_fixed;
    struct Edit {
        enum Kind { Move, Pin, Unpin } kind;
        int node;
        double x, y;
        bool pin;
    };
    std::vector<Edit> edits;
    std::atomic<bool> done{false};
    std::atomic<int> iterations{0};
    // Id -> node: the scenario's index when built from one (node i = index actor i), else a
    // map of the prepared graph's ids (benchmarks and tests only).
    std::shared_ptr<const ScenarioIndex> scenario_index;
    std::unordered_map<std::string, int> own_index;

    int node_of(const std::string& id) const {
        if (scenario_index)
            return scenario_index->find(id);
        auto it = own_index.find(id);
        return it == own_index.end() ? -1 : it->second;
    }
    bool valid(int node) const { return node >= 0 && node < n; }

    void init_common() {
        n = graph.node_count();
        csr = detail::make_csr(graph);
        threads = detail::thread_count(opt.threads);
        x.assign(n, 0);
        y.assign(n, 0);
        dx.assign(n, 0);
        dy.assign(n, 0);
        odx.assign(n, 0);
        ody.assign(n, 0);
        mass.assign(n, 1);
        fixed.assign(n, 0);
        anchored.assign(n, 0);
        anchor_x.assign(n, 0);
        anchor_y.assign(n, 0);
        band_lo.assign(n, -HUGE_VAL);
        band_hi.assign(n, HUGE_VAL);
        gravity_y.assign(n, 0);
        for (int i = 0; i < n; ++i)
            mass[i] = 1.0 + (csr.offset[i + 1] - csr.offset[i]);
        bodies.resize(n);
        std::iota(bodies.begin(), bodies.end(), 0);
        if (!scenario_index) {
            own_index.reserve(static_cast<std::size_t>(n) * 2);
            for (int i = 0; i < n; ++i)
                own_index.emplace(graph.ids[i], i);
        }
    }

    // Start positions: given ones (has[i]) stay; the others are placed in breadth-first
    // order near the mean of their already placed neighbours, or at a seeded random spot in
    // a square that fits the graph's expected extent.
    void place(std::vector<char> has) {
        detail::Rng rng(opt.seed);
        double side = std::sqrt(static_cast<double>(std::max(n, 1))) * 3.0;
        std::vector<int> queue;
        for (int i = 0; i < n; ++i)
            if (has[i])
                queue.push_back(i);
        std::size_t head = 0;
        auto settle_near = [&](int v) {
            double sx = 0, sy = 0;
            int k = 0;
            for (int e = csr.offset[v]; e < csr.offset[v + 1]; ++e) {
                int u = csr.target[e];
                if (!has[u])
                    continue;
                sx += x[u];
                sy += y[u];
                ++k;
            }
            x[v] = sx / k + (rng.uniform() - 0.5) * 2.0;
            y[v] = sy / k + (rng.uniform() - 0.5) * 2.0;
            has[v] = 1;
            queue.push_back(v);
        };
        for (int start = 0; start <= n; ++start) {
            while (head < queue.size()) {
                int u = queue[head++];
                for (int e = csr.offset[u]; e < csr.offset[u + 1]; ++e) {
                    int v = csr.target[e];
                    if (!has[v])
                        settle_near(v);
                }
            }
            if (start == n)
                break;
            if (!has[start]) {
                x[start] = (rng.uniform() - 0.5) * side;
                y[start] = (rng.uniform() - 0.5) * side;
                has[start] = 1;
                queue.push_back(start);
            }
        }
    }

    void publish() {
        std::lock_guard lock(mutex);
        published.resize(n);
        published_fixed.assign(fixed.begin(), fixed.end());
        for (int i = 0; i < n; ++i)
            published[i] = {x[i] * opt.unit, y[i] * opt.unit};
    }

    void apply_edits() {
        std::vector<Edit> todo;
        {
            std::lock_guard lock(mutex);
            todo.swap(edits);
        }
        for (const Edit& e : todo) {
            switch (e.kind) {
                case Edit::Move:
                    x[e.node] = e.x / opt.unit;
                    y[e.node] = e.y / opt.unit;
                    odx[e.node] = ody[e.node] = 0;
                    if (e.pin)
                        fixed[e.node] = 1;
                    break;
                case Edit::Pin:
                    fixed[e.node] = 1;
                    break;
                case Edit::Unpin:
                    fixed[e.node] = 0;
                    break;
            }
        }
        if (!todo.empty()) {
            // The picture changed under the forces: let it settle again, a little faster.
            done = false;
            calm_iterations = 0;
            speed = std::max(speed, 1.0);
        }
    }

    // Repulsion of body i from the tree (Barnes-Hut); writes dx[i], dy[i].
    void repulse(int i) {
        const double kr = opt.scaling;
        const double theta2 = opt.theta * opt.theta;
        const double xi = x[i], yi = y[i], mi = mass[i];
        const int ri = tree.rank[i];
        double fx = 0, fy = 0;
        int stack[4 * kMaxDepth + 8];
        int sp = 0;
        stack[sp++] = 0;
        while (sp) {
            const Cell& c = tree.cells[stack[--sp]];
            if (c.child < 0) {
                for (int k = c.begin; k < c.end; ++k) {
                    if (k == ri)
                        continue;
                    double ddx = xi - tree.bx[k], ddy = yi - tree.by[k];
                    double d2 = ddx * ddx + ddy * ddy;
                    if (d2 < 1e-12) {
                        // Coincident: a fixed tiny push keeps them apart deterministically.
                        ddx = (i < tree.perm[k] ? 1e-3 : -1e-3);
                        ddy = 0;
                        d2 = 1e-6;
                    }
                    double f = kr * mi * tree.bm[k] / d2;
                    fx += ddx * f;
                    fy += ddy * f;
                }
                continue;
            }
            double ddx = xi - c.cx, ddy = yi - c.cy;
            double d2 = ddx * ddx + ddy * ddy;
            bool inside = ri >= c.begin && ri < c.end;
            if (!inside && c.size * c.size < theta2 * d2) {
                double f = kr * mi * c.mass / d2;
                fx += ddx * f;
                fy += ddy * f;
                continue;
            }
            for (int k = c.child + c.nchild - 1; k >= c.child; --k)
                stack[sp++] = k;
        }
        dx[i] = fx;
        dy[i] = fy;
    }

    void repulse_exact(int i) {
        double fx = 0, fy = 0;
        for (int j = 0; j < n; ++j) {
            if (j == i)
                continue;
            double ddx = x[i] - x[j], ddy = y[i] - y[j];
            double d2 = ddx * ddx + ddy * ddy;
            if (d2 < 1e-12) {
                ddx = (i < j ? 1e-3 : -1e-3);
                ddy = 0;
                d2 = 1e-6;
            }
            double f = opt.scaling * mass[i] * mass[j] / d2;
            fx += ddx * f;
            fy += ddy * f;
        }
        dx[i] = fx;
        dy[i] = fy;
    }

    // One ForceAtlas2 iteration; returns the mean displacement in diagram units.
    double iterate() {
        const bool parallel = n >= kParallelMin && threads > 1;
        const int chunks = (n + kChunk - 1) / kChunk;
        // 1. Repulsion.
        if (opt.theta > 0) {
            tree.build(x, y, mass, bodies);
            // Traverse in tree order: consecutive bodies share most of their path.
            auto run = [&](int c) {
                int b = c * kChunk, e = std::min(n, b + kChunk);
                for (int k = b; k < e; ++k)
                    repulse(tree.perm[k]);
            };
            detail::parallel_chunks(chunks, parallel ? threads : 1, run);
        } else {
            auto run = [&](int c) {
                int b = c * kChunk, e = std::min(n, b + kChunk);
                for (int i = b; i < e; ++i)
                    repulse_exact(i);
            };
            detail::parallel_chunks(chunks, parallel ? threads : 1, run);
        }
        // 2. Gravity towards the origin.
        for (int i = 0; i < n; ++i) {
            double gy = y[i] - gravity_y[i];
            double d = std::sqrt(x[i] * x[i] + gy * gy);
            if (d <= 1e-9)
                continue;
            double f = opt.strong_gravity ? opt.gravity * mass[i] : opt.gravity * mass[i] / d;
            dx[i] -= x[i] * f;
            dy[i] -= gy * f;
        }
        // 3. Attraction along edges (serial: both ends are written).
        for (std::size_t e = 0; e < graph.edges.size(); ++e) {
            auto [a, b] = graph.edges[e];
            double w = opt.edge_weights && e < graph.weights.size() ? graph.weights[e] : 1.0;
            double ddx = x[a] - x[b], ddy = y[a] - y[b];
            double f = w;
            if (opt.lin_log) {
                double d = std::sqrt(ddx * ddx + ddy * ddy);
                if (d <= 1e-9)
                    continue;
                f = w * std::log1p(d) / d;
            }
            dx[a] -= ddx * f;
            dy[a] -= ddy * f;
            dx[b] += ddx * f;
            dy[b] += ddy * f;
        }
        // 4. Groups: members pulled to the group's centre, like one edge of weight 1.
        for (const auto& members : groups) {
            double cx = 0, cy = 0;
            for (int i : members) {
                cx += x[i];
                cy += y[i];
            }
            cx /= static_cast<double>(members.size());
            cy /= static_cast<double>(members.size());
            for (int i : members) {
                dx[i] += cx - x[i];
                dy[i] += cy - y[i];
            }
        }
        // 5. Anchors: a spring to the previous position, as if tied by `mass` edges.
        if (opt.anchor_strength > 0) {
            for (int i = 0; i < n; ++i) {
                if (!anchored[i])
                    continue;
                dx[i] += opt.anchor_strength * mass[i] * (anchor_x[i] - x[i]);
                dy[i] += opt.anchor_strength * mass[i] * (anchor_y[i] - y[i]);
            }
        }
        // 6. Adaptive global speed (swing vs traction), reduced per fixed chunk.
        std::vector<double> swing_part(chunks, 0.0), traction_part(chunks, 0.0);
        for (int c = 0; c < chunks; ++c) {
            int b = c * kChunk, e = std::min(n, b + kChunk);
            double s = 0, t = 0;
            for (int i = b; i < e; ++i) {
                if (fixed[i])
                    continue;
                double sx = dx[i] - odx[i], sy = dy[i] - ody[i];
                double tx = dx[i] + odx[i], ty = dy[i] + ody[i];
                s += mass[i] * std::sqrt(sx * sx + sy * sy);
                t += 0.5 * mass[i] * std::sqrt(tx * tx + ty * ty);
            }
            swing_part[c] = s;
            traction_part[c] = t;
        }
        double swinging = 0, traction = 0;
        for (int c = 0; c < chunks; ++c) {
            swinging += swing_part[c];
            traction += traction_part[c];
        }
        if (swinging > 0 && traction > 0) {
            double est = 0.05 * std::sqrt(static_cast<double>(n));
            double min_jt = std::sqrt(est), max_jt = 10;
            double jt =
                opt.tolerance *
                std::max(min_jt, std::min(max_jt, est * traction / (static_cast<double>(n) * n)));
            constexpr double kMinEfficiency = 0.05;
            if (swinging / traction > 2.0) {
                if (speed_efficiency > kMinEfficiency)
                    speed_efficiency *= 0.5;
                jt = std::max(jt, opt.tolerance);
            }
            double target = jt * speed_efficiency * traction / swinging;
            if (swinging > jt * traction) {
                if (speed_efficiency > kMinEfficiency)
                    speed_efficiency *= 0.7;
            } else if (speed < 1000) {
                speed_efficiency *= 1.3;
            }
            constexpr double kMaxRise = 0.5;
            speed = speed + std::min(target - speed, kMaxRise * speed);
        }
        // 7. Move (per-node speed damped by its own swing).
        double moved = 0;
        for (int i = 0; i < n; ++i) {
            if (fixed[i]) {
                odx[i] = ody[i] = 0;
                continue;
            }
            double sx = dx[i] - odx[i], sy = dy[i] - ody[i];
            double swing = mass[i] * std::sqrt(sx * sx + sy * sy);
            double factor = speed / (1.0 + std::sqrt(speed * swing));
            double mx = dx[i] * factor, my = dy[i] * factor;
            // Never jump more than 10 internal units in one iteration (stability).
            double len = std::sqrt(mx * mx + my * my);
            if (len > 10.0) {
                mx *= 10.0 / len;
                my *= 10.0 / len;
            }
            double nx = x[i] + mx, ny = std::clamp(y[i] + my, band_lo[i], band_hi[i]);
            const double mdx = nx - x[i], mdy = ny - y[i];
            moved += std::sqrt(mdx * mdx + mdy * mdy);
            x[i] = nx;
            y[i] = ny;
            odx[i] = dx[i];
            ody[i] = dy[i];
        }
        return n ? moved * opt.unit / n : 0.0;
    }

    void step(int count) {
        for (int k = 0; k < count; ++k) {
            apply_edits();
            if (n == 0)
                done = true;
            if (done)
                break;
            double mean_move = iterate();
            ++iterations;
            if (mean_move < opt.convergence_displacement) {
                if (++calm_iterations >= 10)
                    done = true;
            } else {
                calm_iterations = 0;
            }
        }
        publish();
    }
};

ForceLayout::ForceLayout(LayoutGraph graph, ForceOptions options) : impl_(new Impl) {
    impl_->graph = std::move(graph);
    impl_->opt = std::move(options);
    impl_->init_common();
    impl_->place(std::vector<char>(impl_->n, 0));
    impl_->publish();
}

ForceLayout::ForceLayout(const Scenario& scenario, const std::vector<Layer>& layers,
                         ForceOptions options)
    : ForceLayout(scenario, ScenarioIndex::build(scenario), layers, std::move(options)) {}

ForceLayout::ForceLayout(const Scenario& scenario, std::shared_ptr<const ScenarioIndex> index,
                         const std::vector<Layer>& layers, ForceOptions options)
    : impl_(new Impl) {
    Impl& m = *impl_;
    if (!index || index->actor_count() != static_cast<int>(scenario.actors.size()))
        index = ScenarioIndex::build(scenario);  // absent or stale: index this revision
    m.scenario_index = std::move(index);
    m.graph = build_layout_graph(*m.scenario_index, layers);
    m.opt = std::move(options);
    m.init_common();
    const double u = m.opt.unit;
    std::vector<char> has(m.n, 0);
    for (int i = 0; i < m.n; ++i) {
        const std::string& id = m.graph.ids[i];
        if (auto it = m.opt.pinned.find(id); it != m.opt.pinned.end()) {
            m.x[i] = it->second.x / u;
            m.y[i] = it->second.y / u;
            m.fixed[i] = 1;
            has[i] = 1;
            continue;
        }
        if (auto it = m.opt.anchors.find(id); it != m.opt.anchors.end()) {
            m.x[i] = m.anchor_x[i] = it->second.x / u;
            m.y[i] = m.anchor_y[i] = it->second.y / u;
            m.anchored[i] = 1;
            has[i] = 1;
            continue;
        }
        if (m.opt.start_from_scenario) {
            if (auto it = scenario.positions.find(id); it != scenario.positions.end() &&
                                                       std::isfinite(it->second.x) &&
                                                       std::isfinite(it->second.y)) {
                m.x[i] = it->second.x / u;
                m.y[i] = it->second.y / u;
                has[i] = 1;
            }
        }
    }
    for (const auto& [id, band] : m.opt.y_band) {
        const int node = m.node_of(id);
        if (node < 0)
            continue;
        m.band_lo[node] = std::min(band.first, band.second) / u;
        m.band_hi[node] = std::max(band.first, band.second) / u;
        m.gravity_y[node] = (band.first + band.second) / (2 * u);
    }
    const std::vector<char> given = has;
    m.place(has);
    for (int i = 0; i < m.n; ++i) {
        if (m.fixed[i] || !std::isfinite(m.band_lo[i]) || !std::isfinite(m.band_hi[i]))
            continue;
        if (!given[i]) {
            // Spread new nodes over their band (golden-ratio sequence: deterministic, even).
            double f = std::fmod(0.5 + 0.6180339887498949 * i, 1.0);
            m.y[i] = m.band_lo[i] + f * (m.band_hi[i] - m.band_lo[i]);
        }
        m.y[i] = std::clamp(m.y[i], m.band_lo[i], m.band_hi[i]);
    }
    if (m.opt.group_attraction) {
        std::map<std::string, std::vector<int>> by_group;
        for (int i = 0; i < m.n; ++i)  // node i is scenario.actors[i]
            if (!scenario.actors[i].group.empty())
                by_group[scenario.actors[i].group].push_back(i);
        for (auto& [g, members] : by_group)
            if (members.size() >= 2)
                m.groups.push_back(std::move(members));
    }
    m.publish();
}

ForceLayout::~ForceLayout() = default;

void ForceLayout::step(int iterations) {
    impl_->step(iterations);
}

std::map<std::string, Position> ForceLayout::snapshot() const {
    std::map<std::string, Position> out;
    std::lock_guard lock(impl_->mutex);
    for (int i = 0; i < impl_->n; ++i) {
        const Vec2& p = impl_->published[i];
        out.emplace_hint(out.end(), impl_->graph.ids[i],
                         Position{p.x, p.y, impl_->published_fixed[i] != 0});
    }
    return out;
}

std::vector<Vec2> ForceLayout::positions() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->published;
}

const LayoutGraph& ForceLayout::graph() const {
    return impl_->graph;
}

bool ForceLayout::move(const std::string& actor_id, double x, double y, bool pin) {
    return move_node(impl_->node_of(actor_id), x, y, pin);
}

bool ForceLayout::pin(const std::string& actor_id) {
    return pin_node(impl_->node_of(actor_id));
}

bool ForceLayout::unpin(const std::string& actor_id) {
    return unpin_node(impl_->node_of(actor_id));
}

bool ForceLayout::move_node(int node, double x, double y, bool pin) {
    if (!impl_->valid(node) || !std::isfinite(x) || !std::isfinite(y))
        return false;
    std::lock_guard lock(impl_->mutex);
    impl_->edits.push_back({Impl::Edit::Move, node, x, y, pin});
    impl_->published[node] = {x, y};  // the dragged node follows the mouse at once
    impl_->done = false;
    return true;
}

bool ForceLayout::pin_node(int node) {
    if (!impl_->valid(node))
        return false;
    std::lock_guard lock(impl_->mutex);
    impl_->edits.push_back({Impl::Edit::Pin, node, 0, 0, true});
    return true;
}

bool ForceLayout::unpin_node(int node) {
    if (!impl_->valid(node))
        return false;
    std::lock_guard lock(impl_->mutex);
    impl_->edits.push_back({Impl::Edit::Unpin, node, 0, 0, false});
    impl_->done = false;
    return true;
}

std::shared_ptr<const ScenarioIndex> ForceLayout::index() const {
    return impl_->scenario_index;
}

bool ForceLayout::converged() const {
    return impl_->done;
}

int ForceLayout::iterations_done() const {
    return impl_->iterations;
}

}  // namespace rk::layout

// run_layout: one blocking call for every engine, with the common pre- and post-processing
// (pinned nodes, anchors, label boxes, overlap removal, quality statistics).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "layout/detail.hpp"
#include "layout/governance.hpp"
#include "layout/layout.hpp"
#include "layout/overlap.hpp"
#include "layout/quality.hpp"

namespace rk::layout {

namespace {
// Default iteration cap of ForceAtlas2: plenty for diagrams, bounded work for big graphs.
int default_fa2_iterations(int n) {
    return std::clamp(static_cast<int>(2e7 / (static_cast<double>(n) + 1.0)), 150, 1500);
}

// True for the nodes that carry the first of each actor id: later duplicates are laid out
// as isolates but never written over the first one's position.
std::vector<bool> first_of_id(const ScenarioIndex& index) {
    std::vector<bool> first(static_cast<std::size_t>(index.actor_count()));
    for (int i = 0; i < index.actor_count(); ++i)
        first[i] = index.find(index.actor_id(i)) == i;
    return first;
}

}  // namespace

LayoutResult run_layout(const Scenario& scenario, const LayoutRequest& request,
                        Progress* progress) {
    return run_layout(scenario, ScenarioIndex(scenario), request, progress);
}

LayoutResult run_layout(const Scenario& scenario, const ScenarioIndex& index,
                        const LayoutRequest& request, Progress* progress) {
    const auto t0 = std::chrono::steady_clock::now();
    if (index.actor_count() != static_cast<int>(scenario.actors.size())) {
        LayoutResult stale;
        stale.error = "the scenario index is of another revision (actor count differs)";
        return stale;
    }
    // The layout reads the index only while this call runs: a non-owning shared_ptr (aliasing
    // an empty owner) lets the force engines share it without copying or rebuilding.
    const std::shared_ptr<const ScenarioIndex> shared(std::shared_ptr<void>(), &index);
    std::vector<std::string> warnings;
    LayoutGraph graph = build_layout_graph(index, request.layers, &warnings);
    const int n = graph.node_count();
    const std::vector<bool> first = first_of_id(index);
    if (std::count(first.begin(), first.end(), false) > 0)
        warnings.push_back("duplicate actor ids: only the first of each is laid out");

    std::vector<Box> boxes(static_cast<std::size_t>(n));
    std::vector<bool> fixed(static_cast<std::size_t>(n), false), has_start(fixed);
    std::vector<Vec2> start(static_cast<std::size_t>(n));
    std::map<std::string, Position> pinned;
    {
        for (int i = 0; i < n; ++i) {
            const std::string& id = graph.ids[i];
            auto b = request.boxes.find(id);
            boxes[i] = b != request.boxes.end() ? b->second : default_label_box(scenario.actors[i]);
            if (!(boxes[i].width >= 0) || !(boxes[i].height >= 0))
                boxes[i] = Box{};
            if (request.respect_pinned) {
                auto p = scenario.positions.find(id);
                if (p != scenario.positions.end() && p->second.pinned &&
                    std::isfinite(p->second.x) && std::isfinite(p->second.y)) {
                    fixed[i] = has_start[i] = true;
                    start[i] = {p->second.x, p->second.y};
                    pinned[id] = p->second;
                    continue;
                }
            }
            auto a = request.anchors.find(id);
            if (a != request.anchors.end() && std::isfinite(a->second.x) &&
                std::isfinite(a->second.y)) {
                has_start[i] = true;
                start[i] = {a->second.x, a->second.y};
            }
        }
    }

    LayoutResult res;
    std::vector<Vec2> pos(static_cast<std::size_t>(n));
    switch (request.engine) {
        case LayoutEngine::Dot:
        case LayoutEngine::Neato:
        case LayoutEngine::Sfdp:
        case LayoutEngine::Fdp:
        case LayoutEngine::Circo:
        case LayoutEngine::Twopi: {
            LayoutResult g = detail::graphviz_layout(index, graph, request, boxes, fixed, start,
                                                     has_start, progress);
            if (!g.ok) {
                g.warnings.insert(g.warnings.begin(), warnings.begin(), warnings.end());
                return g;
            }
            warnings.insert(warnings.end(), g.warnings.begin(), g.warnings.end());
            for (int i = 0; i < n; ++i) {
                const Position& p = g.positions[graph.ids[i]];
                // Engines that cannot pin (dot, circo, twopi, sfdp) still return pinned
                // nodes where the user left them.
                pos[i] = fixed[i] ? start[i] : Vec2{p.x, p.y};
            }
            if (std::count(fixed.begin(), fixed.end(), true) > 0 &&
                request.engine != LayoutEngine::Neato && request.engine != LayoutEngine::Fdp)
                warnings.push_back(std::string(engine_name(request.engine)) +
                                   " cannot pin nodes: pinned actors were put back afterwards");
            break;
        }
        case LayoutEngine::ForceAtlas2: {
            ForceOptions fo;
            fo.seed = request.seed;
            fo.threads = request.threads;
            fo.anchors = request.anchors;
            fo.anchor_strength = request.anchor_strength;
            fo.pinned = pinned;
            fo.group_attraction = request.group_attraction;
            fo.start_from_scenario = false;
            ForceLayout fl(scenario, shared, request.layers, fo);
            const int max_it =
                request.iterations > 0 ? request.iterations : default_fa2_iterations(n);
            int done = 0;
            while (done < max_it && !fl.converged()) {
                check_cancel(progress);
                int batch = std::min(10, max_it - done);
                fl.step(batch);
                done += batch;
                if (progress)
                    progress->set_fraction(0.85 * done / max_it);
            }
            res.stats.iterations = fl.iterations_done();
            res.stats.converged = fl.converged();
            pos = fl.positions();
            break;
        }
        case LayoutEngine::Stress: {
            StressOptions so;
            so.seed = request.seed;
            if (request.iterations > 0)
                so.epochs = request.iterations;
            so.anchor.assign(static_cast<std::size_t>(n), Vec2{});
            so.anchored.assign(static_cast<std::size_t>(n), false);
            so.anchor_strength = request.anchor_strength;
            std::vector<Vec2> init(static_cast<std::size_t>(n),
                                   Vec2{std::numeric_limits<double>::quiet_NaN(),
                                        std::numeric_limits<double>::quiet_NaN()});
            for (int i = 0; i < n; ++i) {
                if (!has_start[i])
                    continue;
                init[i] = start[i];
                if (!fixed[i]) {
                    so.anchor[i] = start[i];
                    so.anchored[i] = true;
                }
            }
            pos = stress_layout(graph, so, &init, &fixed, progress);
            res.stats.iterations = so.epochs;
            res.stats.converged = true;  // a fixed schedule, complete when it returns
            break;
        }
        case LayoutEngine::Swimlanes:
        case LayoutEngine::PowerInterest: {
            LayoutResult g = request.engine == LayoutEngine::Swimlanes
                                 ? swimlane_layout(scenario, request, progress, shared)
                                 : power_interest_layout(scenario, request);
            if (!g.ok)
                return g;
            res.rows = std::move(g.rows);
            res.columns = std::move(g.columns);
            res.stats = g.stats;
            for (int i = 0; i < n; ++i) {
                const Position& p = g.positions[graph.ids[i]];
                pos[i] = fixed[i] ? start[i] : Vec2{p.x, p.y};
            }
            break;
        }
    }
    check_cancel(progress);

    if (request.remove_overlaps) {
        OverlapOptions oo;
        oo.gap = request.overlap_gap;
        // Swimlanes: y is the lane; the power-interest grid has no overlaps by construction
        // except against pinned nodes, which an x push resolves within the row.
        oo.horizontal_only = request.engine == LayoutEngine::Swimlanes ||
                             request.engine == LayoutEngine::PowerInterest;
        res.stats.overlaps_left = remove_overlaps(pos, boxes, fixed, oo);
        if (res.stats.overlaps_left > 0)
            warnings.push_back(std::to_string(res.stats.overlaps_left) +
                               " overlap(s) left between pinned actors");
    }
    if (progress)
        progress->set_fraction(0.95);
    for (int i = 0; i < n; ++i) {
        if (!std::isfinite(pos[i].x) || !std::isfinite(pos[i].y)) {
            res.ok = false;
            res.error = "layout produced a non-finite position for '" + graph.ids[i] + "'";
            return res;
        }
        if (first[i])
            res.positions[graph.ids[i]] = Position{pos[i].x, pos[i].y, fixed[i]};
    }
    // Stress on a sample of sources beyond a few thousand actors: an estimate, at linear cost.
    if (request.measure_stress)
        res.stats.stress = normalised_stress(graph, pos, n > 2000 ? 64 : 0, request.seed);
    res.warnings = std::move(warnings);
    res.ok = true;
    res.stats.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (progress)
        progress->set_fraction(1.0);
    return res;
}

}  // namespace rk::layout

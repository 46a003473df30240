// Graphviz engines through the C API (gvc/cgraph), not a subprocess.
//
// cgraph and gvc keep process-wide state (the error handler, the attribute dictionaries of
// the default discipline, plugin state), so every call here runs under one mutex, and the
// GVC context is created once and kept for the life of the process (creating it loads the
// plugin configuration, which costs more than a small layout).
#include <gvc.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <set>
#include <string>

#include "layout/detail.hpp"

namespace rk::layout {

std::mutex& graphviz_mutex() {
    static std::mutex m;
    return m;
}

}  // namespace rk::layout

namespace rk::layout::detail {

namespace {

std::mutex& gv_mutex() {
    return graphviz_mutex();
}

// Messages of the current call (guarded by gv_mutex).
std::vector<std::string>* g_messages = nullptr;

int collect_message(char* text) {
    if (g_messages && text) {
        std::string s(text);
        while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
            s.pop_back();
        if (!s.empty())
            g_messages->push_back("graphviz: " + s);
    }
    return 0;
}

const char* engine_token(LayoutEngine e) {
    switch (e) {
        case LayoutEngine::Dot:
            return "dot";
        case LayoutEngine::Neato:
            return "neato";
        case LayoutEngine::Sfdp:
            return "sfdp";
        case LayoutEngine::Fdp:
            return "fdp";
        case LayoutEngine::Circo:
            return "circo";
        case LayoutEngine::Twopi:
            return "twopi";
        default:
            return nullptr;
    }
}

void set(void* obj, const char* name, const std::string& value) {
    agsafeset(obj, const_cast<char*>(name), const_cast<char*>(value.c_str()),
              const_cast<char*>(""));
}

std::string num(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

// Closes the graph (and frees its layout) on every path out of graphviz_layout.
struct GraphGuard {
    GVC_t* gvc;
    Agraph_t* g;
    bool laid_out = false;
    ~GraphGuard() {
        if (laid_out)
            gvFreeLayout(gvc, g);
        if (g)
            agclose(g);
    }
};

}  // namespace

LayoutResult graphviz_layout(const ScenarioIndex& index, const LayoutGraph& graph,
                             const LayoutRequest& request, const std::vector<Box>& boxes,
                             const std::vector<bool>& fixed, const std::vector<Vec2>& start,
                             const std::vector<bool>& has_start, Progress* progress) {
    LayoutResult result;
    const char* engine = engine_token(request.engine);
    if (!engine) {
        result.error = "not a Graphviz engine";
        return result;
    }
    const int n = graph.node_count();
    const bool is_dot = request.engine == LayoutEngine::Dot;

    // dot ranks along directed `directs` relations; every other relation is drawn but does
    // not constrain the ranks (constraint=false), so the hierarchy is that of regie.
    struct DotEdge {
        int a, b;
        bool ranks;
    };
    std::vector<DotEdge> dot_edges;
    if (is_dot) {
        std::vector<bool> want(kLayerCount, request.layers.empty());
        for (Layer l : request.layers)
            want[static_cast<std::size_t>(l)] = true;
        std::set<std::pair<int, int>> seen;
        // Node i of `graph` is index actor i, so the index's integer ends are node numbers.
        for (int r = 0; r < index.relation_count(); ++r) {
            const ScenarioIndex::Ends e = index.ends(r);
            if (!want[static_cast<std::size_t>(index.layer(r))] || !e.known() || e.self_loop())
                continue;
            bool ranks = index.layer(r) == Layer::Directs;
            int a = e.source, b = e.target;
            if (!ranks && a > b)
                std::swap(a, b);
            if (seen.insert({a, b}).second)
                dot_edges.push_back({a, b, ranks});
        }
        if (request.dot_max_edges > 0 &&
            static_cast<int>(dot_edges.size()) > request.dot_max_edges) {
            result.error = "dot refused: " + std::to_string(dot_edges.size()) +
                           " relations exceed the limit of " +
                           std::to_string(request.dot_max_edges) +
                           " (dot's crossing minimisation can take minutes on large dense "
                           "graphs); filter layers or use sfdp/stress";
            return result;
        }
    }
    if (request.engine == LayoutEngine::Neato && n > 3000)
        result.warnings.push_back(
            "neato's stress majorisation needs O(n^2) memory and time; "
            "with " +
            std::to_string(n) + " actors sfdp or the own stress layout are much faster");

    check_cancel(progress);
    if (progress)
        progress->set_fraction(0.05);

    std::lock_guard lock(gv_mutex());
    static GVC_t* gvc = gvContext();
    std::vector<std::string> messages;
    g_messages = &messages;
    agusererrf previous_handler = agseterrf(collect_message);
    struct Restore {
        agusererrf h;
        ~Restore() {
            agseterrf(h);
            g_messages = nullptr;
        }
    } restore{previous_handler};

    Agraph_t* g = agopen(const_cast<char*>("G"), is_dot ? Agdirected : Agundirected, nullptr);
    GraphGuard guard{gvc, g};
    // No labels: text layout needs fonts and costs time; the node keeps the label's size.
    agattr(g, AGNODE, const_cast<char*>("label"), const_cast<char*>(""));
    agattr(g, AGNODE, const_cast<char*>("shape"), const_cast<char*>("box"));
    agattr(g, AGNODE, const_cast<char*>("fixedsize"), const_cast<char*>("true"));
    set(g, "start", std::to_string(request.seed % 2147483647u));
    set(g, "outputorder", "edgesfirst");
    // Overlaps are removed afterwards by our own pass (the same for every engine); fdp's
    // built-in removal also made its output vary between calls.
    if (request.engine == LayoutEngine::Fdp)
        set(g, "overlap", "true");

    std::vector<Agnode_t*> nodes(static_cast<std::size_t>(n));
    const bool uses_pos = request.engine == LayoutEngine::Neato ||
                          request.engine == LayoutEngine::Fdp ||
                          request.engine == LayoutEngine::Sfdp;
    Rng rng(request.seed);
    const double side = std::sqrt(static_cast<double>(n) + 1.0);  // inches
    for (int i = 0; i < n; ++i) {
        std::string name = "n" + std::to_string(i);
        Agnode_t* v = agnode(g, name.data(), 1);
        nodes[i] = v;
        set(v, "width", num(boxes[i].width / 72.0));
        set(v, "height", num(boxes[i].height / 72.0));
        if (uses_pos && i < static_cast<int>(has_start.size()) && has_start[i]) {
            // Input pos is in inches for neato/fdp; "!" pins. y flips (Graphviz y is up).
            std::string p = num(start[i].x / 72.0) + "," + num(-start[i].y / 72.0);
            if (fixed[i])
                p += "!";
            set(v, "pos", p);
        } else if (request.engine == LayoutEngine::Fdp) {
            // fdp's own random start alternates between two outcomes on consecutive calls in
            // one process (state kept inside libfdpgen), so it gets seeded start positions.
            set(v, "pos",
                num((rng.uniform() - 0.5) * side) + "," + num((rng.uniform() - 0.5) * side));
        }
    }
    if (is_dot) {
        for (const DotEdge& e : dot_edges) {
            Agedge_t* ed = agedge(g, nodes[e.a], nodes[e.b], nullptr, 1);
            if (!e.ranks) {
                set(ed, "constraint", "false");
                set(ed, "dir", "none");
            }
        }
    } else {
        for (auto [a, b] : graph.edges)
            agedge(g, nodes[a], nodes[b], nullptr, 1);
    }

    // Some engines (sfdp's coarsening, fdp) also draw from the C library's global generators
    // regardless of `start`; seeding them here (we hold the mutex) makes a seed decide all.
    std::srand(static_cast<unsigned>(request.seed));
    srand48(static_cast<long>(request.seed));
    srandom(static_cast<unsigned>(request.seed));
    if (gvLayout(gvc, g, engine) != 0) {
        result.error = std::string("graphviz ") + engine + " failed";
        for (const auto& m : messages)
            result.error += "; " + m;
        return result;
    }
    guard.laid_out = true;
    // Graphviz cannot be interrupted inside gvLayout; the cancel takes effect here.
    check_cancel(progress);
    if (progress)
        progress->set_fraction(0.9);

    for (int i = 0; i < n; ++i) {
        double x = ND_coord(nodes[i]).x, y = -ND_coord(nodes[i]).y;
        if (!std::isfinite(x) || !std::isfinite(y)) {
            result.error = std::string("graphviz ") + engine + " produced a non-finite position";
            return result;
        }
        result.positions[graph.ids[i]] = Position{x, y, fixed[i]};
    }
    for (auto& m : messages)
        result.warnings.push_back(std::move(m));
    result.ok = true;
    return result;
}

}  // namespace rk::layout::detail

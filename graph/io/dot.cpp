// DOT (Graphviz) through cgraph, wrapped against the traps of cgraph 2.42:
// - a UTF-8 byte order mark is a syntax error: it is stripped first;
// - strings over 16 KiB are truncated or refused with a misleading message: a pre-scan
//   refuses them (and unterminated strings and comments) with a located, clear message;
// - the lexer keeps state between reads (a second graph left in the buffer comes back on
//   the next read; after some errors the next valid read fails): every parse runs in a
//   child process, so no state survives, and a crash or hang there cannot take the
//   application down (the child is killed after a time limit).
// The child sends the graph back over a pipe as length-prefixed strings.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <graphviz/cgraph.h>

#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <tuple>

#include "io/io_detail.hpp"

namespace rk::io::detail {

namespace {

constexpr std::size_t kCgraphStringLimit = 16384;
constexpr int kChildSeconds = 60;

// --- pre-scan -------------------------------------------------------------------------

// Walks the DOT lexical structure without building anything: string, HTML string and
// comment boundaries, token length and brace depth. Reports the first problem.
bool prescan(std::string_view t, const std::string& file, const LoadLimits& limits,
             DiagnosticList& d) {
    int depth = 0, graphs = 0;
    std::size_t i = 0;
    auto at = [&](std::size_t off) { return line_column(t, off); };
    auto too_long = [&](std::size_t start, std::size_t len, const char* what) {
        auto [l, c] = at(start);
        d.error(file, l, c,
                std::string(what) + " of " + std::to_string(len) +
                    " bytes: Graphviz's DOT parser cannot read strings over " +
                    std::to_string(kCgraphStringLimit) + " bytes");
        return false;
    };
    bool line_start = true;
    while (i < t.size()) {
        char ch = t[i];
        if (ch == '\n') {
            line_start = true;
            ++i;
            continue;
        }
        if (line_start && ch == '#') {  // C preprocessor output line
            while (i < t.size() && t[i] != '\n')
                ++i;
            continue;
        }
        if (ch != ' ' && ch != '\t' && ch != '\r')
            line_start = false;
        if (ch == '/' && i + 1 < t.size() && t[i + 1] == '/') {
            while (i < t.size() && t[i] != '\n')
                ++i;
            continue;
        }
        if (ch == '/' && i + 1 < t.size() && t[i + 1] == '*') {
            std::size_t end = t.find("*/", i + 2);
            if (end == std::string_view::npos) {
                auto [l, c] = at(i);
                d.error(file, l, c, "comment '/*' is not closed before the end of the file");
                return false;
            }
            i = end + 2;
            continue;
        }
        if (ch == '"') {
            std::size_t start = i++;
            while (i < t.size() && t[i] != '"')
                i += (t[i] == '\\' && i + 1 < t.size()) ? 2 : 1;
            if (i >= t.size()) {
                auto [l, c] = at(start);
                d.error(file, l, c, "quoted string is not closed before the end of the file");
                return false;
            }
            if (i - start - 1 > kCgraphStringLimit)
                return too_long(start, i - start - 1, "quoted string");
            ++i;
            continue;
        }
        if (ch == '<' && depth > 0) {
            // HTML-like label: balanced angle brackets.
            std::size_t start = i;
            int nest = 0;
            for (; i < t.size(); ++i) {
                if (t[i] == '<')
                    ++nest;
                if (t[i] == '>' && --nest == 0)
                    break;
            }
            if (i >= t.size()) {
                auto [l, c] = at(start);
                d.error(file, l, c, "HTML string '<' is not closed before the end of the file");
                return false;
            }
            if (i - start > kCgraphStringLimit)
                return too_long(start, i - start, "HTML string");
            ++i;
            continue;
        }
        if (ch == '{' || ch == '[') {
            if (++depth > limits.max_depth) {
                auto [l, c] = at(i);
                d.error(
                    file, l, c,
                    "braces nested deeper than " + std::to_string(limits.max_depth) + " levels");
                return false;
            }
        } else if (ch == '}' || ch == ']') {
            if (--depth == 0 && ch == '}')
                ++graphs;
        } else if (std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '.' ||
                   static_cast<unsigned char>(ch) >= 0x80) {
            std::size_t start = i;
            while (i < t.size() && (std::isalnum(static_cast<unsigned char>(t[i])) || t[i] == '_' ||
                                    t[i] == '.' || static_cast<unsigned char>(t[i]) >= 0x80))
                ++i;
            if (i - start > kCgraphStringLimit)
                return too_long(start, i - start, "identifier");
            continue;
        }
        ++i;
    }
    if (graphs > 1)
        d.warning(file, 0, 0,
                  "the file holds " + std::to_string(graphs) + " graphs; only the first is read");
    return true;
}

// --- where weights are written --------------------------------------------------------

// cgraph keeps no line numbers, yet a bad weight must be located. This lexes the text
// (comments and strings as prescan does) and lists, per weight value text, the offsets of
// its `weight = value` assignments in file order (edge statements and `edge [...]`
// defaults alike), so build_case can name the line of the value it refuses.
std::map<std::string, std::vector<std::size_t>> weight_offsets(std::string_view t) {
    std::map<std::string, std::vector<std::size_t>> out;
    auto is_id = [](char ch) {
        return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '.' ||
               ch == '-' || ch == '+' || static_cast<unsigned char>(ch) >= 0x80;
    };
    auto skip_space = [&](std::size_t i) {
        while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n'))
            ++i;
        return i;
    };
    // The value at i (quoted with \" unescaped, or an ID); sets i past it.
    auto value_at = [&](std::size_t& i) {
        std::string v;
        if (i < t.size() && t[i] == '"') {
            for (++i; i < t.size() && t[i] != '"'; ++i) {
                if (t[i] == '\\' && i + 1 < t.size() && t[i + 1] == '"')
                    ++i;
                v += t[i];
            }
            ++i;
        } else {
            while (i < t.size() && is_id(t[i]))
                v += t[i++];
        }
        return v;
    };
    std::size_t i = 0;
    while (i < t.size()) {
        if (t.compare(i, 2, "//") == 0 || (t[i] == '#' && (i == 0 || t[i - 1] == '\n'))) {
            i = t.find('\n', i);
            i = i == std::string_view::npos ? t.size() : i;
        } else if (t.compare(i, 2, "/*") == 0) {
            i = t.find("*/", i + 2);
            i = i == std::string_view::npos ? t.size() : i + 2;
        } else if (t[i] == '"') {
            value_at(i);
        } else if (is_id(t[i])) {
            std::size_t start = i;
            while (i < t.size() && is_id(t[i]))
                ++i;
            if (t.substr(start, i - start) != "weight")
                continue;
            std::size_t j = skip_space(i);
            if (j >= t.size() || t[j] != '=')
                continue;
            j = skip_space(j + 1);
            std::size_t value_start = j;
            std::string v = value_at(j);
            out[v].push_back(value_start);
            i = j;
        } else {
            ++i;
        }
    }
    return out;
}

// --- wire format between child and parent ------------------------------------------------

void put(std::string& out, std::string_view s) {
    out += std::to_string(s.size());
    out += ':';
    out += s;
}

struct Reader {
    std::string_view in;
    bool ok = true;
    std::string get() {
        auto colon = in.find(':');
        if (colon == std::string_view::npos) {
            ok = false;
            return {};
        }
        auto len = parse_int(in.substr(0, colon));
        if (!len || *len < 0 || static_cast<std::size_t>(*len) > in.size() - colon - 1) {
            ok = false;
            return {};
        }
        std::string s(in.substr(colon + 1, static_cast<std::size_t>(*len)));
        in.remove_prefix(colon + 1 + static_cast<std::size_t>(*len));
        return s;
    }
};

int g_error_count = 0;
std::string* g_errors = nullptr;
int collect_error(char* msg) {
    if (g_errors && g_errors->size() < 4096)
        *g_errors += msg;
    ++g_error_count;
    return 0;
}

void put_attrs(std::string& out, Agraph_t* g, int kind, void* obj) {
    std::vector<std::pair<std::string, std::string>> attrs;
    for (Agsym_t* sym = agnxtattr(g, kind, nullptr); sym; sym = agnxtattr(g, kind, sym)) {
        const char* v = agxget(obj, sym);
        if (!v || !*v)
            continue;
        attrs.emplace_back(sym->name, v);
    }
    put(out, std::to_string(attrs.size()));
    for (const auto& [k, v] : attrs) {
        put(out, k);
        put(out, v);
    }
}

// Runs cgraph on the text and serialises the result: "ok" or "error" first.
std::string cgraph_parse(const std::string& text) {
    std::string errors;
    g_errors = &errors;
    g_error_count = 0;
    agseterrf(collect_error);
    agseterr(AGWARN);
    Agraph_t* g = agmemread(text.c_str());
    std::string out;
    if (!g) {
        put(out, "error");
        put(out, errors);
        return out;
    }
    put(out, "ok");
    put(out, errors);  // warnings
    put(out, agisdirected(g) ? "1" : "0");
    put(out, agisstrict(g) ? "1" : "0");
    put(out, agnameof(g) ? agnameof(g) : "");
    put(out, std::to_string(agnsubg(g)));
    put(out, std::to_string(agnnodes(g)));
    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
        put(out, agnameof(n));
        put_attrs(out, g, AGNODE, n);
    }
    put(out, std::to_string(agnedges(g)));
    for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
        for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
            put(out, agnameof(agtail(e)));
            put(out, agnameof(aghead(e)));
            const char* key = agnameof(e);
            put(out, key ? key : "");
            put_attrs(out, g, AGEDGE, e);
        }
    }
    agclose(g);
    g_errors = nullptr;
    return out;
}

// Parses in a child process and returns what it wrote; empty with an error on failure.
std::string parse_in_child(const std::string& text, std::size_t max_output, const std::string& file,
                           DiagnosticList& d) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        d.error(file, 0, 0, std::string("cannot start the DOT parser: ") + std::strerror(errno));
        return {};
    }
    pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        d.error(file, 0, 0, std::string("cannot start the DOT parser: ") + std::strerror(errno));
        return {};
    }
    if (pid == 0) {
        ::close(fds[0]);
        std::string out = cgraph_parse(text);
        std::size_t done = 0;
        while (done < out.size()) {
            ssize_t n = ::write(fds[1], out.data() + done, out.size() - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                ::_exit(3);
            done += static_cast<std::size_t>(n);
        }
        ::_exit(0);  // no destructors or atexit handlers of the parent in the child
    }
    ::close(fds[1]);
    std::string out;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(kChildSeconds);
    bool killed = false, overflow = false;
    char buf[1 << 16];
    for (;;) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                        deadline - std::chrono::steady_clock::now())
                        .count();
        if (left <= 0) {
            ::kill(pid, SIGKILL);
            killed = true;
            break;
        }
        pollfd p{fds[0], POLLIN, 0};
        int r = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 1000)));
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            continue;
        ssize_t n = ::read(fds[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        out.append(buf, static_cast<std::size_t>(n));
        if (out.size() > max_output) {
            ::kill(pid, SIGKILL);
            overflow = true;
            break;
        }
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (killed) {
        d.error(file, 0, 0,
                "the DOT parser did not finish within " + std::to_string(kChildSeconds) +
                    " seconds; stopped");
        return {};
    }
    if (overflow) {
        d.error(file, 0, 0, "the DOT graph is larger than the limits allow");
        return {};
    }
    if (WIFSIGNALED(status)) {
        d.error(file, 0, 0,
                "Graphviz's DOT parser crashed on this file (signal " +
                    std::to_string(WTERMSIG(status)) + "); nothing was read");
        return {};
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        d.error(file, 0, 0,
                "the DOT parser failed (exit status " + std::to_string(WEXITSTATUS(status)) + ")");
        return {};
    }
    return out;
}

// "Error: syntax error in line 3 near ';'" -> line 3 and the message without prefix.
void report_cgraph(const std::string& text, const std::string& file, Severity sev,
                   DiagnosticList& d) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string::npos)
            end = text.size();
        std::string msg = text.substr(pos, end - pos);
        pos = end + 1;
        if (msg.empty())
            continue;
        for (const char* prefix : {"Error: ", "Warning: "})
            if (msg.rfind(prefix, 0) == 0)
                msg.erase(0, std::strlen(prefix));
        int line = 0;
        if (auto at = msg.find("in line "); at != std::string::npos) {
            line = static_cast<int>(
                parse_int(msg.substr(at + 8, msg.find_first_not_of("0123456789", at + 8) - at - 8))
                    .value_or(0));
        }
        // Continuation lines ("String starting: ...") belong to the message before.
        if (!d.items().empty() && msg.rfind("String starting", 0) == 0)
            continue;
        d.add({sev, file, line, 0, {}, "Graphviz: " + msg});
    }
}

}  // namespace

ImportResult parse_dot(std::string_view input, const std::string& file, const ImportOptions& opt) {
    ImportResult result;
    DiagnosticList& d = result.diagnostics;
    std::string_view text = input;
    if (strip_bom(text))
        d.info(file, 1, 1, "UTF-8 byte order mark skipped");
    if (auto nul = text.find('\0'); nul != std::string_view::npos) {
        auto [l, c] = line_column(text, nul);
        d.error(file, l, c, "NUL byte: this looks like a binary file, expected DOT text");
        return result;
    }
    // A Windows-1252 file as a whole; a stray byte in UTF-8 text alone (see common.cpp).
    std::string owned = decode_utf8_or_cp1252(text, file, " (Latin-1)", d);
    if (owned.find_first_not_of(" \t\r\n") == std::string::npos) {
        d.error(file, 1, 1, "empty file: expected 'graph { ... }' or 'digraph { ... }'");
        return result;
    }
    if (!prescan(owned, file, opt.limits, d))
        return result;
    std::string wire = parse_in_child(owned, 64 * owned.size() + (1u << 20), file, d);
    if (d.has_errors())
        return result;

    Reader r{wire};
    std::string status = r.get();
    std::string messages = r.get();
    if (status == "error") {
        report_cgraph(messages, file, Severity::Error, d);
        if (!d.has_errors())
            d.error(file, 0, 0, "Graphviz could not read the file (no graph)");
        return result;
    }
    report_cgraph(messages, file, Severity::Warning, d);
    RawGraph g;
    g.default_directed = r.get() == "1";
    g.directed_declared = true;
    bool strict = r.get() == "1";
    g.name = r.get();
    if (g.name.rfind("%", 0) == 0)
        g.name.clear();  // cgraph's name for anonymous graphs
    std::size_t subgraphs = parse_int(r.get()).value_or(0);
    auto read_attrs = [&](std::vector<std::pair<std::string, AttributeValue>>& attrs) {
        auto count = parse_int(r.get()).value_or(-1);
        for (std::int64_t k = 0; k < count && r.ok; ++k) {
            std::string key = r.get();
            std::string value = r.get();
            attrs.emplace_back(std::move(key), std::move(value));
        }
        if (count < 0)
            r.ok = false;
    };
    auto nodes = parse_int(r.get()).value_or(-1);
    if (nodes > static_cast<std::int64_t>(opt.max_actors)) {
        d.error(file, 0, 0,
                "more than " + std::to_string(opt.max_actors) +
                    " nodes (limit ImportOptions::max_actors)");
        return result;
    }
    std::size_t pinned_parse_fail = 0;
    for (std::int64_t i = 0; i < nodes && r.ok; ++i) {
        RawNode n;
        n.id = r.get();
        std::vector<std::pair<std::string, AttributeValue>> attrs;
        read_attrs(attrs);
        for (auto& [k, v] : attrs) {
            std::string& s = std::get<std::string>(v);
            if (k == "label" && s == "\\N")
                continue;  // Graphviz's default: the node name
            if (k == "pos") {
                // "x,y" or "x,y!" (pinned, neato -n).
                std::string p = s;
                bool pin = !p.empty() && p.back() == '!';
                if (pin)
                    p.pop_back();
                auto comma = p.find(',');
                auto x =
                    comma == std::string::npos ? std::nullopt : parse_double(p.substr(0, comma));
                auto y =
                    comma == std::string::npos ? std::nullopt : parse_double(p.substr(comma + 1));
                if (x && y && std::isfinite(*x) && std::isfinite(*y)) {
                    n.position = Position{*x, *y, pin};
                    continue;
                }
                ++pinned_parse_fail;
            }
            n.attrs.emplace_back(k, std::move(v));
        }
        g.nodes.push_back(std::move(n));
    }
    auto edges = parse_int(r.get()).value_or(-1);
    if (edges > static_cast<std::int64_t>(opt.max_relations)) {
        d.error(file, 0, 0,
                "more than " + std::to_string(opt.max_relations) +
                    " edges (limit ImportOptions::max_relations)");
        return result;
    }
    // DOT edge keys are unique per node pair only; repeated keys cannot be relation ids.
    std::set<std::string> keys;
    std::size_t repeated_keys = 0;
    // Edges have no line from cgraph; one with a weight is located at where that weight
    // value is written (the n-th edge with a value at its n-th assignment, else the last).
    const auto weights_at = weight_offsets(owned);
    std::map<std::string, std::size_t> weights_used;
    for (std::int64_t i = 0; i < edges && r.ok; ++i) {
        RawEdge e;
        e.source = r.get();
        e.target = r.get();
        e.id = r.get();
        if (!e.id.empty() && !keys.insert(e.id).second) {
            e.id.clear();
            ++repeated_keys;
        }
        read_attrs(e.attrs);
        for (const auto& [k, v] : e.attrs) {
            auto at = k == "weight" ? weights_at.find(std::get<std::string>(v)) : weights_at.end();
            if (at == weights_at.end())
                continue;
            std::size_t& used = weights_used[at->first];
            std::size_t offset = at->second[std::min(used++, at->second.size() - 1)];
            std::tie(e.line, e.column) = line_column(owned, offset);
        }
        g.edges.push_back(std::move(e));
    }
    if (!r.ok || nodes < 0 || edges < 0) {
        d.error(file, 0, 0, "internal error: malformed reply from the DOT parser process");
        return result;
    }
    if (subgraphs)
        d.info(file, 0, 0,
               std::to_string(subgraphs) +
                   " subgraph(s)/cluster(s) flattened: their nodes and edges are read, the "
                   "grouping is not");
    if (repeated_keys)
        d.info(file, 0, 0,
               std::to_string(repeated_keys) +
                   " edge key(s) used by more than one edge: those edges were numbered instead");
    if (strict)
        d.info(file, 0, 0, "strict graph: Graphviz merged parallel edges");
    if (pinned_parse_fail)
        d.warning(file, 0, 0,
                  std::to_string(pinned_parse_fail) +
                      " node pos value(s) are not 'x,y': kept as attribute 'pos'");
    // Node order from cgraph is by creation; edges follow nodes. No line numbers survive
    // (except the weight locations found above).
    result.value = build_case(std::move(g), file, opt, BuildRules{}, d);
    return result;
}

namespace {

// DOT quoted string: only \" is an escape. A backslash just before a quote or at the end
// would change meaning, so it is doubled (the one lossy case, reported by the caller).
std::string dot_quote(std::string_view s, std::size_t& altered) {
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size(); ++i) {
        char ch = s[i];
        if (ch == '"') {
            out += "\\\"";
        } else if (ch == '\\' &&
                   (i + 1 == s.size() || s[i + 1] == '"' || s[i + 1] == '\n' || s[i + 1] == '\r')) {
            out += "\\\\";
            ++altered;
        } else {
            out += ch;
        }
    }
    return out + "\"";
}

}  // namespace

std::string write_dot(const Case& c, const Scenario& s, const std::string& file,
                      DiagnosticList& diags) {
    bool any_directed = false;
    for (const auto& r : s.relations)
        any_directed = any_directed || r.directed;
    std::size_t altered = 0, too_long = 0;
    auto q = [&](std::string_view v) {
        if (v.size() > kCgraphStringLimit)
            ++too_long;
        return dot_quote(v, altered);
    };
    std::string out = std::string(any_directed ? "digraph " : "graph ") + q(s.name) + " {\n";
    for (const auto& a : s.actors) {
        out += "  " + q(a.id);
        std::vector<std::string> parts;
        for (const auto& [k, v] : actor_fields(a))
            parts.push_back((k == "name" ? std::string("label") : k) + "=" +
                            q(attribute_to_string(v)));
        if (auto it = s.positions.find(a.id); it != s.positions.end())
            parts.push_back("pos=" +
                            q(format_double(it->second.x) + "," + format_double(it->second.y) +
                              (it->second.pinned ? "!" : "")));
        for (const auto& [k, v] : a.attributes) {
            bool taken = k == "pos" || k == "label" || k == "name";
            for (const auto& f : actor_fields(a))
                taken = taken || f.first == k;
            if (!taken)
                parts.push_back(q(k) + "=" + q(attribute_to_string(v)));
        }
        if (!parts.empty()) {
            out += " [";
            for (std::size_t i = 0; i < parts.size(); ++i) {
                if (i)
                    out += ", ";
                out += parts[i];
            }
            out += "]";
        }
        out += ";\n";
    }
    const char* arrow = any_directed ? " -> " : " -- ";
    for (const auto& r : s.relations) {
        out += "  " + q(r.source) + arrow + q(r.target) + " [key=" + q(r.id);
        if (any_directed && !r.directed)
            out += ", directed=\"false\"";
        auto fields = relation_fields(r);
        for (const auto& [k, v] : fields)
            out += ", " + k + "=" + q(attribute_to_string(v));
        for (const auto& [k, v] : r.details->attributes) {
            bool taken = k == "key" || k == "directed";
            for (const auto& f : fields)
                taken = taken || f.first == k;
            if (!taken)
                out += ", " + q(k) + "=" + q(attribute_to_string(v));
        }
        out += "];\n";
    }
    out += "}\n";
    if (altered)
        diags.warning(file, 0, 0,
                      std::to_string(altered) +
                          " backslash(es) before a quote or line end doubled: DOT strings "
                          "cannot hold them as they are");
    if (too_long)
        diags.warning(file, 0, 0,
                      std::to_string(too_long) +
                          " string(s) over 16 KiB: Graphviz 2.42 cannot read them back");
    std::size_t typed = 0;
    for (const auto& a : s.actors)
        for (const auto& [k, v] : a.attributes)
            typed += std::holds_alternative<std::string>(v) ? 0 : 1;
    for (const auto& r : s.relations)
        for (const auto& [k, v] : r.details->attributes)
            typed += std::holds_alternative<std::string>(v) ? 0 : 1;
    if (typed)
        diags.info(file, 0, 0,
                   std::to_string(typed) +
                       " typed attribute value(s) written as text (DOT attributes are strings)");
    report_unwritten(c, s, "DOT", file, diags);
    return out;
}

}  // namespace rk::io::detail

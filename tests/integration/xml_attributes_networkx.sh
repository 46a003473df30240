#!/usr/bin/env bash
# GEXF and GraphML white space, checked against an independent reader and writer
# (NetworkX in Debian's /usr/bin/python3): string values keep their spaces, tabs and line
# breaks both ways; typed values come through as numbers. See xml_attributes_test.cpp.
# Usage: xml_attributes_networkx.sh REGIEKAART SOURCE_DIR
set -u
exe="$1"
fail() { echo "FAIL: $*" >&2; exit 1; }
py=/usr/bin/python3
if ! "$py" -c 'import networkx' 2>/dev/null; then
  echo "xml_attributes_networkx: skipped (no networkx in $py)"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/t.regie.json" <<'JSON'
{
  "format": "regiekaart-case",
  "format_version": 1,
  "id": "trim",
  "title": "Trim",
  "scenarios": [
    {
      "id": "s",
      "name": "S",
      "actors": [
        {"id": "a", "name": "  Padded name  ", "type": "ministry",
         "attributes": {"note": "  two spaces  ", "code": " 7 ", "tab": "\tx\n", "count": 3}},
        {"id": "b", "name": "B", "type": "ministry",
         "attributes": {"note": "plain", "code": "8", "count": 4}}
      ],
      "relations": [
        {"id": "r1", "source": "a", "target": "b", "layer": "funding",
         "attributes": {"why": " because "}}
      ]
    }
  ]
}
JSON

# Ours -> NetworkX. NetworkX reads GEXF up to 1.2draft; our 1.3 differs from it in the
# namespace only for what is checked here (attributes, labels).
"$exe" convert "$tmp/t.regie.json" "$tmp/t.graphml" >/dev/null 2>&1 || fail "write GraphML"
"$exe" convert "$tmp/t.regie.json" "$tmp/t.gexf" >/dev/null 2>&1 || fail "write GEXF"
sed 's#http://gexf.net/1.3/viz#http://www.gexf.net/1.2draft/viz#; s#http://gexf.net/1.3#http://www.gexf.net/1.2draft#; s#version="1.3"#version="1.2"#' \
  "$tmp/t.gexf" >"$tmp/t12.gexf"
"$py" - "$tmp/t.graphml" "$tmp/t12.gexf" <<'PY' || fail "NetworkX read our files differently"
import sys
import networkx as nx
for path in sys.argv[1:]:
    g = nx.read_gexf(path) if path.endswith(".gexf") else nx.read_graphml(path)
    a = g.nodes["a"]
    expected = {"label": "  Padded name  ", "note": "  two spaces  ", "code": " 7 ",
                "tab": "\tx\n", "count": 3}
    for key, value in expected.items():
        if a.get(key) != value:
            sys.exit(f"{path}: node a {key} = {a.get(key)!r}, expected {value!r}")
    why = g.edges["a", "b"]["why"]
    if why != " because ":
        sys.exit(f"{path}: edge why = {why!r}")
PY

# NetworkX -> ours: padded strings kept, numbers typed.
"$py" - "$tmp" <<'PY' || fail "NetworkX could not write the files"
import sys
import networkx as nx
g = nx.Graph()
g.add_node("a", label="  Padded  ", note="  two spaces  ", count=3, share=0.5)
g.add_node("b", label="B", note="plain", count=4, share=1.5)
g.add_edge("a", "b", why=" because ")
nx.write_graphml(g, sys.argv[1] + "/nx.graphml")
nx.write_gexf(g, sys.argv[1] + "/nx.gexf")
PY
for f in nx.graphml nx.gexf; do
  "$exe" convert "$tmp/$f" "$tmp/$f.regie.json" >/dev/null 2>"$tmp/err" || fail "read $f: $(cat "$tmp/err")"
  "$py" - "$tmp/$f.regie.json" <<'PY' || fail "$f read differently"
import json
import sys
case = json.load(open(sys.argv[1]))
actors = {a["id"]: a for a in case["scenarios"][0]["actors"]}
attrs = actors["a"].get("attributes", {})
problems = []
if actors["a"]["name"] != "  Padded  ":
    problems.append(f"name {actors['a']['name']!r}")
if attrs.get("note") != "  two spaces  ":
    problems.append(f"note {attrs.get('note')!r}")
if attrs.get("count") != 3 or attrs.get("share") != 0.5:
    problems.append(f"count/share {attrs.get('count')!r} {attrs.get('share')!r}")
rel = case["scenarios"][0]["relations"][0]
if rel.get("attributes", {}).get("why") != " because ":
    problems.append(f"why {rel.get('attributes')!r}")
if problems:
    sys.exit(sys.argv[1] + ": " + "; ".join(problems))
PY
done
echo "xml_attributes_networkx: ok"

#!/usr/bin/env bash
# Files other tools write (tests/data/io/corpus): Regiekaart must read each with the counts
# and values an independent parser (networkx, igraph, Graphviz gc, Python csv) reads.
set -euo pipefail
exe=$1
src=$2
/usr/bin/python3 "$src/tests/data/io/corpus/check_corpus.py" "$exe"

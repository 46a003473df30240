#!/usr/bin/env bash
# Issue 15: no view reads an environment variable. Tests and scripts drive the window through
# the automation options (doc/options.hpp, docs/testing.md); what the environment decides
# (home folder, autosave and settings folders, the desktop portal) is read in app/doc.
# $1 = source dir. Fails, listing the lines, when a file under app/gui calls getenv.
set -euo pipefail
SRC=$1
[ -d "$SRC/app/gui" ] || { echo "FAIL: no app/gui under $SRC" >&2; exit 1; }
if hits=$(grep -rnE '\b(std::)?(secure_)?getenv\s*\(' "$SRC/app/gui"); then
    echo "FAIL: app/gui reads the environment; use doc::Automation or a function in app/doc:" >&2
    echo "$hits" >&2
    exit 1
fi
echo "ok: app/gui calls no getenv"

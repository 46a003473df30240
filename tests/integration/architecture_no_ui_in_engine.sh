#!/usr/bin/env bash
# The engine (graph/) must not include UI code. Two checks:
# 1. no source in graph/ names an ImGui, GLFW, glad or OpenGL header;
# 2. the firewall works: a probe compiled with an engine target's include path fails on
#    `#include <imgui.h>` and `#include <GLFW/glfw3.h>` with our message.
set -u
src=${2:?source dir}
status=0
offenders=$(grep -rlE '#include *[<"](imgui|GLFW/|glad/|GL/)' "$src/graph" --include='*.cpp' --include='*.hpp' --include='*.h' \
  | grep -v '/ui_firewall/' || true)
if [[ -n $offenders ]]; then
  echo "FAIL: graph/ includes UI headers: $offenders"
  status=1
fi
probe=$(mktemp --suffix=.cpp)
trap 'rm -f "$probe"' EXIT
for header in '<imgui.h>' '<GLFW/glfw3.h>' '<glad/gl.h>' '<imgui/imgui.h>'; do
  echo "#include $header" >"$probe"
  if out=$(c++ -std=c++20 -fsyntax-only -I "$src/graph/ui_firewall" -I "$src/graph" "$probe" 2>&1); then
    echo "FAIL: $header compiled with the engine include path"
    status=1
  elif ! grep -q "must not include UI" <<<"$out"; then
    echo "FAIL: $header failed for another reason: $out"
    status=1
  fi
done
[[ $status -eq 0 ]] && echo "ok: graph/ cannot include UI code"
exit $status

#!/usr/bin/env bash
# The Debian package (issue 16), as a user's machine gets it: CPack builds the .deb from the
# existing Release build (nothing is rebuilt), `dpkg-deb -x` unpacks it into a temporary
# root with no source tree next to it, and the installed program runs from there:
# --version, info on an installed sample, a screenshot of the default start under Xvfb
# that is not blank. The desktop file validates, the MIME type recognises a case by name and
# by content, the manual page renders, the completion completes a command.
# $1 = build directory (with CPackConfig.cmake), $2 = source directory.
BUILD=$(realpath "$1")
source "$(dirname "$0")/../gui/common.bash" "$BUILD/app/regiekaart" "$2"

cpack --config "$BUILD/CPackConfig.cmake" -B "$WORK/pkg" >"$WORK/cpack.log" 2>&1 ||
    { cat "$WORK/cpack.log"; fail "cpack failed"; }
version=$(sed -n 's/^project(regiekaart VERSION \([0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")
deb="$WORK/pkg/regiekaart_${version}_amd64.deb"
[ -f "$deb" ] || fail "no $deb (got: $(ls "$WORK/pkg"))"
depends=$(dpkg-deb -f "$deb" Depends)
# dpkg-shlibdeps found the linked libraries; the run-time font is listed by hand.
for lib in libglfw3 libgvc6 libcairo2 libc6 libgl1 fonts-dejavu-core; do
    [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done
echo "package: $(basename "$deb"), $(wc -c <"$deb") bytes; Depends: $depends"

ROOT=$WORK/root
dpkg-deb -x "$deb" "$ROOT"
EXE=$ROOT/usr/bin/regiekaart
[ -x "$EXE" ] || fail "no executable in the package"
for f in usr/share/regiekaart/cases/woondeal-holland-rijnland.regie.json \
    usr/share/regiekaart/schema/regie-case.schema.json \
    usr/share/applications/regiekaart.desktop usr/share/mime/packages/regiekaart.xml \
    usr/share/icons/hicolor/scalable/apps/regiekaart.svg \
    usr/share/icons/hicolor/16x16/apps/regiekaart.png \
    usr/share/icons/hicolor/256x256/apps/regiekaart.png \
    usr/share/man/man1/regiekaart.1.gz usr/share/bash-completion/completions/regiekaart \
    usr/lib/regiekaart/regiekaart-formats.so usr/lib/regiekaart/regiekaart-gui.so; do
    [ -f "$ROOT/$f" ] || fail "missing in the package: /$f"
done
[ "$(identify -format '%w %h' "$ROOT/usr/share/icons/hicolor/48x48/apps/regiekaart.png")" = "48 48" ] ||
    fail "48px icon has the wrong size"

# The installed copy reads its own data, not the source tree it was built from.
[ "$("$EXE" --data-dir)" = "$ROOT/usr/share/regiekaart" ] || fail "data dir: $("$EXE" --data-dir)"
"$EXE" --version | grep -Eq "^regiekaart $version \(commit ([0-9a-f]{12}(-dirty)?|unknown)\)$" ||
    fail "--version: $("$EXE" --version)"
"$EXE" info "$ROOT/usr/share/regiekaart/cases/woondeal-holland-rijnland.regie.json" >"$WORK/info.txt" ||
    fail "info on an installed sample failed"
grep -q "Woondeal Holland Rijnland" "$WORK/info.txt" || fail "info: $(head -3 "$WORK/info.txt")"
# The installed program finds its formats module (usr/lib/regiekaart/): a PDF report and a
# workbook.
"$EXE" export "$ROOT/usr/share/regiekaart/cases/woondeal-holland-rijnland.regie.json" --report \
    -o "$WORK/report.pdf" 2>"$WORK/err" || fail "PDF report: $(cat "$WORK/err")"
[ "$(head -c 5 "$WORK/report.pdf")" = "%PDF-" ] || fail "report.pdf is not a PDF"
"$EXE" export --template -o "$WORK/leeg.xlsx" 2>"$WORK/err" || fail "template: $(cat "$WORK/err")"

# The default start (no file: the start screen, with the installed samples' miniatures) and
# an installed sample draw real pictures.
start_xvfb
"$EXE" --screenshot "$WORK/start.png" --frames 8 >"$WORK/app.log" 2>&1 || fail "screenshot run failed"
[ "$(stat start '%k')" -gt 200 ] || fail "start screen nearly blank ($(stat start '%k') colours)"
"$EXE" "$ROOT/usr/share/regiekaart/cases/woondeal-holland-rijnland.regie.json" \
    --screenshot "$WORK/sample.png" --frames 8 >"$WORK/app.log" 2>&1 || fail "screenshot run failed"
sd=$(stat sample '%[fx:int(1000*standard_deviation)]' 600x400+300+60)
[ "$sd" -gt 40 ] || fail "canvas looks empty for an installed sample (stddev $sd)"

desktop-file-validate "$ROOT/usr/share/applications/regiekaart.desktop" || fail "desktop file invalid"
grep -q '^Exec=regiekaart %f$' "$ROOT/usr/share/applications/regiekaart.desktop" || fail "Exec line"

# MIME: compile the definition as the package's trigger would, then ask GIO, by name and
# (for a copy without the extension) by the magic match on "format": "regiekaart-case".
mkdir -p "$WORK/xdg/mime/packages"
cp "$ROOT/usr/share/mime/packages/regiekaart.xml" "$WORK/xdg/mime/packages/"
update-mime-database "$WORK/xdg/mime" 2>"$WORK/mime.log" || { cat "$WORK/mime.log"; fail "MIME definition rejected"; }
cp "$ROOT/usr/share/regiekaart/cases/vth-stelsel.regie.json" "$WORK/named.regie.json"
cp "$ROOT/usr/share/regiekaart/cases/vth-stelsel.regie.json" "$WORK/no-extension"
for f in named.regie.json no-extension; do
    type=$(XDG_DATA_HOME=$WORK/xdg XDG_DATA_DIRS=/usr/share gio info -a standard::content-type "$WORK/$f" |
        sed -n 's/.*standard::content-type: //p')
    [ "$type" = "application/x-regiekaart+json" ] || fail "$f is '$type', not application/x-regiekaart+json"
done

# The manual page renders without warnings and covers every command.
MANWIDTH=80 man --warnings -l "$ROOT/usr/share/man/man1/regiekaart.1.gz" >"$WORK/man.txt" 2>"$WORK/man.err" ||
    fail "man -l failed: $(cat "$WORK/man.err")"
[ ! -s "$WORK/man.err" ] || fail "man warnings: $(head -5 "$WORK/man.err")"
for section in NAME SYNOPSIS "EXIT STATUS" FILES; do grep -q "^$section" "$WORK/man.txt" || fail "man: no $section"; done
for cmd in $("$EXE" --help | awk '/^commands:/ {on=1; next} on && /^  [a-z]/ {print $1}'); do
    grep -q "^   $cmd\$" "$WORK/man.txt" || fail "man: command $cmd missing"
done

# Completion: sources in a plain bash and completes a command, an option and a value.
complete_words() {  # complete_words WORD... : what <TAB> after the last word offers
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _regiekaart; echo "${COMPREPLY[*]}"' \
        _ "$ROOT/usr/share/bash-completion/completions/regiekaart" regiekaart "$@"
}
[ "$(complete_words ana)" = "analyze" ] || fail "completion of 'ana': '$(complete_words ana)'"
[[ " $(complete_words analyze x.regie.json --for) " == *" --format "* ]] || fail "completion of analyze --for"
[ "$(complete_words export x.regie.json --lang '')" = "nl en" ] || fail "completion of --lang values"
mkdir -p "$WORK/c" && touch "$WORK/c/a.regie.json" "$WORK/c/b.txt"
[ "$(cd "$WORK/c" && complete_words info '')" = "a.regie.json" ] || fail "completion of case files"

echo "contents: $(dpkg-deb -c "$deb" | grep -vc '/$') files"
echo "ok: package builds, installs into a bare root and runs from there"

#!/usr/bin/env bash
# Builds the Linux bundle (packaging/build.sh) and uses it the way an office would, from the
# unpacked tar.gz and never from the source tree:
#   - the tar.gz is unpacked into an empty temporary folder, the commands run from there with
#     a bare environment (PATH=/usr/bin:/bin, no venv, no PYTHONPATH, a fresh HOME);
#   - the source tree is hidden (an empty tmpfs mounted over it in a private mount
#     namespace; without the rights for that, strace checks that nothing under it is opened),
#     so a module, translation, font or migration that did not travel makes a step fail;
#   - --smoke-test offscreen (and on Xvfb through the xcb plugin when Xvfb is installed, with
#     the system's xcb helper libraries hidden as well), `demo`, `export xlsx`, `report pdf`
#     in Russian (Cyrillic text and embedded fonts checked with pdftotext/pdffonts), `db
#     upgrade` of a database at revision 0001 (made from the source tree) keeping its
#     records, the migrations on a throwaway PostgreSQL database, install.sh and --uninstall;
#   - desktop-file-validate and appstreamcli validate(-tree) on the files the tar.gz carries;
#   - every file of resources/ and translations/*.qm travelled; exactly the Qt modules the
#     app imports. What each check proves: packaging/README.md.
# Prints the bundle's size, its start-up time against the source tree's
# (benchmarks/bundle_startup.py) and how long this took.
#   bash packaging/test_bundle.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
started=$(date +%s)
fail() { echo "BUNDLE TEST FAILED: $*" >&2; exit 1; }

if [ "${1:-}" != "--no-build" ]; then
  bash packaging/build.sh
fi
build_done=$(date +%s)
python="$root/.venv/bin/python"  # the source tree's interpreter: fixtures and checks only
[ -x "$python" ] || { uv sync --locked --quiet; }
version=$("$python" -c "import desktop_app; print(desktop_app.__version__)")
head=$("$python" -c "from desktop_app.db.schema_version import HEAD; print(HEAD)")
tarball="$root/dist/coordinator-desk-${version}-linux-x86_64.tar.gz"
[ -s "$tarball" ] || fail "$tarball was not built"

work=$(mktemp -d /tmp/coordinator-desk-bundle-test.XXXXXX)
case "$work/" in "$root"/*) fail "the test folder $work is inside the source tree" ;; esac
xvfb_pid=""
pg_db=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  [ -n "$pg_db" ] && dropdb -h 127.0.0.1 -p 5432 -U postgres "$pg_db" 2>/dev/null || true
  [ -n "${BUNDLE_KEEP:-}" ] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/home" "$work/run"
tar -C "$work" -xzf "$tarball"
app="$work/coordinator-desk/coordinator-desk"
[ -x "$app" ] || fail "the tar.gz has no coordinator-desk/coordinator-desk"

echo "== desktop entry and AppStream metadata (as shipped in the tar.gz)"
share="$work/coordinator-desk/share"
desktop-file-validate "$share/applications/coordinator-desk.desktop"
appstreamcli validate --no-net "$share/metainfo/org.coordinatordesk.CoordinatorDesk.metainfo.xml"
appstreamcli validate-tree --no-net "$work/coordinator-desk"  # metainfo with its .desktop and icon
grep -q "<release version=\"$version\"" "$share/metainfo/org.coordinatordesk.CoordinatorDesk.metainfo.xml" \
  || fail "the AppStream metadata has no <release version=\"$version\"> (desktop_app.__version__)"
[ -s "$share/icons/hicolor/scalable/apps/coordinator-desk.svg" ] || fail "no icon in the tar.gz"

echo "== a database at revision 0001 with records, made from the source tree"
old_signatories=$("$python" packaging/make_old_database.py "$work/run/old.sqlite3" --revision 0001)

xcb=0
if command -v Xvfb >/dev/null 2>&1; then
  # -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
  # -noreset: without it Xvfb resets when its last client leaves, and the platform check's
  # probe of the display is such a client: Qt, connecting next, may find it resetting.
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$work/display" >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.1; done
  if [ -s "$work/display" ] && kill -0 "$xvfb_pid" 2>/dev/null; then
    display=":$(head -n1 "$work/display")"
    xcb=1
  else
    [ "${CI:-}" = true ] && fail "Xvfb did not start"
    echo "WARNING: Xvfb did not start: no xcb smoke test" >&2
  fi
fi

# PostgreSQL (the team-server engine): a throwaway database on the server the tests use, when
# it answers (.ci/run starts it; under CI=true it must be there).
pg_url=""
if command -v createdb >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  pg_db="coordinator_desk_bundle_$$"
  createdb -h 127.0.0.1 -p 5432 -U postgres "$pg_db"
  pg_url="postgresql+psycopg://postgres@127.0.0.1:5432/$pg_db"
elif [ "${CI:-}" = true ]; then
  fail "PostgreSQL does not answer on 127.0.0.1:5432"
else
  echo "WARNING: no PostgreSQL on 127.0.0.1:5432: the bundle's PostgreSQL driver is not tried" >&2
fi

# The steps, run inside the isolation below. Outputs land in $work/run; checked afterwards.
cat > "$work/steps.sh" <<EOF
set -euo pipefail
cd "$work/run"
if [ -d "$root" ] && [ -n "\$(ls -A "$root" 2>/dev/null)" ] && [ "\${BUNDLE_TRACE:-}" != 1 ]; then
  echo "the source tree is still visible" >&2; exit 1
fi
run() {
  env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    XDG_RUNTIME_DIR="$work/home" "\$@"
}
db="$work/run/office.sqlite3"
echo "-- --smoke-test on a new database (offscreen)"
run "$app" --database "\$db" --smoke-test | tee smoke-new.txt
echo "-- demo"
run "$app" --database "\$db" demo --signatories 40 --today 2026-06-30
echo "-- export xlsx (Russian)"
run "$app" --database "\$db" --lang ru export xlsx --all --lang ru office-ru.xlsx
echo "-- report pdf (Russian)"
run "$app" --database "\$db" --lang ru report pdf --from 2026-01-01 --to 2026-06-30 \
  --date 2026-06-30 --lang ru report-ru.pdf
echo "-- --smoke-test in Russian on the demo office (offscreen)"
run "$app" --database "\$db" --lang ru --smoke-test | tee smoke-ru.txt
if [ "$xcb" = 1 ]; then
  echo "-- --smoke-test through the xcb plugin on Xvfb $display"
  run env QT_QPA_PLATFORM=xcb DISPLAY="$display" "$app" --database "\$db" --smoke-test \
    | tee smoke-xcb.txt
fi
echo "-- db upgrade of a revision-0001 database"
run "$app" --database "$work/run/old.sqlite3" db upgrade
run "$app" --database "$work/run/old.sqlite3" db check | tee check-old.txt
run "$app" --database "$work/run/old.sqlite3" db info > info-old.txt
if [ -n "$pg_url" ]; then
  echo "-- PostgreSQL: the migrations on a new server database, demo, db check (psycopg travelled)"
  run "$app" --database "$pg_url" demo --signatories 10 --today 2026-06-30 > /dev/null
  run "$app" --database "$pg_url" db check | tee check-pg.txt
fi
echo "-- install.sh for this user, the command through its ~/.local/bin link, --uninstall"
run sh "$work/coordinator-desk/install.sh"
run desktop-file-validate "$work/home/.local/share/applications/coordinator-desk.desktop"
grep -qx 'Exec="$app"' "$work/home/.local/share/applications/coordinator-desk.desktop"
run "$work/home/.local/bin/coordinator-desk" --database "\$db" db check
run sh "$work/coordinator-desk/install.sh" --uninstall
[ ! -e "$work/home/.local/share/applications/coordinator-desk.desktop" ]
[ ! -e "$work/home/.local/bin/coordinator-desk" ]
EOF

echo "== the bundle's commands, from $work/run with the source tree hidden"
# BUNDLE_ISOLATION=strace forces the fallback (to test it where unshare works).
if [ "${BUNDLE_ISOLATION:-}" != strace ] && [ "$(id -u)" = 0 ] \
  && unshare --mount --propagation private true 2>/dev/null; then
  hide="mount -t tmpfs -o ro,size=1m tmpfs '$root'"
  uvdata="${XDG_DATA_HOME:-$HOME/.local/share}/uv"  # uv's Python builds: hidden too
  [ -d "$uvdata" ] && hide="$hide && mount -t tmpfs -o ro,size=1m tmpfs '$uvdata'"
  # The xcb helper libraries a plain Debian desktop lacks (the README's first start failed on
  # them): hidden from the system too, so the xcb smoke test proves the bundle's copies work.
  hidden_libs=()
  for lib in libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-image.so.0 \
             libxcb-render-util.so.0 libxkbcommon-x11.so.0; do
    for path in $(ldconfig -p | awk -v L="$lib" '$1 == L { print $NF }'); do
      hide="$hide && mount --bind /dev/null '$(readlink -f "$path")'"
      hidden_libs+=("$lib")
    done
  done
  echo "(hidden from the system as well: ${hidden_libs[*]:-none found})"
  unshare --mount --propagation private bash -c "$hide && bash '$work/steps.sh'" \
    || fail "a step failed (see above)"
elif command -v strace >/dev/null 2>&1; then
  echo "(no mount namespace here: strace watches for files opened under $root)"
  BUNDLE_TRACE=1 strace -f -qq -e trace=open,openat,stat,newfstatat,execve -o "$work/trace" \
    bash "$work/steps.sh" || fail "a step failed (see above)"
  if grep -F "\"$root/" "$work/trace" | grep -v ENOENT | grep -v "$work" | head -5 | grep .; then
    fail "the bundle opened files in the source tree (above)"
  fi
else
  [ "${CI:-}" = true ] && fail "cannot isolate the bundle from the source tree (no unshare, no strace)"
  echo "WARNING: neither a mount namespace nor strace: the source tree was not hidden" >&2
  BUNDLE_TRACE=1 bash "$work/steps.sh" || fail "a step failed (see above)"
fi

echo "== checking what the bundle wrote"
cd "$work/run"
for f in smoke-new.txt smoke-ru.txt; do
  grep -Eq "^shown in [0-9]+ ms; ready in [0-9]+ ms$" "$f" || fail "$f: no timing line"
done
pdftotext -enc UTF-8 report-ru.pdf report-ru.txt
# A Russian word of the report's own catalogue, not only the data: translations travelled.
"$python" - "$root" report-ru.txt <<'EOF'
import re
import sys
import xml.etree.ElementTree as ET
root, text_file = sys.argv[1], sys.argv[2]
text = open(text_file, encoding="utf-8").read()
if not re.search("[А-Яа-яЁё]{4,}", text):
    sys.exit("the Russian report has no Cyrillic text")
ts = ET.parse(f"{root}/translations/desktop_app_ru.ts")
found = [m.findtext("translation") for c in ts.iter("context") if c.findtext("name") == "Report"
         for m in c.iter("message")]
hits = [t for t in found if t and len(t) > 8 and "%" not in t and "{" not in t and t in text]
if len(hits) < 3:
    sys.exit(f"the Russian report shows {len(hits)} of the catalogue's 'Report' strings")
print(f"Russian report: {len(hits)} catalogue strings found, e.g. {hits[0]!r}")
EOF
pdffonts report-ru.pdf > fonts.txt
cat fonts.txt
grep -q DejaVuSans fonts.txt || fail "the report does not use DejaVu Sans"
awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit bad }' fonts.txt \
  || fail "a font of the report is not embedded"
"$python" - office-ru.xlsx <<'EOF'
import re
import sys
from openpyxl import load_workbook
book = load_workbook(sys.argv[1], read_only=True)
titles = book.sheetnames
if not any(re.search("[А-Яа-яЁё]", t) for t in titles):
    sys.exit(f"the Russian workbook's sheets are not in Russian: {titles}")
# Country names come from Babel's CLDR data: in Russian only if that data travelled.
from babel import Locale
russian = set(Locale("ru").territories.values()) - set(Locale("en").territories.values())
countries = {v for ws in book.worksheets for row in ws.iter_rows(values_only=True)
             for v in row if isinstance(v, str) and v in russian}
if not countries:
    sys.exit("the Russian workbook names no country in Russian (Babel's locale data)")
print(f"Russian workbook: {len(titles)} sheets: {', '.join(titles)}")
print(f"countries in Russian (CLDR): {', '.join(sorted(countries)[:5])}")
EOF
if [ -n "$pg_url" ]; then
  grep -q "Schema: ok (revision $head)" check-pg.txt || fail "PostgreSQL database not at $head"
fi
grep -q "Schema revision: $head" info-old.txt || fail "db upgrade did not reach revision $head"
grep -Eq "^signatory +$old_signatories " info-old.txt \
  || fail "the upgraded database does not hold its $old_signatories signatories"
echo "revision 0001 database upgraded to $head with its $old_signatories signatories"

echo "== resources/ (fonts, icons, help pages, data tables) and the .qm catalogues travelled whole"
bundled="$work/coordinator-desk/_internal"
missing=0
while IFS= read -r -d '' file; do
  rel=${file#"$root"/}
  [ -f "$bundled/$rel" ] || { echo "missing from the bundle: $rel" >&2; missing=$((missing + 1)); }
done < <(find "$root/resources" -type f -print0; find "$root/translations" -name "*.qm" -print0)
[ "$missing" = 0 ] || fail "$missing files of resources/ or translations/*.qm did not travel"
echo "$(find "$bundled/resources" -type f | wc -l) files under resources/, $(ls "$bundled/translations" | wc -l) catalogues"

echo "== Qt modules: the ones the app imports travel, no other"
"$python" - "$root" "$root/dist/coordinator-desk/_internal" <<'EOF'
import re
import sys
from pathlib import Path
root, internal = Path(sys.argv[1]), Path(sys.argv[2])
used = set()
for path in (root / "desktop_app").rglob("*.py"):
    used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
shipped = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.abi3.so")}
qt_libs = sorted(p.name for p in (internal / "PySide6" / "Qt" / "lib").glob("libQt6*"))
missing = used - shipped
extra = shipped - used - {"QtSvg"}  # QtSvg: the SVG icon's image-format and icon plugins
if missing:
    sys.exit(f"the app imports {sorted(missing)}, which the bundle lacks (its hook failed?)")
if extra:
    sys.exit(f"the bundle carries {sorted(extra)}, which the app never imports: exclude them")
print(f"Python modules: {', '.join(sorted(shipped))}; Qt libraries: {', '.join(qt_libs)}")
EOF

echo "== reportlab's C speedups travel (no hook sees their import; without them the PDF is slower)"
ls "$root/dist/coordinator-desk/_internal"/_rl_accel*.so >/dev/null 2>&1 \
  || fail "the bundle lacks _rl_accel (packaging/coordinator-desk.spec hiddenimports)"

echo "== size"
du -sh "$root/dist/coordinator-desk"
du -h "$tarball"
if command -v objdump >/dev/null 2>&1; then
  # The oldest C library the bundle runs on: the newest symbol version any of its files needs.
  glibc=$(find "$root/dist/coordinator-desk" -type f \( -name "*.so*" -o -name coordinator-desk \) \
    -exec objdump -T {} + 2>/dev/null | grep -o "GLIBC_[0-9.]*" | sort -uV | tail -n1)
  echo "needs ${glibc/_/ } or newer (built with $(ldd --version | head -n1))"
fi
tested=$(date +%s)

echo "== start-up: bundle against the source tree"
"$python" "$root/benchmarks/bundle_startup.py" --bundle "$app" --rounds "${BUNDLE_ROUNDS:-3}" \
  || fail "start-up benchmark"
echo "== bundle test passed: build $(( build_done - started )) s, checks $(( tested - build_done )) s, benchmark $(( $(date +%s) - tested )) s, total $(( $(date +%s) - started )) s"

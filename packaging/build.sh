#!/usr/bin/env bash
# Builds the Linux bundle an office without Python unpacks and runs:
#   dist/coordinator-desk/                                  PyInstaller one-folder bundle
#   dist/coordinator-desk/coordinator-desk                  its executable
#   dist/coordinator-desk-VERSION-linux-x86_64.tar.gz       the same folder with the .desktop
#                                                           file, icon, AppStream metadata
#                                                           and install.sh
# Installs what it needs itself: uv if missing, then PyInstaller from the `bundle` dependency
# group pinned in uv.lock, in an environment of its own (build/bundle-venv, runtime
# dependencies only: the dev tools cannot end up in the bundle, and the project's .venv is
# left as it is). Tested by packaging/test_bundle.sh; see packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
started=$(date +%s)

if ! command -v uv >/dev/null 2>&1; then
  python3 -m pip install --quiet uv
fi

export UV_PROJECT_ENVIRONMENT="${BUNDLE_VENV:-$root/build/bundle-venv}"
echo "== build environment: $UV_PROJECT_ENVIRONMENT"
uv sync --locked --no-dev --group bundle --quiet
python="$UV_PROJECT_ENVIRONMENT/bin/python"

version=$("$python" -c "import desktop_app; print(desktop_app.__version__)")
for lang in en ru tk; do
  [ -s "translations/desktop_app_${lang}.qm" ] || {
    echo "translations/desktop_app_${lang}.qm is missing: run scripts/update_translations.py" >&2
    exit 1
  }
done

echo "== PyInstaller $("$python" -m PyInstaller --version)"
rm -rf dist/coordinator-desk
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/coordinator-desk.spec

bundle=dist/coordinator-desk
install -Dm644 resources/coordinator-desk.desktop \
  "$bundle/share/applications/coordinator-desk.desktop"
install -Dm644 resources/icons/coordinator-desk.svg \
  "$bundle/share/icons/hicolor/scalable/apps/coordinator-desk.svg"
install -Dm644 resources/org.coordinatordesk.CoordinatorDesk.metainfo.xml \
  "$bundle/share/metainfo/org.coordinatordesk.CoordinatorDesk.metainfo.xml"
install -Dm755 packaging/linux/install.sh "$bundle/install.sh"
install -Dm644 resources/fonts/LICENSE-DejaVu.txt "$bundle/licenses/LICENSE-DejaVu.txt"

tarball="dist/coordinator-desk-${version}-linux-x86_64.tar.gz"
tar -C dist --owner=0 --group=0 -czf "$tarball" coordinator-desk
echo "== bundle: $bundle ($(du -sh "$bundle" | cut -f1)); $tarball ($(du -h "$tarball" | cut -f1))"
echo "== built in $(( $(date +%s) - started )) s"

#!/usr/bin/env bash
# Builds a portable Linux folder bundle (tar.gz) with PyInstaller, plus the .desktop file and
# AppStream metadata, so an office without Python can unpack and run it.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(uv run python -c "import desktop_app; print(desktop_app.__version__)")
uv run python scripts/update_translations.py --release-only 2>/dev/null || true
uv run --with pyinstaller pyinstaller --noconfirm packaging/coordinator-desk.spec
install -Dm644 resources/coordinator-desk.desktop dist/coordinator-desk/share/applications/coordinator-desk.desktop
install -Dm644 resources/icons/coordinator-desk.svg dist/coordinator-desk/share/icons/hicolor/scalable/apps/coordinator-desk.svg
install -Dm644 resources/org.coordinatordesk.CoordinatorDesk.metainfo.xml dist/coordinator-desk/share/metainfo/org.coordinatordesk.CoordinatorDesk.metainfo.xml
tar -C dist -czf "dist/coordinator-desk-${version}-linux-x86_64.tar.gz" coordinator-desk
echo "dist/coordinator-desk-${version}-linux-x86_64.tar.gz"

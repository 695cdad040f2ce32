#!/bin/sh
# Installs the unpacked bundle for this user (no root): a coordinator-desk command in
# ~/.local/bin, the menu entry, the icon and the AppStream metadata under ~/.local/share.
# The program itself stays in this folder; `./install.sh --uninstall` removes what it added.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
desktop=$data/applications/coordinator-desk.desktop
icon=$data/icons/hicolor/scalable/apps/coordinator-desk.svg
meta=$data/metainfo/org.coordinatordesk.CoordinatorDesk.metainfo.xml

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$bin/coordinator-desk" "$desktop" "$icon" "$meta"
  echo "Removed the menu entry and the coordinator-desk command (your databases are kept)."
  exit 0
fi
mkdir -p "$bin" "$(dirname "$desktop")" "$(dirname "$icon")" "$(dirname "$meta")"
ln -sf "$here/coordinator-desk" "$bin/coordinator-desk"
sed "s|^Exec=coordinator-desk|Exec=\"$here/coordinator-desk\"|" \
  "$here/share/applications/coordinator-desk.desktop" > "$desktop"
cp "$here/share/icons/hicolor/scalable/apps/coordinator-desk.svg" "$icon"
cp "$here/share/metainfo/org.coordinatordesk.CoordinatorDesk.metainfo.xml" "$meta"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "Installed: $desktop and $bin/coordinator-desk"

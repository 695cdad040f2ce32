"""The toolbar's, menus' and sidebar's icons: SVG files in resources/icons/actions.

Feather icons (MIT; resources/LICENSE-icons.txt names the source and licence). A QIcon
made from a file name renders when first painted, so building the window loads no image;
a missing file gives an empty icon (the action keeps its text), never an error.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon


@cache
def icon_dir() -> Path | None:
    """resources/icons/actions in a checkout; beside the package in a frozen build."""
    here = Path(__file__).resolve()
    for base in (here.parents[2], here.parents[1]):
        candidate = base / "resources" / "icons" / "actions"
        if candidate.is_dir():
            return candidate
    return None


def icon_path(name: str) -> Path | None:
    folder = icon_dir()
    path = folder / f"{name}.svg" if folder else None
    return path if path is not None and path.is_file() else None


@cache
def icon(name: str) -> QIcon:
    path = icon_path(name)
    return QIcon(str(path)) if path else QIcon()

"""The settings as the widgets use them: the store (desktop_app/config.py) and the window's
options (declared, with every other option, in desktop_app/options.py)."""

from __future__ import annotations

from ..config import APPLICATION, ORGANIZATION, REGISTRY, Option, Settings
from ..options import LANGUAGE, SPLITTER_STATE, WINDOW_GEOMETRY, WINDOW_STATE

OPTIONS = REGISTRY.options
"""Plain options by key (families and groups: see REGISTRY)."""

__all__ = [
    "APPLICATION",
    "LANGUAGE",
    "OPTIONS",
    "ORGANIZATION",
    "SPLITTER_STATE",
    "WINDOW_GEOMETRY",
    "WINDOW_STATE",
    "Option",
    "Settings",
]

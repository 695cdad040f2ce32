"""GUI start-up (placeholder until the main window lands)."""

from __future__ import annotations

from collections.abc import Sequence


def run_gui(argv: Sequence[str]) -> int:
    raise SystemExit("GUI not yet built")

"""Entry point: a subcommand runs headless; no subcommand opens the GUI."""

from __future__ import annotations

import time

STARTED = time.perf_counter()
"""Taken before anything heavy is imported; the smoke test's fallback time origin."""

import gc  # noqa: E402 - after the clock on purpose
import sys  # noqa: E402
from collections.abc import Sequence  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    """The command or the window, with Python's cyclic garbage collector paused meanwhile.

    Importing PySide6 and our modules allocates tens of thousands of long-lived objects, and
    the collector scanned them again and again: counted on the smoke test, 33 young and 3
    middle collections (~3 ms) before the window's code even ran. The pause lasts through
    the imports: a command gets the collector back before it runs (an import of a large
    workbook makes cycles), the window when its first screen is in (ui/app.py, run_gui).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(list(sys.argv[1:] if argv is None else argv), collecting)
    finally:
        if collecting:
            gc.enable()


def _main(argv: list[str], collecting: bool) -> int:
    from .db.private_files import restrict_process

    restrict_process()  # databases, backups, packs, logs: owner-only (db/private_files.py)
    from .cli import command_names, first_positional

    word = first_positional(argv)  # None on a window's start: the commands are not looked up
    if word is not None and word in command_names():
        from .cli import main as cli_main

        if collecting:
            gc.enable()
        return cli_main(argv)
    from .ui.app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())

"""Entry point: a subcommand runs headless; no subcommand opens the GUI."""

from __future__ import annotations

import time

STARTED = time.perf_counter()
"""Taken before anything heavy is imported; the smoke test's fallback time origin."""

import sys  # noqa: E402 - after the clock on purpose
from collections.abc import Sequence  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from .db.private_files import restrict_process

    restrict_process()  # databases, backups, packs, logs: owner-only (db/private_files.py)
    from .cli import command_names, first_positional

    word = first_positional(argv)  # None on a window's start: the commands are not looked up
    if word is not None and word in command_names():
        from .cli import main as cli_main

        return cli_main(argv)
    from .ui.app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())

"""What the GUI and the headless commands share on the command line: exit codes, the global
options, and reading --lang before the parser (whose help is translated) exists.

`coordinator-desk` with a subcommand runs cli.py, without one the GUI (ui/app.py); both
build their parser from `base_parser()` so an option or its help cannot drift between them.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from .i18n import LANGUAGES, tr

EXIT_OK = 0
EXIT_INVALID = 1
"""Invalid input: nothing was written."""
EXIT_UNUSABLE = 2
"""A file, database or server that cannot be used (also argparse's own usage errors)."""
EXIT_INTERNAL = 3
"""The smoke test met an unexpected error (logged with its traceback)."""
EXIT_INTERRUPTED = 130
"""Ctrl+C, as a shell reports it."""

LANG_ENV = "COORDINATOR_DESK_LANG"
PROG = "coordinator-desk"
VALUE_OPTIONS = frozenset({"--database", "--lang"})
"""Global options followed by a value (skipped when looking for the subcommand)."""


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        metavar="PATH|URL",
        help=tr("CLI", "SQLite file or SQLAlchemy URL (default: the file in the data folder)"),
    )
    parser.add_argument(
        "--lang",
        choices=sorted(LANGUAGES),
        help=tr("CLI", "interface and message language"),
    )
    parser.add_argument(
        "--ask-password",
        action="store_true",
        help=tr(
            "CLI",
            "ask for the database server's password (never give it in --database; "
            "PGPASSWORD or a pgpass file work too)",
        ),
    )


def base_parser(**kwargs: Any) -> argparse.ArgumentParser:
    """The program's parser with the options every start accepts (GUI or command)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=tr("CLI", "Coordinator Desk: records and reports of a Covenant Coordinator."),
        **kwargs,
    )
    add_global_options(parser)
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=tr("CLI", "open the main window, fill the first list, print timings and exit"),
    )
    return parser


def prescan_lang(argv: Sequence[str]) -> str | None:
    """--lang (or `--lang=`, or an abbreviation argparse would accept), else None.

    Wrong or missing values are left for the real parser to report.
    """
    pre = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    pre.add_argument("--lang")
    try:
        known, _rest = pre.parse_known_args(list(argv))
    except (argparse.ArgumentError, SystemExit):
        return None
    return known.lang  # type: ignore[no-any-return]


def first_positional(argv: Sequence[str]) -> str | None:
    """The subcommand word, skipping global options and their values."""
    skip = False
    for token in argv:
        if skip:
            skip = False
            continue
        if token in VALUE_OPTIONS:
            skip = True
            continue
        if token.startswith("-"):
            continue
        return token
    return None

"""Headless commands over the same services the GUI uses (see shared CLI.md).

Each feature registers its subcommands from a module in cli_commands/, so this file stays
the parser, the dispatcher and the exit-code policy: 0 done, 1 invalid input (nothing
written), 2 unusable file, database or server.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Any

from .i18n import LANGUAGES, tr

# Feature modules under desktop_app/cli_commands; each has register(subparsers).
COMMAND_MODULES: tuple[str, ...] = ("db", "demo", "backup", "excel", "reports", "deadlines")

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_UNUSABLE = 2


class UsageError(Exception):
    """Invalid input: the command wrote nothing. The message is already translated."""


class UnusableError(Exception):
    """A file, database or server that cannot be used. The message is already translated."""


Handler = Callable[[argparse.Namespace], int]


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coordinator-desk",
        description=tr("CLI", "Coordinator Desk: records and reports of a Covenant Coordinator."),
    )
    add_global_options(parser)
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=tr("CLI", "open the main window, fill the first list, print timings and exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"{__package__}.cli_commands.{name}")
        module.register(sub)
    return parser


def command_names() -> set[str]:
    """Subcommand names, without importing the feature modules' heavy dependencies."""
    names: set[str] = set()
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"{__package__}.cli_commands.{name}")
        names.update(getattr(module, "COMMANDS", ()))
    return names


def err(message: str) -> None:
    print(message, file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Run a parsed subcommand with the shared error policy."""
    from .db.errors import DatabaseError
    from .messages import format_message

    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        err(tr("CLI", "Missing command; see --help."))
        return EXIT_INVALID
    try:
        return handler(args)
    except UsageError as exc:
        err(str(exc))
        return EXIT_INVALID
    except UnusableError as exc:
        err(str(exc))
        return EXIT_UNUSABLE
    except DatabaseError as exc:
        err(format_message(exc.code, exc.params))
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        err(tr("CLI", "Interrupted; nothing was written."))
        return 130


def open_db(args: argparse.Namespace, **kwargs: Any):  # type: ignore[no-untyped-def]
    from .services.database import open_database

    return open_database(args.database, **kwargs)


def main(argv: Sequence[str]) -> int:
    """Headless entry: a QCoreApplication (for translators), then parse and run."""
    from PySide6.QtCore import QCoreApplication

    from . import i18n

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    i18n.install(_prescan_lang(argv))
    parser = build_parser()
    args = parser.parse_args(list(argv))
    code = run(args)
    del app
    return code


def _prescan_lang(argv: Sequence[str]) -> str:
    """--lang must be known before the parser is built, since its help is translated."""
    import os

    argv = list(argv)
    for i, token in enumerate(argv):
        if token == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if token.startswith("--lang="):
            return token.split("=", 1)[1]
    return os.environ.get("COORDINATOR_DESK_LANG", "en")


_VALUE_OPTIONS = {"--database", "--lang"}


def first_positional(argv: Sequence[str]) -> str | None:
    """The subcommand word, skipping global options and their values."""
    skip = False
    for token in argv:
        if skip:
            skip = False
            continue
        if token in _VALUE_OPTIONS:
            skip = True
            continue
        if token.startswith("-"):
            continue
        return token
    return None

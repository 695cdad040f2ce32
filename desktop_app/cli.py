"""Headless commands over the same services the GUI uses (see shared CLI.md).

Each feature registers its subcommands from a module in cli_commands/, so this file stays
the parser, the dispatcher and the exit-code policy: 0 done, 1 invalid input (nothing
written), 2 unusable file, database or server.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from .command_line import (
    EXIT_INTERRUPTED,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_UNUSABLE,
    LANG_ENV,
    add_global_options,
    base_parser,
    first_positional,
    prescan_lang,
)
from .i18n import tr

__all__ = [  # the feature modules import these from here
    "EXIT_INVALID",
    "EXIT_OK",
    "EXIT_UNUSABLE",
    "UnusableError",
    "UsageError",
    "add_global_options",
    "first_positional",
    "open_db",
]

# Feature modules under desktop_app/cli_commands; each has register(subparsers).
COMMAND_MODULES: tuple[str, ...] = ("db", "demo", "backup", "excel", "reports", "deadlines")


class UsageError(Exception):
    """Invalid input: the command wrote nothing. The message is already translated."""


class UnusableError(Exception):
    """A file, database or server that cannot be used. The message is already translated."""


Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = base_parser()
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
        return EXIT_INTERRUPTED


def open_db(args: argparse.Namespace, **kwargs: Any):  # type: ignore[no-untyped-def]
    from .services.database import open_database

    return open_database(args.database, **kwargs)


def main(argv: Sequence[str]) -> int:
    """Headless entry: a QCoreApplication (for translators), then parse and run."""
    from PySide6.QtCore import QCoreApplication

    from . import i18n

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    i18n.install(prescan_lang(argv) or os.environ.get(LANG_ENV, "en"))
    parser = build_parser()
    args = parser.parse_args(list(argv))
    code = run(args)
    del app
    return code

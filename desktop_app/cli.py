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
COMMAND_MODULES: tuple[str, ...] = (
    "db",
    "demo",
    "backup",
    "excel",
    "inventory",
    "reports",
    "deadlines",
    "server",
    "sync",
    "trash",
)


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
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    from .db.errors import DatabaseError
    from .messages import format_message

    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        err(tr("CLI", "Missing command; see --help."))
        return EXIT_INVALID
    from .db.secrets import ask_password, password_in, safe_url

    if password_in(getattr(args, "database", None)):
        err(
            tr(
                "CLI",
                "A password in --database ({url}) is visible to every user of this computer "
                "in the process list; nothing was done. Give it with PGPASSWORD, a pgpass "
                "or service file, or --ask-password.",
            ).format(url=safe_url(args.database))
        )
        return EXIT_INVALID
    if getattr(args, "ask_password", False):
        ask_password(tr("CLI", "Password for the database server: "))
    from .cli_commands import server

    try:
        refused = server.early_refusal(args)  # an office server's role too low: say so first
        if refused is not None:
            err(refused)
            return EXIT_UNUSABLE
        return handler(args)
    except UsageError as exc:
        err(str(exc))
        return EXIT_INVALID
    except UnusableError as exc:
        err(str(exc))
        return EXIT_UNUSABLE
    except DatabaseError as exc:
        refused = server.refusal(args, exc)  # "not_allowed": name the role the command needs
        err(refused or format_message(exc.code, exc.params))
        return EXIT_UNUSABLE
    except (OSError, ArithmeticError, SQLAlchemyError, sqlite3.Error) as exc:
        refused = server.refusal(args, exc)  # the server's "insufficient privilege": which role
        if refused is not None:
            err(refused)
            return EXIT_UNUSABLE
        # Disk full, read-only file or folder, a lock held by another session, a value
        # too large for its column: the environment, said in words (db.errors.translate).
        from .db.errors import translate

        found = translate(exc, location=_location(args))
        if found is None:
            raise
        err(format_message(found.code, found.params))
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        err(tr("CLI", "Interrupted; nothing was written."))
        return EXIT_INTERRUPTED


def _location(args: argparse.Namespace) -> str:
    """The database the command works on, for messages (passwords masked)."""
    from .db.location import resolve_database, sqlite_path

    try:
        url = resolve_database(getattr(args, "database", None))
    except Exception:  # noqa: BLE001 - only for a message
        return str(getattr(args, "database", "") or "")
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    from .db.secrets import safe_url

    return safe_url(url)


def open_db(args: argparse.Namespace, **kwargs: Any):  # type: ignore[no-untyped-def]
    """Open the database named by --database / env / default for a subcommand.

    A database that does not exist is created only at the default location (first run);
    a --database or COORDINATOR_DESK_DATABASE naming a missing file or folder is refused
    (exit 2) instead of leaving new folders and an empty database behind a typing error.
    `db upgrade` (and `demo` into a new file of an existing folder) say create=True.
    """
    from .services.database import open_database

    kwargs.setdefault("create", implicit_creation_allowed(args))
    return open_database(args.database, **kwargs)


def implicit_creation_allowed(args: argparse.Namespace) -> bool:
    import os

    from .db.location import ENV_VAR

    return not getattr(args, "database", None) and not os.environ.get(ENV_VAR)


def new_file_allowed(args: argparse.Namespace) -> bool:
    """`demo` may fill a new file, but only in a folder that exists (never new folders)."""
    if implicit_creation_allowed(args):
        return True
    from .db.location import resolve_database, sqlite_path

    path = sqlite_path(resolve_database(args.database))
    return path is not None and path.parent.is_dir()


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

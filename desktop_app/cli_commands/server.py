"""`server init`, `server user add|list|set-role|disable`: an office server with accounts.

The rights are the server's (services/server_accounts.py); this module parses, asks for
the new user's password without echo, and says what happened. It also knows which role
each command needs, so a refusal (the server's SQLSTATE 42501, or the early check below)
names it: cli.run() asks `refusal()` for the message, exit 2.
"""

from __future__ import annotations

import argparse
import os
import sys

from ..cli import EXIT_OK, UsageError
from ..i18n import tr

COMMANDS = ("server",)
PASSWORD_ENV = "COORDINATOR_DESK_NEW_USER_PASSWORD"
"""For scripts: the new user's password (PGPASSWORD is the password of whoever runs the
command, the admin signing in)."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("server", help=tr("CLI", "office server: roles and user accounts"))
    actions = p.add_subparsers(dest="server_action", metavar="ACTION", required=True)
    a = actions.add_parser(
        "init", help=tr("CLI", "prepare a PostgreSQL database for an office (schema, roles)")
    )
    a.set_defaults(handler=init)
    u = actions.add_parser("user", help=tr("CLI", "the office's user accounts"))
    users = u.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    a = users.add_parser("add", help=tr("CLI", "a new user (the password is asked for)"))
    a.add_argument("name", metavar="NAME")
    a.add_argument("--role", required=True, metavar="ROLE", help="viewer|editor|admin")
    a.set_defaults(handler=user_add)
    a = users.add_parser(
        "list", help=tr("CLI", "the users, their roles and whether they may sign in")
    )
    a.set_defaults(handler=user_list)
    a = users.add_parser("set-role", help=tr("CLI", "give a user another role"))
    a.add_argument("name", metavar="NAME")
    a.add_argument("role", metavar="ROLE", help="viewer|editor|admin")
    a.set_defaults(handler=user_set_role)
    a = users.add_parser(
        "disable", help=tr("CLI", "stop a user signing in (their open sessions end)")
    )
    a.add_argument("name", metavar="NAME")
    a.set_defaults(handler=user_disable)


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from ..cli import open_db

    return open_db(args, migrate_schema=False, create=False)


def _account_error(exc: Exception) -> UsageError:
    from ..services.server_accounts import TEMPLATES

    code, params = exc.args
    return UsageError(tr("ServerAccounts", TEMPLATES[code]).format(**params))


def init(args: argparse.Namespace) -> int:
    from ..services import server_accounts as sa

    db = _open(args)
    try:
        result = sa.init_server(db)
    except sa.AccountError as exc:
        raise _account_error(exc) from None
    finally:
        db.dispose()
    print(
        tr("CLI", "Office server ready: database {db}, schema {schema}, {n} tables.").format(
            db=result.database, schema=result.schema, n=result.tables
        )
    )
    for role in ("viewer", "editor", "admin"):
        print(
            tr("CLI", "  {role}: group role {group}").format(
                role=role_label(role), group=result.groups[role]
            )
        )
    return EXIT_OK


def role_label(role: str | None) -> str:
    labels = {
        "viewer": tr("Roles", "viewer"),
        "editor": tr("Roles", "editor"),
        "admin": tr("Roles", "admin"),
    }
    return labels.get(role or "", tr("Roles", "no role"))


def _new_password() -> str:
    """From COORDINATOR_DESK_NEW_USER_PASSWORD, else asked twice on a terminal (not echoed),
    else one line of standard input (a script's pipe)."""
    given = os.environ.get(PASSWORD_ENV)
    if given:
        return given
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        first = getpass.getpass(tr("CLI", "Password for the new user: "))
        again = getpass.getpass(tr("CLI", "The same password again: "))
        if first != again:
            raise UsageError(tr("CLI", "The two passwords differ; nothing was changed."))
        return first
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def user_add(args: argparse.Namespace) -> int:
    from ..services import server_accounts as sa

    try:
        sa.check_name(args.name)
        sa.check_role(args.role)
    except sa.AccountError as exc:
        raise _account_error(exc) from None
    password = _new_password()
    db = _open(args)
    try:
        sa.add_user(db, args.name, args.role, password)
    except sa.AccountError as exc:
        raise _account_error(exc) from None
    finally:
        db.dispose()
    print(
        tr("CLI", "User {name} added as {role}.").format(name=args.name, role=role_label(args.role))
    )
    return EXIT_OK


def user_list(args: argparse.Namespace) -> int:
    from ..services import server_accounts as sa

    db = _open(args)
    try:
        accounts = sa.list_users(db)
    except sa.AccountError as exc:
        raise _account_error(exc) from None
    finally:
        db.dispose()
    for account in accounts:
        state = tr("CLI", "may sign in") if account.can_login else tr("CLI", "disabled")
        print(f"{account.name:<24} {role_label(account.role):<12} {state}")
    return EXIT_OK


def user_set_role(args: argparse.Namespace) -> int:
    from ..services import server_accounts as sa

    db = _open(args)
    try:
        sa.set_role(db, args.name, args.role)
    except sa.AccountError as exc:
        raise _account_error(exc) from None
    finally:
        db.dispose()
    print(tr("CLI", "{name} is now {role}.").format(name=args.name, role=role_label(args.role)))
    return EXIT_OK


def user_disable(args: argparse.Namespace) -> int:
    from ..services import server_accounts as sa

    db = _open(args)
    try:
        sa.disable_user(db, args.name)
    except sa.AccountError as exc:
        raise _account_error(exc) from None
    finally:
        db.dispose()
    print(tr("CLI", "{name} may no longer sign in.").format(name=args.name))
    return EXIT_OK


# --- which role a command needs ----------------------------------------------------------

_NEEDS = {
    ("excel", "import_file"): "editor",
    ("excel", "export_xlsx"): "editor",
    ("excel", "export_actions_xlsx"): "editor",
    ("sync", "clone_command"): "editor",
    ("sync", "export_command"): "editor",
    ("sync", "import_command"): "editor",
    ("sync", "resolve_command"): "editor",
    ("sync", "merge_command"): "editor",
    ("demo", "run"): "editor",
    ("reports", "report_record"): "editor",
    ("reports", "submit"): "editor",  # signed with the office's key, which viewers may not read
    ("backup", "restore_command"): "admin",
    ("trash", "purge_command"): "admin",
    ("db", "upgrade"): "admin",
    ("server", "user_add"): "admin",
    ("server", "user_set_role"): "admin",
    ("server", "user_disable"): "admin",
}


def needed_role(args: argparse.Namespace) -> str | None:
    """The role a command needs on an office server; None for what any reader may do."""
    handler = getattr(args, "handler", None)
    if handler is None:
        return None
    key = (handler.__module__.rsplit(".", 1)[-1], handler.__name__)
    need = _NEEDS.get(key)
    if key == ("excel", "import_file") and (
        getattr(args, "dry_run", False) or getattr(args, "list_fields", None)
    ):
        return None
    return need


def early_refusal(args: argparse.Namespace) -> str | None:
    """On an office server, a command the signed-in role may not run is refused before it
    starts (nothing backed up, read or written in vain). The server refuses it anyway; this
    only says it sooner, and for `export` it is the only check (reading is a viewer's right,
    so the server cannot tell an export from a list)."""
    need = needed_role(args)
    if need is None or not _url(args).startswith("postgresql"):
        return None
    from ..services.server_accounts import signed_in_at

    who = signed_in_at(_url(args))
    if who is None or who.may(need):
        return None
    return _message(who.login, who.role, need)


def refusal(args: argparse.Namespace, exc: BaseException) -> str | None:
    """The message for the server's "insufficient privilege" (SQLSTATE 42501), or None."""
    from ..services import server_accounts as sa

    if not sa.insufficient_privilege(exc):
        return None
    hint = sa.hint_of(exc)
    need = hint if hint in ("editor", "admin") else needed_role(args) or "editor"
    who = sa.signed_in_at(_url(args)) if _url(args).startswith("postgresql") else None
    if who is None:
        return tr(
            "CLI",
            "The database server refused this: it needs the {need} role. Nothing was changed.",
        ).format(need=role_label(need))
    if who.may(need) and hint is None:  # the role should allow it: the server lacks a right
        return tr(
            "CLI",
            "The database server refused this to {login}, although the {role} role may do "
            "it: the office database lacks a right. Nothing was changed. Ask an admin to run "
            "'server init' again (it is safe to repeat).",
        ).format(login=who.login, role=role_label(who.role))
    return _message(who.login, who.role, need)


def _message(login: str, role: str | None, need: str) -> str:
    return tr(
        "CLI",
        "{login} is signed in as {role}; this needs the {need} role. Nothing was changed. "
        "Ask an admin of the office server (server user set-role).",
    ).format(login=login, role=role_label(role), need=role_label(need))


def _url(args: argparse.Namespace) -> str:
    from ..db.location import resolve_database

    try:
        return resolve_database(getattr(args, "database", None))
    except Exception:  # noqa: BLE001 - only for a message
        return ""

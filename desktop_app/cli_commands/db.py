"""`db upgrade|check|info`: migrate, verify, and describe the database."""

from __future__ import annotations

import argparse

from ..cli import EXIT_OK, EXIT_UNUSABLE, open_db
from ..i18n import tr

COMMANDS = ("db",)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("db", help=tr("CLI", "database maintenance"))
    actions = p.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    a = actions.add_parser(
        "upgrade", help=tr("CLI", "migrate to this version's schema (backup first)")
    )
    a.set_defaults(handler=upgrade)
    a = actions.add_parser("check", help=tr("CLI", "integrity and schema check"))
    a.set_defaults(handler=check)
    a = actions.add_parser("info", help=tr("CLI", "location, schema revision and record counts"))
    a.set_defaults(handler=info)


def upgrade(args: argparse.Namespace) -> int:
    from ..db import migrate
    from ..services.database import open_database

    db = open_database(args.database, migrate_schema=False)
    try:
        backup = migrate.upgrade(db)
        print(tr("CLI", "Schema is at revision {rev}.").format(rev=migrate.current_revision(db)))
        if backup:
            print(tr("CLI", "Backup taken before migrating: {path}").format(path=backup))
    finally:
        db.dispose()
    return EXIT_OK


def check(args: argparse.Namespace) -> int:
    from ..services import maintenance

    db = open_db(args, migrate_schema=False, create=False)
    try:
        report = maintenance.integrity_report(db)
        problems = [p.message() for p in report.problems]
        state, rev = maintenance.schema_state(db)
        diffs = maintenance.schema_differences(db) if state == "current" else []
    finally:
        db.dispose()
    ok = True
    for note in report.notes:
        print(note)
    if problems:
        ok = False
        print(tr("CLI", "Integrity check failed:"), *problems, sep="\n  ")
    else:
        print(tr("CLI", "Integrity: ok"))
    if state != "current":
        ok = False
        print(
            tr("CLI", "Schema: revision {rev} needs upgrading (run: db upgrade)").format(
                rev=rev or "-"
            )
        )
    elif diffs:
        ok = False
        print(tr("CLI", "Schema differs from this version's models:"), *diffs, sep="\n  ")
    else:
        print(tr("CLI", "Schema: ok (revision {rev})").format(rev=rev))
    return EXIT_OK if ok else EXIT_UNUSABLE


def info(args: argparse.Namespace) -> int:
    from ..db.secrets import safe_url
    from ..services import maintenance

    db = open_db(args)
    try:
        print(tr("CLI", "Database: {url}").format(url=safe_url(db.url)))
        if db.path is not None and db.path.exists():
            size = db.path.stat().st_size
            print(tr("CLI", "File size: {size} bytes").format(size=size))
        state, rev = maintenance.schema_state(db)
        print(tr("CLI", "Schema revision: {rev}").format(rev=rev))
        print(
            tr("CLI", "{table:<28} {live:>9} {deleted:>9}").format(
                table=tr("CLI", "Table"), live=tr("CLI", "Records"), deleted=tr("CLI", "In trash")
            )
        )
        for c in maintenance.table_counts(db):
            print(f"{c.table:<28} {c.live:>9} {c.deleted:>9}")
    finally:
        db.dispose()
    return EXIT_OK


__all__ = ["COMMANDS", "EXIT_UNUSABLE", "register"]

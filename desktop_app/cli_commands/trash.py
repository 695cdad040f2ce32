"""`trash list|purge`: what is in the Trash, and purging records from it for good.

A purge is an admin's (on an office server the server refuses it to anyone else) and is
final: a safety backup is taken first, and sync carries it to the laptops (docs/team.md).
"""

from __future__ import annotations

import argparse

from ..cli import EXIT_OK, UsageError, open_db
from ..i18n import tr

COMMANDS = ("trash",)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "trash",
        help=tr("CLI", "list the Trash, or purge records from it for good"),
        description=tr(
            "CLI",
            "List the records in the Trash, or purge some for good (an admin's; a backup "
            "is taken first).",
        ),
    )
    inner = p.add_subparsers(dest="trash_command", metavar="ACTION")
    ls = inner.add_parser("list", help=tr("CLI", "the records in the Trash, newest first"))
    ls.set_defaults(handler=list_command)
    pg = inner.add_parser("purge", help=tr("CLI", "delete records in the Trash for good"))
    pg.add_argument(
        "ids",
        nargs="+",
        metavar="ID",
        help=tr("CLI", "a record in the Trash (its ID or first digits; see 'trash list')"),
    )
    pg.set_defaults(handler=purge_command)
    p.set_defaults(handler=lambda _args: _missing_action())


def _missing_action() -> int:
    raise UsageError(tr("CLI", "trash: name an action: list or purge."))


def list_command(args: argparse.Namespace) -> int:
    from ..domain import kinds
    from ..services.trash import trash_rows

    db = open_db(args)
    try:
        rows = trash_rows(db)
    finally:
        db.dispose()
    if not rows:
        print(tr("CLI", "The Trash is empty."))
        return EXIT_OK
    for r in rows:
        print(
            tr("CLI", "{id}  {kind}: {name} (deleted {when} by {who})").format(
                id=r.id.hex[:8],
                kind=tr("RecordKind", kinds.get(r.kind).title),
                name=r.name,
                when=f"{r.deleted_at:%Y-%m-%d %H:%M}",
                who=r.deleted_by or "?",
            )
        )
    return EXIT_OK


def purge_command(args: argparse.Namespace) -> int:
    from ..services import backup
    from ..services.purge import PurgeError, purge

    db = open_db(args)
    try:
        backup.before(db, "purge")
        try:
            done = purge(db, args.ids)
        except PurgeError as exc:
            raise UsageError(purge_message(exc)) from None
    finally:
        db.dispose()
    for name in done.records:
        print(tr("CLI", "Purged: {record}").format(record=name))
    print(
        tr(
            "CLI",
            "Records purged for good: {records}; their links and grid cells, purged with "
            "them: {along}.",
        ).format(records=len(done.records), along=done.along)
    )
    return EXIT_OK


def purge_message(exc: object) -> str:
    code = getattr(exc, "code", "")
    p = dict(getattr(exc, "params", {}))
    texts = {
        "not_found": tr(
            "CLI", "No record in the Trash has the ID '{id}' (see 'trash list'). Nothing purged."
        ),
        "ambiguous": tr(
            "CLI", "'{id}' names more than one record; give more digits. Nothing purged."
        ),
        "live": tr(
            "CLI",
            "{record} is not in the Trash; move it there first. Nothing purged.",
        ),
        "still_used": tr(
            "CLI",
            "{by} still points at {record}: purge both together, or change it first. "
            "Nothing purged.",
        ),
    }
    return texts.get(code, tr("CLI", "Nothing purged.")).format(
        id=p.get("id", ""), record=p.get("record", ""), by=p.get("by", "")
    )

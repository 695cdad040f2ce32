"""Checking a backup's content before a restore writes anything.

A backup file is untrusted: copied around on USB sticks, opened in other tools, possibly
crafted. SQLite keeps whatever it is given (text in an INTEGER column, "2024-02-30", a
status code no version ever had, a link to nothing), and a restore that swapped such rows
in left a database `db check` called fine and the fact sheet crashed on. So every row of
the backup's working copy is checked against this build's schema (services.integrity, the
same checks `db check` runs), and its audit trail must chain (db.audit_chain): a backup
with a forged or edited entry is refused, naming the table and the record.

Backups from before the chain (schema < 0006) cannot prove their trail: the restore then
keeps this database's own trail and adds none of the backup's entries (see
`trail_verifiable`); the records themselves are checked like any other backup's.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Connection

from ..db.errors import DatabaseError
from ..db.schema_version import HEAD, REVISIONS
from ..i18n import tr
from .integrity import Problem, chain_problems, content_problems, present_columns

CHAIN_SINCE = "0006"
"""The first schema revision whose audit entries carry the hash chain."""
SHOWN = 5
"""Problems named in the message; the count says how many more there are."""
_OUR_REVISION = re.compile(r"\d{4}")


def check_revision(values: list[object], path: Path) -> str:
    """The backup's single alembic revision, or DatabaseError naming what is wrong with it.

    A revision of ours that this build does not know yet is a newer backup; anything else
    (another program's Alembic hash, several rows, a number) is not our backup at all.
    """
    if len(values) != 1 or not isinstance(values[0], str):
        raise DatabaseError("not_a_backup", path=str(path))
    value = values[0]
    if value in REVISIONS:
        return value
    if _OUR_REVISION.fullmatch(value) and value > HEAD:
        raise DatabaseError("newer_schema", revision=value, location=str(path))
    raise DatabaseError("not_a_backup", path=str(path))


def trail_verifiable(revision: str) -> bool:
    """Whether a backup made at `revision` carries a hash-chained audit trail."""
    return revision in REVISIONS and REVISIONS.index(revision) >= REVISIONS.index(CHAIN_SINCE)


def problems(conn: Connection, revision: str, *, migrated: bool) -> list[Problem]:
    """Everything wrong with the working copy behind `conn`.

    Before its migration (`migrated` False, an older backup) only the columns it has are
    checked, so a bad value is named instead of failing the migration half-way; after it,
    every table and column this build needs must be there.
    """
    found = content_problems(conn, structure=migrated, domain=False)
    chained = {"seq", "chain_hash"} <= present_columns(conn).get("audit_entry", set())
    if trail_verifiable(revision) and chained and not found:
        found += chain_problems(conn)
    return found


def validate(conn: Connection, path: Path, revision: str, *, migrated: bool = True) -> None:
    """Raise DatabaseError("corrupt_backup") naming the first problems, if there are any."""
    found = problems(conn, revision, migrated=migrated)
    if not found:
        return
    detail = "; ".join(p.message() for p in found[:SHOWN])
    if len(found) > SHOWN:
        detail += " " + tr("Integrity", "(and {count} more)").format(count=len(found) - SHOWN)
    raise DatabaseError("corrupt_backup", path=str(path), detail=detail)


__all__ = ["CHAIN_SINCE", "check_revision", "problems", "trail_verifiable", "validate"]

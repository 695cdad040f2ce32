"""What "the state of a database file" means for the kill harness, read with sqlite3 only.

The digest covers the schema (every table, index and the Alembic revision) and every row of
every table. A table's schema is its columns, keys and foreign keys as SQLite reports them,
not its CREATE text: Alembic's batch mode rebuilds a SQLite table with its constraints in
set order, so two runs of the same migration write the same table with the foreign keys
listed in a different order (it made a completed migration look like a mixture).
Wall-clock stamps (created_at, updated_at, changed_at) differ between two runs
of the same use case, so they are left out, and deleted_at counts only as set or not set.
The audit trail's chain hashes cover changed_at, so they differ between two runs too: they
are left out of the digest, and `integrity` walks the chain instead (a kill must never leave
a broken chain). Everything else, including the whole audit trail, must match exactly.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

VOLATILE = {"created_at", "updated_at", "changed_at", "chain_hash"}
VOLATILE |= {"last_import_at", "last_export_at", "first_seen_at", "opened_at", "resolved_at"}
"""The sync tables' own stamps (services.sync) are wall-clock times too."""


def integrity(path: Path) -> list[str]:
    """SQLite's integrity check, then the audit chain's first break if any."""
    con = sqlite3.connect(path)
    try:
        found = [r[0] for r in con.execute("PRAGMA integrity_check")]
    finally:
        con.close()
    return found if found != ["ok"] else found + _chain_break(path)


def _chain_break(path: Path) -> list[str]:
    from sqlalchemy import create_engine, inspect

    from desktop_app.db.audit_chain import first_break

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("audit_entry")}
            if "chain_hash" not in columns:  # a database from before the chain (0001)
                return []
            found = first_break(conn)
    finally:
        engine.dispose()
    return [] if found is None else [f"audit chain: {found.reason} at {found.seq}"]


def digest(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        h = hashlib.sha256()
        h.update(repr(_schema(con)).encode())
        for (table,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        ).fetchall():
            names = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
            parts = [
                '"deleted_at" IS NOT NULL' if n == "deleted_at" else f'"{n}"'
                for n in names
                if n not in VOLATILE
            ]
            order = '"id"' if "id" in names else ", ".join(parts)
            h.update(table.encode())
            for row in con.execute(f'SELECT {", ".join(parts)} FROM "{table}" ORDER BY {order}'):
                h.update(repr(row).encode())
        return h.hexdigest()
    finally:
        con.close()


def _schema(con: sqlite3.Connection) -> list[object]:
    """The schema in an order of its own: tables by columns, sorted foreign keys and the
    sorted lines of their CREATE text, everything else (indexes, triggers, views) by its SQL."""
    out: list[object] = []
    for kind, name, table, sql in con.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ):
        if kind != "table":
            out.append((kind, name, table, sql))
            continue
        columns = con.execute(f'PRAGMA table_info("{name}")').fetchall()
        keys = sorted(r[2:] for r in con.execute(f'PRAGMA foreign_key_list("{name}")'))
        out.append((kind, name, columns, keys, _definitions(sql or "")))
    return out


def _definitions(sql: str) -> list[str]:
    """A CREATE TABLE's column and constraint definitions, sorted: CHECK and UNIQUE
    constraints live only in the text, their order is not state."""
    body = sql[sql.find("(") + 1 : sql.rfind(")")]
    parts, depth, start = [], 0, 0
    for i, char in enumerate(body):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    return sorted(" ".join(part.split()) for part in parts)


def bad_backups(folder: Path) -> list[str]:
    """Backups under a final name that are not complete databases (.part files are fine)."""
    bad = []
    for path in sorted(folder.glob("*.sqlite3")) if folder.is_dir() else []:
        try:
            if integrity(path) != ["ok"]:
                bad.append(path.name)
        except sqlite3.Error as exc:
            bad.append(f"{path.name}: {exc}")
    return bad

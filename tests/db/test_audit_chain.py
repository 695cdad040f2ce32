"""The audit trail is a hash chain: any later edit, insertion or removal is found and named.

Oracles are independent of the product: hashes recomputed here with hashlib from the rows
read by plain SQL, tampering done with plain SQL as a hostile user would.
"""

from __future__ import annotations

import hashlib
import json
import threading
import uuid
from datetime import UTC, date, datetime

from sqlalchemy import text

from desktop_app.db import audit_chain, migrate
from desktop_app.db.session import connect
from desktop_app.domain.models import Signatory


def _add(db, n: int, prefix: str = "S") -> None:  # noqa: ANN001
    with db.transaction("test", user="clerk") as s:
        for i in range(n):
            s.add(Signatory(name=f"{prefix}{i}", country="AM", adhesion_date=date(2020, 1, 1)))
        s.flush()
        s.add(Signatory(name=f"{prefix}-late", country="AM", adhesion_date=date(2020, 1, 2)))


def _raw_rows(db) -> list[dict]:  # noqa: ANN001
    with db.engine.connect() as c:
        rows = c.execute(text("SELECT * FROM audit_entry ORDER BY seq")).mappings().all()
    return [dict(r) for r in rows]


def _hex(value: object) -> str:
    return value.hex if isinstance(value, uuid.UUID) else uuid.UUID(str(value)).hex


def _when(value: object) -> str:
    if isinstance(value, str):  # SQLite keeps "YYYY-MM-DD HH:MM:SS.ffffff" in UTC
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _independent_hashes(rows: list[dict]) -> list[str]:
    out, previous = [], "0" * 64
    for r in rows:
        content = [
            _hex(r["id"]), _when(r["changed_at"]), r["changed_by"], r["action"],
            r["table_name"], _hex(r["record_id"]), r["field"], r["old_value"],
            r["new_value"], r["origin"],
        ]  # fmt: skip
        body = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()
        previous = hashlib.sha256(previous.encode() + b"\n" + body).hexdigest()
        out.append(previous)
    return out


def test_every_write_extends_one_chain(database) -> None:  # noqa: ANN001
    _add(database, 3)
    with database.transaction("test") as s:
        s.query(Signatory).filter_by(name="S1").one().notes = "edited"
    rows = _raw_rows(database)
    assert [r["seq"] for r in rows] == list(range(1, 6))
    assert [r["chain_hash"] for r in rows] == _independent_hashes(rows)
    with database.engine.connect() as c:
        assert audit_chain.first_break(c) is None


def test_edited_inserted_and_removed_entries_are_named(database) -> None:  # noqa: ANN001
    _add(database, 4)
    rows = _raw_rows(database)
    third = rows[2]
    with database.engine.begin() as c:
        c.execute(
            text("UPDATE audit_entry SET changed_by = 'mallory' WHERE seq = 3"),
        )
    with database.engine.connect() as c:
        found = audit_chain.first_break(c)
    assert found is not None and found.seq == 3 and found.reason == "hash"
    assert found.entry_id == _hex(third["id"])
    with database.engine.begin() as c:  # put it back, then remove an entry instead
        c.execute(text("UPDATE audit_entry SET changed_by = 'clerk' WHERE seq = 3"))
        c.execute(text("DELETE FROM audit_entry WHERE seq = 2"))
    with database.engine.connect() as c:
        found = audit_chain.first_break(c)
    assert found is not None and found.seq == 3 and found.reason == "gap"


def test_forged_entry_without_hash_is_found(database) -> None:  # noqa: ANN001
    _add(database, 2)
    forged = uuid.uuid4()
    key = forged.hex if database.is_sqlite else str(forged)
    with database.engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO audit_entry (id, changed_at, changed_by, action, table_name,"
                " record_id, field, old_value, new_value, origin) VALUES (:id, :at, 'boss',"
                " 'delete', 'signatory', :rid, '', NULL, NULL, 'gui')"
            ),
            {"id": key, "at": datetime(2020, 1, 1, tzinfo=UTC), "rid": key},
        )
    with database.engine.connect() as c:
        found = audit_chain.first_break(c)
    assert found is not None and found.reason == "missing" and found.entry_id == forged.hex


def test_migration_chains_existing_entries(database_url: str) -> None:
    db = connect(database_url)
    try:
        migrate.upgrade(db, to="0005")
        ids = [uuid.uuid4() for _ in range(3)]
        with db.engine.begin() as c:
            for i, rid in enumerate(reversed(ids)):  # written out of order on purpose
                c.execute(
                    text(
                        "INSERT INTO audit_entry (id, changed_at, changed_by, action,"
                        " table_name, record_id, field, old_value, new_value, origin)"
                        " VALUES (:id, :at, 'old', 'insert', 'signatory', :id, '', NULL,"
                        " '{}', 'gui')"
                    ),
                    {
                        "id": rid.hex if db.is_sqlite else str(rid),
                        "at": datetime(2024, 1, 3 - i, tzinfo=UTC),
                    },
                )
        migrate.upgrade(db)
        rows = _raw_rows(db)
        assert [_hex(r["id"]) for r in rows] == [i.hex for i in ids]  # changed_at order
        assert [r["chain_hash"] for r in rows] == _independent_hashes(rows)
        with db.engine.connect() as c:
            assert audit_chain.first_break(c) is None
    finally:
        db.dispose()


def test_concurrent_writers_never_fork_the_chain(database) -> None:  # noqa: ANN001
    errors: list[BaseException] = []

    def writer(tag: str) -> None:
        try:
            for i in range(15):
                _add(database, 2, prefix=f"{tag}{i}-")
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(t,)) for t in "AB"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    rows = _raw_rows(database)
    assert len(rows) == 2 * 15 * 3
    assert [r["seq"] for r in rows] == list(range(1, len(rows) + 1))
    assert [r["chain_hash"] for r in rows] == _independent_hashes(rows)

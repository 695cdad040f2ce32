"""What `db check` and a restore verify in a database's content, the same on both engines.

SQLite stores any value in any column (text in an INTEGER column, "2024-02-30" in a DATE
one) and enforces foreign keys only when asked; PostgreSQL enforces types but not our enum
codes, our value ranges or our Trash rules. So the checks are ours, built from the models'
metadata and run as plain SQL on either engine:

- each value fits its column: type (SQLite), enum code, length, numeric range, NOT NULL;
- each record id is unique, each link points at an existing record, and no live record
  hangs from a parent that is in the Trash (an orphaned link);
- the audit trail's hash chain holds (db.audit_chain);
- the engine's own checks: SQLite's integrity_check, PostgreSQL's amcheck when the server
  lets us use it (said honestly when not).

Every problem names the table, the record and the column, so a clerk or an administrator
can find it. One query per table (plus one per link) keeps this fast on big files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ColumnElement,
    Connection,
    Date,
    DateTime,
    Enum,
    Integer,
    LargeBinary,
    Numeric,
    SmallInteger,
    String,
    Table,
    Text,
    Uuid,
    and_,
    exists,
    func,
    inspect,
    not_,
    or_,
    select,
    text,
    type_coerce,
)
from sqlalchemy.exc import StatementError

from ..db import audit_chain
from ..domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from ..i18n import tr

MAX_PER_CHECK = 20
"""Problems reported per table and kind of check: enough to act on, bounded output."""
INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
SKIP_TABLES = ("alembic_version",)
DOMAIN_MINIMUMS: dict[tuple[str, str], bool] = {
    ("signatory", "population"): True,
    ("exchange_rate", "units_per_eur"): True,
    ("support_activity", "staff_days"): False,
    ("support_activity", "participants"): False,
    ("energy_day", "participants"): False,
    ("energy_day", "budget"): False,
    ("financial_support", "amount"): False,
    ("financial_support", "disbursed_amount"): False,
}
"""(table, column) -> strictly positive? Otherwise not negative. The domain rules' own
bounds (domain/rules/validation.py: positive / non_negative), which no column type enforces
on either engine; tests/db/test_integrity_check.py checks this list names real columns."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong, where: `code` says what (see `message`)."""

    code: str
    table: str
    record: str = ""
    column: str = ""
    detail: str = ""

    def message(self) -> str:
        where = self.table
        if self.record:
            where += " " + tr("Integrity", "record {id}").format(id=self.record)
        if self.column:
            where += ", " + tr("Integrity", "column {column}").format(column=self.column)
        what = tr("Integrity", _TEXTS.get(self.code, self.code)).format(detail=self.detail)
        return f"{where}: {what}"


_TEXTS = {
    "missing_table": N_("Integrity", "table is missing"),
    "missing_column": N_("Integrity", "column is missing"),
    "type": N_("Integrity", "value of the wrong type ({detail})"),
    "bad_date": N_("Integrity", "not a valid date ({detail})"),
    "enum": N_("Integrity", "unknown code ({detail})"),
    "too_long": N_("Integrity", "text longer than the column allows ({detail})"),
    "range": N_("Integrity", "number outside the column's range ({detail})"),
    "not_positive": N_("Integrity", "must be greater than zero ({detail})"),
    "negative": N_("Integrity", "must not be negative ({detail})"),
    "null": N_("Integrity", "empty, but a value is required"),
    "duplicate_id": N_("Integrity", "the same record id appears {detail} times"),
    "foreign_key": N_("Integrity", "links to a record that does not exist ({detail})"),
    "orphan": N_("Integrity", "live record linked to a record in the Trash ({detail})"),
    "chain": N_("Integrity", "audit trail broken here: {detail}"),
    "engine": "{detail}",
}

_CHAIN_REASONS = {
    "hash": N_("Integrity", "its content or position was changed after it was written"),
    "missing": N_("Integrity", "it has no chain hash (added outside the program)"),
    "gap": N_("Integrity", "an entry before it was removed or the order changed"),
}


def _metadata_tables() -> list[Table]:
    from ..domain.models import Base

    return [t for t in Base.metadata.sorted_tables if t.name not in SKIP_TABLES]


def present_columns(conn: Connection) -> dict[str, set[str]]:
    """The database's tables and their columns, as it has them."""
    insp = inspect(conn)
    return {t: {c["name"] for c in insp.get_columns(t)} for t in insp.get_table_names()}


def structure_problems(
    conn: Connection,
    tables: Iterable[Table] | None = None,
    present: dict[str, set[str]] | None = None,
) -> list[Problem]:
    """Tables and columns this build needs that the database lacks."""
    present = present if present is not None else present_columns(conn)
    problems = []
    for table in tables or _metadata_tables():
        if table.name not in present:
            problems.append(Problem("missing_table", table.name))
            continue
        problems += [
            Problem("missing_column", table.name, column=c.name)
            for c in table.columns
            if c.name not in present[table.name]
        ]
    return problems


def _sqlite_type_check(col: ColumnElement, kind: object) -> tuple[str, ColumnElement] | None:
    """A condition true when a SQLite value is not what the column's type stores."""
    t = func.typeof(col)
    raw = type_coerce(col, Text())
    if isinstance(kind, Boolean):
        return "type", or_(t != "integer", not_(raw.in_(["0", "1"])))
    if isinstance(kind, (Integer, BigInteger, SmallInteger)):
        return "type", t != "integer"
    if isinstance(kind, Numeric):
        return "type", not_(t.in_(["integer", "real"]))
    if isinstance(kind, Uuid):
        return "type", or_(t != "text", func.length(raw) != 32, raw.op("GLOB")("*[^0-9a-f]*"))
    if isinstance(kind, DateTime):
        day = func.substr(raw, 1, 10)
        return "bad_date", or_(
            t != "text",
            func.datetime(raw).is_(None),
            func.coalesce(func.date(day, "+0 days"), "") != day,
        )
    if isinstance(kind, Date):
        return "bad_date", or_(t != "text", func.coalesce(func.date(raw, "+0 days"), "") != raw)
    if isinstance(kind, JSON):
        return "type", or_(t != "text", func.json_valid(raw) == 0)
    if isinstance(kind, LargeBinary):
        return "type", t != "blob"
    if isinstance(kind, (String, Text, Enum)):
        return "type", t != "text"
    return None


def _value_checks(
    table: Table, sqlite: bool, have: set[str], domain: bool = True
) -> list[tuple[str, str, ColumnElement]]:
    """(code, column, condition) for every column: true where the row's value is wrong."""
    checks: list[tuple[str, str, ColumnElement]] = []
    for col in table.columns:
        if col.name not in have:
            continue
        present = col.is_not(None)
        if not col.nullable and not col.primary_key:
            checks.append(("null", col.name, col.is_(None)))
        kind = col.type
        if sqlite:
            found = _sqlite_type_check(col, kind)
            if found is not None:
                checks.append((found[0], col.name, and_(present, found[1])))
        raw = type_coerce(col, Text())
        if isinstance(kind, Enum) and kind.enums:
            checks.append(("enum", col.name, and_(present, not_(raw.in_(list(kind.enums))))))
        elif isinstance(kind, String) and kind.length and sqlite:
            checks.append(("too_long", col.name, and_(present, func.length(raw) > kind.length)))
        if sqlite and isinstance(kind, Numeric) and kind.precision is not None:
            bound = 10 ** (kind.precision - (kind.scale or 0))
            num = type_coerce(col, Numeric())
            number = func.typeof(col).in_(["integer", "real"])
            checks.append(("range", col.name, and_(present, number, func.abs(num) >= bound)))
        elif sqlite and isinstance(kind, (Integer, SmallInteger)) and not isinstance(kind, Boolean):
            low, high = INT64 if isinstance(kind, BigInteger) else INT32
            whole = type_coerce(col, BigInteger())
            number = func.typeof(col).in_(["integer", "real"])
            outside = or_(whole < low, whole > high)
            checks.append(("range", col.name, and_(present, number, outside)))
        strict = DOMAIN_MINIMUMS.get((table.name, col.name)) if domain else None
        if strict is not None:
            num = type_coerce(col, Numeric())
            numeric = func.typeof(col).in_(["integer", "real"]) if sqlite else present
            if strict:
                checks.append(("not_positive", col.name, and_(present, numeric, num <= 0)))
            else:
                checks.append(("negative", col.name, and_(present, numeric, num < 0)))
    return checks


def _record_id(table: Table) -> ColumnElement:
    key = table.c.id if "id" in table.c else next(iter(table.primary_key.columns))
    return type_coerce(key, Text()).label("record")


def value_problems(
    conn: Connection, table: Table, have: set[str], domain: bool = True
) -> list[Problem]:
    """Values that do not fit their columns, one query for the whole table."""
    sqlite = conn.dialect.name == "sqlite"
    checks = _value_checks(table, sqlite, have, domain)
    if not checks:
        return []
    flags = [cond.label(f"c{i}") for i, (_c, _n, cond) in enumerate(checks)]
    query = select(_record_id(table), *flags).where(or_(*(c for _a, _b, c in checks)))
    problems = []
    for row in conn.execute(query.limit(MAX_PER_CHECK)):
        for i, (code, name, _cond) in enumerate(checks):
            if row[i + 1]:
                problems.append(
                    Problem(
                        code, table.name, _short(row[0]), name, _value(conn, table, name, row[0])
                    )
                )
    return problems


def _value(conn: Connection, table: Table, column: str, record: object) -> str:
    """The offending value as text, shortened, for the message (read without conversion)."""
    key = table.c.id if "id" in table.c else next(iter(table.primary_key.columns))
    value = conn.execute(
        select(type_coerce(table.c[column], Text())).where(type_coerce(key, Text()) == record)
    ).scalar()
    shown = repr(value) if value is not None else "NULL"
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _short(record: object) -> str:
    return str(record) if record is not None else "?"


def duplicate_ids(conn: Connection, table: Table) -> list[Problem]:
    if "id" not in table.c:
        return []
    query = (
        select(type_coerce(table.c.id, Text()), func.count())
        .group_by(table.c.id)
        .having(func.count() > 1)
        .limit(MAX_PER_CHECK)
    )
    return [
        Problem("duplicate_id", table.name, _short(r[0]), "id", str(r[1]))
        for r in conn.execute(query)
    ]


def link_problems(conn: Connection, table: Table, present: dict[str, set[str]]) -> list[Problem]:
    """Links to missing records, and live records whose parent is in the Trash."""
    problems = []
    for fk in table.foreign_keys:
        child, parent = fk.parent, fk.column
        target = parent.table
        if child.name not in present[table.name] or parent.name not in present.get(
            target.name, set()
        ):
            continue
        missing = (
            select(_record_id(table), type_coerce(child, Text()))
            .where(child.is_not(None), ~exists().where(parent == child))
            .limit(MAX_PER_CHECK)
        )
        problems += [
            Problem("foreign_key", table.name, _short(r[0]), child.name, f"{target.name} {r[1]}")
            for r in conn.execute(missing)
        ]
        if "deleted_at" in present[table.name] and "deleted_at" in present[target.name]:
            orphan = (
                select(_record_id(table), type_coerce(child, Text()))
                .where(
                    table.c.deleted_at.is_(None),
                    exists().where(parent == child, target.c.deleted_at.is_not(None)),
                )
                .limit(MAX_PER_CHECK)
            )
            problems += [
                Problem("orphan", table.name, _short(r[0]), child.name, f"{target.name} {r[1]}")
                for r in conn.execute(orphan)
            ]
    return problems


def content_problems(
    conn: Connection,
    tables: Iterable[Table] | None = None,
    *,
    structure: bool = True,
    domain: bool = True,
) -> list[Problem]:
    """Values, ids and links of every table, as far as the database has its columns.

    With `structure`, missing tables and columns are problems too (a restore needs them
    all); `db check` leaves them to its schema comparison. With `domain`, the domain rules'
    minimums (DOMAIN_MINIMUMS) too: `db check` reports them; a restore does not refuse a
    backup for them, since an older version may have let such a value in.
    """
    tables = list(tables or _metadata_tables())
    present = present_columns(conn)
    problems = structure_problems(conn, tables, present) if structure else []
    for table in tables:
        have = present.get(table.name)
        if not have or "id" not in have and "id" in table.c:
            continue
        problems += value_problems(conn, table, have, domain)
        problems += duplicate_ids(conn, table)
        problems += link_problems(conn, table, present)
    return problems


def chain_problems(conn: Connection) -> list[Problem]:
    """The first entry where the audit trail's hash chain does not hold, if any."""
    try:
        found = audit_chain.first_break(conn)
    except (ValueError, TypeError, StatementError) as exc:  # a value no driver can read
        return [Problem("chain", "audit_entry", detail=str(exc).splitlines()[0][:120])]
    if found is None:
        return []
    reason = tr("Integrity", _CHAIN_REASONS[found.reason])
    seq = f"#{found.seq} " if found.seq is not None else ""
    return [Problem("chain", "audit_entry", found.entry_id, "", f"{seq}{reason}".strip())]


def engine_problems(conn: Connection, quick: bool = False) -> tuple[list[Problem], list[str]]:
    """The engine's own checks: (problems, notes such as "amcheck not available")."""
    if conn.dialect.name == "sqlite":
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
        return [Problem("engine", "sqlite", detail=r) for r in rows if r != "ok"], []
    if conn.dialect.name == "postgresql":
        return _amcheck(conn)
    return [], []


def _amcheck(conn: Connection) -> tuple[list[Problem], list[str]]:
    """B-tree index checks with PostgreSQL's amcheck, when installed or installable.

    Creating the extension, and running its functions, are rights an office's own role
    rarely has (amcheck grants EXECUTE to nobody): then the note says the server's checks
    were skipped and what the role needs, instead of pretending the storage was checked or
    calling a refusal damage. A skipped check is no problem found.
    """
    from .server_accounts import insufficient_privilege

    role = str(conn.execute(text("SELECT current_user")).scalar_one())
    schema = _amcheck_schema(conn)
    if schema is None:
        try:
            with conn.begin_nested():
                conn.execute(text("CREATE EXTENSION IF NOT EXISTS amcheck"))
        except Exception as exc:  # noqa: BLE001 - no rights, not shipped: say so
            if insufficient_privilege(exc):
                return [], [tr("Integrity", AMCHECK_NOT_INSTALLED).format(role=role)]
            reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
            return [], [
                tr("Integrity", "PostgreSQL amcheck: not available ({reason})").format(
                    reason=reason
                )
            ]
        schema = _amcheck_schema(conn)
        if schema is None:
            return [], [tr("Integrity", "PostgreSQL amcheck: not available")]
    function = f'"{schema}".bt_index_check(regclass)'
    may_run = conn.execute(
        text("SELECT has_function_privilege(CAST(:f AS text), 'EXECUTE')"), {"f": function}
    ).scalar()
    skipped = tr("Integrity", AMCHECK_NOT_GRANTED).format(role=role, function=function)
    if not may_run:
        return [], [skipped]
    indexes = conn.execute(
        text(
            "SELECT c.oid, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
            " JOIN pg_class t ON t.oid = i.indrelid JOIN pg_am a ON a.oid = c.relam"
            " WHERE a.amname = 'btree' AND t.relnamespace = current_schema()::regnamespace"
            " AND c.relpersistence != 't' AND i.indisvalid"
        )
    ).all()
    problems = []
    for oid, name in indexes:
        try:
            with conn.begin_nested():
                conn.execute(text(f'SELECT "{schema}".bt_index_check(:oid)'), {"oid": oid})
        except Exception as exc:  # noqa: BLE001 - a corrupt index, or no right to check it
            if insufficient_privilege(exc):
                return [], [skipped]
            detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
            problems.append(Problem("engine", "postgresql", name, "", detail))
    note = tr("Integrity", "PostgreSQL amcheck: {count} indexes checked").format(count=len(indexes))
    return problems, [note]


AMCHECK_NOT_INSTALLED = N_(
    "Integrity",
    "PostgreSQL's own index checks (amcheck) were skipped: the role {role} may not install "
    "the amcheck extension. A superuser can install it in this database (CREATE EXTENSION "
    "amcheck) and let {role} run its bt_index_check function (GRANT EXECUTE). Not a problem "
    "with the data.",
)
AMCHECK_NOT_GRANTED = N_(
    "Integrity",
    "PostgreSQL's own index checks (amcheck) were skipped: the role {role} may not run "
    "amcheck's bt_index_check function. A superuser can allow it: GRANT EXECUTE ON FUNCTION "
    "{function} TO {role}. Not a problem with the data.",
)


def _amcheck_schema(conn: Connection) -> str | None:
    row = conn.execute(
        text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
            " WHERE e.extname = 'amcheck'"
        )
    ).first()
    return None if row is None else str(row[0])


@dataclass(frozen=True)
class Report:
    problems: list[Problem]
    notes: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(conn: Connection, *, quick: bool = False) -> Report:
    """Everything `db check` verifies, in one read-only pass (the engine's checks first)."""
    problems, notes = engine_problems(conn, quick)
    problems += content_problems(conn, structure=False)
    if {"seq", "chain_hash"} <= present_columns(conn).get("audit_entry", set()):
        problems += chain_problems(conn)
    return Report(problems, notes)


__all__ = ["Problem", "Report", "check_database", "content_problems"]

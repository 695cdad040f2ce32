"""What the storage layer needs to know about an office server with accounts.

An office server is a PostgreSQL database prepared by `server init`
(services/server_accounts.py): its group roles (viewer, editor, admin) hold the rights and
a trigger on `audit_entry` refuses an entry whose `changed_by` is not the session's login.
The audit chain's hash covers `changed_by`, so the server cannot rewrite the name without
breaking the chain; instead every client learns its login when it connects and writes that
name, and the server checks it. Here: the group role names, and the login of a connection
to such a database (None anywhere else, so SQLite and plain PostgreSQL databases keep the
operating-system user name in their trail).
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

ROLES = ("viewer", "editor", "admin")
"""Each role has the rights of the ones before it."""
AUDIT_TRIGGER = "coordinator_desk_audit_login"
RESTORING = "coordinator_desk.restoring"
"""A transaction-local setting a restore sets: the backup's own trail carries other
people's names, which the audit trigger lets in only for an admin and only then."""
_LOGIN = "coordinator_desk_login"

_PLAIN = re.compile(r"^[a-z0-9_]+$")


def role_prefix(database: str) -> str:
    """`cd_<database>` for the group roles of one office database.

    Roles are global to a PostgreSQL cluster while rights are per database, so two office
    databases on one server need their own groups. A database name that is not plain
    lower-case letters, digits and underscores (or is long) is folded to such characters
    and given 8 hex digits of its SHA-256, so `Office-A` and `office_a` never share roles and
    the names stay within PostgreSQL's 63 bytes.
    """
    folded = re.sub(r"[^a-z0-9_]", "_", database.lower())
    if _PLAIN.match(database) and len(database) <= 40:
        return f"cd_{database}"
    digest = hashlib.sha256(database.encode("utf-8")).hexdigest()[:8]
    return f"cd_{folded[:24]}_{digest}"


def group_role(database: str, role: str) -> str:
    if role not in ROLES:
        raise ValueError(role)
    return f"{role_prefix(database)}_{role}"


def on_connect(cursor: Any, record: Any) -> None:
    """Remember the login of a new connection to an office server (one query per
    connection, run by the engine's connect hook)."""
    cursor.execute(
        "SELECT session_user::text, EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t "
        "WHERE t.tgname = %s AND t.tgrelid = pg_catalog.to_regclass('audit_entry'))",
        (AUDIT_TRIGGER,),
    )
    row = cursor.fetchone()
    record.info[_LOGIN] = str(row[0]) if row and row[1] else None


def login(conn: Any) -> str | None:
    """The database login of `conn` (a SQLAlchemy Connection) on an office server, else None."""
    if conn.dialect.name != "postgresql":
        return None
    found = conn.info.get(_LOGIN)
    return str(found) if found else None


def mark_restoring(conn: Any) -> None:
    """Let a restore by an admin bring the backup's trail (other people's names) in."""
    from sqlalchemy import text

    if login(conn) is not None:
        conn.execute(text("SELECT set_config(:k, 'on', true)"), {"k": RESTORING})


def migrate_as_owner(conn: Any) -> bool:
    """Before a migration on an office server: act as the admin group, which owns the
    schema, so new tables belong to the office and not to the admin who ran the upgrade.
    Returns whether it switched (RESET ROLE afterwards). A login outside the admin group
    stays itself and the server refuses its migration."""
    from sqlalchemy import text

    if login(conn) is None:
        return False
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    admin = group_role(database, "admin")
    member = conn.execute(
        text(
            "SELECT pg_catalog.pg_has_role(session_user, r.oid, 'MEMBER') "
            "FROM pg_catalog.pg_roles r WHERE r.rolname = :r"
        ),
        {"r": admin},
    ).scalar()
    if not member:
        conn.rollback()
        return False
    conn.exec_driver_sql(f'SET ROLE "{admin}"')  # admin: a plain name from role_prefix
    conn.commit()
    return True


IDENTITY = "database_identity"
PRIVATE_COLUMNS = frozenset({"signing_key"})
"""Columns of the identity row only editors may read: the office's private signing key.
A viewer who could read it could sign a sync package or a submission pack as the office."""


def identity_rights(table: str, columns: set[str], viewer: str, editor: str) -> list[str]:
    """The rights on the identity row (`table` and the roles quoted): every reader sees
    which database this is and its public key, editors also the private key (they sign
    packages and packs) and may follow the office's name. Table-wide rights are revoked
    first, which also revokes earlier column rights, so running it again is harmless."""
    open_columns = ", ".join(f'"{c}"' for c in sorted(columns - PRIVATE_COLUMNS))
    private = ", ".join(f'"{c}"' for c in sorted(columns & PRIVATE_COLUMNS))
    statements = [
        f"REVOKE ALL ON {table} FROM PUBLIC, {viewer}, {editor}",
        f"GRANT SELECT ({open_columns}) ON {table} TO {viewer}",
        f"GRANT UPDATE (office_name) ON {table} TO {editor}",
    ]
    if private:
        statements.append(f"GRANT SELECT ({private}) ON {table} TO {editor}")
    return statements


def close_private_key(conn: Any) -> None:
    """After an admin's migration: the identity row's rights again, for the columns it has
    now (a column a migration added is readable only once granted)."""
    from sqlalchemy import inspect, text

    tables = inspect(conn)
    if not tables.has_table(IDENTITY):
        return
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    columns = {c["name"] for c in tables.get_columns(IDENTITY)}
    quoted = [f'"{group_role(database, r)}"' for r in ("viewer", "editor")]
    for statement in identity_rights(IDENTITY, columns, *quoted):
        conn.exec_driver_sql(statement)
    conn.commit()


RECORD_GUARD = "coordinator_desk_record_guard"


def guard_new_tables(conn: Any) -> int:
    """After an admin's migration: the record trigger (updated_by stamped by the server, a
    Trash restore kept to editors) on record tables that lack it, e.g. a table the migration
    made. Rights on new tables come from the default privileges `server init` set. Returns
    how many tables got it."""
    from sqlalchemy import text

    tables = (
        conn.execute(
            text(
                "SELECT c.relname FROM pg_catalog.pg_class c "
                "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = current_schema() AND c.relkind = 'r' "
                "AND (SELECT count(*) FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid "
                "     AND a.attname IN ('deleted_at', 'updated_by', 'version') "
                "     AND NOT a.attisdropped) = 3 "
                "AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t "
                "     WHERE t.tgrelid = c.oid AND t.tgname = :g) "
                "AND to_regproc(quote_ident(current_schema()) || '.' || :g) IS NOT NULL"
            ),
            {"g": RECORD_GUARD},
        )
        .scalars()
        .all()
    )
    for table in tables:
        quoted = '"' + str(table).replace('"', '""') + '"'
        conn.exec_driver_sql(
            f"CREATE TRIGGER {RECORD_GUARD} BEFORE INSERT OR UPDATE ON {quoted} "
            f"FOR EACH ROW EXECUTE FUNCTION {RECORD_GUARD}()"
        )
    conn.commit()
    return len(tables)


def reset_role(conn: Any) -> None:
    conn.rollback()
    conn.exec_driver_sql("RESET ROLE")
    conn.commit()

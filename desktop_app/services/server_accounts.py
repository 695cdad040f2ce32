"""An office server with accounts: group roles, login roles, and rights the server enforces.

`init_server` prepares a PostgreSQL database for an office: the schema (the migrations),
three group roles per database (db/office_server.role_prefix: `cd_<database>_viewer`,
`_editor`, `_admin`, each a member of the one before), GRANTs that say what each may do,
triggers that bind everyone but the schema's owner, and SECURITY DEFINER functions through
which an admin manages this office's users without the cluster-wide CREATEROLE right.

What the server enforces, whatever the client:
- viewer: read (SELECT) every table; nothing else. CONNECT to the database is granted to
  the groups only (revoked from PUBLIC), so another office's users cannot even connect.
- editor: also INSERT and UPDATE on the record tables (create, edit, move to the Trash and
  restore from it, import) and the bookkeeping beside them, INSERT only on `audit_entry`
  (the trail is append-only for them); no DELETE anywhere. Tables a later migration adds
  get the same by default privileges, and the admin's upgrade gives them the record
  trigger (db/office_server.guard_new_tables).
- admin: the group owns the schema's tables (migrations, DELETE for a backup's restore or a
  purge, which nobody else may), and may run the user functions.
- the record trigger refuses a restore from the Trash to anyone outside the editor group
  (a viewer has no UPDATE anyway: this holds should a grant ever widen).
- the audit trigger refuses an `audit_entry` whose `changed_by` is not `session_user`
  (except the backup's own trail during an admin's restore); a record trigger stamps
  `updated_by` with `session_user`.

Row security was considered for the trail and left out: it does not bind the table's
owner and it filters rows silently where a trigger says no with SQLSTATE 42501.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from ..db import office_server
from ..db.errors import DatabaseError
from ..db.office_server import IDENTITY as IDENTITY_TABLE
from ..db.office_server import ROLES, group_role, identity_rights
from ..db.session import Database
from ..domain.i18n_markers import QT_TRANSLATE_NOOP as N_

RANK = {role: at for at, role in enumerate(ROLES)}
NAME = re.compile(r"^[a-z][a-z0-9_.-]{0,62}$")
"""Login names we create: lower case (PostgreSQL folds unquoted names, and people type
them in connection URLs), no quotes, spaces or other characters a URL or SQL would need
escaped; `pg_` and `cd_` are reserved (PostgreSQL's roles and our groups)."""
HINT = "coordinator-desk:"
"""Our functions and triggers say which role they wanted in the error's HINT."""

TEMPLATES: dict[str, str] = {
    "bad_name": N_(
        "ServerAccounts",
        "{name!r} cannot be a user name: use lower-case Latin letters, digits, '.', '-' or "
        "'_', starting with a letter, at most 63 characters, not beginning with pg_ or cd_.",
    ),
    "bad_role": N_("ServerAccounts", "{role!r} is not a role; use viewer, editor or admin."),
    "exists": N_(
        "ServerAccounts",
        "A user or role named {name} already exists on this server; nothing was changed. "
        "Choose another name.",
    ),
    "unknown_user": N_(
        "ServerAccounts",
        "{name} is not a user of this office database; nothing was changed "
        "(see: server user list).",
    ),
    "self": N_(
        "ServerAccounts",
        "You cannot change your own account ({name}); ask another admin. Nothing was changed.",
    ),
    "no_password": N_("ServerAccounts", "The password is empty; nothing was changed."),
    "not_postgresql": N_(
        "ServerAccounts",
        "{location} is not a PostgreSQL database; accounts exist only on an office server "
        "(--database postgresql+psycopg://user@host/database).",
    ),
    "not_prepared": N_(
        "ServerAccounts",
        "{location} has not been prepared as an office server; run: "
        "coordinator-desk --database URL server init",
    ),
    "init_rights": N_(
        "ServerAccounts",
        "server init must be run by a PostgreSQL superuser or a role that may create roles "
        "and owns the database; {login} may not. Nothing was changed.",
    ),
}


class AccountError(Exception):
    """Invalid input for an account use case (nothing was changed); code in TEMPLATES."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Account:
    name: str
    role: str
    can_login: bool


@dataclass(frozen=True)
class SignedIn:
    """Who a connection is on an office server, and the highest role they hold."""

    login: str
    role: str | None
    """None: a login that belongs to none of this office's groups."""

    def may(self, role: str) -> bool:
        return self.role is not None and RANK[self.role] >= RANK[role]


# --- who am I -------------------------------------------------------------------------


def _groups(conn: Connection) -> dict[str, str]:
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    return {role: group_role(str(database), role) for role in ROLES}


def is_office_server(db: Database) -> bool:
    if db.is_sqlite:
        return False
    with db.engine.connect() as conn:
        return office_server.login(conn) is not None


def signed_in(db: Database) -> SignedIn | None:
    """The login and its role, or None where the database is not an office server."""
    if db.is_sqlite:
        return None
    with db.engine.connect() as conn:
        login = office_server.login(conn)
        if login is None:
            return None
        return SignedIn(login, _role_of(conn, login))


def _role_of(conn: Connection, login: str) -> str | None:
    groups = _groups(conn)
    found = None
    for role in ROLES:
        member = conn.execute(
            text(
                "SELECT pg_catalog.pg_has_role(:u, r.oid, 'MEMBER') FROM pg_catalog.pg_roles r "
                "WHERE r.rolname = :g"
            ),
            {"u": login, "g": groups[role]},
        ).scalar()
        if member:
            found = role
    return found


# --- server init ----------------------------------------------------------------------


@dataclass(frozen=True)
class InitResult:
    database: str
    schema: str
    groups: dict[str, str]
    tables: int


def init_server(db: Database) -> InitResult:
    """Bring the schema to the head and set up roles, rights, triggers and functions.

    Safe to run again (after an upgrade that added a table needing rights of its own); it
    changes no records.
    """
    if db.is_sqlite:
        raise AccountError("not_postgresql", location=str(db.path))
    from ..db import migrate
    from .database import ensure_identity

    with db.engine.connect() as conn:
        allowed = conn.execute(
            text(
                "SELECT r.rolsuper OR (r.rolcreaterole AND d.datdba = r.oid) "
                "FROM pg_catalog.pg_roles r, pg_catalog.pg_database d "
                "WHERE r.rolname = current_user AND d.datname = current_database()"
            )
        ).scalar()
        login = conn.execute(text("SELECT current_user")).scalar_one()
    if not allowed:
        raise AccountError("init_rights", login=login)
    migrate.upgrade(db)
    ensure_identity(db)
    with db.engine.begin() as conn:
        from .reports import signing

        # The office's signing key, made now: editors sign sync packages and submission
        # packs, but may not write the identity row that keeps it (made on first use else).
        signing.database_key(conn)
    with db.engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": 0x43445352})  # "CDSR"
        groups = _groups(conn)
        database = str(conn.execute(text("SELECT current_database()")).scalar_one())
        schema = str(conn.execute(text("SELECT current_schema()")).scalar_one())
        tables = _tables(conn, schema)
        cursor = conn.connection.cursor()  # no parameters: the driver leaves '%I' alone
        try:
            for statement in _setup(database, schema, groups, tables):
                cursor.execute(statement)
        finally:
            cursor.close()
    db.engine.dispose()  # pooled connections learnt "no office server" when they connected
    return InitResult(database, schema, groups, len(tables))


def _tables(conn: Connection, schema: str) -> dict[str, set[str]]:
    rows = conn.execute(
        text(
            "SELECT c.relname, a.attname FROM pg_catalog.pg_class c "
            "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 "
            "AND NOT a.attisdropped WHERE n.nspname = :s AND c.relkind IN ('r', 'p')"
        ),
        {"s": schema},
    )
    found: dict[str, set[str]] = {}
    for table, column in rows:
        found.setdefault(str(table), set()).add(str(column))
    return found


def ident(name: str) -> str:
    """A quoted SQL identifier (any character, doubled quotes)."""
    return '"' + name.replace('"', '""') + '"'


def literal(value: str) -> str:
    """A quoted SQL string literal (standard_conforming_strings is on since PostgreSQL 9.1)."""
    return "'" + value.replace("'", "''") + "'"


SPECIAL = ("audit_entry", "alembic_version", "database_identity")
"""Tables editors may not write freely: the trail (append only), the schema revision (an
admin's migration) and the identity (its office name only)."""


def _is_record(columns: set[str]) -> bool:
    return {"deleted_at", "updated_by", "version"} <= columns


def _setup(
    database: str, schema: str, groups: dict[str, str], tables: dict[str, set[str]]
) -> Iterable[str]:
    v, e, a = (ident(groups[r]) for r in ROLES)
    s = ident(schema)
    for role in ROLES:
        yield (
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = "
            f"{literal(groups[role])}) THEN CREATE ROLE {ident(groups[role])} NOLOGIN; "
            "END IF; END $$"
        )
    yield f"GRANT {v} TO {e}"
    yield f"GRANT {e} TO {a}"
    yield f"REVOKE CONNECT, TEMPORARY ON DATABASE {ident(database)} FROM PUBLIC"
    yield f"GRANT CONNECT ON DATABASE {ident(database)} TO {v}"
    yield f"GRANT USAGE ON SCHEMA {s} TO {v}"
    yield f"GRANT CREATE ON SCHEMA {s} TO {a}"
    for table in sorted(tables):
        t = f"{s}.{ident(table)}"
        yield f"ALTER TABLE {t} OWNER TO {a}"
        if table == IDENTITY_TABLE:  # the private signing key is closed to viewers
            yield from identity_rights(t, tables[table], v, e)
            continue
        yield f"REVOKE ALL ON {t} FROM PUBLIC, {v}, {e}"
        yield f"GRANT SELECT ON {t} TO {v}"
        if table not in SPECIAL:  # records, links, and the bookkeeping a save writes beside
            yield f"GRANT INSERT, UPDATE ON {t} TO {e}"
        elif table == "audit_entry":
            yield f"GRANT INSERT ON {t} TO {e}"
    yield f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {e}"
    yield f"ALTER DEFAULT PRIVILEGES FOR ROLE {a} IN SCHEMA {s} GRANT SELECT ON TABLES TO {v}"
    yield (
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {a} IN SCHEMA {s} "
        f"GRANT INSERT, UPDATE ON TABLES TO {e}"
    )
    yield (
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {a} IN SCHEMA {s} "
        f"GRANT USAGE, SELECT ON SEQUENCES TO {e}"
    )
    yield from _functions(s, groups)
    for table, columns in sorted(tables.items()):
        t = f"{s}.{ident(table)}"
        if _is_record(columns):
            yield f"DROP TRIGGER IF EXISTS coordinator_desk_record_guard ON {t}"
            yield (
                f"CREATE TRIGGER coordinator_desk_record_guard BEFORE INSERT OR UPDATE ON {t} "
                f"FOR EACH ROW EXECUTE FUNCTION {s}.coordinator_desk_record_guard()"
            )
    if "audit_entry" in tables:
        t = f"{s}.audit_entry"
        trigger = office_server.AUDIT_TRIGGER
        yield f"DROP TRIGGER IF EXISTS {trigger} ON {t}"
        yield (
            f"CREATE TRIGGER {trigger} BEFORE INSERT ON {t} "
            f"FOR EACH ROW EXECUTE FUNCTION {s}.{trigger}()"
        )


def _functions(s: str, groups: dict[str, str]) -> Iterable[str]:
    admin = literal(groups["admin"])
    editor = literal(groups["editor"])
    restoring = (
        f"(coalesce(current_setting({literal(office_server.RESTORING)}, true), '') = 'on' "
        f"AND pg_catalog.pg_has_role(session_user, {admin}, 'MEMBER'))"
    )
    fixed = "SET search_path = pg_catalog, pg_temp"
    yield f"""
CREATE OR REPLACE FUNCTION {s}.{office_server.AUDIT_TRIGGER}() RETURNS trigger
LANGUAGE plpgsql {fixed} AS $f$
BEGIN
  IF NEW.changed_by IS DISTINCT FROM session_user::text AND NOT {restoring} THEN
    RAISE EXCEPTION USING ERRCODE = '42501',
      MESSAGE = format('audit entries are written under the login %s, not %s',
                       session_user, NEW.changed_by),
      HINT = '{HINT}editor';
  END IF;
  RETURN NEW;
END $f$"""
    yield f"""
CREATE OR REPLACE FUNCTION {s}.coordinator_desk_record_guard() RETURNS trigger
LANGUAGE plpgsql {fixed} AS $f$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL
     AND NOT pg_catalog.pg_has_role(session_user, {editor}, 'MEMBER') THEN
    RAISE EXCEPTION USING ERRCODE = '42501',
      MESSAGE = 'restoring a record from the trash needs the editor role',
      HINT = '{HINT}editor';
  END IF;
  IF NOT {restoring} THEN
    NEW.updated_by := session_user;
  END IF;
  RETURN NEW;
END $f$"""
    check_admin = f"""
  IF NOT pg_catalog.pg_has_role(session_user, {admin}, 'MEMBER') THEN
    RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'managing users needs the admin role',
      HINT = '{HINT}admin';
  END IF;"""
    group_of = (  # in brackets: PL/pgSQL's IF reads its condition up to the first THEN
        "(CASE p_role "
        + " ".join(f"WHEN {literal(r)} THEN {literal(groups[r])}" for r in ROLES)
        + " END)"
    )
    ours = ", ".join(literal(groups[r]) for r in ROLES)
    check_ours = f"""
  IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                 JOIN pg_roles u ON u.oid = m.member
                 WHERE u.rolname = p_name AND g.rolname IN ({ours}) AND NOT u.rolsuper
                   AND u.rolname NOT IN ({ours})) THEN
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'not a user of this office',
      HINT = '{HINT}unknown_user';
  END IF;
  IF p_name = session_user::text THEN
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'own account', HINT = '{HINT}self';
  END IF;"""
    check_role = f"""
  IF {group_of} IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'bad role', HINT = '{HINT}bad_role';
  END IF;"""
    yield f"""
CREATE OR REPLACE FUNCTION {s}.coordinator_desk_user_add(p_name text, p_role text,
  p_verifier text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER {fixed} AS $f$
BEGIN{check_admin}
  IF p_name IS NULL OR p_name !~ '{NAME.pattern}' OR p_name ~ '^(pg_|cd_)' THEN
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'bad name', HINT = '{HINT}bad_name';
  END IF;{check_role}
  IF p_verifier IS NULL OR left(p_verifier, 14) <> 'SCRAM-SHA-256$' THEN
    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'password must come hashed',
      HINT = '{HINT}no_password';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN
    RAISE EXCEPTION USING ERRCODE = '42710', MESSAGE = 'exists', HINT = '{HINT}exists';
  END IF;
  EXECUTE format('CREATE ROLE %I LOGIN INHERIT PASSWORD %L', p_name, p_verifier);
  EXECUTE format('GRANT %I TO %I', {group_of}, p_name);
END $f$"""
    yield f"""
CREATE OR REPLACE FUNCTION {s}.coordinator_desk_user_set_role(p_name text, p_role text)
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER {fixed} AS $f$
DECLARE g text;
BEGIN{check_admin}{check_role}{check_ours}
  FOREACH g IN ARRAY ARRAY[{ours}] LOOP
    IF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
               JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = g AND u.rolname = p_name)
    THEN
      EXECUTE format('REVOKE %I FROM %I', g, p_name);
    END IF;
  END LOOP;
  EXECUTE format('GRANT %I TO %I', {group_of}, p_name);
END $f$"""
    yield f"""
CREATE OR REPLACE FUNCTION {s}.coordinator_desk_user_disable(p_name text)
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER {fixed} AS $f$
BEGIN{check_admin}{check_ours}
  EXECUTE format('ALTER ROLE %I NOLOGIN', p_name);
  BEGIN
    PERFORM pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE usename = p_name AND datname = current_database();
  EXCEPTION WHEN insufficient_privilege THEN NULL;
  END;
END $f$"""
    for signature in (
        "coordinator_desk_user_add(text, text, text)",
        "coordinator_desk_user_set_role(text, text)",
        "coordinator_desk_user_disable(text)",
    ):
        yield f"REVOKE ALL ON FUNCTION {s}.{signature} FROM PUBLIC"
        yield f"GRANT EXECUTE ON FUNCTION {s}.{signature} TO {ident(groups['admin'])}"


# --- users ----------------------------------------------------------------------------


def check_name(name: str) -> str:
    if not NAME.match(name or "") or name.startswith(("pg_", "cd_")):
        raise AccountError("bad_name", name=name)
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise AccountError("bad_role", role=role)
    return role


def add_user(db: Database, name: str, role: str, password: str) -> None:
    """A new login role in `role`'s group; the server gets the password's SCRAM verifier,
    never the password itself (no server log or statement view can show it)."""
    check_name(name)
    check_role(role)
    if not password:
        raise AccountError("no_password")
    _call(db, "coordinator_desk_user_add(:n, :r, :p)", n=name, r=role, p=scram_verifier(password))


def set_role(db: Database, name: str, role: str) -> None:
    check_name(name)
    check_role(role)
    _call(db, "coordinator_desk_user_set_role(:n, :r)", n=name, r=role)


def disable_user(db: Database, name: str) -> None:
    """No more sign-ins, and the user's open sessions on this database are ended."""
    check_name(name)
    _call(db, "coordinator_desk_user_disable(:n)", n=name)


def list_users(db: Database) -> list[Account]:
    _require_server(db)
    with db.engine.connect() as conn:
        groups = _groups(conn)
        by_group = {g: r for r, g in groups.items()}
        rows = conn.execute(
            text(
                "SELECT u.rolname, g.rolname, u.rolcanlogin FROM pg_catalog.pg_auth_members m "
                "JOIN pg_catalog.pg_roles g ON g.oid = m.roleid "
                "JOIN pg_catalog.pg_roles u ON u.oid = m.member "
                "WHERE g.rolname = ANY(:groups) AND NOT (u.rolname = ANY(:groups)) "
                "ORDER BY u.rolname"
            ),
            {"groups": list(groups.values())},
        ).all()
    best: dict[str, Account] = {}
    for user, group, can_login in rows:
        role = by_group[str(group)]
        old = best.get(str(user))
        if old is None or RANK[role] > RANK[old.role]:
            best[str(user)] = Account(str(user), role, bool(can_login))
    return sorted(best.values(), key=lambda a: a.name)


def _require_server(db: Database) -> None:
    from ..db.secrets import safe_url

    if db.is_sqlite:
        raise AccountError("not_postgresql", location=str(db.path))
    if not is_office_server(db):
        raise AccountError("not_prepared", location=safe_url(db.url))


def _call(db: Database, call: str, **params: str) -> None:
    _require_server(db)
    from sqlalchemy.exc import DBAPIError

    try:
        with db.engine.begin() as conn:
            conn.execute(text(f"SELECT {call}"), params)
    except DBAPIError as exc:
        hint = hint_of(exc)
        if hint in TEMPLATES:
            raise AccountError(hint, name=params.get("n", ""), role=params.get("r", "")) from None
        raise


def hint_of(exc: BaseException) -> str | None:
    """What our server functions and triggers put in the error's HINT, without the prefix."""
    current: BaseException | None = exc
    while current is not None:
        orig = getattr(current, "orig", current)
        diag = getattr(orig, "diag", None)
        found = getattr(diag, "message_hint", None) if diag is not None else None
        if found and found.startswith(HINT):
            return str(found[len(HINT) :])
        current = current.__cause__ or current.__context__
        if current is exc:
            break
    return None


def insufficient_privilege(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        orig = getattr(current, "orig", None)
        if getattr(orig, "sqlstate", None) == "42501" or getattr(current, "sqlstate", None) == (
            "42501"
        ):
            return True
        current = current.__cause__ or current.__context__
    return False


def signed_in_at(url: str) -> SignedIn | None:
    """Who `url` signs in as (for a refusal message); None if that cannot be found out."""
    from ..db.session import connect

    try:
        db = connect(url, create=False)
    except DatabaseError:
        return None
    try:
        return signed_in(db)
    except Exception:  # noqa: BLE001 - only for a message
        return None
    finally:
        db.dispose()


# --- SCRAM ----------------------------------------------------------------------------


def scram_verifier(password: str, *, salt: bytes | None = None, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802/7677), so the
    server never receives the password. SASLprep as PostgreSQL applies it: non-ASCII
    spaces become spaces, characters mapped to nothing are dropped, NFKC."""
    prepared = "".join(
        " " if unicodedata.category(ch) == "Zs" else ch
        for ch in password
        if ch not in "\u00ad\u034f\u1806\u180b\u180c\u180d\u200b\u200c\u200d\u2060\ufeff"
        and not ("\ufe00" <= ch <= "\ufe0f")
    )
    prepared = unicodedata.normalize("NFKC", prepared)
    salt = salt if salt is not None else os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", prepared.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = base64.b64encode
    return (
        f"SCRAM-SHA-256${iterations}:{b64(salt).decode()}"
        f"${b64(stored_key).decode()}:{b64(server_key).decode()}"
    )

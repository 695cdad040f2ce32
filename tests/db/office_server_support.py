"""An office server for tests: a fresh PostgreSQL database prepared by `server init`, with
one user per role, and everything it made (database, group and login roles) dropped after.

Role names are global to the cluster, so every user name carries a random tag: two test
runs (or helpers) on one server never meet.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest

from tests.conftest import PG_ADMIN_URL

PASSWORDS = {"viewer": "Vi-ew3r pass", "editor": "Ed1tor€ Пароль", "admin": "Adm!n Gül-2026"}


@dataclass
class Office:
    name: str
    tag: str
    users: dict[str, str] = field(default_factory=dict)
    """role -> login name"""

    def url(self, login: str = "postgres") -> str:
        base = PG_ADMIN_URL.rsplit("/", 1)[0].split("://", 1)[1].split("@", 1)[1]
        return f"postgresql+psycopg://{login}@{base}/{self.name}"

    def as_role(self, role: str) -> str:
        return self.url(self.users[role])

    def login(self, suffix: str) -> str:
        return f"t{self.tag}_{suffix}"


def cli(*argv: str, stdin: str | None = None, monkeypatch=None) -> int:  # type: ignore[no-untyped-def]
    from desktop_app.__main__ import main

    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return int(main(list(argv)))


def admin_sql(sql: str, database: str = "postgres") -> list[tuple]:
    import psycopg

    url = PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + database
    with psycopg.connect(url, autocommit=True) as conn:
        cur = conn.execute(sql)
        return list(cur.fetchall()) if cur.description else []


_OLD_RECORD_GUARD = """
CREATE OR REPLACE FUNCTION public.coordinator_desk_record_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $f$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL
     AND NOT pg_catalog.pg_has_role(session_user, '{admin}', 'MEMBER') THEN
    RAISE EXCEPTION USING ERRCODE = '42501',
      MESSAGE = 'restoring a record from the trash needs the admin role',
      HINT = 'coordinator-desk:admin';
  END IF;
  NEW.updated_by := session_user;
  RETURN NEW;
END $f$"""


@contextmanager
def trash_kept_to_admins(found: Office) -> Iterator[None]:
    """The record trigger as `server init` made it before editors could restore from the
    Trash (a server not prepared again since); the current one is put back after."""
    from desktop_app.db.office_server import group_role
    from desktop_app.services import server_accounts as sa
    from desktop_app.services.database import open_database

    admin_sql(_OLD_RECORD_GUARD.format(admin=group_role(found.name, "admin")), found.name)
    try:
        yield
    finally:
        db = open_database(found.url(), migrate_schema=False)
        try:
            sa.init_server(db)
        finally:
            db.dispose()


def drop_office(name: str, tag: str) -> None:
    """The database, then this run's login roles and the database's group roles."""
    import psycopg
    from psycopg import sql

    from desktop_app.db.office_server import role_prefix

    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        prefix = role_prefix(name)
        rows = conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s OR rolname = ANY(%s)",
            (f"t{tag}\\_%", [f"{prefix}_{r}" for r in ("admin", "editor", "viewer")]),
        ).fetchall()
        users = [r[0] for r in rows if not r[0].startswith("cd_")]
        groups = [r[0] for r in rows if r[0].startswith("cd_")]
        for role in users + sorted(groups):  # admin, editor, viewer: members first
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


@contextmanager
def office(name: str | None = None, *, users: bool = True) -> Iterator[Office]:
    """A prepared office database (and a viewer, an editor and an admin when `users`)."""
    from tests.conftest import _pg_available

    problem = _pg_available()
    if problem:
        from tests.ci import in_ci

        if in_ci():
            pytest.fail(f"PostgreSQL at {PG_ADMIN_URL} is required under CI: {problem}")
        pytest.skip(f"PostgreSQL not reachable: {problem}")
    import psycopg
    from psycopg import sql

    tag = uuid.uuid4().hex[:6]
    name = name or f"cdesk_office_{tag}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    found = Office(name, tag)
    try:
        from desktop_app.services import server_accounts as sa
        from desktop_app.services.database import open_database

        db = open_database(found.url(), migrate_schema=False)
        try:
            sa.init_server(db)
            if users:
                for role in ("viewer", "editor", "admin"):
                    login = found.login(role)
                    sa.add_user(db, login, role, PASSWORDS[role])
                    found.users[role] = login
        finally:
            db.dispose()
        yield found
    finally:
        drop_office(name, tag)

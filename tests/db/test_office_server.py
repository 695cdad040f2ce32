"""The office server with accounts (issue 14), on the real PostgreSQL server.

Each role tries each use case through the CLI and the services, as a clerk would; then
the client is bypassed (plain SQLAlchemy as that login) and the SERVER must still refuse
what the role may not do, and refuse a forged audit name. The audit chain stays
verifiable under the server's rule (`db check` and the chain walk after real edits).
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from desktop_app.db import audit_chain
from desktop_app.db.errors import DatabaseError
from desktop_app.db.office_server import group_role, role_prefix
from desktop_app.services import records, server_accounts
from desktop_app.services.database import open_database
from tests.catalogue import said
from tests.db.office_server_support import PASSWORDS, Office, admin_sql, cli, office


@pytest.fixture(scope="module")
def server() -> Office:  # type: ignore[misc]
    with office() as found:
        db = open_database(found.url())
        try:  # a small office: two signatories, entered by the server's superuser
            for name in ("Ashgabat", "Mary"):
                records.save(db, "signatory", {"name": name, "country": "TM"}, user="x")
        finally:
            db.dispose()
        yield found


def _db(server: Office, role: str):  # type: ignore[no-untyped-def]
    return open_database(server.as_role(role), migrate_schema=False, create=False)


def _refused(exc: BaseException) -> bool:
    return server_accounts.insufficient_privilege(exc)


def _add_user(
    url: str, name: str, role: str, *extra: str, stdin: str | None = None, monkeypatch: Any = None
) -> int:
    """`server user add NAME --role ROLE` as the login in `url`; the password from `stdin`."""
    argv = ("--database", url, "server", "user", "add", name, "--role", role, *extra)
    return cli(*argv, stdin=stdin, monkeypatch=monkeypatch)


def _signatory_id(server: Office, name: str) -> uuid.UUID:
    rows = admin_sql(f"SELECT id FROM signatory WHERE name = '{name}'", server.name)
    return uuid.UUID(str(rows[0][0]))


# --- names ----------------------------------------------------------------------------


def test_group_names_are_per_database_and_fit_postgresql() -> None:
    assert role_prefix("office") == "cd_office"
    assert group_role("office", "viewer") == "cd_office_viewer"
    odd = {role_prefix(n) for n in ("Office-A", "office_a", "office a", "OFFICE_A")}
    assert len(odd) == 4 and "cd_office_a" in odd  # folded names get a hash: never shared
    long = group_role("x" * 63, "viewer")
    assert len(long.encode()) <= 63 and long.startswith("cd_")
    assert all(c.isalnum() or c == "_" for c in group_role('we"ird; db', "admin"))


def test_init_made_the_groups_and_is_safe_to_repeat(server: Office, capsys) -> None:  # type: ignore[no-untyped-def]
    groups = {
        r[0]
        for r in admin_sql(
            f"SELECT rolname FROM pg_roles WHERE rolname LIKE 'cd\\_{server.name}\\_%'"
        )
    }
    assert groups == {f"cd_{server.name}_{r}" for r in ("viewer", "editor", "admin")}
    before = admin_sql("SELECT count(*) FROM signatory", server.name)
    assert cli("--database", server.url(), "server", "init") == 0
    out = capsys.readouterr().out
    assert f"cd_{server.name}_editor" in out
    assert admin_sql("SELECT count(*) FROM signatory", server.name) == before
    owners = admin_sql(
        "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class c JOIN pg_namespace n "
        "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND relkind = 'r'",
        server.name,
    )
    assert owners == [(f"cd_{server.name}_admin",)]


def test_user_list_shows_each_role(server: Office, capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli("--database", server.as_role("viewer"), "server", "user", "list") == 0
    lines = {line.split()[0]: line.split()[1:] for line in capsys.readouterr().out.splitlines()}
    for role, login in server.users.items():
        assert lines[login] == [role, "may", "sign", "in"]


# --- each role, each use case -----------------------------------------------------------


def test_every_role_reads_the_lists(server: Office) -> None:
    from desktop_app.services.lists import list_rows

    for role in ("viewer", "editor", "admin"):
        db = _db(server, role)
        try:
            rows = list_rows(db, "signatories")
            who = server_accounts.signed_in(db)
        finally:
            db.dispose()
        assert len(rows.rows if hasattr(rows, "rows") else rows) == 2
        assert who is not None and who.login == server.users[role] and who.role == role


@pytest.mark.parametrize("role", ["viewer", "editor", "admin"])
def test_create_edit_trash_restore_by_role(server: Office, role: str) -> None:
    db = _db(server, role)
    try:
        if role == "viewer":  # the server's 42501, said as "not_allowed" (exit 2 / a dialog)
            with pytest.raises(DatabaseError, match="not_allowed") as caught:
                records.save(db, "signatory", {"name": "Dashoguz", "country": "TM"})
            assert _refused(caught.value)
            sid = _signatory_id(server, "Mary")
            values = records.load(db, "signatory", sid)
            with pytest.raises(DatabaseError, match="not_allowed") as caught:
                records.save(db, "signatory", {**values.values, "notes": "x"}, sid, values.version)
            assert _refused(caught.value)
            with pytest.raises(DatabaseError, match="not_allowed") as caught:
                records.trash(db, "signatory", [sid])
            assert _refused(caught.value)
            assert admin_sql(f"SELECT notes FROM signatory WHERE id = '{sid}'", server.name) == [
                ("",)
            ]
            return
        name = f"Balkanabat {role}"
        sid = records.save(
            db, "signatory", {"name": name, "country": "TM"}, user="somebody else"
        ).id
        loaded = records.load(db, "signatory", sid)
        records.save(db, "signatory", {**loaded.values, "notes": "visited"}, sid, loaded.version)
        records.trash(db, "signatory", [sid])
        deleted = f"SELECT deleted_at IS NOT NULL FROM signatory WHERE id = '{sid}'"
        assert admin_sql(deleted, server.name) == [(True,)]
        assert records.restore(db, "signatory", [sid]) == 1  # what was trashed comes back
        assert admin_sql(deleted, server.name) == [(False,)]
    finally:
        db.dispose()
    login = server.users[role]
    trail = admin_sql(
        f"SELECT DISTINCT changed_by FROM audit_entry WHERE record_id = '{sid}'", server.name
    )
    assert trail == [(login,)]  # not "somebody else", not the OS user
    stamp = admin_sql(f"SELECT updated_by, notes FROM signatory WHERE id = '{sid}'", server.name)
    assert stamp == [(login, "visited")]


def test_cli_refuses_with_the_role_needed(
    server: Office, tmp_path: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    viewer, editor, admin = (server.as_role(r) for r in ("viewer", "editor", "admin"))
    book = tmp_path / "office.xlsx"
    # export: editors and admins (the server cannot tell an export from reading a list)
    assert cli("--database", viewer, "export", "xlsx", str(book), "--all") == 2
    err = capsys.readouterr().err
    assert server.users["viewer"] in err and "viewer" in err and "editor role" in err
    assert not book.exists()
    assert cli("--database", editor, "export", "xlsx", str(book), "--all") == 0
    assert book.exists()
    capsys.readouterr()
    # import: a preview is a read; the import itself is an editor's
    assert cli("--database", viewer, "import", str(book), "--dry-run") == 0
    assert cli("--database", viewer, "import", str(book)) == 2
    assert "editor role" in capsys.readouterr().err
    assert cli("--database", editor, "import", str(book)) == 0
    capsys.readouterr()
    # db upgrade and user administration: admins only
    for who in (viewer, editor):
        assert cli("--database", who, "db", "upgrade") == 2
        assert "admin role" in capsys.readouterr().err
        code = _add_user(
            who, server.login("intruder"), "admin", stdin="pw\n", monkeypatch=monkeypatch
        )
        assert code == 2 and "admin role" in capsys.readouterr().err
    assert cli("--database", admin, "db", "upgrade") == 0
    assert admin_sql(
        f"SELECT count(*) FROM pg_roles WHERE rolname = '{server.login('intruder')}'"
    ) == [(0,)]


def test_cli_refusal_when_the_client_check_is_skipped(server: Office, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With the early check gone, the server's own refusal still ends in the same words."""
    from desktop_app.cli_commands import server as server_cli

    monkeypatch.setattr(server_cli, "early_refusal", lambda args: None)
    editor = server.as_role("editor")
    code = _add_user(
        editor, server.login("intruder2"), "viewer", stdin="pw\n", monkeypatch=monkeypatch
    )
    err = capsys.readouterr().err
    assert code == 2 and "admin role" in err and server.users["editor"] in err
    assert "Traceback" not in err


def test_backup_restore_by_role(server: Office, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "copy.sqlite3"
    assert cli("--database", server.as_role("viewer"), "backup", str(copy)) == 0
    capsys.readouterr()
    for role in ("viewer", "editor"):
        assert cli("--database", server.as_role(role), "restore", str(copy)) == 2
        assert "admin role" in capsys.readouterr().err
    before = admin_sql(
        "SELECT changed_by, count(*) FROM audit_entry GROUP BY 1 ORDER BY 1", server.name
    )
    assert cli("--database", server.as_role("admin"), "restore", str(copy)) == 0
    after = dict(admin_sql("SELECT changed_by, count(*) FROM audit_entry GROUP BY 1", server.name))
    for who, count in before:  # nobody's entries lost or renamed
        assert after[who] >= count
    db = open_database(server.url(), migrate_schema=False)
    try:
        with db.engine.connect() as conn:
            assert audit_chain.first_break(conn) is None
    finally:
        db.dispose()


# --- the server refuses, whatever the client -----------------------------------------------


def _raw(server: Office, role: str):  # type: ignore[no-untyped-def]
    return create_engine(server.as_role(role))


def test_server_refuses_writes_a_role_may_not_do(server: Office) -> None:
    sid = _signatory_id(server, "Ashgabat")
    attempts = {
        "insert": "INSERT INTO signatory SELECT (jsonb_populate_record(NULL::signatory, "
        "to_jsonb(s) || jsonb_build_object('id', CAST(:new AS text), 'name', 'Forged'))).* "
        "FROM signatory s WHERE id = :id",
        "update": "UPDATE signatory SET notes = 'forged' WHERE id = :id",
        "trash": "UPDATE signatory SET deleted_at = now() WHERE id = :id",
        "delete": "DELETE FROM signatory WHERE id = :id",
        "audit update": "UPDATE audit_entry SET changed_by = 'x'",
        "audit delete": "DELETE FROM audit_entry",
        "schema": "ALTER TABLE signatory ADD COLUMN forged text",
        "new table": "CREATE TABLE forged (x int)",
        "revision": "UPDATE alembic_version SET version_num = '0001'",
        "user admin": "SELECT coordinator_desk_user_add('mallory', 'admin', 'SCRAM-SHA-256$x')",
    }
    refused = {
        "viewer": set(attempts),
        "editor": {
            "delete",
            "audit update",
            "audit delete",
            "schema",
            "new table",
            "revision",
            "user admin",
        },
    }
    for role, expected in refused.items():
        engine = _raw(server, role)
        try:
            for what, sql in attempts.items():
                try:
                    with engine.begin() as conn:
                        conn.execute(text(sql), {"id": sid, "new": uuid.uuid4()})
                        conn.rollback()  # an allowed write is not kept
                except DBAPIError as exc:
                    assert what in expected, (role, what, exc)
                    assert _refused(exc), (role, what, exc)
                else:
                    assert what not in expected, f"{role} could {what}"
        finally:
            engine.dispose()
    assert admin_sql("SELECT count(*) FROM pg_roles WHERE rolname = 'mallory'") == [(0,)]


def test_the_server_lets_editors_restore_from_the_trash_and_only_admins_purge(
    server: Office,
) -> None:
    """Moving to the Trash and back is an editor's (issue 14: editors create, edit, trash);
    purging (DELETE) stays an admin's. As each login with plain SQL, no client checks."""
    sid = _signatory_id(server, "Mary")
    deleted = f"SELECT deleted_at IS NOT NULL FROM signatory WHERE id = '{sid}'"
    trash = "UPDATE signatory SET deleted_at = now() WHERE id = :id"
    restore = "UPDATE signatory SET deleted_at = NULL WHERE id = :id"
    purge = "DELETE FROM signatory WHERE id = :id"
    may = {"viewer": set(), "editor": {"restore"}, "admin": {"restore", "purge"}}
    try:
        for role, allowed in may.items():
            admin_sql(trash.replace(":id", f"'{sid}'"), server.name)
            engine = _raw(server, role)
            try:
                for what, sql in (("restore", restore), ("purge", purge)):
                    try:
                        with engine.begin() as conn:
                            conn.execute(text(sql), {"id": sid})
                            if what == "purge":
                                conn.rollback()  # allowed, not kept
                    except DBAPIError as exc:
                        assert what not in allowed, (role, what, exc)
                        assert _refused(exc), (role, what, exc)
                        if what == "restore" and role == "viewer":
                            assert admin_sql(deleted, server.name) == [(True,)]
                    else:
                        assert what in allowed, f"{role} could {what}"
                        if what == "restore":
                            assert admin_sql(deleted, server.name) == [(False,)]
            finally:
                engine.dispose()
        last = admin_sql(f"SELECT updated_by FROM signatory WHERE id = '{sid}'", server.name)
        assert last == [(server.users["admin"],)]  # the server's stamp: who restored it
    finally:
        admin_sql(restore.replace(":id", f"'{sid}'"), server.name)


def test_server_init_again_lets_editors_restore_on_a_server_prepared_before(
    server: Office, capsys
) -> None:  # type: ignore[no-untyped-def]
    """A server prepared by an earlier version keeps the Trash's restore to admins: the
    editor is refused in words naming that role, nothing changes; `server init` again (safe
    to repeat) brings the current rule."""
    from tests.db.office_server_support import trash_kept_to_admins

    sid = _signatory_id(server, "Ashgabat")
    deleted = f"SELECT deleted_at IS NOT NULL FROM signatory WHERE id = '{sid}'"
    db = _db(server, "editor")
    try:
        with trash_kept_to_admins(server):
            records.trash(db, "signatory", [sid])
            with pytest.raises(DatabaseError, match="not_allowed") as caught:
                records.restore(db, "signatory", [sid])
            assert _refused(caught.value) and "admin role" in caught.value.params["detail"]
            assert admin_sql(deleted, server.name) == [(True,)]
            assert cli("--database", server.url(), "server", "init") == 0
            capsys.readouterr()
        assert records.restore(db, "signatory", [sid]) == 1
        assert admin_sql(deleted, server.name) == [(False,)]
    finally:
        db.dispose()


def test_no_client_can_forge_the_audit_name(server: Office) -> None:
    sid = _signatory_id(server, "Ashgabat")
    for role in ("editor", "admin"):
        engine = _raw(server, role)
        entry = {
            "id": uuid.uuid4(),
            "changed_at": "2026-01-01T00:00:00Z",
            "changed_by": "someone_else",
            "action": "update",
            "table_name": "signatory",
            "record_id": sid,
            "field": "notes",
            "old_value": "",
            "new_value": "forged",
            "origin": "cli",
        }
        try:
            with pytest.raises(DBAPIError) as caught, engine.begin() as conn:
                audit_chain.append(conn, [entry])
            assert _refused(caught.value)
            restoring = "SELECT set_config('coordinator_desk.restoring', 'on', true)"
            if role == "editor":  # a restore's flag lets the backup's names in for admins only
                with pytest.raises(DBAPIError) as caught, engine.begin() as conn:
                    conn.execute(text(restoring))
                    audit_chain.append(conn, [dict(entry, id=uuid.uuid4())])
                assert _refused(caught.value)
            else:
                with engine.begin() as conn:
                    conn.execute(text(restoring))
                    audit_chain.append(conn, [dict(entry, id=uuid.uuid4())])
                    conn.rollback()
            with engine.begin() as conn:  # updated_by is stamped by the server
                conn.execute(
                    text("UPDATE signatory SET updated_by = 'someone_else' WHERE id = :id"),
                    {"id": sid},
                )
                stamp = conn.execute(
                    text("SELECT updated_by FROM signatory WHERE id = :id"), {"id": sid}
                )
                assert stamp.scalar_one() == server.users[role]
                conn.rollback()
        finally:
            engine.dispose()
    assert admin_sql(
        "SELECT count(*) FROM audit_entry WHERE changed_by = 'someone_else'", server.name
    ) == [(0,)]


def test_chain_and_db_check_after_edits_under_logins(server: Office, capsys) -> None:  # type: ignore[no-untyped-def]
    db = _db(server, "editor")
    try:
        sid = _signatory_id(server, "Mary")
        loaded = records.load(db, "signatory", sid)
        records.save(db, "signatory", {**loaded.values, "population": 1234}, sid, loaded.version)
    finally:
        db.dispose()
    last = admin_sql(
        "SELECT changed_by, field, new_value FROM audit_entry ORDER BY seq DESC LIMIT 1",
        server.name,
    )
    assert last == [(server.users["editor"], "population", "1234")]
    assert cli("--database", server.as_role("viewer"), "db", "check") == 0
    assert "Integrity: ok" in capsys.readouterr().out
    engine = _raw(server, "viewer")
    try:
        with engine.connect() as conn:
            assert audit_chain.first_break(conn) is None
    finally:
        engine.dispose()


def test_db_check_without_amchecks_rights_says_the_server_checks_were_skipped(capsys) -> None:  # type: ignore[no-untyped-def]
    """amcheck installed by a superuser grants its functions to nobody: `db check` by the
    office's own logins says, in their language, that the server's index checks were skipped
    and what the role needs; that is no problem found (exit 0, "Integrity: ok"). Granted
    the right, the same login has them run."""
    from desktop_app import i18n
    from desktop_app.services.integrity import AMCHECK_NOT_GRANTED

    with office() as mine:
        admin_sql("CREATE EXTENSION amcheck", mine.name)
        for role, lang in (("viewer", "en"), ("editor", "ru"), ("admin", "tk")):
            login = mine.users[role]
            try:
                assert cli("--database", mine.as_role(role), "--lang", lang, "db", "check") == 0
            finally:
                i18n.install("en")
            out = capsys.readouterr()
            note = said(lang, "Integrity", AMCHECK_NOT_GRANTED).format(
                role=login, function='"public".bt_index_check(regclass)'
            )
            assert out.out.splitlines()[0] == note
            assert said(lang, "CLI", "Integrity: ok") in out.out
            assert "permission denied" not in out.out + out.err
        admin_sql(
            f"GRANT EXECUTE ON FUNCTION bt_index_check(regclass) TO {mine.users['viewer']}",
            mine.name,
        )
        assert cli("--database", mine.as_role("viewer"), "db", "check") == 0
        out = capsys.readouterr().out
        assert "indexes checked" in out and "skipped" not in out


# --- accounts --------------------------------------------------------------------------


def _verifier_matches(login: str, password: str) -> bool:
    """Whether our SCRAM verifier of `password`, with the salt PostgreSQL chose, is the one
    the server stores for `login` (and the password itself is not in it)."""
    import base64

    stored = admin_sql(f"SELECT rolpassword FROM pg_authid WHERE rolname = '{login}'")[0][0]
    assert stored.startswith("SCRAM-SHA-256$4096:") and password not in stored
    salt = base64.b64decode(stored.split("$")[1].split(":")[1])
    return bool(server_accounts.scram_verifier(password, salt=salt) == stored)


def test_passwords_reach_the_server_only_as_scram_verifiers(server: Office) -> None:
    """Our verifier is PostgreSQL's own: same salt, same iterations, same result (also for
    Cyrillic and Turkmen letters and spaces)."""
    for role, password in PASSWORDS.items():  # made by us (server user add)
        assert _verifier_matches(server.users[role], password)
    probe = server.login("probe")
    admin_sql("SET password_encryption = 'scram-sha-256'")
    try:  # made by PostgreSQL itself
        admin_sql(f"CREATE ROLE {probe} PASSWORD 'Ýaşyl şäher Жёлтый'")
        assert _verifier_matches(probe, "Ýaşyl şäher Жёлтый")
    finally:
        admin_sql(f"DROP ROLE IF EXISTS {probe}")


def test_password_never_in_argv_output_or_settings(
    server: Office, tmp_path: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    secret = "S3cret-never-shown"
    name = server.login("newbie")
    with pytest.raises(SystemExit):  # there is no way to give it as an argument
        _add_user(server.as_role("admin"), name, "viewer", "--password", secret)
    capsys.readouterr()
    for expected in (0, 1):  # added; then refused (exists), the message not showing it
        code = _add_user(
            server.as_role("admin"), name, "viewer", stdin=secret + "\n", monkeypatch=monkeypatch
        )
        out = capsys.readouterr()
        assert code == expected and secret not in out.out + out.err
    assert "already exists" in out.err
    monkeypatch.setenv("COORDINATOR_DESK_NEW_USER_PASSWORD", secret)
    code = _add_user(server.as_role("editor"), server.login("n2"), "viewer")
    out = capsys.readouterr()
    assert code == 2 and secret not in out.out + out.err
    import os

    for folder in (os.environ["XDG_CONFIG_HOME"], os.environ["XDG_DATA_HOME"], str(tmp_path)):
        for path in Path(folder).rglob("*"):
            if path.is_file():
                assert secret.encode() not in path.read_bytes(), path
    activity = admin_sql("SELECT coalesce(string_agg(query, ' '), '') FROM pg_stat_activity")
    assert secret not in activity[0][0]


@pytest.mark.parametrize(
    "name",
    [
        'x"; DROP ROLE postgres; --',
        "anna smith",
        "Anna",
        "o'brien",
        "pg_monitor",
        "cd_x_admin",
        "",
        "a" * 64,
    ],
)
def test_hostile_user_names_are_refused(server: Office, name: str, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code = _add_user(server.as_role("admin"), name, "viewer", stdin="pw\n", monkeypatch=monkeypatch)
    assert code == 1 and "cannot be a user name" in capsys.readouterr().err
    assert admin_sql("SELECT count(*) FROM pg_roles WHERE rolname = 'postgres'") == [(1,)]


def test_server_refuses_hostile_names_and_foreign_roles_itself(
    server: Office, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    engine = _raw(server, "admin")
    try:
        for call in (
            "coordinator_desk_user_add('x\"; DROP ROLE postgres; --', 'viewer', 'SCRAM-SHA-256$1')",
            "coordinator_desk_user_add('mallory', 'superuser', 'SCRAM-SHA-256$1')",
            "coordinator_desk_user_add('mallory', 'viewer', 'plain password')",
            "coordinator_desk_user_set_role('postgres', 'viewer')",
            "coordinator_desk_user_disable('postgres')",
            f"coordinator_desk_user_disable('{server.users['admin']}')",
        ):
            with pytest.raises(DBAPIError) as caught, engine.begin() as conn:
                conn.execute(text(f"SELECT {call}"))
            assert server_accounts.hint_of(caught.value) is not None, call
    finally:
        engine.dispose()
    assert admin_sql("SELECT rolcanlogin, rolsuper FROM pg_roles WHERE rolname = 'postgres'") == [
        (True, True)
    ]
    assert (
        cli(
            "--database",
            server.as_role("admin"),
            "server",
            "user",
            "set-role",
            "postgres",
            "viewer",
        )
        == 1
    )
    assert "not a user of this office" in capsys.readouterr().err


def test_set_role_and_disable(server: Office, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    admin = server.as_role("admin")
    name = server.login("clerk")
    assert _add_user(admin, name, "viewer", stdin="pw\n", monkeypatch=monkeypatch) == 0
    url = server.url(name)
    assert cli("--database", url, "demo", "--signatories", "1", "--force") == 2
    assert "editor role" in capsys.readouterr().err
    assert cli("--database", admin, "server", "user", "set-role", name, "editor") == 0
    db = open_database(url, migrate_schema=False, create=False)
    try:
        assert server_accounts.signed_in(db) == server_accounts.SignedIn(name, "editor")
        sid = records.save(db, "signatory", {"name": "Türkmenabat", "country": "TM"}).id
    finally:
        db.dispose()
    assert admin_sql(
        f"SELECT changed_by FROM audit_entry WHERE record_id = '{sid}'", server.name
    ) == [(name,)]
    assert cli("--database", admin, "server", "user", "disable", name) == 0
    capsys.readouterr()
    assert cli("--database", admin, "server", "user", "list") == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith(name))
    assert line.split()[1:] == ["editor", "disabled"]
    assert cli("--database", url, "db", "info") == 2  # can no longer sign in
    assert cli("--database", admin, "server", "user", "disable", server.users["admin"]) == 1
    assert "own account" in capsys.readouterr().err


def test_another_offices_users_cannot_connect() -> None:
    """Two offices on one cluster: separate groups, and CONNECT only for one's own."""
    with office('Other "office" 2', users=False) as other:
        groups = admin_sql(
            f"SELECT rolname FROM pg_roles WHERE rolname LIKE '{role_prefix(other.name)}%' "
            "ORDER BY 1"
        )
        assert len(groups) == 3 and all('"' not in g[0] for g in groups)
        with office(users=True) as mine:
            engine = create_engine(other.url(mine.users["admin"]))
            try:
                with pytest.raises(DBAPIError) as caught, engine.connect():
                    pass
                assert "permission denied" in str(caught.value)
            finally:
                engine.dispose()


def test_an_admin_migrates_and_the_new_tables_belong_to_the_office(capsys) -> None:  # type: ignore[no-untyped-def]
    """A real step down and up as the admin login: the tables it makes are owned by the admin
    group (not by the login), viewers read them and editors write them by default privileges;
    an editor's migration is refused by the server itself."""
    from alembic import command

    from desktop_app.db import migrate, office_server
    from desktop_app.db.schema_version import REVISIONS

    with office() as mine:
        editor = open_database(mine.as_role("editor"), migrate_schema=False, create=False)
        try:
            with pytest.raises(DBAPIError) as caught, editor.engine.connect() as conn:
                cfg = migrate.alembic_config(editor)
                cfg.attributes["connection"] = conn
                command.downgrade(cfg, REVISIONS[-2])
            assert _refused(caught.value)
        finally:
            editor.dispose()
        # a record table without its trigger, as one a migration adds would be
        admin_sql("DROP TRIGGER coordinator_desk_record_guard ON signatory", mine.name)
        db = open_database(mine.as_role("admin"), migrate_schema=False, create=False)
        try:
            with db.engine.connect() as conn:
                assert office_server.migrate_as_owner(conn)
                cfg = migrate.alembic_config(db)
                cfg.attributes["connection"] = conn
                command.downgrade(cfg, REVISIONS[-2])
                office_server.reset_role(conn)
            assert migrate.current_revision(db) == REVISIONS[-2]
        finally:
            db.dispose()
        assert cli("--database", mine.as_role("admin"), "db", "upgrade") == 0
        assert REVISIONS[-1] in capsys.readouterr().out
        owners = admin_sql(
            "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class c JOIN pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND relkind IN ('r', 'S')",
            mine.name,
        )
        assert owners == [(f"cd_{mine.name}_admin",)]
        guarded = admin_sql(
            "SELECT count(*) FROM pg_trigger WHERE tgname = 'coordinator_desk_record_guard' "
            "AND tgrelid = 'signatory'::regclass",
            mine.name,
        )
        assert guarded == [(1,)]  # put back by the admin's upgrade, no second server init
        tables = [
            r[0]
            for r in admin_sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'", mine.name
            )
        ]
        engine = create_engine(mine.as_role("viewer"))
        try:
            with engine.connect() as conn:
                for table in tables:
                    conn.execute(text(f'SELECT count(*) FROM "{table}"'))
        finally:
            engine.dispose()
        assert cli("--database", mine.as_role("viewer"), "db", "check") == 0


def test_a_viewer_opens_after_the_profile_was_renamed(server: Office) -> None:
    """The identity follows the office profile when the database is opened; a viewer may
    not write it, and still opens the database (the next editor's open renames it)."""
    db = _db(server, "editor")
    try:
        profile = {"name": "Ashgabat energy office", "is_own_office": True, "kind": "national"}
        profile |= {"country": "TM", "expression_of_interest_date": date(2021, 3, 1)}
        records.save(db, "coordinator", profile)
    finally:
        db.dispose()
    admin_sql("UPDATE database_identity SET office_name = 'Old name'", server.name)
    viewer = open_database(server.as_role("viewer"), create=False)
    viewer.dispose()
    assert admin_sql("SELECT office_name FROM database_identity", server.name) == [("Old name",)]
    editor = open_database(server.as_role("editor"), create=False)
    editor.dispose()
    assert admin_sql("SELECT office_name FROM database_identity", server.name) == [
        ("Ashgabat energy office",)
    ]


def test_an_editors_restore_refused_by_the_server_is_not_called_damage(
    server: Office, tmp_path: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Without the early check the restore reaches the server, which refuses its DELETE: the
    message names the role (not "the backup is damaged") and nothing changes."""
    from desktop_app.cli_commands import server as server_cli

    copy = tmp_path / "copy.sqlite3"
    assert cli("--database", server.as_role("admin"), "backup", str(copy)) == 0
    capsys.readouterr()
    before = admin_sql("SELECT count(*) FROM signatory", server.name)
    monkeypatch.setattr(server_cli, "early_refusal", lambda args: None)
    assert cli("--database", server.as_role("editor"), "restore", str(copy)) == 2
    err = capsys.readouterr().err
    assert "admin role" in err and "damaged" not in err
    assert admin_sql("SELECT count(*) FROM signatory", server.name) == before

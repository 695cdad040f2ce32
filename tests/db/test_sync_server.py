"""Laptops that sync with an office server (issue 14): the server's roles decide who may
bring a laptop's package in, as for every other write.

Through the CLI as the office's clerks run it: an editor clones a laptop copy from the
server; the laptop's package is refused to the viewer (exit 2, the role named, nothing
changed), also when the client's own check is skipped and the server alone refuses;
the editor imports it, and the trail names the editor's login, set by the server.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from desktop_app.domain.models import Signatory
from desktop_app.services import records
from desktop_app.services.database import open_database
from tests.db.office_server_support import Office, admin_sql, cli, office


@pytest.fixture(scope="module")
def server() -> Office:  # type: ignore[misc]
    with office() as found:
        db = open_database(found.url())
        try:
            for name in ("Ashgabat", "Mary"):
                records.save(
                    db, "signatory", {"name": name, "country": "TM", "population": 1000}, user="x"
                )
        finally:
            db.dispose()
        yield found


def _counts(server: Office) -> list[tuple]:
    """What an import would change: records, trail, change log, inbox, peers' state."""
    return admin_sql(
        "SELECT (SELECT count(*) FROM signatory), (SELECT string_agg(name || '=' ||"
        " coalesce(population::text, ''), ',' ORDER BY name) FROM signatory),"
        " (SELECT count(*) FROM audit_entry), (SELECT count(*) FROM sync_change),"
        " (SELECT count(*) FROM sync_conflict), (SELECT string_agg(seen || last_serial_in,"
        " ',') FROM sync_peer)",
        server.name,
    )


def _mary(server: Office) -> uuid.UUID:
    rows = admin_sql("SELECT id FROM signatory WHERE name = 'Mary'", server.name)
    return uuid.UUID(str(rows[0][0]))


def test_clone_from_the_server_then_viewer_refused_and_editor_imports(
    server: Office, tmp_path: Path, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.cli_commands import server as server_cli

    viewer, editor = server.as_role("viewer"), server.as_role("editor")
    laptop_path = tmp_path / "laptop.sqlite3"
    # A viewer reads, but a clone writes the family's rows on the server: refused.
    code = cli("--database", viewer, "sync", "clone", str(laptop_path))
    err = capsys.readouterr().err
    assert code == 2 and "this needs the editor role" in err, err
    assert server.users["viewer"] in err and "Traceback" not in err
    assert not laptop_path.exists()
    assert admin_sql("SELECT count(*) FROM sync_replica", server.name) == [(0,)]
    # The editor's clone: a laptop with the office's records, its own identity.
    assert cli("--database", editor, "sync", "clone", str(laptop_path)) == 0
    assert "Laptop copy written" in capsys.readouterr().out
    mary = _mary(server)
    laptop = open_database(str(laptop_path))
    try:
        with laptop.session("test") as s:
            assert {o.name for o in s.query(Signatory)} == {"Ashgabat", "Mary"}
        records.save(laptop, "signatory", {"population": 2750}, id=mary, user="aylar")
    finally:
        laptop.dispose()
    pkg = tmp_path / "to-office.cdsync"
    assert cli("--database", str(laptop_path), "sync", "export", str(pkg)) == 0
    capsys.readouterr()
    before = _counts(server)

    # The viewer's import: refused before it starts, the role named, exit 2.
    code = cli("--database", viewer, "sync", "import", str(pkg))
    err = capsys.readouterr().err
    assert code == 2, err
    assert f"{server.users['viewer']} is signed in as viewer; this needs the editor role." in err
    assert _counts(server) == before
    # The same with the client's check skipped: the server refuses the writes itself, and
    # the CLI says the same sentence; the transaction is rolled back, nothing changed.
    monkeypatch.setattr(server_cli, "early_refusal", lambda args: None)
    code = cli("--database", viewer, "sync", "import", str(pkg))
    err = capsys.readouterr().err
    assert code == 2 and "this needs the editor role" in err and "Traceback" not in err, err
    assert _counts(server) == before
    monkeypatch.undo()

    # The editor's import applies the laptop's count; the trail names the editor's login.
    code = cli("--database", editor, "sync", "import", str(pkg))
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.strip().splitlines()[-1] == "1 applied, 0 conflicts, 0 already seen"
    assert admin_sql(
        f"SELECT population, updated_by FROM signatory WHERE id = '{mary}'", server.name
    ) == [(2750, server.users["editor"])]
    assert admin_sql(
        "SELECT changed_by, new_value FROM audit_entry WHERE origin = 'sync'"
        " AND field = 'population'",
        server.name,
    ) == [(server.users["editor"], "2750")]
    # The way back: the office's package for the laptop, written by the editor (signed
    # with the office's key, which `server init` made), is taken: nothing new in it.
    back = tmp_path / "to-laptop.cdsync"
    assert cli("--database", editor, "sync", "export", str(back)) == 0
    capsys.readouterr()
    code = cli("--database", str(laptop_path), "sync", "import", str(back))
    out, err = capsys.readouterr()
    assert code == 0 and out.strip() == "0 applied, 0 conflicts, 0 already seen", err
    # A viewer may still read the inbox and the family.
    assert cli("--database", viewer, "sync", "conflicts") == 0
    assert capsys.readouterr().out.strip() == "No open conflicts."
    assert cli("--database", viewer, "sync", "peers") == 0
    assert "cloned from" not in capsys.readouterr().out  # the server is the family's origin


def test_an_office_prepared_before_its_key_existed_says_how_to_mend_it(
    tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    """An office server whose signing key was never made (prepared by an older `server
    init`): the editor's clone is refused by the server, and the message says the role
    would allow it and how to mend it; `server init` again (safe to repeat) does."""
    with office() as fresh:
        admin_sql("UPDATE database_identity SET signing_key = NULL", fresh.name)
        laptop_path = tmp_path / "laptop.sqlite3"
        code = cli("--database", fresh.as_role("editor"), "sync", "clone", str(laptop_path))
        err = capsys.readouterr().err
        assert code == 2 and not laptop_path.exists(), err
        assert "although the editor role may do it" in err and "'server init' again" in err
        assert "needs the editor role" not in err
        assert cli("--database", fresh.url(), "server", "init") == 0
        capsys.readouterr()
        code = cli("--database", fresh.as_role("editor"), "sync", "clone", str(laptop_path))
        assert code == 0, capsys.readouterr().err
        assert laptop_path.exists()


def test_a_purge_reaches_the_office_server_through_an_admin_only(
    server: Office, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    """A laptop's purge travels, but the office server lets only an admin purge: the
    editor's import of that package is refused before anything is written (exit 2, the
    role named); the admin's import purges the record at the office. The editor's own
    `trash purge` on the server is refused too."""
    editor, admin = server.as_role("editor"), server.as_role("admin")
    office_db = open_database(editor, migrate_schema=False, create=False)
    try:
        town = records.save(
            office_db, "signatory", {"name": "Serdar", "country": "TM"}, user="x"
        ).id
        records.trash(office_db, "signatory", [town])
    finally:
        office_db.dispose()
    code = cli("--database", editor, "trash", "purge", town.hex)
    err = capsys.readouterr().err
    assert code == 2 and "this needs the admin role" in err, err
    laptop_path = tmp_path / "laptop.sqlite3"
    assert cli("--database", editor, "sync", "clone", str(laptop_path)) == 0
    assert cli("--database", str(laptop_path), "trash", "purge", town.hex) == 0
    pkg = tmp_path / "purge.cdsync"
    assert cli("--database", str(laptop_path), "sync", "export", str(pkg)) == 0
    capsys.readouterr()
    before = _counts(server)
    code = cli("--database", editor, "sync", "import", str(pkg))
    err = capsys.readouterr().err
    assert code == 2, err
    assert "The package would purge records this database holds (1)" in err
    assert f"{server.users['editor']} is signed in as editor" in err
    assert _counts(server) == before
    assert cli("--database", admin, "sync", "import", str(pkg)) == 0
    out = capsys.readouterr().out
    assert "Records purged at another database, so purged here too: 1." in out
    assert admin_sql(f"SELECT count(*) FROM signatory WHERE id = '{town}'", server.name) == [(0,)]
    assert admin_sql(
        "SELECT changed_by FROM audit_entry WHERE field = '*purged*' AND origin = 'sync'",
        server.name,
    ) == [(server.users["admin"],)]

"""The office's private signing key is an editor's secret on an office server.

Before: `database_identity` was readable by every login, so a viewer with psql could read
the private key and sign a sync package or a submission pack as the office. Here each
role reads the row as plain SQL (the client bypassed), makes a backup, tries a pack and
checks one; and a server set up before the change is closed by its `db upgrade`.
"""

from __future__ import annotations

import base64
import sqlite3
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from desktop_app.services import records, server_accounts
from desktop_app.services.database import open_database
from desktop_app.services.reports.signing import key_id
from tests.db.office_server_support import Office, admin_sql, cli, office


@pytest.fixture(scope="module")
def server() -> Office:  # type: ignore[misc]
    with office() as found:
        db = open_database(found.url())
        try:
            records.save(db, "signatory", {"name": "Mary", "country": "TM"}, user="x")
        finally:
            db.dispose()
        yield found


def _keys(server: Office) -> tuple[bytes, bytes]:
    """The private key and the stored public key, read as the server's superuser."""
    rows = admin_sql("SELECT signing_key, public_key FROM database_identity", server.name)
    return bytes(rows[0][0]), bytes(rows[0][1])


def _public_of(private: bytes) -> bytes:
    key = Ed25519PrivateKey.from_private_bytes(private)
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _read_as(server: Office, role: str, sql: str) -> list[tuple]:
    engine = create_engine(server.as_role(role))
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def test_only_editors_read_the_private_key_and_everyone_the_public_one(server: Office) -> None:
    private, public = _keys(server)
    assert public == _public_of(private)  # server init made the key and kept its public half
    with pytest.raises(DBAPIError) as refused:
        _read_as(server, "viewer", "SELECT signing_key FROM database_identity")
    assert server_accounts.insufficient_privilege(refused.value)
    with pytest.raises(DBAPIError):
        _read_as(server, "viewer", "SELECT * FROM database_identity")
    seen = _read_as(server, "viewer", "SELECT office_name, public_key FROM database_identity")
    assert bytes(seen[0][1]) == public
    for role in ("editor", "admin"):
        assert bytes(_read_as(server, role, "SELECT signing_key FROM database_identity")[0][0]) == (
            private
        )


def test_a_viewers_backup_has_no_private_key_an_editors_has(
    server: Office, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    private, public = _keys(server)
    for role, expected in (("viewer", None), ("editor", private)):
        copy = tmp_path / f"{role}.sqlite3"
        assert cli("--database", server.as_role(role), "backup", str(copy)) == 0, (
            capsys.readouterr().err
        )
        con = sqlite3.connect(copy)
        try:
            row = con.execute("SELECT signing_key, public_key, office_name FROM database_identity")
            signing_key, public_key, _name = row.fetchone()
            signatories = con.execute("SELECT count(*) FROM signatory").fetchone()[0]
        finally:
            con.close()
        assert (bytes(signing_key) if signing_key else None) == expected
        assert bytes(public_key) == public
        assert signatories == 1  # the rest of the backup is whole


def test_a_viewer_may_not_make_a_pack_but_checks_one_against_the_office_key(
    server: Office, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "packs"
    assert cli("--database", server.as_role("viewer"), "submit", str(out)) == 2
    err = capsys.readouterr().err
    assert "editor role" in err and "Traceback" not in err
    assert not out.exists() or not any(out.iterdir())  # nothing written
    assert cli("--database", server.as_role("editor"), "submit", str(out)) == 0
    capsys.readouterr()
    (pack,) = out.glob("*.zip")
    with zipfile.ZipFile(pack) as z:
        assert any(name.endswith(".pdf") for name in z.namelist())
    # With --database the pack's key is compared with this database's (public) key: a
    # viewer who could not read it would be told the pack was "not made here".
    assert cli("--database", server.as_role("viewer"), "verify", str(pack)) == 0
    said = capsys.readouterr()
    _private, public = _keys(server)
    assert f"key {key_id(base64.b64encode(public).decode())})" in said.out
    assert "not made here" not in said.out + said.err


def test_a_server_set_up_before_is_closed_by_its_upgrade(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with office() as old:
        private, _public = _keys(old)
        viewer_group = f"cd_{old.name}_viewer"
        # As the server was before revision 0011: no public key column, the whole row
        # readable to viewers.
        admin_sql(
            "ALTER TABLE database_identity DROP COLUMN public_key; "
            f"GRANT SELECT ON database_identity TO {viewer_group}; "
            "UPDATE alembic_version SET version_num = '0010'",
            old.name,
        )
        assert bytes(_read_as(old, "viewer", "SELECT signing_key FROM database_identity")[0][0])
        assert cli("--database", old.as_role("admin"), "db", "upgrade") == 0, (
            capsys.readouterr().err
        )
        with pytest.raises(DBAPIError):
            _read_as(old, "viewer", "SELECT signing_key FROM database_identity")
        seen = _read_as(old, "viewer", "SELECT public_key FROM database_identity")
        assert bytes(seen[0][0]) == _public_of(private)  # filled from the key made before

"""The `db` subcommands and the CLI's exit-code policy, run in-process through main()."""

from __future__ import annotations

from pathlib import Path

from desktop_app.__main__ import main


def test_upgrade_check_info_on_a_new_file(tmp_path: Path, capsys) -> None:
    path = tmp_path / "office.sqlite3"
    assert main(["--database", str(path), "db", "upgrade"]) == 0
    assert main(["--database", str(path), "db", "check"]) == 0
    out = capsys.readouterr().out
    assert "Integrity: ok" in out and "Schema: ok" in out
    assert main(["--database", str(path), "db", "info"]) == 0
    out = capsys.readouterr().out
    assert "signatory" in out and "audit_entry" in out


def test_not_a_database_exits_2_with_a_message(tmp_path: Path, capsys) -> None:
    path = tmp_path / "letter.docx"
    path.write_bytes(b"PK\x03\x04 not really a database")
    assert main(["--database", str(path), "db", "info"]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "not a Coordinator Desk database" in err
    assert path.read_bytes() == b"PK\x03\x04 not really a database"


def test_database_from_environment_variable(tmp_path: Path, monkeypatch, capsys) -> None:
    path = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("COORDINATOR_DESK_DATABASE", str(path))
    assert main(["db", "upgrade"]) == 0
    assert path.exists()


def test_check_on_a_missing_file_does_not_create_it(tmp_path: Path, capsys) -> None:
    path = tmp_path / "missing.sqlite3"
    assert main(["--database", str(path), "db", "check"]) == 2
    assert not path.exists()
    assert str(path) in capsys.readouterr().err


def test_unreachable_server_exits_2(capsys) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    assert main(["--database", url, "db", "info"]) == 2
    assert "Cannot reach the database server" in capsys.readouterr().err


def test_postgresql_url_works(database_url: str, capsys) -> None:
    assert main(["--database", database_url, "db", "upgrade"]) == 0
    assert main(["--database", database_url, "db", "check"]) == 0

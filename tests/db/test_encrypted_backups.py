"""Backups copied to the second folder can be passphrase-encrypted; restore asks for it.

The passphrase never lands in the settings file; a wrong one is refused clearly (exit 1,
nothing written); a changed or cut-off file is refused (exit 2). Oracles: the plain text of
a known record is absent from the encrypted file's bytes, and restored rows are counted
with plain SQL.
"""

from __future__ import annotations

import getpass
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop_app.__main__ import main
from desktop_app.domain.models import Signatory
from desktop_app.services import backup_crypto

PASS = "correct horse battery staple"
NAME = "Köneürgenç etrap häkimligi"


@pytest.fixture
def setup(sqlite_database, tmp_path: Path, monkeypatch):  # noqa: ANN001
    with sqlite_database.transaction("test", user="clerk") as s:
        s.add(Signatory(name=NAME, country="TM", adhesion_date=date(2020, 1, 1)))
    stick = tmp_path / "usb"
    prefs = tmp_path / "prefs.ini"
    prefs.write_text(
        f"[backup]\nsecond_folder={stick}\nencrypt_second_folder=true\n", encoding="utf-8"
    )
    monkeypatch.setenv("COORDINATOR_DESK_SETTINGS", str(prefs))
    monkeypatch.setenv(backup_crypto.PASSPHRASE_ENV, PASS)
    monkeypatch.setattr(backup_crypto, "_remembered", None)
    return sqlite_database, stick, prefs


def _names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM signatory ORDER BY name")]
    finally:
        con.close()


def test_second_folder_copy_is_encrypted_and_restores(setup, monkeypatch, capsys) -> None:  # noqa: ANN001
    db, stick, prefs = setup
    assert main(["--database", str(db.path), "backup"]) == 0, capsys.readouterr().err
    copies = list(stick.glob("*.cdenc"))
    assert len(copies) == 1 and not list(stick.glob("*.sqlite3"))
    data = copies[0].read_bytes()
    assert data.startswith(b"CDESK-ENC1") and b"SQLite format 3" not in data
    assert NAME.encode() not in data and "häkimligi".encode() not in data
    assert PASS not in prefs.read_text(encoding="utf-8")
    with db.transaction("test") as s:  # a change the restore must undo
        s.add(Signatory(name="Later", country="TM", adhesion_date=date(2021, 1, 1)))
    monkeypatch.delenv(backup_crypto.PASSPHRASE_ENV)
    asked: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt) or PASS)
    capsys.readouterr()
    assert main(["--database", str(db.path), "restore", str(copies[0])]) == 0, (
        capsys.readouterr().err
    )
    assert asked and _names(db.path) == [NAME]


def test_wrong_passphrase_and_damage_are_refused(setup, monkeypatch, capsys) -> None:  # noqa: ANN001
    db, stick, _ = setup
    assert main(["--database", str(db.path), "backup"]) == 0
    enc = next(stick.glob("*.cdenc"))
    monkeypatch.setenv(backup_crypto.PASSPHRASE_ENV, "wrong")
    with db.transaction("test") as s:
        s.add(Signatory(name="Later", country="TM", adhesion_date=date(2021, 1, 1)))
    capsys.readouterr()
    assert main(["--database", str(db.path), "restore", str(enc)]) == 1
    assert "Wrong passphrase" in capsys.readouterr().err
    assert _names(db.path) == sorted([NAME, "Later"])
    monkeypatch.setenv(backup_crypto.PASSPHRASE_ENV, PASS)
    raw = enc.read_bytes()
    flipped = enc.with_name("flipped.sqlite3.cdenc")
    flipped.write_bytes(raw[:-40] + bytes([raw[-40] ^ 1]) + raw[-39:])
    cut = enc.with_name("cut.sqlite3.cdenc")
    cut.write_bytes(raw[: len(raw) // 2])
    for bad in (flipped, cut):
        assert main(["--database", str(db.path), "restore", str(bad)]) == 2
        assert "damaged or incomplete" in capsys.readouterr().err
    assert _names(db.path) == sorted([NAME, "Later"])


def test_without_a_passphrase_the_copy_is_skipped_not_written_plain(setup, monkeypatch, capsys):  # noqa: ANN001
    db, stick, _ = setup
    monkeypatch.delenv(backup_crypto.PASSPHRASE_ENV)
    assert main(["--database", str(db.path), "backup"]) == 0  # stdin is no terminal here
    assert "second backup folder not written" in capsys.readouterr().out
    assert not stick.exists() or not list(stick.iterdir())


def test_multi_chunk_round_trip(tmp_path: Path) -> None:
    src = tmp_path / "big.bin"
    src.write_bytes(bytes(range(256)) * (3 * 4096 + 17))  # three chunks and a bit
    enc = backup_crypto.encrypt_file(src, tmp_path / "big.cdenc", PASS)
    out = backup_crypto.decrypt_file(enc, tmp_path / "back.bin", PASS)
    assert out.read_bytes() == src.read_bytes()
    chunks = enc.read_bytes()
    # drop the last chunk entirely: refused as cut off, not accepted as a shorter file
    header = len(backup_crypto.MAGIC) + backup_crypto._HEADER.size
    offset, sizes = header, []
    while offset < len(chunks):
        (n,) = backup_crypto._LEN.unpack(chunks[offset : offset + 4])
        sizes.append(offset)
        offset += 4 + n
    (tmp_path / "short.cdenc").write_bytes(chunks[: sizes[-1]])
    with pytest.raises(backup_crypto.BackupCryptoError) as info:
        backup_crypto.decrypt_file(tmp_path / "short.cdenc", tmp_path / "x.bin", PASS)
    assert info.value.code == "damaged"


def test_encrypted_copies_are_rotated_like_plain_ones(sqlite_database, tmp_path, monkeypatch):  # noqa: ANN001
    from datetime import datetime

    from desktop_app.services.backup import BackupSettings, create_backup

    with sqlite_database.transaction("test", user="clerk") as s:
        s.add(Signatory(name=NAME, country="TM", adhesion_date=date(2020, 1, 1)))
    monkeypatch.setenv(backup_crypto.PASSPHRASE_ENV, PASS)
    stick = tmp_path / "usb"
    settings = BackupSettings(
        keep_daily=2, keep_weekly=0, keep_monthly=0, keep_last=2,
        second_folder=stick, encrypt_second_folder=True,
    )  # fmt: skip
    for day in (1, 2, 3, 4):
        create_backup(
            sqlite_database, reason="daily", settings=settings, now=datetime(2026, 3, day, 9)
        )
    left = sorted(p.name for p in stick.glob("*.cdenc"))
    assert len(left) == 2 and all("20260303" in n or "20260304" in n for n in left), left
    other = stick / "someone-else-20260101-000000-daily.sqlite3.cdenc"  # another database's
    other.write_bytes(b"CDESK-ENC1\n")
    create_backup(sqlite_database, reason="daily", settings=settings, now=datetime(2026, 3, 5, 9))
    assert other.exists()
    assert len(list(stick.glob("*.cdenc"))) == 3

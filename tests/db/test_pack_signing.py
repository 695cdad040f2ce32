"""Submission packs are signed with the database's own key; a re-hashed pack fails verify.

The attacks are done as a forger would: unzip, edit the office name in the PDF and the
manifest, recompute the hashes (hashlib here, not the product's code), zip again. Before
signing.py, `verify` said ok to exactly that (issue 12, item 9).
"""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import text

from desktop_app.cli import main
from desktop_app.services.period import Period
from desktop_app.services.reports.pack import prepare_submission, verify_pack
from desktop_app.services.reports.pdf_report import ReportRequest

from .report_seed import seed

YEAR = Period(date(2025, 1, 1), date(2025, 12, 31))
OFFICE = "Daşoguz welaýat häkimligi"


def _pack(db, tmp_path: Path) -> Path:  # noqa: ANN001
    seed(db)
    return prepare_submission(db, tmp_path / "packs", ReportRequest(YEAR)).path


def _read(pack: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(pack) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def _write(files: dict[str, bytes], dest: Path) -> Path:
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return dest


def _rehash(manifest: dict, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        if name in manifest["files"]:
            manifest["files"][name] = {
                "sha256": hashlib.sha256(data).hexdigest(),
                "size": len(data),
            }


def _forged(pack: Path, dest: Path, office: str = "Mallory's office") -> tuple[dict, dict]:
    files = _read(pack)
    manifest = json.loads(files["manifest.json"])
    files["report.pdf"] = files["report.pdf"].replace(b"%%EOF", f"% {office}\n%%EOF".encode())
    manifest["office"] = office
    _rehash(manifest, files)
    return manifest, files


def test_pack_is_signed_by_this_database(database, tmp_path: Path) -> None:  # noqa: ANN001
    pack = _pack(database, tmp_path)
    with database.engine.connect() as c:
        row = c.execute(text("SELECT uuid, signing_key FROM database_identity")).one()
    stored_uuid = row[0] if not isinstance(row[0], str) else row[0]
    assert row[1] is not None and len(bytes(row[1])) == 32  # the private key stays in the db
    manifest = json.loads(_read(pack)["manifest.json"])
    by = manifest["signed_by"]
    public = Ed25519PrivateKey.from_private_bytes(bytes(row[1])).public_key()
    raw = public.public_bytes(Encoding.Raw, PublicFormat.Raw)
    assert base64.b64decode(by["public_key"]) == raw
    assert by["office"] == OFFICE
    assert by["database"].replace("-", "") == str(stored_uuid).replace("-", "")
    unsigned = {k: v for k, v in manifest.items() if k != "signature"}
    body = json.dumps(unsigned, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    public.verify(base64.b64decode(manifest["signature"]), body.encode())  # raises if bad
    result = verify_pack(pack)
    assert result.ok and result.signer is not None and result.signer.office == OFFICE
    again = prepare_submission(database, tmp_path / "more", ReportRequest(YEAR)).path
    assert (
        json.loads(_read(again)["manifest.json"])["signed_by"]["public_key"] == by["public_key"]
    )  # one key per database


def test_rehashed_pack_fails_verify(database, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    pack = _pack(database, tmp_path)
    manifest, files = _forged(pack, tmp_path)
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
    bad = _write(files, tmp_path / "rehashed.zip")
    assert main(["verify", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "signature does not match" in err


def test_signature_removed_fails_verify(sqlite_database, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    pack = _pack(sqlite_database, tmp_path)
    manifest, files = _forged(pack, tmp_path)
    for key in ("signature", "signed_by"):
        manifest.pop(key)
    manifest["format_version"] = 1
    files["manifest.json"] = json.dumps(manifest).encode()
    bad = _write(files, tmp_path / "stripped.zip")
    assert main(["verify", str(bad)]) == 2
    assert "is not signed" in capsys.readouterr().err


def test_resigned_with_another_key_is_caught_by_the_office(sqlite_database, tmp_path, capsys):  # noqa: ANN001
    pack = _pack(sqlite_database, tmp_path)
    manifest, files = _forged(pack, tmp_path)
    forger = Ed25519PrivateKey.generate()
    raw = forger.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    manifest["signed_by"]["public_key"] = base64.b64encode(raw).decode()
    manifest.pop("signature")
    body = json.dumps(manifest, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    manifest["signature"] = base64.b64encode(forger.sign(body.encode())).decode()
    files["manifest.json"] = json.dumps(manifest).encode()
    bad = _write(files, tmp_path / "resigned.zip")
    assert main(["verify", str(bad)]) == 0  # a valid signature, by a key that is not ours...
    out = capsys.readouterr().out
    forged_id = hashlib.sha256(raw).hexdigest()[:4]
    assert "Signed by" in out and forged_id in out  # ...whose fingerprint is shown
    assert main(["--database", str(sqlite_database.path), "verify", str(bad)]) == 2
    assert "signed with another key" in capsys.readouterr().err
    assert main(["--database", str(sqlite_database.path), "verify", str(pack)]) == 0


def test_verify_against_a_file_from_before_the_public_key_column(sqlite_database, tmp_path, capsys):  # noqa: ANN001, E501
    """`verify --database OLD` opens the file as it is (no migration): a database at
    revision 0010 has no public_key column; its key is still compared, not a crash."""
    pack = _pack(sqlite_database, tmp_path)
    path = str(sqlite_database.path)
    sqlite_database.dispose()
    import sqlite3

    con = sqlite3.connect(path)
    try:
        con.execute("ALTER TABLE database_identity DROP COLUMN public_key")
        con.execute("UPDATE alembic_version SET version_num = '0010'")
        con.commit()
    finally:
        con.close()
    assert main(["--database", path, "verify", str(pack)]) == 0, capsys.readouterr().err
    said = capsys.readouterr()
    assert "Signed by" in said.out and "Traceback" not in said.err

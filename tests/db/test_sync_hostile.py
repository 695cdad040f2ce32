"""Packages that must be refused with exit 2 and change nothing: tampered, truncated, not a
zip, odd members, a zip bomb, forged signatures, foreign families, replays, values a
column cannot hold (validly signed by a member), wrong passphrases."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from desktop_app.__main__ import main
from desktop_app.db.snapshot import content_hash
from desktop_app.domain.models import Base
from desktop_app.services import records
from desktop_app.services.database import open_database
from desktop_app.services.sync import package

TODAY = date(2025, 6, 1)


def cli(capsys, *args: str) -> tuple[int, str, str]:  # noqa: ANN001
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def digest(path: Path) -> str:
    db = open_database(str(path))
    try:
        with db.engine.connect() as conn:
            return content_hash(conn, Base.metadata.sorted_tables)
    finally:
        db.dispose()


@pytest.fixture
def family(tmp_path: Path, capsys):  # noqa: ANN001, ANN201
    office = tmp_path / "office.sqlite3"
    db = open_database(str(office))
    sid = records.save(
        db,
        "signatory",
        {"name": "Mary", "country": "TM", "adhesion_date": date(2020, 3, 1)},
        user="merjen",
        today=TODAY,
    ).id
    db.dispose()
    laptop = tmp_path / "laptop.sqlite3"
    assert cli(capsys, "--database", str(office), "sync", "clone", str(laptop))[0] == 0
    db = open_database(str(laptop))
    records.save(db, "signatory", {"population": 4321}, id=sid, user="aylar", today=TODAY)
    db.dispose()
    good = tmp_path / "good.cdsync"
    assert cli(capsys, "--database", str(laptop), "sync", "export", str(good))[0] == 0
    return office, laptop, good


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def rezip(dest: Path, files: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    dest.write_bytes(buffer.getvalue())
    return dest


def refused(capsys, office: Path, pkg: Path, words: str) -> None:  # noqa: ANN001
    before = digest(office)
    copies = sorted(office.parent.glob("**/*before-sync*"))
    code, out, err = cli(capsys, "--database", str(office), "sync", "import", str(pkg))
    assert code == 2, (out, err)
    assert words in err, err
    assert "nothing was changed" in err.lower()
    assert digest(office) == before
    # refused before the safety copy is taken: there is nothing to undo
    assert sorted(office.parent.glob("**/*before-sync*")) == copies


def test_hostile_packages_are_refused_and_change_nothing(family, tmp_path, capsys) -> None:  # noqa: ANN001
    office, laptop, good = family
    files = members(good)
    changes = json.loads(files[package.CHANGES])
    manifest = json.loads(files[package.MANIFEST])

    # A value changed after signing (the population a thief would like).
    tampered = [list(c) for c in changes]
    for c in tampered:
        if c[4] == "population":
            c[5] = "9999999"
    body = json.dumps(tampered, separators=(",", ":")).encode()
    pkg = rezip(tmp_path / "tampered.cdsync", {**files, package.CHANGES: body})
    refused(capsys, office, pkg, "changed after it was signed")

    # The manifest edited (who it is for) without a new signature.
    forged = dict(manifest, recipient=None)
    pkg = rezip(
        tmp_path / "manifest.cdsync", {**files, package.MANIFEST: json.dumps(forged).encode()}
    )
    refused(capsys, office, pkg, "changed after it was signed")

    # Re-signed with a key of the thief's own, naming the laptop.
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop_app.services.reports import signing

    key = Ed25519PrivateKey.generate()
    thief = signing.Signer(manifest["sender"], "Laptop", _public(key))
    resigned = signing.sign(
        {k: v for k, v in manifest.items() if k not in ("signature", "signed_by")}, key, thief
    )
    pkg = rezip(
        tmp_path / "resigned.cdsync", {**files, package.MANIFEST: json.dumps(resigned).encode()}
    )
    refused(capsys, office, pkg, "signed with a key that is not")

    # Cut off halfway; not a zip at all; an empty file.
    raw = good.read_bytes()
    cut = tmp_path / "cut.cdsync"
    cut.write_bytes(raw[: len(raw) // 2])
    refused(capsys, office, cut, "damaged or cut off")
    letter = tmp_path / "letter.cdsync"
    letter.write_bytes(b"Dear office, please apply.")
    refused(capsys, office, letter, "damaged or cut off")
    empty = tmp_path / "empty.cdsync"
    empty.write_bytes(b"")
    refused(capsys, office, empty, "damaged or cut off")

    # Members a package does not have: a path out of the folder, a third file, one missing.
    pkg = rezip(tmp_path / "evil.cdsync", {**files, "../../evil.sh": b"rm -rf ~"})
    refused(capsys, office, pkg, "is not a sync package")
    pkg = rezip(tmp_path / "one.cdsync", {package.MANIFEST: files[package.MANIFEST]})
    refused(capsys, office, pkg, "is not a sync package")

    # A zip bomb: a member far larger than a package may hold, highly compressible.
    bomb = rezip(
        tmp_path / "bomb.cdsync",
        {
            package.MANIFEST: files[package.MANIFEST],
            package.CHANGES: b"[" + b" " * (package.MAX_CHANGES + 10) + b"]",
        },
    )
    assert bomb.stat().st_size < 2_000_000
    refused(capsys, office, bomb, "larger than a sync package may be")


def test_validly_signed_but_impossible_content_is_refused(family, tmp_path, capsys) -> None:  # noqa: ANN001
    """A member's own key signing nonsense (a bug or a stolen laptop): values are checked
    against the columns, tables and fields against the schema."""
    office, laptop, good = family
    from desktop_app.services.reports import signing

    db = open_database(str(laptop))
    try:
        with db.engine.begin() as conn:
            key, signer = signing.database_key(conn)
    finally:
        db.dispose()
    files = members(good)
    manifest = json.loads(files[package.MANIFEST])
    changes = json.loads(files[package.CHANGES])
    cases = {
        "population": "many",  # an integer column
        "name": "x" * 5000,  # longer than the column
    }
    for name, bad in cases.items():
        edited = [list(c) for c in changes]
        for c in edited:
            if c[4] == "population":
                c[4], c[5] = name, bad
        pkg = _signed(tmp_path / f"bad-{name}.cdsync", manifest, edited, key, signer)
        refused(capsys, office, pkg, "holds something a package may not")
    edited = [list(c) for c in changes]
    edited[0][2] = "sqlite_master"
    pkg = _signed(tmp_path / "table.cdsync", manifest, edited, key, signer)
    refused(capsys, office, pkg, "holds something a package may not")


def test_foreign_replayed_and_encrypted(family, tmp_path, capsys, monkeypatch) -> None:  # noqa: ANN001
    office, laptop, good = family
    # Another office's family: its own office database and laptop.
    other = tmp_path / "other.sqlite3"
    db = open_database(str(other))
    db.dispose()
    other_laptop = tmp_path / "other-laptop.sqlite3"
    assert cli(capsys, "--database", str(other), "sync", "clone", str(other_laptop))[0] == 0
    foreign = tmp_path / "foreign.cdsync"
    assert cli(capsys, "--database", str(other_laptop), "sync", "export", str(foreign))[0] == 0
    refused(capsys, office, foreign, "another office family")

    code, out, err = cli(capsys, "--database", str(office), "sync", "import", str(good))
    assert code == 0 and out.strip() == "1 applied, 0 conflicts, 0 already seen", err
    refused(capsys, office, good, "already imported or replayed")

    monkeypatch.setenv(package.PASSPHRASE_ENV, "correct horse battery staple")
    secret = tmp_path / "secret.cdsync"
    code, out, err = cli(
        capsys, "--database", str(laptop), "sync", "export", str(secret), "--encrypt"
    )
    assert code == 0, err
    assert package.is_encrypted(secret) and b"population" not in secret.read_bytes()
    monkeypatch.setenv(package.PASSPHRASE_ENV, "wrong")
    refused(capsys, office, secret, "Wrong passphrase")
    monkeypatch.delenv(package.PASSPHRASE_ENV)
    refused(capsys, office, secret, "is encrypted")
    monkeypatch.setenv(package.PASSPHRASE_ENV, "correct horse battery staple")
    flipped = tmp_path / "flipped.cdsync"
    data = bytearray(secret.read_bytes())
    data[-20] ^= 0x01
    flipped.write_bytes(bytes(data))
    refused(capsys, office, flipped, "damaged or cut off")
    code, out, err = cli(capsys, "--database", str(office), "sync", "import", str(secret))
    assert code == 0 and out.strip() == "0 applied, 0 conflicts, 1 already seen", err


def _public(key) -> str:  # noqa: ANN001
    import base64

    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return base64.b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def _signed(dest: Path, manifest: dict, changes: list, key, signer) -> Path:  # noqa: ANN001
    import hashlib

    body = json.dumps(changes, separators=(",", ":")).encode()
    m = {k: v for k, v in manifest.items() if k not in ("signature", "signed_by")}
    m["changes"] = dict(m["changes"], sha256=hashlib.sha256(body).hexdigest(), size=len(body))
    from desktop_app.services.reports import signing

    signed = signing.sign(m, key, signer)
    return rezip(dest, {package.MANIFEST: json.dumps(signed).encode(), package.CHANGES: body})

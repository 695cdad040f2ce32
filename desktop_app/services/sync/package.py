"""The package file: a signed zip of changes, optionally encrypted, read as hostile input.

Layout: `manifest.json` (who made it, for whom, its serial, what the maker holds, the
peers it knows, the SHA-256 and size of the changes, all signed with the maker's
database key, services.reports.signing) and `changes.json` (one list per change). With a
passphrase the whole zip is encrypted as services.backup_crypto encrypts backups.

Reading trusts nothing before the signature is checked: the file's size, the zip's
member names and count, each member's size (read through a bounded reader, so a zip bomb
stops at the limit whatever its header claims), the JSON's shape and every value's type
and length. Every refusal is a PackageError with a code the CLI and GUI put in words.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import tempfile
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..backup_crypto import MAGIC, BackupCryptoError, decrypt_file, encrypt_file
from ..reports import signing
from . import registry
from .changelog import DELETED, LIVE, PURGED, STATE, Change

FORMAT = "coordinator-desk-sync"
VERSION = 1
SUFFIX = ".cdsync"
MANIFEST, CHANGES = "manifest.json", "changes.json"
MAX_FILE = 512 * 1024 * 1024
MAX_MANIFEST = 1024 * 1024
MAX_CHANGES = 400 * 1024 * 1024
MAX_COUNT = 2_000_000
MAX_PARENTS = 64
PASSPHRASE_ENV = "COORDINATOR_DESK_SYNC_PASSPHRASE"
_CHANGE_ID = re.compile(r"^[0-9a-f]{32}:[1-9][0-9]{0,17}$")
_HEX = re.compile(r"^[0-9a-f]{32}$")


class PackageError(Exception):
    """`code`: not_a_package, too_large, damaged, bad_signature, wrong_passphrase,
    no_passphrase, bad_content, foreign, unknown_sender, wrong_key, own_package,
    not_for_us, replayed, gap, forked, no_family."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Package:
    manifest: dict[str, Any]
    changes: list[Change]
    signer: signing.Signer

    @property
    def sender(self) -> uuid.UUID:
        return uuid.UUID(self.manifest["sender"])

    @property
    def serial(self) -> int:
        return int(self.manifest["serial"])


def change_list(c: Change) -> list[Any]:
    return [
        c.origin.hex,
        c.seq,
        c.table,
        c.record_id.hex,
        c.field,
        c.value,
        c.snapshot,
        list(c.parents),
        c.changed_at.isoformat(),
        c.changed_by,
    ]


def write(
    dest: Path,
    manifest: dict[str, Any],
    changes: list[Change],
    key: Any,
    signer: signing.Signer,
    passphrase: str | None = None,
) -> int:
    """Write the package atomically; returns its size in bytes."""
    body = json.dumps(
        [change_list(c) for c in changes], ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    manifest = dict(manifest)
    manifest["format"], manifest["version"] = FORMAT, VERSION
    manifest["changes"] = {
        "name": CHANGES,
        "sha256": hashlib.sha256(body).hexdigest(),
        "size": len(body),
        "count": len(changes),
    }
    signed = signing.sign(manifest, key, signer)
    head = json.dumps(signed, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr(MANIFEST, head)
        zf.writestr(CHANGES, body)
    data = buffer.getvalue()
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if passphrase:
            encrypt_file(tmp, dest, passphrase)
        else:
            os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest.stat().st_size


def is_encrypted(path: Path) -> bool:
    try:
        with Path(path).open("rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def read(path: Path, passphrase: Callable[[], str | None] | None = None) -> Package:
    """The package at `path`, checked; PackageError if it is anything else."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PackageError("unreadable", path=str(path), detail=exc.strerror or str(exc)) from exc
    if size > MAX_FILE:
        raise PackageError("too_large", path=str(path))
    if is_encrypted(path):
        given = passphrase() if passphrase is not None else None
        given = given or os.environ.get(PASSPHRASE_ENV)
        if not given:
            raise PackageError("no_passphrase", path=str(path))
        with tempfile.TemporaryDirectory(prefix="cdesk-sync-") as folder:
            os.chmod(folder, 0o700)
            plain = Path(folder) / "package.zip"
            try:
                decrypt_file(path, plain, given)
            except BackupCryptoError as exc:
                code = "wrong_passphrase" if exc.code == "wrong_passphrase" else "damaged"
                raise PackageError(code, path=str(path)) from None
            return _read_zip(plain, path)
    return _read_zip(path, path)


def _member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, path: Path) -> bytes:
    if info.file_size > limit or info.flag_bits & 0x1:
        raise PackageError("too_large" if info.file_size > limit else "damaged", path=str(path))
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit or len(data) != info.file_size:
        raise PackageError("too_large", path=str(path))
    return data


def _read_zip(zip_path: Path, shown: Path) -> Package:
    try:
        with zipfile.ZipFile(zip_path) as zf:
            infos = zf.infolist()
            names = [i.filename for i in infos]
            if sorted(names) != sorted([MANIFEST, CHANGES]):
                raise PackageError("not_a_package", path=str(shown))
            by_name = {i.filename: i for i in infos}
            head = _member(zf, by_name[MANIFEST], MAX_MANIFEST, shown)
            body = _member(zf, by_name[CHANGES], MAX_CHANGES, shown)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as exc:
        if isinstance(exc, PackageError):
            raise
        raise PackageError("damaged", path=str(shown)) from None
    try:
        manifest = json.loads(head.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise PackageError("damaged", path=str(shown)) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError("not_a_package", path=str(shown))
    if manifest.get("version") != VERSION:
        raise PackageError("bad_content", path=str(shown), detail="version")
    status, signer = signing.check(manifest)
    if status != "ok" or signer is None:
        raise PackageError("bad_signature", path=str(shown))
    _check_manifest(manifest, signer, shown)
    described = manifest["changes"]
    if len(body) != described["size"] or hashlib.sha256(body).hexdigest() != described["sha256"]:
        raise PackageError("bad_signature", path=str(shown))
    try:
        raw = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise PackageError("damaged", path=str(shown)) from None
    if not isinstance(raw, list) or len(raw) != described["count"] or len(raw) > MAX_COUNT:
        raise PackageError("bad_content", path=str(shown), detail="count")
    changes = [_change(item, shown) for item in raw]
    return Package(manifest, changes, signer)


def _check_manifest(m: dict[str, Any], signer: signing.Signer, shown: Path) -> None:
    def bad(detail: str) -> PackageError:
        return PackageError("bad_content", path=str(shown), detail=detail)

    for key in ("package", "family", "sender"):
        if not isinstance(m.get(key), str) or not _is_uuid(m[key]):
            raise bad(key)
    if m["sender"] != signer.database:
        raise bad("sender")
    if m.get("recipient") is not None and not (
        isinstance(m["recipient"], str) and _is_uuid(m["recipient"])
    ):
        raise bad("recipient")
    if not isinstance(m.get("serial"), int) or not 0 < m["serial"] < 2**62:
        raise bad("serial")
    has = m.get("has")
    if not isinstance(has, dict) or len(has) > 10_000:
        raise bad("has")
    for k, v in has.items():
        if not _HEX.match(str(k)) or not isinstance(v, int) or not 0 <= v < 2**62:
            raise bad("has")
    peers = m.get("peers")
    if not isinstance(peers, list) or len(peers) > 10_000:
        raise bad("peers")
    for p in peers:
        if (
            not isinstance(p, dict)
            or not _is_uuid(str(p.get("uuid")))
            or not isinstance(p.get("office"), str)
            or len(p["office"]) > 200
            or not isinstance(p.get("public_key"), str)
            or len(p["public_key"]) > 100
        ):
            raise bad("peers")
    described = m.get("changes")
    if (
        not isinstance(described, dict)
        or described.get("name") != CHANGES
        or not isinstance(described.get("sha256"), str)
        or not isinstance(described.get("size"), int)
        or not isinstance(described.get("count"), int)
    ):
        raise bad("changes")


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except (ValueError, AttributeError, TypeError):
        return False
    return True


def _change(item: Any, shown: Path) -> Change:
    def bad(detail: str) -> PackageError:
        return PackageError("bad_content", path=str(shown), detail=detail)

    if not isinstance(item, list) or len(item) != 10:
        raise bad("change")
    origin, seq, table, record, name, value, snapshot, parents, when, by = item
    if not (isinstance(origin, str) and _HEX.match(origin)):
        raise bad("origin")
    if not isinstance(seq, int) or not 0 < seq < 2**62:
        raise bad("seq")
    if not isinstance(table, str) or table not in registry.models_by_table():
        raise bad("table")
    if not (isinstance(record, str) and _HEX.match(record)):
        raise bad("record")
    fields = registry.fields_of(table)
    if not isinstance(name, str) or (name != STATE and name not in fields):
        raise bad(f"{table}.{name}")
    if value is not None and not isinstance(value, str):
        raise bad("value")
    if not isinstance(parents, list) or len(parents) > MAX_PARENTS:
        raise bad("parents")
    if not all(isinstance(p, str) and _CHANGE_ID.match(p) for p in parents):
        raise bad("parents")
    if not isinstance(by, str) or len(by) > 100:
        raise bad("changed_by")
    try:
        changed_at = datetime.fromisoformat(when) if isinstance(when, str) else None
    except ValueError:
        changed_at = None
    if changed_at is None or changed_at.tzinfo is None:
        raise bad("changed_at")
    try:
        if name == STATE:
            if value not in (LIVE, DELETED, PURGED):
                raise bad("state")
            if snapshot is not None:
                if not isinstance(snapshot, str) or len(snapshot) > registry.MAX_VALUE:
                    raise bad("snapshot")
                if snapshot and value != LIVE:  # only a new record carries its columns
                    raise bad("snapshot")
                if snapshot:
                    columns = json.loads(snapshot)
                    if not isinstance(columns, dict):
                        raise bad("snapshot")
                    for key, text in columns.items():
                        if key in fields and key != "id":
                            if text is not None and not isinstance(text, str):
                                raise bad(f"{table}.{key}")
                            registry.from_text(table, key, text)
        else:
            if snapshot is not None:
                raise bad("snapshot")
            registry.from_text(table, name, value)
    except registry.BadValue as exc:
        raise bad(f"{table}.{exc}") from None
    except ValueError:
        raise bad("snapshot") from None
    return Change(
        uuid.UUID(origin),
        seq,
        table,
        uuid.UUID(record),
        name,
        value,
        snapshot,
        tuple(parents),
        changed_at,
        by,
    )

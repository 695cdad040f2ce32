"""The submission pack: the PDF, the workbook and a manifest with their hashes, in one zip.

A pack is what the office sends; the ReportSubmission log keeps its manifest, so months
later anyone can `verify` the file they hold and see what changed since it was made.
The pack is treated as hostile when read back: bounded sizes, no paths, no surprises.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ... import __version__
from ...db import audit_chain
from ...db.session import Database
from ...domain.models import ReportSubmission
from ..maintenance import table_counts
from .data import office as load_office
from .pdf_report import ReportRequest, build_report
from .signing import Signer, database_key, sign
from .signing import check as check_signature

FORMAT = "coordinator-desk-submission"
FORMAT_VERSION = 2
"""2: the manifest is signed with the database's key (signing.py) and names it."""
MANIFEST = "manifest.json"
PDF_NAME = "report.pdf"
XLSX_NAME = "workbook.xlsx"

MAX_PACK_BYTES = 512 * 1024 * 1024
MAX_ENTRY_BYTES = 512 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_ENTRIES = 16
MAX_RATIO = 200
"""Uncompressed/compressed bound: PDFs and xlsx files are already compressed."""

Progress = Callable[[int, str], None]


class PackError(Exception):
    """A pack that cannot be trusted or read; `code` and `params` for the message."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class PackResult:
    path: Path
    manifest: dict[str, Any]
    submission_id: str
    pages: int


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _slug(text: str) -> str:
    """An ASCII file-name part: "Daşoguz welaýat" -> "dasoguz-welayat"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()[:40] or "office"


def _workbook(db: Database, out: Path, request: ReportRequest) -> bool:
    """The Excel export, when this build has it; the pack stays valid without it."""
    try:
        from ..excel.export import export_workbook
    except ImportError:
        return False
    export_workbook(
        db,
        out,
        request.period,
        today=request.report_date or request.period.end,
        settings=request.settings,
    )
    return True


def prepare_submission(
    db: Database,
    outdir: Path,
    request: ReportRequest,
    *,
    now: datetime | None = None,
    progress: Progress = lambda _p, _s: None,
) -> PackResult:
    """Write the pack into `outdir` and log it; nothing is left behind if any step fails."""
    # Taken before reading anything: a change made while the pack is built counts as after.
    snapshot = (now or datetime.now(UTC)).astimezone(UTC)
    created = snapshot.replace(microsecond=0)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    with db.session("report") as s:
        office = load_office(s)
    office_name = office.name if office else ""
    with db.engine.begin() as conn:  # the key is made (and kept) on the first pack
        key, signer = database_key(conn)
        chain_head = audit_chain.head(conn)
    counts = {c.table: c.live for c in table_counts(db) if c.table != "audit_entry"}
    name = (
        f"submission_{_slug(office_name)}_{request.period.start.isoformat()}_"
        f"{request.period.end.isoformat()}_{created.strftime('%Y%m%dT%H%M%SZ')}.zip"
    )
    final = outdir / name
    reconcile(db, outdir)
    with tempfile.TemporaryDirectory(prefix=".pack-", dir=outdir) as tmp:
        work = Path(tmp)
        progress(5, "report")
        result = build_report(
            db, request, work / PDF_NAME, lambda p, s: progress(5 + p * 60 // 100, s)
        )
        progress(65, "workbook")
        files = [PDF_NAME]
        if _workbook(db, work / XLSX_NAME, request):
            files.append(XLSX_NAME)
        progress(90, "manifest")
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "office": office_name,
            "period": {
                "from": request.period.start.isoformat(),
                "to": request.period.end.isoformat(),
            },
            "language": request.language,
            "report_date": (request.report_date or request.period.end).isoformat(),
            "created_at": created.isoformat(),
            "app_version": __version__,
            "record_counts": counts,
            "files": {
                f: {"sha256": _sha256(work / f), "size": (work / f).stat().st_size} for f in files
            },
            "audit_head": {"seq": chain_head.seq, "hash": chain_head.hash},
        }
        manifest = sign(manifest, key, signer)
        (work / MANIFEST).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True), "utf-8"
        )
        part = work / (name + ".part")
        with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as zf:
            for f in [MANIFEST, *files]:
                info = zipfile.ZipInfo(f, date_time=created.timetuple()[:6])
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                with (work / f).open("rb") as src, zf.open(info, "w") as dst:
                    while block := src.read(1 << 20):
                        dst.write(block)
        # The log row is written first and committed right after the rename, in one
        # transaction: a failure before the commit removes the zip again, and a kill in
        # the instant between rename and commit is caught by reconcile() on the next run.
        try:
            with db.transaction("report") as s:
                entry = _log_entry(manifest, final.name, snapshot)
                s.add(entry)
                s.flush()
                submission_id = str(entry.id)
                os.replace(part, final)
        except BaseException:
            final.unlink(missing_ok=True)
            raise
    progress(100, "done")
    return PackResult(final, manifest, submission_id, result.pages)


def _log_entry(manifest: dict[str, Any], file_name: str, snapshot: datetime) -> ReportSubmission:
    period = manifest.get("period", {})
    return ReportSubmission(
        kind="submission_pack",
        period_from=datetime.fromisoformat(period["from"]).date(),
        period_to=datetime.fromisoformat(period["to"]).date(),
        language=str(manifest.get("language", "en")),
        file_name=file_name,
        file_hashes={f: v["sha256"] for f, v in manifest["files"].items()},
        manifest=manifest,
        snapshot_at=snapshot,
        sent_on=snapshot.astimezone().date(),
    )


def reconcile(db: Database, outdir: Path) -> list[str]:
    """Log the packs in `outdir` that this office made but its log lacks; returns their names.

    A pack whose process was killed between the zip's rename and the log's commit exists
    without its log row. It is logged on the next `submit` into the same folder, if it is
    intact (verify_pack), made by this office, and not in the log already. Leftover
    `.pack-*` work folders of killed runs are removed too.
    """
    import shutil

    from sqlalchemy import select

    for leftover in outdir.glob(".pack-*"):
        if leftover.is_dir() and _dead_for(leftover, minutes=10):
            shutil.rmtree(leftover, ignore_errors=True)
    candidates = sorted(outdir.glob("submission_*.zip"))
    if not candidates:
        return []
    with db.session("report") as s:
        logged = set(s.scalars(select(ReportSubmission.file_name)))
        office = load_office(s)
    office_name = office.name if office else ""
    added: list[str] = []
    for path in candidates:
        if path.name in logged:
            continue
        try:
            result = verify_pack(path)
        except PackError:
            continue
        manifest = result.manifest
        if not result.ok or manifest.get("office", "") != office_name:
            continue
        try:
            made = datetime.fromisoformat(str(manifest["created_at"]))
            with db.transaction("report") as s:
                s.add(_log_entry(manifest, path.name, made))
        except (KeyError, ValueError, TypeError):
            continue
        added.append(path.name)
    return added


def _dead_for(path: Path, minutes: int) -> bool:
    """Not touched for `minutes`: a work folder no running submit is still filling."""
    import time

    try:
        return time.time() - path.stat().st_mtime > minutes * 60
    except OSError:
        return False


@dataclass
class VerifyResult:
    manifest: dict[str, Any] = field(default_factory=dict)
    problems: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    signer: Signer | None = None
    """Who signed the manifest (its signature checked); None if unsigned or forged."""

    @property
    def ok(self) -> bool:
        return not self.problems


def _safe_name(name: str) -> bool:
    return (
        bool(name)
        and "/" not in name
        and "\\" not in name
        and name not in (".", "..")
        and not name.startswith(".")
        and ":" not in name
        and "\x00" not in name
    )


def _read_limited(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> tuple[str, int]:
    """sha256 and size, reading at most `limit` bytes whatever the header claims."""
    digest = hashlib.sha256()
    size = 0
    with zf.open(info) as fh:
        while block := fh.read(1 << 20):
            size += len(block)
            if size > limit:
                raise PackError("entry_too_large", name=info.filename, limit=limit)
            digest.update(block)
    return digest.hexdigest(), size


def verify_pack(path: Path) -> VerifyResult:
    """Check a pack against its own manifest. Raises PackError when it cannot be read at all;
    returns the mismatches (changed, missing or unexpected files) otherwise."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PackError("unreadable", path=str(path), detail=exc.strerror or str(exc)) from None
    if size > MAX_PACK_BYTES:
        raise PackError("too_large", path=str(path), limit=MAX_PACK_BYTES)
    result = VerifyResult()
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ENTRIES:
                raise PackError("too_many_entries", path=str(path), count=len(infos))
            names = [i.filename for i in infos]
            for info in infos:
                if not _safe_name(info.filename) or info.is_dir():
                    raise PackError("unsafe_entry", path=str(path), name=info.filename)
                if info.file_size > MAX_ENTRY_BYTES or (
                    info.compress_size and info.file_size / info.compress_size > MAX_RATIO
                ):
                    raise PackError("entry_too_large", name=info.filename, limit=MAX_ENTRY_BYTES)
            if len(set(names)) != len(names):
                raise PackError("duplicate_entry", path=str(path))
            if MANIFEST not in names:
                raise PackError("no_manifest", path=str(path))
            raw = (
                zf.read(zf.getinfo(MANIFEST))
                if zf.getinfo(MANIFEST).file_size <= MAX_MANIFEST_BYTES
                else None
            )
            if raw is None or len(raw) > MAX_MANIFEST_BYTES:
                raise PackError("bad_manifest", path=str(path))
            try:
                manifest = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                raise PackError("bad_manifest", path=str(path)) from None
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise PackError("bad_manifest", path=str(path))
            files = manifest.get("files")
            if not isinstance(files, dict) or not files:
                raise PackError("bad_manifest", path=str(path))
            result.manifest = manifest
            state, result.signer = check_signature(manifest)
            if state != "ok":
                result.problems.append((state, {"path": str(path)}))
            for name, expected in sorted(files.items()):
                if not isinstance(expected, dict) or not _safe_name(str(name)):
                    raise PackError("bad_manifest", path=str(path))
                if name not in names:
                    result.problems.append(("missing_file", {"name": name}))
                    continue
                digest, length = _read_limited(zf, zf.getinfo(name), MAX_ENTRY_BYTES)
                if digest != expected.get("sha256") or length != expected.get("size"):
                    result.problems.append(("changed_file", {"name": name}))
            for name in names:
                if name != MANIFEST and name not in files:
                    result.problems.append(("unexpected_file", {"name": name}))
    except zipfile.BadZipFile:
        raise PackError("not_a_pack", path=str(path)) from None
    except (OSError, EOFError, zipfile.LargeZipFile, NotImplementedError, RuntimeError) as exc:
        # zlib errors, encrypted entries and truncated data all mean the same to a clerk.
        raise PackError("not_a_pack", path=str(path), detail=str(exc)) from None
    except Exception as exc:  # noqa: BLE001 - zlib.error and friends from a crafted file
        if isinstance(exc, PackError):
            raise
        raise PackError("not_a_pack", path=str(path), detail=str(exc)) from None
    return result

"""Opening a workbook someone sent us without trusting it.

Everything here runs before openpyxl parses a single XML byte: the content must be a zip
(not just named .xlsx), the central directory must promise a sane unpacked size and
compression ratio (zip bombs), and no part may declare a DTD (billion laughs, external
entities). openpyxl then parses through defusedxml as a second line. Macros are never
executed by openpyxl; with keep_vba=False they are not even kept.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .errors import ExcelFileError

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
MAX_MEMBERS = 2_000
MAX_TOTAL_UNCOMPRESSED = 300 * 1024 * 1024
MAX_RATIO = 250
RATIO_FLOOR = 2 * 1024 * 1024
"""Parts smaller than this may compress as well as they like: tiny XML compresses wildly."""
DTD_SCAN_BYTES = 4096
REQUIRED_PARTS = ("[Content_Types].xml",)


def check_package(path: Path) -> list[str]:
    """Refuse anything that is not a sane xlsx package; return the member names."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except FileNotFoundError:
        raise ExcelFileError("missing", path=str(path)) from None
    except OSError as exc:
        raise ExcelFileError("unreadable", path=str(path), detail=exc.strerror or exc) from None
    if head not in ZIP_MAGIC:
        raise ExcelFileError("not_xlsx", path=str(path))
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_sizes(path, infos)
            names = [i.filename for i in infos]
            for part in REQUIRED_PARTS:
                if part not in names:
                    raise ExcelFileError("missing_part", path=str(path), part=part)
            if not any(n.endswith("workbook.xml") for n in names):
                raise ExcelFileError("not_xlsx", path=str(path))
            _scan_for_dtd(path, zf, infos)
    except zipfile.BadZipFile as exc:
        raise ExcelFileError("not_xlsx", path=str(path)) from exc
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, zlib.error, EOFError) as exc:
        # a damaged deflate stream surfaces as zlib.error/EOFError when a member is read
        raise ExcelFileError("corrupt", path=str(path), detail=str(exc)) from exc
    return names


def _check_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise ExcelFileError(
            "too_many_members", path=str(path), count=len(infos), limit=MAX_MEMBERS
        )
    total = 0
    for info in infos:
        total += info.file_size
        if total > MAX_TOTAL_UNCOMPRESSED:
            raise ExcelFileError(
                "too_large",
                path=str(path),
                size=f"{total / 1048576:.0f}+",
                limit=MAX_TOTAL_UNCOMPRESSED // 1048576,
            )
        if info.file_size > RATIO_FLOOR:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > MAX_RATIO:
                raise ExcelFileError(
                    "bad_ratio",
                    path=str(path),
                    part=info.filename,
                    ratio=f"{ratio:.0f}",
                    limit=MAX_RATIO,
                )


def _scan_for_dtd(path: Path, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """A DTD sits before the root element, so the first few KB of each XML part tell."""
    for info in infos:
        if not info.filename.endswith((".xml", ".rels", ".vml")):
            continue
        with zf.open(info) as member:
            head = member.read(DTD_SCAN_BYTES)
        upper = head.upper()
        if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
            raise ExcelFileError(
                "hostile_xml", path=str(path), detail=f"{info.filename}: <!DOCTYPE/ENTITY>"
            )


def translate_parse_error(path: Path, exc: BaseException) -> ExcelFileError:
    """Whatever openpyxl or the XML parser threw, as one of our codes."""
    from defusedxml import DefusedXmlException

    if isinstance(exc, ExcelFileError):
        return exc
    cause: BaseException | None = exc
    while cause is not None:  # openpyxl wraps the parser's error in its own
        if isinstance(cause, DefusedXmlException):
            return ExcelFileError("hostile_xml", path=str(path), detail=type(cause).__name__)
        cause = cause.__cause__ or cause.__context__
    if isinstance(exc, zipfile.BadZipFile):
        return ExcelFileError("corrupt", path=str(path), detail=str(exc))
    return ExcelFileError("corrupt", path=str(path), detail=f"{type(exc).__name__}: {exc}")


@contextmanager
def reading_sheet(path: Path, sheet: str, max_cols: int) -> Iterator[None]:
    """Around the reading of a sheet's rows (sheet_rows.iter_sheet_rows): a value past the
    column limit, or whatever the XML or zip layer throws while the rows stream, becomes
    one of our codes; our own errors pass as they are."""
    from openpyxl.utils import get_column_letter

    from .sheet_rows import TooWide

    try:
        yield
    except TooWide as exc:
        raise ExcelFileError(
            "too_many_columns",
            path=str(path),
            sheet=sheet,
            column=get_column_letter(exc.column),
            limit=max_cols,
        ) from None
    except ExcelFileError:
        raise
    except Exception as exc:  # XML and zip errors surface while iterating
        raise translate_parse_error(path, exc) from exc


@contextmanager
def open_workbook(path: Path, *, read_only: bool = True, data_only: bool = True) -> Iterator[Any]:
    """A checked workbook; formulas come back as their last calculated values.

    The file object (not the name) goes to openpyxl so that a workbook is judged by content
    only; keep_vba=False drops any macro project unread.
    """
    from openpyxl import load_workbook

    path = Path(path)
    check_package(path)
    fh = path.open("rb")
    try:
        try:
            wb = load_workbook(fh, read_only=read_only, data_only=data_only, keep_vba=False)
        except Exception as exc:  # openpyxl raises many types for damaged files
            raise translate_parse_error(path, exc) from exc
        try:
            yield wb
        finally:
            wb.close()
    finally:
        fh.close()

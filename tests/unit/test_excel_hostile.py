"""Hostile and unusable files: each is built here and refused before any harm is done."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_app.services.excel import read, safe_open
from desktop_app.services.excel.errors import ExcelFileError
from desktop_app.services.excel.read import read_tables


def _workbook(path: Path, rows: int = 3, cols: int = 3) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Signatories"
    ws.append(["Name", "Country", "Population"][:cols] + [f"Extra {i}" for i in range(cols - 3)])
    for i in range(rows):
        ws.append([f"Town {i}", "TM", 1000 + i] + [None] * (cols - 3))
    wb.save(path)
    return path


def _rewrite(src: Path, dest: Path, replace: dict[str, bytes], add: dict[str, bytes] = {}) -> Path:  # noqa: B006
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = replace.get(item.filename, zin.read(item.filename))
            zout.writestr(item.filename, data)
        for name, data in add.items():
            zout.writestr(name, data)
    return dest


def _refused(path: Path, code: str) -> ExcelFileError:
    with pytest.raises(ExcelFileError) as info:
        read_tables(path)
    assert info.value.code == code, info.value
    assert str(path) in info.value.message()
    return info.value


def test_plain_workbook_reads(tmp_path: Path) -> None:
    table = read_tables(_workbook(tmp_path / "ok.xlsx"))[0]
    assert table.headers == ["Name", "Country", "Population"]
    assert [r[0] for r in table.rows] == [2, 3, 4]


def test_not_xlsx_content_with_xlsx_name(tmp_path: Path) -> None:
    fake = tmp_path / "budget.xlsx"
    fake.write_text("Name;Country\nAshgabat;TM\n", encoding="utf-8")
    _refused(fake, "not_xlsx")
    pdf = tmp_path / "scan.xlsx"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 10)
    _refused(pdf, "not_xlsx")


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("holiday.jpg", b"\xff\xd8\xff" + b"0" * 100)
    _refused(path, "missing_part")


def test_truncated_zip(tmp_path: Path) -> None:
    good = _workbook(tmp_path / "ok.xlsx").read_bytes()
    bad = tmp_path / "cut.xlsx"
    bad.write_bytes(good[: len(good) // 2])
    _refused(bad, "not_xlsx")


def test_zip_bomb_by_total_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Many parts of zeros whose declared unpacked total passes the limit."""
    monkeypatch.setattr(safe_open, "MAX_TOTAL_UNCOMPRESSED", 40 * 1024 * 1024)
    monkeypatch.setattr(safe_open, "MAX_RATIO", 10**9)  # only the size rule is under test
    src = _workbook(tmp_path / "ok.xlsx")
    bomb = tmp_path / "bomb.xlsx"
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item.filename, zin.read(item.filename))
        for n in range(3):
            with zout.open(f"xl/media/pad{n}.bin", "w") as member:
                for _ in range(15):
                    member.write(chunk)
    assert bomb.stat().st_size < 1024 * 1024
    _refused(bomb, "too_large")


def test_zip_bomb_by_ratio(tmp_path: Path) -> None:
    """A sheet part of 8 MB of the same bytes compresses about 1000 times."""
    src = _workbook(tmp_path / "ok.xlsx")
    with zipfile.ZipFile(src) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml")
    padded = sheet.replace(b"<sheetData>", b"<sheetData>" + b" " * (8 * 1024 * 1024), 1)
    bomb = _rewrite(src, tmp_path / "ratio.xlsx", {"xl/worksheets/sheet1.xml": padded})
    error = _refused(bomb, "bad_ratio")
    assert error.params["part"] == "xl/worksheets/sheet1.xml"


def test_declared_size_cannot_be_exceeded() -> None:
    """The size check trusts the central directory because zipfile never inflates past it."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.xml", b"x" * 10_000)
    raw = bytearray(buf.getvalue())
    # Lie in the central directory: claim 100 bytes uncompressed.
    cd = raw.rfind(b"PK\x01\x02")
    raw[cd + 24 : cd + 28] = (100).to_bytes(4, "little")
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as zf, pytest.raises(zipfile.BadZipFile):
        zf.read("a.xml")


def test_too_many_members(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safe_open, "MAX_MEMBERS", 50)
    src = _workbook(tmp_path / "ok.xlsx")
    path = _rewrite(src, tmp_path / "many.xlsx", {}, {f"xl/x/{i}.xml": b"<a/>" for i in range(60)})
    _refused(path, "too_many_members")


BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
"""

XXE = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
"""


def _sheet_with_entity(src: Path, prolog: bytes, ref: bytes) -> bytes:
    with zipfile.ZipFile(src) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml")
    body = sheet.split(b"?>", 1)[1] if sheet.startswith(b"<?xml") else sheet
    body = body.replace(b"<v>1000</v>", b"<v>" + ref + b"</v>", 1)
    return prolog + body


@pytest.mark.parametrize(
    ("prolog", "ref"), [(BILLION_LAUGHS, b"&lol9;"), (XXE, b"&xxe;")], ids=["laughs", "xxe"]
)
def test_entities_refused_by_scan(tmp_path: Path, prolog: bytes, ref: bytes) -> None:
    src = _workbook(tmp_path / "ok.xlsx")
    data = _sheet_with_entity(src, prolog, ref)
    path = _rewrite(src, tmp_path / "evil.xlsx", {"xl/worksheets/sheet1.xml": data})
    _refused(path, "hostile_xml")


@pytest.mark.parametrize(
    ("prolog", "ref"), [(BILLION_LAUGHS, b"&lol9;"), (XXE, b"&xxe;")], ids=["laughs", "xxe"]
)
def test_entities_refused_by_defusedxml_when_scan_is_evaded(
    tmp_path: Path, prolog: bytes, ref: bytes
) -> None:
    """A DTD pushed past the scanned head (behind a long comment) still fails in the parser."""
    src = _workbook(tmp_path / "ok.xlsx")
    decl, rest = prolog.split(b"?>", 1)
    evasive = decl + b"?><!--" + b"x" * (safe_open.DTD_SCAN_BYTES * 2) + b"-->" + rest
    data = _sheet_with_entity(src, evasive, ref)
    path = _rewrite(src, tmp_path / "evil.xlsx", {"xl/worksheets/sheet1.xml": data})
    safe_open.check_package(path)  # the cheap scan does not see it...
    _refused(path, "hostile_xml")  # ...but the defused parser refuses it


def test_openpyxl_parses_through_defusedxml() -> None:
    import defusedxml.ElementTree as defused
    from openpyxl.xml import functions

    assert functions.iterparse is defused.iterparse
    assert functions.fromstring is defused.fromstring


def test_too_many_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_ROWS", 40)
    _refused(_workbook(tmp_path / "long.xlsx", rows=60), "too_many_rows")


def test_too_many_columns(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Country"])
    ws.append(["Ashgabat", "TM"])
    ws.cell(row=2, column=read.MAX_COLS + 5, value="far away")
    wb.save(tmp_path / "wide.xlsx")
    error = _refused(tmp_path / "wide.xlsx", "too_many_columns")
    assert error.params["limit"] == read.MAX_COLS


def test_macro_workbook_is_read_and_macros_ignored(tmp_path: Path) -> None:
    src = _workbook(tmp_path / "ok.xlsx")
    with zipfile.ZipFile(src) as zf:
        types = zf.read("[Content_Types].xml")
    types = types.replace(
        b"</Types>",
        b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    ).replace(
        b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    )
    xlsm = _rewrite(
        src,
        tmp_path / "macro.xlsm",
        {"[Content_Types].xml": types},
        {"xl/vbaProject.bin": b'\xd0\xcf\x11\xe0Attribute VB_Name = "Evil"\nShell "rm -rf /"'},
    )
    table = read_tables(xlsm)[0]
    assert [r[1][0] for r in table.rows] == ["Town 0", "Town 1", "Town 2"]
    from openpyxl import load_workbook

    with safe_open.open_workbook(xlsm) as wb:
        assert getattr(wb, "vba_archive", None) is None
    # The file does carry a macro project: a careless open (keep_vba) would hold it.
    careless = load_workbook(xlsm, keep_vba=True)
    assert careless.vba_archive is not None
    assert "xl/vbaProject.bin" in careless.vba_archive.namelist()


def test_missing_file(tmp_path: Path) -> None:
    _refused(tmp_path / "nope.xlsx", "missing")

"""Random byte mutations of a valid workbook fed to the importer (preview, then commit).

Allowed outcomes: the import succeeds, or it stops with the importer's own clean errors
(ExcelFileError for an unusable file, ImportRejected / StaleRecord for rows); nothing else,
no hang (a hard alarm per file), and after a refusal the database is exactly as before.
Two mutation kinds: raw bytes of the .xlsx (mostly a damaged zip) and bytes inside one
decompressed XML part, re-zipped (reaches the XML and cell parsers).
"""

from __future__ import annotations

import io
import signal
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.services.excel.commit import ImportRejected, StaleRecord, commit
from desktop_app.services.excel.errors import ExcelFileError
from desktop_app.services.excel.plan import build_plan
from desktop_app.services.excel.report import plan_report

from .state import digest

OUTCOMES: Counter[str] = Counter()
HARD_LIMIT_S = 30


@dataclass
class Office:
    db: Any
    valid: bytes = field(repr=False)  # keeps hypothesis' failure report readable
    folder: Path


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    from desktop_app.services.database import open_database
    from desktop_app.services.excel.export import export_workbook
    from desktop_app.services.period import current_period
    from tests.db._sample_data import fill

    folder = tmp_path_factory.mktemp("fuzz")
    other = open_database(str(folder / "other.sqlite3"))
    fill(other, 6)
    workbook = folder / "valid.xlsx"
    export_workbook(other, workbook, current_period(date(2026, 6, 1)), all_records=True)
    other.dispose()
    db = open_database(str(folder / "office.sqlite3"))
    fill(db, 3)
    yield Office(db, workbook.read_bytes(), folder)
    db.dispose()
    print(f"importer fuzz outcomes: {dict(OUTCOMES)}")


def _alarm(_signum, _frame):  # type: ignore[no-untyped-def]
    raise TimeoutError("importer hung")


def _try(db, data: bytes, folder: Path) -> None:
    path = folder / "mutated.xlsx"
    path.write_bytes(data)
    before = digest(db.path)
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(HARD_LIMIT_S)
    try:
        plan = build_plan(db, path)
        plan_report(plan)
        commit(db, plan, skip_invalid=True)
        OUTCOMES["imported"] += 1
        return
    except ExcelFileError:
        OUTCOMES["refused: unusable file"] += 1
    except (ImportRejected, StaleRecord):
        OUTCOMES["refused: rows"] += 1
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert digest(db.path) == before  # a refusal wrote nothing


mutations = st.lists(
    st.tuples(st.floats(min_value=0, max_value=1, exclude_max=True), st.integers(0, 255)),
    min_size=1,
    max_size=8,
)


@pytest.mark.reliability
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(changes=mutations, cut=st.one_of(st.none(), st.floats(min_value=0, max_value=1)))
@example(changes=[(0.5, 0)], cut=None)  # found by this test: zlib.error escaped safe_open
def test_mutated_xlsx_bytes(office, changes, cut) -> None:
    db, valid, folder = office.db, office.valid, office.folder
    data = bytearray(valid)
    for where, byte in changes:
        data[int(where * len(data))] = byte
    if cut is not None:
        data = data[: int(cut * len(data))]
    _try(db, bytes(data), folder)


@pytest.mark.reliability
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(member=st.integers(min_value=0), changes=mutations, data=st.data())
def test_mutated_xml_inside_the_workbook(office, member, changes, data) -> None:
    db, valid, folder = office.db, office.valid, office.folder
    with zipfile.ZipFile(io.BytesIO(valid)) as zin:
        names = zin.namelist()
        parts = {n: zin.read(n) for n in names}
    name = names[member % len(names)]
    body = bytearray(parts[name])
    for where, byte in changes:
        if body:
            body[int(where * len(body))] = byte
    if data.draw(st.booleans()):
        body[:] = body.replace(b"</row>", b"", 1)  # a structural break, not just a byte
    parts[name] = bytes(body)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in names:
            zout.writestr(n, parts[n])
    _try(db, out.getvalue(), folder)

"""Header and label matching in English, Russian and Turkmen; header-row detection."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.domain.enums import Instrument, PlanStatus
from desktop_app.services.excel import vocab
from desktop_app.services.excel.mapping import detect_kind, match_columns
from desktop_app.services.excel.parse import parse_enum
from desktop_app.services.excel.read import RawTable, find_header

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
<context><name>Excel</name>
{excel}
</context>
<context><name>Enum</name>
{enum}
</context>
</TS>
"""


def _messages(pairs: dict[str, str]) -> str:
    return "\n".join(
        f"<message><source>{s}</source><translation>{t}</translation></message>"
        for s, t in pairs.items()
    )


@pytest.fixture
def catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Real .qm catalogues for ru and tk, built with lrelease from a few translations."""
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:  # installed with PySide6 in the project's environment
        pytest.fail("pyside6-lrelease is missing from the environment")
    data = {
        "ru": (
            {"Adhesion date": "Дата присоединения (решение совета)", "Instrument": "Инструмент"},
            {"Soft loan": "Льготный кредит", "Accepted": "Принят"},
        ),
        "tk": (
            {"Adhesion date": "Goşulan senesi (geňeşiň karary)", "Population": "Ilatyň sany"},
            {"Soft loan": "Ýeňillikli karz", "Accepted": "Kabul edildi"},
        ),
    }
    paths = {}
    for lang, (excel, enum) in data.items():
        ts = tmp_path / f"desktop_app_{lang}.ts"
        ts.write_text(
            TS.format(lang=lang, excel=_messages(excel), enum=_messages(enum)), encoding="utf-8"
        )
        qm = tmp_path / f"desktop_app_{lang}.qm"
        subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
        paths[lang] = qm
    import desktop_app.i18n as i18n

    monkeypatch.setattr(i18n, "catalogue_path", lambda lang: paths.get(lang))
    vocab.reset_cache()
    yield paths
    vocab.reset_cache()


def test_headers_in_english_russian_turkmen_synonyms() -> None:
    headers = ["Муниципалитет", "Страна", "Население", "Дата присоединения", "Notes", "Whatever"]
    m = match_columns("signatories", headers)
    assert m.columns == {0: "name", 1: "country", 2: "population", 3: "adhesion_date", 4: "notes"}
    assert m.unmatched == ["Whatever"]
    tk = match_columns("signatories", ["Ady", "Ýurt", "Ilat", "Goşulan senesi"])
    assert set(tk.columns.values()) == {"name", "country", "population", "adhesion_date"}
    en = match_columns("signatories", ["Name", "COUNTRY", "adhesion_date", "Adhesion-date"])
    assert en.columns == {0: "name", 1: "country", 2: "adhesion_date"}
    assert en.unmatched == ["Adhesion-date"]  # a field is only taken once


def test_headers_and_enum_labels_from_catalogues(catalogues) -> None:
    m = match_columns(
        "signatories",
        ["Name", "Country", "Дата присоединения (решение совета)", "Ilatyň sany"],
    )
    assert m.columns[2] == "adhesion_date" and m.columns[3] == "population"
    tk = match_columns("signatories", ["Ady", "Ýurt", "Goşulan senesi (geňeşiň karary)"])
    assert tk.columns[2] == "adhesion_date"
    assert parse_enum("Льготный кредит", Instrument) == "soft_loan"
    assert parse_enum("ýeňillikli karz", Instrument) == "soft_loan"
    assert parse_enum("Kabul edildi", PlanStatus) == "accepted"
    assert parse_enum("Принят", PlanStatus) == "accepted"


def test_header_row_below_title_and_banner() -> None:
    rows = [
        ("Ahal region: signatories 2024", None, None, None),  # title
        (None, None, None, None),
        ("Covenant of Mayors", None, None, None),  # merged banner: one value
        ("Name", "Country", "Population", "Adhesion date"),
        ("Ashgabat", "TM", 1_030_000, "15.03.2023"),
    ]
    known = set(vocab.header_index("signatories"))
    assert find_header(rows, known) == 3


def test_unknown_headers_fall_back_to_first_wordy_row() -> None:
    rows = [("Report", None), (1, 2), ("Alpha", "Beta"), ("x", 3)]
    assert find_header(rows, set()) == 2


def test_kind_detection() -> None:
    def table(sheet: str, headers: list[str]) -> RawTable:
        return RawTable(Path("x.xlsx"), sheet, [sheet], 1, headers)

    assert detect_kind(table("Лист1", ["Муниципалитет", "Страна", "Население"])) == "signatories"
    assert (
        detect_kind(table("Sheet1", ["Signatory", "Instrument", "Source", "Amount", "Currency"]))
        == "finance"
    )
    assert detect_kind(table("Sheet1", ["Currency", "Rate date", "Units per EUR"])) == (
        "exchange-rates"
    )
    assert detect_kind(table("Deadlines", ["Signatory", "Due date", "Reporting type"])) is None
    assert detect_kind(table("Sheet1", ["Foo", "Bar"])) is None

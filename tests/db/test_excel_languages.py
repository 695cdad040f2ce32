"""A workbook exported in Russian (sheet names, headers, labels) comes back in."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from desktop_app import i18n
from desktop_app.domain import models as M
from desktop_app.services.database import open_database
from desktop_app.services.excel import vocab
from desktop_app.services.excel.commit import commit
from desktop_app.services.excel.export import export_workbook
from desktop_app.services.excel.plan import build_plan
from desktop_app.services.period import Period
from tests.db.test_excel_support import PERIOD, fill
from tests.unit.test_excel_headers import TS, _messages

RU_EXCEL = {
    "Signatories": "Подписанты",
    "Name": "Название",
    "Country": "Страна",
    "Population": "Население",
    "Adhesion date": "Дата присоединения",
    "Framework": "Рамка",
    "Pillars": "Направления",
    "Status": "Статус",
}
RU_ENUM = {
    "2030 (SECAP)": "2030 (ПДУЭРК)",
    "2020 (SEAP)": "2020 (ПДУЭР)",
    "Mitigation": "Смягчение",
    "Adaptation": "Адаптация",
    "Active": "Действует",
}


def test_russian_export_round_trip(qapp, sqlite_database, tmp_path: Path, monkeypatch) -> None:
    import shutil
    import subprocess

    ts = tmp_path / "desktop_app_ru.ts"
    ts.write_text(
        TS.format(lang="ru", excel=_messages(RU_EXCEL), enum=_messages(RU_ENUM)), encoding="utf-8"
    )
    qm = tmp_path / "desktop_app_ru.qm"
    subprocess.run(
        [shutil.which("pyside6-lrelease") or "pyside6-lrelease", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    monkeypatch.setattr(i18n, "catalogue_path", lambda lang: qm if lang == "ru" else None)
    vocab.reset_cache()
    fill(sqlite_database)
    out = tmp_path / "ru.xlsx"
    try:
        assert i18n.install("ru")
        export_workbook(sqlite_database, out, Period(*PERIOD), all_records=True)
    finally:
        i18n.install("en")
    wb = load_workbook(out)
    assert "Подписанты" in wb.sheetnames and "Signatories" not in wb.sheetnames
    ws = wb["Подписанты"]
    headers = [c.value for c in ws[2]]
    assert "Название" in headers and "Дата присоединения" in headers and "Население" in headers
    row = {h: c.value for h, c in zip(headers, ws[3], strict=True)}
    assert row["Название"] == "Ashgabat"
    assert row["Рамка"] == "2030 (ПДУЭРК)"
    assert row["Направления"] == "Смягчение; Адаптация"
    assert row["Статус"] == "Действует"
    fresh = open_database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        plan = build_plan(fresh, out, sheet="Подписанты")
        assert plan.sheets[0].kind == "signatories" and not plan.has_errors
        commit(fresh, plan)
        with fresh.session() as s:
            ash = s.scalar(select(M.Signatory).where(M.Signatory.name == "Ashgabat"))
            assert ash.framework.value == "2030"
            assert ash.pillars == ["mitigation", "adaptation"]
            assert ash.status.value == "active"
    finally:
        fresh.dispose()
        vocab.reset_cache()


def test_a_sheet_headed_with_the_forms_own_labels_in_turkmen_and_russian(
    sqlite_database, tmp_path: Path
) -> None:
    """A clerk heads the columns the way the form names the fields, in Turkmen or Russian
    ("Ady (latyn ýazuwynda)", "Население"): every column is recognised, nothing is left
    unmapped, and the rows come in with their values."""
    from openpyxl import Workbook

    vocab.reset_cache()
    field_tk = {src: tr for src, tr in _field_labels("tk").items()}
    field_ru = {src: tr for src, tr in _field_labels("ru").items()}
    wb = Workbook()
    ws = wb.active
    ws.append(
        [
            field_tk["Name (Latin script)"],
            field_tk["Country"],
            field_ru["Population"],
            field_ru["Adhesion date (council decision)"],
        ]
    )
    ws.append(["Baharly", "TM", 38_000, "12.04.2019"])
    wb.save(tmp_path / "tk.xlsx")
    plan = build_plan(sqlite_database, tmp_path / "tk.xlsx")
    sheet = plan.sheets[0]
    assert sorted(sheet.mapping.columns.values()) == [
        "adhesion_date", "country", "name", "population",
    ]  # fmt: skip
    commit(sqlite_database, plan, backup=False)
    with sqlite_database.session() as s:
        town = s.scalar(select(M.Signatory).where(M.Signatory.name == "Baharly"))
        assert (town.country, town.population) == ("TM", 38_000)
        assert town.adhesion_date.isoformat() == "2019-04-12"


def _field_labels(lang: str) -> dict[str, str]:
    import xml.etree.ElementTree as ET

    catalogues = Path(__file__).resolve().parents[2] / "translations"
    root = ET.parse(catalogues / f"desktop_app_{lang}.ts").getroot()
    return {
        m.findtext("source") or "": m.findtext("translation") or ""
        for ctx in root.iter("context")
        if ctx.findtext("name") == "Field"
        for m in ctx.iter("message")
    }

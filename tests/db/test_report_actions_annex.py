"""The report's annexes D and E: every mitigation and adaptation action of the territory,
by signatory, as the Commission reads them (issue 15).

The report is made as a clerk makes it (`coordinator-desk report pdf --lang L`); each row
the annex must show is written here from the database by plain SQL and formatted by hand
(the language's thousands and decimal marks, the cost with its currency, a dash for no
value), and found whole in the PDF's text, under its signatory's name, in order. Nothing is
shortened: a title of three long lines is there to the last word, and no "…" is in the
annexes. Trashed actions and the actions of a trashed signatory are not.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from desktop_app.cli import main
from desktop_app.domain import models as M
from desktop_app.domain.plan_codes import ActionSector, ActionStatus, Hazard
from desktop_app.services import records
from desktop_app.services.reports.lang import code_label, country, report_language

GONE = datetime(2025, 11, 1, tzinfo=UTC)
LONG = (
    "Thermal renovation of fourteen schools, nine kindergartens and the municipal "
    "polyclinic with facade and roof insulation, new windows and an individual heating "
    "substation with weather control in every building"
)


def _seed(db) -> None:  # noqa: ANN001
    """Two towns called Pervomaisk (Ukraine, Kyrgyzstan) stay two groups; Zugdidi has a
    long title, a cost in the billions and actions with figures left empty."""
    ids = {}
    for key, name, code in (
        ("zug", "Zugdidi", "GE"), ("pua", "Pervomaisk", "UA"), ("pkg", "Pervomaisk", "KG"),
    ):  # fmt: skip
        ids[key] = records.save(db, "signatory", {"name": name, "country": code}).id
    for key, code, title, sector, status, cost, currency, co2, achieved, savings in (
        ("zug", "M-01", LONG, "MUNICIPAL_BUILDINGS_EQUIPMENT_FACILITIES", "COMPLETED",
         "2500000.00", "GEL", "1200.50", "1100.25", "4800.00"),
        ("zug", "M-02", "Street lighting replaced with LED lamps", "PUBLIC_LIGHTING",
         "ONGOING", None, "GEL", "45.75", None, None),
        ("pua", "M-01", "New trolleybus line to the station", "TRANSPORT", "NOT_STARTED",
         "1249847400.00", "UAH", "300.00", None, "1250.40"),
        ("pkg", "M-01", "Heat meters in apartment blocks", "RESIDENTIAL_BUILDINGS",
         "POSTPONED", "15000.00", "KGS", "80.00", None, "310.00"),
    ):  # fmt: skip
        records.save(
            db,
            "mitigation_action",
            {"signatory_id": ids[key], "action_code": code, "title": title, "sector": sector,
             "status": status, "cost": cost, "currency": currency, "co2_reduction_t": co2,
             "achieved_co2_reduction_t": achieved, "energy_savings_mwh": savings,
             "achieved_energy_savings_mwh": "4500.00" if achieved else None},
        )  # fmt: skip
    records.save(
        db,
        "adaptation_action",
        {"signatory_id": ids["zug"], "title": "Storm drains and retention ponds",
         "hazards": ["FLOODS", "HEAVY_PRECIPITATION"], "status": "ONGOING",
         "cost": "80000.00", "currency": "GEL"},
    )  # fmt: skip
    with db.transaction("test") as s:
        s.add(M.MitigationAction(signatory_id=ids["zug"], title="Trashed action",
                                 sector="TRANSPORT", deleted_at=GONE))  # fmt: skip
        gone = M.Signatory(name="Gone", country="GE", deleted_at=GONE)
        s.add(gone)
        s.flush()
        s.add(M.MitigationAction(signatory_id=gone.id, title="Action of a trashed town",
                                 sector="TRANSPORT"))  # fmt: skip
        s.add(M.AdaptationAction(signatory_id=gone.id, title="Adaptation of a trashed town"))


def _number(value: object, lang: str, places: int = 2) -> str:
    if value is None:
        return "\u2013"
    plain = f"{Decimal(str(value)):,.{places}f}"
    if lang == "en":
        return plain
    return plain.replace(",", " ").replace(".", ",")


def _expected(db, lang: str) -> tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]]:  # noqa: ANN001
    """(heading, rows) per signatory for annex D and annex E, straight from the tables."""
    with db.engine.connect() as c:
        mitigation = c.execute(text(
            "SELECT s.id, s.name, s.country, a.title, a.sector, a.status, a.cost, a.currency,"
            " a.co2_reduction_t, a.achieved_co2_reduction_t, a.energy_savings_mwh "
            "FROM mitigation_action a JOIN signatory s ON s.id = a.signatory_id "
            "WHERE a.deleted_at IS NULL AND s.deleted_at IS NULL "
            "ORDER BY s.name, s.id, a.action_code, a.title, a.id")).all()  # fmt: skip
        adaptation = c.execute(text(
            "SELECT s.id, s.name, s.country, a.title, a.hazards, a.status, a.cost, a.currency "
            "FROM adaptation_action a JOIN signatory s ON s.id = a.signatory_id "
            "WHERE a.deleted_at IS NULL AND s.deleted_at IS NULL "
            "ORDER BY s.name, s.id, a.title, a.id")).all()  # fmt: skip

    def cost(amount: object, currency: str) -> str:
        return "\u2013" if amount is None else f"{_number(amount, lang)} {currency}"

    def grouped(rows: list, cells) -> list[tuple[str, list[str]]]:  # noqa: ANN001
        out: list[tuple[str, list[str]]] = []
        last = None
        for r in rows:
            if r[0] != last:
                out.append((f"{r[1]}, {country(r[2])}", []))
                last = r[0]
            out[-1][1].append(" ".join(cells(r)))
        return out

    with report_language(lang):
        d = grouped(mitigation, lambda r: [
            r[3], code_label(ActionSector, r[4]), code_label(ActionStatus, r[5]),
            cost(r[6], r[7]), _number(r[8], lang), _number(r[9], lang), _number(r[10], lang),
        ])  # fmt: skip
        e = grouped(adaptation, lambda r: [
            r[3],
            ", ".join(code_label(Hazard, h) for h in (
                r[4] if isinstance(r[4], list) else json.loads(r[4]))),
            code_label(ActionStatus, r[5]), cost(r[6], r[7]),
        ])  # fmt: skip
    return d, e


def _annexes(path: Path, lang: str) -> tuple[str, str]:
    words = " ".join(
        line for page in PdfReader(str(path)).pages for line in page.extract_text().splitlines()
    )
    words = " ".join(re.sub(r"[\u00a0\u202f\u2009]", " ", words).split())
    with report_language(lang):
        from desktop_app.services.reports.lang import tr

        d_title = tr("Report", "Annex D. Mitigation actions")
        e_title = tr("Report", "Annex E. Adaptation actions")
    d_at = words.rindex(d_title)  # the first is in the contents
    e_at = words.rindex(e_title)
    return words[d_at:e_at], words[e_at:]


def _find_in_order(annex: str, groups: list[tuple[str, list[str]]]) -> None:
    at = 0
    for heading, rows in groups:
        # a signatory's name never ends a page: it stands right before its first row
        first = f"{heading} {rows[0]}"
        found = annex.find(first, at)
        assert found >= 0, (first, annex[at : at + 600])
        at = found + len(first)
        for row in rows[1:]:
            found = annex.find(row, at)
            assert found >= 0, (row, annex[at : at + 600])
            at = found + len(row)


@pytest.mark.parametrize("lang", ["en", "ru", "tk"])
def test_every_action_is_in_the_annexes_by_signatory(
    sqlite_database, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    _seed(sqlite_database)
    out = tmp_path / f"report-{lang}.pdf"
    code = main(["--database", str(sqlite_database.path), "--lang", lang, "report", "pdf",
                 str(out), "--from", "2025-01-01", "--to", "2025-12-31"])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    d, e = _expected(sqlite_database, lang)
    assert [len(rows) for _h, rows in d] == [1, 1, 2]  # Pervomaisk twice, then Zugdidi
    assert [len(rows) for _h, rows in e] == [1]
    annex_d, annex_e = _annexes(out, lang)
    _find_in_order(annex_d, d)
    _find_in_order(annex_e, e)
    if lang == "en":
        assert f"{LONG} Municipal buildings, equipment and facilities Completed" in annex_d
        assert "1,249,847,400.00 UAH" in annex_d and "2,500,000.00 GEL" in annex_d
    for annex in (annex_d, annex_e):
        assert "…" not in annex
        assert "trashed" not in annex.casefold() and "Trashed action" not in annex


def test_the_annexes_from_postgresql_are_those_from_sqlite(database, tmp_path: Path) -> None:
    """Both engines give the same rows in the same order (the UUID order of two towns of
    one name included)."""
    from desktop_app.services.period import Period
    from desktop_app.services.reports.pdf_report import ReportRequest, build_report

    _seed(database)
    out = tmp_path / "report.pdf"
    build_report(database, ReportRequest(Period(date(2025, 1, 1), date(2025, 12, 31))), out)
    d, e = _expected(database, "en")
    annex_d, annex_e = _annexes(out, "en")
    _find_in_order(annex_d, d)
    _find_in_order(annex_e, e)

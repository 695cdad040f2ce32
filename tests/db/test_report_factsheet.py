from __future__ import annotations

import pytest
from pypdf import PdfReader

from desktop_app.services.reports.factsheet import SignatoryLookupError, build_factsheets

from .report_seed import seed


def test_one_page_per_signatory(database, tmp_path):
    seed(database)
    out = tmp_path / "all.pdf"
    result = build_factsheets(database, out, [], "en")
    assert result.signatories == 5
    assert len(PdfReader(str(out)).pages) == result.pages == 5


def test_selected_signatories_by_any_name(database, tmp_path):
    seed(database)
    out = tmp_path / "two.pdf"
    # Local (Cyrillic) name in another case, and the Latin name.
    result = build_factsheets(database, out, ["ТУРКМЕНАБАТ", "daşoguz"], "ru")
    reader = PdfReader(str(out))
    assert len(reader.pages) == 2
    first = reader.pages[0].extract_text()
    assert "Daşoguz" in first or "Türkmenabat" in first
    assert "Туркменабат" in reader.pages[1].extract_text() + first
    # The Daşoguz sheet shows its plan and the Energy Days it organised.
    body = "\n".join(p.extract_text() for p in reader.pages)
    assert "Energiýa güni Daşoguz" in body
    assert result.pages == 2


def test_unknown_signatory_writes_nothing(sqlite_database, tmp_path):
    seed(sqlite_database)
    out = tmp_path / "x.pdf"
    with pytest.raises(SignatoryLookupError) as info:
        build_factsheets(sqlite_database, out, ["Daşoguz", "Nowhere"])
    assert info.value.value == "Nowhere"
    assert not out.exists()

"""The signatories list service on both engines."""

from __future__ import annotations

from datetime import UTC, date, datetime

from desktop_app.domain.enums import Framework, SignatoryStatus
from desktop_app.domain.models import Signatory
from desktop_app.services.signatories import SignatoryRow, count_signatories, list_signatories


def _add(db, *names: str, deleted: str | None = None) -> None:
    with db.transaction("test") as s:
        for i, name in enumerate(names):
            s.add(
                Signatory(
                    name=name,
                    local_name=name.upper(),
                    country="GE",
                    region="Imereti",
                    population=1000 + i,
                    adhesion_date=date(2020, 1, 1 + i),
                    framework=Framework.F2030,
                    status=SignatoryStatus.ACTIVE,
                )
            )
        if deleted:
            s.add(
                Signatory(name=deleted, country="AM", deleted_at=datetime(2024, 1, 1, tzinfo=UTC))
            )


def test_rows_are_plain_values_sorted_by_name(database) -> None:
    _add(database, "Zugdidi", "Batumi", "Kutaisi")
    rows = list_signatories(database)
    assert [r.name for r in rows] == ["Batumi", "Kutaisi", "Zugdidi"]
    first = rows[0]
    assert isinstance(first, SignatoryRow)
    assert first.local_name == "BATUMI"
    assert first.country == "GE"
    assert first.population == 1001
    assert first.adhesion_date == date(2020, 1, 2)
    assert first.framework is Framework.F2030
    assert first.status is SignatoryStatus.ACTIVE


def test_deleted_signatories_are_left_out_unless_asked(database) -> None:
    _add(database, "Gori", deleted="Gyumri")
    assert [r.name for r in list_signatories(database)] == ["Gori"]
    assert {r.name for r in list_signatories(database, include_deleted=True)} == {"Gori", "Gyumri"}
    assert count_signatories(database) == 1
    assert count_signatories(database, include_deleted=True) == 2


def test_paging_is_stable(database) -> None:
    _add(database, *(f"Town {i:02d}" for i in range(12)))
    page1 = list_signatories(database, limit=5)
    page2 = list_signatories(database, limit=5, offset=5)
    page3 = list_signatories(database, limit=5, offset=10)
    names = [r.name for r in page1 + page2 + page3]
    assert names == [f"Town {i:02d}" for i in range(12)]

from datetime import date
from decimal import Decimal

from desktop_app.domain.rules.money import RateTable
from desktop_app.services.figures import EurConverter, key_figures, overdue_items
from desktop_app.services.period import Period

from .report_seed import seed

YEAR = Period(date(2025, 1, 1), date(2025, 12, 31))


def test_key_figures_match_the_seeded_office(database):
    seed(database)
    with database.session("test") as s:
        f = key_figures(s, YEAR)
    p = f.promotion
    # Gubadag adhered in 2026 (after the period); Şabat withdrew.
    assert p.signatories == 3
    assert {c.code: c.count for c in p.by_status} == {"active": 2, "on_hold": 1, "withdrawn": 1}
    assert p.new_adhesions == 1
    assert {c.code: c.count for c in p.status_changes} == {"on_hold": 1, "withdrawn": 1}
    a = f.assistance
    assert a.activities == 3
    assert a.staff_days == Decimal("6.5")
    assert a.signatories_reached == 3
    assert {t.code: t.count for t in a.by_type} == {"technical": 2, "training": 1}
    fin = f.finance
    assert fin.records == 3
    # 100,000 EUR + 200,000 TMT at 4 TMT/EUR; the UAH grant has no rate and is listed apart.
    assert fin.total_eur == Decimal("150000.00")
    assert fin.disbursed_eur == Decimal("10000.00")
    assert [(u.currency, u.on, u.amount) for u in fin.unconverted] == [
        ("UAH", date(2025, 5, 5), Decimal("5000.00"))
    ]
    assert dict(fin.original) == {
        "EUR": Decimal("100000.00"),
        "TMT": Decimal("200000.00"),
        "UAH": Decimal("5000.00"),
    }
    assert {m.code: m.eur for m in fin.by_source} == {
        "ifi": Decimal("50000.00"),
        "eu": Decimal("100000.00"),
    }
    e = f.energy_days
    assert (e.count, e.participants, e.eusew_registered) == (2, 230, 1)
    assert {c.code: c.count for c in e.by_audience} == {"public": 2, "schoolchildren": 1}
    r = f.reporting
    assert (r.plans_submitted, r.plans_accepted) == (1, 1)
    assert (r.monitoring_submitted, r.monitoring_accepted) == (1, 1)
    assert {c.code: c.count for c in r.signatories_by_plan_status} == {
        "accepted": 1,
        "under_assessment": 1,
        "none": 3,
    }
    # Köneürgenç: SEAP due 2022-01-15, extended to 2023-01-15, never submitted.
    # Türkmenabat's full report was due 2025-08-01 and is still planned.
    assert (r.overdue_plans, r.overdue_monitoring) == (1, 1)


def test_deleted_records_do_not_count(database):
    ids = seed(database)
    from datetime import UTC, datetime

    from desktop_app.domain.models import Signatory

    with database.transaction("test") as s:
        s.get(Signatory, ids["Türkmenabat"]).deleted_at = datetime.now(UTC)
    with database.session("test") as s:
        f = key_figures(s, YEAR)
    assert f.promotion.new_adhesions == 0
    assert f.finance.total_eur == Decimal("100000.00")
    assert f.assistance.signatories_reached == 2


def test_empty_period_is_all_zero(database):
    seed(database)
    with database.session("test") as s:
        f = key_figures(s, Period(date(2010, 1, 1), date(2010, 12, 31)))
    assert f.assistance.activities == 0
    assert f.finance.total_eur == 0
    assert f.energy_days.count == 0


def test_overdue_items_respect_extensions(database):
    seed(database)
    with database.session("test") as s:
        before = overdue_items(s, date(2022, 6, 1))
        after = overdue_items(s, date(2023, 6, 1))
    assert "Köneürgenç" not in {i.signatory for i in before}
    assert ("Köneürgenç", "plan", date(2023, 1, 15)) in {
        (i.signatory, i.kind, i.due) for i in after
    }


def test_converter_uses_latest_rate_on_or_before():
    c = EurConverter(
        RateTable(
            [("TMT", date(2025, 1, 1), Decimal("4")), ("TMT", date(2025, 6, 1), Decimal("5"))]
        )
    )
    assert c.to_eur(Decimal("20"), "TMT", date(2025, 5, 31)) == Decimal("5.00")
    assert c.to_eur(Decimal("20"), "TMT", date(2025, 6, 1)) == Decimal("4.00")
    assert c.to_eur(Decimal("20"), "TMT", date(2024, 12, 31)) is None
    assert c.to_eur(Decimal("20"), "EUR", None) == Decimal("20")

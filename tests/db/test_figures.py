from collections import Counter
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func

from desktop_app.domain.enums import (
    ExtensionSubject,
    FinanceStatus,
    FundingSource,
    Instrument,
    PlanStatus,
    PlanType,
    ReportingType,
)
from desktop_app.domain.models import (
    ActionPlan,
    DeadlineExtension,
    ExchangeRate,
    FinancialSupport,
    MonitoringReport,
    Signatory,
)
from desktop_app.domain.rules.deadlines import DeadlineKind, DeadlineStatus
from desktop_app.domain.rules.money import RateTable
from desktop_app.services import deadlines
from desktop_app.services.demo import DemoOptions, generate
from desktop_app.services.eur import rate_groups
from desktop_app.services.figures import (
    EurConverter,
    finance,
    key_figures,
    overdue_items,
    plan_status_by_signatory,
    reporting,
)
from desktop_app.services.overdue import signatory_tallies
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
    # Two decisions (approved, disbursed); the UAH grant is only applied for: it is not
    # support provided, it is pending, and it has no rate (listed apart, at the period end).
    assert (fin.records, fin.provided_records, fin.rejected_records) == (2, 2, 0)
    assert fin.pending_records == 1 and fin.pending_eur == 0
    # 100,000 EUR + 200,000 TMT at 4 TMT/EUR.
    assert fin.provided_eur == Decimal("150000.00")
    assert fin.disbursed_eur == Decimal("10000.00")
    assert [(u.currency, u.on, u.amount, u.status) for u in fin.unconverted] == [
        ("UAH", date(2025, 12, 31), Decimal("5000.00"), "applied")
    ]
    assert fin.provided_unconverted == 0
    assert dict(fin.original) == {"EUR": Decimal("100000.00"), "TMT": Decimal("200000.00")}
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


# -- overdue figures agree with the deadline rules; EUR per rate stretch ------------------

DEMO_TODAY = date(2025, 3, 1)


@pytest.fixture
def demo_office(database):
    generate(database, DemoOptions(signatories=150, seed=11, today=DEMO_TODAY))
    with database.transaction("test", user="clerk") as s:
        mon = Signatory(name="Mon Town", country="KZ", adhesion_date=date(2016, 3, 1))
        s.add(mon)
        s.flush()
        plan = ActionPlan(
            signatory_id=mon.id,
            plan_type=PlanType.SECAP,
            submission_date=date(2018, 3, 1),
            status=PlanStatus.ACCEPTED,
        )
        s.add(plan)
        s.flush()
        s.add(
            MonitoringReport(
                signatory_id=mon.id,
                plan_id=plan.id,
                reporting_type=ReportingType.ACTION,
                submission_date=date(2020, 2, 1),
            )
        )
        # Requested before the last report: the rule ignores it, so it must not save Mon Town.
        s.add(
            DeadlineExtension(
                signatory_id=mon.id,
                subject=ExtensionSubject.MONITORING,
                request_date=date(2019, 12, 1),
                granted_until=date(2030, 1, 1),
            )
        )
    return database


@pytest.mark.parametrize(
    "as_of",
    [date(2019, 6, 30), date(2022, 2, 28), date(2024, 2, 29), DEMO_TODAY, date(2026, 12, 31)],
)
def test_report_overdue_counts_equal_the_deadlines_service(demo_office, as_of):
    """The report's and workbook's overdue figures are what the deadlines list (CLI,
    Deadlines view, dashboard) shows as overdue on the last day of the period."""
    rows = deadlines.load(demo_office, as_of)
    overdue = deadlines.select_rows(rows, statuses=[DeadlineStatus.OVERDUE])
    plans = [r for r in overdue if r.kind == DeadlineKind.PLAN_DUE]
    reports = [r for r in overdue if r.kind == DeadlineKind.MONITORING_DUE]
    with demo_office.session("test") as s:
        r = reporting(s, Period(date(as_of.year, 1, 1), as_of))
        items = overdue_items(s, as_of)
    assert (r.overdue_plans, r.overdue_monitoring) == (len(plans), len(reports))
    assert sorted((i.signatory_id, i.kind, i.due) for i in items) == sorted(
        [(p.signatory_id, "plan", p.due) for p in plans]
        + [(m.signatory_id, "monitoring", m.due) for m in reports]
    )
    if as_of >= DEMO_TODAY:
        assert r.overdue_plans and r.overdue_monitoring  # the data does exercise the rules


def test_plan_status_counts_equal_each_signatorys_best_plan(demo_office):
    with demo_office.session("test") as s:
        expected = Counter(plan_status_by_signatory(s).values())
        counted = signatory_tallies(s, DEMO_TODAY).plan_status
    assert {k: v for k, v in counted.items() if v} == dict(expected)
    assert len(expected) >= 4  # several statuses, "none" included


def test_mon_town_stays_overdue_despite_an_extension_asked_before_its_last_report(demo_office):
    with demo_office.session("test") as s:
        items = overdue_items(s, DEMO_TODAY)
    assert ("Mon Town", "monitoring", date(2022, 2, 1)) in {
        (i.signatory, i.kind, i.due) for i in items
    }


def _finance_office(db) -> None:  # noqa: ANN001
    with db.transaction("test") as s:
        town = Signatory(name="Mary", country="TM", adhesion_date=date(2020, 1, 1))
        s.add(town)
        s.add_all(
            [
                ExchangeRate(currency="TMT", rate_date=date(2025, 1, 1), units_per_eur=4),
                ExchangeRate(currency="TMT", rate_date=date(2025, 3, 15), units_per_eur=5),
            ]
        )
        s.flush()
        for amount, currency, day in [
            ("100.02", "TMT", date(2025, 2, 10)),
            ("200.02", "TMT", date(2025, 2, 20)),
            ("40", "TMT", date(2025, 3, 10)),
            ("50", "TMT", date(2025, 3, 20)),
            ("30", "UAH", date(2025, 4, 5)),
            ("12.34", "EUR", date(2025, 4, 6)),
        ]:
            s.add(
                FinancialSupport(
                    signatory_id=town.id,
                    instrument=Instrument.GRANT,
                    source=FundingSource.EU,
                    amount=Decimal(amount),
                    currency=currency,
                    decision_date=day,
                    status=FinanceStatus.APPROVED,
                )
            )


def test_eur_is_summed_per_currency_and_rate_stretch(database):
    """February has one rate: its two amounts are converted together (300.04 / 4 = 75.01,
    where converting each day apart would give 25.00 + 50.00); the March rate changes on
    the 15th, so March comes day by day; UAH has no rate and is listed on its own day."""
    _finance_office(database)
    where = (FinancialSupport.deleted_at.is_(None),)
    sums = (func.count(), func.sum(FinancialSupport.amount))
    with database.session("test") as s:
        converter = EurConverter.load(s)
        rows = sorted(
            (c, d, int(n), Decimal(str(a)))
            for c, d, n, a in rate_groups(s, converter, (), where, sums)
        )
        split_feb = {
            d for c, d, _, _ in rate_groups(s, converter, (), where, sums, [date(2025, 2, 15)])
        }
        f = finance(s, Period(date(2025, 1, 1), date(2025, 12, 31)), converter)
    assert rows == [
        ("EUR", date(2025, 4, 1), 1, Decimal("12.34")),
        ("TMT", date(2025, 2, 1), 2, Decimal("300.04")),
        ("TMT", date(2025, 3, 10), 1, Decimal("40.00")),
        ("TMT", date(2025, 3, 20), 1, Decimal("50.00")),
        ("UAH", date(2025, 4, 5), 1, Decimal("30.00")),
    ]
    assert {date(2025, 2, 10), date(2025, 2, 20)} <= split_feb  # a bucket starts mid-month
    assert f.total_eur == Decimal("75.01") + Decimal("10.00") + Decimal("10.00") + Decimal("12.34")
    assert [(u.currency, u.on, u.amount, u.records) for u in f.unconverted] == [
        ("UAH", date(2025, 4, 5), Decimal("30.00"), 1)
    ]

"""The dashboard on both engines: same numbers as the report's figures and the deadline rules."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import text

from desktop_app.domain.enums import (
    ActivityType,
    CoordinatorKind,
    ExtensionSubject,
    FinanceStatus,
    FundingSource,
    Instrument,
    PlanStatus,
    PlanType,
    ReportingType,
    SignatoryStatus,
)
from desktop_app.domain.models import (
    ActionPlan,
    Coordinator,
    DeadlineExtension,
    ExchangeRate,
    FinancialSupport,
    MonitoringReport,
    ReportSubmission,
    Signatory,
    SupportActivity,
)
from desktop_app.domain.rules import RuleSettings
from desktop_app.domain.rules.commitments import Commitment, Light, tally
from desktop_app.services import dashboard, deadlines
from desktop_app.services.demo import DemoOptions, generate
from desktop_app.services.period import Period, current_period, previous

from .finance_oracle import PROVIDED, records, to_eur

TODAY = date(2025, 3, 1)


@pytest.fixture
def office(database):
    generate(database, DemoOptions(signatories=120, seed=7, today=TODAY))
    _edge_cases(database)
    return database


def _edge_cases(db) -> None:  # noqa: ANN001
    """Records the demo may not contain: trash, leap days, extensions with request dates."""
    with db.transaction("test", user="clerk") as s:
        trashed = Signatory(
            name="Trashed Town", country="GE", adhesion_date=date(2019, 1, 1), framework="2030"
        )
        leap = Signatory(
            name="Leap Town", country="AM", adhesion_date=date(2024, 2, 29), framework="2020"
        )
        late = Signatory(
            name="Late Town", country="MD", adhesion_date=date(2020, 5, 31), framework="2030"
        )
        gone = Signatory(
            name="Gone Town",
            country="UA",
            adhesion_date=date(2015, 1, 1),
            status=SignatoryStatus.WITHDRAWN,
        )
        mon = Signatory(name="Mon Town", country="KZ", adhesion_date=date(2016, 3, 1))
        s.add_all([trashed, leap, late, gone, mon])
        s.flush()
        s.add(
            FinancialSupport(
                signatory_id=trashed.id,
                instrument=Instrument.GRANT,
                source=FundingSource.EU,
                amount=Decimal("999999"),
                decision_date=TODAY,
                status=FinanceStatus.APPROVED,
            )
        )
        s.add(ActionPlan(signatory_id=trashed.id, plan_type=PlanType.SECAP))
        s.add(
            DeadlineExtension(
                signatory_id=late.id,
                subject=ExtensionSubject.PLAN,
                granted_until=date(2024, 12, 31),
            )
        )
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
        s.add(
            DeadlineExtension(
                signatory_id=mon.id,
                subject=ExtensionSubject.MONITORING,
                request_date=date(2021, 12, 1),
                granted_until=date(2025, 6, 30),
            )
        )
        s.flush()
        trashed.deleted_at = datetime(2025, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize("today", [TODAY, date(2024, 2, 29), date(2025, 12, 31)])
def test_overdue_counts_agree_with_the_deadline_rules(office, today: date) -> None:  # noqa: ANN001
    settings = RuleSettings()
    with office.session("test") as s:
        fast = dashboard.overdue_counts(s, today, settings)
        items = deadlines.collect(s, settings)
        rows = s.execute(
            Signatory.__table__.select().where(Signatory.deleted_at.is_(None))
        ).mappings()
        frameworks = {r["id"]: str(r["framework"]) for r in rows}
        extended = {
            sid
            for (sid,) in s.query(DeadlineExtension.signatory_id).filter(
                DeadlineExtension.deleted_at.is_(None),
                DeadlineExtension.subject == ExtensionSubject.PLAN,
                DeadlineExtension.granted_until.is_not(None),
            )
        }
    frameworks = {str(k).replace("-", ""): v for k, v in frameworks.items()}
    extended_keys = {str(k).replace("-", "") for k in extended}
    normalised = [
        d.__class__(
            d.kind,
            d.due,
            str(d.signatory_id).replace("-", "") if d.signatory_id else None,
            d.record_id,
            d.table,
            d.subject,
        )
        for d in items
    ]
    slow = tally(normalised, today, frameworks, extended_keys)
    assert fast == {
        "plans_overdue_seap": slow.plans_overdue_seap,
        "plans_overdue_secap": slow.plans_overdue_secap,
        "late_after_extension": slow.late_after_extension,
        "monitoring_overdue": slow.monitoring_overdue,
    }
    assert sum(fast.values()) > 0  # the data does exercise the rules


def _counts_by_sql(db, p: Period) -> dict[str, int]:  # noqa: ANN001
    """Each count figure of the dashboard, by plain SQL (docs/dashboard.md definitions)."""
    live_sig = "signatory_id NOT IN (SELECT id FROM signatory WHERE deleted_at IS NOT NULL)"
    queries = {
        "signatories": "SELECT count(*) FROM signatory WHERE deleted_at IS NULL "
        "AND status <> 'withdrawn' AND (adhesion_date IS NULL OR adhesion_date <= :b)",
        "new_adhesions": "SELECT count(*) FROM signatory WHERE deleted_at IS NULL "
        "AND adhesion_date BETWEEN :a AND :b",
        "activities": "SELECT count(*) FROM support_activity WHERE deleted_at IS NULL "
        "AND activity_date BETWEEN :a AND :b",
        "energy_days": "SELECT count(*) FROM energy_day WHERE deleted_at IS NULL "
        "AND start_date BETWEEN :a AND :b",
        "plans_submitted": "SELECT count(*) FROM action_plan WHERE deleted_at IS NULL "
        f"AND submission_date BETWEEN :a AND :b AND {live_sig}",
        "monitoring_submitted": "SELECT count(*) FROM monitoring_report WHERE deleted_at IS NULL "
        f"AND submission_date BETWEEN :a AND :b AND {live_sig}",
    }
    with db.engine.connect() as c:
        return {
            k: int(c.execute(text(q), {"a": p.start, "b": p.end}).scalar())
            for k, q in queries.items()
        }


def _provided_eur_by_hand(db, p: Period) -> tuple[Decimal, int]:  # noqa: ANN001
    """(exact EUR, number of currency-and-day groups converted)."""
    rates, rows = records(db)
    chosen = [
        (amount, cur, day)
        for _n, amount, cur, day, status in rows
        if status in PROVIDED and day is not None and p.start <= day <= p.end
    ]
    values = [to_eur(rates, a, c, d) for a, c, d in chosen]
    groups = {(c, d) for (_a, c, d), v in zip(chosen, values, strict=True) if v is not None}
    return sum((v for v in values if v is not None), Decimal(0)), len(groups)


def test_figures_are_those_computed_by_hand(office) -> None:  # noqa: ANN001
    period = current_period(TODAY)
    board = dashboard.compute(office, TODAY, RuleSettings(), period)
    for which, p in (("current", period), ("previous", previous(period))):
        expected = _counts_by_sql(office, p)
        got = {k: int(getattr(board.figure(k), which)) for k in expected}
        assert got == expected, which
        # The product rounds each sum of one currency and rate stretch to the cent (at most
        # one group per currency and decision day); here every record is exact.
        eur = getattr(board.figure("finance_eur"), which)
        by_hand, groups = _provided_eur_by_hand(office, p)
        assert by_hand > 0 and groups > 0
        assert abs(eur - by_hand) <= Decimal("0.005") * groups, (eur, by_hand, groups)
    assert (
        sum(n for _, n in board.activities_by_month) == _counts_by_sql(office, period)["activities"]
    )
    assert [y for y, _ in board.finance_by_year] == [2021, 2022, 2023, 2024, 2025]
    for year, eur in board.finance_by_year[:-1]:
        whole_year = Period(date(year, 1, 1), date(year, 12, 31))
        by_hand, groups = _provided_eur_by_hand(office, whole_year)
        assert abs(eur - by_hand) <= Decimal("0.005") * groups, year


def test_trashed_signatory_counts_nowhere(office) -> None:  # noqa: ANN001
    """Its 999,999 EUR approved on TODAY would be in the period's figure if counted."""
    board = dashboard.compute(office, TODAY)
    by_hand, groups = _provided_eur_by_hand(office, current_period(TODAY))
    assert abs(board.figure("finance_eur").current - by_hand) <= Decimal("0.005") * groups
    with office.engine.connect() as c:
        trashed = c.execute(
            text(
                "SELECT count(*) FROM financial_support f JOIN signatory s "
                "ON s.id = f.signatory_id WHERE s.deleted_at IS NOT NULL AND f.amount = 999999"
            )
        ).scalar()
    assert trashed == 1


def test_empty_database_says_nothing_recorded_yet_not_red(database) -> None:  # noqa: ANN001
    board = dashboard.compute(database, TODAY)
    assert [h.light for h in board.health] == [Light.NONE] * 5
    assert {h.reasons[0].code for h in board.health} == {"nothing_recorded"}
    assert all(f.current == 0 and f.previous == 0 for f in board.figures)
    assert board.plan_status[0] == ("none", 0)
    assert len(board.activities_by_month) == 12


def test_lights_judge_from_the_first_record_on(database) -> None:  # noqa: ANN001
    """Exchange rates and the profile alone are not activity: still nothing to judge. The
    first assistance activity (no signatory yet) turns the lights on, red where it should."""
    with database.transaction("test", user="clerk") as s:
        s.add(
            ExchangeRate(currency="AMD", rate_date=date(2025, 1, 1), units_per_eur=Decimal("440"))
        )
    assert [h.light for h in dashboard.compute(database, TODAY).health] == [Light.NONE] * 5
    with database.transaction("test", user="clerk") as s:
        s.add(
            SupportActivity(
                activity_type=ActivityType.TECHNICAL, title="Inventory help", activity_date=TODAY
            )
        )
    board = dashboard.compute(database, TODAY)
    lights = {h.commitment: h.light for h in board.health}
    assert lights[Commitment.PROMOTION] == Light.RED
    assert board.health[0].reasons[0].text() == "No active signatories in your territory"
    assert lights[Commitment.ENERGY_DAYS] == Light.RED
    assert lights[Commitment.REPORTING] == Light.AMBER
    assert Light.NONE not in lights.values()


def test_coordinator_report_light_counts_from_the_last_submission(database) -> None:  # noqa: ANN001
    with database.transaction("test", user="clerk") as s:
        s.add(
            Coordinator(
                name="Lori Region",
                kind=CoordinatorKind.TERRITORIAL,
                country="AM",
                is_own_office=True,
                commitment_signed_date=date(2024, 3, 15),
            )
        )
        s.add(Signatory(name="Vanadzor", country="AM", adhesion_date=date(2024, 1, 10)))
    board = dashboard.compute(database, date(2025, 3, 1))
    reporting = board.health[4]
    assert (reporting.light, reporting.reasons[0].text()) == (
        Light.AMBER,
        "Coordinator report due in 14 days",
    )
    with database.transaction("test", user="clerk") as s:
        s.add(
            ReportSubmission(
                kind="submission_pack", period_from=date(2024, 1, 1), period_to=date(2024, 12, 31)
            )
        )
    board = dashboard.compute(database, date.today())
    assert board.health[4].light == Light.GREEN
    assert board.health[4].reasons[0].code == "report_due"


def test_reporting_period_setting_moves_the_period(database) -> None:  # noqa: ANN001
    p = dashboard.reporting_period(
        date(2025, 3, 1), {"report_period_start_month": 7, "report_period_months": 12}
    )
    assert p == Period(date(2024, 7, 1), date(2025, 6, 30))
    board = dashboard.compute(database, date(2025, 3, 1), period=p)
    assert board.previous == Period(date(2023, 7, 1), date(2024, 6, 30))
    assert board.activities_by_month[0][0] == date(2024, 7, 1)

"""Overdue counts against literals worked out by hand from docs/rules.md (issue 10).

The older check compared the dashboard's SQL with the product's own deadline tally; this one
needs no product code to know the answer. Today is 2025-03-01; default settings: a plan is
due 1 year after adhesion in the 2020 framework, 2 years in 2030/2050; a monitoring report 2
years after the plan's submission; withdrawn and trashed signatories owe nothing, on-hold
ones keep their deadlines; an old SEAP does not satisfy a 2030 commitment.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from desktop_app.domain.enums import (
    ExtensionSubject,
    PlanStatus,
    PlanType,
    SignatoryStatus,
)
from desktop_app.domain.models import ActionPlan, DeadlineExtension, Signatory
from desktop_app.services import dashboard

TODAY = date(2025, 3, 1)


def _office(db) -> None:  # noqa: ANN001
    with db.transaction("test", user="clerk") as s:

        def town(name: str, adhesion: date, framework: str, **kw) -> Signatory:  # noqa: ANN003
            sig = Signatory(
                name=name, country="GE", adhesion_date=adhesion, framework=framework, **kw
            )
            s.add(sig)
            s.flush()
            return sig

        def plan(sig: Signatory, kind: PlanType, submitted: date) -> None:
            s.add(
                ActionPlan(
                    signatory_id=sig.id,
                    plan_type=kind,
                    submission_date=submitted,
                    status=PlanStatus.ACCEPTED,
                )
            )

        town("A 2020 no plan", date(2023, 1, 10), "2020")  # due 2024-01-10: SEAP overdue
        town("J leap day", date(2024, 2, 29), "2020")  # due 2025-02-28: SEAP overdue
        town("B 2030 no plan", date(2022, 6, 30), "2030")  # due 2024-06-30: SECAP overdue
        town("C 2030 recent", date(2024, 1, 1), "2030")  # due 2026-01-01: not yet
        d = town("D extended", date(2020, 5, 31), "2030")  # late after its extension
        s.add(
            DeadlineExtension(
                signatory_id=d.id, subject=ExtensionSubject.PLAN, granted_until=date(2024, 12, 31)
            )
        )
        e = town("E old SEAP only", date(2019, 1, 1), "2030")  # a SEAP: SECAP overdue
        plan(e, PlanType.SEAP, date(2020, 3, 1))
        f = town("F no monitoring", date(2019, 1, 1), "2030")  # monitoring due 2022-01-15
        plan(f, PlanType.SECAP, date(2020, 1, 15))
        g = town("G monitoring later", date(2019, 1, 1), "2030")  # monitoring due 2025-06-01
        plan(g, PlanType.SECAP, date(2023, 6, 1))
        town("H withdrawn", date(2015, 1, 1), "2020", status=SignatoryStatus.WITHDRAWN)
        town("K on hold", date(2020, 1, 1), "2030", status=SignatoryStatus.ON_HOLD)  # SECAP
        i = town("I trashed", date(2019, 1, 1), "2030")
        i.deleted_at = datetime(2025, 1, 1, tzinfo=UTC)


def test_overdue_counts_are_the_hand_worked_ones(database) -> None:  # noqa: ANN001
    _office(database)
    with database.session("test") as s:
        counts = dashboard.overdue_counts(s, TODAY)
    assert counts == {
        "plans_overdue_seap": 2,  # A, J
        "plans_overdue_secap": 3,  # B, E, K
        "late_after_extension": 1,  # D
        "monitoring_overdue": 1,  # F
    }


def test_a_day_earlier_the_leap_day_town_is_not_yet_late(database) -> None:  # noqa: ANN001
    _office(database)
    with database.session("test") as s:
        counts = dashboard.overdue_counts(s, date(2025, 2, 28))
    assert counts["plans_overdue_seap"] == 1  # A only: J is due that very day

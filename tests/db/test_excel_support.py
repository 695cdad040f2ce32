"""Sample records for the Excel tests (no tests here; imported by the test_excel_* modules)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop_app.domain import models as M
from desktop_app.domain.enums import (
    ActivityType,
    Audience,
    CoordinatorKind,
    EnergyDayActivity,
    FinanceStatus,
    Framework,
    FundingSource,
    Instrument,
    MonitoringStatus,
    Pillar,
    PlanStatus,
    PlanType,
    ReportingType,
    SignatoryStatus,
)

PERIOD = (date(2024, 1, 1), date(2024, 12, 31))


def fill(db) -> dict:
    """A small office: 3 signatories and a bit of every record kind, some outside 2024."""
    with db.transaction("test") as s:
        office = M.Coordinator(
            name="Ahal Regional Administration",
            kind=CoordinatorKind.TERRITORIAL,
            country="TM",
            is_own_office=True,
        )
        ash = M.Signatory(
            name="Ashgabat",
            local_name="Aşgabat",
            country="TM",
            region="Ahal",
            population=1_030_000,
            population_year=2022,
            adhesion_date=date(2023, 3, 15),
            framework=Framework.F2030,
            pillars=[Pillar.MITIGATION.value, Pillar.ADAPTATION.value],
            target_percent=Decimal("30.00"),
            target_year=2030,
            status=SignatoryStatus.ACTIVE,
            email="office@ashgabat.example",
            notes='=HYPERLINK("http://evil.example","click")',
        )
        mary = M.Signatory(
            name="Mary",
            country="TM",
            population=126_000,
            adhesion_date=date(2022, 6, 1),
            framework=Framework.F2020,
            pillars=[Pillar.MITIGATION.value],
            notes="+1 555 0100",
        )
        tbilisi = M.Signatory(
            name="Tbilisi", country="GE", population=1_200_000, adhesion_date=date(2021, 1, 20)
        )
        s.add_all([office, ash, mary, tbilisi])
        s.flush()
        plan = M.ActionPlan(
            signatory_id=ash.id,
            plan_type=PlanType.SECAP,
            title="Ashgabat SECAP",
            baseline_year=2015,
            sectors=["municipal", "residential", "transport"],
            action_sectors=["municipal", "transport"],
            risk_assessment_done=True,
            council_approval_date=date(2024, 2, 1),
            submission_date=date(2024, 3, 1),
            status=PlanStatus.SUBMITTED,
        )
        s.add(plan)
        s.add(
            M.MonitoringReport(
                signatory_id=tbilisi.id,
                reporting_type=ReportingType.ACTION,
                due_date=date(2025, 6, 30),
                status=MonitoringStatus.PLANNED,
            )
        )
        s.add(M.DeadlineExtension(signatory_id=mary.id, granted_until=date(2025, 6, 1)))
        act = M.SupportActivity(
            activity_type=ActivityType.TRAINING,
            title="-inventory training",
            activity_date=date(2024, 5, 10),
            staff_days=Decimal("2.5"),
            participants=25,
        )
        s.add(act)
        s.flush()
        s.add(M.SupportActivitySignatory(activity_id=act.id, signatory_id=ash.id))
        s.add(M.SupportActivitySignatory(activity_id=act.id, signatory_id=mary.id))
        day = M.EnergyDay(
            title="Energy Day 2024",
            start_date=date(2024, 10, 5),
            place="Mary",
            activity_types=[EnergyDayActivity.WORKSHOP.value, EnergyDayActivity.CONTEST.value],
            audiences=[Audience.SCHOOLCHILDREN.value],
            participants=120,
            budget=Decimal("1500.00"),
            currency="TMT",
        )
        s.add(day)
        s.flush()
        s.add(M.EnergyDayOrganiser(energy_day_id=day.id, signatory_id=mary.id))
        s.add_all(
            [
                M.ExchangeRate(
                    currency="TMT", rate_date=date(2024, 1, 1), units_per_eur=Decimal("3.8")
                ),
                M.ExchangeRate(
                    currency="GEL", rate_date=date(2024, 1, 1), units_per_eur=Decimal("2.95")
                ),
            ]
        )
        amounts = [
            (ash, Decimal("100000.00"), "TMT", date(2024, 4, 1)),
            (ash, Decimal("12345.67"), "EUR", date(2024, 7, 1)),
            (tbilisi, Decimal("50000.01"), "GEL", date(2024, 9, 9)),
            (mary, Decimal("777.77"), "TMT", date(2023, 5, 5)),
            (mary, Decimal("1000.00"), "USD", date(2024, 2, 2)),
        ]
        for sig, amount, cur, day_ in amounts:
            s.add(
                M.FinancialSupport(
                    signatory_id=sig.id,
                    instrument=Instrument.GRANT,
                    source=FundingSource.DONOR,
                    funder_name="@UNDP",
                    amount=amount,
                    currency=cur,
                    decision_date=day_,
                    status=FinanceStatus.APPROVED,
                )
            )
    return {"ashgabat": ash.id, "mary": mary.id, "tbilisi": tbilisi.id}

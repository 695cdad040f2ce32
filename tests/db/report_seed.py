"""A small office with every kind of record, shared by the figures and report tests.

Names carry Turkmen and Russian letters so the reports must embed and show them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop_app.domain.enums import (
    ActivityType,
    CoordinatorKind,
    CoordinatorStatus,
    ExtensionSubject,
    FinanceStatus,
    Framework,
    FundingSource,
    Instrument,
    MonitoringStatus,
    PlanStatus,
    PlanType,
    ReportingType,
    SignatoryStatus,
)
from desktop_app.domain.models import (
    ActionPlan,
    Coordinator,
    DeadlineExtension,
    EnergyDay,
    EnergyDayOrganiser,
    ExchangeRate,
    FinancialSupport,
    MonitoringReport,
    Signatory,
    SupportActivity,
    SupportActivitySignatory,
)

OFFICE = "Daşoguz welaýat häkimligi"
SIGNATORIES = [
    # name, local name, adhesion, status, status_date, framework
    ("Türkmenabat", "Туркменабат", date(2025, 3, 1), "active", None, "2030"),
    ("Daşoguz", "Дашогуз", date(2022, 5, 10), "active", None, "2030"),
    ("Köneürgenç", "Кёнеургенч", date(2021, 1, 15), "on_hold", date(2025, 9, 1), "2020"),
    ("Gubadag", "Губадаг", date(2026, 2, 1), "active", None, "2030"),
    ("Şabat", "Шабат", date(2020, 6, 1), "withdrawn", date(2025, 4, 2), "2030"),
]


def seed(db) -> dict:
    """Returns ids by name. The reporting year is 2025; 2024 is the previous period."""
    with db.transaction("test") as s:
        s.add(
            Coordinator(
                name=OFFICE,
                local_name="Дашогузский велаятский хякимлик",
                kind=CoordinatorKind.TERRITORIAL,
                country="TM",
                region="Daşoguz",
                is_own_office=True,
                status=CoordinatorStatus.ACTIVE,
            )
        )
        sigs = {}
        for name, local, adhesion, status, status_date, fw in SIGNATORIES:
            sig = Signatory(
                name=name,
                local_name=local,
                country="TM",
                region="Daşoguz",
                adhesion_date=adhesion,
                status=SignatoryStatus(status),
                status_date=status_date,
                framework=Framework(fw),
                population=10000 + len(sigs) * 1000,
            )
            s.add(sig)
            sigs[name] = sig
        s.flush()
        s.add_all(
            [
                ActionPlan(
                    signatory_id=sigs["Daşoguz"].id,
                    plan_type=PlanType.SECAP,
                    submission_date=date(2024, 4, 1),
                    status=PlanStatus.ACCEPTED,
                    feedback_date=date(2025, 2, 1),
                ),
                ActionPlan(
                    signatory_id=sigs["Türkmenabat"].id,
                    plan_type=PlanType.SECAP,
                    submission_date=date(2025, 10, 1),
                    status=PlanStatus.UNDER_ASSESSMENT,
                ),
                MonitoringReport(
                    signatory_id=sigs["Daşoguz"].id,
                    reporting_type=ReportingType.ACTION,
                    due_date=date(2025, 6, 1),
                    submission_date=date(2025, 5, 20),
                    status=MonitoringStatus.ACCEPTED,
                ),
                MonitoringReport(
                    signatory_id=sigs["Türkmenabat"].id,
                    reporting_type=ReportingType.FULL,
                    due_date=date(2025, 8, 1),
                    status=MonitoringStatus.PLANNED,
                ),
                DeadlineExtension(
                    signatory_id=sigs["Köneürgenç"].id,
                    subject=ExtensionSubject.PLAN,
                    granted_until=date(2023, 1, 15),
                ),
            ]
        )
        acts = [
            (ActivityType.TECHNICAL, date(2025, 2, 3), "1.5", ["Türkmenabat", "Daşoguz"]),
            (ActivityType.TECHNICAL, date(2025, 6, 9), "2.0", ["Türkmenabat"]),
            (ActivityType.TRAINING, date(2025, 7, 1), "3.0", ["Köneürgenç"]),
            (ActivityType.PROMOTION, date(2024, 7, 1), "1.0", ["Daşoguz"]),
        ]
        for kind, day, staff, reached in acts:
            a = SupportActivity(
                activity_type=kind,
                title=f"Maslahat {day.isoformat()}",
                activity_date=day,
                staff_days=Decimal(staff),
                participants=12,
            )
            s.add(a)
            s.flush()
            for name in reached:
                s.add(SupportActivitySignatory(activity_id=a.id, signatory_id=sigs[name].id))
        s.add_all(
            [
                ExchangeRate(
                    currency="TMT", rate_date=date(2025, 1, 1), units_per_eur=Decimal("4")
                ),
                FinancialSupport(
                    signatory_id=sigs["Daşoguz"].id,
                    instrument=Instrument.GRANT,
                    source=FundingSource.EU,
                    amount=Decimal("100000.00"),
                    currency="EUR",
                    decision_date=date(2025, 3, 3),
                    status=FinanceStatus.APPROVED,
                ),
                FinancialSupport(
                    signatory_id=sigs["Türkmenabat"].id,
                    instrument=Instrument.SOFT_LOAN,
                    source=FundingSource.IFI,
                    amount=Decimal("200000.00"),
                    currency="TMT",
                    decision_date=date(2025, 4, 4),
                    status=FinanceStatus.DISBURSED,
                    disbursed_amount=Decimal("40000.00"),
                ),
                FinancialSupport(
                    signatory_id=sigs["Türkmenabat"].id,
                    instrument=Instrument.GRANT,
                    source=FundingSource.DONOR,
                    amount=Decimal("5000.00"),
                    currency="UAH",
                    decision_date=date(2025, 5, 5),
                    status=FinanceStatus.APPLIED,
                ),
                FinancialSupport(
                    signatory_id=sigs["Daşoguz"].id,
                    instrument=Instrument.GRANT,
                    source=FundingSource.NATIONAL,
                    amount=Decimal("7000.00"),
                    currency="EUR",
                    decision_date=date(2024, 3, 3),
                    status=FinanceStatus.APPROVED,
                ),
            ]
        )
        days = [
            ("Energiýa güni Daşoguz", date(2025, 6, 20), 150, ["schoolchildren", "public"], True),
            ("Energiýa güni Türkmenabat", date(2025, 6, 21), 80, ["public"], False),
            ("Energy Day 2024", date(2024, 6, 21), 40, ["media"], False),
        ]
        for title, day, people, audiences, eusew in days:
            e = EnergyDay(
                title=title,
                start_date=day,
                participants=people,
                audiences=audiences,
                activity_types=["workshop"],
                eusew_registered=eusew,
            )
            s.add(e)
            s.flush()
            s.add(
                EnergyDayOrganiser(energy_day_id=e.id, signatory_id=sigs["Daşoguz"].id, lead=True)
            )
    return {name: sig.id for name, sig in sigs.items()}

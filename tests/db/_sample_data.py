"""A small office's worth of records across the tables, for backup and history tests."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from desktop_app.domain.enums import (
    CoordinatorKind,
    Framework,
    FundingSource,
    Instrument,
    PlanType,
)
from desktop_app.domain.models import (
    ActionPlan,
    Coordinator,
    EnergyDay,
    EnergyDayOrganiser,
    FinancialSupport,
    Signatory,
    SignatoryCoordinator,
)


def fill(db, n: int = 5, origin: str = "test") -> list[uuid.UUID]:
    """`n` signatories with a plan and a grant each, one coordinator, one Energy Day."""
    ids = []
    with db.transaction(origin, user="clerk") as s:
        coord = Coordinator(name="Ahal Region", kind=CoordinatorKind.TERRITORIAL, country="TM")
        s.add(coord)
        day = EnergyDay(
            title="Energy Day", start_date=date(2025, 5, 20), activity_types=["workshop"]
        )
        s.add(day)
        s.flush()
        for i in range(n):
            sig = Signatory(
                name=f"Town {i}",
                local_name=f"Шәхер {i}",
                country="TM",
                population=1000 + i,
                adhesion_date=date(2020, 1, 1 + i % 28),
                framework=Framework.F2030,
                pillars=["mitigation", "adaptation"],
                target_percent=Decimal("30.50"),
            )
            s.add(sig)
            s.flush()
            ids.append(sig.id)
            s.add(SignatoryCoordinator(signatory_id=sig.id, coordinator_id=coord.id))
            s.add(ActionPlan(signatory_id=sig.id, plan_type=PlanType.SECAP, sectors=["transport"]))
            s.add(
                FinancialSupport(
                    signatory_id=sig.id,
                    instrument=Instrument.GRANT,
                    source=FundingSource.EU,
                    amount=Decimal("1234.56") + i,
                )
            )
            if i == 0:
                s.add(EnergyDayOrganiser(energy_day_id=day.id, signatory_id=sig.id, lead=True))
    return ids

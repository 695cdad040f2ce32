"""The territory's figures from its plans' contents: what the signatories' actions plan to
cut and have cut against their targets, how far the actions have got, the finance
mobilised per tonne of CO2, and the plans that still lack an energy poverty part.

The dashboard, the workbook's Summary sheet and the PDF report all read `action_figures`,
so every output shows the same numbers. Live records of live signatories only. Definitions
(docs/plans.md):
- planned: the sum of the actions' estimated CO2 reduction (t/a); achieved: the sum of
  their achieved CO2 reduction (t/a), whatever their status;
- target: per signatory with a target percentage and a baseline inventory, that percentage
  of the baseline's emissions (the baseline chosen as inventories.territory chooses it). A
  per-capita target is a cut of the emissions per inhabitant: in tonnes, the baseline's
  emissions per inhabitant x the percentage x the baseline's population; a baseline that
  states no population cannot say it in tonnes, so the target is not added up and is
  counted apart (per_capita_not_added);
- finance mobilised: financial support provided (approved or disbursed, figures.provided)
  that names a mitigation action, in EUR at its decision date's rate (services/eur.py);
  per tonne: that sum divided by the planned CO2 reduction of the actions it pays for;
- plans without an energy poverty part: live plans with neither an energy poverty
  indicator nor an action that names an energy poverty macro-area.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.session import Database
from ..domain.enums import InventoryType, TargetType
from ..domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from ..domain.models import (
    ActionPlan,
    AdaptationAction,
    FinancialSupport,
    MitigationAction,
    PovertyIndicator,
)
from ..domain.plan_codes import ActionStatus
from .eur import EurConverter, of_live_signatory
from .figures import provided
from .live import live

if TYPE_CHECKING:
    from .inventories import InventoryRow

ZERO = Decimal("0")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class ActionFigures:
    actions: int
    by_status: tuple[tuple[str, int], ...]
    """(ActionStatus code, actions), in the code list's order, every status listed."""
    planned_co2_t: Decimal
    achieved_co2_t: Decimal
    target_co2_t: Decimal
    """The signatories' targets in tonnes (percentage x baseline emissions)."""
    target_signatories: int
    """Signatories whose target could be put in tonnes (a target and a baseline, with its
    population for a per-capita target)."""
    per_capita_not_added: int
    """Signatories with a per-capita target and a baseline, but no population in it."""
    finance_eur: Decimal
    finance_records: int
    finance_unconverted: int
    """Provided finance naming an action but missing from finance_eur for lack of a rate."""
    funded_co2_t: Decimal
    """Planned CO2 reduction of the actions that provided finance pays for."""
    plans: int
    plans_without_poverty: int

    def share(self, status: str) -> Decimal | None:
        """Percentage of the actions with this status (None without actions)."""
        if not self.actions:
            return None
        n = dict(self.by_status).get(status, 0)
        return (Decimal(n) * 100 / self.actions).quantize(Decimal("0.1"))

    @property
    def planned_of_target(self) -> Decimal | None:
        if not self.target_co2_t:
            return None
        return (self.planned_co2_t * 100 / self.target_co2_t).quantize(Decimal("0.1"))

    @property
    def achieved_of_target(self) -> Decimal | None:
        if not self.target_co2_t:
            return None
        return (self.achieved_co2_t * 100 / self.target_co2_t).quantize(Decimal("0.1"))

    @property
    def eur_per_tonne(self) -> Decimal | None:
        if not self.funded_co2_t:
            return None
        return (self.finance_eur / self.funded_co2_t).quantize(CENT)


def _actions(session: Session) -> tuple[int, Counter[str], Decimal, Decimal]:
    a = MitigationAction
    alive = (live(a), of_live_signatory(a.signatory_id))
    counts: Counter[str] = Counter()
    for status, n in session.execute(
        select(a.status, func.count()).where(*alive).group_by(a.status)
    ):
        counts[str(getattr(status, "value", status))] += n
    planned, achieved = session.execute(
        select(
            func.coalesce(func.sum(a.co2_reduction_t), 0),
            func.coalesce(func.sum(a.achieved_co2_reduction_t), 0),
        ).where(*alive)
    ).one()
    return sum(counts.values()), counts, Decimal(str(planned)), Decimal(str(achieved))


def _finance(session: Session) -> tuple[Decimal, int, int, Decimal]:
    """Provided finance naming a live action, in EUR; and the planned CO2 of those actions.

    Amounts of one currency and decision date share a rate and are converted together,
    as services/figures.finance does."""
    f, a = FinancialSupport, MitigationAction
    converter = EurConverter.load(session)
    rows = session.execute(
        select(f.currency, f.decision_date, func.count(), func.sum(f.amount))
        .join(a, a.id == f.action_id)
        .where(live(f), live(a), of_live_signatory(f.signatory_id), provided())
        .group_by(f.currency, f.decision_date)
    ).all()
    total, records, unconverted = ZERO, 0, 0
    for currency, day, n, amount in rows:
        eur = converter.to_eur(Decimal(str(amount)), currency, day)
        if eur is None:
            unconverted += n
            continue
        total += eur
        records += n
    funded = select(f.action_id).where(live(f), provided(), f.action_id.is_not(None))
    co2 = session.scalar(
        select(func.coalesce(func.sum(a.co2_reduction_t), 0)).where(
            live(a), of_live_signatory(a.signatory_id), a.id.in_(funded)
        )
    )
    return total.quantize(CENT), records, unconverted, Decimal(str(co2))


def _plans(session: Session) -> tuple[int, int]:
    p = ActionPlan
    plans = set(session.scalars(select(p.id).where(live(p), of_live_signatory(p.signatory_id))))
    covered: set[uuid.UUID] = set(
        session.scalars(
            select(PovertyIndicator.plan_id).where(
                live(PovertyIndicator), PovertyIndicator.plan_id.is_not(None)
            )
        )
    )
    for model in (MitigationAction, AdaptationAction):
        # A JSON list is compared in Python: "not empty" is spelt differently per engine.
        for plan_id, areas in session.execute(
            select(model.plan_id, model.poverty_areas).where(
                live(model), model.plan_id.is_not(None)
            )
        ):
            if areas and plan_id is not None:
                covered.add(plan_id)
    return len(plans), len(plans - covered)


def _targets(
    db: Database, inventories: list[InventoryRow] | None = None
) -> tuple[Decimal, int, int]:
    """The targets in tonnes, the signatories counted in them, and those with a per-capita
    target whose baseline states no population (left out of the sum)."""
    from ..domain.models import Signatory
    from .inventories import inventory_rows

    baseline: dict[uuid.UUID, tuple[int, Decimal, int | None]] = {}
    rows = inventory_rows(db) if inventories is None else inventories
    for row in rows:  # ordered by year, then last saved
        if row.inventory_type != InventoryType.BASELINE.value:
            continue
        first = baseline.get(row.signatory_id)
        if first is None or row.year == first[0]:
            baseline[row.signatory_id] = (row.year, row.emissions.total, row.population)
    with db.session() as s:
        targets = s.execute(
            select(Signatory.id, Signatory.target_percent, Signatory.target_type).where(
                live(Signatory), Signatory.target_percent.is_not(None)
            )
        ).all()
    total, n, not_added = ZERO, 0, 0
    for sid, percent, kind in targets:
        if sid not in baseline:
            continue
        _year, emissions, population = baseline[sid]
        share = Decimal(str(percent)) / 100
        if TargetType(getattr(kind, "value", kind)) is TargetType.PER_CAPITA:
            if not population:
                not_added += 1
                continue
            total += emissions / population * share * population
        else:
            total += emissions * share
        n += 1
    return total.quantize(CENT), n, not_added


def action_figures(
    db: Database, today: date | None = None, inventories: list[InventoryRow] | None = None
) -> ActionFigures:
    """`inventories`: inventories.inventory_rows(db) if the caller has them already."""
    del today  # the figures are of the records as they stand; kept for a period later
    with db.session() as s:
        count, statuses, planned, achieved = _actions(s)
        finance_eur, finance_records, unconverted, funded = _finance(s)
        plans, without = _plans(s)
    target, target_signatories, per_capita_not_added = _targets(db, inventories)
    return ActionFigures(
        actions=count,
        by_status=tuple((st.value, statuses.get(st.value, 0)) for st in ActionStatus),
        planned_co2_t=planned.quantize(CENT),
        achieved_co2_t=achieved.quantize(CENT),
        target_co2_t=target,
        target_signatories=target_signatories,
        per_capita_not_added=per_capita_not_added,
        finance_eur=finance_eur,
        finance_records=finance_records,
        finance_unconverted=unconverted,
        funded_co2_t=funded.quantize(CENT),
        plans=plans,
        plans_without_poverty=without,
    )


CTX = "PlanFigures"
"""Translation context of the figure labels below (one wording in every output)."""
TITLE = N_("PlanFigures", "What the plans contain: actions, targets, energy poverty")
STATUS_SHARE = N_("PlanFigures", "Actions {status} (%)")


def figure_rows(af: ActionFigures) -> list[tuple[str, Decimal | int | None, str]]:
    """(English label, value, unit) of each figure, in the order every output shows them.

    Units: "n" a count, "t" tonnes of CO2 a year, "pct" a percentage, "eur" euros. The
    share by status is STATUS_SHARE per status (see status_rows)."""
    return [
        (N_("PlanFigures", "Mitigation actions"), af.actions, "n"),
        (N_("PlanFigures", "Planned CO2 reduction (t/a)"), af.planned_co2_t, "t"),
        (N_("PlanFigures", "Achieved CO2 reduction (t/a)"), af.achieved_co2_t, "t"),
        (N_("PlanFigures", "CO2 reduction targets (t/a)"), af.target_co2_t, "t"),
        (N_("PlanFigures", "Signatories with a target in tonnes"), af.target_signatories, "n"),
        (
            N_("PlanFigures", "Per-capita targets not added up (no population in the baseline)"),
            af.per_capita_not_added,
            "n",
        ),
        (N_("PlanFigures", "Planned reduction, % of the targets"), af.planned_of_target, "pct"),
        (N_("PlanFigures", "Achieved reduction, % of the targets"), af.achieved_of_target, "pct"),
        (N_("PlanFigures", "Finance provided for actions (EUR)"), af.finance_eur, "eur"),
        (N_("PlanFigures", "Finance per tonne of CO2 a year (EUR/t)"), af.eur_per_tonne, "eur"),
        (N_("PlanFigures", "Action plans"), af.plans, "n"),
        (
            N_("PlanFigures", "Action plans without an energy poverty part"),
            af.plans_without_poverty,
            "n",
        ),
    ]


def status_rows(af: ActionFigures) -> list[tuple[ActionStatus, int, Decimal | None]]:
    """(status, actions, share %) for each status of the code list."""
    return [(ActionStatus(code), n, af.share(code)) for code, n in af.by_status]

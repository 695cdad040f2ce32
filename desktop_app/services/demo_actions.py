"""What the demo office's plans contain: mitigation actions, for SECAPs a risk and
vulnerability assessment and adaptation actions, and energy poverty indicators.

Shaped like the Covenant East plans: five to nine actions a plan over at least two key
sectors (building renovation, heat meters, street lighting, public transport, solar
panels, district heating), each cutting a share of the town's about 3 t CO2 per inhabitant
a year, with costs in the national currency; actions whose end has passed are completed
with their achieved figures (what monitoring found, 60 to 105 % of the estimate), running
ones ongoing, a few postponed. A quarter originate with the Covenant coordinator. Some of
the signatory's provided finance names the action it pays for (ctx.actions, read by
demo_support when it builds the finance, so no record is written twice). Since 2025 every plan is
expected to have an energy poverty part; about a fifth of the demo's plans still lack one,
so the dashboard's figure has something to show.

Its own random stream per signatory keeps the rest of the demo as it was; at most
MAX_WITH_ACTIONS signatories get actions (the 20,000-signatory benchmark office stays fast).
"""

from __future__ import annotations

import random
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from ..domain.models import (
    ActionPlan,
    AdaptationAction,
    ClimateRisk,
    MitigationAction,
    PovertyIndicator,
)
from ..domain.plan_codes import (
    ActionOrigin,
    ActionStatus,
    AreaOfIntervention,
    ExpectedChange,
    Hazard,
    PolicyInstrument,
    PopulationGroup,
    PovertyArea,
    RiskLevel,
    Timeframe,
    VulnerableSector,
)
from ..domain.plan_codes import ActionSector as S
from .demo_common import Context, SigInfo, Writer, add_years, between, days, make, new_id
from .demo_names import COUNTRY_DATA

MAX_WITH_ACTIONS = 2000
CENT = Decimal("0.01")
A, P = AreaOfIntervention, PolicyInstrument

# (sector, area, instrument, title, share of the town's emissions it cuts, renewable?)
CATALOGUE: tuple[tuple[S, AreaOfIntervention, PolicyInstrument, str, float, bool], ...] = (
    (S.MUNICIPAL, A.BUILDING_ENVELOPE, P.GRANTS_AND_SUBSIDIES,
     "Thermal renovation of schools and kindergartens", 0.015, False),
    (S.MUNICIPAL, A.ENERGY_EFFICIENCY_IN_SPACE_HEATING_AND_HOT_WATER, P.ENERGY_MANAGEMENT,
     "Energy management system in municipal buildings", 0.008, False),
    (S.TERTIARY, A.ENERGY_EFFICIENT_LIGHTING_SYSTEMS, P.VOLUNTARY_AGREEMENTS_WITH_STAKEHOLDERS,
     "LED lighting in shops and offices", 0.01, False),
    (S.RESIDENTIAL, A.ENERGY_EFFICIENCY_IN_SPACE_HEATING_AND_HOT_WATER,
     P.THIRD_PARTY_FINANCING, "Individual heat meters in apartment blocks", 0.03, False),
    (S.RESIDENTIAL, A.BUILDING_ENVELOPE, P.GRANTS_AND_SUBSIDIES,
     "Insulation of apartment blocks with homeowners' associations", 0.04, False),
    (S.RESIDENTIAL, A.BEHAVIOURAL_CHANGES, P.AWARENESS_RAISING_TRAINING,
     "Energy advice days for households", 0.006, False),
    (S.PUBLIC_LIGHTING, A.ENERGY_EFFICIENCY, P.PUBLIC_PROCUREMENT,
     "Street lighting replaced with LED lamps", 0.006, False),
    (S.TRANSPORT, A.MODAL_SHIFT_TO_PUBLIC_TRANSPORT, P.MOBILITY_PLANNING_REGULATION,
     "New trolleybus and bus lines", 0.025, False),
    (S.TRANSPORT, A.CLEANER_EFFICIENT_VEHICLES, P.PUBLIC_PROCUREMENT,
     "Municipal fleet renewed with efficient buses", 0.012, False),
    (S.TRANSPORT, A.MODAL_SHIFT_TO_WALKING_AND_CYCLING, P.LAND_USE_PLANNING,
     "Cycle lanes and pedestrian streets in the centre", 0.005, False),
    (S.LOCAL_ELECTRICITY, A.PHOTOVOLTAICS, P.GRANTS_AND_SUBSIDIES,
     "Solar panels on municipal roofs", 0.01, True),
    (S.LOCAL_HEAT, A.DISTRICT_HEATING_COOLING_NETWORK, P.THIRD_PARTY_FINANCING,
     "Modernisation of the district heating network", 0.035, False),
    (S.OTHERS, A.TREE_PLANTING_IN_URBAN_AREAS, P.AWARENESS_RAISING_TRAINING,
     "Tree planting along main streets", 0.002, False),
)  # fmt: skip
KEY = {S.MUNICIPAL, S.TERTIARY, S.RESIDENTIAL, S.PUBLIC_LIGHTING, S.TRANSPORT}
HAZARDS = (
    (Hazard.EXTREME_HEAT, (VulnerableSector.HEALTH, VulnerableSector.ENERGY),
     (PopulationGroup.ELDERLY, PopulationGroup.CHILDREN)),
    (Hazard.DROUGHTS, (VulnerableSector.WATER, VulnerableSector.AGRICULTURE_AND_FORESTRY),
     (PopulationGroup.LOW_INCOME_HOUSEHOLDS,)),
    (Hazard.FLOODS, (VulnerableSector.BUILDINGS, VulnerableSector.TRANSPORT),
     (PopulationGroup.PERSONS_IN_SUBSTANDARD_HOUSING,)),
    (Hazard.HEAVY_PRECIPITATION, (VulnerableSector.WATER, VulnerableSector.TRANSPORT), ()),
    (Hazard.EXTREME_COLD, (VulnerableSector.ENERGY, VulnerableSector.HEALTH),
     (PopulationGroup.ELDERLY, PopulationGroup.LOW_INCOME_HOUSEHOLDS)),
    (Hazard.STORMS, (VulnerableSector.BUILDINGS, VulnerableSector.ENERGY), ()),
    (Hazard.WILDFIRES, (VulnerableSector.ENVIRONMENT_AND_BIODIVERSITY,), ()),
)  # fmt: skip
ADAPTATION = {
    Hazard.EXTREME_HEAT: "Shade trees and drinking fountains on school routes",
    Hazard.DROUGHTS: "Drip irrigation of public green areas",
    Hazard.FLOODS: "Storm drains and retention ponds",
    Hazard.HEAVY_PRECIPITATION: "Storm drains and retention ponds",
    Hazard.EXTREME_COLD: "Warm shelters and heating checks for the elderly",
    Hazard.STORMS: "Early warning by SMS for residents",
    Hazard.WILDFIRES: "Firebreaks around the town forest",
}
INDICATORS = (
    (PovertyArea.BUILDINGS, "Households unable to keep the home adequately warm", "%"),
    (PovertyArea.ENERGY_AND_INCOME, "Households in arrears on utility bills", "%"),
    (PovertyArea.BUILDINGS, "Residents of apartment blocks built before 1990", "%"),
    (PovertyArea.TRANSPORT, "Residents more than 500 m from a public transport stop", "%"),
)


def _d(value: float) -> Decimal:
    return Decimal(str(round(max(value, 0.0), 2))).quantize(CENT)


def _part(w: Writer, model: type, record_id: uuid.UUID, sig: SigInfo, **values: Any) -> None:
    """One record of the signatory's plan (every part of a plan belongs to both)."""
    w.add(make(model, id=record_id, signatory_id=sig.id, plan_id=sig.plan_id, notes="", **values))


def _status(start: date, end: date, today: date, rng: random.Random | None = None) -> ActionStatus:
    """Where an action stands on `today`; with `rng`, one started in 12 is postponed."""
    if start > today:
        return ActionStatus.NOT_STARTED
    if rng is not None and rng.random() < 0.08:
        return ActionStatus.POSTPONED
    return ActionStatus.COMPLETED if end <= today else ActionStatus.ONGOING


def _currency(sig: SigInfo) -> str:
    return COUNTRY_DATA[sig.country].currency if sig.country in COUNTRY_DATA else "EUR"


def _actions(
    w: Writer, rng: random.Random, sig: SigInfo, plan_start: date, today: date
) -> list[tuple[uuid.UUID, Decimal]]:
    """The plan's mitigation actions; returns (id, CO2 t/a) of each, for the finance links."""
    per_year = sig.population * rng.uniform(2.2, 3.8)  # the town's t CO2 a year
    count = rng.randint(5, 9)
    chosen = rng.sample(CATALOGUE, count)
    if len({c[0] for c in chosen if c[0] in KEY}) < 2:  # the rule: two key sectors at least
        chosen += [CATALOGUE[3], CATALOGUE[7]]
    currency = _currency(sig)
    coordinator_led = rng.random() < 0.25
    out = []
    for i, (sector, area, instrument, title, share, renewable) in enumerate(chosen, start=1):
        co2 = per_year * share * rng.uniform(0.6, 1.4)
        savings = None if renewable else co2 / rng.uniform(0.22, 0.3)
        produced = co2 / rng.uniform(0.5, 0.7) if renewable else None
        start = between(rng, plan_start, add_years(plan_start, 6))
        end = days(start, rng.randint(180, 365 * 5))
        status = _status(start, end, today, rng)
        found = rng.uniform(0.6, 1.05)
        done = status is ActionStatus.COMPLETED
        aid = new_id(rng)
        _part(
            w,
            MitigationAction,
            aid,
            sig,
            action_code=f"M-{i:02d}",
            title=title,
            sector=sector,
            area=area,
            instrument=instrument,
            origin=ActionOrigin.COVENANT_TERRITORIAL_COORDINATOR
            if coordinator_led and i <= 2
            else ActionOrigin.LOCAL_AUTHORITY,
            stakeholders="Municipality; utilities; homeowners' associations",
            governance="Municipal energy department",
            status=status,
            start_date=start,
            end_date=end,
            cost=_d(co2 * rng.uniform(300, 1500) * _rate(currency)),
            currency=currency,
            energy_savings_mwh=None if savings is None else _d(savings),
            renewable_mwh=None if produced is None else _d(produced),
            co2_reduction_t=_d(co2),
            achieved_energy_savings_mwh=_d(savings * found) if done and savings else None,
            achieved_renewable_mwh=_d(produced * found) if done and produced else None,
            achieved_co2_reduction_t=_d(co2 * found) if done else None,
            poverty_areas=[PovertyArea.BUILDINGS.value]
            if sector is S.RESIDENTIAL and rng.random() < 0.6
            else [],
        )
        out.append((aid, _d(co2)))
    return out


_RATES = {"EUR": 1.0, "UAH": 45.0, "GEL": 3.0, "MDL": 19.5, "AMD": 430.0, "AZN": 1.85,
          "BYN": 3.5, "KZT": 500.0, "KGS": 95.0, "TJS": 11.8, "TMT": 3.8,
          "UZS": 13500.0}  # fmt: skip


def _rate(currency: str) -> float:
    """About how many units buy a euro: costs are set in euros, written in the currency."""
    return _RATES.get(currency, 1.0)


def _adaptation(w: Writer, rng: random.Random, sig: SigInfo, plan_start: date, today: date) -> None:
    for hazard, sectors, groups in rng.sample(HAZARDS, rng.randint(2, 4)):
        _part(
            w,
            ClimateRisk,
            new_id(rng),
            sig,
            hazard=hazard,
            probability=rng.choice((RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.LOW)),
            impact=rng.choice((RiskLevel.MODERATE, RiskLevel.HIGH)),
            expected_change=rng.choice(
                (ExpectedChange.INCREASE, ExpectedChange.INCREASE, ExpectedChange.NO_CHANGE)
            ),
            timeframe=rng.choice((Timeframe.CURRENT, Timeframe.SHORT_TERM, Timeframe.MEDIUM_TERM)),
            vulnerable_sectors=[s.value for s in sectors],
            vulnerable_groups=[g.value for g in groups],
        )
        if rng.random() < 0.7:
            start = between(rng, plan_start, add_years(plan_start, 4))
            end = days(start, rng.randint(180, 900))
            currency = _currency(sig)
            _part(
                w,
                AdaptationAction,
                new_id(rng),
                sig,
                title=ADAPTATION[hazard],
                hazards=[hazard.value],
                sectors=[s.value for s in sectors],
                status=_status(start, end, today),
                start_date=start,
                end_date=end,
                cost=_d(rng.uniform(20_000, 400_000) * _rate(currency)),
                currency=currency,
                stakeholders="Municipality; civil protection service",
                poverty_areas=[],
            )


def _poverty(w: Writer, rng: random.Random, sig: SigInfo, today: date) -> None:
    for area, indicator, unit in rng.sample(INDICATORS, rng.randint(1, 3)):
        now = rng.uniform(8, 35)
        _part(
            w,
            PovertyIndicator,
            new_id(rng),
            sig,
            macro_area=area,
            indicator=indicator,
            unit=unit,
            current_value=_d(now),
            current_year=min(today.year, max(2015, today.year - rng.randint(0, 3))),
            target_value=_d(now * rng.uniform(0.4, 0.8)),
            target_year=2030,
        )


def build_plan_contents(ctx: Context, w: Writer) -> None:
    today = ctx.today
    chosen = [s for s in ctx.signatories if s.plan_id is not None and s.active_until is None]
    chosen = chosen[:MAX_WITH_ACTIONS]
    if not chosen:
        return
    plan_ids = [s.plan_id for s in chosen]
    session = w.session
    w.flush()
    plans: dict[Any, tuple[Any, date | None]] = {
        pid: (ptype, submitted)
        for pid, ptype, submitted in session.execute(
            select(ActionPlan.id, ActionPlan.plan_type, ActionPlan.submission_date).where(
                ActionPlan.id.in_(plan_ids)
            )
        )
    }
    for sig in chosen:
        rng = random.Random(sig.id.int ^ 0x5EC4)
        plan_type, submitted = plans.get(sig.plan_id, (None, None))
        plan_start = submitted or sig.adhesion
        ctx.actions[sig.id] = [aid for aid, _co2 in _actions(w, rng, sig, plan_start, today)]
        if str(getattr(plan_type, "value", plan_type)) in ("secap", "seacap"):
            _adaptation(w, rng, sig, plan_start, today)
        if rng.random() < 0.8:
            _poverty(w, rng, sig, today)
    w.flush()

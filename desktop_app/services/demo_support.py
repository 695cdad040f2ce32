"""Demo finance, assistance activities and Energy Days, built over the demo signatories.

Amounts are drawn in euros and converted at the generated rate of the day, so a report
that converts them back finds plausible figures in every currency.
"""

from __future__ import annotations

import math
import random
import uuid
from datetime import date
from decimal import Decimal

from ..domain.enums import (
    LABELS,
    ActivityType,
    Audience,
    EnergyDayActivity,
    FinanceStatus,
    FundingSource,
    Instrument,
)
from ..domain.models import (
    EnergyDay,
    EnergyDayOrganiser,
    FinancialSupport,
    SupportActivity,
    SupportActivitySignatory,
)
from .demo_common import (
    Context,
    Cycler,
    Progress,
    SigInfo,
    Writer,
    between,
    codes,
    days,
    make,
    new_id,
)
from .demo_names import ACTIVITY_TOPICS, COUNTRY_DATA, ENERGY_DAY_THEMES, FUNDERS, PURPOSES

INSTRUMENT_WEIGHTS = {
    Instrument.GRANT: 30,
    Instrument.SUBSIDY: 10,
    Instrument.SOFT_LOAN: 14,
    Instrument.GUARANTEE: 3,
    Instrument.REVOLVING_FUND: 4,
    Instrument.ESCO_EPC: 6,
    Instrument.THIRD_PARTY: 3,
    Instrument.GREEN_BOND: 1,
    Instrument.PPP: 3,
    Instrument.COOPERATIVE: 2,
    Instrument.IN_KIND_STAFF: 8,
    Instrument.OTHER: 3,
}
# Typical size in EUR (low, high) drawn log-uniformly.
INSTRUMENT_SIZE = {
    Instrument.GRANT: (5_000, 1_500_000),
    Instrument.SUBSIDY: (2_000, 300_000),
    Instrument.SOFT_LOAN: (100_000, 8_000_000),
    Instrument.GUARANTEE: (200_000, 5_000_000),
    Instrument.REVOLVING_FUND: (50_000, 1_000_000),
    Instrument.ESCO_EPC: (50_000, 2_000_000),
    Instrument.THIRD_PARTY: (50_000, 1_500_000),
    Instrument.GREEN_BOND: (1_000_000, 20_000_000),
    Instrument.PPP: (500_000, 15_000_000),
    Instrument.COOPERATIVE: (5_000, 200_000),
    Instrument.IN_KIND_STAFF: (2_000, 60_000),
    Instrument.OTHER: (1_000, 100_000),
}
SOURCE_WEIGHTS = {
    FundingSource.OWN_BUDGET: 18,
    FundingSource.NATIONAL: 14,
    FundingSource.EU: 22,
    FundingSource.IFI: 16,
    FundingSource.DONOR: 20,
    FundingSource.PRIVATE: 10,
}
STATUS_WEIGHTS = {
    FinanceStatus.APPLIED: 12,
    FinanceStatus.APPROVED: 25,
    FinanceStatus.DISBURSED: 50,
    FinanceStatus.REJECTED: 13,
}
ACTIVITY_WEIGHTS = {
    ActivityType.PROMOTION: 12,
    ActivityType.TECHNICAL: 25,
    ActivityType.STRATEGIC: 10,
    ActivityType.CAPACITY_BUILDING: 12,
    ActivityType.TRAINING: 18,
    ActivityType.STUDY_VISIT: 5,
    ActivityType.EVENT: 12,
    ActivityType.OTHER: 6,
}


def _money(value: float, currency: str) -> Decimal:
    """Round like people write amounts: whole hundreds for large local units."""
    step = 100 if value >= 100_000 else 10 if value >= 1_000 else 1
    if currency in ("EUR", "USD") and value < 1_000:
        return Decimal(round(value, 2)).quantize(Decimal("0.01"))
    return Decimal(int(round(value / step)) * step).quantize(Decimal("0.01"))


def _currency(rng: random.Random, source: FundingSource, local: str) -> str:
    r = rng.random()
    if source in (FundingSource.OWN_BUDGET, FundingSource.NATIONAL):
        return local if r < 0.85 else "EUR"
    if source is FundingSource.EU:
        return "EUR"
    if source is FundingSource.IFI:
        return "EUR" if r < 0.6 else "USD"
    if source is FundingSource.DONOR:
        return "USD" if r < 0.4 else "EUR" if r < 0.8 else local
    return local if r < 0.6 else "EUR" if r < 0.8 else "USD"


def _log_uniform(rng: random.Random, low: float, high: float) -> float:
    return math.exp(rng.uniform(math.log(low), math.log(high)))


def build_finance(
    ctx: Context, w: Writer, rng: random.Random, total: int, progress: Progress | None
) -> None:
    sigs = ctx.signatories
    if not sigs or total <= 0:
        return
    # Bigger towns attract more finance; every row still belongs to one signatory.
    weights = [math.log10(max(s.population, 10)) for s in sigs]
    per_sig = [0] * len(sigs)
    for index in rng.choices(range(len(sigs)), weights, k=total):
        per_sig[index] += 1
    instrument, source = Cycler(rng, INSTRUMENT_WEIGHTS), Cycler(rng, SOURCE_WEIGHTS)
    status = Cycler(rng, STATUS_WEIGHTS)
    done = 0
    step = max(1000, total // 20)
    for sig, n in zip(sigs, per_sig, strict=True):
        for _ in range(n):
            w.add(_finance_row(ctx, rng, sig, instrument(), source(), status()))
            done += 1
            if progress and done % step == 0:
                progress("financial_support", done, total)


def _finance_row(
    ctx: Context,
    rng: random.Random,
    sig: SigInfo,
    instrument: Instrument,
    source: FundingSource,
    status: FinanceStatus,
) -> FinancialSupport:
    today = ctx.today
    if instrument is Instrument.IN_KIND_STAFF and source not in (
        FundingSource.OWN_BUDGET,
        FundingSource.DONOR,
        FundingSource.NATIONAL,
    ):
        source = FundingSource.DONOR
    local = COUNTRY_DATA[sig.country].currency
    currency = _currency(rng, source, local)
    last = sig.active_until or today
    start = max(days(sig.adhesion, -180), date(2010, 1, 1))
    applied_on = between(rng, start, last)
    eur = _log_uniform(rng, *INSTRUMENT_SIZE[instrument])
    amount = _money(eur * ctx.rate(currency, applied_on), currency)
    decision = disbursed_date = None
    disbursed = None
    if status is FinanceStatus.APPLIED:
        applied_on = between(rng, max(start, days(last, -240)), last)
        amount = _money(eur * ctx.rate(currency, applied_on), currency)
    else:
        decision = min(today, days(applied_on, rng.randint(20, 180)))
        if status is FinanceStatus.DISBURSED:
            share = Decimal(rng.choice((100, 100, 100, 95, 90, 80, 75, 60))) / 100
            disbursed = (amount * share).quantize(Decimal("0.01"))
            disbursed_date = min(today, days(decision, rng.randint(15, 400)))
    funder = (
        f"{sig.name} municipal budget"
        if source is FundingSource.OWN_BUDGET
        else rng.choice(FUNDERS[source.value])
    )
    rid = new_id(rng)
    return make(
        FinancialSupport,
        id=rid,
        signatory_id=sig.id,
        action_id=_funded_action(ctx, sig.id, status, rid),
        plan_id=sig.plan_id if sig.plan_id is not None and rng.random() < 0.4 else None,
        instrument=instrument,
        source=source,
        funder_name=funder,
        purpose=rng.choice(PURPOSES),
        amount=amount,
        currency=currency,
        decision_date=decision,
        disbursed_amount=disbursed,
        disbursed_date=disbursed_date,
        status=status,
        notes=f"Application filed {applied_on.isoformat()}." if decision is None else "",
    )


def _funded_action(
    ctx: Context, signatory_id: uuid.UUID, status: FinanceStatus, rid: uuid.UUID
) -> uuid.UUID | None:
    """About two in three provided records name one of the signatory's mitigation actions
    (services/demo_actions.py builds them first) as what they pay for."""
    actions = ctx.actions.get(signatory_id)
    if not actions or status not in (FinanceStatus.APPROVED, FinanceStatus.DISBURSED):
        return None
    return actions[rid.int % len(actions)] if rid.int % 3 else None


def _reached(
    rng: random.Random, sigs: list[SigInfo], on: date, n: int, country: str | None
) -> list[SigInfo]:
    """Up to n signatories that had joined by `on`, preferring one country like a real event."""
    picks: dict[object, SigInfo] = {}
    for _ in range(n * 8):
        s = sigs[rng.randrange(len(sigs))]
        if s.adhesion <= on and (s.active_until is None or s.active_until >= on):
            if country is None or s.country == country or rng.random() < 0.1:
                picks[s.id] = s
                if len(picks) >= n:
                    break
    return list(picks.values())


def build_activities(
    ctx: Context, w: Writer, rng: random.Random, total: int, progress: Progress | None
) -> None:
    kinds = Cycler(rng, ACTIVITY_WEIGHTS)
    reach = Cycler(rng, {"one": 40, "several": 50, "all": 10})
    sigs = ctx.signatories
    for i in range(total):
        kind: ActivityType = kinds()
        scope = reach() if sigs else "all"
        on = between(rng, max(ctx.own_active, date(2011, 1, 1)), ctx.today)
        topic = rng.choice(ACTIVITY_TOPICS)
        activity_id = new_id(rng)
        reached: list[SigInfo] = []
        size = 0
        if scope != "all":
            size = 1 if scope == "one" else rng.randint(2, 12)
            country = rng.choice(sigs).country
            reached = _reached(rng, sigs, on, size, country) or [rng.choice(sigs)]
        participants = rng.randint(30, 300) if scope == "all" else rng.randint(1, 15 * size)
        w.add(
            make(
                SupportActivity,
                id=activity_id,
                activity_type=kind,
                title=f"{LABELS[(ActivityType, kind.value)]}: {topic}",
                activity_date=on,
                reaches_all=scope == "all",
                staff_days=Decimal(rng.randint(1, 30)) / 2,
                participants=participants,
                description=f"{topic} for "
                + (
                    "all signatories of the territory"
                    if scope == "all"
                    else ", ".join(s.name for s in reached)
                )
                + ".",
            )
        )
        for s in reached:
            w.add(
                make(
                    SupportActivitySignatory,
                    id=new_id(rng),
                    activity_id=activity_id,
                    signatory_id=s.id,
                )
            )
        if progress and (i + 1) % 500 == 0:
            progress("support_activity", i + 1, total)


def build_energy_days(
    ctx: Context, w: Writer, rng: random.Random, total: int, progress: Progress | None
) -> None:
    kinds = Cycler(rng, {a: 1 for a in EnergyDayActivity})
    audiences = Cycler(rng, {a: 1 for a in Audience})
    sigs = ctx.signatories
    today = ctx.today
    for i in range(total):
        if rng.random() < 0.5:  # EU Sustainable Energy Week is in June
            year = rng.randint(max(2011, ctx.own_active.year + 1), today.year)
            start = date(year, 6, rng.randint(1, 30))
        else:
            start = between(rng, max(ctx.own_active, date(2011, 1, 1)), days(today, 150))
        past = start <= today
        end = start if rng.random() < 0.7 else days(start, rng.randint(1, 2))
        by_coordinator = not sigs or rng.random() < 0.35
        organisers = [] if by_coordinator else _reached(rng, sigs, start, rng.randint(1, 3), None)
        if not by_coordinator and not organisers:
            organisers = [rng.choice(sigs)]
        online = rng.random() < 0.08
        host = organisers[0].name if organisers else ctx.own_city
        participants = rng.randint(10, 800) if past else None
        currency = "EUR"
        budget = None
        if rng.random() < 0.6:
            country = organisers[0].country if organisers else ctx.own_country
            currency = COUNTRY_DATA[country].currency if rng.random() < 0.6 else "EUR"
            eur = _log_uniform(rng, 200, 15_000)
            budget = _money(eur * ctx.rate(currency, start), currency)
        day_id = new_id(rng)
        w.add(
            make(
                EnergyDay,
                id=day_id,
                title=f"{rng.choice(ENERGY_DAY_THEMES)} – {host}",
                start_date=start,
                end_date=end,
                place="Online" if online else host,
                online=online,
                organised_by_coordinator=by_coordinator,
                activity_types=codes(
                    {kinds(), *rng.sample(list(EnergyDayActivity), rng.randint(0, 2))},
                    EnergyDayActivity,
                ),
                audiences=codes(
                    {audiences(), *rng.sample(list(Audience), rng.randint(0, 2))}, Audience
                ),
                participants=participants,
                budget=budget,
                currency=currency,
                eusew_registered=past and rng.random() < 0.35,
                outcome_notes=(
                    f"{participants} participants; local press coverage." if past else ""
                ),
            )
        )
        for n, s in enumerate(organisers):
            w.add(
                make(
                    EnergyDayOrganiser,
                    id=new_id(rng),
                    energy_day_id=day_id,
                    signatory_id=s.id,
                    lead=n == 0,
                )
            )
        if progress and (i + 1) % 500 == 0:
            progress("energy_day", i + 1, total)

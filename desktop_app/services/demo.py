"""Filling a database with a realistic coordinator office, for demos, screenshots and benchmarks.

Everything goes through one ordinary session and transaction, so the audit hook writes
the trail exactly as for a clerk's work and a failure leaves nothing behind. Records are
flushed in batches and linked by keys (no relationship loading), which is what makes
20,000 signatories take seconds rather than minutes.

The same seed and the same `today` give the same records, UUIDs included; only the
audit stamps (created_at, updated_by...) differ. Dates are laid out relative to `today`
so the deadlines come out both overdue and upcoming whenever the demo is made.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from ..db.session import Database
from ..domain.enums import CoordinatorKind, CoordinatorStatus, ServiceType
from ..domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from ..domain.models import (
    AuditEntry,
    Coordinator,
    ExchangeRate,
    ReportSubmission,
    ServiceOffer,
    Signatory,
)
from ..domain.reference import REGION_CURRENCIES
from .demo_actions import build_plan_contents
from .demo_common import (
    RATES_FROM,
    Context,
    Progress,
    Writer,
    add_months,
    between,
    days,
    make,
    new_id,
)
from .demo_inventories import build_inventories
from .demo_names import COORDINATORS, COUNTRY_DATA, CoordinatorData
from .demo_signatories import SignatoryBuilder
from .demo_support import build_activities, build_energy_days, build_finance

MAX_SIGNATORIES = 1_000_000
EARLIEST_TODAY = date(2020, 1, 1)
"""Every scenario (ten years of history, renewals, coordinators' paths) fits after this."""

MESSAGES: dict[str, str] = {
    "not_empty": N_(
        "Demo",
        "The database already holds {count} signatories; demo data was not added. "
        "Use --force to add it anyway.",
    ),
    "seed_used": N_(
        "Demo",
        "Demo data from seed {seed} is already in this database; choose another --seed. "
        "Nothing was added.",
    ),
}


class DemoRefused(Exception):
    """The generator would not run; nothing was written. `code` keys MESSAGES."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class DemoOptions:
    signatories: int
    seed: int = 1
    finance_per_signatory: float = 2.0
    """Average finance rows per signatory; the total is exactly round(N * F)."""
    activities: int | None = None
    """Support activities; default max(16, N / 10)."""
    energy_days: int | None = None
    """Energy Days; default max(10, N / 20)."""
    today: date | None = None
    """The day the demo is laid out around; default the system date."""
    force: bool = False
    batch: int = 5000

    @property
    def activity_count(self) -> int:
        if self.activities is not None:
            return self.activities
        return max(16, self.signatories // 10)

    @property
    def energy_day_count(self) -> int:
        if self.energy_days is not None:
            return self.energy_days
        return max(10, self.signatories // 20)

    @property
    def finance_count(self) -> int:
        return round(self.signatories * self.finance_per_signatory)


@dataclass
class DemoResult:
    counts: dict[str, int] = field(default_factory=dict)
    """Rows created per table."""
    audit_entries: int = 0
    seconds: float = 0.0


# Approximate units per EUR at the start of the given years; months are interpolated.
RATE_ANCHORS: dict[str, dict[int, float]] = {
    "USD": {2010: 1.33, 2015: 1.11, 2020: 1.14, 2022: 1.05, 2026: 1.16},
    "AMD": {2010: 490, 2015: 530, 2020: 560, 2023: 420, 2026: 445},
    "AZN": {2010: 1.06, 2015: 1.02, 2016: 1.75, 2020: 1.94, 2026: 1.97},
    "BYN": {2010: 0.40, 2015: 1.75, 2016: 2.2, 2020: 2.8, 2026: 3.4},
    "GEL": {2010: 2.35, 2015: 2.5, 2020: 3.5, 2023: 2.9, 2026: 3.15},
    "MDL": {2010: 16.5, 2015: 21.0, 2020: 20.0, 2026: 19.8},
    "UAH": {2010: 10.5, 2014: 15.7, 2015: 24.0, 2020: 31.0, 2022: 37.0, 2026: 48.0},
    "KZT": {2010: 196, 2015: 250, 2016: 370, 2020: 470, 2026: 600},
    "KGS": {2010: 60, 2015: 70, 2020: 90, 2026: 101},
    "TJS": {2010: 5.8, 2015: 7.0, 2016: 8.7, 2020: 11.5, 2026: 12.5},
    "TMT": {2010: 3.8, 2015: 3.8, 2020: 4.0, 2026: 4.05},
    "UZS": {2010: 2100, 2016: 3300, 2017: 8000, 2020: 12000, 2026: 14500},
}

SERVICE_TEXT: dict[ServiceType, str] = {
    ServiceType.PROMOTION: "Promotes the Covenant among municipalities of the territory.",
    ServiceType.TECHNICAL: "Helps prepare inventories, plans and monitoring reports.",
    ServiceType.STRATEGIC: "Aligns local plans with the national energy and climate strategy.",
    ServiceType.FINANCIAL: "Co-finances plan preparation and helps apply to IFIs and donors.",
    ServiceType.HUMAN_RESOURCES: "Seconds an energy manager to small municipalities.",
    ServiceType.CAPACITY_BUILDING: "Trains municipal staff on energy management.",
    ServiceType.INVENTORY_SUPPORT: "Supplies regional energy data for emission inventories.",
    ServiceType.RISK_ASSESSMENT_SUPPORT: "Shares climate hazard maps and a risk assessment kit.",
    ServiceType.ENERGY_DAYS: "Co-organises local Energy Days and provides materials.",
}


def generate(db: Database, options: DemoOptions, progress: Progress | None = None) -> DemoResult:
    """Add a demo office in one transaction; raise DemoRefused if the database has data."""
    if not 1 <= options.signatories <= MAX_SIGNATORIES:
        raise ValueError("signatories out of range")
    started = time.perf_counter()
    today = options.today or date.today()
    if today < EARLIEST_TODAY:
        raise ValueError(f"today must be on or after {EARLIEST_TODAY}")
    seed = options.seed
    with db.transaction("demo") as session:
        existing = session.scalar(select(func.count()).select_from(Signatory)) or 0
        if existing and not options.force:
            raise DemoRefused("not_empty", count=existing)
        audit_before = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        writer = Writer(session, batch=options.batch)
        try:
            ctx = _coordinators(session, writer, random.Random(f"{seed}:coordinators"), today)
            if "coordinator" in writer.counts:  # a new office: its reports so far
                _reports_sent(writer, ctx, random.Random(f"{seed}:reports"))
            _rates(session, writer, ctx, random.Random(f"{seed}:rates"), bool(existing))
            SignatoryBuilder(ctx, writer, random.Random(f"{seed}:signatories")).build(
                options.signatories, max(500, options.signatories // 20), progress
            )
            writer.flush()
            build_plan_contents(ctx, writer)  # before the finance that pays for actions
            build_finance(
                ctx, writer, random.Random(f"{seed}:finance"), options.finance_count, progress
            )
            writer.flush()
            build_activities(
                ctx, writer, random.Random(f"{seed}:activities"), options.activity_count, progress
            )
            writer.flush()
            build_energy_days(
                ctx, writer, random.Random(f"{seed}:energy"), options.energy_day_count, progress
            )
            writer.flush()
            build_inventories(ctx, writer)
            writer.flush()
        except IntegrityError as exc:
            if existing:  # the same seed's keys are already there
                raise DemoRefused("seed_used", seed=seed) from exc
            raise
        audit_after = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    return DemoResult(
        counts=dict(writer.counts),
        audit_entries=audit_after - audit_before,
        seconds=time.perf_counter() - started,
    )


def _reports_sent(w: Writer, ctx: Context, rng: random.Random) -> None:
    """The office's yearly reports through the Commission's survey, each sent in February
    to April for the year before, from its first full year to today: without them the
    coordinator report would be overdue since the commitment was signed."""
    for year in range(ctx.own_active.year + 1, ctx.today.year + 1):
        sent = between(rng, date(year, 2, 1), date(year, 4, 30))
        if sent > ctx.today:
            break
        w.add(
            make(
                ReportSubmission,
                id=new_id(rng),
                kind="commission_survey",
                period_from=date(year - 1, 1, 1),
                period_to=date(year - 1, 12, 31),
                sent_on=sent,
                language="en",
                file_name="",
                file_hashes={},
                manifest={},
                snapshot_at=None,
                notes=f"Demo data: yearly report for {year - 1} through the online survey.",
            )
        )
    w.flush()


def _contact(rng: random.Random, country: str) -> str:
    data = COUNTRY_DATA[country]
    return f"{rng.choice(data.first_names)} {rng.choice(data.last_names)}"


def _city(data: CoordinatorData) -> str:
    return data.city or COUNTRY_DATA[data.country].places[0][0]


def _coordinators(session: Any, w: Writer, rng: random.Random, today: date) -> Context:
    """The office itself (reused if one exists) and co-supporting coordinators."""
    own = session.scalars(
        select(Coordinator).where(Coordinator.is_own_office.is_(True)).limit(1)
    ).first()
    if own is not None:
        return Context(
            today=today,
            own_office_id=own.id,
            own_country=own.country,
            own_active=own.active_date or RATES_FROM,
            own_city=COUNTRY_DATA.get(own.country, COUNTRY_DATA["UA"]).places[0][0],
        )
    candidates = list(COORDINATORS)
    office = candidates.pop(rng.randrange(6))
    eoi = between(rng, date(2009, 3, 1), date(2009, 12, 31))
    eligible = days(eoi, rng.randint(30, 90))
    signed = days(eligible, rng.randint(30, 120))
    active = days(signed, rng.randint(0, 30))
    own_id = new_id(rng)
    w.add(
        make(
            Coordinator,
            id=own_id,
            name=office.name,
            local_name=office.local_name,
            kind=CoordinatorKind(office.kind),
            country=office.country,
            region=office.region,
            contact_person=_contact(rng, office.country),
            email=f"covenant@{office.domain}",
            phone=f"{COUNTRY_DATA[office.country].phone} {rng.randint(10, 99)} {rng.randint(1000000, 9999999)}",  # noqa: E501
            website=f"https://{office.domain}",
            is_own_office=True,
            status=CoordinatorStatus.ACTIVE,
            expression_of_interest_date=eoi,
            eligibility_confirmed_date=eligible,
            commitment_signed_date=signed,
            active_date=active,
            mandated_agency=office.mandated_agency,
            notes="Demo data.",
        )
    )
    for service in ServiceType:
        ended = service is ServiceType.HUMAN_RESOURCES
        w.add(
            make(
                ServiceOffer,
                id=new_id(rng),
                coordinator_id=own_id,
                service=service,
                description=SERVICE_TEXT[service],
                valid_from=active
                if service is not ServiceType.RISK_ASSESSMENT_SUPPORT
                else date(2016, 1, 1),
                valid_to=add_months(active, 72) if ended else None,
            )
        )
    ctx = Context(
        today=today,
        own_office_id=own_id,
        own_country=office.country,
        own_active=active,
        own_city=_city(office),
    )
    rng.shuffle(candidates)
    for status, data in zip(list(CoordinatorStatus), candidates, strict=False):
        _other_coordinator(rng, w, ctx, data, status)
    w.flush()
    return ctx


def _other_coordinator(
    rng: random.Random, w: Writer, ctx: Context, data: CoordinatorData, status: CoordinatorStatus
) -> None:
    """Another coordinator stopped at `status` on its path, with every earlier step dated."""
    today = ctx.today
    path = list(CoordinatorStatus)[:4]
    reached = path.index(status) if status in path else 3
    pending = reached < 3
    eoi = (
        days(today, -rng.randint(60, 400))
        if pending
        else between(rng, date(2010, 1, 1), date(2018, 12, 31))
    )
    dates: list[date | None] = [eoi]
    for _ in range(3):
        prev = dates[-1]
        dates.append(days(prev, rng.randint(20, 90)) if prev else None)
    dates = [d if i <= reached else None for i, d in enumerate(dates)]
    on_hold = withdrawn = None
    if status is CoordinatorStatus.ON_HOLD and dates[3]:
        on_hold = min(today, days(dates[3], rng.randint(700, 1800)))
    if status is CoordinatorStatus.WITHDRAWN and dates[3]:
        withdrawn = min(today, days(dates[3], rng.randint(1000, 2500)))
    coordinator_id = new_id(rng)
    w.add(
        make(
            Coordinator,
            id=coordinator_id,
            name=data.name,
            local_name=data.local_name,
            kind=CoordinatorKind(data.kind),
            country=data.country,
            region=data.region,
            contact_person=_contact(rng, data.country),
            email=f"info@{data.domain}",
            website=f"https://{data.domain}",
            status=status,
            expression_of_interest_date=dates[0],
            eligibility_confirmed_date=dates[1],
            commitment_signed_date=dates[2],
            active_date=dates[3],
            on_hold_date=on_hold,
            withdrawn_date=withdrawn,
            mandated_agency=data.mandated_agency,
        )
    )
    if status in (CoordinatorStatus.ACTIVE, CoordinatorStatus.ON_HOLD) and dates[3]:
        ctx.others.append((coordinator_id, data.country, dates[3]))
        for service in rng.sample(list(ServiceType), rng.randint(2, 4)):
            w.add(
                make(
                    ServiceOffer,
                    id=new_id(rng),
                    coordinator_id=coordinator_id,
                    service=service,
                    description=SERVICE_TEXT[service],
                    valid_from=dates[3],
                )
            )


def _rate_series(rng: random.Random, currency: str, months: int) -> list[float]:
    anchors = sorted(RATE_ANCHORS[currency].items())
    series: list[float] = []
    noise = 0.0
    for m in range(months):
        year = RATES_FROM.year + m / 12
        lo = max((a for a in anchors if a[0] <= year), default=anchors[0])
        hi = min((a for a in anchors if a[0] > year), default=anchors[-1])
        if hi[0] == lo[0]:
            base = lo[1]
        else:
            t = (year - lo[0]) / (hi[0] - lo[0])
            base = lo[1] * (hi[1] / lo[1]) ** t
        noise = 0.7 * noise + rng.gauss(0, 0.008)
        series.append(base * (1 + noise))
    return series


def _rates(session: Any, w: Writer, ctx: Context, rng: random.Random, skip_existing: bool) -> None:
    """Monthly rates for every currency from 2010 to this month, so conversion never misses."""
    months = (ctx.today.year - RATES_FROM.year) * 12 + ctx.today.month
    have: set[tuple[str, date]] = set()
    if skip_existing:
        have = set(session.execute(select(ExchangeRate.currency, ExchangeRate.rate_date)).all())
    for currency in REGION_CURRENCIES:
        if currency == "EUR":
            continue
        series = _rate_series(rng, currency, months)
        ctx.rates[currency] = series
        for m, value in enumerate(series):
            on = date(RATES_FROM.year + m // 12, m % 12 + 1, 1)
            if (currency, on) in have:
                continue
            w.add(
                make(
                    ExchangeRate,
                    id=new_id(rng),
                    currency=currency,
                    rate_date=on,
                    units_per_eur=Decimal(f"{value:.6g}"),
                    source="Demo data (approximate monthly averages)",
                )
            )
    w.flush()

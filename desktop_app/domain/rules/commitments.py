"""How well the office keeps each of its five Covenant commitments: a green, amber or red light.

The Commission may withdraw a coordinator's status for inaction, and signatories are put on
hold for missed plans; the lights say so early, each with reasons that become sentences
("No Energy Day held in the last 12 months"). The rules work on `Facts`, a handful of
counts and dates the service reads with SQL aggregates, so they stay pure and fast and are
tested here without a database. Health looks at a rolling window ending today (12 months by
default), not at the reporting period: a light is about now, a report about a period.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from ..enums import Framework
from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from .dates import add_months
from .deadlines import Deadline, DeadlineKind
from .settings import DEFAULT_SETTINGS, RuleSettings


class Commitment(StrEnum):
    PROMOTION = "promotion"
    ASSISTANCE = "assistance"
    FINANCE = "finance"
    ENERGY_DAYS = "energy_days"
    REPORTING = "reporting"


class Light(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    NONE = "none"
    """Nothing recorded yet: a brand-new office is not "at risk", it has not started."""


_SEVERITY = {Light.NONE: -1, Light.GREEN: 0, Light.AMBER: 1, Light.RED: 2}

COMMITMENT_LABELS: dict[Commitment, str] = {
    Commitment.PROMOTION: N_("Commitments", "Promotion and coordination"),
    Commitment.ASSISTANCE: N_("Commitments", "Technical and strategic assistance"),
    Commitment.FINANCE: N_("Commitments", "Financial support"),
    Commitment.ENERGY_DAYS: N_("Commitments", "Energy Days"),
    Commitment.REPORTING: N_("Commitments", "Reporting to the Commission"),
}
LIGHT_LABELS: dict[Light, str] = {
    Light.GREEN: N_("Commitments", "On track"),
    Light.AMBER: N_("Commitments", "Needs attention"),
    Light.RED: N_("Commitments", "At risk"),
    Light.NONE: N_("Commitments", "Nothing recorded yet"),
}

# %n is the count (Qt picks the plural form); {name} placeholders are filled afterwards.
TEMPLATES: dict[str, str] = {
    "nothing_recorded": N_(
        "Commitments",
        "The light comes on once the first signatories or activities are recorded "
        "(see Getting started)",
    ),
    "no_signatories": N_("Commitments", "No active signatories in your territory"),
    # {total} has no plural form of its own ("1 signatories"): worded so any number fits.
    "on_hold_share": N_("Commitments", "Signatories on hold: %n of {total}"),
    "no_promotion": N_(
        "Commitments", "No promotion activity and no new signatory in the last {months} months"
    ),
    "promotion_ok": N_(
        "Commitments", "Signatories: {total}; %n joined in the last {months} months"
    ),
    "late_after_extension": N_(
        "Commitments",
        "%n signatories still late after their extension: they may be put on hold",
    ),
    "plans_overdue_secap": N_(
        "Commitments", "%n signatories past their SECAP deadline without an extension"
    ),
    "plans_overdue_seap": N_(
        "Commitments", "%n signatories past their SEAP deadline without an extension"
    ),
    "monitoring_overdue": N_("Commitments", "%n monitoring reports overdue"),
    "no_assistance": N_(
        "Commitments", "No technical or strategic assistance recorded in the last {months} months"
    ),
    "assistance_stale": N_(
        "Commitments", "Last assistance activity on {date}, more than {months} months ago"
    ),
    "assistance_ok": N_("Commitments", "%n assistance activities in the last {months} months"),
    "no_finance": N_("Commitments", "No financial support decided in the last {months} months"),
    "unconverted": N_(
        "Commitments", "%n amounts have no exchange rate and are left out of the EUR totals"
    ),
    "finance_ok": N_(
        "Commitments",
        "%n decisions of financial support provided (approved or disbursed) in the last "
        "{months} months, {amount} EUR",
    ),
    "no_energy_day": N_("Commitments", "No Energy Day held in the last {months} months"),
    "no_energy_day_planned": N_(
        "Commitments",
        "No Energy Day held in the last {months} months; the next is planned for {date}",
    ),
    "energy_day_stale": N_("Commitments", "Last Energy Day held on {date}; none is planned"),
    "energy_days_ok": N_("Commitments", "%n Energy Days held in the last {months} months"),
    "report_overdue": N_("Commitments", "Coordinator report overdue by %n days"),
    "report_due": N_("Commitments", "Coordinator report due in %n days"),
    "report_unknown": N_(
        "Commitments",
        "No report to the Commission recorded and no commitment date entered",
    ),
}

Translate = Callable[[str, str, int], str]
"""(context, source text, n) -> translated text; n is -1 when there is no count."""


def _untranslated(_context: str, text: str, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


@dataclass(frozen=True)
class Reason:
    code: str
    light: Light
    count: int = -1
    params: tuple[tuple[str, Any], ...] = ()

    def param(self, name: str) -> Any:
        return dict(self.params).get(name)

    def text(
        self, translate: Translate = _untranslated, show: Callable[[Any], str] | None = None
    ) -> str:
        """`show` writes the parameters (amounts, dates) in the reader's language; the GUI
        passes its one number and date format (number_text, date_text)."""
        words = translate("Commitments", TEMPLATES[self.code], self.count)
        return words.format(**{k: (show or _show)(v) for k, v in self.params})


@dataclass(frozen=True)
class Health:
    commitment: Commitment
    light: Light
    reasons: tuple[Reason, ...]
    """Worst first: reasons[0] is the headline shown under the light."""


@dataclass(frozen=True)
class Facts:
    """What the rules need, read by the service; counts are of live records only."""

    today: date
    signatories: int = 0
    """Not withdrawn (on hold included)."""
    on_hold: int = 0
    new_signatories: int = 0
    """Adhered within the health window."""
    promotion_activities: int = 0
    """Promotion activities and events within the window."""
    assistance_activities: int = 0
    """Technical, strategic, capacity-building, training and study-visit activities."""
    last_assistance: date | None = None
    plans_overdue_seap: int = 0
    """Signatories of the 2020 framework past their plan deadline, no extension granted."""
    plans_overdue_secap: int = 0
    """The same for the 2030 and 2050 frameworks (a SECAP is due)."""
    late_after_extension: int = 0
    """Signatories past a plan deadline that an extension had already moved."""
    monitoring_overdue: int = 0
    finance_decisions: int = 0
    finance_eur: Decimal = Decimal("0")
    last_finance: date | None = None
    unconverted: int = 0
    energy_days: int = 0
    """Held within the window (start date on or before today)."""
    last_energy_day: date | None = None
    next_energy_day: date | None = None
    coordinator_report_due: date | None = None
    recorded: bool = True
    """Anything is recorded (a signatory, an activity, finance, a plan): until then the
    lights say "nothing recorded yet" instead of judging an office that has not started."""
    extra: Mapping[str, Any] = field(default_factory=dict)


def window_start(today: date, months: int) -> date:
    """First day of "the last `months` months": 29 Feb 2024 looks back to 28 Feb 2023."""
    return add_months(today, -months)


def latest_overdue_start(today: date, months: int) -> date:
    """The latest start date whose deadline `months` later has already passed by `today`.

    add_months only ever clamps to month ends, so it never decreases: every start on or
    before the returned day is overdue and every later one is not. That lets SQL count
    overdue signatories with `adhesion_date <= cutoff` instead of date arithmetic per row.
    """
    day = add_months(today, -months)
    while add_months(day, months) >= today:
        day -= timedelta(days=1)
    while add_months(day + timedelta(days=1), months) < today:
        day += timedelta(days=1)
    return day


@dataclass(frozen=True)
class DeadlineTally:
    plans_overdue_seap: int = 0
    plans_overdue_secap: int = 0
    late_after_extension: int = 0
    monitoring_overdue: int = 0


def tally(
    deadlines: Iterable[Deadline],
    today: date,
    frameworks: Mapping[Any, str],
    plan_extended: Collection[Any],
) -> DeadlineTally:
    """Count overdue plans per generation and overdue monitoring reports.

    `frameworks` maps signatory id to framework code; `plan_extended` holds the signatories
    that were granted a plan extension. The dashboard's SQL must agree with this on any data
    (tests compare them), so the deadlines list and the lights never disagree.
    """
    seap = secap = late = monitoring = 0
    for d in deadlines:
        if d.due >= today:
            continue
        if d.kind == DeadlineKind.PLAN_DUE:
            if d.signatory_id in plan_extended:
                late += 1
            elif frameworks.get(d.signatory_id) == Framework.F2020.value:
                seap += 1
            else:
                secap += 1
        elif d.kind == DeadlineKind.MONITORING_DUE:
            monitoring += 1
    return DeadlineTally(seap, secap, late, monitoring)


def assess(facts: Facts, settings: RuleSettings = DEFAULT_SETTINGS) -> tuple[Health, ...]:
    """The five lights, in the order the Covenant lists the commitments."""
    if not facts.recorded:
        nothing = [_r("nothing_recorded", Light.NONE)]
        return tuple(_health(c, nothing) for c in Commitment)
    return (
        _health(Commitment.PROMOTION, _promotion(facts, settings)),
        _health(Commitment.ASSISTANCE, _assistance(facts, settings)),
        _health(Commitment.FINANCE, _finance(facts, settings)),
        _health(Commitment.ENERGY_DAYS, _energy_days(facts, settings)),
        _health(Commitment.REPORTING, _reporting(facts, settings)),
    )


def worst(lights: Iterable[Light]) -> Light:
    return max(lights, key=_SEVERITY.__getitem__, default=Light.GREEN)


def _health(commitment: Commitment, reasons: list[Reason]) -> Health:
    ordered = sorted(reasons, key=lambda r: -_SEVERITY[r.light])  # stable: rule order kept
    return Health(commitment, worst(r.light for r in ordered), tuple(ordered))


def _r(code: str, light: Light, count: int = -1, **params: Any) -> Reason:
    return Reason(code, light, count, tuple(sorted(params.items())))


def _months_since(day: date, today: date) -> int:
    return (today.year - day.year) * 12 + today.month - day.month - (today.day < day.day)


def _promotion(f: Facts, s: RuleSettings) -> list[Reason]:
    months = s.health_window_months
    if f.signatories <= 0:
        return [_r("no_signatories", Light.RED)]
    out = []
    share = f.on_hold * 100 / f.signatories
    if f.on_hold and share >= s.on_hold_amber_percent:
        light = Light.RED if share >= s.on_hold_red_percent else Light.AMBER
        out.append(_r("on_hold_share", light, f.on_hold, total=f.signatories))
    if f.new_signatories == 0 and f.promotion_activities == 0:
        out.append(_r("no_promotion", Light.AMBER, months=months))
    out.append(
        _r("promotion_ok", Light.GREEN, f.new_signatories, total=f.signatories, months=months)
    )
    return out


def _assistance(f: Facts, s: RuleSettings) -> list[Reason]:
    months = s.health_window_months
    out = []
    if f.late_after_extension:
        out.append(_r("late_after_extension", Light.RED, f.late_after_extension))
    for code, count in (
        ("plans_overdue_secap", f.plans_overdue_secap),
        ("plans_overdue_seap", f.plans_overdue_seap),
    ):
        if count:
            light = Light.RED if count >= s.overdue_signatories_red else Light.AMBER
            out.append(_r(code, light, count))
    if f.monitoring_overdue:
        out.append(_r("monitoring_overdue", Light.AMBER, f.monitoring_overdue))
    last = f.last_assistance
    if last is None or last < window_start(f.today, months):
        out.append(_r("no_assistance", Light.RED, months=months))
    elif last < window_start(f.today, s.assistance_amber_months):
        out.append(_r("assistance_stale", Light.AMBER, date=last, months=s.assistance_amber_months))
    out.append(_r("assistance_ok", Light.GREEN, f.assistance_activities, months=months))
    return out


def _finance(f: Facts, s: RuleSettings) -> list[Reason]:
    months = s.health_window_months
    out = []
    last = f.last_finance
    if last is None or last < window_start(f.today, s.finance_red_months):
        out.append(_r("no_finance", Light.RED, months=s.finance_red_months))
    elif last < window_start(f.today, months):
        out.append(_r("no_finance", Light.AMBER, months=months))
    if f.unconverted:
        out.append(_r("unconverted", Light.AMBER, f.unconverted))
    out.append(
        _r("finance_ok", Light.GREEN, f.finance_decisions, months=months, amount=f.finance_eur)
    )
    return out


def _energy_days(f: Facts, s: RuleSettings) -> list[Reason]:
    months = s.health_window_months
    last, upcoming = f.last_energy_day, f.next_energy_day
    out = []
    if last is None or last < window_start(f.today, months):
        if upcoming is not None:
            out.append(_r("no_energy_day_planned", Light.AMBER, months=months, date=upcoming))
        else:
            out.append(_r("no_energy_day", Light.RED, months=months))
    elif upcoming is None and last < window_start(f.today, s.energy_day_amber_months):
        out.append(_r("energy_day_stale", Light.AMBER, date=last))
    out.append(_r("energy_days_ok", Light.GREEN, f.energy_days, months=months))
    return out


def _reporting(f: Facts, s: RuleSettings) -> list[Reason]:
    due = f.coordinator_report_due
    if due is None:
        return [_r("report_unknown", Light.AMBER)]
    left = (due - f.today).days
    if left < 0:
        return [_r("report_overdue", Light.RED, -left, date=due)]
    light = Light.AMBER if left <= s.coordinator_report_warning_days else Light.GREEN
    return [_r("report_due", light, left, date=due)]


def _show(value: Any) -> str:
    if isinstance(value, Decimal):
        whole = value.quantize(Decimal(1))
        return f"{whole:,}".replace(",", "\u202f")  # narrow no-break space groups thousands
    if isinstance(value, date):
        return value.isoformat()
    return str(value)

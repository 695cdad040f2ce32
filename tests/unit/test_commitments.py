"""Commitment health rules, table-driven: lights, reasons in words, windows and cut-offs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from types import SimpleNamespace as Row

import pytest

from desktop_app.domain.rules import RuleSettings, signatory_deadlines
from desktop_app.domain.rules.commitments import (
    Commitment,
    Facts,
    Light,
    assess,
    latest_overdue_start,
    tally,
    window_start,
    worst,
)
from desktop_app.domain.rules.dates import add_months

TODAY = date(2025, 6, 15)
HEALTHY = Facts(
    today=TODAY,
    signatories=40,
    on_hold=1,
    new_signatories=3,
    promotion_activities=2,
    assistance_activities=5,
    last_assistance=date(2025, 5, 1),
    finance_decisions=4,
    finance_eur=Decimal("125000.40"),
    last_finance=date(2025, 3, 1),
    energy_days=2,
    last_energy_day=date(2025, 4, 20),
    next_energy_day=None,
    coordinator_report_due=date(2025, 12, 31),
)


def health(facts: Facts, settings: RuleSettings | None = None) -> dict[Commitment, tuple]:
    result = assess(facts, settings or RuleSettings())
    return {h.commitment: (h.light, h.reasons[0].code, h.reasons[0].text()) for h in result}


def test_healthy_office_is_green_everywhere_with_summaries() -> None:
    result = health(HEALTHY)
    assert [light for light, _, _ in result.values()] == [Light.GREEN] * 5
    assert list(result) == list(Commitment)
    assert result[Commitment.PROMOTION][2] == "Signatories: 40; 3 joined in the last 12 months"
    assert result[Commitment.FINANCE][2] == (
        "4 decisions of financial support provided (approved or disbursed) in the last 12 months, "
        "125\u202f000 EUR"
    )
    assert result[Commitment.REPORTING][2] == "Coordinator report due in 199 days"


CASES = [
    # (id, changes, commitment, light, headline text)
    (
        "no signatories",
        {"signatories": 0},
        Commitment.PROMOTION,
        Light.RED,
        "No active signatories in your territory",
    ),
    (
        "on hold amber",
        {"on_hold": 4},
        Commitment.PROMOTION,
        Light.AMBER,
        "Signatories on hold: 4 of 40",
    ),
    (
        "on hold red",
        {"on_hold": 10},
        Commitment.PROMOTION,
        Light.RED,
        "Signatories on hold: 10 of 40",
    ),
    (
        "on hold below threshold",
        {"on_hold": 3},
        Commitment.PROMOTION,
        Light.GREEN,
        "Signatories: 40; 3 joined in the last 12 months",
    ),
    (
        "no promotion",
        {"new_signatories": 0, "promotion_activities": 0},
        Commitment.PROMOTION,
        Light.AMBER,
        "No promotion activity and no new signatory in the last 12 months",
    ),
    (
        "secap overdue",
        {"plans_overdue_secap": 3},
        Commitment.ASSISTANCE,
        Light.AMBER,
        "3 signatories past their SECAP deadline without an extension",
    ),
    (
        "seap overdue many",
        {"plans_overdue_seap": 10},
        Commitment.ASSISTANCE,
        Light.RED,
        "10 signatories past their SEAP deadline without an extension",
    ),
    (
        "late after extension",
        {"late_after_extension": 1, "plans_overdue_secap": 2},
        Commitment.ASSISTANCE,
        Light.RED,
        "1 signatories still late after their extension: they may be put on hold",
    ),
    (
        "monitoring overdue",
        {"monitoring_overdue": 2},
        Commitment.ASSISTANCE,
        Light.AMBER,
        "2 monitoring reports overdue",
    ),
    (
        "no assistance ever",
        {"last_assistance": None},
        Commitment.ASSISTANCE,
        Light.RED,
        "No technical or strategic assistance recorded in the last 12 months",
    ),
    (
        "assistance stale",
        {"last_assistance": date(2024, 12, 14)},
        Commitment.ASSISTANCE,
        Light.AMBER,
        "Last assistance activity on 2024-12-14, more than 6 months ago",
    ),
    (
        "assistance exactly 6 months",
        {"last_assistance": date(2024, 12, 15)},
        Commitment.ASSISTANCE,
        Light.GREEN,
        "5 assistance activities in the last 12 months",
    ),
    (
        "finance none",
        {"last_finance": None},
        Commitment.FINANCE,
        Light.RED,
        "No financial support decided in the last 24 months",
    ),
    (
        "finance old",
        {"last_finance": date(2024, 1, 10)},
        Commitment.FINANCE,
        Light.AMBER,
        "No financial support decided in the last 12 months",
    ),
    (
        "finance very old",
        {"last_finance": date(2023, 6, 14)},
        Commitment.FINANCE,
        Light.RED,
        "No financial support decided in the last 24 months",
    ),
    (
        "missing rates",
        {"unconverted": 2},
        Commitment.FINANCE,
        Light.AMBER,
        "2 amounts have no exchange rate and are left out of the EUR totals",
    ),
    (
        "no energy day",
        {"last_energy_day": date(2024, 6, 14)},
        Commitment.ENERGY_DAYS,
        Light.RED,
        "No Energy Day held in the last 12 months",
    ),
    (
        "energy day on the window edge",
        {"last_energy_day": date(2024, 6, 15)},
        Commitment.ENERGY_DAYS,
        Light.AMBER,
        "Last Energy Day held on 2024-06-15; none is planned",
    ),
    (
        "energy day planned",
        {"last_energy_day": None, "next_energy_day": date(2025, 9, 1)},
        Commitment.ENERGY_DAYS,
        Light.AMBER,
        "No Energy Day held in the last 12 months; the next is planned for 2025-09-01",
    ),
    (
        "energy day stale but planned",
        {"last_energy_day": date(2024, 8, 1), "next_energy_day": date(2025, 9, 1)},
        Commitment.ENERGY_DAYS,
        Light.GREEN,
        "2 Energy Days held in the last 12 months",
    ),
    (
        "report overdue",
        {"coordinator_report_due": date(2025, 6, 1)},
        Commitment.REPORTING,
        Light.RED,
        "Coordinator report overdue by 14 days",
    ),
    (
        "report due soon",
        {"coordinator_report_due": date(2025, 6, 29)},
        Commitment.REPORTING,
        Light.AMBER,
        "Coordinator report due in 14 days",
    ),
    (
        "report due today",
        {"coordinator_report_due": TODAY},
        Commitment.REPORTING,
        Light.AMBER,
        "Coordinator report due in 0 days",
    ),
    (
        "report unknown",
        {"coordinator_report_due": None},
        Commitment.REPORTING,
        Light.AMBER,
        "No report to the Commission recorded and no commitment date entered",
    ),
]


@pytest.mark.parametrize(
    ("changes", "commitment", "light", "text"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_lights_and_headlines(changes, commitment, light, text) -> None:  # noqa: ANN001
    got = health(replace(HEALTHY, **changes))[commitment]
    assert (got[0], got[2]) == (light, text)


def test_thresholds_come_from_settings() -> None:
    facts = replace(HEALTHY, plans_overdue_secap=3, coordinator_report_due=date(2025, 8, 1))
    assert health(facts)[Commitment.ASSISTANCE][0] == Light.AMBER
    strict = RuleSettings(overdue_signatories_red=3, coordinator_report_warning_days=10)
    assert health(facts, strict)[Commitment.ASSISTANCE][0] == Light.RED
    assert health(facts)[Commitment.REPORTING][0] == Light.AMBER
    assert health(facts, strict)[Commitment.REPORTING][0] == Light.GREEN
    assert health(
        replace(HEALTHY, last_energy_day=date(2024, 1, 1)), RuleSettings(health_window_months=24)
    )[Commitment.ENERGY_DAYS][2] == ("Last Energy Day held on 2024-01-01; none is planned")


def test_reasons_are_worst_first_and_keep_the_summary() -> None:
    facts = replace(HEALTHY, monitoring_overdue=1, late_after_extension=2)
    assistance = assess(facts)[1]
    assert [r.light for r in assistance.reasons] == [Light.RED, Light.AMBER, Light.GREEN]
    assert assistance.reasons[-1].code == "assistance_ok"


def test_translate_callback_gets_context_source_and_count() -> None:
    seen = []

    def fake(context: str, text: str, n: int) -> str:
        seen.append((context, text, n))
        return "«%n» " + text.replace("%n", str(n))

    reason = assess(replace(HEALTHY, coordinator_report_due=date(2025, 6, 29)))[4].reasons[0]
    assert reason.text(fake) == "«%n» Coordinator report due in 14 days"
    assert seen == [("Commitments", "Coordinator report due in %n days", 14)]


def test_worst_of_nothing_is_green() -> None:
    assert worst([]) == Light.GREEN
    assert worst([Light.AMBER, Light.RED, Light.GREEN]) == Light.RED


@pytest.mark.parametrize(
    ("today", "months", "expected"),
    [
        (date(2025, 3, 1), 12, date(2024, 2, 29)),  # leap day start: due 28 Feb 2025
        (date(2024, 3, 1), 12, date(2023, 2, 28)),
        (date(2024, 2, 29), 12, date(2023, 2, 28)),  # 28 Feb 2023 -> 28 Feb 2024
        (date(2025, 2, 28), 12, date(2024, 2, 27)),
        (date(2025, 3, 1), 24, date(2023, 2, 28)),
        (date(2025, 3, 31), 1, date(2025, 2, 28)),  # 1 Mar -> 1 Apr; 28 Feb -> 28 Mar
        (date(2025, 3, 28), 1, date(2025, 2, 27)),  # 28 Feb -> 28 Mar: due, not overdue
        (date(2025, 5, 1), 1, date(2025, 3, 31)),  # 31 Mar -> 30 Apr < 1 May
        (date(2025, 1, 1), 6, date(2024, 6, 30)),
    ],
)
def test_latest_overdue_start(today: date, months: int, expected: date) -> None:
    got = latest_overdue_start(today, months)
    assert got == expected
    assert add_months(got, months) < today
    assert add_months(got + timedelta(days=1), months) >= today


def test_latest_overdue_start_agrees_with_add_months_everywhere() -> None:
    for offset in range(0, 1500, 7):
        today = date(2023, 1, 1) + timedelta(days=offset)
        for months in (1, 6, 12, 24):
            cut = latest_overdue_start(today, months)
            for start in (cut - timedelta(days=3), cut, cut + timedelta(days=1)):
                assert (add_months(start, months) < today) == (start <= cut)


@pytest.mark.parametrize(
    ("today", "months", "expected"),
    [
        (date(2024, 2, 29), 12, date(2023, 2, 28)),
        (date(2025, 3, 31), 1, date(2025, 2, 28)),
        (date(2025, 6, 15), 12, date(2024, 6, 15)),
    ],
)
def test_window_start(today: date, months: int, expected: date) -> None:
    assert window_start(today, months) == expected


def sig(i: int, status: str = "active", framework: str = "2030", adhesion: date | None = None):
    return Row(
        id=i,
        name=f"S{i}",
        status=status,
        framework=framework,
        adhesion_date=adhesion or date(2020, 1, 10),
        deleted_at=None,
    )


def ext(i: int, until: date, subject: str = "plan"):
    return Row(id=-i, subject=subject, request_date=None, granted_until=until, deleted_at=None)


def plan(i: int, submitted: date | None, plan_type: str = "secap", status: str = "submitted"):
    return Row(
        id=100 + i,
        plan_type=plan_type,
        submission_date=submitted,
        feedback_date=date(2021, 1, 1),
        status=status,
        created_at=None,
        deleted_at=None,
    )


TALLY_CASES = [
    # (id, rows (signatory, plans, reports, extensions), expected tally fields)
    ("secap overdue", [(sig(1), [], [], [])], (0, 1, 0, 0)),
    ("seap overdue", [(sig(1, framework="2020"), [], [], [])], (1, 0, 0, 0)),
    ("withdrawn owes nothing", [(sig(1, status="withdrawn"), [], [], [])], (0, 0, 0, 0)),
    ("on hold still counted", [(sig(1, status="on_hold"), [], [], [])], (0, 1, 0, 0)),
    ("extension still running", [(sig(1), [], [], [ext(1, date(2026, 1, 1))])], (0, 0, 0, 0)),
    ("late after extension", [(sig(1), [], [], [ext(1, date(2024, 1, 1))])], (0, 0, 1, 0)),
    (
        "old SEAP does not meet 2030",
        [(sig(1), [plan(1, date(2021, 1, 1), "seap")], [], [])],
        (0, 1, 0, 0),
    ),
    (
        "SECAP filed, monitoring overdue",
        [(sig(1), [plan(1, date(2021, 1, 1))], [], [])],
        (0, 0, 0, 1),
    ),
    ("SECAP filed recently", [(sig(1), [plan(1, date(2024, 1, 1))], [], [])], (0, 0, 0, 0)),
    ("not yet due", [(sig(1, adhesion=date(2024, 1, 1)), [], [], [])], (0, 0, 0, 0)),
    (
        "leap adhesion due on 28 Feb",
        [(sig(1, framework="2020", adhesion=date(2024, 2, 29)), [], [], [])],
        (1, 0, 0, 0),
    ),
]


@pytest.mark.parametrize(
    ("rows", "expected"), [c[1:] for c in TALLY_CASES], ids=[c[0] for c in TALLY_CASES]
)
def test_tally_over_the_deadline_rules(rows, expected) -> None:  # noqa: ANN001
    today = date(2025, 3, 1)
    deadlines = [d for row in rows for d in signatory_deadlines(*row)]
    frameworks = {s.id: s.framework for s, *_ in rows}
    extended = {s.id for s, _p, _r, exts in rows if any(e.subject == "plan" for e in exts)}
    got = tally(deadlines, today, frameworks, extended)
    fields = (
        got.plans_overdue_seap,
        got.plans_overdue_secap,
        got.late_after_extension,
        got.monitoring_overdue,
    )
    assert fields == expected


def test_leap_adhesion_is_not_overdue_on_its_due_day() -> None:
    row = (sig(1, framework="2020", adhesion=date(2024, 2, 29)), [], [], [])
    deadlines = signatory_deadlines(*row)
    assert deadlines[0].due == date(2025, 2, 28)
    assert tally(deadlines, date(2025, 2, 28), {1: "2020"}, ()).plans_overdue_seap == 0


def test_a_single_signatory_reads_without_a_wrong_plural() -> None:
    """ "1 signatories" was shown for an office with one signatory."""
    one = Facts(**{**HEALTHY.__dict__, "signatories": 1, "new_signatories": 1, "on_hold": 1})
    texts = [r.text() for h in assess(one, RuleSettings()) for r in h.reasons]
    assert not any("1 signatories" in t for t in texts), texts
    assert "Signatories on hold: 1 of 1" in texts

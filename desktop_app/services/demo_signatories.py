"""Demo signatories with their plans, monitoring reports, extensions and coordinators.

Each signatory follows a scenario (accepted plan, revision requested, overdue, upcoming
deadline, withdrawn...) and its dates are derived from it, so the deadlines the app
computes come out overdue or upcoming relative to the chosen "today" in believable
proportions, and every plan status appears even in a ten-signatory demo.
"""

from __future__ import annotations

import math
import random
import uuid
from datetime import date
from decimal import Decimal

from ..domain.enums import (
    KEY_SECTORS,
    ExtensionSubject,
    Framework,
    MonitoringStatus,
    Pillar,
    PlanStatus,
    PlanType,
    ReportingType,
    RequestedBy,
    Sector,
    SignatoryStatus,
    TargetType,
)
from ..domain.models import (
    ActionPlan,
    DeadlineExtension,
    MonitoringReport,
    Signatory,
    SignatoryCoordinator,
)
from .demo_common import (
    RATES_FROM,
    Context,
    Progress,
    SigInfo,
    Writer,
    add_months,
    add_years,
    between,
    codes,
    days,
    make,
    new_id,
    weighted,
)
from .demo_names import COUNTRY_DATA

SCENARIOS: tuple[tuple[str, float], ...] = (
    ("accepted", 46),
    ("revision", 8),
    ("under_assessment", 4),
    ("submitted", 4),
    ("upcoming", 14),
    ("extended", 4),
    ("overdue", 12),
    ("withdrawn", 3),
)
SECAP_SINCE = date(2015, 10, 15)
"""Adhesions from this day commit to 2030 (the Covenant East SECAP generation)."""


class Names:
    """Real towns first, then believable built names, unique per region where possible."""

    def __init__(self, rng: random.Random, own_country: str) -> None:
        self.rng = rng
        self.countries = list(COUNTRY_DATA)
        self.weights = [
            COUNTRY_DATA[c].weight + (25 if c == own_country else 0) for c in self.countries
        ]
        self.real = {c: list(d.places) for c, d in COUNTRY_DATA.items()}
        for places in self.real.values():
            rng.shuffle(places)
        self.used: set[tuple[str, str, str]] = set()

    def pick(self) -> tuple[str, str, str, str, int]:
        """(country, Latin name, local name, region, population)."""
        country = self.rng.choices(self.countries, self.weights)[0]
        data = COUNTRY_DATA[country]
        if self.real[country]:
            name, local, region_index, population = self.real[country].pop()
            region = data.regions[region_index]
            self.used.add((country, name, region))
            return country, name, local, region, population
        for _ in range(6):
            p_lat, p_loc = self.rng.choice(data.prefixes)
            s_lat, s_loc = self.rng.choice(data.stems)
            e_lat, e_loc = self.rng.choice(data.endings)
            region = self.rng.choice(data.regions)
            name = p_lat + s_lat + e_lat
            if (country, name, region) not in self.used:
                break
        self.used.add((country, name, region))
        population = int(min(400_000, max(300, math.exp(self.rng.gauss(8.7, 1.2)))))
        return country, name, p_loc + s_loc + e_loc, region, population


def _framework(rng: random.Random, adhesion: date) -> Framework:
    if adhesion < SECAP_SINCE:
        return Framework.F2020
    if adhesion.year >= 2021 and rng.random() < 0.3:
        return Framework.F2050
    return Framework.F2030


def _due_years(framework: Framework) -> int:
    return 1 if framework is Framework.F2020 else 2


def _target(rng: random.Random, framework: Framework) -> tuple[Decimal, int]:
    low, high, year = {
        Framework.F2020: (20, 30, 2020),
        Framework.F2030: (30, 45, 2030),
        Framework.F2050: (40, 60, 2030),
    }[framework]
    if rng.random() < 0.02:  # a few below the framework minimum, so warnings have examples
        low, high = low - 8, low - 1
    return Decimal(rng.randint(low * 2, high * 2)) / 2, year


def _sectors(rng: random.Random) -> tuple[list[str], list[str]]:
    bei = rng.sample(KEY_SECTORS, rng.choice((3, 4, 4)))
    if rng.random() < 0.3:
        bei.append(Sector.INDUSTRY)
    if rng.random() < 0.1:
        bei.append(Sector.OTHER)
    actions = rng.sample(bei, rng.randint(2, len(bei)))
    return codes(bei, Sector), codes(actions, Sector)


def _baseline_year(rng: random.Random, adhesion: date) -> int:
    choices = [y for y in (1990, 2005, 2010, 2015) if y <= adhesion.year]
    choices += [adhesion.year - k for k in range(1, 5)]
    return max(1990, rng.choice(choices))


class SignatoryBuilder:
    def __init__(self, ctx: Context, writer: Writer, rng: random.Random) -> None:
        self.ctx = ctx
        self.w = writer
        self.rng = rng
        self.names = Names(rng, ctx.own_country)
        self.today = ctx.today

    def build(self, count: int, progress_step: int, progress: Progress | None) -> None:
        for i in range(count):
            scenario = SCENARIOS[i][0] if i < len(SCENARIOS) else weighted(self.rng, SCENARIOS)
            self.ctx.signatories.append(self._one(i, scenario))
            if progress and (i + 1) % progress_step == 0:
                progress("signatory", i + 1, count)

    # --- one signatory -------------------------------------------------------------------

    def _one(self, index: int, scenario: str) -> SigInfo:
        rng, today = self.rng, self.today
        country, name, local, region, population = self.names.pick()
        sig_id = new_id(rng)
        adhesion = self._adhesion(scenario)
        framework = _framework(rng, adhesion)
        status, status_date = SignatoryStatus.ACTIVE, None
        plan_start, plan_years = adhesion, _due_years(framework)
        plans: list[ActionPlan] = []
        extension_until: date | None = None
        due = add_years(adhesion, plan_years)

        plan_extension: DeadlineExtension | None = None
        if scenario == "extended" or (scenario == "overdue" and rng.random() < 0.3):
            grant = 12 if scenario == "extended" else 6
            if scenario == "extended" or add_months(due, grant) < today:
                extension_until = add_months(due, grant)
                # made here (the random stream stays as it was), written after the town: a
                # batch flushed between the two would send the extension without its town
                plan_extension = self._extension(
                    sig_id, ExtensionSubject.PLAN, due, extension_until, f"{name} plan", add=False
                )
        if scenario == "withdrawn":
            status = SignatoryStatus.WITHDRAWN
            status_date = min(today, days(adhesion, rng.randint(600, 2200)))
        elif scenario == "overdue" and rng.random() < 0.6:
            status = SignatoryStatus.ON_HOLD
            effective = extension_until or due
            status_date = min(today, days(effective, rng.randint(60, 365)))

        plan_type = PlanType.SEAP if framework is Framework.F2020 else PlanType.SECAP
        plan = self._plan(sig_id, name, plan_type, adhesion, scenario, due)
        if plan is not None:
            plans.append(plan)
            if status_date is not None and plan.feedback_date is not None:
                status_date = min(today, max(status_date, days(plan.feedback_date, 90)))
        # Early SEAP signatories often renewed their commitment to 2030 with a SECAP.
        renewal: date | None = None
        if (
            plan is not None
            and plan.status is PlanStatus.ACCEPTED
            and framework is Framework.F2020
            and status is SignatoryStatus.ACTIVE
            and rng.random() < 0.35
        ):
            renewal = between(rng, date(2017, 1, 1), min(date(2023, 12, 31), days(today, -400)))
            if renewal > (plan.submission_date or adhesion):
                framework = Framework.F2030
                plan_start, plan_years = renewal, 2
                renewal_due = add_years(renewal, 2)
                kind = "accepted" if renewal_due < days(today, -240) else "upcoming"
                if kind == "accepted" and rng.random() < 0.25:
                    kind = rng.choice(("revision", "overdue"))
                second = self._plan(sig_id, name, PlanType.SECAP, renewal, kind, renewal_due)
                if second is not None:
                    plans.append(second)
            else:
                renewal = None

        target, target_year = _target(rng, framework)
        pillars = [Pillar.MITIGATION]
        if framework is not Framework.F2020:
            pillars.append(Pillar.ADAPTATION)
            if plan_start.year >= 2025 or rng.random() < 0.25:
                pillars.append(Pillar.ENERGY_POVERTY)
        data = COUNTRY_DATA[country]
        person = f"{rng.choice(data.first_names)} {rng.choice(data.last_names)}"
        slug = "".join(ch for ch in name.lower() if ch.isalpha())
        joint = rng.random() < 0.05
        self.w.add(
            make(
                Signatory,
                id=sig_id,
                name=name,
                local_name=local,
                country=country,
                region=region,
                covenant_id=f"{rng.randint(10000, 99999)}",
                population=population,
                population_year=min(today.year - 1, max(adhesion.year, rng.randint(2015, 2025))),
                adhesion_date=adhesion,
                framework=framework,
                pillars=codes(pillars, Pillar),
                target_percent=target,
                target_year=target_year,
                target_type=TargetType.PER_CAPITA if rng.random() < 0.2 else TargetType.ABSOLUTE,
                joint_plan=joint,
                joint_plan_name=f"Joint SECAP of {region} communities" if joint else "",
                status=status,
                status_date=status_date,
                contact_person=person,
                email=f"energy@{slug}.{data.tld}",
                phone=f"{data.phone} {rng.randint(100, 999)} {rng.randint(10000, 99999)}",
            )
        )
        if plan_extension is not None:
            self.w.add(plan_extension)
        for p in plans:
            self.w.add(p)
        self._supports(sig_id, country, adhesion, status, status_date)
        # Monitoring follows every submitted plan until it is superseded or the town leaves.
        for n, p in enumerate(plans):
            if p.submission_date is None or p.status not in (
                PlanStatus.ACCEPTED,
                PlanStatus.REVISION_REQUESTED,
            ):
                continue
            end = renewal if (n == 0 and len(plans) > 1) else status_date
            self._monitoring(sig_id, p, end)
        latest = next((p for p in reversed(plans)), None)
        return SigInfo(
            id=sig_id,
            name=name,
            country=country,
            region=region,
            adhesion=adhesion,
            population=population,
            plan_id=latest.id if latest is not None else None,
            active_until=status_date if status is SignatoryStatus.WITHDRAWN else None,
        )

    def _adhesion(self, scenario: str) -> date:
        rng, today = self.rng, self.today
        if scenario == "upcoming":
            return days(today, -rng.randint(20, 700))
        if scenario == "extended":
            return days(today, -(730 + rng.randint(30, 300)))
        if scenario == "overdue":
            return between(rng, date(2012, 1, 1), days(today, -800))
        if scenario == "submitted":
            return days(today, -rng.randint(150, 700))
        if scenario == "under_assessment":
            return days(today, -rng.randint(260, 900))
        if scenario == "withdrawn":
            return between(rng, RATES_FROM, date(2018, 12, 31))
        return between(rng, RATES_FROM, days(today, -3 * 365))

    def _plan(
        self, sig_id: uuid.UUID, name: str, plan_type: PlanType, start: date, kind: str, due: date
    ) -> ActionPlan | None:
        """A plan in the state the scenario calls for; None when work has not started."""
        rng, today = self.rng, self.today
        approval = submission = feedback = None
        if kind in ("upcoming", "extended", "overdue"):
            if rng.random() < 0.2:
                return None
            status = PlanStatus.IN_PREPARATION
        elif kind == "submitted":
            status = PlanStatus.SUBMITTED
            submission = max(days(start, 120), days(today, -rng.randint(0, 59)))
        elif kind == "under_assessment":
            status = PlanStatus.UNDER_ASSESSMENT
            submission = max(days(start, 120), days(today, -rng.randint(60, 200)))
        elif kind == "withdrawn":
            if rng.random() < 0.5:
                return None
            status = PlanStatus.ACCEPTED
            submission = days(due, -rng.randint(0, 200))
            feedback = min(today, days(submission, rng.randint(120, 240)))
        else:  # accepted or revision requested; some came in late
            status = PlanStatus.ACCEPTED if kind == "accepted" else PlanStatus.REVISION_REQUESTED
            submission = days(due, rng.randint(-300, 120))
            submission = min(max(submission, days(start, 120)), days(today, -210))
            feedback = min(today, days(submission, rng.randint(120, 240)))
        if submission is not None:
            submission = min(submission, today)
            approval = max(start, days(submission, -rng.randint(7, 60)))
        bei, actions = _sectors(rng)
        secap = plan_type is not PlanType.SEAP
        return make(
            ActionPlan,
            id=new_id(rng),
            signatory_id=sig_id,
            plan_type=plan_type,
            title=f"{plan_type.value.upper()} of {name}",
            baseline_year=_baseline_year(rng, start),
            sectors=bei,
            action_sectors=actions,
            risk_assessment_done=secap and (submission is not None or rng.random() < 0.4),
            council_approval_date=approval,
            submission_date=submission,
            status=status,
            feedback_date=feedback,
        )

    def _monitoring(self, sig_id: uuid.UUID, plan: ActionPlan, end: date | None) -> None:
        rng, today = self.rng, self.today
        assert plan.submission_date is not None
        k = 1
        while True:
            due = add_years(plan.submission_date, 2 * k)
            if end is not None and due > end:
                return
            full = k % 2 == 0
            report = make(
                MonitoringReport,
                id=new_id(rng),
                signatory_id=sig_id,
                plan_id=plan.id,
                reporting_type=ReportingType.FULL if full else ReportingType.ACTION,
                inventory_year=due.year - 2 if full else None,
                due_date=due,
            )
            if due > today:  # the next one, upcoming
                report.status = MonitoringStatus.PLANNED
                self.w.add(report)
                return
            if rng.random() < 0.18:  # never sent: overdue
                report.status = MonitoringStatus.PLANNED
                if rng.random() < 0.3 and add_months(due, 6) < today:
                    self._extension(
                        sig_id, ExtensionSubject.MONITORING, due, add_months(due, 6), "report"
                    )
            else:
                sent = min(today, days(due, rng.randint(-60, 90)))
                report.submission_date = sent
                age = (today - sent).days
                if age < 150:
                    report.status = MonitoringStatus.SUBMITTED
                elif rng.random() < 0.88:
                    report.status = MonitoringStatus.ACCEPTED
                else:
                    report.status = MonitoringStatus.REVISION_REQUESTED
            self.w.add(report)
            k += 1

    def _extension(
        self,
        sig_id: uuid.UUID,
        subject: ExtensionSubject,
        due: date,
        until: date,
        what: str,
        add: bool = True,
    ) -> DeadlineExtension:
        rng = self.rng
        by = RequestedBy.COORDINATOR if rng.random() < 0.6 else RequestedBy.SIGNATORY
        extension = make(
            DeadlineExtension,
            id=new_id(rng),
            signatory_id=sig_id,
            subject=subject,
            document=f"Letter No. {rng.randint(10, 999)}/{due.year}",
            requested_by=by,
            request_date=days(due, -rng.randint(10, 90)),
            granted_until=until,
            reason=rng.choice(
                (
                    f"Council elections delayed the approval of the {what}.",
                    f"Emission inventory data for the {what} arrived late.",
                    f"Staff change in the energy department; {what} handed over.",
                    f"Public consultation on the {what} extended.",
                )
            ),
        )
        if add:
            self.w.add(extension)
        return extension

    def _supports(
        self,
        sig_id: uuid.UUID,
        country: str,
        adhesion: date,
        status: SignatoryStatus,
        status_date: date | None,
    ) -> None:
        rng = self.rng
        until = status_date if status is SignatoryStatus.WITHDRAWN else None
        self.w.add(
            make(
                SignatoryCoordinator,
                id=new_id(rng),
                signatory_id=sig_id,
                coordinator_id=self.ctx.own_office_id,
                since=max(adhesion, self.ctx.own_active),
                until=until,
            )
        )
        for other_id, other_country, active in self.ctx.others:
            if other_country == country and rng.random() < 0.25:
                since = max(adhesion, active)
                if since >= self.today:
                    continue
                self.w.add(
                    make(
                        SignatoryCoordinator,
                        id=new_id(rng),
                        signatory_id=sig_id,
                        coordinator_id=other_id,
                        since=since,
                        until=until,
                    )
                )

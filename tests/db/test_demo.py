"""The demo generator on both engines: contents, determinism, refusal, audit, CLI."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.domain.base import RecordMixin
from desktop_app.domain.enums import (
    ActivityType,
    Audience,
    AuditAction,
    CoordinatorStatus,
    EnergyDayActivity,
    FinanceStatus,
    Framework,
    FundingSource,
    Instrument,
    MonitoringStatus,
    PlanStatus,
    SignatoryStatus,
)
from desktop_app.domain.models import (
    ActionPlan,
    AuditEntry,
    Base,
    Coordinator,
    DeadlineExtension,
    EnergyDay,
    ExchangeRate,
    FinancialSupport,
    MonitoringReport,
    ServiceOffer,
    Signatory,
    SupportActivity,
    SupportActivitySignatory,
)
from desktop_app.services.demo import DemoOptions, DemoRefused, generate
from tests.catalogue import said

TODAY = date(2026, 6, 15)
STAMPS = {"created_at", "updated_at", "updated_by"}
CYRILLIC = re.compile("[\u0400-\u04ff]")
ARMENIAN = re.compile("[\u0530-\u058f]")
GEORGIAN = re.compile("[\u10a0-\u10ff]")


def _options(n: int = 40, seed: int = 7, **kw) -> DemoOptions:
    return DemoOptions(signatories=n, seed=seed, today=TODAY, **kw)


@pytest.fixture
def other_database(database_url: str, request: pytest.FixtureRequest, tmp_path: Path):
    """A second empty database on the same engine as `database`."""
    from desktop_app.services.database import open_database
    from tests.conftest import fresh_pg_schema_url

    if database_url.startswith("sqlite"):
        url = f"sqlite:///{tmp_path / 'second.sqlite3'}"
    else:
        url = fresh_pg_schema_url(request.getfixturevalue("pg_database_url"))
    db = open_database(url)
    yield db
    db.dispose()


def _snapshot(db) -> dict[str, list[tuple]]:
    """Every business row (id first), minus the audit stamps, in key order."""
    rows: dict[str, list[tuple]] = {}
    with db.session() as s:
        for mapper in Base.registry.mappers:
            cls = mapper.class_
            if not issubclass(cls, RecordMixin):
                continue
            cols = [cls.id] + [c for c in mapper.columns if c.key not in STAMPS | {"id"}]
            rows[mapper.local_table.name] = [
                tuple(r) for r in s.execute(select(*cols).order_by(cls.id)).all()
            ]
    return rows


def _count(s, model, *where) -> int:
    return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_counts_coverage_and_audit(database) -> None:
    result = generate(database, _options())
    assert result.counts["signatory"] == 40
    assert result.counts["financial_support"] == 80  # 2 per signatory by default
    assert result.counts["support_activity"] == 16
    assert result.counts["energy_day"] == 10
    with database.session() as s:
        for mapper in Base.registry.mappers:
            table = mapper.local_table.name
            if issubclass(mapper.class_, RecordMixin):
                assert _count(s, mapper.class_) == result.counts.get(table, 0), table
        inserts = _count(s, AuditEntry, AuditEntry.action == AuditAction.INSERT)
        assert inserts == sum(result.counts.values()) == result.audit_entries
        assert _count(s, AuditEntry, AuditEntry.origin != "demo") == 0
        sig_ids = set(s.scalars(select(Signatory.id)))
        audited = set(
            s.scalars(select(AuditEntry.record_id).where(AuditEntry.table_name == "signatory"))
        )
        assert audited == sig_ids
        some = s.scalars(select(Signatory).limit(1)).one()
        snapshot = s.scalars(
            select(AuditEntry.new_value).where(AuditEntry.record_id == some.id)
        ).one()
        assert f'"name": "{some.name}"' in snapshot
        assert f'"adhesion_date": "{some.adhesion_date.isoformat()}"' in snapshot

        def values(column) -> set:
            return {v.value if hasattr(v, "value") else v for v in s.scalars(select(column))}

        assert values(ActionPlan.status) == {m.value for m in PlanStatus}
        assert values(MonitoringReport.status) == {m.value for m in MonitoringStatus}
        assert values(Signatory.status) == {m.value for m in SignatoryStatus}
        assert values(Coordinator.status) == {m.value for m in CoordinatorStatus}
        assert values(SupportActivity.activity_type) == {m.value for m in ActivityType}
        assert values(FinancialSupport.instrument) == {m.value for m in Instrument}
        assert values(FinancialSupport.source) == {m.value for m in FundingSource}
        assert values(FinancialSupport.status) == {m.value for m in FinanceStatus}
        assert {Framework.F2020.value, Framework.F2030.value} <= values(Signatory.framework)
        days = s.scalars(select(EnergyDay)).all()
        assert {a for d in days for a in d.activity_types} == {m.value for m in EnergyDayActivity}
        assert {a for d in days for a in d.audiences} == {m.value for m in Audience}
        assert any(d.eusew_registered for d in days)
        assert all((d.participants or 0) >= 10 for d in days if d.eusew_registered)
        assert any(d.start_date > TODAY for d in days) and any(d.start_date <= TODAY for d in days)

        # Reaching one, several and all signatories.
        reach = Counter(
            s.scalars(
                select(SupportActivitySignatory.activity_id).where(
                    SupportActivitySignatory.deleted_at.is_(None)
                )
            )
        )
        assert 1 in reach.values() and any(n > 1 for n in reach.values())
        assert _count(s, SupportActivity, SupportActivity.reaches_all.is_(True)) > 0

        own = s.scalars(select(Coordinator).where(Coordinator.is_own_office.is_(True))).all()
        assert len(own) == 1
        o = own[0]
        assert (
            o.expression_of_interest_date
            < o.eligibility_confirmed_date
            <= o.commitment_signed_date
            <= o.active_date
            <= TODAY
        )
        assert _count(s, ServiceOffer, ServiceOffer.coordinator_id == o.id) >= 9
        assert _count(s, DeadlineExtension) > 0


def test_names_dates_and_deadlines_are_realistic(database) -> None:
    generate(database, _options(n=60, seed=11))
    with database.session() as s:
        sigs = s.scalars(select(Signatory)).all()
        assert len({x.country for x in sigs}) >= 5
        assert any(CYRILLIC.search(x.local_name) for x in sigs)
        assert all(x.name.isascii() for x in sigs)
        assert all(x.local_name for x in sigs)
        for x in sigs:
            if x.country in ("UA", "BY", "KZ", "KG", "TJ", "UZ"):
                assert CYRILLIC.search(x.local_name), x.local_name
            if x.country == "AM":
                assert ARMENIAN.search(x.local_name), x.local_name
            if x.country == "GE":
                assert GEORGIAN.search(x.local_name), x.local_name
            assert date(2010, 1, 1) <= x.adhesion_date <= TODAY
            assert x.population and x.population > 0
            assert x.pillars and "mitigation" in x.pillars
        for p in s.scalars(select(ActionPlan)):
            assert len(p.sectors) >= 3 and len(p.action_sectors) >= 2
            assert set(p.action_sectors) <= set(p.sectors)
            if p.submission_date:
                assert p.council_approval_date <= p.submission_date <= TODAY
            if p.feedback_date:
                assert p.submission_date <= p.feedback_date <= TODAY
        for f in s.scalars(select(FinancialSupport)):
            assert f.amount > 0
            if f.disbursed_amount is not None:
                assert f.disbursed_amount <= f.amount
                assert f.decision_date <= f.disbursed_date <= TODAY
        # Deadlines both overdue and upcoming relative to "today".
        planned = s.scalars(
            select(MonitoringReport.due_date).where(
                MonitoringReport.status == MonitoringStatus.PLANNED
            )
        ).all()
        assert any(d < TODAY for d in planned) and any(d > TODAY for d in planned)
        waiting = s.execute(
            select(Signatory.adhesion_date, Signatory.framework)
            .join(ActionPlan, ActionPlan.signatory_id == Signatory.id, isouter=True)
            .where(ActionPlan.submission_date.is_(None))
        ).all()
        dues = [a.replace(year=a.year + (1 if f is Framework.F2020 else 2)) for a, f in waiting]
        assert any(d < TODAY for d in dues) and any(d > TODAY for d in dues)


def test_rates_cover_every_currency_and_date_used(database) -> None:
    generate(database, _options(n=30, seed=3))
    with database.session() as s:
        first_rate = dict(
            s.execute(
                select(ExchangeRate.currency, func.min(ExchangeRate.rate_date)).group_by(
                    ExchangeRate.currency
                )
            ).all()
        )
        used = s.execute(
            select(
                FinancialSupport.currency,
                FinancialSupport.decision_date,
                FinancialSupport.disbursed_date,
            )
        ).all()
        budgets = s.execute(
            select(EnergyDay.currency, EnergyDay.start_date).where(EnergyDay.budget.is_not(None))
        ).all()
        monthly = Counter(s.scalars(select(ExchangeRate.currency)))
    currencies = {c for c, *_ in used} | {c for c, _ in budgets}
    assert len(currencies - {"EUR"}) >= 3
    for currency, *dates in list(used) + list(budgets):
        if currency == "EUR":
            continue
        assert currency in first_rate, currency
        for d in dates:
            if d is not None:
                assert first_rate[currency] <= d, (currency, d)
    # One rate a month from January 2010 up to the current month.
    assert set(monthly.values()) == {(TODAY.year - 2010) * 12 + TODAY.month}


def test_same_seed_same_records_other_seed_differs(database, other_database) -> None:
    generate(database, _options(n=15, seed=42))
    generate(other_database, _options(n=15, seed=42))
    first, second = _snapshot(database), _snapshot(other_database)
    assert first == second
    assert len(first["signatory"]) == 15

    with database.transaction() as s:  # make room for a different seed in the same database
        for mapper in reversed(Base.metadata.sorted_tables):
            if mapper.name != "alembic_version":
                s.execute(mapper.delete())
    generate(database, _options(n=15, seed=43))
    third = _snapshot(database)
    assert {r[0] for r in third["signatory"]}.isdisjoint({r[0] for r in first["signatory"]})
    # Not just other keys: other towns, amounts and dates.
    assert [r[1:] for r in third["signatory"]] != [r[1:] for r in first["signatory"]]
    amounts = lambda snap: sorted(str(r[1:]) for r in snap["financial_support"])  # noqa: E731
    assert amounts(third) != amounts(first)


def test_refuses_a_database_with_signatories(database) -> None:
    generate(database, _options(n=5, seed=1))
    before = _snapshot(database)
    with pytest.raises(DemoRefused) as refused:
        generate(database, _options(n=5, seed=2))
    assert refused.value.code == "not_empty" and refused.value.params == {"count": 5}
    # --force with the seed already used: refused, nothing half-written.
    with pytest.raises(DemoRefused) as again:
        generate(database, _options(n=5, seed=1, force=True))
    assert again.value.code == "seed_used"
    assert _snapshot(database) == before
    # --force with a new seed adds to the same office.
    result = generate(database, _options(n=5, seed=2, force=True))
    assert "coordinator" not in result.counts
    assert "exchange_rate" not in result.counts  # the months already have rates
    with database.session() as s:
        assert _count(s, Signatory) == 10
        assert _count(s, Coordinator, Coordinator.is_own_office.is_(True)) == 1


def test_cli_demo_then_db_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.__main__ import main

    db = str(tmp_path / "demo.sqlite3")
    args = ["--database", db, "demo", "--signatories", "25", "--seed", "5"]
    assert main([*args, "--today", "2026-06-15", "--finance-per-signatory", "3"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"Signatories\s+25\b", out)
    assert re.search(r"Financial support\s+75\b", out)
    assert "Audit entries" in out and " s." in out

    assert main(args) == 1
    err = capsys.readouterr().err
    assert "already holds 25 signatories" in err and "--force" in err

    assert main(["--database", db, "demo", "--signatories", "many"]) == 1
    assert "--signatories" in capsys.readouterr().err
    assert main(["--database", db, "demo", "--signatories", "3", "--today", "2026-13-01"]) == 1
    assert "--today" in capsys.readouterr().err

    assert main(["--database", db, "db", "check"]) == 0
    assert "Integrity: ok" in capsys.readouterr().out


@pytest.mark.parametrize("lang", ["en", "ru", "tk"])
def test_cli_demo_summary_names_each_table_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    """Each count is under its table's title from the kind specs, in the --lang language
    (no table names such as report_submission), and is the number of rows in that table."""
    from desktop_app import i18n
    from desktop_app.__main__ import main
    from desktop_app.domain.kinds import table_titles
    from desktop_app.services.database import open_database

    path = tmp_path / "demo.sqlite3"
    try:
        args = ["--database", str(path), "--lang", lang, "demo", "--signatories", "8"]
        assert main([*args, "--today", "2026-06-15"]) == 0
    finally:
        i18n.install("en")
    out = capsys.readouterr().out
    assert not re.search(r"[a-z]+_[a-z_]+", out), out
    shown = dict(
        (m.group(1), int(m.group(2)))
        for m in (re.match(r"^  (.+?) +(\d+)$", line) for line in out.splitlines())
        if m
    )
    db = open_database(str(path), migrate_schema=False, create=False)
    try:
        with db.session() as s:
            counts = {
                m.local_table.name: _count(s, m.class_)
                for m in Base.registry.mappers
                if issubclass(m.class_, RecordMixin)
            }
            audit = _count(s, AuditEntry)
    finally:
        db.dispose()
    expected = {
        said(lang, "RecordKind", title): counts[table]
        for table, title in table_titles().items()
        if counts[table]
    }
    assert {"report_submission", "emission_inventory_cell"} <= {t for t, n in counts.items() if n}
    assert shown == {**expected, said(lang, "CLI", "Audit entries"): audit}


def test_fast_construction_never_skips_listeners() -> None:
    """`make` may bypass attribute events only where nobody listens to them."""
    from sqlalchemy import event

    from desktop_app.services import demo_common

    seen: list[str] = []

    def on_set(_target, value, _old, _initiator) -> None:
        seen.append(value)

    demo_common._FAST.pop(ExchangeRate, None)
    event.listen(ExchangeRate.source, "set", on_set)
    try:
        demo_common.make(ExchangeRate, currency="USD", source="listened")
    finally:
        event.remove(ExchangeRate.source, "set", on_set)
        demo_common._FAST.pop(ExchangeRate, None)
    assert seen == ["listened"]
    quick = demo_common.make(ExchangeRate, currency="USD", source="quiet")
    assert demo_common._FAST[ExchangeRate] is True
    assert (quick.currency, quick.source) == ("USD", "quiet")


@pytest.mark.parametrize("today", [date(2020, 1, 1), date(2031, 3, 1)])
def test_dates_in_order_for_any_today(database, today: date) -> None:
    generate(database, DemoOptions(signatories=30, seed=5, today=today))
    with database.session() as s:
        for c in s.scalars(select(Coordinator)):
            path = [
                c.expression_of_interest_date,
                c.eligibility_confirmed_date,
                c.commitment_signed_date,
                c.active_date,
            ]
            known = [d for d in path if d is not None]
            assert known == sorted(known) and all(d <= today for d in known), c.name
            for later in (c.on_hold_date, c.withdrawn_date):
                assert later is None or c.active_date <= later <= today
        for x in s.scalars(select(Signatory)):
            assert date(2010, 1, 1) <= x.adhesion_date <= today
            assert x.status_date is None or x.adhesion_date <= x.status_date <= today
        for e in s.scalars(select(DeadlineExtension)):
            assert e.request_date < e.granted_until and e.request_date <= today
        for m in s.scalars(select(MonitoringReport)):
            assert m.submission_date is None or m.submission_date <= today
        assert all(d <= today for d in s.scalars(select(SupportActivity.activity_date)))
    with pytest.raises(ValueError):
        generate(database, DemoOptions(signatories=1, today=date(2019, 12, 31), force=True))


@pytest.mark.parametrize("batch", [1, 3])
def test_any_batch_size_writes_parents_first(database, batch: int) -> None:
    """The demo flushes in batches; a record added before its parent failed with a foreign
    key error whenever a batch ended between the two (`demo --signatories 20000` did: a plan
    extension was added before its town). With one object a batch, every record must come
    after everything it points to, and the same seed gives the same records as usual."""
    today = date(2025, 11, 14)
    result = generate(database, DemoOptions(signatories=40, batch=batch, today=today))
    assert result.counts["deadline_extension"] > 0
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Signatory)) == 40

"""Storage on both engines: stamps, optimistic locking, soft delete and the audit trail."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from desktop_app.domain.enums import AuditAction, Framework, FundingSource, Instrument
from desktop_app.domain.models import AuditEntry, FinancialSupport, Signatory


def _signatory(**kw) -> Signatory:
    values = dict(
        name="Ashgabat",
        local_name="Ашхабад",
        country="TM",
        population=1_000_000,
        adhesion_date=date(2021, 3, 1),
        framework=Framework.F2030,
        pillars=["mitigation", "adaptation"],
    )
    values.update(kw)
    return Signatory(**values)


def test_insert_stamps_and_audits(database) -> None:
    with database.transaction("test", user="clerk") as s:
        sig = _signatory()
        s.add(sig)
    with database.session() as s:
        loaded = s.get(Signatory, sig.id)
        assert loaded is not None
        assert loaded.updated_by == "clerk"
        assert loaded.version == 1
        assert loaded.created_at.tzinfo is not None
        assert loaded.pillars == ["mitigation", "adaptation"]
        assert loaded.framework is Framework.F2030
        trail = s.scalars(select(AuditEntry).where(AuditEntry.record_id == sig.id)).all()
    assert [e.action for e in trail] == [AuditAction.INSERT]
    assert '"name": "Ashgabat"' in (trail[0].new_value or "")
    assert trail[0].origin == "test"


def test_update_writes_field_level_audit_and_bumps_version(database) -> None:
    with database.transaction() as s:
        sig = _signatory()
        s.add(sig)
    with database.transaction(user="editor") as s:
        loaded = s.get(Signatory, sig.id)
        loaded.population = 1_100_000
        loaded.region = "Ahal"
    with database.session() as s:
        loaded = s.get(Signatory, sig.id)
        assert loaded.version == 2
        changes = {
            e.field: (e.old_value, e.new_value)
            for e in s.scalars(
                select(AuditEntry).where(
                    AuditEntry.record_id == sig.id, AuditEntry.action == AuditAction.UPDATE
                )
            )
        }
    assert changes == {"population": ("1000000", "1100000"), "region": ("", "Ahal")}


def test_concurrent_edit_is_refused(database) -> None:
    with database.transaction() as s:
        sig = _signatory()
        s.add(sig)
    first = database.session()
    second = database.session()
    a = first.get(Signatory, sig.id)
    b = second.get(Signatory, sig.id)
    second.commit()  # a form reads, then the user thinks: no transaction is held meanwhile
    a.region = "Mary"
    first.commit()
    b.region = "Lebap"
    with pytest.raises(StaleDataError):
        second.commit()
    second.rollback()
    first.close()
    second.close()
    with database.session() as s:
        assert s.get(Signatory, sig.id).region == "Mary"


def test_soft_delete_and_restore_are_audited(database) -> None:
    from datetime import UTC, datetime

    with database.transaction() as s:
        sig = _signatory()
        s.add(sig)
    with database.transaction() as s:
        s.get(Signatory, sig.id).deleted_at = datetime.now(UTC)
    with database.transaction() as s:
        s.get(Signatory, sig.id).deleted_at = None
    with database.session() as s:
        actions = [
            e.action
            for e in s.scalars(
                select(AuditEntry)
                .where(AuditEntry.record_id == sig.id, AuditEntry.field == "")
                .order_by(AuditEntry.changed_at)
            )
        ]
    assert actions == [AuditAction.INSERT, AuditAction.DELETE, AuditAction.RESTORE]


def test_money_is_exact_decimal(database) -> None:
    with database.transaction() as s:
        sig = _signatory()
        s.add(sig)
        s.flush()
        fin = FinancialSupport(
            signatory_id=sig.id,
            instrument=Instrument.GRANT,
            source=FundingSource.EU,
            amount=Decimal("1234567.89"),
            currency="EUR",
        )
        s.add(fin)
    with database.session() as s:
        amount = s.get(FinancialSupport, fin.id).amount
    assert amount == Decimal("1234567.89") and isinstance(amount, Decimal)


def test_failed_use_case_writes_nothing(database) -> None:
    with pytest.raises(RuntimeError), database.transaction() as s:
        s.add(_signatory(name="Mary"))
        s.flush()
        raise RuntimeError("boom")
    with database.session() as s:
        assert s.scalars(select(Signatory)).all() == []
        assert s.scalars(select(AuditEntry)).all() == []

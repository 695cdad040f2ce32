"""History: who changed what, and reverting a field or a record (itself audited)."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop_app.db.errors import DatabaseError
from desktop_app.domain.enums import AuditAction, Framework, SignatoryStatus
from desktop_app.domain.models import AuditEntry, FinancialSupport, Signatory
from desktop_app.services import history

from ._sample_data import fill


def _edit(db, sid, user="editor", **values) -> datetime:
    time.sleep(0.002)  # distinct timestamps between use cases, as between real edits
    with db.transaction("gui", user=user) as s:
        obj = s.get(Signatory, sid)
        for k, v in values.items():
            setattr(obj, k, v)
    return datetime.now(UTC)


def test_history_lists_insert_updates_delete_restore(database) -> None:
    (sid,) = fill(database, 1)
    _edit(database, sid, population=2000, region="Ahal")
    _edit(database, sid, user="boss", deleted_at=datetime.now(UTC))
    _edit(database, sid, deleted_at=None)
    entries = history.record_history(database, "signatory", sid)
    actions = [(e.action, e.field) for e in entries]
    assert actions == [
        (AuditAction.INSERT, ""),
        (AuditAction.UPDATE, "population"),
        (AuditAction.UPDATE, "region"),
        (AuditAction.DELETE, ""),
        (AuditAction.RESTORE, ""),
    ]
    assert entries[0].snapshot["name"] == "Town 0" and entries[0].changed_by == "clerk"
    assert (entries[1].old_value, entries[1].new_value) == ("1000", "2000")
    assert entries[3].changed_by == "boss"


def test_revert_record_restores_every_type(database) -> None:
    (sid,) = fill(database, 1)
    t0 = datetime.now(UTC)
    _edit(
        database,
        sid,
        population=None,
        adhesion_date=date(2024, 2, 29),
        framework=Framework.F2050,
        pillars=["energy_poverty"],
        target_percent=Decimal("55.25"),
        joint_plan=True,
        status=SignatoryStatus.ON_HOLD,
        local_name="",
    )
    changed = history.revert_record(database, "signatory", sid, t0, user="admin")
    assert set(changed) == {
        "population",
        "adhesion_date",
        "framework",
        "pillars",
        "target_percent",
        "joint_plan",
        "status",
        "local_name",
    }
    with database.session() as s:
        sig = s.get(Signatory, sid)
        assert sig.population == 1000 and sig.adhesion_date == date(2020, 1, 1)
        assert sig.framework is Framework.F2030 and sig.pillars == ["mitigation", "adaptation"]
        assert sig.target_percent == Decimal("30.50") and sig.joint_plan is False
        assert sig.status is SignatoryStatus.ACTIVE and sig.local_name == "Шәхер 0"
        assert sig.version == 3
        reverts = s.scalars(select(AuditEntry).where(AuditEntry.origin == "revert")).all()
    assert len(reverts) == 8 and {e.changed_by for e in reverts} == {"admin"}


def test_revert_field_to_an_entry_and_undo_change(database) -> None:
    (sid,) = fill(database, 1)
    _edit(database, sid, population=2000)
    _edit(database, sid, population=3000, region="Mary")
    entries = history.record_history(database, "signatory", sid)
    first_update = next(e for e in entries if e.new_value == "2000")
    assert history.revert_field(database, "signatory", sid, "population", first_update)
    with database.session() as s:
        sig = s.get(Signatory, sid)
        assert (sig.population, sig.region) == (2000, "Mary")
    region_change = next(e for e in entries if e.field == "region")
    assert history.undo_change(database, region_change, "signatory", sid)
    with database.session() as s:
        assert s.get(Signatory, sid).region == ""
    # undoing the population change to 3000 now conflicts: the field has moved on since
    later = next(e for e in entries if e.new_value == "3000")
    with pytest.raises(DatabaseError) as caught:
        history.undo_change(database, later, "signatory", sid)
    assert caught.value.code == "history_conflict"


def test_revert_with_stale_version_is_refused(database) -> None:
    (sid,) = fill(database, 1)
    t0 = datetime.now(UTC)
    _edit(database, sid, population=2000)
    shown_version = 2
    _edit(database, sid, user="colleague", region="Lebap")
    with pytest.raises(DatabaseError) as caught:
        history.revert_record(database, "signatory", sid, t0, expected_version=shown_version)
    assert caught.value.code == "history_conflict"
    assert caught.value.params["user"] == "colleague"
    with database.session() as s:
        assert s.get(Signatory, sid).population == 2000  # nothing written


def test_revert_restores_deleted_state_and_money(database) -> None:
    (sid,) = fill(database, 1)
    with database.session() as s:
        fin = s.scalars(select(FinancialSupport)).one()
    t0 = datetime.now(UTC)
    time.sleep(0.002)
    with database.transaction("gui") as s:
        f = s.get(FinancialSupport, fin.id)
        f.amount = Decimal("99.99")
        f.deleted_at = datetime.now(UTC)
    history.revert_record(database, "financial_support", fin.id, t0)
    with database.session() as s:
        f = s.get(FinancialSupport, fin.id)
        assert f.amount == Decimal("1234.56") and f.deleted_at is None
    entries = history.record_history(database, "financial_support", fin.id)
    assert [e.action for e in entries if e.origin == "revert"].count(AuditAction.RESTORE) == 1


def test_unknown_table_field_and_before_creation(database) -> None:
    (sid,) = fill(database, 1)
    with pytest.raises(DatabaseError):
        history.record_history(database, "no_such_table", sid)
    entries = history.record_history(database, "signatory", sid)
    with pytest.raises(DatabaseError) as caught:
        history.revert_field(database, "signatory", sid, "version", entries[0])
    assert caught.value.code == "history_unknown"
    with pytest.raises(DatabaseError) as caught:
        history.revert_record(database, "signatory", sid, datetime(2000, 1, 1, tzinfo=UTC))
    assert caught.value.code == "history_unknown"

"""Trash, restore, the Trash list, related records and duplicate detection on both engines."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from desktop_app.domain.models import AuditEntry
from desktop_app.services import records
from desktop_app.services.signatories import count_signatories

TODAY = date(2025, 6, 1)


def sig(db, name: str, country: str = "TM", local_name: str = "") -> records.Snapshot:
    return records.save(
        db,
        "signatory",
        {
            "name": name,
            "local_name": local_name,
            "country": country,
            "adhesion_date": date(2019, 1, 1),
        },
        today=TODAY,
    )


def test_trash_and_restore_round_trip_with_audit(database) -> None:
    a, b = sig(database, "Mary"), sig(database, "Tejen")
    assert records.trash(database, "signatory", [a.id], user="clerk") == 1
    assert records.trash(database, "signatory", [a.id]) == 0, "already in the Trash"
    assert count_signatories(database) == 1
    rows = records.trash_rows(database)
    assert [(r.kind, r.id, r.deleted_by) for r in rows] == [("signatory", a.id, "clerk")]
    assert rows[0].name == "Mary"
    assert records.restore(database, "signatory", [a.id]) == 1
    assert records.trash_rows(database) == []
    assert count_signatories(database) == 2
    with database.session() as s:
        actions = [
            e.action.value
            for e in s.scalars(
                select(AuditEntry)
                .where(AuditEntry.record_id == a.id, AuditEntry.field == "")
                .order_by(AuditEntry.changed_at)
            )
        ]
    assert actions == ["insert", "delete", "restore"]
    assert b.id not in {r.id for r in records.trash_rows(database)}


def test_bulk_trash_takes_a_backup_first(database, monkeypatch) -> None:
    from desktop_app.services import backup

    calls: list[str] = []
    monkeypatch.setattr(backup, "before", lambda db, reason, settings=None: calls.append(reason))
    ids = [sig(database, n).id for n in ("Mary", "Tejen", "Baharly")]
    records.trash(database, "signatory", ids[:1])
    assert calls == []
    assert records.trash(database, "signatory", ids[1:]) == 2
    assert calls == ["delete"]


def test_trash_rows_name_every_kind(database) -> None:
    s = sig(database, "Mary")
    plan = records.save(
        database,
        "action_plan",
        {"signatory_id": s.id, "plan_type": "secap", "title": "Green Mary"},
        today=TODAY,
    )
    fin = records.save(
        database,
        "financial_support",
        {
            "signatory_id": s.id,
            "instrument": "grant",
            "source": "eu",
            "amount": "1500.5",
            "currency": "EUR",
        },
        today=TODAY,
    )
    rate = records.save(
        database,
        "exchange_rate",
        {"currency": "TMT", "rate_date": "2024-01-01", "units_per_eur": "3.8"},
        today=TODAY,
    )
    records.trash(database, "action_plan", [plan.id])
    records.trash(database, "financial_support", [fin.id])
    records.trash(database, "exchange_rate", [rate.id])
    names = {r.kind: r.name for r in records.trash_rows(database)}
    assert names["action_plan"] == "Mary \u2014 SECAP \u2014 Green Mary"
    assert names["financial_support"].startswith("Mary \u2014 Grant \u2014 1")
    assert "EUR" in names["financial_support"]
    # the language's date format and the rate as people write it (the Trash page shows it)
    assert names["exchange_rate"] == "TMT \u2014 01/01/2024 \u2014 3.8"


def test_related_lists_what_belongs_to_a_signatory(database) -> None:
    mary, tejen = sig(database, "Mary"), sig(database, "Tejen")
    records.save(
        database, "action_plan", {"signatory_id": mary.id, "plan_type": "seap"}, today=TODAY
    )
    records.save(
        database,
        "monitoring_report",
        {"signatory_id": mary.id, "reporting_type": "action"},
        today=TODAY,
    )
    records.save(database, "deadline_extension", {"signatory_id": mary.id}, today=TODAY)
    records.save(
        database,
        "support_activity",
        {"activity_type": "training", "activity_date": "2024-02-02", "signatory_ids": [mary.id]},
        today=TODAY,
    )
    records.save(
        database,
        "support_activity",
        {"activity_type": "event", "activity_date": "2024-03-03", "reaches_all": True},
        today=TODAY,
    )
    records.save(
        database,
        "support_activity",
        {"activity_type": "event", "activity_date": "2024-03-04", "signatory_ids": [tejen.id]},
        today=TODAY,
    )
    fin = records.save(
        database,
        "financial_support",
        {
            "signatory_id": mary.id,
            "instrument": "grant",
            "source": "eu",
            "amount": 10,
            "currency": "EUR",
        },
        today=TODAY,
    )
    records.save(
        database,
        "energy_day",
        {"title": "Mary day", "start_date": "2024-06-01", "organiser_ids": [mary.id]},
        today=TODAY,
    )
    rel = records.related(database, mary.id)
    assert (len(rel.plans), len(rel.monitoring), len(rel.extensions)) == (1, 1, 1)
    assert [r.day for r in rel.assistance] == [date(2024, 2, 2), date(2024, 3, 3)]
    assert [r.text for r in rel.energy_days] == ["Mary day"]
    assert [r.id for r in rel.finance] == [fin.id]
    records.trash(database, "financial_support", [fin.id])
    assert records.related(database, mary.id).finance == ()
    assert len(records.related(database, tejen.id).all()) == 2


def test_duplicates_across_scripts_in_the_same_country(database) -> None:
    ash = sig(database, "Ashgabat", local_name="Aşgabat")
    sig(database, "Mary")
    sig(database, "Ashgabat", country="KZ")
    found = records.find_duplicates(database, "Ашхабад", country="TM")
    assert [m.id for m in found] == [ash.id]
    assert records.find_duplicates(database, " ashgabat ", country="TM")[0].name == "Ashgabat"
    assert records.find_duplicates(database, "x", local_name="Ашгабат", country="TM")
    assert records.find_duplicates(database, "Ashgabat", country="TM", exclude_id=ash.id) == []
    assert records.find_duplicates(database, "Tejen", country="TM") == []
    assert records.find_duplicates(database, "", country="TM") == []
    records.trash(database, "signatory", [ash.id])
    assert records.find_duplicates(database, "Ashgabat", country="TM") == []


def test_a_trashed_signatory_takes_its_records_along_and_brings_them_back(database) -> None:
    from desktop_app.services.lists import list_rows, row_id

    s, other = sig(database, "Mary"), sig(database, "Tejen")
    plan = records.save(
        database, "action_plan", {"signatory_id": s.id, "plan_type": "secap"}, today=TODAY
    )
    old_plan = records.save(
        database, "action_plan", {"signatory_id": s.id, "plan_type": "seap"}, today=TODAY
    )
    fin = records.save(
        database,
        "financial_support",
        {"signatory_id": s.id, "instrument": "grant", "source": "eu", "amount": "10"},
        today=TODAY,
    )
    kept = records.save(
        database, "action_plan", {"signatory_id": other.id, "plan_type": "secap"}, today=TODAY
    )
    records.trash(database, "action_plan", [old_plan.id])  # trashed on its own, earlier
    records.trash(database, "signatory", [s.id])
    trashed = {(r.kind, r.id) for r in records.trash_rows(database)}
    assert {("signatory", s.id), ("action_plan", plan.id), ("financial_support", fin.id)} <= trashed
    assert [row_id(r[0]) for r in list_rows(database, "plans")] == [kept.id]
    records.restore(database, "signatory", [s.id])
    trashed = {(r.kind, r.id) for r in records.trash_rows(database)}
    assert trashed == {("action_plan", old_plan.id)}, "only what was trashed on its own stays"

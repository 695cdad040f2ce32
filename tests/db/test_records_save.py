"""records.save/load on both engines: validation, conflicts, links, partial updates."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest

from desktop_app.domain.enums import FinanceStatus, SignatoryStatus
from desktop_app.services import records
from desktop_app.services.records import Conflict, RecordNotFound, ValidationFailed

TODAY = date(2025, 6, 1)


def make_signatory(db, name: str = "Ashgabat", **extra) -> records.Snapshot:
    values = {"name": name, "country": "TM", "adhesion_date": date(2020, 3, 1), **extra}
    return records.save(db, "signatory", values, today=TODAY)


def test_create_then_load_round_trips_typed_values(database) -> None:
    snap = make_signatory(database, population="12 500", target_percent="30,5")
    loaded = records.load(database, "signatory", snap.id)
    assert loaded.version == 1
    assert loaded.values["population"] == 12500
    assert loaded.values["target_percent"] == Decimal("30.5")
    assert loaded.values["status"] == SignatoryStatus.ACTIVE
    assert loaded.values["pillars"] == []
    assert loaded.updated_by


def test_validation_error_blocks_and_writes_nothing(database) -> None:
    with pytest.raises(ValidationFailed) as failed:
        records.save(database, "signatory", {"name": "", "country": "XX"}, today=TODAY)
    fields = {(i.field, i.code) for i in failed.value.errors}
    assert ("name", "required") in fields
    assert ("country", "country_unknown") in fields
    from desktop_app.services.signatories import count_signatories

    assert count_signatories(database) == 0


def test_warnings_do_not_block_and_come_back(database) -> None:
    snap = records.save(database, "signatory", {"name": "Mary", "country": "TM"}, today=TODAY)
    assert any(w.code == "adhesion_date_missing" for w in snap.warnings)
    assert records.load(database, "signatory", snap.id).values["name"] == "Mary"


def test_partial_update_bumps_version_and_keeps_other_fields(database) -> None:
    snap = make_signatory(database, region="Ahal")
    updated = records.save(
        database,
        "signatory",
        {"population": 900000},
        id=snap.id,
        expected_version=1,
        today=TODAY,
    )
    assert updated.version == 2
    assert updated.values["region"] == "Ahal"
    assert updated.values["population"] == 900000


def test_stale_version_raises_conflict_with_both_versions(database) -> None:
    snap = make_signatory(database)
    records.save(
        database, "signatory", {"region": "Ahal"}, id=snap.id, expected_version=1, today=TODAY
    )
    with pytest.raises(Conflict) as conflict:
        records.save(
            database, "signatory", {"region": "Mary"}, id=snap.id, expected_version=1, today=TODAY
        )
    assert conflict.value.theirs["region"] == "Ahal"
    assert conflict.value.mine == {"region": "Mary"}
    assert conflict.value.theirs_version == 2
    assert conflict.value.changed_fields == ("region",)
    assert records.load(database, "signatory", snap.id).values["region"] == "Ahal"


def test_saving_a_trashed_record_is_a_conflict(database) -> None:
    snap = make_signatory(database)
    records.trash(database, "signatory", [snap.id])
    with pytest.raises(Conflict) as conflict:
        records.save(database, "signatory", {"region": "X"}, id=snap.id, today=TODAY)
    assert conflict.value.theirs_deleted


def test_unknown_record_and_unknown_field(database) -> None:
    with pytest.raises(RecordNotFound):
        records.load(database, "signatory", uuid.uuid4())
    with pytest.raises(ValueError, match="no field"):
        records.save(database, "signatory", {"colour": "red"})
    with pytest.raises(ValueError, match="unknown record kind"):
        records.new_values("spaceship")


def test_reference_to_missing_signatory_names_the_field(database) -> None:
    with pytest.raises(ValidationFailed) as failed:
        records.save(
            database,
            "financial_support",
            {
                "signatory_id": uuid.uuid4(),
                "instrument": "grant",
                "source": "eu",
                "amount": "100",
                "currency": "EUR",
            },
            today=TODAY,
        )
    assert [(i.field, i.code) for i in failed.value.errors] == [("signatory_id", "invalid_choice")]


def test_finance_rule_error_and_exact_money(database) -> None:
    sig = make_signatory(database)
    base = {"signatory_id": sig.id, "instrument": "grant", "source": "eu", "currency": "EUR"}
    with pytest.raises(ValidationFailed) as failed:
        records.save(
            database,
            "financial_support",
            {**base, "amount": "100", "disbursed_amount": "150"},
            today=TODAY,
        )
    assert failed.value.errors[0].code == "disbursed_exceeds_amount"
    snap = records.save(
        database,
        "financial_support",
        {**base, "amount": "1234567.89", "status": FinanceStatus.APPLIED},
        today=TODAY,
    )
    assert records.load(database, "financial_support", snap.id).values["amount"] == Decimal(
        "1234567.89"
    )


def test_activity_links_are_added_removed_and_revived(database) -> None:
    a, b, c = (make_signatory(database, n) for n in ("Mary", "Tejen", "Bayramaly"))
    snap = records.save(
        database,
        "support_activity",
        {
            "activity_type": "training",
            "activity_date": date(2024, 5, 2),
            "title": "BEI",
            "signatory_ids": [a.id, b.id],
        },
        today=TODAY,
    )
    assert set(snap.values["signatory_ids"]) == {a.id, b.id}
    v2 = records.save(
        database,
        "support_activity",
        {"signatory_ids": [b.id, c.id]},
        id=snap.id,
        expected_version=snap.version,
        today=TODAY,
    )
    assert sorted(map(str, v2.values["signatory_ids"])) == sorted(map(str, [b.id, c.id]))
    assert v2.version == snap.version + 1, "a change of the list alone must bump the version"
    v3 = records.save(
        database,
        "support_activity",
        {"signatory_ids": [a.id, b.id, c.id]},
        id=snap.id,
        expected_version=v2.version,
        today=TODAY,
    )
    assert len(v3.values["signatory_ids"]) == 3


def test_energy_day_organisers_with_lead(database) -> None:
    a, b = make_signatory(database, "Mary"), make_signatory(database, "Tejen")
    snap = records.save(
        database,
        "energy_day",
        {
            "title": "Energy Day",
            "start_date": date(2024, 6, 20),
            "organiser_ids": [a.id, b.id],
            "lead_organiser_id": b.id,
        },
        today=TODAY,
    )
    assert snap.values["lead_organiser_id"] == b.id
    with pytest.raises(ValidationFailed) as failed:
        records.save(
            database, "energy_day", {"lead_organiser_id": uuid.uuid4()}, id=snap.id, today=TODAY
        )
    assert failed.value.errors[0].field == "lead_organiser_id"


def test_extension_context_counts_existing_ones(database) -> None:
    sig = make_signatory(database)
    first = records.save(database, "deadline_extension", {"signatory_id": sig.id}, today=TODAY)
    assert not any(w.code == "extension_exists" for w in first.warnings)
    second = records.save(database, "deadline_extension", {"signatory_id": sig.id}, today=TODAY)
    assert any(w.code == "extension_exists" for w in second.warnings)


def test_plan_baseline_checked_against_the_plans_submission(database) -> None:
    sig = make_signatory(database)  # adhesion 2020
    after_adhesion = records.save(
        database,
        "action_plan",
        {"signatory_id": sig.id, "plan_type": "secap", "baseline_year": 2022},
        today=TODAY,
    )
    assert after_adhesion.id is not None
    with pytest.raises(ValidationFailed) as failed:
        records.save(
            database,
            "action_plan",
            {
                "signatory_id": sig.id,
                "plan_type": "secap",
                "baseline_year": 2022,
                "submission_date": date(2021, 6, 1),
            },
            today=TODAY,
        )
    assert failed.value.errors[0].code == "baseline_after_submission"


def test_every_kind_saves_from_its_blank_values(database) -> None:
    sig = make_signatory(database)
    coord = records.save(
        database,
        "coordinator",
        {"name": "Ahal region", "kind": "territorial", "country": "TM"},
        today=TODAY,
    )
    minimal = {
        "service_offer": {"coordinator_id": coord.id, "service": "technical"},
        "action_plan": {"signatory_id": sig.id, "plan_type": "seap"},
        "monitoring_report": {"signatory_id": sig.id, "reporting_type": "action"},
        "deadline_extension": {"signatory_id": sig.id},
        "support_activity": {
            "activity_type": "event",
            "activity_date": "2024-01-10",
            "reaches_all": True,
        },
        "financial_support": {
            "signatory_id": sig.id,
            "instrument": "grant",
            "source": "eu",
            "amount": 5,
            "currency": "EUR",
        },
        "energy_day": {"title": "Day", "start_date": "2024-06-01"},
        "exchange_rate": {"currency": "TMT", "rate_date": "2024-01-01", "units_per_eur": "3.8"},
    }
    for kind_id, values in minimal.items():
        snap = records.save(database, kind_id, values, today=TODAY)
        assert records.load(database, kind_id, snap.id).version == 1, kind_id


def test_nonsense_input_is_reported_not_raised(database) -> None:
    sig = make_signatory(database)
    cases = [
        ("deadline_extension", {"signatory_id": sig.id, "subject": "moon"}, "subject"),
        (
            "support_activity",
            {
                "activity_type": "event",
                "activity_date": "2024-01-01",
                "signatory_ids": ["not-a-uuid"],
            },
            "signatory_ids",
        ),
        ("signatory", {"name": "X", "country": "TM", "population": "many"}, "population"),
        (
            "exchange_rate",
            {"currency": "TMT", "rate_date": "31/12/2024", "units_per_eur": "3.8"},
            "rate_date",
        ),
        (
            "financial_support",
            {
                "signatory_id": "123",
                "instrument": "grant",
                "source": "eu",
                "amount": "1e400000",
                "currency": "EUR",
            },
            "signatory_id",
        ),
    ]
    for kind_id, values, field in cases:
        with pytest.raises(ValidationFailed) as failed:
            records.save(database, kind_id, values, today=TODAY)
        assert field in {i.field for i in failed.value.errors}, (kind_id, failed.value.issues)

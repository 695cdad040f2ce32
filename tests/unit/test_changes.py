"""The Changes value every GUI write ends in (services/changes.py) and what a trash touches."""

from __future__ import annotations

import uuid

from desktop_app.services import records
from desktop_app.services.changes import Changes


def test_one_kind_with_ids_touches_only_those_records() -> None:
    a, b = uuid.uuid4(), uuid.uuid4()
    changes = Changes.of("financial_support", [a])
    assert changes.touches("financial_support") and not changes.touches("signatory")
    assert changes.has("financial_support", a) and not changes.has("financial_support", b)
    assert not changes.has("signatory", a)
    assert changes.ids_of("financial_support") == {a}


def test_a_kind_without_ids_may_be_any_record_and_everything_is_all() -> None:
    some = Changes(frozenset({"action_plan"}))
    assert some.has("action_plan", uuid.uuid4()) and bool(some)
    everything = Changes.all()
    assert everything.touches("exchange_rate") and everything.has("signatory", None)
    assert not Changes() and not Changes().touches("signatory")


def test_merging_keeps_both_sides() -> None:
    a, b = uuid.uuid4(), uuid.uuid4()
    merged = Changes.of("signatory", [a]) | Changes.of("energy_day", [b])
    assert merged.kinds == {"signatory", "energy_day"}
    assert merged.ids == {("signatory", a), ("energy_day", b)}


def test_trashing_a_signatory_touches_what_goes_with_it() -> None:
    s = uuid.uuid4()
    changes = records.trash_changes("signatory", [s])
    assert changes.ids_of("signatory") == {s}
    assert {"action_plan", "monitoring_report", "deadline_extension", "financial_support"} <= (
        changes.kinds
    )
    alone = records.trash_changes("financial_support", [s])
    assert alone.kinds == {"financial_support"}

"""What else moves with a record to or from the Trash, in words, with counts.

A signatory takes its plans, monitoring reports, extensions, finance and its links to
coordinators, assistance activities and Energy Days along (services/records.py
`moving_along`); a clerk must be told before it happens, and told what came back after a
restore, instead of finding the Finance list emptier without a word.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ..i18n import tr


def _phrases() -> dict[str, Callable[[int], str]]:
    return {
        "action_plan": lambda n: tr("TrashWords", "%n action plans", None, n),
        "monitoring_report": lambda n: tr("TrashWords", "%n monitoring reports", None, n),
        "deadline_extension": lambda n: tr("TrashWords", "%n deadline extensions", None, n),
        "financial_support": lambda n: tr("TrashWords", "%n finance records", None, n),
        "signatory_coordinator": lambda n: tr("TrashWords", "%n links to coordinators", None, n),
        "support_activity_signatory": lambda n: tr(
            "TrashWords", "%n links to assistance activities", None, n
        ),
        "energy_day_organiser": lambda n: tr("TrashWords", "%n links to Energy Days", None, n),
    }


def along_list(counts: Mapping[str, int]) -> str:
    """ "2 action plans, 3 finance records, 1 link to Energy Days" ("" when nothing)."""
    phrases = _phrases()
    parts = [phrases[t](n) if t in phrases else f"{n} {t}" for t, n in counts.items() if n]
    return ", ".join(parts)


def trash_question(count: int, counts: Mapping[str, int]) -> str:
    """The confirmation before moving `count` records to the Trash."""
    if count == 1:
        text = tr("TrashWords", "Move this record to the Trash?")
    else:
        text = tr("TrashWords", "Move %n records to the Trash?", None, count)
    along = along_list(counts)
    if along:
        text += " " + tr("TrashWords", "With it go: {records}.").format(records=along)
        text += " " + tr("TrashWords", "You can restore them all from the Trash.")
    elif count == 1:
        text += " " + tr("TrashWords", "You can restore it from the Trash.")
    else:
        text += " " + tr("TrashWords", "You can restore them from the Trash.")
    return text


def restored_text(count: int, counts: Mapping[str, int]) -> str:
    """The message after a restore: what came back."""
    text = tr("TrashWords", "%n records restored.", None, count)
    along = along_list(counts)
    if along:
        text += " " + tr("TrashWords", "With them came back: {records}.").format(records=along)
    return text

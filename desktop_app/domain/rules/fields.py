"""Translatable labels of the record fields a user can see.

One table for validation messages, forms, list headers and importers, so a field is called
the same everywhere. The labels are declared once, in the kind specs (domain/kinds); this
module indexes them by field name. A name that means different things in different records
gets a (kind, field) entry in KIND_FIELD_LABELS: the first kind (in the registry's order)
that uses a name gives its shared label, and a kind whose label differs is listed there.
"""

from __future__ import annotations

from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from ..kinds import KINDS

OTHER_LABELS: dict[str, str] = {
    # record stamps (RecordMixin), shown by the history and the Trash
    "created_at": N_("Field", "Created"),
    "updated_at": N_("Field", "Last changed"),
    "updated_by": N_("Field", "Changed by"),
    "deleted_at": N_("Field", "Moved to trash"),
    # columns of link rows and facts from other records, named in messages and the history
    "lead": N_("Field", "Lead organiser"),
    "plan_submission_date": N_("Field", "Plan submission date"),
    "since": N_("Field", "Supported since"),
    "until": N_("Field", "Supported until"),
}
"""Labels of names that are no kind's field."""


def _index() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    shared: dict[str, str] = {}
    by_kind: dict[tuple[str, str], str] = {}
    for kind in KINDS.values():
        for spec in kind.fields:
            first = shared.setdefault(spec.name, spec.label)
            if first != spec.label:
                by_kind[(kind.id, spec.name)] = spec.label
    for name, text in OTHER_LABELS.items():
        shared.setdefault(name, text)
    return shared, by_kind


FIELD_LABELS, KIND_FIELD_LABELS = _index()


def field_label(field: str, kind: str = "") -> str:
    """The untranslated English label; translate it with context "Field".

    Unknown names come back unchanged, so a new column is never shown as an empty label.
    """
    return KIND_FIELD_LABELS.get((kind, field)) or FIELD_LABELS.get(field, field)

"""The bookkeeping columns every business table carries (domain.base.RecordMixin), by name.

The audit trail, the history view, restore, the kind registry and the import skip them when
they compare or copy a record's own fields; the Core-only tables of the first screen list
them. One list here, without importing SQLAlchemy, so start-up paths can use it too;
tests/unit/test_shared_helpers.py checks it against RecordMixin.
"""

from __future__ import annotations

RECORD_COLUMNS = ("id", "created_at", "updated_at", "updated_by", "version", "deleted_at")
STAMP_FIELDS = frozenset(RECORD_COLUMNS)
"""Not a clerk's data: the key, who/when stamps, the version counter and the Trash stamp."""

"""What a write changed: record kinds and ids, so each screen refreshes only what it shows.

Every write the GUI runs (a save, a move to or from the Trash, an undo, an import, a
restore) ends in one `Changes` value. The UI's operations layer sends it on one "changes
applied" signal; a page that shows none of the kinds ignores it. Kept free of Qt so the
services can return it and the CLI could log it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: uuid (and platform with it) is not on the window's path
    import uuid


@dataclass(frozen=True)
class Changes:
    """Kinds touched, the ids known per kind, and `everything` for a whole-database change.

    A kind may be in `kinds` without ids (an import, the plans trashed along with their
    signatory): a page showing that kind must read it again.
    """

    kinds: frozenset[str] = frozenset()
    ids: frozenset[tuple[str, uuid.UUID]] = frozenset()
    everything: bool = False
    note: str = field(default="", compare=False)
    """What was done, in words for the undo menu (already translated), when known."""

    @classmethod
    def of(cls, kind: str, ids: Iterable[uuid.UUID] = (), *also: str) -> Changes:
        """Records of one kind; `also` names kinds changed with them (a trash cascade)."""
        return cls(frozenset((kind, *also)), frozenset((kind, i) for i in ids))

    @classmethod
    def all(cls) -> Changes:
        """A restore, a new database: every page reads again."""
        return cls(everything=True)

    def touches(self, *kinds: str) -> bool:
        return self.everything or any(k in self.kinds for k in kinds)

    def ids_of(self, kind: str) -> frozenset[uuid.UUID]:
        return frozenset(i for k, i in self.ids if k == kind)

    def has(self, kind: str, record_id: uuid.UUID | None) -> bool:
        """Did this change (possibly) touch that record?"""
        if self.everything:
            return True
        if kind not in self.kinds:
            return False
        known = self.ids_of(kind)
        return not known or record_id in known

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.kinds | other.kinds,
            self.ids | other.ids,
            self.everything or other.everything,
            self.note or other.note,
        )

    def __bool__(self) -> bool:
        return self.everything or bool(self.kinds)

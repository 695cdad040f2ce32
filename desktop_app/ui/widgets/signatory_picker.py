"""Choosing a signatory by typing part of its name, in either script.

Twenty thousand names do not fit a combo box. The picker is a line edit whose completer
shows the best matches for what was typed, found by names.fold (case, accents, Cyrillic and
Latin alike) and by the sound skeleton of each word, so "ashg" finds "Ашхабад".
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ...domain.names import fold, name_key, word_keys
from ...i18n import tr
from ...services.form_lookups import SignatoryChoice

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
"""What the line edit shows once an entry is chosen: the name, not the whole description."""
MATCHES = 30
INLINE_KEYS = 3000
"""Up to this many names the sound keys are computed at once; beyond, on a worker thread
(20,000 names take most of a second), and until they arrive the search is by spelling."""


class SignatoryDirectory:
    """The signatories a picker can offer, with search keys computed once per form."""

    def __init__(self, choices: Sequence[SignatoryChoice]) -> None:
        self.choices = list(choices)
        self._by_id = {c.id: c for c in self.choices}
        self._folded = [fold(f"{c.name} {c.local_name}") for c in self.choices]
        self._keys: list[str] | None = None
        if len(self.choices) <= INLINE_KEYS:
            self.compute_keys()
        self._exact: dict[str, list[SignatoryChoice]] = {}
        for c in self.choices:
            for n in {fold(c.name), fold(c.local_name)} - {""}:
                self._exact.setdefault(n, []).append(c)

    def compute_keys(self) -> None:
        """The sound keys behind "ashkh" finding "Ashgabat"; safe to run on a worker thread
        (the list is published in one assignment)."""
        if self._keys is None:
            self._keys = [word_keys(f"{c.name} {c.local_name}") for c in self.choices]

    def put(self, choice: SignatoryChoice | None, signatory_id: uuid.UUID) -> None:
        """One signatory saved (`choice`) or gone to the Trash (None): update in place, so
        a save does not make the next form read and fold every name again."""
        old = self._by_id.pop(signatory_id, None)
        if old is not None:
            i = self.choices.index(old)
            del self.choices[i], self._folded[i]
            if self._keys is not None:
                del self._keys[i]
            for names in self._exact.values():
                if old in names:
                    names.remove(old)
        if choice is None:
            return
        self.choices.append(choice)
        self._by_id[choice.id] = choice
        self._folded.append(fold(f"{choice.name} {choice.local_name}"))
        if self._keys is not None:
            self._keys.append(word_keys(f"{choice.name} {choice.local_name}"))
        for n in {fold(choice.name), fold(choice.local_name)} - {""}:
            self._exact.setdefault(n, []).append(choice)

    @property
    def has_keys(self) -> bool:
        return self._keys is not None

    def get(self, signatory_id: uuid.UUID | None) -> SignatoryChoice | None:
        return self._by_id.get(signatory_id) if signatory_id is not None else None

    def name(self, signatory_id: uuid.UUID | None) -> str:
        choice = self.get(signatory_id)
        return choice.name if choice else ("" if signatory_id is None else str(signatory_id))

    def search(self, text: str, limit: int = MATCHES) -> list[SignatoryChoice]:
        query = fold(text)
        if not query:
            return self.choices[:limit]
        key = " " + name_key(text)
        starts: list[SignatoryChoice] = []
        inside: list[SignatoryChoice] = []
        all_keys = self._keys or [""] * len(self.choices)
        for choice, folded, keys in zip(self.choices, self._folded, all_keys, strict=True):
            if folded.startswith(query) or f" {query}" in folded:
                starts.append(choice)
            elif query in folded or (keys and key in keys):
                inside.append(choice)
            if len(starts) >= limit:
                break
        return (starts + inside)[:limit]

    def resolve(self, text: str) -> SignatoryChoice | None:
        """The one signatory whose name (either script) is exactly `text`, if unambiguous."""
        found = self._exact.get(fold(text), [])
        return found[0] if len(found) == 1 else None


def describe(choice: SignatoryChoice) -> str:
    local = f" \u2014 {choice.local_name}" if choice.local_name else ""
    return f"{choice.name}{local} ({choice.country})"


class SignatoryPicker(QLineEdit):
    changed = Signal()

    def __init__(self, directory: SignatoryDirectory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self._id: uuid.UUID | None = None
        self.setPlaceholderText(tr("SignatoryPicker", "Type a few letters of the name"))
        self.setClearButtonEnabled(True)
        self._model = QStandardItemModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setCompletionRole(NAME_ROLE)
        self.setCompleter(self.completer_)
        self.completer_.activated[QModelIndex].connect(self._picked)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finish)

    def value(self) -> uuid.UUID | str | None:
        """The chosen id; the typed text when it names no signatory; None when empty."""
        if self._id is not None:
            return self._id
        text = self.text().strip()
        return text or None

    def set_value(self, value: uuid.UUID | None) -> None:
        self._id = value
        self.setText(self.directory.name(value))
        self.setCursorPosition(0)

    def _typed(self, text: str) -> None:
        previous = self._id
        self._id = None
        self._model.clear()
        for choice in self.directory.search(text):
            item = QStandardItem(describe(choice))
            item.setData(choice.id, ID_ROLE)
            item.setData(choice.name, NAME_ROLE)
            self._model.appendRow(item)
        exact = self.directory.resolve(text) if text.strip() else None
        if exact is not None:
            self._id = exact.id  # a whole name typed: chosen, the popup only confirms it
        if text.strip():
            self.completer_.complete()
        else:
            self.completer_.popup().hide()
        if previous is not None or text.strip() or not text:
            self.changed.emit()

    def _picked(self, index: QModelIndex) -> None:
        chosen = index.data(ID_ROLE)
        if chosen is None:
            return
        self._id = chosen
        self.setText(self.directory.name(chosen))
        self.changed.emit()

    def _finish(self) -> None:
        if self._id is None and self.text().strip():
            choice = self.directory.resolve(self.text())
            if choice is None and self._model.rowCount() == 1:
                choice = self.directory.get(self._model.item(0).data(ID_ROLE))
            if choice is not None:
                self._id = choice.id
                self.setText(choice.name)
                self.changed.emit()

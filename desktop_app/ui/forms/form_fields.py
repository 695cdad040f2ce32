"""Declaring a form's fields: one call per field, in visual order.

Each helper makes the binding for the field's type, labels it from the domain's field table
(required ones marked), gives every input an accessible name and puts an issue line under it.
Mixed into RecordForm, which owns the attributes used here.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain import kinds
from ...domain.kinds import hints
from ...domain.kinds.spec import FieldSpec
from ...domain.rules.fields import field_label
from ...domain.rules.validation import max_lengths
from ...i18n import tr
from ..widgets.issue_label import IssueLabel
from ..widgets.signatory_picker import SignatoryDirectory
from . import bindings as b
from .required import required_fields

LONG_LABEL = 28
"""Characters beyond which a field label may wrap onto a second line."""
LONG_CHECK = 40
"""Characters beyond which a check box's caption becomes its row's label."""


class _TickingLabel(QLabel):
    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setBuddy(box)
        self._box = box

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._box.isEnabled():
            self._box.click()
        super().mousePressEvent(event)


class FieldsMixin:
    KIND: str
    host: QWidget
    form_layout: QFormLayout
    bindings: dict[str, b.Binding]
    issue_labels: dict[str, IssueLabel]
    field_labels: dict[str, QLabel]

    def directory(self) -> SignatoryDirectory:
        raise NotImplementedError

    def name_of(self, signatory_id: uuid.UUID) -> str:
        raise NotImplementedError

    def current_values(self) -> dict[str, Any]:
        raise NotImplementedError

    def heading(self, text: str) -> None:
        label = QLabel(f"<b>{text}</b>", self.host)
        label.setWordWrap(True)  # a long heading wraps rather than widening the form
        self.form_layout.addRow(label)

    def add(self, binding: b.Binding, caption: str | None = None) -> b.Binding:
        name = binding.field
        text = caption or tr("Field", field_label(name, self.KIND))
        required = name in required_fields(self.KIND)
        accessible = tr("Form", "{field} (required)").format(field=text) if required else text
        for widget in binding.focus:
            widget.setAccessibleName(accessible)
        binding.widget.setAccessibleName(accessible)
        binding.widget.setObjectName(name)
        issue = IssueLabel(self.host)
        issue.setObjectName(f"{name}_issue")
        cell = QWidget(self.host)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(binding.widget)
        box.addWidget(issue)
        if isinstance(binding.widget, QCheckBox) and len(binding.widget.text()) > LONG_CHECK:
            # A check box cannot wrap its caption: a long one moves to the label column,
            # where it wraps, and a click on it still ticks the box.
            label = _TickingLabel(binding.widget.text(), binding.widget, self.host)
            binding.widget.setText("")
        elif isinstance(binding.widget, QCheckBox):
            label = QLabel("", self.host)
        else:
            label = QLabel(f"{text} *" if required else text, self.host)
            label.setBuddy(binding.focus[0])
            # A long label (a Russian "Сокращение выбросов CO2, т/год") wraps in the label
            # column instead of pushing the fields off a small screen.
            label.setWordWrap(len(text) > LONG_LABEL)
        label.setToolTip(tr("Form", "Required") if required else "")
        self.form_layout.addRow(label, cell)
        self.bindings[name] = binding
        self.issue_labels[name] = issue
        self.field_labels[name] = label
        return binding

    def max_length(self, name: str) -> int | None:
        return max_lengths(self.KIND).get(name)

    # -- the default form: the spec's fields in order -----------------------------------------
    def build_from_spec(self) -> None:
        fields = kinds.get(self.KIND).form_fields()
        done: set[str] = set()
        for i, spec in enumerate(fields):
            if spec.name in done:
                continue
            if spec.heading:
                self.heading(tr("Form", spec.heading))
            following = fields[i + 1].name if i + 1 < len(fields) else None
            done.update(self.build_field(spec, following))

    def build_field(self, spec: FieldSpec, following: str | None = None) -> tuple[str, ...]:
        """Add the widget for one field; returns the fields it covered (an amount takes its
        currency when the currency comes right after it)."""
        kind = kinds.get(self.KIND)
        hint = hints.widget(kind, spec)
        name = spec.name
        if hint == "money" and following == "currency":
            self.money(name)
            return (name, "currency")
        if hint in ("decimal", "money"):
            self.decimal(name, hints.decimals(kind, spec))
        elif hint in ("enum", "codes"):
            (self.enum if hint == "enum" else self.codes)(name, spec.enum)
        elif hint == "plan":
            from .plan_choice import add_plan_choice

            self.plan = add_plan_choice(self)  # type: ignore[arg-type]
        else:
            builders = {
                "text": self.text,
                "multiline": self.multiline,
                "int": self.integer,
                "date": self.date,
                "flag": self.flag,
                "country": self.country,
                "currency": self.currency,
                "signatory": self.signatory,
                "signatories": self.signatories,
            }
            builders[hint](name)
        return (name,)

    # Small helpers so per-kind forms read like a list of fields.
    def text(self, name: str) -> b.Binding:
        return self.add(b.text(self.host, name, self.max_length(name)))

    def multiline(self, name: str) -> b.Binding:
        return self.add(b.multiline(self.host, name))

    def integer(self, name: str) -> b.Binding:
        return self.add(b.integer(self.host, name))

    def decimal(self, name: str, decimals: int = 2) -> b.Binding:
        return self.add(b.decimal(self.host, name, decimals))

    def date(self, name: str) -> b.Binding:
        return self.add(b.date(self.host, name, name not in required_fields(self.KIND)))

    def flag(self, name: str) -> b.Binding:
        return self.add(b.flag(self.host, name, tr("Field", field_label(name, self.KIND))))

    def enum(self, name: str, enum_cls: Any) -> b.Binding:
        return self.add(b.enum(self.host, name, enum_cls))

    def codes(self, name: str, enum_cls: Any) -> b.Binding:
        return self.add(b.codes(self.host, name, enum_cls))

    def country(self, name: str = "country") -> b.Binding:
        return self.add(b.country(self.host, name))

    def currency(self, name: str = "currency") -> b.Binding:
        return self.add(b.currency(self.host, name))

    def signatory(self, name: str = "signatory_id") -> b.Binding:
        return self.add(b.signatory(self.host, name, self.directory()))

    def signatories(self, name: str) -> b.Binding:
        return self.add(b.signatories(self.host, name, self.directory()))

    def money(self, amount: str, currency: str = "currency") -> b.Binding:
        """An amount and its currency on one row: the currency sits right after the number."""
        money = self.add(b.decimal(self.host, amount, 2))
        unit = b.currency(self.host, currency)
        text = tr("Field", field_label(currency, self.KIND))
        unit.widget.setAccessibleName(text)
        unit.widget.setObjectName(currency)
        unit.widget.setToolTip(text)
        row = QWidget(self.host)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        cell = money.widget.parentWidget()
        box = cell.layout()
        box.replaceWidget(money.widget, row)
        line.addWidget(money.widget, 1)
        line.addWidget(unit.widget)
        issue = IssueLabel(cell)
        box.addWidget(issue)
        self.bindings[currency] = unit
        self.issue_labels[currency] = issue
        return money

    def name_of_value(self, name: str) -> str:
        value = self.current_values().get(name)
        return self.name_of(value) if isinstance(value, uuid.UUID) else ""

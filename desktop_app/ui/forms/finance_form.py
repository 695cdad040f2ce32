"""Finance obtained or arranged for a signatory, in its own currency.

The fields come from the spec (domain/kinds/financial_support.py). This form adds the plan
choice's refill, the window title and, under the decision date, the amount in euros as the
reports will count it: the rate used and its date, or a warning (with a button that opens a
new exchange rate for that currency and day) when no rate exists on or before the decision
date, so an amount is never saved without saying it will be left out of the EUR figures.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from ...date_text import format_date
from ...domain.kinds.spec import FieldSpec
from ...domain.rules.money import EUR
from ...i18n import locale, tr
from ...number_text import format_decimal
from ...services.changes import Changes
from ...services.rate_lookup import EurEquivalent, eur_equivalent
from ..operations import tasks
from .base_form import RecordForm


class EurLine(QWidget):
    """One line under the amount: "= 12,345.67 EUR at 3.85 TMT per euro (rate of ...)"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eurEquivalent")
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setObjectName("eurText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_rate = QPushButton(tr("FinanceForm", "Add this rate..."), self)
        self.add_rate.setObjectName("addRate")
        self.add_rate.setVisible(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        row.addWidget(self.add_rate, 0, Qt.AlignmentFlag.AlignTop)

    def show_text(self, text: str, warning: bool = False) -> None:
        self.text.setText(text)
        if warning:
            size = self.fontMetrics().height()
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.icon.setPixmap(icon.pixmap(size, size))
        else:
            self.icon.clear()
        self.icon.setVisible(warning)
        self.add_rate.setVisible(warning)
        self.setAccessibleDescription(text)


class FinanceForm(RecordForm):
    KIND = "financial_support"

    def build(self) -> None:
        super().build()
        self.eur = EurLine(self.host)
        self.eur.add_rate.clicked.connect(self.add_missing_rate)
        self.eur_label = QLabel(tr("FinanceForm", "In euros"), self.host)
        row, _role = self.form_layout.getWidgetPosition(self.field_labels["decision_date"])
        self.form_layout.insertRow(row + 1, self.eur_label, self.eur)
        self.equivalent: EurEquivalent | None = None
        self.values_changed.connect(self.update_eur)
        tasks().changes_applied.connect(self._rate_changed)

    def build_field(self, spec: FieldSpec, following: str | None = None) -> tuple[str, ...]:
        if spec.name == "action_id":
            from .action_choice import add_action_choice

            self.action = add_action_choice(self)
            return (spec.name,)
        return super().build_field(spec, following)

    def values_loaded(self, values: dict[str, Any]) -> None:
        self.plan.refill()  # type: ignore[attr-defined]
        self.plan.set(values.get("plan_id"))
        self.action.refill()  # type: ignore[attr-defined]
        self.action.set(values.get("action_id"))

    def record_title(self) -> str:
        return self.name_of_value("signatory_id")

    # -- the amount in euros ---------------------------------------------------------------
    def _rate_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches("exchange_rate"):
            self.update_eur()

    def update_eur(self) -> None:
        values = self.current_values()
        amount, currency = values.get("amount"), values.get("currency")
        day = values.get("decision_date")
        self.equivalent = None
        if not isinstance(amount, Decimal) or not currency or currency == EUR:
            self.eur.show_text("")
            self.eur_label.setVisible(False)
            self.eur.setVisible(False)
            return
        self.eur_label.setVisible(True)
        self.eur.setVisible(True)
        if not isinstance(day, date):
            self.eur.show_text(
                tr(
                    "FinanceForm",
                    "The amount is converted to euros on the decision date; "
                    "enter it to see the rate used.",
                )  # fmt: skip
            )
            return
        found = eur_equivalent(self.db, amount, str(currency), day)
        self.equivalent = found
        loc = locale()
        if found.amount_eur is None or found.rate is None or found.rate_date is None:
            self.eur.show_text(
                tr(
                    "FinanceForm",
                    "No exchange rate for {currency} on or before {date}: this amount will be "
                    "left out of the EUR figures until a rate is added.",
                ).format(currency=found.currency, date=format_date(day, loc)),
                warning=True,
            )
            return
        self.eur.show_text(
            tr("FinanceForm", "= {eur} EUR at {rate} {currency} per euro (rate of {date})").format(
                eur=format_decimal(found.amount_eur, 2, loc),
                rate=format_decimal(found.rate, None, loc),
                currency=found.currency,
                date=format_date(found.rate_date, loc),
            )
        )

    def add_missing_rate(self) -> None:
        """A new exchange rate for this currency and the decision date, in its own window."""
        values = self.current_values()
        preset = {"currency": values.get("currency"), "rate_date": values.get("decision_date")}
        if self.context.open_record is not None:
            self.context.open_record("exchange_rate", None, preset)
            return
        from .registry import form_class

        form = form_class("exchange_rate")(self.context, None, preset)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        form.show()
        self._rate_form = form

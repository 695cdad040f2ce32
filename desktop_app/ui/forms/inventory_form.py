"""An emission inventory: the spec's fields, the energy grid as a spreadsheet, and a side
panel with the emissions computed as you type and the factor behind each carrier."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ...domain.enums import EnergyCarrier
from ...domain.kinds.spec import FieldSpec
from ...domain.rules.issues import Issue
from ...domain.rules.validation import ValidationContext, validate
from ...i18n import label, tr
from ...number_text import format_decimal
from ...services import inventories
from ...services.emission_factors import shipped
from ..widgets.energy_grid import EnergyGrid
from . import bindings as b
from .base_form import RecordForm


class InventoryForm(RecordForm):
    KIND = "emission_inventory"
    DEFAULT_SIZE = (1400, 820, 420)

    def build_field(self, spec: FieldSpec, following: str | None = None) -> tuple[str, ...]:
        if spec.name != "cells":
            return super().build_field(spec, following)
        from .inventory_sheet_fill import SheetFill

        self.sheet_fill = SheetFill(self)
        self.form_layout.addRow(self.sheet_fill)
        self.grid = EnergyGrid(self.host)
        self.grid.setObjectName("cells")
        binding = b.Binding(
            "cells",
            self.grid,
            self.grid.value,
            self.grid.set_value,
            lambda cb: self.grid.changed.connect(cb),
            full_row=True,
        )
        self.add(binding)
        return ("cells",)

    def side_tabs(self) -> list[tuple[str, QWidget]]:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        self.emissions_label = QLabel(panel)
        self.emissions_label.setObjectName("emissionsTotal")
        self.emissions_label.setWordWrap(True)
        self.factor_table = QTableWidget(0, 4, panel)
        self.factor_table.setObjectName("factorsUsed")
        self.factor_table.setAccessibleName(tr("InventoryForm", "Emissions"))
        self.factor_table.setAccessibleDescription(tr("InventoryForm", "Factor source"))
        self.factor_table.setHorizontalHeaderLabels(
            [
                tr("InventoryForm", "Energy carrier"),
                tr("InventoryForm", "t/MWh"),
                tr("InventoryForm", "Emissions, t"),
                tr("InventoryForm", "Factor source"),
            ]  # fmt: skip
        )
        self.factor_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.emissions_label)
        layout.addWidget(self.factor_table, 1)
        return [(tr("InventoryForm", "Emissions"), panel)]

    def _country(self, values: dict[str, Any]) -> str:
        sid = values.get("signatory_id")
        if isinstance(sid, str):
            try:
                sid = uuid.UUID(sid)
            except ValueError:
                return ""
        choice = self.directory().get(sid) if isinstance(sid, uuid.UUID) else None
        return choice.country if choice is not None else ""

    def check(self) -> list[Issue]:
        """As the base form, with the factor table and the signatory's country, so the
        stated total emissions are checked as you type; and the side panel refreshed."""
        values = self.current_values()
        country = self._country(values)
        parsed = [i for bd in self.bindings.values() if (i := bd.parse_issue(self.KIND))]
        bad = {i.field for i in parsed}
        ctx = ValidationContext(emission_factors=shipped(), signatory_country=country or None)
        issues = parsed + [i for i in validate(self.KIND, values, ctx) if i.field not in bad]
        self.show_issues(issues)
        if hasattr(self, "factor_table"):
            self._show_emissions(values, country)
        return issues

    def _show_emissions(self, values: dict[str, Any], country: str) -> None:
        result = inventories.emissions_of(values, country)
        by_carrier: dict[str, Any] = {}
        for key, t in result.by_cell.items():
            carrier = key.partition("/")[2]
            by_carrier[carrier] = by_carrier.get(carrier, 0) + t
        used = [c for c in EnergyCarrier if any(
            k.partition("/")[2] == c.value for k in result.mwh_cells)]  # fmt: skip
        self.factor_table.setRowCount(len(used))
        table = shipped()
        for r, carrier in enumerate(used):
            factor = result.factors[carrier.value]
            source = {
                "local": tr("InventoryForm", "local factor: {source}").format(
                    source=factor.source or "\u2014"
                ),
                "computed": tr("InventoryForm", "computed from the local production"),
                "missing": tr("InventoryForm", "no factor: not counted"),
            }.get(factor.kind, table.sources.get(factor.source, factor.source))
            cells = [
                label(carrier),
                "" if factor.value is None else format_decimal(factor.value, 3),
                format_decimal(by_carrier.get(carrier.value, 0), 1),
                tr("InventoryForm", "{source} [factor table {version}]").format(
                    source=source, version=factor.version
                ),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.factor_table.setItem(r, c, item)
        self.emissions_label.setText(
            tr(
                "InventoryForm",
                "Emissions: {total} t; final energy: {mwh} MWh (factor table {version}).",
            ).format(  # fmt: skip
                total=format_decimal(result.total, 1),
                mwh=format_decimal(result.total_mwh, 1),
                version=result.version,
            )
        )

"""The import wizard's "values and filters" step: the CLI's --value, --where and profiles.

A sheet that says `published` where we say active, or `работает`, would fail row by row in
the preview. This page lists, per choice column, every distinct value the importer does
not recognise, each with a dropdown of ours; offers one filter (a field or a column, and
the value to keep); and can save the whole mapping as a named profile, offered again when a
sheet with the same headers comes back. The rules live in services.excel.shaping.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...i18n import country_name, label, tr

if TYPE_CHECKING:
    from .import_wizard import ImportWizard

_LEAVE = ""


def _choices(col: Any) -> list[tuple[str, str]]:
    """(shown text, value given to --value) for a choice column's allowed values."""
    from ...domain import reference

    if col.type in ("enum", "enum_list") and col.enum is not None:
        return [(label(m), m.value) for m in col.enum]
    if col.type == "country":
        return sorted((country_name(c), c) for c in reference.country_codes())
    if col.type == "currency":
        return [(c, c) for c in reference.currency_codes()]
    return [(tr("ExcelImport", "Yes"), "yes"), (tr("ExcelImport", "No"), "no")]


class ValuesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(tr("ExcelImport", "Values and filters"))
        self.setSubTitle(
            tr(
                "ExcelImport",
                "Say what the sheet's own values mean, take only some rows, and save it all "
                "as a profile for next time.",
            )
        )
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [
                tr("ExcelImport", "Field"),
                tr("ExcelImport", "Value in the sheet"),
                tr("ExcelImport", "Read as"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(tr("ExcelImport", "Values the app does not recognise"))
        self.none_label = QLabel(tr("ExcelImport", "Every value of the sheet is recognised."))
        self.filter_column = QComboBox(self)
        self.filter_column.setAccessibleName(tr("ExcelImport", "Filter column"))
        self.filter_value = QLineEdit(self)
        self.filter_value.setAccessibleName(tr("ExcelImport", "Filter value"))
        self.filter_value.setPlaceholderText(tr("ExcelImport", "e.g. UA or Lviv"))
        self.profile_name = QLineEdit(self)
        self.profile_name.setAccessibleName(tr("ExcelImport", "Profile name"))
        self.profile_name.setPlaceholderText(tr("ExcelImport", "leave empty not to save"))
        row = QHBoxLayout()
        row.addWidget(self.filter_column, 1)
        row.addWidget(QLabel("="))
        row.addWidget(self.filter_value, 1)
        form = QFormLayout()
        form.addRow(tr("ExcelImport", "Import only the rows where"), row)
        form.addRow(tr("ExcelImport", "Save as import profile"), self.profile_name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        self.combos: list[tuple[int, str, str, QComboBox]] = []
        self.originals: list[tuple[Any, Any]] | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        from ...services.excel.shaping import unrecognised

        self.originals = list(self.w.prepared)
        self.table.setRowCount(0)
        self.combos = []
        self.filter_column.clear()
        self.filter_column.addItem(tr("ExcelImport", "(no filter)"), "")
        for sheet_index, (table, mapping) in enumerate(self.originals):
            spec = mapping.spec
            for name, values in unrecognised(table, mapping.columns, spec).items():
                col = spec.column(name)
                choices = _choices(col)
                for value in values:
                    r = self.table.rowCount()
                    self.table.insertRow(r)
                    self.table.setItem(r, 0, QTableWidgetItem(tr(col.context, col.header)))
                    self.table.setItem(r, 1, QTableWidgetItem(value))
                    combo = QComboBox(self.table)
                    combo.setAccessibleName(
                        tr("ExcelImport", "Read {value} as").format(value=value)
                    )
                    combo.addItem(tr("ExcelImport", "(leave as it is: an error)"), _LEAVE)
                    for text, code in choices:
                        combo.addItem(text, code)
                    self.table.setCellWidget(r, 2, combo)
                    self.combos.append((sheet_index, name, value, combo))
            if sheet_index == 0:
                for _index, name in sorted(mapping.columns.items()):
                    col = spec.column(name)
                    if col is not None:
                        self.filter_column.addItem(tr(col.context, col.header), name)
                for header in table.headers[: table.source_width or len(table.headers)]:
                    if header and self.filter_column.findData(header) < 0:
                        self.filter_column.addItem(header, header)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(self.combos))
        self.none_label.setVisible(not self.combos)

    def shapings(self) -> list[Any]:
        from ...services.excel.shaping import Shaping
        from ...services.excel.vocab import norm

        out = [Shaping() for _ in self.originals or []]
        for sheet_index, name, value, combo in self.combos:
            target = combo.currentData()
            if target:
                out[sheet_index].values.setdefault(name, {})[norm(value)] = target
        column = self.filter_column.currentData()
        if column and out:
            out[0].where.append((column, self.filter_value.text().strip()))
        return out

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        from ...services.excel import profiles
        from ...services.excel.errors import ExcelUsageError
        from ...services.excel.plan import profile_for
        from ...services.excel.shaping import apply

        assert self.originals is not None
        shapings = self.shapings()
        try:
            shaped = [
                (apply(table, dict(mapping.columns), shaping), mapping)
                for (table, mapping), shaping in zip(self.originals, shapings, strict=True)
            ]
            name = self.profile_name.text().strip()
            if name and self.originals:
                table, mapping = self.originals[0]
                profiles.save(profile_for(table, mapping, name, shapings[0]))
        except ExcelUsageError as exc:
            QMessageBox.warning(self, self.title(), exc.message())
            return False
        self.w.prepared = shaped
        return True

    def cleanupPage(self) -> None:  # noqa: N802 - Qt API (Back)
        if self.originals is not None:
            self.w.prepared = self.originals

    def widget_for(self, value: str) -> QWidget | None:
        """The dropdown for one unrecognised value (tests and accessibility)."""
        for _sheet, _name, shown, combo in self.combos:
            if shown == value:
                return combo
        return None

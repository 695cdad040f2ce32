"""The shape of a record kind's one declaration: its fields and what shows them.

Every place that is per kind or per field (forms, lists, the Trash, the workbook sheets,
the import headers, the report tables, validation dispatch) reads these specs, so adding
a field is one `FieldSpec` line beside the model column and its migration. Nothing here
imports the ORM: lists are built at start-up, before the mapped models are loaded; what is
derived from a column's type (the widget, the sheet's cell type, the length limit) is
looked up from the model only when first asked for (see hints.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class ListFacet:
    """The field is a column of the kind's list page."""

    hidden: bool = False
    """Hidden until the user shows it from the header menu."""
    filter: str | None = None
    """Quick filter it feeds: country | status | type | year."""
    type: str | None = None
    """Cell type when not the one derived from the widget ("name" sorts as a name)."""


@dataclass(frozen=True)
class ExcelFacet:
    """The field is a column of the kind's workbook sheet (export and import)."""

    header: str | None = None
    """English header, marked N_("Excel", ...); None: the field's label (context "Field")."""
    width: int = 14
    synonyms: tuple[str, ...] = ()
    """Other headers an office's own sheet may use (any language); case and punctuation
    do not matter. Translations of the header are recognised without listing them."""
    type: str | None = None
    """Sheet cell type when not the derived one (see excel.sheets for the codes)."""
    total: bool = False
    """A live SUBTOTAL goes above this column."""
    required: bool | None = None
    """Required as a sheet column; None: as the field is (a default may make it optional)."""


@dataclass(frozen=True)
class ReportFacet:
    """The field is a column of the kind's table in the PDF report."""

    header: str
    """English header, marked N_("Report", ...)."""
    width: float = 1.0
    """Relative width of the column."""


@dataclass(frozen=True)
class FieldSpec:
    name: str
    """Model attribute (or link / computed value) name; values dicts are keyed by it."""
    label: str
    """English label, marked N_("Field", ...): forms, validation messages, list headers."""
    widget: str | None = None
    """Widget hint when not the one derived from the column type (hints.WIDGETS)."""
    enum: type[StrEnum] | None = None
    """The codes of an enum or code-list field (checked against the column's enum)."""
    required: bool = False
    heading: str | None = None
    """A form heading shown above this field, marked N_("Form", ...)."""
    computed: bool = False
    """Not stored: worked out for the workbook or the report (EUR equivalent, plan status)."""
    form: bool = True
    """Shown on the kind's form (False for values only lists, sheets or reports show)."""
    list: ListFacet | None = None
    excel: ExcelFacet | None = None
    report: ReportFacet | None = None


@dataclass(frozen=True)
class LinkSpec:
    """A many-to-many list of signatories, kept in an association table of records."""

    field: str
    """The values key holding the list of ids (also a FieldSpec of the kind)."""
    model: str
    """Name of the association model in domain.models."""
    parent_fk: str
    child_fk: str = "signatory_id"
    lead_field: str | None = None
    """Values key holding the one id whose link row has `lead=True`."""
    aliases: tuple[str, ...] = ()
    """Former names of `field` still accepted (sheet headers, `--map Header=field`)."""
    title: str = ""
    """Plural title of the link rows, marked N_("RecordKind", ...): their counts (demo)."""


@dataclass(frozen=True)
class GridSpec:
    """A grid of numbers kept as child rows (row code, column code, value), one per filled
    cell: an emission inventory's MWh by sector and energy carrier. The values dict holds
    it under `field` as {"ROW/COLUMN": Decimal}; saving writes only the cells that changed."""

    field: str
    model: str
    """Name of the child model in domain.models."""
    parent_fk: str
    row: str = "sector"
    column: str = "carrier"
    value: str = "mwh"
    title: str = ""
    """Plural title of the cell rows, marked N_("RecordKind", ...): their counts (demo)."""


@dataclass(frozen=True)
class KindSpec:
    id: str
    """The record kind's id ("energy_day"): records, forms, history, validation."""
    plural: str
    """The collection's id ("energy_days"): list and section ids; with hyphens
    ("energy-days") the sheet and CLI `--kind` id."""
    title: str
    """Singular title, marked N_("RecordKind", ...): window titles, the Trash."""
    plural_title: str
    """Plural title, marked N_("RecordKind", ...): counts (demo), related tabs."""
    model_name: str
    """The mapped class's name in domain.models (looked up on first use)."""
    validator: str
    """Name of the kind's function in domain.rules.validation."""
    section: str
    """Main-window section listing the kind."""
    fields: tuple[FieldSpec, ...]
    """In form order."""
    tab: int | None = None
    """Tab within the section, if the section has tabs."""
    title_field: str | None = None
    """Field that names the record in window titles."""
    signatory_field: str | None = None
    """Foreign key to the signatory, for kinds that belong to one."""
    links: tuple[LinkSpec, ...] = ()
    grid: GridSpec | None = None
    """Child rows edited as one grid on the kind's form (see GridSpec)."""
    internal: frozenset[str] = frozenset()
    """Model columns that are deliberately in no spec (none today beyond the stamps)."""
    describe: tuple[str, ...] = ()
    """Fields naming a record in the Trash, in order ("signatory_id" gives the name)."""
    form: str | None = None
    """"module:Class" in ui.forms when the kind needs more than the default form."""
    list_order: tuple[str, ...] | None = None
    """List columns' order when not the fields' order (fields it omits follow, in order)."""
    list_sort: tuple[str, ...] = ()
    """The list's order: field names, "-name" descending, "signatory" the signatory's name."""
    excel_order: tuple[str, ...] | None = None
    """Sheet columns' order when not the fields' order."""
    sheet_title: str | None = None
    """Sheet name, marked N_("Excel", ...), at most 31 characters in any language; None:
    the kind has no sheet."""
    sheet_sort: tuple[str, ...] = ()
    """The sheet's row order, as list_sort."""
    period_field: str | None = None
    """The date that puts a record in a reporting period (activity sheets and the report
    hold the period's records only); None: the kind is not counted by period."""
    sheet_keys: tuple[str, ...] = ()
    """Natural key finding an existing record when a sheet row carries no ID."""
    report_title: str | None = None
    """Heading of the kind's table in the PDF report, marked N_("Report", ...)."""
    report_order: tuple[str, ...] | None = None
    related_title: str | None = None
    """Tab title on the signatory form, marked N_("SignatoryForm", ...); None: no tab."""

    # -- derived ids -----------------------------------------------------------------------
    @property
    def list_id(self) -> str | None:
        return self.plural if self.list_fields() else None

    @property
    def sheet_id(self) -> str | None:
        return self.plural.replace("_", "-") if self.sheet_title else None

    @property
    def model(self) -> Any:
        from .. import models

        return getattr(models, self.model_name)

    # -- fields ----------------------------------------------------------------------------
    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.id} has no field {name!r}")

    def has_field(self, name: str) -> bool:
        return any(f.name == name for f in self.fields)

    def stored(self) -> tuple[FieldSpec, ...]:
        """Fields that are model columns (not links, not computed)."""
        links = {link.field for link in self.links}
        if self.grid is not None:
            links.add(self.grid.field)
        return tuple(f for f in self.fields if not f.computed and f.name not in links)

    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)

    def link(self, name: str) -> LinkSpec | None:
        for link in self.links:
            if link.field == name or name in link.aliases:
                return link
        return None

    def _ordered(self, order: tuple[str, ...] | None, facet: str) -> tuple[FieldSpec, ...]:
        """Fields with the facet: those the kind's order names first, in that order, then
        the rest in field order (a new field goes last without editing the order)."""
        with_facet = [f for f in self.fields if getattr(f, facet) is not None]
        if order is None:
            return tuple(with_facet)
        by_name = {f.name: f for f in with_facet}
        unknown = [n for n in order if n not in by_name]
        if unknown:
            raise ValueError(f"{self.id}: {facet}_order names {unknown} without a {facet} facet")
        first = [by_name[n] for n in order]
        return (*first, *(f for f in with_facet if f.name not in order))

    def list_fields(self) -> tuple[FieldSpec, ...]:
        return self._ordered(self.list_order, "list")

    def excel_fields(self) -> tuple[FieldSpec, ...]:
        return self._ordered(self.excel_order, "excel")

    def report_fields(self) -> tuple[FieldSpec, ...]:
        return self._ordered(self.report_order, "report")

    def form_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.form and not f.computed)

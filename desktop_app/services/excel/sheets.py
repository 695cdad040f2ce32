"""What each sheet holds: one column spec per field, shared by export, import and the wizard.

Built from the kind specs (domain/kinds): a field with an Excel facet is a column, with the
header, width and synonyms its facet gives and the cell type its column's type implies.

Keeping export and import on the same specs is what makes the round trip hold: a column the
exporter writes is a column the importer recognises, with the same type and enum.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from ...domain import kinds
from ...domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from ...domain.kinds import hints

CTX = "Excel"

# Column types. Computed columns are exported but never imported.
TEXT, DATE, MONEY, INT, DEC1, PERCENT, RATE, BOOL = (
    "text",
    "date",
    "money",
    "int",
    "dec1",
    "percent",
    "rate",
    "bool",
)
DEC6 = "dec6"
"""Six decimal places: latitude and longitude in decimal degrees."""
ENUM, ENUM_LIST, COUNTRY, CURRENCY, UUID, SIGNATORY_LIST = (
    "enum",
    "enum_list",
    "country",
    "currency",
    "uuid",
    "signatory_list",
)

NUMBER_FORMATS = {
    DATE: "yyyy-mm-dd",
    MONEY: "#,##0.00",
    INT: "0",
    DEC1: "0.0",
    PERCENT: "0.00",
    RATE: "0.00000000",
    DEC6: "0.000000",
}


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    """English header, marked for translation in context "Excel"."""
    type: str = TEXT
    width: int = 14
    enum: builtins.type[StrEnum] | None = None
    required: bool = False
    importable: bool = True
    total: bool = False
    """A live SUBTOTAL goes above this column."""
    context: str = CTX
    """Translation context of `header`: "Excel", or "Field" when the header is the label."""
    synonyms: tuple[str, ...] = ()
    """Other headers recognised on import (see vocab)."""
    limit: Decimal | None = None
    """Exclusive bound on a number's magnitude from the model column it lands in
    (Numeric(16, 1): 10**15); None: the cell type's bound (parse.LIMITS)."""


@dataclass(frozen=True)
class SheetSpec:
    kind: str
    title: str
    """Sheet name, marked for translation; at most 31 characters in any language."""
    columns: tuple[Column, ...]
    keys: tuple[str, ...] = ()
    """Natural key used to find an existing record when the row carries no id."""
    refs_signatory: bool = False
    """Rows name a signatory by id or by name and country."""

    @property
    def importable(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.importable)

    def column(self, name: str) -> Column | None:
        for c in self.columns:
            if c.field == name:
                return c
        return None


ID = Column("id", N_("Excel", "ID"), UUID, width=38)
SIG = Column("signatory", N_("Excel", "Signatory"), TEXT, width=28)
SIG_COUNTRY = Column("signatory_country", N_("Excel", "Signatory country"), COUNTRY, width=16)
SIG_ID = Column("signatory_id", N_("Excel", "Signatory ID"), UUID, width=38)
NOTES = Column("notes", N_("Excel", "Notes"), TEXT, width=40)

_ENUM_TYPES = (ENUM, ENUM_LIST)


def _limit(kind: kinds.KindSpec, spec: kinds.FieldSpec) -> Decimal | None:
    """10**(precision - scale) of a Numeric column: one decimal cell type (dec1) lands in
    columns of different sizes (staff days Numeric(7, 1), MWh Numeric(16, 1))."""
    if spec.computed or kind.link(spec.name) is not None:
        return None
    try:
        column_type = hints.column(kind, spec.name).type
    except (AttributeError, KeyError):
        return None
    precision = getattr(column_type, "precision", None)
    if not isinstance(precision, int):
        return None
    return Decimal(10) ** (precision - (getattr(column_type, "scale", None) or 0))


def _column(kind: kinds.KindSpec, spec: kinds.FieldSpec) -> Column:
    facet = spec.excel
    assert facet is not None
    ctype = hints.sheet_type(kind, spec)
    return Column(
        spec.name,
        facet.header or spec.label,
        ctype,
        facet.width,
        spec.enum if ctype in _ENUM_TYPES else None,
        required=spec.required if facet.required is None else facet.required,
        importable=not spec.computed,
        total=facet.total,
        context=CTX if facet.header else "Field",
        synonyms=facet.synonyms,
        limit=_limit(kind, spec),
    )


def sheet_spec(kind: kinds.KindSpec) -> SheetSpec:
    """A kind's sheet from its spec: the ID, the signatory reference for kinds that belong
    to one, then every field with an Excel facet in the sheet's order."""
    assert kind.sheet_id is not None and kind.sheet_title is not None
    refs = (SIG, SIG_COUNTRY, SIG_ID) if kind.signatory_field else ()
    return SheetSpec(
        kind.sheet_id,
        kind.sheet_title,
        (ID, *refs, *(_column(kind, f) for f in kind.excel_fields())),
        keys=kind.sheet_keys,
        refs_signatory=bool(kind.signatory_field),
    )


IMPORT_SPECS: dict[str, SheetSpec] = {
    k.sheet_id: sheet_spec(k) for k in kinds.sheet_kinds() if k.sheet_id
}
"""sheet id (the CLI's `--kind`) -> sheet, in the workbook's order."""
KINDS: tuple[str, ...] = (*IMPORT_SPECS, "auto")

# Titles of the sheets that are export-only.
SUMMARY_TITLE = N_("Excel", "Summary")
PROFILE_TITLE = N_("Excel", "Coordinator profile")
SERVICES_HEADING = N_("Excel", "Services offered to signatories")
SENT_TITLE = N_("Excel", "Reports sent")

# The office's own sheets (services/excel/office.py): the Coordinator profile sheet holds the
# own office (one record, label/value rows) and its services (rows after a heading); the
# Reports sent sheet is the ReportSubmission log. They are not record kinds' sheets (no
# `--kind` of their own), but are planned and committed like them.
PROFILE = "coordinator-profile"
SERVICES = "services"
SENT = "reports-sent"


def _office_spec(kind_id: str, sheet: str, title: str, keys: tuple[str, ...]) -> SheetSpec:
    kind = kinds.get(kind_id)
    return SheetSpec(sheet, title, tuple(_column(kind, f) for f in kind.excel_fields()), keys)


def _sent_spec() -> SheetSpec:
    """The log's columns. Hashes, manifest and snapshot time are not shown: they prove a
    pack, and an import must never write (forge) them."""
    from ...domain.enums import SubmissionKind

    return SheetSpec(
        SENT,
        SENT_TITLE,
        (
            ID,
            Column("kind", N_("Excel", "Sent as"), ENUM, 22, SubmissionKind, required=True),
            Column("sent_on", N_("Excel", "Date sent"), DATE, 12, required=True),
            Column("period_from", N_("Excel", "Period from"), DATE, 12, required=True),
            Column("period_to", N_("Excel", "Period to"), DATE, 12, required=True),
            Column("language", N_("Excel", "Language"), TEXT, 9),
            Column("file_name", N_("Excel", "File"), TEXT, 36),
            NOTES,
        ),
        keys=("kind", "sent_on", "period_from", "period_to"),
    )


OFFICE_SPECS: dict[str, SheetSpec] = {
    PROFILE: _office_spec("coordinator", PROFILE, PROFILE_TITLE, ("name",)),
    SERVICES: _office_spec("service_offer", SERVICES, SERVICES_HEADING, ("service",)),
    SENT: _sent_spec(),
}
"""Sheet id -> the office sheets' columns: profile rows and service columns from the kind
specs' Excel facets, in their order."""


def spec_of(kind: str) -> SheetSpec:
    """A record sheet's spec or an office sheet's."""
    spec = IMPORT_SPECS.get(kind)
    return spec if spec is not None else OFFICE_SPECS[kind]


DEADLINES_TITLE = N_("Excel", "Deadlines")
TOTAL_LABEL = N_("Excel", "Total (visible rows)")

DEADLINE_COLUMNS: tuple[Column, ...] = (
    SIG,
    SIG_COUNTRY,
    Column("what", N_("Excel", "Deadline"), TEXT, 28, importable=False),
    Column("due", N_("Excel", "Due date"), DATE, 12, importable=False),
    Column("state", N_("Excel", "State"), TEXT, 16, importable=False),
)


def __getattr__(name: str) -> SheetSpec:
    """`sheets.FINANCE`, `sheets.ENERGY_DAYS`...: a sheet by its id in capitals."""
    spec = IMPORT_SPECS.get(name.lower().replace("_", "-"))
    if spec is None or not name.isupper():
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return spec

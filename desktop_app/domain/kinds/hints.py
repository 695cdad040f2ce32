"""What a field's column type says about how to show it: widget, list cell, sheet cell.

Derived from the mapped column on first use (the ORM is not loaded at start-up), unless
the field spec overrides it. One table of widget hints, so a form, a list and a sheet
agree on what an amount or a date is.

Widget hints:
  text, multiline, int, decimal, money (an amount in MONEY precision; on a form it pairs
  with a `currency` field right after it), date, flag, enum, codes (a list of enum codes),
  country, currency, signatory (FK to a signatory), signatories (a link list),
  plan (FK to an action plan of the chosen signatory), ref (another FK), grid (a
  GridSpec's cells, edited as a spreadsheet by the kind's own form).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .spec import FieldSpec, KindSpec

WIDGETS = frozenset(
    {
        "text", "multiline", "int", "decimal", "money", "date", "flag", "enum", "codes",
        "country", "currency", "signatory", "signatories", "plan", "ref", "grid",
    }
)  # fmt: skip

_LIST_TYPES = {
    "text": "text",
    "multiline": "text",
    "int": "int",
    "decimal": "decimal",
    "money": "money",
    "date": "date",
    "flag": "bool",
    "enum": "enum",
    "codes": "codes",
    "country": "country",
    "currency": "text",
    "signatory": "name",
    "signatories": "count",
}

_SHEET_TYPES = {
    "text": "text",
    "multiline": "text",
    "int": "int",
    "money": "money",
    "date": "date",
    "flag": "bool",
    "enum": "enum",
    "codes": "enum_list",
    "country": "country",
    "currency": "currency",
    "signatories": "signatory_list",
    "ref": "uuid",
    "signatory": "uuid",
    "plan": "uuid",
}
_DECIMAL_SHEET_TYPES = {1: "dec1", 2: "percent", 6: "dec6", 8: "rate"}


def column(kind: KindSpec, name: str) -> Any:
    """The mapped column of a stored field (loads the ORM)."""
    return kind.model.__table__.columns[name]


@cache
def _derived(kind: KindSpec, name: str) -> str:
    if kind.link(name) is not None:
        return "signatories"
    if kind.grid is not None and kind.grid.field == name:
        return "grid"
    if name == "country":
        return "country"
    if name == "currency":
        return "currency"
    from sqlalchemy import JSON, Boolean, Date, Enum, Integer, Numeric, Text

    col = column(kind, name)
    for fk in col.foreign_keys:
        target = fk.column.table.name
        return {"signatory": "signatory", "action_plan": "plan"}.get(target, "ref")
    ctype = col.type
    if isinstance(ctype, Enum):
        return "enum"
    if isinstance(ctype, JSON):
        return "codes"
    if isinstance(ctype, Boolean):
        return "flag"
    if isinstance(ctype, Date):
        return "date"
    if isinstance(ctype, Integer):
        return "int"
    if isinstance(ctype, Numeric):
        return "money" if (ctype.precision, ctype.scale) == (18, 2) else "decimal"
    if isinstance(ctype, Text):
        return "multiline"
    return "text"


def widget(kind: KindSpec, spec: FieldSpec) -> str:
    if spec.widget is not None:
        return spec.widget
    if spec.computed:
        raise ValueError(f"{kind.id}.{spec.name}: a computed field states its widget")
    return _derived(kind, spec.name)


def with_currency(kind: KindSpec, spec: FieldSpec) -> bool:
    """An amount written with its currency: a money field the kind's `currency` field
    follows, as a form pairs them (an action's cost; not its MWh or tonnes, which have
    the same column type)."""
    names = [f.name for f in kind.fields]
    at = names.index(spec.name)
    following = names[at + 1] if at + 1 < len(names) else None
    return following == "currency" and widget(kind, spec) == "money"


def decimals(kind: KindSpec, spec: FieldSpec) -> int:
    """Decimal places of a number field: the column's scale (2 for an amount)."""
    if spec.computed:
        return 2
    scale = getattr(column(kind, spec.name).type, "scale", None)
    return 2 if scale is None else int(scale)


def list_type(kind: KindSpec, spec: FieldSpec) -> str:
    if spec.list is not None and spec.list.type is not None:
        return spec.list.type
    return _LIST_TYPES[widget(kind, spec)]


def sheet_type(kind: KindSpec, spec: FieldSpec) -> str:
    if spec.excel is not None and spec.excel.type is not None:
        return spec.excel.type
    hint = widget(kind, spec)
    if hint == "decimal":
        return _DECIMAL_SHEET_TYPES.get(decimals(kind, spec), "money")
    return _SHEET_TYPES[hint]


def max_length(kind: KindSpec, spec: FieldSpec) -> int | None:
    if (
        spec.computed
        or kind.link(spec.name) is not None
        or kind.grid is not None
        and (kind.grid.field == spec.name)
    ):
        return None
    return getattr(column(kind, spec.name).type, "length", None)

"""What each kind of record is made of: its table, its links to signatories, its fields.

Built from the kind specs (domain/kinds) so that `records.load/save/trash`, the Trash list
and the forms agree on what a kind is. Values travel as plain dicts keyed by model attribute
names; link tables (activity -> signatories reached, Energy Day -> organisers) appear as
lists of ids so a form never deals with association rows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Enum, Integer, Numeric, Uuid
from sqlalchemy import inspect as sa_inspect

from ..domain import kinds, models
from ..domain.stamps import STAMP_FIELDS


@dataclass(frozen=True)
class Link:
    """A many-to-many list kept in an association table of RecordMixin rows."""

    field: str
    """Name of the list of ids in the values dict, e.g. "signatory_ids"."""
    model: Any
    parent_fk: str
    child_fk: str
    lead_field: str | None = None
    """Values key holding the one id whose link row has `lead=True` (Energy Day organisers)."""


@dataclass(frozen=True)
class Grid:
    """A grid of numbers kept as child rows, one per filled cell (see kinds.GridSpec)."""

    field: str
    model: Any
    parent_fk: str
    row: str
    column: str
    value: str


@dataclass(frozen=True)
class RecordKind:
    id: str
    model: Any
    """The mapped class (a RecordMixin subclass)."""
    title_field: str | None
    """Column that names the record in lists and the Trash, if it has one."""
    links: tuple[Link, ...] = ()
    signatory_field: str | None = None
    """Foreign key to the signatory, for kinds that belong to one."""
    grid: Grid | None = None

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)  # type: ignore[attr-defined]

    def fields(self) -> tuple[str, ...]:
        return _fields(self.model)

    def value_fields(self) -> tuple[str, ...]:
        return (
            self.fields()
            + tuple(link.field for link in self.links)
            + tuple(link.lead_field for link in self.links if link.lead_field)
            + ((self.grid.field,) if self.grid is not None else ())
        )


def _from_spec(spec: kinds.KindSpec) -> RecordKind:
    return RecordKind(
        spec.id,
        spec.model,
        spec.title_field,
        tuple(
            Link(
                link.field,
                getattr(models, link.model),
                link.parent_fk,
                link.child_fk,
                link.lead_field,
            )
            for link in spec.links
        ),
        spec.signatory_field,
        None
        if spec.grid is None
        else Grid(
            spec.grid.field,
            getattr(models, spec.grid.model),
            spec.grid.parent_fk,
            spec.grid.row,
            spec.grid.column,
            spec.grid.value,
        ),
    )


KINDS: dict[str, RecordKind] = {k.id: _from_spec(k) for k in kinds.KINDS.values()}
"""Derived from domain.kinds: the specs say what a kind is; this adds the mapped classes."""

BY_TABLE: dict[str, RecordKind] = {k.table: k for k in KINDS.values()}


def kind(kind_id: str) -> RecordKind:
    try:
        return KINDS[kind_id]
    except KeyError:
        raise ValueError(
            f"unknown record kind {kind_id!r}; expected one of {tuple(KINDS)}"
        ) from None


def _fields(model: type) -> tuple[str, ...]:
    mapper: Any = sa_inspect(model)
    return tuple(a.key for a in mapper.column_attrs if a.key not in STAMP_FIELDS)


class CoercionError(ValueError):
    def __init__(self, field: str, code: str, value: Any) -> None:
        super().__init__(field, code, value)
        self.field = field
        self.code = code
        self.value = value


def coerce(model: type, field: str, value: Any) -> Any:
    """Turn a loosely typed value (a widget's, a cell's) into what the column stores.

    Validation has already run, so this only fails for input it could not judge; the caller
    turns CoercionError into a validation issue rather than a traceback.
    """
    column: Any = sa_inspect(model).columns[field]
    ctype = column.type
    if value is None or (isinstance(value, str) and value.strip() == ""):
        if isinstance(ctype, JSON):
            return []
        if column.nullable:
            return None
        if isinstance(ctype, Boolean):
            return False
        if column.default is not None and getattr(column.default, "is_scalar", False):
            return column.default.arg
        if _is_text(ctype):
            return ""
        return None
    try:
        if isinstance(ctype, Enum):
            enum_cls = ctype.enum_class
            if enum_cls is not None:
                return value if isinstance(value, enum_cls) else enum_cls(str(value).strip())
            return str(value)
        if isinstance(ctype, Boolean):
            if isinstance(value, str):
                return value.strip().lower() in {"1", "true", "yes", "y"}
            return bool(value)
        if isinstance(ctype, Date):
            if isinstance(value, datetime):
                return value.date()
            if isinstance(value, date):
                return value
            return date.fromisoformat(str(value).strip())
        if isinstance(ctype, Numeric):
            if isinstance(value, bool):
                raise ValueError(value)
            number = value if isinstance(value, Decimal) else Decimal(_number_text(value))
            if not number.is_finite():
                raise ValueError(value)
            return number
        if isinstance(ctype, Integer):
            if isinstance(value, bool):
                raise ValueError(value)
            if isinstance(value, int):
                return value
            number = Decimal(_number_text(value))
            if number != number.to_integral_value():
                raise ValueError(value)
            return int(number)
        if isinstance(ctype, Uuid):
            return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
        if isinstance(ctype, JSON):
            return [v.value if isinstance(v, StrEnum) else v for v in value]
        return value if isinstance(value, str) else str(value)
    except (ValueError, TypeError, InvalidOperation) as exc:
        raise CoercionError(field, _code_for(ctype), value) from exc


def _is_text(ctype: Any) -> bool:
    try:
        return ctype.python_type is str
    except NotImplementedError:
        return False


def _number_text(value: Any) -> str:
    if isinstance(value, float):
        return repr(value)
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    return text


def _code_for(ctype: Any) -> str:
    if isinstance(ctype, Date):
        return "not_a_date"
    if isinstance(ctype, Integer):
        return "not_a_whole_number"
    if isinstance(ctype, Numeric):
        return "not_a_number"
    return "invalid_choice"


def plain(value: Any) -> Any:
    """Values leave services as plain Python; lists are copied so no caller shares ORM state."""
    if isinstance(value, list):
        return list(value)
    return value

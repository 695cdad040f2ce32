"""What is said about a sheet beyond its headers: value maps, "no value" marks, row filters.

Offices' sheets and the Commission's open data speak their own vocabulary: `published` for a
signatory the app calls active, `-` for an empty cell, a whole continent of rows when the
office wants its own province. A `Shaping` says, per target field, which source value means
which of ours (`--value "status:published=active"`), which cell texts mean "no value", and
which rows to take (`--where "country=UA"`). Official layouts (layouts.py) and saved import
profiles (profiles.py) are Shapings too; the user's own options are merged on top.

Everything is applied to the raw table before cells are parsed, so a mapped value goes
through the same parsing and validation as a typed one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ...domain import reference
from .errors import ExcelUsageError
from .read import RawTable
from .vocab import norm

Derive = Callable[[dict[str, Any]], dict[str, Any]]
"""Cells by normalised source header -> values of extra target fields (a layout's rule)."""


@dataclass
class Shaping:
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    """target field -> {normalised source text: target text}."""
    nulls: frozenset[str] = frozenset()
    """Cell texts (trimmed) that mean "no value" (the open data's `-`)."""
    where: list[tuple[str, str]] = field(default_factory=list)
    """(column: a target field or a source header, wanted value); all must hold."""
    derive: Derive | None = None
    derived_fields: tuple[str, ...] = ()

    def merged(self, other: Shaping) -> Shaping:
        """`other` (the user's options) on top of this one (a layout or a profile)."""
        values = {f: dict(m) for f, m in self.values.items()}
        for name, mapping in other.values.items():
            values.setdefault(name, {}).update(mapping)
        return Shaping(
            values,
            self.nulls | other.nulls,
            [*self.where, *other.where],
            other.derive or self.derive,
            other.derived_fields or self.derived_fields,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "values": {f: dict(sorted(m.items())) for f, m in sorted(self.values.items())},
            "nulls": sorted(self.nulls),
            "where": [list(w) for w in self.where],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Shaping:
        values = {
            str(f): {norm(k): str(v) for k, v in dict(m).items()}
            for f, m in dict(data.get("values", {})).items()
        }
        nulls = frozenset(str(x).strip() for x in data.get("nulls", ()))
        where = [(str(c), str(v)) for c, v in data.get("where", ())]
        return cls(values, nulls, where)


def parse_value_options(pairs: Iterable[str]) -> dict[str, dict[str, str]]:
    """`FIELD:SOURCE=TARGET` pairs, as given to `--value`."""
    out: dict[str, dict[str, str]] = {}
    for pair in pairs:
        name, sep, rest = pair.partition(":")
        source, eq, target = rest.partition("=")
        if not sep or not eq or not name.strip() or not source.strip():
            raise ExcelUsageError("bad_value_map", value=pair)
        out.setdefault(name.strip(), {})[norm(source)] = target.strip()
    return out


def parse_where_options(pairs: Iterable[str]) -> list[tuple[str, str]]:
    """`COLUMN=VALUE` pairs, as given to `--where`."""
    out: list[tuple[str, str]] = []
    for pair in pairs:
        column, eq, value = pair.partition("=")
        if not eq or not column.strip():
            raise ExcelUsageError("bad_where", value=pair)
        out.append((column.strip(), value.strip()))
    return out


def check_fields(shaping: Shaping, fields: Iterable[str], kind: str) -> None:
    known = set(fields)
    for name in shaping.values:
        if name not in known:
            raise ExcelUsageError(
                "unknown_field",
                value=f"--value {name}:…",
                field=name,
                kind=kind,
                fields=", ".join(sorted(known)),
            )


def _cell_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def apply(table: RawTable, columns: dict[int, str], shaping: Shaping) -> RawTable:
    """The table with derived columns added, "no value" cells emptied, values mapped and the
    rows the filters leave; `columns` (sheet index -> field) gains the derived fields."""
    headers = list(table.headers)
    by_header = {norm(h): i for i, h in enumerate(headers) if h}
    derived_at: dict[str, int] = {}
    for name in shaping.derived_fields:
        if name in columns.values():
            continue  # the sheet has the field itself: it wins
        derived_at[name] = len(headers)
        columns[len(headers)] = name
        headers.append(name)
    field_at = {name: i for i, name in columns.items()}
    tests = [_test(column, wanted, field_at, by_header, table) for column, wanted in shaping.where]
    value_maps = {field_at[f]: m for f, m in shaping.values.items() if f in field_at}
    width = len(headers)
    out = RawTable(table.path, table.sheet, table.sheets, table.header_row, headers)
    out.layout, out.source_width = table.layout, len(table.headers)
    out.cells, out.issues = table.cells, list(table.issues)  # a profile sheet's cells, labels
    for number, cells in table.rows:
        row = list(cells) + [None] * (width - len(cells))
        for i, value in enumerate(row):
            if isinstance(value, str) and value.strip() in shaping.nulls:
                row[i] = None
        if not all(test(row) for test in tests):
            out.filtered += 1
            continue
        if shaping.derive is not None and derived_at:
            source = {norm(h): row[i] for h, i in by_header.items()}
            for name, value in shaping.derive(source).items():
                if name in derived_at:
                    row[derived_at[name]] = value
        for i, mapping in value_maps.items():
            value = row[i]
            if value is not None:
                target = mapping.get(norm(_cell_text(value)))
                if target is not None:
                    row[i] = target or None
        out.rows.append((number, tuple(row)))
    return out


def _test(
    column: str,
    wanted: str,
    field_at: dict[str, int],
    by_header: dict[str, int],
    table: RawTable,
) -> Callable[[list[Any]], bool]:
    index = field_at.get(column)
    is_country = column == "country"
    if index is None:
        index = by_header.get(norm(column))
        if index is not None and field_at.get("country") == index:
            is_country = True
    if index is None:
        raise ExcelUsageError(
            "unknown_where",
            value=f"{column}={wanted}",
            column=column,
            sheet=table.sheet,
            headers=", ".join(h for h in table.headers if h),
        )
    if is_country:
        code = reference.country_code(wanted)
        target = code or norm(wanted)

        def country_test(row: list[Any]) -> bool:
            value = row[index]
            if value is None:
                return False
            return (reference.country_code(value) or norm(value)) == target

        return country_test
    key = norm(wanted)

    def text_test(row: list[Any]) -> bool:
        value = row[index]
        return norm(_cell_text(value)) == key if value is not None else key == ""

    return text_test


_CHOICE_TYPES = ("enum", "enum_list", "country", "currency", "bool")


def unrecognised(
    table: RawTable, columns: dict[int, str], spec: Any, limit: int = 100
) -> dict[str, list[str]]:
    """Per mapped choice column (enums, countries, currencies, yes/no), the distinct cell
    texts the importer would refuse: what the wizard asks the user to map to our values."""
    from .parse import CellError, parse_cell

    out: dict[str, list[str]] = {}
    for index, name in sorted(columns.items()):
        col = spec.column(name)
        if col is None or col.type not in _CHOICE_TYPES:
            continue
        seen: set[str] = set()
        bad: list[str] = []
        for _, cells in table.rows:
            value = cells[index] if index < len(cells) else None
            if value is None:
                continue
            text = _cell_text(value).strip()
            key = norm(text)
            if key in seen:
                continue
            seen.add(key)
            try:
                parse_cell(col, value)
            except CellError:
                bad.append(text)
                if len(bad) >= limit:
                    break
        if bad:
            out[name] = bad
    return out

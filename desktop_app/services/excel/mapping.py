"""Which record kind a sheet holds and which column feeds which field.

Headers are matched in every language; what cannot be matched is left for the user (the
wizard's mapping dialog, or `--map "Header=field"` on the command line).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import sheets as S
from .errors import ExcelUsageError
from .read import RawTable
from .sheets import IMPORT_SPECS, SheetSpec, spec_of
from .vocab import aliases, header_index, norm, translations

# Fields every kind shares; they say nothing about which kind a sheet holds.
_GENERIC = {
    "id",
    "notes",
    "status",
    "title",
    "currency",
    "source",
    "signatory",
    "signatory_country",
    "signatory_id",
}
_EXPORT_ONLY_TITLES = (S.SUMMARY_TITLE, S.PROFILE_TITLE, S.DEADLINES_TITLE)


def _computed_headers(kind: str) -> set[str]:
    """Headers of columns we export but never import (EUR equivalent, next deadline...)."""
    spec = spec_of(kind)
    return {
        norm(t) for c in spec.columns if not c.importable for t in translations(c.context, c.header)
    }


@dataclass
class Mapping:
    kind: str
    columns: dict[int, str] = field(default_factory=dict)
    """sheet column index (0-based) -> field name."""
    unmatched: list[str] = field(default_factory=list)
    """Headers no field was found for; they are ignored unless mapped by hand."""

    @property
    def spec(self) -> SheetSpec:
        return spec_of(self.kind)

    def index_of(self, field_name: str) -> int | None:
        for index, name in self.columns.items():
            if name == field_name:
                return index
        return None


def match_columns(kind: str, headers: list[str]) -> Mapping:
    index = header_index(kind)
    computed = _computed_headers(kind)
    mapping = Mapping(kind)
    taken: set[str] = set()
    for i, header in enumerate(headers):
        if not header or norm(header) in computed:
            continue
        name = index.get(norm(header))
        if name is None or name in taken:
            mapping.unmatched.append(header)
            continue
        mapping.columns[i] = name
        taken.add(name)
    return mapping


def detect_kind(table: RawTable) -> str | None:
    """The kind named by the sheet's title, else the one whose fields the headers fit best."""
    title = norm(table.sheet)
    if table.sheet.startswith("_") or any(
        title in {norm(t) for t in translations(S.CTX, t0)} for t0 in _EXPORT_ONLY_TITLES
    ):
        return None
    for kind, spec in IMPORT_SPECS.items():
        if title in {norm(t) for t in translations("Excel", spec.title)}:
            return kind
    if title in {norm(t) for t in translations(S.CTX, S.SENT_TITLE)}:
        return S.SENT
    best, best_score = None, 0
    for kind in IMPORT_SPECS:
        m = match_columns(kind, table.headers)
        if not fits(kind, m):
            continue
        specific = [f for f in m.columns.values() if f not in _GENERIC]
        score = len(specific) * 10 - len(m.unmatched)
        if specific and score > best_score:
            best, best_score = kind, score
    return best


def fits(kind: str, mapping: Mapping) -> bool:
    """Every required column is there (a signatory reference counts as one)."""
    spec = IMPORT_SPECS[kind]
    mapped = set(mapping.columns.values())
    if spec.refs_signatory and not mapped & {"signatory", "signatory_id"}:
        return False
    return all(c.field in mapped for c in spec.columns if c.required)


def apply_overrides(mapping: Mapping, headers: list[str], pairs: list[str]) -> Mapping:
    """`Header=field` pairs from the user win over automatic matches; `Header=` ignores it."""
    spec = mapping.spec
    fields = {c.field for c in spec.importable}
    by_header = {norm(h): i for i, h in enumerate(headers) if h}
    for pair in pairs:
        if "=" not in pair:
            raise ExcelUsageError("bad_map", value=pair)
        header, name = (p.strip() for p in pair.rsplit("=", 1))
        name = aliases(mapping.kind).get(name, name)
        if norm(header) not in by_header:
            raise ExcelUsageError("unknown_header", value=pair, header=header)
        column = by_header[norm(header)]
        if name and name not in fields:
            raise ExcelUsageError(
                "unknown_field",
                value=pair,
                field=name,
                kind=mapping.kind,
                fields=", ".join(sorted(fields)),
            )
        for i, existing in list(mapping.columns.items()):
            if existing == name:
                del mapping.columns[i]
        if name:
            mapping.columns[column] = name
        else:
            mapping.columns.pop(column, None)
        if headers[column] in mapping.unmatched:
            mapping.unmatched.remove(headers[column])
    return mapping

"""The completeness check of the kind specs, as a function of the specs it is given.

`problems(kinds)` lists everything that would leave a field or a kind out of an output:
columns in no spec, labels or headers without a Russian or Turkmen translation, facets
whose output does not show the field, kinds missing from forms, lists, the Trash, the
workbook, the import or the report. The outputs are built from the given specs with the
same builders the application uses, so a test can hand it an altered copy.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from desktop_app.domain.kinds import KindSpec, hints
from desktop_app.domain.kinds.hints import WIDGETS
from desktop_app.domain.stamps import STAMP_FIELDS

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("ru", "tk")
PROFILE_SECTION = "coordinator"
"""Kinds of this section are shown on the profile page and sheet, not in lists."""


@cache
def translated(lang: str) -> frozenset[tuple[str, str]]:
    """(context, source) of every finished translation in the committed catalogue."""
    root = ET.parse(ROOT / "translations" / f"desktop_app_{lang}.ts").getroot()
    done = set()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "obsolete",
                "vanished",
            ):
                continue
            if (translation.text or "").strip():
                done.add((name, message.findtext("source") or ""))
    return frozenset(done)


def _text(out: list[str], where: str, context: str, text: str | None) -> None:
    if not text:
        out.append(f"{where}: no {context} text")
        return
    for lang in LANGS:
        if (context, text) not in translated(lang):
            out.append(f"{where}: [{context}] {text!r} has no {lang} translation")


def problems(kinds: Mapping[str, KindSpec]) -> list[str]:
    from desktop_app.domain import models
    from desktop_app.services import lists
    from desktop_app.services.excel import sheets
    from desktop_app.services.reports import sections

    out: list[str] = []
    for kind in kinds.values():
        model = kind.model
        columns = {c.key for c in model.__table__.columns} - STAMP_FIELDS
        names = {f.name for f in kind.fields}
        for col in sorted(columns - names - kind.internal):
            out.append(f"{kind.id}.{col}: a column in no field spec (add one or mark it internal)")
        for spec in kind.stored():
            if spec.name not in columns:
                out.append(f"{kind.id}.{spec.name}: a stored field that is no column")
        for link in kind.links:
            if link.field not in names:
                out.append(f"{kind.id}: link {link.field} has no field spec")
            _text(out, f"{kind.id} link {link.field}", "RecordKind", link.title)
        if kind.grid is not None:
            if kind.grid.field not in names:
                out.append(f"{kind.id}: grid {kind.grid.field} has no field spec")
            _text(out, f"{kind.id} grid {kind.grid.field}", "RecordKind", kind.grid.title)
            grid_columns = {c.key for c in getattr(models, kind.grid.model).__table__.columns}
            for col in sorted(grid_columns - STAMP_FIELDS - {"id"}):
                if col not in (kind.grid.parent_fk, kind.grid.row, kind.grid.column,
                               kind.grid.value):  # fmt: skip
                    out.append(f"{kind.id}: grid column {col} is not in its GridSpec")
        _text(out, kind.id, "RecordKind", kind.title)
        _text(out, kind.id, "RecordKind", kind.plural_title)
        if kind.related_title:
            _text(out, kind.id, "SignatoryForm", kind.related_title)
        for spec in kind.fields:
            where = f"{kind.id}.{spec.name}"
            _text(out, where, "Field", spec.label)
            if spec.heading:
                _text(out, where, "Form", spec.heading)
            if spec.computed and spec.widget is None:
                out.append(f"{where}: a computed field states its widget")
                continue
            hint = hints.widget(kind, spec)
            if hint not in WIDGETS:
                out.append(f"{where}: unknown widget {hint!r}")
            if hint in ("enum", "codes") and spec.enum is None:
                out.append(f"{where}: an enum field names its enum")
            in_grid = kind.grid is not None and kind.grid.field == spec.name
            if not spec.computed and kind.link(spec.name) is None and not in_grid:
                column_enum = getattr(hints.column(kind, spec.name).type, "enum_class", None)
                if column_enum is not None and spec.enum is not column_enum:
                    out.append(f"{where}: enum {spec.enum} is not the column's {column_enum}")
                if spec.widget is not None and spec.widget != hints._derived(kind, spec.name):
                    if (spec.widget, hints._derived(kind, spec.name)) != ("money", "decimal"):
                        out.append(f"{where}: widget {spec.widget!r} contradicts the column")
            if spec.list is not None and spec.list.type is not None and not spec.computed:
                derived = hints._LIST_TYPES[hints._derived(kind, spec.name)]
                allowed = {derived, "name"} if derived == "text" else {derived}
                if spec.list.type not in allowed:
                    out.append(f"{where}: list type {spec.list.type!r} is not {derived!r}")
            if spec.excel is not None:
                _text(out, where, "Excel" if spec.excel.header else "Field",
                      spec.excel.header or spec.label)  # fmt: skip
            if spec.report is not None:
                _text(out, where, "Report", spec.report.header)
        out += _outputs(kind, lists, sheets, sections)
    return out


def _outputs(kind: KindSpec, lists, sheets, sections) -> list[str]:  # type: ignore[no-untyped-def]
    """Is the kind, and every field it gives a facet, in each output built from it?"""
    from desktop_app.ui.forms.registry import FORMS
    from desktop_app.ui.models.trash_table import KIND_LABELS

    out: list[str] = []
    if kind.id not in FORMS:
        out.append(f"{kind.id}: no form")
    if kind.id not in KIND_LABELS:
        out.append(f"{kind.id}: not in the Trash")
    if not kind.describe:
        out.append(f"{kind.id}: the Trash cannot name its records (describe)")
    listed = [f for f in kind.fields if f.list is not None]
    if kind.section != PROFILE_SECTION and not listed:
        out.append(f"{kind.id}: no list page shows it")
    if listed:
        shown = {c.field for c in lists._columns(kind)}
        out += [f"{kind.id}.{f.name}: not in its list" for f in listed if f.name not in shown]
    if kind.section != PROFILE_SECTION and not kind.sheet_title:
        out.append(f"{kind.id}: not in the workbook (no sheet title)")
    if kind.sheet_title:
        _text(out, kind.id, "Excel", kind.sheet_title)
        sheet = sheets.sheet_spec(kind)
        in_sheet = {c.field for c in sheet.columns}
        importable = {c.field for c in sheet.importable}
        for spec in kind.fields:
            where = f"{kind.id}.{spec.name}"
            if spec.excel is not None and spec.name not in in_sheet:
                out.append(f"{where}: not in the workbook")
            if spec.excel is not None and not spec.computed and spec.name not in importable:
                out.append(f"{where}: not importable")
        for spec in kind.stored():
            exempt = spec.name == kind.signatory_field or hints.widget(kind, spec) in (
                "plan",
                "ref",
            )
            if spec.excel is None and not exempt:
                out.append(
                    f"{kind.id}.{spec.name}: a stored field not in the workbook "
                    "(an export would lose it)"
                )
    reported = [f for f in kind.fields if f.report is not None]
    if reported:
        if not kind.report_title:
            out.append(f"{kind.id}: report fields but no report table title")
        else:
            _text(out, kind.id, "Report", kind.report_title)
        header = [h for h in sections.kind_table_header(kind)]
        for spec in reported:
            assert spec.report is not None
            if spec.report.header not in header:
                out.append(f"{kind.id}.{spec.name}: not in its report table")
    return out

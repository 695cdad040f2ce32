"""The kind specs are complete, and everything per kind or per field is derived from them.

`kind_completeness.problems` is the check (columns in no spec, untranslated labels and
headers, facets whose output lacks the field, kinds missing from an output); these tests
run it on the registry, show that it catches a deleted facet, a field left out of the spec
and an untranslated label, and that the application's tables are the ones built from the
specs (so the check looks at what users see).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.domain import kinds
from desktop_app.domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from desktop_app.domain.kinds import ExcelFacet, FieldSpec, ListFacet, ReportFacet

from .kind_completeness import problems


def _with(kind_id: str, spec: kinds.KindSpec) -> dict[str, kinds.KindSpec]:
    return {**kinds.KINDS, kind_id: spec}


def _drop(kind: kinds.KindSpec, name: str) -> kinds.KindSpec:
    return replace(kind, fields=tuple(f for f in kind.fields if f.name != name))


def _change(kind: kinds.KindSpec, name: str, **changes: object) -> kinds.KindSpec:
    return replace(
        kind, fields=tuple(replace(f, **changes) if f.name == name else f for f in kind.fields)
    )


def test_the_registry_is_complete() -> None:
    assert problems(kinds.KINDS) == []


def test_a_deleted_excel_facet_fails_the_check() -> None:
    day = kinds.get("energy_day")
    found = problems(_with("energy_day", _change(day, "place", excel=None)))
    assert found == [
        "energy_day.place: a stored field not in the workbook (an export would lose it)"
    ]


def test_a_column_left_out_of_the_spec_fails_the_check() -> None:
    day = kinds.get("energy_day")
    found = problems(_with("energy_day", _drop(day, "outcome_notes")))
    assert (
        "energy_day.outcome_notes: a column in no field spec (add one or mark it internal)" in found
    )


def test_an_untranslated_label_or_header_fails_the_check() -> None:
    day = kinds.get("energy_day")
    spec = _change(
        day,
        "place",
        label="Venue of the day (untranslated)",
        report=ReportFacet("Venue (untranslated)", 2),
    )
    found = problems(_with("energy_day", spec))
    assert "energy_day.place: [Field] 'Venue of the day (untranslated)' has no ru translation" in (
        found
    )
    assert "energy_day.place: [Report] 'Venue (untranslated)' has no tk translation" in found


def test_a_kind_without_a_list_or_sheet_fails_the_check() -> None:
    rate = kinds.get("exchange_rate")
    bare = replace(
        rate,
        sheet_title=None,
        fields=tuple(replace(f, list=None) for f in rate.fields),
    )
    found = problems(_with("exchange_rate", bare))
    assert "exchange_rate: no list page shows it" in found
    assert "exchange_rate: not in the workbook (no sheet title)" in found


def test_an_enum_field_must_name_the_columns_enum() -> None:
    from desktop_app.domain.enums import PlanStatus

    day = kinds.get("financial_support")
    found = problems(_with("financial_support", _change(day, "status", enum=PlanStatus)))
    assert any(p.startswith("financial_support.status: enum") for p in found), found


def test_a_stated_list_type_is_checked_against_the_column() -> None:
    sig = kinds.get("signatory")
    found = problems(_with("signatory", _change(sig, "population", list=ListFacet(type="date"))))
    assert found == ["signatory.population: list type 'date' is not 'int'"]


def test_every_table_of_records_has_a_translated_title() -> None:
    """What the demo counts (and anything else shown per table) is named in words: each
    table of records has a plural title, from its kind's spec where it has one."""
    from desktop_app.domain.base import RecordMixin
    from desktop_app.domain.models import Base

    from .kind_completeness import LANGS, translated

    titles = kinds.table_titles()
    tables = {
        m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, RecordMixin)
    }
    assert set(titles) == tables
    for kind in kinds.KINDS.values():
        assert titles[kind.model.__tablename__] == kind.plural_title
    assert titles["emission_inventory_cell"] == kinds.get("emission_inventory").grid.title
    for table, title in titles.items():
        assert title and "_" not in title, table
        for lang in LANGS:
            assert ("RecordKind", title) in translated(lang), (table, lang)
    day = kinds.get("energy_day")
    untitled = replace(day, links=tuple(replace(link, title="") for link in day.links))
    assert "energy_day link organiser_ids: no RecordKind text" in problems(
        _with("energy_day", untitled)
    )


def test_application_tables_are_the_ones_built_from_the_specs() -> None:
    from desktop_app.services import lists, record_kinds
    from desktop_app.services.excel import export, records, sheets
    from desktop_app.ui.forms import registry
    from desktop_app.ui.models import trash_table

    for kind in kinds.KINDS.values():
        assert record_kinds.KINDS[kind.id].title_field == kind.title_field
        assert registry.KIND_TITLES[kind.id] == kind.title
        assert registry.section_for(kind.id) == (kind.section, kind.tab)
        assert trash_table.KIND_LABELS[kind.id] == kind.title
        if kind.list_id:
            assert lists.LISTS[kind.list_id].columns == lists._columns(kind)
            assert lists.LISTS[kind.list_id].kind == kind.id
        if kind.sheet_id:
            assert sheets.IMPORT_SPECS[kind.sheet_id] == sheets.sheet_spec(kind)
            assert records.VALIDATION_KINDS[kind.sheet_id] == kind.id
            assert kind.sheet_id in export.SHEET_ORDER
    assert set(lists.LISTS) == {k.list_id for k in kinds.KINDS.values() if k.list_id}
    assert set(sheets.IMPORT_SPECS) == {k.sheet_id for k in kinds.KINDS.values() if k.sheet_id}


def test_one_id_per_kind_and_the_old_ids_still_resolve() -> None:
    day = kinds.get("energy_day")
    assert (day.id, day.list_id, day.sheet_id) == ("energy_day", "energy_days", "energy-days")
    assert kinds.get("energy-days") is day and kinds.get("energy_days") is day
    assert day.link("organisers") is day.link("organiser_ids") is not None
    with pytest.raises(ValueError, match="unknown record kind"):
        kinds.get("energy")


def test_the_old_link_names_are_still_read_as_sheet_headers_and_map_targets() -> None:
    from desktop_app.services.excel.mapping import apply_overrides, match_columns

    mapping = match_columns("energy-days", ["Title", "Start date", "organisers"])
    assert mapping.columns == {0: "title", 1: "start_date", 2: "organiser_ids"}
    mapping = match_columns("assistance", ["Activity type", "Date", "Who"])
    apply_overrides(mapping, ["Activity type", "Date", "Who"], ["Who=reached"])
    assert mapping.columns[2] == "signatory_ids"


def test_synonyms_and_headers_come_from_the_spec_facets() -> None:
    from desktop_app.services.excel.vocab import header_index, reset_cache

    reset_cache()
    index = header_index("energy-days")
    assert index["venue"] == "place"  # a synonym in the spec
    assert index["outcome"] == "outcome_notes"  # the facet's header, not the label
    assert index["organiser ids"] == "organiser_ids"  # the field name itself


def test_a_new_field_in_a_test_copy_reaches_every_builder() -> None:
    """Only a FieldSpec is added (the column exists: `description` of assistance is reused
    as an Energy Day column would be); every builder shows it without another edit."""
    from desktop_app.services import lists
    from desktop_app.services.excel import sheets
    from desktop_app.services.reports import sections

    day = kinds.get("energy_day")
    extra = FieldSpec(
        "place",
        N_("Field", "Place"),
        list=ListFacet(),
        excel=ExcelFacet(N_("Excel", "Place"), 20),
        report=ReportFacet(N_("Report", "Place"), 2),
    )
    # As a new field: no column order of the kind names it.
    spec = replace(
        _drop(day, "place"),
        fields=(*_drop(day, "place").fields, extra),
        list_order=tuple(n for n in (day.list_order or ()) if n != "place"),
        report_order=tuple(n for n in (day.report_order or ()) if n != "place"),
    )
    listed = [c.field for c in lists._columns(spec)]
    in_sheet = [c.field for c in sheets.sheet_spec(spec).columns]
    header = sections.kind_table_header(spec)
    assert all(listed.index("place") > listed.index(n) for n in spec.list_order or ())
    assert "place" in in_sheet and in_sheet.index("place") > in_sheet.index("outcome_notes")
    assert all(header.index("Place") > header.index(h) for h in ("Date", "Title", "Participants"))
    assert problems(_with("energy_day", spec)) == []

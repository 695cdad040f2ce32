"""One declaration per record kind: its ids, title, model, links, fields and their facets.

`registry` collects them; everything per kind or per field elsewhere is derived from it
(forms, lists, the Trash, the workbook, the import, the report, validation dispatch).
See docs/architecture.md, "To add a field / a kind".
"""

from .registry import KINDS, by_list, by_sheet, get, sheet_kinds, table_titles
from .spec import ExcelFacet, FieldSpec, KindSpec, LinkSpec, ListFacet, ReportFacet

__all__ = [
    "KINDS",
    "ExcelFacet",
    "FieldSpec",
    "KindSpec",
    "LinkSpec",
    "ListFacet",
    "ReportFacet",
    "by_list",
    "by_sheet",
    "get",
    "sheet_kinds",
    "table_titles",
]

"""Per-kind window geometry and splitter state of the record forms, and pages' splitters.

The option families are declared in desktop_app/options.py.
"""

from __future__ import annotations

from ...config import Option
from ...options import FORM_GEOMETRY, FORM_SPLITTER, PAGE_SPLITTER


def geometry_option(kind: str) -> Option[bytes]:
    return FORM_GEOMETRY[kind]


def splitter_option(kind: str) -> Option[bytes]:
    return FORM_SPLITTER[kind]


def page_splitter_option(page: str) -> Option[bytes]:
    return PAGE_SPLITTER[page]

"""Which form edits which record kind, what a kind is called in a window title, and where
its list lives: all read from the kind specs (domain/kinds).

A kind whose spec names no form class gets the default form: its fields in spec order,
each with the widget its hint says (form_fields.FieldsMixin.build_from_spec). A kind with
something odd (a lead organiser, a plan choice, a window title) names a small subclass that
overrides only that.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING

from ...domain.kinds import KINDS

if TYPE_CHECKING:
    from .base_form import RecordForm

FORMS: dict[str, str | None] = {k.id: k.form for k in KINDS.values()}
"""kind -> "module:Class" in this package, or None for the default form."""

KIND_TITLES: dict[str, str] = {k.id: k.title for k in KINDS.values()}
"""kind -> English title; translate with context "RecordKind"."""


@cache
def form_class(kind: str) -> type[RecordForm]:
    target = FORMS[kind]
    if target is None:
        from .base_form import RecordForm

        name = "".join(part.title() for part in kind.split("_")) + "Form"
        return type(name, (RecordForm,), {"KIND": kind, "__module__": __name__})
    module_name, class_name = target.split(":")
    module = importlib.import_module(f"{__package__}.{module_name}")
    return getattr(module, class_name)  # type: ignore[no-any-return]


def section_for(kind: str) -> tuple[str, int | None]:
    """The main-window section listing `kind`, and the tab within it if it has tabs."""
    spec = KINDS[kind]
    return spec.section, spec.tab

"""Fields several kinds share, with the one label and the sheet words they always have.

A kind uses them as `common.notes()` and may override any part:
`common.status(SignatoryStatus, list=ListFacet(filter="status"))`.
"""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum
from typing import Any

from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from .spec import ExcelFacet, FieldSpec


def _make(base: FieldSpec, **overrides: Any) -> FieldSpec:
    return replace(base, **overrides) if overrides else base


def excel(header: str | None = None, width: int = 14, **kw: Any) -> ExcelFacet:
    return ExcelFacet(header, width, **kw)


NAME_WORDS = (
    "municipality", "signatory name", "city", "local authority", "муниципалитет", "название",
    "наименование", "город", "подписант", "ady", "at", "şäher", "şäher häkimligi", "gol çeken",
)  # fmt: skip
DATE_WORDS = ("date", "дата", "sene")


def name(**kw: Any) -> FieldSpec:
    return _make(FieldSpec("name", N_("Field", "Name"), required=True), **kw)


def local_name(**kw: Any) -> FieldSpec:
    return _make(FieldSpec("local_name", N_("Field", "Name in local script")), **kw)


def country(**kw: Any) -> FieldSpec:
    return _make(FieldSpec("country", N_("Field", "Country"), required=True), **kw)


def region(**kw: Any) -> FieldSpec:
    return _make(FieldSpec("region", N_("Field", "Region")), **kw)


def contact_person(**kw: Any) -> FieldSpec:
    return _make(FieldSpec("contact_person", N_("Field", "Contact person")), **kw)


def email(**kw: Any) -> FieldSpec:
    return _make(FieldSpec("email", N_("Field", "E-mail")), **kw)


def phone(**kw: Any) -> FieldSpec:
    return _make(FieldSpec("phone", N_("Field", "Phone")), **kw)


def notes(**kw: Any) -> FieldSpec:
    return _make(
        FieldSpec(
            "notes",
            N_("Field", "Notes"),
            excel=excel(
                N_("Excel", "Notes"),
                40,
                synonyms=("comments", "remarks", "примечания", "комментарии", "bellikler"),
            ),
        ),
        **kw,
    )


STATUS_WORDS = ("статус", "ýagdaý", "ýagdaýy")


def status(enum: type[StrEnum], **kw: Any) -> FieldSpec:
    return _make(FieldSpec("status", N_("Field", "Status"), enum=enum), **kw)


TITLE_WORDS = ("название", "тема", "ady", "tema")


def title(**kw: Any) -> FieldSpec:
    return _make(FieldSpec("title", N_("Field", "Title")), **kw)


CURRENCY_WORDS = ("валюта", "walýuta", "pul birligi")


def currency(**kw: Any) -> FieldSpec:
    return _make(FieldSpec("currency", N_("Field", "Currency")), **kw)


PARTICIPANT_WORDS = ("number of participants", "участники", "число участников", "gatnaşyjylar")


def participants(**kw: Any) -> FieldSpec:
    return _make(FieldSpec("participants", N_("Field", "Participants")), **kw)


SUBMISSION_WORDS = ("submitted", "date submitted", "дата подачи", "tabşyrylan senesi")


def submission_date(**kw: Any) -> FieldSpec:
    return _make(FieldSpec("submission_date", N_("Field", "Submission date")), **kw)


def signatory(**kw: Any) -> FieldSpec:
    """The signatory a record belongs to; its sheet columns are made by the workbook."""
    return _make(FieldSpec("signatory_id", N_("Field", "Signatory"), required=True), **kw)


def plan(**kw: Any) -> FieldSpec:
    return _make(FieldSpec("plan_id", N_("Field", "Action plan")), **kw)


def description(**kw: Any) -> FieldSpec:
    return _make(FieldSpec("description", N_("Field", "Description")), **kw)

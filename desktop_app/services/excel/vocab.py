"""Words a sheet may use for our headers and codes, in English, Russian and Turkmen.

Offices' own sheets rarely say "Adhesion date"; they say "Дата присоединения" or "Date of
joining". Headers and enum labels are looked up in every language's catalogue at once (not
only the current one), plus a small table of synonyms seen in real office sheets.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache

from ...domain import kinds, reference
from ...domain.enums import LABELS
from .sheets import spec_of

OTHER_LANGUAGES = ("ru", "tk")

# Synonyms of the columns every sheet gets (the fields' own are in their kind specs);
# matching ignores case, punctuation and spacing.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("uuid", "record id", "идентификатор", "kod"),
    "signatory": (
        "municipality",
        "signatory name",
        "муниципалитет",
        "подписант",
        "gol çeken",
        "şäher häkimligi",
    ),
    "signatory_country": ("country", "страна", "ýurt"),
}


def aliases(kind: str) -> dict[str, str]:
    """Former field names still accepted (headers, `--map Header=field`) -> field."""
    try:
        spec = kinds.get(kind)
    except ValueError:  # an office sheet (sheets.OFFICE_SPECS): no former names
        return {}
    return {alias: link.field for link in spec.links for alias in link.aliases}


COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "AM": ("Армения", "Ermenistan"),
    "AZ": ("Азербайджан", "Azerbaýjan"),
    "BY": ("Беларусь", "Белоруссия", "Belarus"),
    "GE": ("Грузия", "Gruziýa"),
    "MD": ("Молдова", "Молдавия", "Moldowa"),
    "UA": ("Украина", "Ukraina"),
    "KZ": ("Казахстан", "Gazagystan"),
    "KG": ("Кыргызстан", "Киргизия", "Gyrgyzystan"),
    "TJ": ("Таджикистан", "Täjigistan"),
    "TM": ("Туркменистан", "Туркмения", "Türkmenistan"),
    "UZ": ("Узбекистан", "Özbegistan"),
}

# Booleans as people type them.
TRUE_WORDS = {"yes", "y", "true", "1", "x", "да", "д", "hawa", "howa", "✓", "+"}
FALSE_WORDS = {"no", "n", "false", "0", "нет", "н", "ýok", "yok", "-", ""}

_PUNCT = re.compile(r"[\s\.\,\:\;\-_/\\\(\)\[\]\"'«»*#№]+")


def norm(text: object) -> str:
    """A loose key: case, spacing and punctuation do not matter."""
    return _PUNCT.sub(" ", str(text)).strip().casefold()


@cache
def _translator(lang: str):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator

    from ...i18n import catalogue_path

    path = catalogue_path(lang)
    if path is None:
        return None
    t = QTranslator()
    return t if t.load(str(path)) else None


def translations(context: str, source: str) -> list[str]:
    """`source` in English and in every language a catalogue exists for."""
    out = [source]
    for lang in OTHER_LANGUAGES:
        t = _translator(lang)
        if t is not None:
            text = t.translate(context, source)
            if text:
                out.append(text)
    return out


def reset_cache() -> None:
    """Forget loaded catalogues (tests install their own)."""
    _translator.cache_clear()
    header_index.cache_clear()
    enum_index.cache_clear()
    country_index.cache_clear()


@cache
def header_index(kind: str) -> dict[str, str]:
    """normalised header -> field, for one record kind.

    Exact field labels win over synonyms; the field name itself also works, so a sheet made
    by a script ("adhesion_date") is recognised.
    """
    spec = spec_of(kind)
    index: dict[str, str] = {}
    for col in spec.importable:
        for word in (*SYNONYMS.get(col.field, ()), *col.synonyms):
            index.setdefault(norm(word), col.field)
    for alias, name in aliases(kind).items():
        index.setdefault(norm(alias), name)
    # The form's own label in every language: a clerk who heads a column the way the form
    # names the field ("Ady (latyn ýazuwynda)", "Дата присоединения (решение совета)").
    importable = {col.field for col in spec.importable}
    for name, label in _form_labels(kind):
        if name in importable:
            for text in translations("Field", label):
                index.setdefault(norm(text), name)
    for col in spec.importable:
        for text in translations(col.context, col.header):
            index[norm(text)] = col.field
        index[norm(col.field)] = col.field
    return index


def _form_labels(kind: str) -> list[tuple[str, str]]:
    try:
        spec = kinds.get(kind)
    except ValueError:  # an office sheet (sheets.OFFICE_SPECS): its own labels only
        return []
    return [(f.name, f.label) for f in spec.fields if f.label]


@cache
def enum_index(enum_cls: type[StrEnum]) -> dict[str, str]:
    index: dict[str, str] = {}
    for member in enum_cls:
        source = LABELS[(enum_cls, member.value)]
        for text in translations("Enum", source):
            index[norm(text)] = member.value
    for member in enum_cls:
        index[norm(member.value)] = member.value
        index[norm(member.name)] = member.value
    return index


@cache
def country_index() -> dict[str, str]:
    """Every country by ISO code (any case, EL/UK too) or CLDR name in en/ru/tk, plus the
    older names offices still write (Туркмения, Киргизия)."""
    index: dict[str, str] = {}
    codes = reference.country_codes()
    for lang in reference.LANGS:
        for code in codes:
            index.setdefault(norm(reference.country_name(code, lang)), code)
    for code, names in COUNTRY_NAMES.items():
        for text in names:
            index[norm(text)] = code
    for code in codes:
        index[norm(code)] = code
    for alias, code in reference.COUNTRY_ALIASES.items():
        index[norm(alias)] = code
    return index


def currency_code(text: str) -> str | None:
    """An ISO 4217 code in any case, a CLDR currency name in en/ru/tk, or € / $ / манат."""
    return reference.currency_code(text)

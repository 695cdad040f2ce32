"""Words a sheet may use for our headers and codes, in English, Russian and Turkmen.

Offices' own sheets rarely say "Adhesion date"; they say "Дата присоединения" or "Date of
joining". Headers and enum labels are looked up in every language's catalogue at once (not
only the current one), plus a small table of synonyms seen in real office sheets.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache

from ...domain.enums import COUNTRIES, CURRENCIES, LABELS
from .sheets import CTX, IMPORT_SPECS

OTHER_LANGUAGES = ("ru", "tk")

# Common synonyms by field; matching ignores case, punctuation and spacing.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("uuid", "record id", "идентификатор", "kod"),
    "name": (
        "municipality",
        "signatory name",
        "city",
        "local authority",
        "муниципалитет",
        "название",
        "наименование",
        "город",
        "подписант",
        "ady",
        "at",
        "şäher",
        "şäher häkimligi",
        "gol çeken",
    ),
    "signatory": (
        "municipality",
        "signatory name",
        "муниципалитет",
        "подписант",
        "gol çeken",
        "şäher häkimligi",
    ),
    "local_name": ("name in local language", "местное название", "ýerli ady"),
    "country": ("страна", "ýurt", "country code"),
    "signatory_country": ("country", "страна", "ýurt"),
    "region": ("province", "oblast", "регион", "область", "sebit", "welaýat"),
    "population": ("inhabitants", "население", "число жителей", "ilat", "ilatyň sany"),
    "population_year": ("год населения", "ilat ýyly"),
    "adhesion_date": (
        "date of adhesion",
        "joined",
        "date joined",
        "council decision date",
        "дата присоединения",
        "дата вступления",
        "goşulan senesi",
        "goşulan sene",
    ),
    "framework": ("рамка", "обязательство", "maksat ýyly"),
    "pillars": ("столпы", "направления", "ugurlar"),
    "target_percent": ("target %", "target", "reduction target", "цель (%)", "цель", "maksat"),
    "target_year": ("год цели", "maksat ýyly"),
    "status": ("статус", "ýagdaý", "ýagdaýy"),
    "contact_person": ("contact", "контактное лицо", "habarlaşmak üçin adam"),
    "email": ("e-mail", "электронная почта", "эл. почта", "elektron poçta"),
    "phone": ("telephone", "tel", "телефон", "telefon"),
    "notes": ("comments", "remarks", "примечания", "комментарии", "bellikler"),
    "plan_type": ("plan", "type of plan", "тип плана", "план", "meýilnamanyň görnüşi"),
    "title": ("название", "тема", "ady", "tema"),
    "submission_date": ("submitted", "date submitted", "дата подачи", "tabşyrylan senesi"),
    "amount": ("sum", "value", "сумма", "mukdar", "möçber"),
    "currency": ("валюта", "walýuta", "pul birligi"),
    "decision_date": ("date", "date of decision", "дата", "дата решения", "sene", "karar senesi"),
    "instrument": ("financing instrument", "инструмент", "serişde", "gural"),
    "source": ("funding source", "источник", "источник финансирования", "çeşme"),
    "funder_name": ("funder", "donor", "финансирующая организация", "донор", "maliýeleşdiriji"),
    "participants": ("number of participants", "участники", "число участников", "gatnaşyjylar"),
    "activity_date": ("date", "дата", "sene"),
    "start_date": ("date", "дата", "дата начала", "sene", "başlanýan senesi"),
    "end_date": ("дата окончания", "gutarýan senesi"),
    "place": ("venue", "location", "место", "ýeri"),
    "rate_date": ("date", "дата курса", "дата", "sene"),
    "units_per_eur": ("rate", "exchange rate", "курс", "walýuta hümmeti"),
    "activity_type": ("type", "тип", "вид помощи", "görnüşi"),
}

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
    spec = IMPORT_SPECS[kind]
    index: dict[str, str] = {}
    for col in spec.importable:
        for word in SYNONYMS.get(col.field, ()):
            index.setdefault(norm(word), col.field)
    for col in spec.importable:
        for text in translations(CTX, col.header):
            index[norm(text)] = col.field
        index[norm(col.field)] = col.field
    return index


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
    index: dict[str, str] = {}
    for code, source in COUNTRIES.items():
        for text in (*translations("Country", source), *COUNTRY_NAMES.get(code, ())):
            index[norm(text)] = code
        index[norm(code)] = code
    return index


def currency_code(text: str) -> str | None:
    value = text.strip().upper()
    aliases = {"€": "EUR", "EURO": "EUR", "ЕВРО": "EUR", "$": "USD", "МАНАТ": "TMT"}
    value = aliases.get(value, value)
    return value if value in CURRENCIES else None

"""Countries and currencies from CLDR (through Babel), not from a hand-made list.

The Covenant has signatories in every country of the world, and offices receive sheets that
name them in English, Russian, Turkmen, by ISO code in either case, or by the European
institutions' own codes (EL for Greece, UK for the United Kingdom). The Unicode CLDR, as
packaged by Babel, is the maintained source of the ISO 3166-1 and ISO 4217 code lists and of
their names in all three interface languages (Turkmen included), so the app takes them from
there. Stored codes are the ISO codes the app always stored; databases keep working.

Loaded on first use: Babel's locale data costs a few milliseconds per language, paid when a
country or currency is first shown, not at start-up.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from functools import cache
from typing import overload

LANGS = ("en", "ru", "tk")

_NOT_COUNTRIES = frozenset(
    {
        # CLDR regions with two-letter codes that are not ISO 3166-1 countries.
        "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ",
        # Exceptionally reserved ISO codes CLDR names separately from their country.
        "AC", "CP", "CQ", "DG", "EA", "IC", "TA",
    }
)  # fmt: skip
"""XK (Kosovo) is kept: a user-assigned code, but the one EU institutions and datasets use."""

COUNTRY_ALIASES: Mapping[str, str] = {"EL": "GR", "UK": "GB"}
"""Codes of the EU's interinstitutional style guide that differ from ISO 3166-1."""

REGION_CURRENCIES: tuple[str, ...] = (
    "EUR", "USD", "AMD", "AZN", "BYN", "GEL", "MDL", "UAH", "KZT", "KGS", "TJS", "TMT", "UZS",
)  # fmt: skip
"""The currencies offices of the Covenant East and Central Asia use most: listed first in
pickers and given demo exchange rates."""

REGION_COUNTRIES: tuple[str, ...] = (
    "AM", "AZ", "BY", "GE", "MD", "UA", "KZ", "KG", "TJ", "TM", "UZ",
)  # fmt: skip


@cache
def _locale(lang: str):  # type: ignore[no-untyped-def]
    from babel import Locale

    return Locale.parse(lang if lang in LANGS else "en")


@cache
def country_codes() -> tuple[str, ...]:
    """Every ISO 3166-1 alpha-2 code (and XK), sorted."""
    names = _locale("en").territories
    return tuple(
        sorted(c for c in names if len(c) == 2 and c.isalpha() and c not in _NOT_COUNTRIES)
    )


@cache
def currency_codes() -> tuple[str, ...]:
    """ISO 4217 codes legal tender somewhere today, plus the region's, sorted."""
    from babel.numbers import get_territory_currencies

    today = date.today()
    codes: set[str] = set(REGION_CURRENCIES)
    for territory in country_codes():
        codes.update(get_territory_currencies(territory, today, tender=True))
    return tuple(sorted(codes))


def country_name(code: str, lang: str = "en") -> str:
    """The country's name in `lang`; an unknown code is returned as it is."""
    return str(_locale(lang).territories.get(code.upper(), code)) if code else ""


def currency_name(code: str, lang: str = "en") -> str:
    return str(_locale(lang).currencies.get(code.upper(), code)) if code else ""


def norm(text: object) -> str:
    """Case, accents-as-typed, punctuation and spacing folded, so names compare as people read."""
    folded = unicodedata.normalize("NFKC", str(text)).casefold().replace("ё", "е")
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


@cache
def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for lang in LANGS:
        names = _locale(lang).territories
        for code in country_codes():
            name = names.get(code)
            if name:
                index.setdefault(norm(name), code)
    for code in country_codes():
        index[norm(code)] = code
    for alias, code in COUNTRY_ALIASES.items():
        index[norm(alias)] = code
    return index


def country_code(text: object) -> str | None:
    """The ISO code for a code in any case (`ua`, `UA`, `EL`) or a name in en/ru/tk."""
    if text is None:
        return None
    return _country_index().get(norm(text))


def currency_code(text: object) -> str | None:
    """The ISO code for a code in any case or a currency name in en/ru/tk."""
    if text is None:
        return None
    symbol = _SYMBOLS.get(str(text).strip())
    if symbol is not None:
        return symbol
    key = norm(text)
    if not key:
        return None
    upper = key.upper()
    if upper in _currency_set():
        return upper
    return _currency_index().get(key)


@cache
def _currency_set() -> frozenset[str]:
    return frozenset(currency_codes())


@cache
def _currency_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for lang in LANGS:
        names = _locale(lang).currencies
        for code in currency_codes():
            name = names.get(code)
            if name:
                index.setdefault(norm(name), code)
    index.update({"euro": "EUR", "евро": "EUR", "ýewro": "EUR", "manat": "TMT", "манат": "TMT"})
    return index


_SYMBOLS = {"€": "EUR", "$": "USD", "US$": "USD", "₽": "RUB", "₴": "UAH", "₸": "KZT"}


@cache
def _as_set(load: object) -> frozenset[str]:
    return frozenset(load())  # type: ignore[operator]


class _Codes(Sequence[str]):
    """A lazily loaded, read-only list of codes usable wherever a tuple was."""

    def __init__(self, load: object) -> None:
        self._load = load

    def _codes(self) -> tuple[str, ...]:
        return self._load()  # type: ignore[operator,no-any-return]

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return self._codes()[index]

    def __len__(self) -> int:
        return len(self._codes())

    def __contains__(self, value: object) -> bool:
        return value in _as_set(self._load)  # type: ignore[arg-type]

    def __iter__(self) -> Iterator[str]:
        return iter(self._codes())


COUNTRIES: Sequence[str] = _Codes(country_codes)
CURRENCIES: Sequence[str] = _Codes(currency_codes)

"""Reading loosely typed field values and recording issues about them.

Forms hand over widgets' values, importers hand over spreadsheet cells: the same field may
arrive as an enum member or its code, a Decimal, an int or a string. Each value is read once;
a field that is already wrong is not reported again by later rules about it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from ..enums import COUNTRIES, CURRENCIES
from .issues import Issue, Severity
from .settings import DEFAULT_SETTINGS, RuleSettings

E = TypeVar("E", bound=StrEnum)

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
_MISSING = object()


class Checker:
    def __init__(
        self,
        kind: str,
        values: Mapping[str, Any],
        today: date,
        settings: RuleSettings = DEFAULT_SETTINGS,
    ) -> None:
        self.kind = kind
        self.values = values
        self.today = today
        self.settings = settings
        self.issues: list[Issue] = []
        self._bad: set[str] = set()
        self._cache: dict[str, Any] = {}

    # -- recording -------------------------------------------------------------------------
    def error(self, field: str, code: str, **params: Any) -> None:
        self._bad.add(field)
        self.issues.append(Issue(field, code, Severity.ERROR, params, self.kind))

    def warn(self, field: str, code: str, **params: Any) -> None:
        self.issues.append(Issue(field, code, Severity.WARNING, params, self.kind))

    def ok(self, field: str) -> bool:
        return field not in self._bad

    # -- presence --------------------------------------------------------------------------
    def present(self, field: str) -> bool:
        value = self.values.get(field)
        if value is None:
            return False
        if isinstance(value, str):
            return value.strip() != ""
        if isinstance(value, list | tuple | set | frozenset):
            return len(value) > 0
        return True

    def required(self, *names: str) -> None:
        for name in names:
            if not self.present(name):
                self.error(name, "required")

    def lengths(self, limits: Mapping[str, int]) -> None:
        for name, limit in limits.items():
            value = self.values.get(name)
            if isinstance(value, str) and len(value) > limit:
                self.error(name, "too_long", length=len(value), max=limit)

    # -- typed readers (None when empty or wrong) ------------------------------------------
    def _read(self, field: str, convert: Any, code: str) -> Any:
        if field in self._cache:
            return self._cache[field]
        result = None
        if self.present(field) and self.ok(field):
            raw = self.values[field]
            result = convert(raw)
            if result is _MISSING:
                self.error(field, code, value=_show(raw))
                result = None
        self._cache[field] = result
        return result

    def date(self, field: str) -> date | None:
        return self._read(field, _to_date, "not_a_date")  # type: ignore[no-any-return]

    def decimal(self, field: str) -> Decimal | None:
        return self._read(field, _to_decimal, "not_a_number")  # type: ignore[no-any-return]

    def integer(self, field: str) -> int | None:
        return self._read(field, _to_int, "not_a_whole_number")  # type: ignore[no-any-return]

    def flag(self, field: str) -> bool:
        value = self.values.get(field)
        if isinstance(value, str):
            return value.strip().lower() in {"1", "true", "yes", "y"}
        return bool(value)

    def choice(self, field: str, enum_cls: type[E]) -> E | None:
        def convert(raw: Any) -> Any:
            member = _member(enum_cls, raw)
            return _MISSING if member is None else member

        return self._read(field, convert, "invalid_choice")  # type: ignore[no-any-return]

    def choices(self, field: str, enum_cls: type[E]) -> list[E]:
        """The members of a code-list field (read once, like the typed readers)."""
        if field in self._cache:
            return list(self._cache[field])
        members: list[E] = []
        self._cache[field] = members
        raw = self.values.get(field)
        if raw is None or raw == "":
            return []
        if isinstance(raw, str) or not isinstance(raw, list | tuple | set | frozenset):
            self.error(field, "not_a_list")
            return []
        for item in raw:
            member = _member(enum_cls, item)
            if member is None:
                self.error(field, "invalid_choice", value=_show(item))
            elif member not in members:
                members.append(member)
        return list(members)

    # -- common rules ----------------------------------------------------------------------
    def order(self, earlier: str, later: str) -> None:
        """`later` must not be before `earlier`; reported on the later field."""
        self.not_before(later, self.date(later), earlier, self.date(earlier))

    def not_before(self, field: str, value: Any, other_field: str, other: Any) -> None:
        """`value` (of `field`) must not come before `other` (of `other_field`, or a fact
        from outside the record): a date or a year; reported on `field`."""
        if value is not None and other is not None and value < other:
            self.error(field, "date_order", value=value, other_field=other_field, other=other)

    def not_future(self, *names: str) -> None:
        for name in names:
            day = self.date(name)
            if day is not None and day > self.today:
                self.warn(name, "date_in_future", value=day)

    def positive(self, field: str, value: Decimal | int | None) -> None:
        if value is not None and value <= 0:
            self.error(field, "must_be_positive", value=value)

    def non_negative(self, field: str, value: Decimal | int | None) -> None:
        if value is not None and value < 0:
            self.error(field, "must_not_be_negative", value=value)

    def year(self, field: str, low: int, high: int) -> int | None:
        value = self.integer(field)
        if value is not None and not low <= value <= high:
            self.error(field, "year_out_of_range", value=value, min=low, max=high)
            return None
        return value

    def currency(self, field: str) -> None:
        if not self.present(field):
            return
        value = self.values[field]
        text = value if isinstance(value, str) else str(value)
        if not CURRENCY_RE.fullmatch(text):
            self.error(field, "currency_format", value=text)
        elif text not in CURRENCIES:
            self.warn(field, "currency_unusual", value=text)

    def country(self, field: str) -> None:
        if self.present(field) and str(self.values[field]) not in COUNTRIES:
            self.error(field, "country_unknown", value=str(self.values[field]))

    def email(self, field: str) -> None:
        if self.present(field) and not EMAIL_RE.fullmatch(str(self.values[field]).strip()):
            self.error(field, "email_format", value=str(self.values[field]))


def _member(enum_cls: type[E], raw: Any) -> E | None:
    if isinstance(raw, enum_cls):
        return raw
    if isinstance(raw, StrEnum):
        return None
    try:
        return enum_cls(str(raw).strip())
    except ValueError:
        return None


def _show(raw: Any) -> str:
    return raw.value if isinstance(raw, StrEnum) else str(raw)


def _to_date(raw: Any) -> Any:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, str):
        try:
            return date.fromisoformat(raw.strip())
        except ValueError:
            return _MISSING
    return _MISSING


def _to_decimal(raw: Any) -> Any:
    if isinstance(raw, bool):
        return _MISSING
    if isinstance(raw, Decimal):
        return raw if raw.is_finite() else _MISSING
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, float):
        raw = repr(raw)
    if isinstance(raw, str):
        text = raw.strip().replace("\u00a0", "").replace(" ", "")
        if "," in text and "." not in text:
            text = text.replace(",", ".")
        try:
            value = Decimal(text)
        except InvalidOperation:
            return _MISSING
        return value if value.is_finite() else _MISSING
    return _MISSING


def _to_int(raw: Any) -> Any:
    if isinstance(raw, bool):
        return _MISSING
    if isinstance(raw, int):
        return raw
    value = _to_decimal(raw)
    if value is _MISSING or value != value.to_integral_value():
        return _MISSING
    return int(value)

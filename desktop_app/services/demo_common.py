"""Small pieces the demo generator's builders share: ids, dates, picks, the writer.

Kept apart from the builders so each of them stays about one kind of record.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy.orm import Session

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)

Progress = Callable[[str, int, int], None]
"""Called as progress(table, done, total) while a kind of record is being built."""

RATES_FROM = date(2010, 1, 1)
"""Nothing the generator dates (adhesion, finance, budgets) is earlier than this."""


def new_id(rng: random.Random) -> uuid.UUID:
    """A UUID4 drawn from the seeded stream, so the same seed gives the same keys."""
    return uuid.UUID(int=rng.getrandbits(128), version=4)


_FAST: dict[type, bool] = {}


def make(cls: type[T], **values: Any) -> T:
    """A new pending ORM object, built about four times faster than `cls(**values)`.

    The declarative constructor fires an attribute event per field; at 100,000+ records
    that is a sizeable share of the run. Placing the values in the instance dict gives
    the unit of work and the audit hook exactly what they read for an INSERT (the
    object is still added to the session and flushed normally). Classes with
    validators or init/set listeners keep the ordinary constructor so nothing is skipped.
    """
    fast = _FAST.get(cls)
    if fast is None:
        fast = _FAST[cls] = _no_listeners(cls)
    if not fast:
        return cls(**values)
    manager = cls._sa_class_manager  # type: ignore[attr-defined]
    obj = manager.new_instance()
    obj.__dict__.update(values)
    return obj  # type: ignore[no-any-return]


def _no_listeners(cls: type) -> bool:
    """True when no validator or listener would be skipped (SQLAlchemy's own init hook aside)."""
    from sqlalchemy import inspect
    from sqlalchemy.orm import Mapper, configure_mappers

    configure_mappers()
    mapper: Mapper[Any] = inspect(cls)
    manager = mapper.class_manager

    def foreign(listeners: Any) -> bool:
        return any(getattr(fn, "__qualname__", "") != "_event_on_init" for fn in listeners)

    if mapper.validators or foreign(manager.dispatch.init) or manager.dispatch.init_failure:
        return False
    return not any(manager[c.key].dispatch.set for c in mapper.column_attrs)


def days(d: date, n: int) -> date:
    return d + timedelta(days=n)


def add_years(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def add_months(d: date, n: int) -> date:
    month = d.month - 1 + n
    year = d.year + month // 12
    day = min(d.day, 28)
    return date(year, month % 12 + 1, day)


def between(rng: random.Random, start: date, end: date) -> date:
    """A uniform date in [start, end]; `start` when the range is empty."""
    span = (end - start).days
    return start if span <= 0 else days(start, rng.randint(0, span))


def weighted(rng: random.Random, options: Sequence[tuple[T, float]]) -> T:
    values = [v for v, _ in options]
    weights = [w for _, w in options]
    return rng.choices(values, weights)[0]


class Cycler:
    """Hands out every member once (shuffled) before drawing by weight.

    That way even a ten-signatory demo shows every status and type at least once, which
    is what a demo is for, while large ones keep realistic proportions.
    """

    def __init__(self, rng: random.Random, weights: Mapping[Any, float]) -> None:
        self._rng = rng
        self._weights = weights
        self._first = list(weights)
        rng.shuffle(self._first)

    def __call__(self) -> Any:
        if self._first:
            return self._first.pop()
        return weighted(self._rng, list(self._weights.items()))


def codes(members: Iterable[StrEnum], order: type[E]) -> list[str]:
    """Enum codes in declaration order, for stable JSON code lists."""
    chosen = {m.value for m in members}
    return [m.value for m in order if m.value in chosen]


@dataclass
class Writer:
    """Adds records to the session in batches and flushes them through the audit hook.

    Flushing every few thousand objects keeps memory flat (flushed objects are only weakly
    held by the session) while the unit of work still batches INSERTs per table.
    """

    session: Session
    batch: int = 5000
    counts: dict[str, int] = field(default_factory=dict)
    _pending: list[Any] = field(default_factory=list)

    def add(self, obj: Any) -> None:
        self._pending.append(obj)
        if len(self._pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        for obj in self._pending:
            table = obj.__tablename__
            self.counts[table] = self.counts.get(table, 0) + 1
        self.session.add_all(self._pending)
        self.session.flush()
        self._pending = []


@dataclass(frozen=True)
class SigInfo:
    """What later builders need to know about a signatory, without holding the ORM object."""

    id: uuid.UUID
    name: str
    country: str
    region: str
    adhesion: date
    population: int
    plan_id: uuid.UUID | None
    active_until: date | None
    """Withdrawal date: nothing new happens for this signatory after it."""


@dataclass
class Context:
    today: date
    own_office_id: uuid.UUID
    own_country: str
    own_active: date
    own_city: str
    rates: dict[str, list[float]] = field(default_factory=dict)
    """Units per EUR by currency, one value per month from RATES_FROM."""
    signatories: list[SigInfo] = field(default_factory=list)
    others: list[tuple[uuid.UUID, str, date]] = field(default_factory=list)
    """Other coordinators: id, country, date they became active."""
    actions: dict[uuid.UUID, list[uuid.UUID]] = field(default_factory=dict)
    """Mitigation actions by signatory, for the finance that pays for them."""

    def rate(self, currency: str, on: date) -> float:
        if currency == "EUR":
            return 1.0
        series = self.rates[currency]
        index = (on.year - RATES_FROM.year) * 12 + on.month - 1
        return series[max(0, min(index, len(series) - 1))]

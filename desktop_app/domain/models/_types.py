"""Column types shared by the model modules."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import JSON, Enum, Numeric

MONEY = Numeric(18, 2, asdecimal=True)
RATE = Numeric(20, 8, asdecimal=True)
CODE_LIST = JSON()


def code(enum_cls: type[StrEnum]) -> Enum:
    """Store an enum as its stable English code in a plain VARCHAR (no native type).

    No CHECK constraint either: adding a member later must not need a table rebuild on
    SQLite; validation happens in the domain rules before anything is written.
    """
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=40,
        values_callable=lambda cls: [m.value for m in cls],
        validate_strings=True,
    )

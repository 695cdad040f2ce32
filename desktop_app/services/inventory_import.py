"""Bringing one municipality's emission inventory in from a template sheet.

The sheet is read by excel/inventory_sheet.py; this saves what it read through
records.save, as the inventory form does (the same validation, the audit trail, a
conflict if someone changed the record meanwhile): into the signatory's inventory of that
type and year if it has one (its grid replaced by the sheet's, its other fields kept unless
given), else into a new one. The sheet's TOTAL, when it states one, becomes the inventory's
entered total, so the rule that compares it with the grid's sum (1 %) speaks up.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..db.session import Database
from ..domain.enums import InventoryType
from ..domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from ..domain.rules.emissions import InventoryEmissions
from ..domain.rules.issues import Issue
from ..domain.rules.validation import ValidationContext, validate
from . import records
from .emission_factors import shipped
from .excel.actions_export import find_signatory
from .excel.inventory_sheet import InventorySheet
from .inventories import emissions_of
from .live import live

TWO_INVENTORIES = N_(
    "InventorySheet",
    "{name} has {count} inventories of {year} of the type '{type}'; move all but one to the "
    "Trash, then import again.",
)


class InventoryTargetError(Exception):
    """The inventory the sheet should go to cannot be told (exit 1)."""

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template, params)
        self.template, self.params = template, params

    def message(self) -> str:
        from ..i18n import label, tr

        params = dict(self.params)
        params["type"] = tr("Enum", label(InventoryType(params["type"])))
        return tr("InventorySheet", self.template).format(**params)


@dataclass(frozen=True)
class InventoryImport:
    signatory: str
    inventory_type: str
    year: int
    created: bool
    """A new inventory (False: the signatory's inventory of that type and year updated)."""
    inventory_id: uuid.UUID | None
    """None on a dry run that would create one."""
    emissions: InventoryEmissions
    warnings: tuple[Issue, ...]
    written: bool


def _existing(
    db: Database, signatory_id: uuid.UUID, inventory_type: str, year: int
) -> list[tuple[uuid.UUID, int]]:
    from ..domain.models import EmissionInventory as I

    with db.session() as s:
        return [
            (row.id, row.version)
            for row in s.execute(
                select(I.id, I.version).where(
                    live(I),
                    I.signatory_id == signatory_id,
                    I.inventory_type == inventory_type,
                    I.inventory_year == year,
                )
            )
        ]


def import_inventory(
    db: Database,
    sheet: InventorySheet,
    signatory: str,
    year: int,
    inventory_type: str = "baseline",
    population: int | None = None,
    approach: str | None = None,
    dry_run: bool = False,
    origin: str = "cli",
) -> InventoryImport:
    """Save `sheet`'s grid as `signatory`'s inventory of `inventory_type` and `year`.

    Raises excel.actions_export.SignatoryNotFound, InventoryTargetError and
    records.ValidationFailed (nothing written); the sheet must have no issues."""
    if not sheet.ok:
        raise ValueError("the sheet has problems; nothing is saved from it")
    sid, name, _code = find_signatory(db, signatory)
    found = _existing(db, sid, inventory_type, year)
    if len(found) > 1:
        raise InventoryTargetError(
            TWO_INVENTORIES, name=name, count=len(found), type=inventory_type, year=year
        )
    values: dict[str, Any] = {"cells": dict(sheet.cells)}
    if population is not None:
        values["population"] = population
    if approach is not None:
        values["factor_approach"] = approach
    if sheet.stated_total is not None:
        values["entered_total_mwh"] = sheet.stated_total
    target = found[0] if found else None
    if target is None:
        values = {
            **records.new_values("emission_inventory"),
            "signatory_id": sid,
            "inventory_type": inventory_type,
            "inventory_year": year,
            **values,
        }
    country = _country(db, sid)
    if dry_run:
        merged = values
        if target is not None:
            merged = {**records.load(db, "emission_inventory", target[0]).values, **values}
        ctx = ValidationContext(emission_factors=shipped(), signatory_country=country)
        issues = validate("emission_inventory", merged, ctx)
        if any(i.is_error for i in issues):
            raise records.ValidationFailed(issues)
        return InventoryImport(
            name, inventory_type, year, target is None, target[0] if target else None,
            emissions_of(merged, country), tuple(issues), written=False,
        )  # fmt: skip
    snap = records.save(
        db,
        "emission_inventory",
        values,
        id=target[0] if target else None,
        expected_version=target[1] if target else None,
        origin=origin,
    )
    return InventoryImport(
        name, inventory_type, year, target is None, snap.id,
        emissions_of(snap.values, country), snap.warnings, written=True,
    )  # fmt: skip


def _country(db: Database, signatory_id: uuid.UUID) -> str:
    from ..domain.models import Signatory

    with db.session() as s:
        return str(s.scalar(select(Signatory.country).where(Signatory.id == signatory_id)) or "")

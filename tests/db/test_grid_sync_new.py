"""A new record's grid cells are written without a query per record (an import of 572
inventories flushed the session 591 times), and a second sync of the same new record
before any flush still gives one row per cell."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import event, func, select

from desktop_app.domain.enums import EmissionUnit, FactorApproach, InventoryType
from desktop_app.domain.models import EmissionInventory, EmissionInventoryCell, Signatory
from desktop_app.services import grids
from desktop_app.services.record_kinds import kind


def test_new_parents_sync_without_flushing_and_twice_gives_one_row_per_cell(
    sqlite_database,
) -> None:  # noqa: ANN001
    grid = kind("emission_inventory").grid
    assert grid is not None
    flushes = []
    with sqlite_database.transaction("test") as s:
        sig = Signatory(name="Mary", country="TM", adhesion_date=date(2020, 1, 1))
        s.add(sig)
        s.flush()
        event.listen(s, "after_flush", lambda *_a: flushes.append(1))
        parents = []
        for year in range(2001, 2011):
            inv = EmissionInventory(
                id=uuid.uuid4(), signatory_id=sig.id, inventory_type=InventoryType.MONITORING,
                inventory_year=year, factor_approach=FactorApproach.IPCC,
                emission_unit=EmissionUnit.T_CO2,
            )  # fmt: skip
            s.add(inv)
            assert grids.sync(s, grid, inv, {"residential/electricity": "10.5"})
            parents.append(inv)
        assert flushes == []  # ten new records, not one flush
        again = parents[0]
        grids.sync(s, grid, again, {"residential/electricity": "12", "transport/diesel": "3"})
    with sqlite_database.session() as s:
        count = s.scalar(select(func.count()).select_from(EmissionInventoryCell))
        assert count == 11  # 9 x 1 + the re-synced record's 2, no duplicate
        assert grids.load(s, grid, again.id) == {
            "residential/electricity": Decimal("12"),
            "transport/diesel": Decimal("3"),
        }

"""A mitigation action table in the research centre's layout (its key actions table).

Built, not downloaded: the column list is the official one (`MUNI CODE, ID ACTION, Sector,
key action description, Area_of_intervention, Origin of the action, Status of
implementation, Policy type, Governance, CO2 red`) and the quirks are those of the real
table: codes in upper snake case, `-` for an empty cell (in text and numbers alike),
decimal CO2 figures (floats with long tails as Excel keeps them), trailing spaces, the
municipality named by its Covenant ID only, and a README sheet before the data sheet.
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook

COLUMNS = (
    "MUNI CODE", "ID ACTION", "Sector", "key action description", "Area_of_intervention",
    "Origin of the action", "Status of implementation", "Policy type", "Governance", "CO2 red",
)  # fmt: skip

SECTORS = (
    ("MUNICIPAL_BUILDINGS_EQUIPMENT_FACILITIES", "BUILDING_ENVELOPE", "Insulation of school"),
    ("TERTIARY_BUILDINGS_EQUIPMENT_FACILITIES", "ENERGY_EFFICIENT_LIGHTING_SYSTEMS",
     "LED lighting in offices"),
    ("RESIDENTIAL_BUILDINGS", "ENERGY_EFFICIENCY_IN_SPACE_HEATING_AND_HOT_WATER",
     "Individual heat meters in apartment blocks"),
    ("PUBLIC_LIGHTING", "ENERGY_EFFICIENCY", "Street lighting retrofit"),
    ("TRANSPORT", "MODAL_SHIFT_TO_PUBLIC_TRANSPORT", "New trolleybus line"),
    ("LOCAL_ELECTRICITY_PRODUCTION", "PHOTOVOLTAICS", "Solar panels on the town hall"),
    ("OTHERS", "TREE_PLANTING_IN_URBAN_AREAS", "Urban greening"),
)  # fmt: skip
STATUSES = ("NOT_STARTED", "ONGOING", "COMPLETED", "POSTPONED", "NEW")
ORIGINS = ("LOCAL_AUTHORITY", "COVENANT_TERRITORIAL_COORDINATOR", "OTHER", "NOT_POSSIBLE_TO_SAY")
POLICIES = ("AWARENESS_RAISING_TRAINING", "PUBLIC_PROCUREMENT", "ENERGY_MANAGEMENT",
            "GRANTS_AND_SUBSIDIES", "BUILDING_STANDARDS")  # fmt: skip


def row(i: int, code: str, rng: random.Random) -> list[Any]:
    sector, area, title = SECTORS[i % len(SECTORS)]
    co2: Any = "-" if i % 9 == 4 else round(rng.uniform(0.5, 4000.0), 6)
    if i % 13 == 6:
        co2 = f"{rng.randrange(1, 900)},5"  # typed as text with a decimal comma
    return [
        code + (" " if i % 8 == 3 else ""),  # a trailing space, as released
        f"A{i:05d}",
        sector,
        f"{title} ({i})",
        "-" if i % 10 == 7 else area,
        ORIGINS[i % len(ORIGINS)],
        STATUSES[i % len(STATUSES)],
        "-" if i % 6 == 5 else POLICIES[i % len(POLICIES)],
        "-" if i % 2 else "Municipal energy department",
        co2,
    ]


def rows(codes: list[str], n: int, seed: int = 1) -> list[list[Any]]:
    rng = random.Random(seed)
    return [row(i, codes[i % len(codes)], rng) for i in range(n)]


def write(path: Path, data: list[list[Any]]) -> Path:
    wb = Workbook()
    readme = wb.active
    readme.title = "README"
    readme.append(["GCoM - MyCovenant dataset: key mitigation actions"])
    readme.append(["Licence: reuse allowed with acknowledgement (Commission Decision 2011/833/EU)"])
    sheet = wb.create_sheet("1")
    sheet.append(list(COLUMNS))
    for r in data:
        sheet.append(r)
    wb.save(path)
    return path


def expected_co2(value: Any) -> Decimal | None:
    """What the table's CO2 cell should become: two decimals, `-` nothing."""
    if value == "-":
        return None
    text = value.replace(",", ".") if isinstance(value, str) else repr(value)
    return Decimal(text).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def expected_status(code: str) -> str:
    return "NOT_STARTED" if code == "NEW" else code

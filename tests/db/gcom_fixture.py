"""A signatories workbook in the layout of the Covenant's open data (GCoM-MyCovenant, df1).

Built, not downloaded: the column list is the published one, exactly, and the quirks are the
ones the real release has: a README and a metadata sheet before the data sheet named `1`,
lower-case ISO codes, `-` for "no value" (in numbers, dates and text alike), Excel date
cells, trailing spaces, `published` / `on_hold`, the commitment as four 0/1 flags, the
adhesion type as individual or joint option 1/2, and signatories of many countries with
their coordinators and supporters by name.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook

COLUMNS = (
    "organisation_id", "organisation_name", "coordinator_name", "supporter_name",
    "country_code", "country_name", "population_adhesion", "organisation_latitude",
    "organisation_longitude", "group_organisation_id", "group_name",
    "commitment_CoM2020_flag", "commitment_CoM2030_flag", "commitment_CoM2050_flag",
    "commitment_mayoradapt_flag", "adhesion_type", "signatory_status", "mayor",
    "date_of_adhesion", "action_plan_expected", "group_profile", "gcom_id",
)  # fmt: skip

LVIV = "Lviv Regional State Administration"
COUNTRIES = (
    ("ua", "Ukraine", 49.8, 24.0),
    ("nl", "Netherlands", 52.1, 5.3),
    ("it", "Italy", 41.9, 12.5),
    ("ge", "Georgia", 41.7, 44.8),
    ("tm", "Turkmenistan", 37.9, 58.4),
    ("es", "Spain", 40.4, -3.7),
)


def row(i: int, country: tuple[str, str, float, float], rng: random.Random) -> list[Any]:
    code, cname, lat, lon = country
    flags = rng.choice(((1, 0, 0, 0), (0, 1, 0, 0), (1, 1, 0, 0), (0, 0, 1, 0), (0, 0, 0, 1)))
    joint = rng.random() < 0.1
    adhesion = date(2008, 1, 1) + timedelta(days=rng.randrange(6000))
    return [
        f"{1000 + i}-{code.upper()}",
        f"Town {i:05d} {cname}" + (" " if i % 7 == 0 else ""),  # trailing space, as released
        LVIV if code == "ua" and i % 2 == 0 else ("-" if i % 5 else f"Province of {cname}"),
        "-" if i % 3 else f"Energy Agency of {cname}",
        code,
        cname,
        "-" if i % 11 == 0 else rng.randrange(800, 3_000_000),
        round(lat + rng.uniform(-2, 2), 6),
        round(lon + rng.uniform(-2, 2), 6),
        "-" if not joint else f"G{i // 10}",
        "-" if not joint else f"Joint plan of group {i // 10}",
        *flags,
        "joint option 1" if joint else "individual",
        "on_hold" if i % 13 == 0 else ("published " if i % 17 == 0 else "published"),
        f"Mayor {i}",
        adhesion if i % 19 else "-",
        "-",
        "-" if i % 4 else "Municipality",
        f"GCOM{i:06d}",
    ]


def write(path: Path, n: int = 120, seed: int = 1, rename: dict[int, str] | None = None) -> Path:
    rng = random.Random(seed)
    wb = Workbook()
    readme = wb.active
    readme.title = "README"
    readme.append(["GCoM - MyCovenant dataset"])
    readme.append(["This table lists the signatories of the Covenant of Mayors."])
    readme.append(["Licence: reuse allowed with acknowledgement (Commission Decision 2011/833/EU)"])
    meta = wb.create_sheet("df1_METADATA")
    meta.append(["Variable name", "Description", "Unit"])
    for name in COLUMNS:
        meta.append([name, f"Description of {name}", "-"])
    data = wb.create_sheet("1")
    data.append(list(COLUMNS))
    for i in range(n):
        values = row(i, COUNTRIES[i % len(COUNTRIES)], rng)
        if rename and i in rename:
            values[1] = rename[i]
        data.append(values)
    for cell in data["S"][1:]:
        if not isinstance(cell.value, str):
            cell.number_format = "dd/mm/yyyy"
    wb.save(path)
    return path

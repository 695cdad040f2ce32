"""The emission-factor table shipped with the application (resources/emission_factors).

One JSON file with a version, the sources it cites and the factors; read once and handed
to the pure computation in domain/rules/emissions.py. A damaged or missing file is a
packaging fault, reported as such rather than computing figures without factors.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from ..domain.rules.emissions import Factor, FactorTable, NationalFactor

FILE_NAME = "factors.json"


def factors_path() -> Path:
    """resources/emission_factors in a checkout; beside the package in a frozen build."""
    here = Path(__file__).resolve()
    candidates = [here.parents[2] / "resources", here.parents[1] / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    for base in candidates:
        path = base / "emission_factors" / FILE_NAME
        if path.exists():
            return path
    raise FileNotFoundError(f"resources/emission_factors/{FILE_NAME}")


def parse(data: dict[str, Any]) -> FactorTable:
    sources = {
        key: f"{value['title']} ({value['citation']})" for key, value in data["sources"].items()
    }
    fuels = {
        approach: {
            carrier: Factor(Decimal(str(f["value"])), f["source"], f.get("note", ""))
            for carrier, f in by_carrier.items()
        }
        for approach, by_carrier in data["fuels"].items()
    }
    electricity = {
        country: tuple(
            sorted(
                (
                    NationalFactor(int(e["from_year"]), Decimal(str(e["value"])), e["source"])
                    for e in entries
                ),
                key=lambda e: e.from_year,
            )
        )
        for country, entries in data["electricity"].items()
    }
    unknown = {f.source for by in fuels.values() for f in by.values()} | {
        e.source for entries in electricity.values() for e in entries
    }
    if unknown - set(sources):
        raise ValueError(f"factors cite unknown sources {sorted(unknown - set(sources))}")
    return FactorTable(str(data["version"]), fuels, electricity, sources)


@cache
def shipped() -> FactorTable:
    with factors_path().open(encoding="utf-8") as fh:
        return parse(json.load(fh))

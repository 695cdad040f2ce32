"""One signatory's mitigation actions as a sheet laid out like the research centre's action
table (the template's key actions): the official columns in their order, official codes,
`-` for no value, so the rows can be pasted into the Commission's platform, and the file
imported again here (layouts.JRC_ACTIONS recognises it).

After the official columns come the template's other action fields (timeframe, cost,
energy figures, achieved CO2), which the platform asks for on the same page; the import
reads only the official ten.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import func, or_, select

from ...db.session import Database
from ...domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from ...domain.models import MitigationAction, Signatory
from ..atomic import atomic_path
from ..live import live
from .layouts import JRC_ACTIONS

NONE = "-"
EXTRA: tuple[tuple[str, str], ...] = (
    ("start_date", "Start"),
    ("end_date", "End"),
    ("cost", "Implementation cost"),
    ("currency", "Currency"),
    ("energy_savings_mwh", "Energy savings MWh/a"),
    ("renewable_mwh", "Renewable production MWh/a"),
    ("achieved_co2_reduction_t", "Achieved CO2 reduction t/a"),
)
"""(field, header) after the official columns; headers in English, as the platform's."""
NOT_FOUND = N_("ExcelMessages", "no signatory '{name}' (name or Covenant ID) in the database.")
AMBIGUOUS = N_(
    "ExcelMessages", "several signatories are called '{name}'; give its Covenant ID instead."
)


class SignatoryNotFound(Exception):
    def __init__(self, template: str, name: str) -> None:
        super().__init__(template)
        self.template, self.name = template, name


@dataclass(frozen=True)
class ActionsExport:
    path: Path
    signatory: str
    rows: int


def find_signatory(db: Database, name: str) -> tuple[uuid.UUID, str, str]:
    """(id, name, Covenant ID) of the one live signatory with this Covenant ID or name
    (case aside); SignatoryNotFound when there is none, or several of that name."""
    key = name.strip()
    with db.session() as s:
        found = s.execute(
            select(Signatory.id, Signatory.name, Signatory.covenant_id).where(
                live(Signatory),
                or_(Signatory.covenant_id == key, func.lower(Signatory.name) == key.lower()),
            )
        ).all()
    by_code = [r for r in found if r.covenant_id == key]
    chosen = by_code or found
    if not chosen:
        raise SignatoryNotFound(NOT_FOUND, key)
    if len(chosen) > 1:
        raise SignatoryNotFound(AMBIGUOUS, key)
    row = chosen[0]
    return row.id, row.name, row.covenant_id or ""


def _cell(value: Any) -> Any:
    if value is None or value == "":
        return NONE
    return getattr(value, "value", value)


def export_actions(db: Database, signatory: str, out: Path) -> ActionsExport:
    sid, name, code = find_signatory(db, signatory)
    fields = list(JRC_ACTIONS.columns.values())
    headers = list(JRC_ACTIONS.columns) + [h for _f, h in EXTRA]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Mitigation actions")
    ws.append(headers)
    a = MitigationAction
    with db.session() as s:
        actions = s.scalars(
            select(a).where(a.signatory_id == sid, live(a)).order_by(a.action_code, a.title)
        ).all()
        for action in actions:
            values = [code or name] + [_cell(getattr(action, f)) for f in fields[1:]]
            values += [_cell(getattr(action, f)) for f, _h in EXTRA]
            ws.append(values)
    with atomic_path(Path(out)) as tmp:
        wb.save(tmp)
    return ActionsExport(Path(out), name, len(actions))

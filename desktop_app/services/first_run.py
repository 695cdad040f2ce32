"""What a new office has done so far: the start page's ticks and the dashboard's "nothing yet".

The ticks are read from the data, never kept as flags: a profile that exists is filled in,
a signatory in the register is brought in, a rate typed or imported counts the same. So a
step done through the import wizard, the CLI or a restored backup is ticked too, and a step
undone (the last signatory moved to the Trash) is unticked again.

The demo office lives in a file of its own (`demo_database_path`): exploring it never
writes a row into the office's database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from ..db.session import Database
from ..domain import models
from .live import live

STEPS = ("profile", "signatories", "exchange_rates", "assistance")
"""The start page's steps, in the order an office takes them."""

DEMO_FILE_NAME = "demo-office.sqlite3"
DEMO_SIGNATORIES = 120
"""Enough for every list, light and chart to have something to show; made in about a second."""

_STEP_MODELS = {
    "profile": models.Coordinator,
    "signatories": models.Signatory,
    "exchange_rates": models.ExchangeRate,
    "assistance": models.SupportActivity,
}
_ACTIVITY_MODELS = (
    models.Signatory,
    models.SupportActivity,
    models.FinancialSupport,
    models.EnergyDay,
    models.ActionPlan,
    models.ReportSubmission,
)
"""What the commitment lights judge: until one of these exists there is nothing to judge
(a report sent to the Commission is the reporting light's own data)."""


@dataclass(frozen=True)
class FirstRunSteps:
    done: dict[str, bool]
    """Step id (STEPS) -> done, read from the live records."""
    recorded: bool
    """Anything the lights judge is recorded (signatories, activities, finance, plans...)."""

    @property
    def all_done(self) -> bool:
        return all(self.done.values())

    @property
    def empty(self) -> bool:
        """A brand-new office: no step done and nothing recorded."""
        return not self.recorded and not any(self.done.values())


def _any(session: Session, model: type) -> bool:
    return bool(session.scalar(select(exists().where(live(model)))))


def anything_recorded(session: Session) -> bool:
    """One EXISTS per table, each stopping at its first live row (ix_*_live)."""
    return any(_any(session, model) for model in _ACTIVITY_MODELS)


def steps(db: Database) -> FirstRunSteps:
    with db.session("first-run") as session:
        done = {step: _any(session, model) for step, model in _STEP_MODELS.items()}
        return FirstRunSteps(done, done["signatories"] or anything_recorded(session))


def office_name(db: Database) -> str:
    """The window title's office: the coordinator profile's name (the own office first)."""
    c = models.Coordinator
    with db.session("first-run") as session:
        name = session.scalar(
            select(c.name).where(live(c)).order_by(c.is_own_office.desc(), c.created_at).limit(1)
        )
    return str(name or "")


def demo_database_path(folder: Path) -> Path:
    """The demo office's file in `folder` (the user's data folder): never the office's."""
    return folder / "demo" / DEMO_FILE_NAME


class DemoInOfficeDatabase(Exception):
    """The demo file named is the office's own database: refused, nothing written."""


def prepare_demo_database(
    path: Path, office: Database | None = None, signatories: int = DEMO_SIGNATORIES
) -> Path:
    """Create the demo office in `path` unless it is already there; return the path.

    Refuses the office's own database file (by resolved path and by same file), so the
    choice "explore a demo office" can never fill the office's records with invented ones.
    """
    from .database import open_database
    from .demo import DemoOptions, generate

    target = path.expanduser().resolve()
    own = office.path if office is not None else None
    if own is not None and (
        Path(own).resolve() == target or (target.exists() and target.samefile(own))
    ):
        raise DemoInOfficeDatabase(str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    demo = open_database(str(target), create=True)
    try:
        if not steps(demo).done["signatories"]:
            generate(demo, DemoOptions(signatories=signatories, seed=1))
    finally:
        demo.dispose()
    return target

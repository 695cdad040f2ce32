"""The workbook the Commission and other offices read: one file, every sheet, live totals.

Written with openpyxl in write-only mode (flat memory for 100,000 rows) to a temporary file
beside the target and renamed into place, so a cancelled or failed export never leaves a
half-written workbook under the requested name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty

from ... import __version__
from ...db.session import Database
from ...domain.enums import COUNTRIES, CURRENCIES
from ...domain.rules.settings import DEFAULT_SETTINGS, RuleSettings
from ...i18n import current_language, tr
from .. import figures
from ..action_figures import action_figures
from ..atomic import atomic_path
from ..inventories import territory
from ..period import Period
from . import sheets as S
from .errors import ExcelFileError
from .queries import Labels, deadline_rows, sent_source, sources
from .summary import own_office, write_profile, write_summary
from .writer import SheetWriter, write_lists

Progress = Callable[[int, int], None]
"""progress(rows written, rows in total)."""

SHEET_ORDER = tuple(S.IMPORT_SPECS)
"""Table sheets in the workbook's order (domain.kinds.registry.SHEET_ORDER)."""
LISTS_TITLE = "_lists"
PROGRESS_EVERY = 500


class ExportCancelled(Exception):
    """The user cancelled; the target file was not touched."""


@dataclass
class ExportResult:
    path: Path
    period: Period
    rows: dict[str, int] = field(default_factory=dict)


def export_workbook(
    db: Database,
    out: Path,
    period: Period,
    *,
    all_records: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    settings: RuleSettings = DEFAULT_SETTINGS,
) -> ExportResult:
    """Write the workbook for `period` in the current interface language.

    `settings` are the user's rule thresholds, as the dashboard uses them, for the overdue
    figures and the deadlines.

    Activity sheets (assistance, Energy Days, finance) hold the period's records so their
    totals equal the Summary; `all_records` exports every record instead (for a full copy).
    """
    out = Path(out)
    today = today or date.today()
    labels = Labels()
    wb = Workbook(write_only=True)
    result = ExportResult(out, period)
    try:
        _fill(wb, db, result, period, all_records, today, labels, progress, cancelled, settings)
    except BaseException:
        _discard(wb)
        raise
    save_atomically(wb, out)
    if progress is not None:
        total = sum(v for k, v in result.rows.items() if k != "deadlines")
        progress(total, total)
    return result


def _fill(
    wb: Workbook,
    db: Database,
    result: ExportResult,
    period: Period,
    all_records: bool,
    today: date,
    labels: Labels,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    settings: RuleSettings = DEFAULT_SETTINGS,
) -> None:
    with db.session("export") as session:
        kf = figures.key_figures(session, period, settings=settings)
        office = own_office(session)
        office_name = office.name if office is not None else ""
        _properties(wb, office_name, period)
        write_summary(
            wb, kf, office_name, period, action_figures(db, today),
            territory(db, today, settings),
        )  # fmt: skip
        write_profile(wb, office, labels)
        refs = write_lists(wb, LISTS_TITLE, _lists(labels))
        srcs = sources(None if all_records else period, labels, today, settings)
        counts = {k: srcs[k].count(session) for k in SHEET_ORDER}
        total = sum(counts.values())
        done = 0
        for kind in SHEET_ORDER:
            spec = S.IMPORT_SPECS[kind]
            writer = SheetWriter(
                wb,
                tr(S.CTX, spec.title),
                spec.columns,
                [tr(c.context, c.header) for c in spec.columns],
                counts[kind],
                tr(S.CTX, S.TOTAL_LABEL),
                refs,
            )
            for values in srcs[kind].rows(session):
                writer.append(values)
                done += 1
                if done % PROGRESS_EVERY == 0:
                    if cancelled is not None and cancelled():
                        raise ExportCancelled()
                    if progress is not None:
                        progress(done, total)
            result.rows[kind] = writer.written
        sent = sent_source(labels)
        writer = SheetWriter(
            wb,
            tr(S.CTX, S.SENT_TITLE),
            S.OFFICE_SPECS[S.SENT].columns,
            [tr(c.context, c.header) for c in S.OFFICE_SPECS[S.SENT].columns],
            sent.count(session),
            tr(S.CTX, S.TOTAL_LABEL),
            refs,
        )
        for values in sent.rows(session):
            writer.append(values)
        result.rows[S.SENT] = writer.written
        deadlines = deadline_rows(session, today, labels, settings)
        writer = SheetWriter(
            wb,
            tr(S.CTX, S.DEADLINES_TITLE),
            S.DEADLINE_COLUMNS,
            [tr(c.context, c.header) for c in S.DEADLINE_COLUMNS],
            len(deadlines),
            tr(S.CTX, S.TOTAL_LABEL),
        )
        for row in deadlines:
            writer.append(row)
        result.rows["deadlines"] = len(deadlines)
    if cancelled is not None and cancelled():
        raise ExportCancelled()


def _discard(wb: Workbook) -> None:
    """Close and delete the streamed sheets' temporary files of an abandoned workbook."""
    for ws in wb.worksheets:
        rows, writer = getattr(ws, "_rows", None), getattr(ws, "_writer", None)
        try:
            if rows is not None:
                rows.close()
            if writer is not None:
                writer.close()
                writer.cleanup()
        except (OSError, ValueError):
            continue


def _lists(labels: Labels) -> dict[str, list[str]]:
    lists: dict[str, list[str]] = {}
    seen: set[type] = set()
    for spec in S.IMPORT_SPECS.values():
        for col in spec.columns:
            if col.type == S.ENUM and col.enum is not None and col.enum not in seen:
                seen.add(col.enum)
                lists[col.enum.__name__] = [labels.enum(col.enum, m) or "" for m in col.enum]
    for col in S.OFFICE_SPECS[S.SENT].columns:
        if col.type == S.ENUM and col.enum is not None and col.enum not in seen:
            seen.add(col.enum)
            lists[col.enum.__name__] = [labels.enum(col.enum, m) or "" for m in col.enum]
    lists[S.COUNTRY] = [labels.country(c) or c for c in COUNTRIES]
    lists[S.CURRENCY] = list(CURRENCIES)
    return lists


def _properties(wb: Workbook, office: str, period: Period) -> None:
    props = wb.properties
    props.title = tr("Excel", "Coordinator Desk export")
    props.subject = f"{office} {period.label()}".strip()
    props.creator = office or "Coordinator Desk"
    props.description = tr(
        "Excel", "Period {period}; written by Coordinator Desk {version}"
    ).format(period=period.label(), version=__version__)
    props.keywords = "Covenant of Mayors"
    props.language = current_language()
    props.created = props.modified = datetime.now().replace(microsecond=0)
    for name, value in (
        ("Office", office),
        ("Period start", period.start.isoformat()),
        ("Period end", period.end.isoformat()),
        ("Application", f"Coordinator Desk {__version__}"),
        ("Language", current_language()),
    ):
        wb.custom_doc_props.append(StringProperty(name=name, value=value or "-"))


def save_atomically(wb: Workbook, out: Path) -> None:
    try:
        with atomic_path(out) as tmp:
            wb.save(tmp)
    except OSError as exc:
        _discard(wb)  # the streamed sheets' temporary files go now, not at exit
        raise ExcelFileError("write_failed", path=str(out), detail=exc.strerror or exc) from exc

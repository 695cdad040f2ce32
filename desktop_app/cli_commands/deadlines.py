"""`deadlines [--format table|csv|ics|xlsx] [--within DAYS] [--output FILE]`.

Without --output the table, CSV or calendar goes to stdout; with it, the file is written
atomically. Exit 0 even when items are overdue: the list is the answer, not an error.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..cli import EXIT_OK, UsageError, open_db
from ..i18n import tr
from ._output import guard_output

COMMANDS = ("deadlines",)
FORMATS = ("table", "csv", "ics", "xlsx")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "deadlines",
        help=tr("CLI", "list upcoming and overdue deadlines"),
        description=tr(
            "CLI",
            "Every upcoming and overdue deadline: action plans, monitoring reports, emission "
            "inventories, extensions, the coordinator report and long assessments.",
        ),
    )
    p.add_argument(
        "--format",
        default=None,
        metavar="table|csv|ics|xlsx",
        help=tr("CLI", "output format (default: table, or from the --output file extension)"),
    )
    p.add_argument(
        "--within",
        metavar="DAYS",
        help=tr("CLI", "only overdue items and those due in the next DAYS days"),
    )
    p.add_argument("--output", metavar="FILE", help=tr("CLI", "write to FILE instead of stdout"))
    p.add_argument("--today", metavar="YYYY-MM-DD", help=tr("CLI", "count days left from this day"))
    p.set_defaults(handler=run)


def _options(args: argparse.Namespace) -> tuple[str, int | None, date, Path | None]:
    output = Path(args.output) if args.output else None
    fmt = args.format
    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        fmt = suffix if suffix in FORMATS else "table"
    if fmt not in FORMATS:
        raise UsageError(
            tr("CLI", "--format: '{value}' is not one of {choices}.").format(
                value=fmt, choices=", ".join(FORMATS)
            )
        )
    if fmt == "xlsx" and output is None:
        raise UsageError(tr("CLI", "--format xlsx needs --output FILE."))
    within = None
    if args.within is not None:
        try:
            within = int(args.within)
        except ValueError:
            within = -1
        if within < 0:
            raise UsageError(
                tr("CLI", "--within: '{value}' is not a whole number of days (0 or more).").format(
                    value=args.within
                )
            )
    today = date.today()
    if args.today:
        try:
            today = date.fromisoformat(args.today)
        except ValueError:
            raise UsageError(
                tr("CLI", "--today: '{value}' is not a date (expected YYYY-MM-DD).").format(
                    value=args.today
                )
            ) from None
    if output is not None and not output.parent.is_dir():
        raise UsageError(
            tr("CLI", "--output: the folder {folder} does not exist; nothing was written.").format(
                folder=output.parent
            )
        )
    return fmt, within, today, output


def run(args: argparse.Namespace) -> int:
    fmt, within, today, output = _options(args)
    from ..options import rule_settings, user_settings
    from ..services import deadlines as service

    settings = rule_settings(user_settings())
    db = open_db(args, create=False)
    try:
        if output is not None:
            guard_output(db, output)
        rows = service.select_rows(service.load(db, today, settings), within=within)
    finally:
        db.dispose()

    def translate(context: str, text: str) -> str:
        return tr(context, text)

    if fmt == "xlsx":
        assert output is not None
        service.write_xlsx(rows, output, translate)
        print(tr("CLI", "{count} deadlines written to {path}").format(count=len(rows), path=output))
        return EXIT_OK
    if fmt == "ics":
        from ..services.deadlines_ics import render

        data = render(rows, translate=translate)
    elif fmt == "csv":
        data = service.render_csv(rows, translate).encode("utf-8-sig" if output else "utf-8")
    else:
        data = service.render_table(rows, translate).encode("utf-8")
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        from ..services.atomic import write_atomically

        write_atomically(output, data)
        print(tr("CLI", "{count} deadlines written to {path}").format(count=len(rows), path=output))
    return EXIT_OK

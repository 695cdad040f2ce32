"""`export xlsx`, `export actions` and `import`: the workbook round trip from the command
line.

Same services and the same report as the GUI wizard: a file that cannot be used exits 2,
rows with errors exit 1 with nothing written (unless --skip-invalid).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..cli import EXIT_INVALID, EXIT_OK, UnusableError, UsageError, open_db
from ..i18n import tr
from ._output import guard_output

COMMANDS = ("export", "import")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help=tr("CLI", "export records to a file"))
    formats = p.add_subparsers(dest="export_format", metavar="FORMAT", required=True)
    x = formats.add_parser("xlsx", help=tr("CLI", "Excel workbook with every sheet"))
    x.add_argument("output", metavar="OUT.xlsx")
    x.add_argument("--from", dest="date_from", metavar="D", help=tr("CLI", "period start"))
    x.add_argument("--to", dest="date_to", metavar="D", help=tr("CLI", "period end"))
    x.add_argument(
        "--lang", dest="export_lang", choices=("en", "ru", "tk"), help=tr("CLI", "sheet language")
    )
    x.add_argument(
        "--all",
        dest="all_records",
        action="store_true",
        help=tr("CLI", "every record, not only the period's activities (for a full copy)"),
    )
    x.set_defaults(handler=export_xlsx)
    a = formats.add_parser(
        "actions",
        help=tr("CLI", "one signatory's mitigation actions, laid out like the action table"),
    )
    a.add_argument("output", metavar="OUT.xlsx")
    a.add_argument(
        "--signatory", required=True, metavar="NAME", help=tr("CLI", "name or Covenant ID")
    )
    a.set_defaults(handler=export_actions_xlsx)

    i = sub.add_parser("import", help=tr("CLI", "import records from an Excel workbook"))
    i.add_argument("file", nargs="?", metavar="FILE")
    i.add_argument("--kind", default="auto", metavar="K", help=tr("CLI", "record kind"))
    i.add_argument("--sheet", metavar="NAME", help=tr("CLI", "sheet to read"))
    i.add_argument(
        "--map",
        dest="maps",
        action="append",
        default=[],
        metavar="Header=field",
        help=tr("CLI", "map a column to a field (repeatable)"),
    )
    i.add_argument(
        "--value",
        dest="values",
        action="append",
        default=[],
        metavar="FIELD:SOURCE=TARGET",
        help=tr("CLI", "read a value of the sheet as one of ours (repeatable)"),
    )
    i.add_argument(
        "--where",
        dest="wheres",
        action="append",
        default=[],
        metavar="COLUMN=VALUE",
        help=tr("CLI", "import only the rows where COLUMN (a field or a header) is VALUE"),
    )
    i.add_argument("--profile", metavar="NAME", help=tr("CLI", "use a saved import profile"))
    i.add_argument(
        "--save-profile",
        metavar="NAME",
        help=tr("CLI", "save this sheet's columns, value maps and filters as a profile"),
    )
    i.add_argument("--dry-run", action="store_true", help=tr("CLI", "preview only"))
    i.add_argument(
        "--skip-invalid", action="store_true", help=tr("CLI", "import the valid rows only")
    )
    i.add_argument(
        "--annotate",
        metavar="OUT.xlsx",
        help=tr("CLI", "save the file with its bad cells highlighted and explained"),
    )
    i.add_argument("--list-fields", metavar="K", help=tr("CLI", "list the fields of a kind"))
    i.set_defaults(handler=import_file)


def export_actions_xlsx(args: argparse.Namespace) -> int:
    from ..services.excel.actions_export import SignatoryNotFound, export_actions

    db = open_db(args)
    try:
        guard_output(db, args.output)
        try:
            result = export_actions(db, args.signatory, Path(args.output))
        except SignatoryNotFound as exc:
            raise UsageError(tr("ExcelMessages", exc.template).format(name=exc.name)) from None
    finally:
        db.dispose()
    print(
        tr("CLI", "Wrote {path}: mitigation actions of {name}: {rows}.").format(
            path=result.path, rows=result.rows, name=result.signatory
        )
    )
    return EXIT_OK


def export_xlsx(args: argparse.Namespace) -> int:
    from ..options import rule_settings, user_settings
    from ..services.excel.errors import ExcelFileError
    from ..services.excel.export import export_workbook
    from ..services.period import PeriodError, parse_period

    if args.export_lang:
        from .. import i18n

        i18n.install(args.export_lang)
    try:
        period = parse_period(args.date_from, args.date_to, date.today())
    except PeriodError as exc:
        raise UsageError(exc.message()) from None
    db = open_db(args)
    try:
        guard_output(db, args.output)
        result = export_workbook(
            db,
            Path(args.output),
            period,
            all_records=args.all_records,
            settings=rule_settings(user_settings()),
        )
    except ExcelFileError as exc:
        raise UnusableError(exc.message()) from None
    finally:
        db.dispose()
    rows = sum(v for k, v in result.rows.items() if k != "deadlines")
    print(
        tr("CLI", "Wrote {path}: {rows} records, period {period}.").format(
            path=result.path, rows=rows, period=period.label()
        )
    )
    return EXIT_OK


def import_file(args: argparse.Namespace) -> int:
    from ..services.excel import commit as C
    from ..services.excel import profiles
    from ..services.excel.errors import ExcelFileError, ExcelUsageError
    from ..services.excel.plan import build_plan, save_profiles
    from ..services.excel.report import field_list, plan_report
    from ..services.excel.shaping import Shaping, parse_value_options, parse_where_options
    from ..services.excel.sheets import KINDS

    if args.list_fields:
        if args.list_fields not in KINDS or args.list_fields == "auto":
            raise UsageError(
                tr("CLI", "Unknown kind {kind}; expected one of: {kinds}").format(
                    kind=args.list_fields, kinds=", ".join(k for k in KINDS if k != "auto")
                )
            )
        print(field_list(args.list_fields))
        return EXIT_OK
    if not args.file:
        raise UsageError(tr("CLI", "Give the FILE to import (or --list-fields KIND)."))
    if args.kind not in KINDS:
        raise UsageError(
            tr("CLI", "Unknown kind {kind}; expected one of: {kinds}").format(
                kind=args.kind, kinds=", ".join(KINDS)
            )
        )
    db = open_db(args)
    try:
        if args.annotate:
            guard_output(db, args.annotate)
        try:
            shaping = Shaping(
                values=parse_value_options(args.values), where=parse_where_options(args.wheres)
            )
            profile = profiles.load(args.profile) if args.profile else None
            plan = build_plan(
                db,
                Path(args.file),
                args.kind,
                args.sheet,
                args.maps,
                shaping=shaping,
                profile=profile,
                profiles_base=None,
            )
            if args.save_profile:
                for saved in save_profiles(plan, args.save_profile, shaping):
                    print(
                        tr("CLI", "Saved the import profile {name}: {path}").format(
                            name=args.save_profile, path=saved
                        )
                    )
        except ExcelUsageError as exc:
            raise UsageError(exc.message()) from None
        except ExcelFileError as exc:
            raise UnusableError(exc.message()) from None
        print(plan_report(plan, changes=args.dry_run))
        errors = plan.counts().get("error", 0)
        if args.annotate and errors:
            from ..services.excel.annotate import save_annotated

            try:
                marked = save_annotated(plan, Path(args.annotate))
            except ExcelFileError as exc:
                raise UnusableError(exc.message()) from None
            print(
                tr("CLI", "Saved {path} with {n} cell(s) marked.").format(
                    path=args.annotate, n=marked
                )
            )
        if args.dry_run:
            print(tr("CLI", "Dry run: nothing was written."))
            return EXIT_INVALID if errors and not args.skip_invalid else EXIT_OK
        if errors and not args.skip_invalid:
            raise UsageError(
                tr(
                    "CLI",
                    "{n} row(s) have errors; nothing was imported. Fix them, or use "
                    "--skip-invalid to import the valid rows only.",
                ).format(n=errors)
            )
        try:
            result = C.commit(db, plan, skip_invalid=args.skip_invalid)
        except C.StaleRecord as exc:
            raise UsageError(
                tr(
                    "CLI",
                    "Row {row}: the record was changed by someone else during the import; "
                    "nothing was imported. Run the import again.",
                ).format(row=exc.row)
            ) from None
    finally:
        db.dispose()
    if result.backup is not None:
        print(tr("CLI", "Backup taken before importing: {path}").format(path=result.backup))
    print(
        tr(
            "CLI",
            "Imported: {created} new, {updated} updated, {unchanged} unchanged, "
            "{skipped} skipped with errors.",
        ).format(
            created=result.created,
            updated=result.updated,
            unchanged=result.unchanged,
            skipped=result.skipped,
        )
    )
    return EXIT_OK

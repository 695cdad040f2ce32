"""`report pdf|record|list`, `factsheet`, `submit`, `verify` and `changes`: the fifth
commitment, headless. Reports and fact sheets use the rule settings of the settings file
the GUI writes (Preferences), so their figures are those of the dashboard."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..cli import EXIT_OK, EXIT_UNUSABLE, UnusableError, UsageError, open_db
from ..i18n import LANGUAGES, tr
from ._output import guard_output

COMMANDS = ("report", "factsheet", "submit", "verify", "changes")


def _period_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--from", dest="date_from", metavar="YYYY-MM-DD", help=tr("CLI", "first day of the period")
    )
    p.add_argument(
        "--to", dest="date_to", metavar="YYYY-MM-DD", help=tr("CLI", "last day of the period")
    )
    _lang_option(p)
    p.add_argument(
        "--date",
        dest="report_date",
        metavar="YYYY-MM-DD",
        help=tr("CLI", "report date printed on the cover (default: today)"),
    )


def _lang_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--lang",
        dest="report_lang",
        choices=sorted(LANGUAGES),
        help=tr("CLI", "language of the report (default: the interface language)"),
    )


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help=tr("CLI", "reports to the Commission"))
    kinds = p.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    pdf = kinds.add_parser("pdf", help=tr("CLI", "the coordinator activity report (PDF)"))
    pdf.add_argument("out", metavar="OUT.pdf")
    _period_options(pdf)
    pdf.set_defaults(handler=report_pdf)
    rec = kinds.add_parser(
        "record",
        help=tr("CLI", "record a report sent to the Commission outside the app"),
        description=tr(
            "CLI",
            "Record a report sent to the Commission outside the app (the online survey): "
            "the coordinator report deadline counts from the latest report sent.",
        ),
    )
    rec.add_argument(
        "--sent", required=True, metavar="YYYY-MM-DD", help=tr("CLI", "the day it was sent")
    )
    rec.add_argument(
        "--from",
        dest="date_from",
        metavar="YYYY-MM-DD",
        help=tr("CLI", "first day of the period covered (default: the previous period)"),
    )
    rec.add_argument(
        "--to", dest="date_to", metavar="YYYY-MM-DD", help=tr("CLI", "last day of the period")
    )
    rec.add_argument("--note", default="", metavar="TEXT", help=tr("CLI", "a note to keep"))
    rec.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    rec.set_defaults(handler=report_record)
    lst = kinds.add_parser("list", help=tr("CLI", "list the reports sent to the Commission"))
    lst.set_defaults(handler=report_list)

    p = sub.add_parser("factsheet", help=tr("CLI", "one-page fact sheets per signatory (PDF)"))
    p.add_argument("out", metavar="OUT.pdf")
    p.add_argument(
        "--signatory",
        action="append",
        default=[],
        metavar="NAME_OR_ID",
        help=tr("CLI", "name, local name, Covenant id or record id; repeat for several"),
    )
    _lang_option(p)
    p.set_defaults(handler=factsheet)

    p = sub.add_parser("submit", help=tr("CLI", "prepare the submission pack (zip)"))
    p.add_argument("outdir", metavar="OUTDIR")
    _period_options(p)
    p.set_defaults(handler=submit)

    p = sub.add_parser("verify", help=tr("CLI", "check a submission pack against its manifest"))
    p.add_argument("pack", metavar="PACK.zip")
    p.set_defaults(handler=verify)

    p = sub.add_parser(
        "changes", help=tr("CLI", "records added, changed or deleted since the last submission")
    )
    p.set_defaults(handler=changes)


def _language(args: argparse.Namespace) -> str:
    from .. import i18n

    lang = getattr(args, "report_lang", None)
    if lang and lang != i18n.current_language():
        i18n.install(lang)  # messages and the workbook follow the report's language
    return lang or i18n.current_language()


def _request(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from ..services.period import PeriodError, parse_date, parse_period
    from ..services.reports.pdf_report import ReportRequest

    lang = _language(args)
    today = date.today()
    try:
        period = parse_period(args.date_from, args.date_to, today)
        report_date = parse_date(args.report_date, "--date") if args.report_date else today
    except PeriodError as exc:
        raise UsageError(exc.message()) from None
    return ReportRequest(period, lang, report_date, _rule_settings())


def _rule_settings():  # type: ignore[no-untyped-def]
    """The thresholds the dashboard uses: the GUI's settings file (QtCore only)."""
    from ..options import rule_settings, user_settings

    return rule_settings(user_settings())


def _warn_unconverted(unconverted) -> None:  # type: ignore[no-untyped-def]
    from ..services.reports.lang import fmt_decimal
    from ..services.reports.messages import message

    for u in unconverted:
        print(
            message(
                "missing_rate",
                {
                    "currency": u.currency,
                    "date": u.on.isoformat() if u.on else "-",
                    "amount": fmt_decimal(u.amount, 2),
                },
            ),
            file=sys.stderr,
        )


def _writable_target(path: Path) -> None:
    if path.exists() and path.is_dir():
        raise UsageError(tr("CLI", "{path} is a folder; give a file name.").format(path=path))


def report_pdf(args: argparse.Namespace) -> int:
    from ..services.reports.pdf_report import build_report

    request = _request(args)
    out = Path(args.out)
    _writable_target(out)
    db = open_db(args)
    try:
        guard_output(db, out)
        result = build_report(db, request, out)
    except OSError as exc:
        raise UnusableError(
            tr("CLI", "Cannot write {path}: {detail}").format(path=out, detail=exc.strerror or exc)
        ) from None
    finally:
        db.dispose()
    _warn_unconverted(result.unconverted)
    print(tr("CLI", "{path}: {pages} pages").format(path=result.path, pages=result.pages))
    return EXIT_OK


def factsheet(args: argparse.Namespace) -> int:
    from ..services.reports.factsheet import SignatoryLookupError, build_factsheets

    lang = _language(args)
    out = Path(args.out)
    _writable_target(out)
    db = open_db(args)
    try:
        guard_output(db, out)
        result = build_factsheets(db, out, args.signatory, lang, settings=_rule_settings())
    except SignatoryLookupError as exc:
        raise UsageError(exc.message()) from None
    except OSError as exc:
        raise UnusableError(
            tr("CLI", "Cannot write {path}: {detail}").format(path=out, detail=exc.strerror or exc)
        ) from None
    finally:
        db.dispose()
    print(tr("CLI", "{path}: {pages} pages").format(path=result.path, pages=result.pages))
    return EXIT_OK


def submit(args: argparse.Namespace) -> int:
    from ..services.reports.pack import prepare_submission

    request = _request(args)
    outdir = Path(args.outdir)
    if outdir.exists() and not outdir.is_dir():
        raise UsageError(tr("CLI", "{path} is not a folder.").format(path=outdir))
    db = open_db(args)
    try:
        result = prepare_submission(db, outdir, request)
    except OSError as exc:
        raise UnusableError(
            tr("CLI", "Cannot write {path}: {detail}").format(
                path=outdir, detail=exc.strerror or exc
            )
        ) from None
    finally:
        db.dispose()
    print(result.path)
    return EXIT_OK


def verify(args: argparse.Namespace) -> int:
    from ..services.reports.messages import message
    from ..services.reports.pack import PackError, verify_pack

    try:
        result = verify_pack(Path(args.pack))
    except PackError as exc:
        raise UnusableError(message(exc.code, {"path": args.pack, **exc.params})) from None
    _compare_with_database(args, result)
    m = result.manifest
    if not result.ok:
        for code, params in result.problems:
            print(message(code, params), file=sys.stderr)
        print(
            tr("CLI", "{path}: TAMPERED, does not match its manifest.").format(path=args.pack),
            file=sys.stderr,
        )
        return EXIT_UNUSABLE
    period = m.get("period", {})
    print(
        tr("CLI", "{path}: ok ({files} files; {office}, {start} to {end}, made {created})").format(
            path=args.pack,
            files=len(m.get("files", {})),
            office=m.get("office", ""),
            start=period.get("from", "?"),
            end=period.get("to", "?"),
            created=m.get("created_at", "?"),
        )
    )
    if result.signer is not None:
        print(
            tr("CLI", "Signed by {office} (database {database}, key {key_id}).").format(
                office=result.signer.office or "?",
                database=result.signer.database,
                key_id=result.signer.key_id,
            )
        )
    return EXIT_OK


def _compare_with_database(args: argparse.Namespace, result: object) -> None:
    """With --database (or the env var), a pack claiming to be this database's must carry
    this database's key: a forger can sign with a key of their own, not with ours."""
    import os

    from ..db.location import ENV_VAR
    from ..services.reports.signing import public_key_of

    signer = getattr(result, "signer", None)
    if signer is None or not (args.database or os.environ.get(ENV_VAR)):
        return
    db = open_db(args, create=False, migrate_schema=False)
    try:
        with db.engine.connect() as conn:
            own = public_key_of(conn)
            from ..db.identity import read

            identity = read(conn)
    finally:
        db.dispose()
    if identity is None or str(identity.uuid) != signer.database:
        return
    if own is None or own.public_key != signer.public_key:
        result.problems.append(  # type: ignore[attr-defined]
            (
                "other_key",
                {
                    "path": args.pack,
                    "database": signer.database,
                    "key_id": signer.key_id,
                    "own_key_id": own.key_id if own else "-",
                },
            )
        )


def changes(args: argparse.Namespace) -> int:
    from ..services.reports.changes import changes_since, last_submission

    db = open_db(args)
    try:
        last = last_submission(db)
        if last is None or last.snapshot_at is None:
            print(tr("CLI", "No submission has been prepared yet."))
            return EXIT_OK
        found = changes_since(db, last.snapshot_at)
    finally:
        db.dispose()
    print(
        tr("CLI", "Since the submission of {when} ({file}): {count} changes").format(
            when=last.snapshot_at.isoformat(), file=last.file_name, count=len(found)
        )
    )
    for c in found:
        extra = f" [{', '.join(c.fields)}]" if c.fields else ""
        print(f"{c.kind:<8} {c.table:<28} {c.label}{extra}")
    return EXIT_OK


def _date(value: str, option: str) -> date:
    from ..services.period import PeriodError, parse_date

    try:
        return parse_date(value, option)
    except PeriodError as exc:
        raise UsageError(exc.message()) from None


def report_record(args: argparse.Namespace) -> int:
    from ..options import period_settings, user_settings
    from ..services.period import PeriodError
    from ..services.reports.sent import SentReportError, next_report_due, record_sent_report

    sent = _date(args.sent, "--sent")
    start = _date(args.date_from, "--from") if args.date_from else None
    end = _date(args.date_to, "--to") if args.date_to else None
    today = _date(args.today, "--today") if args.today else date.today()
    db = open_db(args)
    try:
        try:
            recorded = record_sent_report(
                db,
                sent,
                start,
                end,
                args.note,
                today=today,
                period_settings=period_settings(user_settings()),
                origin="cli",
            )
        except (SentReportError, PeriodError) as exc:
            raise UsageError(exc.message()) from None
        due = next_report_due(db, _rule_settings())
    finally:
        db.dispose()
    print(
        tr("CLI", "Recorded: report sent on {sent}, covering {start} to {end}.").format(
            sent=recorded.sent_on.isoformat(),
            start=recorded.period.start.isoformat(),
            end=recorded.period.end.isoformat(),
        )
    )
    if due is not None:
        print(tr("CLI", "Next coordinator report due: {due}").format(due=due.isoformat()))
    return EXIT_OK


def report_list(args: argparse.Namespace) -> int:
    from ..services.reports.sent import KIND_LABELS, next_report_due, sent_reports

    db = open_db(args, create=False)
    try:
        found = sent_reports(db)
        due = next_report_due(db, _rule_settings())
    finally:
        db.dispose()
    if not found:
        print(tr("CLI", "No report to the Commission has been recorded yet."))
    for r in found:
        kind = tr("Report", KIND_LABELS.get(r.kind, r.kind))
        detail = r.file_name or r.note
        print(
            f"{r.sent_on.isoformat()}  {r.period.start.isoformat()} – {r.period.end.isoformat()}"
            f"  {kind}" + (f"  {detail}" if detail else "")
        )
    if due is not None:
        print(tr("CLI", "Next coordinator report due: {due}").format(due=due.isoformat()))
    return EXIT_OK

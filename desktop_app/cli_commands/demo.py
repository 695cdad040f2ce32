"""`demo --signatories N [--seed S] ...`: fill the database with a realistic office."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from ..cli import EXIT_OK, UsageError, open_db
from ..i18n import tr
from ._numbers import whole_number

COMMANDS = ("demo",)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo",
        help=tr("CLI", "fill the database with realistic demo data"),
        description=tr(
            "CLI",
            "Add a realistic coordinator office: signatories, plans, monitoring reports, "
            "extensions, assistance, finance with exchange rates and Energy Days. The same "
            "seed and --today give the same records.",
        ),
    )
    p.add_argument(
        "--signatories", metavar="N", required=True, help=tr("CLI", "number of signatories")
    )
    p.add_argument("--seed", metavar="S", default="1", help=tr("CLI", "random seed (default 1)"))
    p.add_argument(
        "--finance-per-signatory",
        metavar="F",
        default="2",
        help=tr("CLI", "average finance records per signatory (default 2)"),
    )
    p.add_argument(
        "--activities",
        metavar="N",
        help=tr("CLI", "support activities (default: one per 10 signatories, at least 16)"),
    )
    p.add_argument(
        "--energy-days",
        metavar="N",
        help=tr("CLI", "Energy Days (default: one per 20 signatories, at least 10)"),
    )
    p.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help=tr("CLI", "lay the data out around this day instead of the system date"),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=tr("CLI", "add demo data even if the database already holds signatories"),
    )
    p.set_defaults(handler=run)


def _options(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from ..services.demo import EARLIEST_TODAY, MAX_SIGNATORIES, DemoOptions

    signatories = whole_number(args.signatories, "--signatories", 1, MAX_SIGNATORIES)
    assert signatories is not None
    seed = whole_number(args.seed, "--seed", 0, 2**63 - 1)
    try:
        finance = float(args.finance_per_signatory)
    except ValueError:
        finance = -1.0
    if not 0 <= finance <= 50:
        raise UsageError(
            tr("CLI", "{option}: expected a number from {low} to {high}, got '{value}'.").format(
                option="--finance-per-signatory", low=0, high=50, value=args.finance_per_signatory
            )
        )
    today = None
    if args.today is not None:
        try:
            today = date.fromisoformat(args.today)
        except ValueError:
            today = None
        if today is None or not EARLIEST_TODAY <= today <= date(2100, 12, 31):
            raise UsageError(
                tr(
                    "CLI",
                    "{option}: expected a date YYYY-MM-DD between {low} and 2100-12-31, "
                    "got '{value}'.",
                ).format(option="--today", low=EARLIEST_TODAY.isoformat(), value=args.today)
            )
    return DemoOptions(
        signatories=signatories,
        seed=seed or 0,
        finance_per_signatory=finance,
        activities=whole_number(args.activities, "--activities", 0, 10 * MAX_SIGNATORIES),
        energy_days=whole_number(args.energy_days, "--energy-days", 0, 10 * MAX_SIGNATORIES),
        today=today,
        force=args.force,
    )


def _labels() -> dict[str, str]:
    """Row counts are printed per table, under the table's plural title from the kind specs
    (a kind's, its links' or grid's, or another table of records': kinds.table_titles)."""
    from ..domain.kinds import table_titles

    return {table: tr("RecordKind", title) for table, title in table_titles().items()}


def run(args: argparse.Namespace) -> int:
    from ..services.demo import MESSAGES, DemoRefused, generate

    options = _options(args)
    from ..cli import new_file_allowed

    db = open_db(args, create=new_file_allowed(args))
    try:
        if sys.stderr.isatty():
            labels = _labels()

            def progress(stage: str, done: int, total: int) -> None:
                name = labels.get(stage, stage)
                print(f"\r{name}: {done}/{total}   ", end="", file=sys.stderr, flush=True)

        else:
            progress = None  # type: ignore[assignment]
        try:
            result = generate(db, options, progress)
        except DemoRefused as exc:
            raise UsageError(tr("Demo", MESSAGES[exc.code]).format(**exc.params)) from exc
        finally:
            if progress is not None:
                print(file=sys.stderr)
    finally:
        db.dispose()
    labels = _labels()
    print(tr("CLI", "Demo data created (seed {seed}):").format(seed=options.seed))
    for table, count in result.counts.items():
        print(f"  {labels.get(table, table):<28} {count:>9}")
    audit = tr("CLI", "Audit entries")
    print(f"  {audit:<28} {result.audit_entries:>9}")
    print(tr("CLI", "Done in {seconds:.1f} s.").format(seconds=result.seconds))
    return EXIT_OK

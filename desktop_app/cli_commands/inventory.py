"""`import-inventory FILE --signatory S --year Y`: one municipality's emission inventory
from a sheet laid out like the Covenant template's final energy consumption table.

Exit 2 for a file that cannot be used (not xlsx, hostile, damaged: the workbook import's
checks); exit 1, with nothing written, for a sheet without such a table, a problem in the
table (each named by its cell, row or column), an unknown signatory or a record the rules
refuse.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..cli import EXIT_OK, UnusableError, UsageError, err, open_db
from ..i18n import tr
from ._numbers import whole_number

COMMANDS = ("import-inventory",)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import-inventory",
        help=tr(
            "CLI",
            "bring one signatory's emission inventory in from a sheet of sectors by energy "
            "carriers (the template's final energy consumption table, MWh)",
        ),
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--signatory", required=True, metavar="NAME", help=tr("CLI", "name or Covenant ID")
    )
    p.add_argument("--year", required=True, metavar="YEAR", help=tr("CLI", "inventory year"))
    p.add_argument(
        "--type",
        dest="inventory_type",
        choices=("baseline", "monitoring"),
        default="baseline",
        help=tr("CLI", "baseline (the default) or monitoring inventory"),
    )
    p.add_argument("--population", metavar="N", help=tr("CLI", "inhabitants in the inventory year"))
    p.add_argument(
        "--approach",
        choices=("ipcc", "lca"),
        help=tr("CLI", "emission factors: ipcc (the default for a new inventory) or lca"),
    )
    p.add_argument("--sheet", metavar="NAME", help=tr("CLI", "sheet to read"))
    p.add_argument("--dry-run", action="store_true", help=tr("CLI", "preview only"))
    p.set_defaults(handler=import_inventory_command)


def import_inventory_command(args: argparse.Namespace) -> int:
    from ..domain.enums import InventoryType
    from ..i18n import label
    from ..messages import format_issue
    from ..number_text import format_decimal
    from ..services import records
    from ..services.excel.actions_export import SignatoryNotFound
    from ..services.excel.errors import ExcelFileError, ExcelUsageError
    from ..services.excel.inventory_sheet import read_inventory_sheet
    from ..services.inventory_import import InventoryTargetError, import_inventory

    year = whole_number(args.year, "--year", 1900, 2199)
    population = whole_number(args.population, "--population", 1, 100_000_000)
    assert year is not None
    path = Path(args.file)
    try:
        sheet = read_inventory_sheet(path, args.sheet)
    except ExcelUsageError as exc:
        text = exc.message()
        if exc.code == "several_tables":
            text += " " + tr("CLI", "Choose one with --sheet.")
        raise UsageError(text) from None
    except ExcelFileError as exc:
        raise UnusableError(exc.message()) from None
    where = tr("CLI", "{path}, sheet {sheet}").format(path=path, sheet=sheet.sheet)
    if not sheet.ok:
        for problem in sheet.issues:
            err(f"{where}, {problem.message()}")
        raise UsageError(
            tr("CLI", "{n} problem(s) in the sheet; nothing was imported.").format(
                n=len(sheet.issues)
            )
        )
    sectors = {key.partition("/")[0] for key in sheet.cells}
    carriers = {key.partition("/")[2] for key in sheet.cells}
    print(
        tr(
            "CLI",
            "{where}: {cells} cells, {sectors} sectors, {carriers} energy carriers, "
            "{mwh} MWh of final energy.",
        ).format(
            where=where,
            cells=len(sheet.cells),
            sectors=len(sectors),
            carriers=len(carriers),
            mwh=format_decimal(sheet.total_mwh, 1),
        )
    )
    if sheet.rounded:
        print(
            tr(
                "CLI",
                "Rounded to a tenth of a MWh, the precision inventories keep: {n} cell(s).",
            ).format(n=sheet.rounded)
        )
    if sheet.left_out:
        items = [
            (tr("CLI", "column {at} ({label})") if what == "column"
             else tr("CLI", "row {at} ({label})")).format(at=at, label=text)
            for what, at, text in sheet.left_out
        ]  # fmt: skip
        print(tr("CLI", "Left out as totals: {items}.").format(items="; ".join(items)))
    db = open_db(args)
    try:
        result = import_inventory(
            db,
            sheet,
            args.signatory,
            year,
            args.inventory_type,
            population=population,
            approach=args.approach,
            dry_run=args.dry_run,
        )
    except SignatoryNotFound as exc:
        raise UsageError(tr("ExcelMessages", exc.template).format(name=exc.name)) from None
    except InventoryTargetError as exc:
        raise UsageError(exc.message()) from None
    except records.ValidationFailed as exc:
        for issue in exc.errors:
            err(format_issue(issue))
        raise UsageError(tr("CLI", "The inventory was not saved.")) from None
    finally:
        db.dispose()
    for issue in result.warnings:
        err(tr("CLI", "Warning: {message}").format(message=format_issue(issue)))
    kind = tr("Enum", label(InventoryType(result.inventory_type)))
    if result.written:
        text = (
            tr("CLI", "Saved as a new inventory: {name}, {type}, {year}.")
            if result.created
            else tr(
                "CLI",
                "Saved into the existing inventory: {name}, {type}, {year} (its grid is now "
                "the sheet's).",
            )
        )
    else:
        text = (
            tr("CLI", "Dry run: this would be a new inventory: {name}, {type}, {year}.")
            if result.created
            else tr(
                "CLI",
                "Dry run: this would go into the existing inventory: {name}, {type}, {year}.",
            )
        )
    print(text.format(type=kind, year=result.year, name=result.signatory))
    print(
        tr("CLI", "Emissions: {total} t (factor table {version}).").format(
            total=format_decimal(result.emissions.total, 1), version=result.emissions.version
        )
    )
    if not result.written:
        print(tr("CLI", "Dry run: nothing was written."))
    return EXIT_OK

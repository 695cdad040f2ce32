"""One municipality's emission inventory read from a sector × energy carrier sheet.

The Covenant's reporting template (MyCovenant, and the SEAP/SECAP templates before it)
lays an inventory's final energy consumption out as a table: the sectors as rows
(municipal buildings, tertiary, residential, public lighting, industry, transport split
into municipal fleet, public and private transport, others), the energy carriers as
columns (electricity, heat/cold, the fossil fuels, the renewables), MWh in the cells,
with subtotal and total rows and a total column. Offices keep one such file per town.

Reading it, without trusting it (safe_open, sheet_rows: the same checks as the workbook
import):
- the table is found by its header: the first row that names at least three energy
  carriers (in English, Russian or Turkmen, the template's words or ours, with or without
  "MWh"), together with the header rows right above or below it (the template puts
  "Electricity" and "Heat/cold" a row above "Natural gas", "Diesel"...); it ends at its
  TOTAL row, or where the next table's header starts (the template's CO2 table);
- a row's sector is the last text left of the first carrier column; the template's sub-
  rows add up into our sector (municipal fleet, public and private transport into
  Transport; industry in and outside the ETS into Industry; agriculture, forestry and
  fisheries into Others); columns the template splits the same way (plant oil, biogas,
  biofuel) add up into one carrier;
- subtotal and total rows, the total column and rows of labels only are left out;
- an empty cell or a dash is no consumption; a number in text form may use a decimal
  comma and spaces between thousands ("1 234,5"); a cell's sum is rounded half up to the
  tenth of a MWh the database keeps, and the cells rounded are counted;
- every problem names its cell, row or column: a row with figures and no sector, a
  column with figures and no carrier, a number that is not one, a negative one, a formula
  saved without its value, a sector given twice, a sum given beside its parts.

Nothing here touches the database; inventory_import.py saves what was read.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from ...domain.enums import LABELS, EnergyCarrier, InventorySector
from ...domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from ...domain.rules.emissions import cell_key
from .errors import ExcelFileError, ExcelUsageError
from .errors import message as excel_message
from .parse import CellError, parse_decimal
from .read import MAX_COLS
from .safe_open import open_workbook, reading_sheet
from .sheet_rows import Uncalculated, iter_sheet_rows
from .vocab import norm, translations

CTX = "InventorySheet"
HEADER_SCAN_ROWS = 200
"""The template's consumption table starts within its sheet's first rows."""
MAX_TABLE_ROWS = 500
"""An inventory has a score of rows; past this many the sheet is not one."""
MIN_CARRIERS = 3
LIMIT = Decimal(10) ** 14
"""Cells are Numeric(16, 1): a value this large is a slip, named before the database."""
TENTH = Decimal("0.1")

S, C = InventorySector, EnergyCarrier
# The template's words and others offices use, beside our labels in every language (the
# enums' labels are looked up in each catalogue). A part adds up with the other parts of
# its sector; a whole row and its parts together would count the energy twice.
SECTOR_WORDS: dict[InventorySector, tuple[str, ...]] = {
    S.MUNICIPAL: (
        "municipal buildings equipment facilities", "municipal buildings",
        "municipal buildings equipment", "муниципальные здания оборудование объекты",
        "муниципальные здания оборудование сооружения", "муниципальные здания",
        "munisipal binalar", "häkimligiň binalary",
    ),
    S.TERTIARY: (
        "tertiary non municipal buildings equipment facilities",
        "tertiary buildings equipment facilities", "tertiary buildings", "tertiary",
        "tertiary sector", "третичный сектор",
        "здания оборудование объекты третичного сектора немуниципальные",
        "здания оборудование объекты третичного сектора", "третичные здания",
        "hyzmat ulgamy", "hyzmat pudagynyň binalary",
    ),
    S.RESIDENTIAL: (
        "residential buildings", "residential", "households", "жилые здания",
        "жилищный сектор", "жилой сектор", "ýaşaýyş jaýlary",
    ),
    S.PUBLIC_LIGHTING: (
        "public lighting", "municipal public lighting", "street lighting",
        "общественное освещение", "муниципальное общественное освещение",
        "уличное освещение", "köçe yşyklandyryşy", "jemgyýetçilik yşyklandyryşy",
    ),
    S.INDUSTRY: ("industry", "industries", "промышленность", "senagat"),
    S.TRANSPORT: ("transport", "транспорт", "ulag"),
    S.OTHERS: ("others", "other", "other sectors", "прочие", "прочее", "другие", "beýlekiler"),
    S.LOCAL_ELECTRICITY: (
        "local electricity production", "locally generated electricity",
        "местное производство электроэнергии", "ýerli elektrik öndürilişi",
    ),
    S.LOCAL_HEAT: (
        "local heat cold production", "local heat production", "locally generated heat cold",
        "местное производство тепла холода", "местное производство тепла",
        "ýerli ýylylyk öndürilişi",
    ),
}  # fmt: skip
SECTOR_PARTS: dict[InventorySector, tuple[str, ...]] = {
    S.INDUSTRY: (
        "industry non ets", "non ets industry", "industry excluding ets", "non ets",
        "industry ets", "ets industry", "ets", "промышленность не входящая в ets",
        "промышленность вне ets", "промышленность ets", "промышленность входящая в ets",
    ),
    S.TRANSPORT: (
        "municipal fleet", "public transport", "private and commercial transport",
        "private transport", "commercial transport", "муниципальный автопарк",
        "муниципальный транспорт", "общественный транспорт",
        "частный и коммерческий транспорт", "частный транспорт", "häkimligiň ulaglary",
        "jemgyýetçilik ulaglary", "hususy we täjirçilik ulaglary",
    ),
    S.OTHERS: (
        "agriculture forestry fisheries", "agriculture", "сельское хозяйство лесное "
        "хозяйство рыболовство", "сельское хозяйство", "oba hojalygy tokaý hojalygy "
        "balykçylyk", "oba hojalygy",
    ),
}  # fmt: skip
CARRIER_WORDS: dict[EnergyCarrier, tuple[str, ...]] = {
    C.ELECTRICITY: ("electricity", "электроэнергия", "электричество", "электрическая энергия",
                    "elektrik energiýasy", "elektrik"),
    C.HEAT_COLD: ("heat cold", "heat", "district heating", "тепло холод", "тепло",
                  "тепловая энергия", "теплоэнергия", "ýylylyk sowuklyk", "ýylylyk"),
    C.NATURAL_GAS: ("natural gas", "природный газ", "tebigy gaz"),
    C.LIQUID_GAS: ("liquid gas", "lpg", "liquefied petroleum gas", "сжиженный газ",
                   "suwuklandyrylan gaz"),
    C.HEATING_OIL: ("heating oil", "fuel oil", "печное топливо", "мазут",
                    "ýyladyş ýangyjy"),
    C.DIESEL: ("diesel", "diesel oil", "дизельное топливо", "дизель", "dizel ýangyjy",
               "dizel"),
    C.GASOLINE: ("gasoline", "petrol", "бензин", "benzin"),
    C.LIGNITE: ("lignite", "brown coal", "бурый уголь", "goňur kömür"),
    C.COAL: ("coal", "hard coal", "уголь", "каменный уголь", "kömür", "daş kömür"),
    C.OTHER_FOSSIL: ("other fossil fuels", "other fossil fuel",
                           "другие виды ископаемого топлива", "другое ископаемое топливо",
                           "beýleki gazylyp alynýan ýangyçlar"),
    C.BIOFUELS: ("biofuel", "biofuels", "plant oil", "biogas", "biodiesel", "bioethanol",
                 "биотопливо", "растительное масло", "биогаз", "bioýangyç",
                 "ösümlik ýagy", "biogaz"),
    C.OTHER_BIOMASS: ("other biomass", "biomass", "wood", "другая биомасса", "биомасса",
                      "древесина", "дрова", "beýleki biomassa", "biomassa"),
    C.SOLAR_THERMAL: ("solar thermal", "solar heat", "солнечная тепловая энергия",
                      "солнечная тепловая", "gün ýylylyk energiýasy"),
    C.GEOTHERMAL: ("geothermal", "geothermal energy", "геотермальная энергия",
                   "геотермальная", "geotermal energiýa"),
}  # fmt: skip
GRAND_TOTAL = ("total", "grand total", "итого", "всего", "общий итог", "jemi", "umumy jemi")
SUBTOTAL = ("subtotal", "sub total", "sum", "промежуточный итог", "подытог", "сумма",
            "aralyk jemi", "jemi bölek")  # fmt: skip
UNITS = frozenset({"mwh", "мвт·ч", "мвтч", "мвт", "mwt·sag", "mwtsag"})
DASHES = frozenset({"-", "\u2013", "\u2014", "n/a"})

TEMPLATES: dict[str, str] = {
    "no_table": N_(
        "InventorySheet",
        "{path}: no sheet holds an inventory table: a header row naming at least three "
        "energy carriers (Electricity, Natural gas, Diesel...) above rows of sectors.",
    ),
    "no_table_in_sheet": N_(
        "InventorySheet",
        "{path}, sheet {sheet}: no inventory table: a header row naming at least three "
        "energy carriers (Electricity, Natural gas, Diesel...) above rows of sectors.",
    ),
    "several_tables": N_(
        "InventorySheet", "{path}: several sheets hold an inventory table: {sheets}."
    ),
    "no_figures": N_("InventorySheet", "{path}, sheet {sheet}: the table holds no figures."),
    "table_too_long": N_(
        "InventorySheet",
        "{path}, sheet {sheet}: the table runs past {limit} rows without a TOTAL row.",
    ),
    "unknown_sector": N_(
        "InventorySheet",
        "row {row}: '{label}' is not a sector of an inventory, but the row holds figures; "
        "name the sector as the template does (Residential buildings, Transport...) or "
        "empty the row.",
    ),
    "no_sector": N_("InventorySheet", "row {row} holds figures but names no sector."),
    "unknown_carrier": N_(
        "InventorySheet",
        "column {column}: '{header}' is not an energy carrier, but the column holds figures "
        "(first in row {row}); name the carrier as the template does (Electricity, Natural "
        "gas...) or empty the column.",
    ),
    "no_carrier": N_(
        "InventorySheet",
        "column {column} holds figures (first in row {row}) but its header names no energy "
        "carrier.",
    ),
    "carrier_twice": N_(
        "InventorySheet", "columns {column} and {other} are both headed '{header}'."
    ),
    "carrier_conflict": N_(
        "InventorySheet",
        "column {column} is headed both '{header}' and '{other}'; keep one carrier.",
    ),
    "sector_twice": N_(
        "InventorySheet", "rows {row} and {other} both give the figures of '{label}'; keep one."
    ),
    "sum_and_parts": N_(
        "InventorySheet",
        "row {row} ('{label}') gives the sum of {sector}, and row {other} ('{part}') one of "
        "its parts: keep the parts or their sum, not both (the energy would count twice).",
    ),
    "cell": N_("InventorySheet", "cell {cell} ({sector}, {carrier}): {problem}"),
    "negative": N_("InventorySheet", "{value} MWh is negative."),
}


class InventorySheetError(ExcelUsageError):
    """The file can be read but holds no usable table (exit 1)."""

    def message(self) -> str:
        return sheet_message(self.code, self.params)


def sheet_message(code: str, params: dict[str, Any]) -> str:
    from ...i18n import tr

    template = TEMPLATES.get(code)
    if template is None:
        return excel_message(code, params)
    return tr(CTX, template).format(**params)


@dataclass(frozen=True)
class SheetIssue:
    code: str
    params: dict[str, Any]

    def message(self) -> str:
        return sheet_message(self.code, self.params)


@dataclass
class InventorySheet:
    path: Path
    sheet: str
    header_row: int
    """First row of the table's header."""
    cells: dict[str, Decimal] = field(default_factory=dict)
    """"SECTOR/CARRIER" -> MWh, the grid's keys (emissions.cell_key), one decimal."""
    stated_total: Decimal | None = None
    """The TOTAL row's figure in the total column, as the sheet states it."""
    rows: dict[int, str] = field(default_factory=dict)
    """Sheet row -> the sector its figures went to."""
    columns: dict[int, str] = field(default_factory=dict)
    """Sheet column (1-based) -> the carrier its figures went to."""
    left_out: list[tuple[str, str, str]] = field(default_factory=list)
    """Totals left out: ("column", "Q", "Total") / ("row", "15", "Subtotal transport")."""
    issues: list[SheetIssue] = field(default_factory=list)
    rounded: int = 0
    """Cells whose figure had more than the one decimal the database keeps (rounded half
    up to a tenth of a MWh, and said so)."""

    @property
    def ok(self) -> bool:
        return not self.issues

    @property
    def total_mwh(self) -> Decimal:
        production = {S.LOCAL_ELECTRICITY.value, S.LOCAL_HEAT.value}
        return sum(
            (v for k, v in self.cells.items() if k.partition("/")[0] not in production),
            Decimal(0),
        )


def _key(text: object) -> str:
    """A header or label as a loose key: case, punctuation and units do not matter."""
    return " ".join(t for t in norm(text).split() if t not in UNITS)


def _loose(text: object) -> str:
    """The key without remarks in brackets: 'Residential buildings (incl. dormitories)'."""
    return _key(re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", str(text)))


@cache
def carrier_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for carrier in C:
        for text in (*translations("Enum", LABELS[(C, carrier.value)]), carrier.value):
            index[_key(text)] = carrier.value
        for word in CARRIER_WORDS.get(carrier, ()):
            index.setdefault(_key(word), carrier.value)
    return index


@cache
def sector_index() -> dict[str, tuple[str, bool]]:
    """key -> (sector code, is a part of that sector)."""
    index: dict[str, tuple[str, bool]] = {}
    for sector in S:
        for text in (*translations("Enum", LABELS[(S, sector.value)]), sector.value):
            index[_key(text)] = (sector.value, False)
            index.setdefault(_loose(text), (sector.value, False))
        for word in SECTOR_WORDS.get(sector, ()):
            index.setdefault(_key(word), (sector.value, False))
        for word in SECTOR_PARTS.get(sector, ()):
            index.setdefault(_key(word), (sector.value, True))
    return index


def _carrier(text: Any) -> str | None:
    if not isinstance(text, str) or not text.strip():
        return None
    index = carrier_index()
    return index.get(_key(text)) or index.get(_loose(text))


def _sector(text: str) -> tuple[str, bool] | None:
    index = sector_index()
    return index.get(_key(text)) or index.get(_loose(text))


def _total(text: Any) -> str | None:
    """ "grand" for a TOTAL row or column, "sub" for a subtotal, None otherwise."""
    if not isinstance(text, str):
        return None
    key = _loose(text)
    if key in {_key(w) for w in GRAND_TOTAL}:
        return "grand"
    words = key.split()
    if key in {_key(w) for w in SUBTOTAL} or (words and words[0] in {"total", "subtotal"}):
        return "sub"
    return None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip().casefold() in {"", *DASHES})


def _names_carriers(values: tuple[Any, ...]) -> dict[int, str]:
    """1-based column -> carrier, for a row that could be a header (no numbers in it)."""
    if any(_is_number(v) for v in values):
        return {}
    return {i + 1: c for i, v in enumerate(values) if (c := _carrier(v)) is not None}


def table_sheets(path: Path) -> list[str]:
    """The sheets of a checked file that hold an inventory table, in order."""
    path = Path(path)
    found = []
    with open_workbook(path) as wb:
        for name in wb.sheetnames:
            try:
                with reading_sheet(path, name, MAX_COLS):
                    if _header(_rows(wb[name])) is not None:
                        found.append(name)
            except ExcelFileError as exc:
                if exc.code != "too_many_columns":  # a sheet too wide is no inventory's
                    raise
    return found


def read_inventory_sheet(path: Path, sheet: str | None = None) -> InventorySheet:
    """The table of `sheet`, or of the one sheet that holds one.

    Raises ExcelFileError for a file that cannot be used (exit 2) and InventorySheetError
    when it holds no table, or several sheets do and none was named (exit 1). Problems in
    the table are `issues` of the result (nothing should be saved while there are any).
    """
    path = Path(path)
    if sheet is None:
        sheets = table_sheets(path)
        if not sheets:
            raise InventorySheetError("no_table", path=str(path))
        if len(sheets) > 1:
            raise InventorySheetError("several_tables", path=str(path), sheets=", ".join(sheets))
        sheet = sheets[0]
    with open_workbook(path) as wb:
        if sheet not in wb.sheetnames:
            raise ExcelUsageError(
                "no_sheet", path=str(path), sheet=sheet, sheets=", ".join(wb.sheetnames)
            )
        with reading_sheet(path, sheet, MAX_COLS):
            return _read(path, sheet, _rows(wb[sheet]))


Rows = Iterator[tuple[int, tuple[Any, ...]]]


def _rows(ws: Any) -> Rows:
    return iter_sheet_rows(ws, MAX_COLS)


@dataclass
class _Header:
    first_row: int
    last_row: int
    carriers: dict[int, str]
    """1-based column -> carrier."""
    texts: dict[int, list[str]]
    """1-based column -> the header block's texts in it, top to bottom."""
    rest: Rows
    pending: list[tuple[int, tuple[Any, ...]]]
    """Rows read past the header that belong to the data."""


def _header(rows: Rows) -> _Header | None:
    """The first header block naming at least MIN_CARRIERS carriers in the first rows."""
    above: list[tuple[int, tuple[Any, ...]]] = []
    for number, values in rows:
        if number > HEADER_SCAN_ROWS:
            return None
        named = _names_carriers(values)
        if len(named) < MIN_CARRIERS:
            above = [*above[-1:], (number, values)]
            continue
        block = [(number, values)]
        for prev_number, prev in reversed(above):  # header rows right above it
            if prev_number != block[0][0] - 1 or any(_is_number(v) for v in prev):
                break
            if not _names_carriers(prev) and not any(_total(v) for v in prev):
                break
            block.insert(0, (prev_number, prev))
        pending: list[tuple[int, tuple[Any, ...]]] = []
        for next_number, nxt in rows:  # and right below it
            if next_number == block[-1][0] + 1 and _names_carriers(nxt):
                block.append((next_number, nxt))
                continue
            pending.append((next_number, nxt))
            break
        carriers: dict[int, str] = {}
        texts: dict[int, list[str]] = defaultdict(list)
        for _n, vals in block:
            for i, v in enumerate(vals):
                if isinstance(v, str) and v.strip():
                    texts[i + 1].append(v.strip())
        for col, words in texts.items():
            for w in words:
                if (c := _carrier(w)) is not None:
                    carriers.setdefault(col, c)
        return _Header(block[0][0], block[-1][0], carriers, dict(texts), rows, pending)
    return None


def _read(path: Path, sheet: str, rows: Rows) -> InventorySheet:
    header = _header(rows)
    if header is None:
        raise InventorySheetError("no_table_in_sheet", path=str(path), sheet=sheet)
    result = InventorySheet(path, sheet, header.first_row)
    first_col = min(header.carriers)
    totals = {col for col, words in header.texts.items() if any(_total(w) for w in words)}
    totals -= set(header.carriers)
    _check_header(header, result)
    for col in sorted(totals):
        result.left_out.append(("column", get_column_letter(col), header.texts[col][-1]))
    sums: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    feeds: dict[str, list[tuple[int, str, bool]]] = defaultdict(list)
    bad_columns: set[int] = set()

    def data() -> Rows:
        yield from header.pending
        yield from header.rest

    count = 0
    for number, values in data():
        if len(_names_carriers(values)) >= MIN_CARRIERS:
            break  # the next table (the template's CO2 emissions) starts
        count += 1
        if count > MAX_TABLE_ROWS:
            raise InventorySheetError(
                "table_too_long", path=str(path), sheet=sheet, limit=MAX_TABLE_ROWS
            )
        labels = [v for v in values[: first_col - 1] if isinstance(v, str) and v.strip()]
        label = labels[-1].strip() if labels else ""
        figures = {i + 1: v for i, v in enumerate(values) if i + 1 >= first_col and not _empty(v)}
        total = _total(label)
        if total is not None:
            result.left_out.append(("row", str(number), label))
            if total == "grand":  # the template's table ends with its TOTAL row
                for col in sorted(totals):
                    if _is_number(figures.get(col)):
                        result.stated_total = Decimal(repr(figures[col])).quantize(TENTH)
                break
            continue
        if not figures:
            continue  # a row of labels only ("Transport:"), or an empty one
        if not label:
            result.issues.append(SheetIssue("no_sector", {"row": number}))
            continue
        found = _sector(label)
        if found is None:
            result.issues.append(SheetIssue("unknown_sector", {"row": number, "label": label}))
            continue
        sector, part = found
        feeds[sector].append((number, label, part))
        result.rows[number] = sector
        for col, raw in figures.items():
            carrier = header.carriers.get(col)
            if carrier is None:
                if col not in totals and col not in bad_columns:
                    bad_columns.add(col)
                    words = header.texts.get(col)
                    code = "unknown_carrier" if words else "no_carrier"
                    result.issues.append(SheetIssue(code, {
                        "column": get_column_letter(col), "row": number,
                        "header": words[-1] if words else "",
                    }))  # fmt: skip
                continue
            value = _number(raw, number, col, sector, carrier, result)
            if value is not None:
                sums[(sector, carrier)] += value
                result.columns[col] = carrier
    _check_rows(feeds, result)
    for (sector, carrier), mwh in sums.items():
        rounded = mwh.quantize(TENTH, rounding=ROUND_HALF_UP)
        result.rounded += rounded != mwh
        if rounded:
            result.cells[cell_key(sector, carrier)] = rounded
    if not result.cells and not result.issues:
        raise InventorySheetError("no_figures", path=str(path), sheet=sheet)
    return result


def _check_header(header: _Header, result: InventorySheet) -> None:
    seen: dict[str, int] = {}
    for col in sorted(header.carriers):
        words = [w for w in header.texts[col] if _carrier(w) is not None]
        named = {_carrier(w) for w in words}
        if len(named) > 1:
            result.issues.append(SheetIssue("carrier_conflict", {
                "column": get_column_letter(col), "header": words[0], "other": words[-1],
            }))  # fmt: skip
        key = _key(words[-1])
        if key in seen:
            result.issues.append(SheetIssue("carrier_twice", {
                "column": get_column_letter(seen[key]), "other": get_column_letter(col),
                "header": words[-1],
            }))  # fmt: skip
        seen.setdefault(key, col)


def _check_rows(feeds: dict[str, list[tuple[int, str, bool]]], result: InventorySheet) -> None:
    from ...i18n import label as enum_label
    from ...i18n import tr

    for sector, rows in feeds.items():
        wholes = [r for r in rows if not r[2]]
        parts = [r for r in rows if r[2]]
        by_label: dict[str, tuple[int, str, bool]] = {}
        for row in rows:  # one label twice, or two names of the whole sector
            key = _loose(row[1])
            first = by_label.get(key) or (wholes[0] if not row[2] and row is not wholes[0]
                                          else None)  # fmt: skip
            if first is not None:
                result.issues.append(SheetIssue("sector_twice", {
                    "row": first[0], "other": row[0], "label": row[1],
                }))  # fmt: skip
            by_label.setdefault(key, row)
        if wholes and parts:
            result.issues.append(SheetIssue("sum_and_parts", {
                "row": wholes[0][0], "label": wholes[0][1], "other": parts[0][0],
                "part": parts[0][1], "sector": tr("Enum", enum_label(S(sector))),
            }))  # fmt: skip


def _number(
    raw: Any, row: int, col: int, sector: str, carrier: str, result: InventorySheet
) -> Decimal | None:
    from ...i18n import label as enum_label
    from ...i18n import tr

    problem: str | None = None
    value: Decimal | None = None
    try:
        if isinstance(raw, Uncalculated):
            raise CellError("uncalculated", value=raw.formula)
        value = parse_decimal(raw)
        if value < 0:
            problem = sheet_message("negative", {"value": f"{value:f}"})
        elif value >= LIMIT:
            raise CellError("out_of_range", value=f"{value:f}"[:40], limit=f"{LIMIT:,.0f}")
    except CellError as exc:
        problem = excel_message(exc.code, exc.params)
    if problem is None:
        return value
    result.issues.append(SheetIssue("cell", {
        "cell": f"{get_column_letter(col)}{row}",
        "sector": tr("Enum", enum_label(S(sector))),
        "carrier": tr("Enum", enum_label(C(carrier))),
        "problem": problem,
    }))  # fmt: skip
    return None

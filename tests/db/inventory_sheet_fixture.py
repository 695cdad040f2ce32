"""Workbooks shaped like the Covenant template's emission inventory sheet.

The template (SEAP/SECAP, in English and in the Eastern Partnership's Russian) puts an
inventory on one sheet: the inventory year and population at the top, then table A, final
energy consumption in MWh: a title, a two-row header (Electricity and Heat/cold in the first
row, merged "Fossil fuels" and "Renewable energies" bands over the fuels in the second, a
Total column), rows of sectors under section labels ("BUILDINGS, EQUIPMENT/FACILITIES AND
INDUSTRIES:", "TRANSPORT:"), the transport split into municipal fleet, public and private
transport, subtotal rows and a TOTAL row; then table B, the CO2 emissions, with the same
header. Another sheet holds the instructions.

`FIGURES` is the consumption the tests expect back, by the template's row and column
names; `write()` lays it out in a language, optionally with the numbers as text (decimal
commas), dashes for nothing and the totals as formulas without a calculated value, as a
sheet made by a script would have them.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from openpyxl import Workbook

# (row label key, carrier column key) -> MWh; the table's other cells are empty
FIGURES: dict[tuple[str, str], str] = {
    ("municipal", "electricity"): "4210.5",
    ("municipal", "heat"): "6120",
    ("municipal", "gas"): "2380.25",
    ("tertiary", "electricity"): "15400",
    ("tertiary", "gas"): "9850.4",
    ("residential", "electricity"): "48200",
    ("residential", "heat"): "31500",
    ("residential", "gas"): "61230.75",
    ("residential", "lpg"): "1200",
    ("residential", "wood"): "5400",
    ("residential", "solar"): "120",
    ("lighting", "electricity"): "3150.2",
    ("industry", "electricity"): "12000",
    ("industry", "gas"): "8000",
    ("fleet", "diesel"): "950.5",
    ("fleet", "gasoline"): "310",
    ("public", "diesel"): "4200",
    ("public", "electricity"): "1800",
    ("private", "diesel"): "28400",
    ("private", "gasoline"): "35600.6",
    ("private", "lpg"): "2100",
    ("private", "plant_oil"): "150",
    ("private", "biofuel"): "640",
}
SECTOR_OF = {
    "municipal": "MUNICIPAL_BUILDINGS_EQUIPMENT_FACILITIES",
    "tertiary": "TERTIARY_BUILDINGS_EQUIPMENT_FACILITIES",
    "residential": "RESIDENTIAL_BUILDINGS",
    "lighting": "PUBLIC_LIGHTING",
    "industry": "INDUSTRY",
    "fleet": "TRANSPORT",
    "public": "TRANSPORT",
    "private": "TRANSPORT",
}
CARRIER_OF = {
    "electricity": "ELECTRICITY", "heat": "HEAT_COLD", "gas": "NATURAL_GAS",
    "lpg": "LIQUID_GAS", "heating_oil": "HEATING_OIL", "diesel": "DIESEL",
    "gasoline": "GASOLINE", "lignite": "LIGNITE", "coal": "COAL",
    "other_fossil": "OTHER_FOSSIL_FUELS", "plant_oil": "BIOFUELS", "biofuel": "BIOFUELS",
    "wood": "OTHER_BIOMASS", "solar": "SOLAR_THERMAL", "geothermal": "GEOTHERMAL",
}  # fmt: skip

COLUMNS = ("electricity", "heat", "gas", "lpg", "heating_oil", "diesel", "gasoline",
           "lignite", "coal", "other_fossil", "plant_oil", "biofuel", "wood", "solar",
           "geothermal")  # fmt: skip
"""Columns B to P; Q is the total."""

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Baseline Emission Inventory", "year": "Inventory year",
        "inhabitants": "Number of inhabitants in the inventory year",
        "table_a": "A. Final energy consumption", "table_b": "B. CO2 emissions",
        "category": "Category", "band": "FINAL ENERGY CONSUMPTION [MWh]",
        "fossil": "Fossil fuels", "renewable": "Renewable energies", "total": "Total",
        "electricity": "Electricity", "heat": "Heat/cold", "gas": "Natural gas",
        "lpg": "Liquid gas", "heating_oil": "Heating oil", "diesel": "Diesel",
        "gasoline": "Gasoline", "lignite": "Lignite", "coal": "Coal",
        "other_fossil": "Other fossil fuels", "plant_oil": "Plant oil",
        "biofuel": "Biofuel", "wood": "Other biomass", "solar": "Solar thermal",
        "geothermal": "Geothermal",
        "buildings": "BUILDINGS, EQUIPMENT/FACILITIES AND INDUSTRIES:",
        "municipal": "Municipal buildings, equipment/facilities",
        "tertiary": "Tertiary (non municipal) buildings, equipment/facilities",
        "residential": "Residential buildings", "lighting": "Municipal public lighting",
        "industry": "Industries (excluding those part of the EU Emission Trading Scheme – ETS)",
        "subtotal_buildings": "Subtotal buildings, equipment/facilities and industries",
        "transport": "TRANSPORT:", "fleet": "Municipal fleet", "public": "Public transport",
        "private": "Private and commercial transport", "subtotal_transport": "Subtotal transport",
        "grand_total": "TOTAL",
    },
    "ru": {
        "title": "Базовый кадастр выбросов", "year": "Год кадастра",
        "inhabitants": "Число жителей в году кадастра",
        "table_a": "А. Конечное потребление энергии", "table_b": "Б. Выбросы CO2",
        "category": "Категория", "band": "КОНЕЧНОЕ ПОТРЕБЛЕНИЕ ЭНЕРГИИ [МВт·ч]",
        "fossil": "Ископаемое топливо", "renewable": "Возобновляемые источники энергии",
        "total": "Итого", "electricity": "Электроэнергия", "heat": "Тепло/холод",
        "gas": "Природный газ", "lpg": "Сжиженный газ", "heating_oil": "Печное топливо",
        "diesel": "Дизельное топливо", "gasoline": "Бензин", "lignite": "Бурый уголь",
        "coal": "Каменный уголь", "other_fossil": "Другие виды ископаемого топлива",
        "plant_oil": "Растительное масло", "biofuel": "Биотопливо",
        "wood": "Другая биомасса", "solar": "Солнечная тепловая энергия",
        "geothermal": "Геотермальная энергия",
        "buildings": "ЗДАНИЯ, ОБОРУДОВАНИЕ/ОБЪЕКТЫ И ПРОМЫШЛЕННОСТЬ:",
        "municipal": "Муниципальные здания, оборудование/объекты",
        "tertiary": "Здания, оборудование/объекты третичного сектора (немуниципальные)",
        "residential": "Жилые здания", "lighting": "Муниципальное общественное освещение",
        "industry": "Промышленность (кроме предприятий, входящих в СТВ ЕС)",
        "subtotal_buildings": "Промежуточный итог",
        "transport": "ТРАНСПОРТ:", "fleet": "Муниципальный автопарк",
        "public": "Общественный транспорт", "private": "Частный и коммерческий транспорт",
        "subtotal_transport": "Промежуточный итог", "grand_total": "ИТОГО",
    },
    "tk": {
        "title": "Esasy zyňyndylar hasaby", "year": "Hasabat ýyly",
        "inhabitants": "Ilat sany", "table_a": "A. Soňky energiýa sarp edilişi",
        "table_b": "B. CO2 zyňyndylary", "category": "Pudak",
        "band": "SOŇKY ENERGIÝA SARP EDILIŞI [MWt·sag]", "fossil": "Gazylyp alynýan ýangyçlar",
        "renewable": "Gaýtadan dikeldilýän energiýa", "total": "Jemi",
        "electricity": "Elektrik energiýasy", "heat": "Ýylylyk we sowuklyk",
        "gas": "Tebigy gaz", "lpg": "Suwuklandyrylan gaz", "heating_oil": "Peç ýangyjy",
        "diesel": "Dizel ýangyjy", "gasoline": "Benzin", "lignite": "Goňur kömür",
        "coal": "Daş kömür", "other_fossil": "Beýleki gazylyp alynýan ýangyçlar",
        "plant_oil": "Ösümlik ýagy", "biofuel": "Bioýangyç", "wood": "Beýleki biomassa",
        "solar": "Gün ýylylyk energiýasy", "geothermal": "Geotermal energiýa",
        "buildings": "BINALAR, ENJAMLAR WE SENAGAT:",
        "municipal": "Şäher häkimliginiň binalary, enjamlary we desgalary",
        "tertiary": "Hyzmat ulgamynyň binalary, enjamlary we desgalary",
        "residential": "Ýaşaýyş jaýlary", "lighting": "Köçe yşyklandyryşy",
        "industry": "Senagat", "subtotal_buildings": "Aralyk jemi",
        "transport": "ULAG:", "fleet": "Häkimligiň ulaglary",
        "public": "Jemgyýetçilik ulaglary", "private": "Hususy we täjirçilik ulaglary",
        "subtotal_transport": "Aralyk jemi", "grand_total": "JEMI",
    },
}  # fmt: skip

BUILDING_ROWS = ("municipal", "tertiary", "residential", "lighting", "industry")
TRANSPORT_ROWS = ("fleet", "public", "private")


def expected_cells() -> dict[str, Decimal]:
    """The grid the sheet must give: rows and columns of one sector and carrier added, then
    rounded half up to the tenth of a MWh the database keeps (2,380.25 -> 2,380.3)."""
    out: dict[str, Decimal] = {}
    for (row, col), mwh in FIGURES.items():
        key = f"{SECTOR_OF[row]}/{CARRIER_OF[col]}"
        out[key] = out.get(key, Decimal(0)) + Decimal(mwh)
    return {k: v.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP) for k, v in out.items()}


def _text(value: Decimal, lang: str) -> str:
    """A number as a clerk types it in text: thousands spaced, decimal comma."""
    whole, _, frac = f"{value:f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", "\u00a0" if lang == "ru" else " ")
    return grouped + ("," + frac if frac else "")


def write(
    path: Path,
    lang: str = "en",
    *,
    as_text: bool = False,
    formulas: bool = False,
    extra_rows: tuple[tuple[str, dict[str, object]], ...] = (),
    header_override: dict[str, str] | None = None,
) -> Path:
    """The template's sheet in `lang`, with FIGURES in table A and their emissions in B.

    `as_text`: the figures as text with decimal commas, empty cells as dashes.
    `formulas`: subtotal and total cells as formulas (no calculated value in the file).
    `extra_rows`: (label, {column key: value}) rows added before the TOTAL row.
    `header_override`: column key -> header text, to head a column otherwise."""
    w = {**WORDS[lang], **(header_override or {})}
    wb = Workbook()
    info = wb.active
    info.title = "Instructions" if lang == "en" else "Инструкция" if lang == "ru" else "Görkezme"
    info.append(["Fill in the yellow cells. All figures in MWh."])
    ws = wb.create_sheet({"en": "BEI", "ru": "БКВ", "tk": "EZH"}[lang])
    ws.append([w["title"]])
    ws.append([w["year"], 2015])
    ws.append([w["inhabitants"], 75000])
    ws.append([])
    ws.append([w["table_a"]])
    ws.append([w["category"], w["band"]])
    ws.merge_cells("B6:Q6")
    top = [None, w["electricity"], w["heat"], w["fossil"]] + [None] * 7 + [w["renewable"]]
    ws.append(top + [None] * 4 + [w["total"]])
    ws.merge_cells("D7:K7")
    ws.merge_cells("L7:P7")
    ws.append([None, None, None] + [w[c] for c in COLUMNS[2:]])
    first_data = ws.max_row + 1

    def cells(row_key: str) -> list[object]:
        out: list[object] = []
        total = Decimal(0)
        for col in COLUMNS:
            raw = FIGURES.get((row_key, col))
            if raw is None:
                out.append("\u2013" if as_text else None)
                continue
            total += Decimal(raw)
            out.append(_text(Decimal(raw), lang) if as_text else float(raw))
        return out + [float(total)]

    def subtotal(rows: list[int]) -> list[object]:
        out: list[object] = []
        for i in range(len(COLUMNS) + 1):
            letter = chr(ord("B") + i)
            if formulas:
                out.append("=" + "+".join(f"{letter}{r}" for r in rows))
            else:
                out.append(None)
        return out

    ws.append([w["buildings"]])
    building_rows = []
    for key in BUILDING_ROWS:
        ws.append([w[key], *cells(key)])
        building_rows.append(ws.max_row)
    ws.append([w["subtotal_buildings"], *subtotal(building_rows)])
    ws.append([w["transport"]])
    transport_rows = []
    for key in TRANSPORT_ROWS:
        ws.append([w[key], *cells(key)])
        transport_rows.append(ws.max_row)
    ws.append([w["subtotal_transport"], *subtotal(transport_rows)])
    for label, values in extra_rows:
        ws.append([label] + [values.get(c) for c in (*COLUMNS, "total")])
    grand = sum((Decimal(v) for v in FIGURES.values()), Decimal(0))
    total_row: list[object] = [w["grand_total"]] + [None] * len(COLUMNS)
    total_row.append(f"=Q{ws.max_row - 4}+Q{ws.max_row}" if formulas else float(grand))
    ws.append(total_row)
    ws.append([])
    # Table B: the same layout, emissions in t; the importer must stop before it.
    ws.append([w["table_b"]])
    ws.append([w["category"]] + [w[c] for c in COLUMNS] + [w["total"]])
    for key in (*BUILDING_ROWS, *TRANSPORT_ROWS):
        ws.append([w[key]] + [0.25 * float(FIGURES.get((key, c), 0)) or None for c in COLUMNS])
    del first_data
    wb.save(path)
    return path

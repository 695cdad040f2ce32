"""What a clerk types into number and date fields: every reading is either the one the
interface language means, echoed when another reading was possible, or refused.

Oracles are literals; the hypothesis properties check the round trip from a Decimal/date
written out in each language's plain and grouped forms.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.rules.entry import (
    NumberStyle,
    date_order,
    parse_date,
    parse_number,
    plain_number,
)

EN = NumberStyle(".", ",")
RU = NumberStyle(",", "\u00a0")  # Qt's ru_RU and tk_TM: decimal comma, no-break space groups
STYLES = {"en": EN, "ru": RU}

D = Decimal

# (language, typed, places, value, echo)
ACCEPTED = [
    ("en", "3.85", 8, D("3.85"), False),
    ("en", "3,85", 8, D("3.85"), True),  # issue 10 item 3: never 385
    ("en", "1,234.50", 2, D("1234.50"), False),
    ("en", "1,234", 2, D("1234"), True),  # English thousands, said aloud: "= 1234"
    ("en", "1 234 567.5", 2, D("1234567.5"), False),
    ("en", "-12.5", 2, D("-12.5"), False),
    ("en", "\u221212.5", 2, D("-12.5"), False),
    ("en", ".5", 2, D("0.5"), False),
    ("en", "  42 ", 0, D("42"), False),
    ("en", "1500000", 2, D("1500000"), False),
    ("en", "1,500,000", 0, D("1500000"), False),  # two groups: "," cannot be a decimal
    ("ru", "3,85", 8, D("3.85"), False),
    ("ru", "3.85", 8, D("3.85"), True),
    ("ru", "1\u00a0234,5", 2, D("1234.5"), False),
    ("ru", "1 234,5", 2, D("1234.5"), False),
    ("ru", "1\u202f234\u202f567", 0, D("1234567"), False),
    ("ru", "1.234,5", 2, D("1234.5"), True),  # German-style groups, one reading only
    ("ru", "1,234.5", 2, D("1234.5"), True),  # English style, one reading only
    ("ru", "1234,567", 8, D("1234.567"), False),
    ("ru", "0,00000001", 8, D("0.00000001"), False),
]

# (language, typed, places, code)
REFUSED = [
    ("ru", "1.234", 8, "number_ambiguous"),  # 1,234 or 1 234?
    ("ru", "1.234", 2, "number_ambiguous"),
    ("en", "1,2,3", 2, "number_form"),
    ("en", "12,34.5", 2, "number_form"),
    ("en", "3.85.1", 8, "number_form"),
    ("en", "abc", 2, "number_form"),
    ("en", "1e5", 2, "number_form"),
    ("en", "NaN", 2, "number_form"),
    ("en", "Infinity", 2, "number_form"),
    ("en", "--5", 2, "number_form"),
    ("en", "5-", 2, "number_form"),
    ("en", "3.", 2, "number_form"),
    ("en", "12.345", 2, "too_many_decimals"),
    ("en", "1.5", 0, "not_a_whole_number"),
    ("en", "1,5", 0, "not_a_whole_number"),
    ("ru", "1,5", 0, "not_a_whole_number"),
    ("ru", "12 34", 0, "number_form"),  # a space inside is a thousands gap or nothing
    ("ru", "١٢", 0, "number_form"),  # other scripts' digits are not read
]


@pytest.mark.parametrize(("lang", "typed", "places", "value", "echo"), ACCEPTED)
def test_accepted_numbers(lang, typed, places, value, echo) -> None:
    reading = parse_number(typed, STYLES[lang], places)
    assert reading.ok, reading
    assert reading.value == value
    assert reading.echo is echo


@pytest.mark.parametrize(("lang", "typed", "places", "code"), REFUSED)
def test_refused_numbers(lang, typed, places, code) -> None:
    reading = parse_number(typed, STYLES[lang], places)
    assert reading.value is None
    assert reading.error == code
    assert reading.params and reading.params["value"] == typed.strip()


def test_the_ambiguous_reading_names_both_numbers() -> None:
    reading = parse_number("1.234", RU, 8)
    assert reading.params == {"value": "1.234", "one": D("1.234"), "other": D("1234")}


def test_empty_is_no_value_not_zero() -> None:
    for text in ("", "   ", "\u00a0"):
        assert parse_number(text, EN, 2) == parse_number(text, RU, 2)
        assert parse_number(text, EN, 2).value is None
        assert parse_number(text, EN, 2).ok


def _grouped(value: Decimal, style: NumberStyle) -> str:
    whole, _, frac = format(abs(value), "f").partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = style.group_separator.join(groups) + (style.decimal_point + frac if frac else "")
    return ("-" if value < 0 else "") + text


amounts = st.decimals(
    min_value=D("-1e12"), max_value=D("1e12"), places=2, allow_nan=False, allow_infinity=False
)


@given(amounts, st.sampled_from(["en", "ru"]))
def test_plain_form_reads_back_exactly_without_echo(value, lang) -> None:
    style = STYLES[lang]
    reading = parse_number(plain_number(value, style), style, 2)
    assert reading.value == value
    assert reading.echo is False


@given(amounts, st.sampled_from(["en", "ru"]))
def test_grouped_form_reads_back_exactly(value, lang) -> None:
    style = STYLES[lang]
    reading = parse_number(_grouped(value, style), style, 2)
    assert reading.value == value


@given(st.text(alphabet="0123456789.,- \u00a0", max_size=14), st.sampled_from(["en", "ru"]))
def test_any_text_is_read_one_way_or_refused(text, lang) -> None:
    """Never two answers: an accepted reading is one of the text's possible readings and
    an echo is set whenever the text is not written the language's plain way."""
    style = STYLES[lang]
    reading = parse_number(text, style, None)
    assert (reading.value is None) == (reading.error is not None or not text.strip())
    if reading.value is not None and not reading.echo:
        # no echo: what the field shows back is what was typed, up to thousands gaps
        shown = plain_number(reading.value, style)
        typed = text.strip().replace("\u00a0", "").replace(" ", "")
        if style.group_separator in ".,":
            typed = typed.replace(style.group_separator, "")
        assert D(shown.replace(",", ".")) == D(
            typed.replace(style.decimal_point, ".").lstrip("+") or "0"
        )


# -- dates ---------------------------------------------------------------------------------

DATES_OK = [
    ("2023-03-15", date(2023, 3, 15)),  # issue 10 item 2: not 20/02/2026
    ("2023-3-5", date(2023, 3, 5)),
    ("15/03/2023", date(2023, 3, 15)),
    ("5/3/2023", date(2023, 3, 5)),
    ("15.03.2023", date(2023, 3, 15)),
    ("5.3.2023", date(2023, 3, 5)),
    ("15-03-2023", date(2023, 3, 15)),
    ("15 03 2023", date(2023, 3, 15)),
    (" 29.02.2024 ", date(2024, 2, 29)),
    ("2023/03/15", date(2023, 3, 15)),
    ("31/12/2199", date(2199, 12, 31)),
    ("01/01/1900", date(1900, 1, 1)),
]

DATES_REFUSED = [
    ("31/02/2024", "date_impossible"),
    ("29.02.2023", "date_impossible"),
    ("2023-13-01", "date_impossible"),
    ("00/01/2024", "date_impossible"),
    ("15/03", "date_incomplete"),
    ("15/03/", "date_incomplete"),
    ("15/03/24", "date_incomplete"),  # a two-digit year would be a guess of the century
    ("1503", "date_incomplete"),
    ("1", "date_incomplete"),
    ("+993 12 345678", "date_form"),  # a phone number typed into the date (item 1)
    ("993 12 345678", "date_form"),
    ("tomorrow", "date_form"),
    ("15/03/1899", "date_out_of_range"),
    ("1/1/2200", "date_out_of_range"),
]


@pytest.mark.parametrize(("typed", "value"), DATES_OK)
def test_accepted_dates(typed, value) -> None:
    assert parse_date(typed, "dmy").value == value
    assert parse_date(typed, "dmy").ok


@pytest.mark.parametrize(("typed", "code"), DATES_REFUSED)
def test_refused_dates(typed, code) -> None:
    reading = parse_date(typed, "dmy")
    assert reading.value is None
    assert reading.error == code


def test_month_first_languages_read_month_first_but_iso_stays_iso() -> None:
    assert parse_date("3/15/2023", "mdy").value == date(2023, 3, 15)
    assert parse_date("3/15/2023", "dmy").error == "date_impossible"
    assert parse_date("2023-03-04", "mdy").value == date(2023, 3, 4)


def test_order_comes_from_the_pattern() -> None:
    assert date_order("dd/MM/yyyy") == "dmy"
    assert date_order("dd.MM.yyyy") == "dmy"
    assert date_order("M/d/yyyy") == "mdy"
    assert date_order("yyyy-MM-dd") == "ymd"
    assert date_order("???") == "dmy"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)), st.booleans())
def test_every_day_reads_back_in_every_accepted_form(day, zeros) -> None:
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if zeros else (str(day.day), str(day.month))
    for text in (f"{day.year}-{m}-{d}", f"{d}/{m}/{day.year}", f"{d}.{m}.{day.year}"):
        assert parse_date(text, "dmy").value == day, text

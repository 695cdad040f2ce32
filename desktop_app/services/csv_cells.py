"""Cells for CSV files that a spreadsheet opens: text never runs as a formula.

Excel, LibreOffice and Sheets treat a cell starting with =, +, -, @, a tab or a carriage
return as a formula (OWASP "CSV injection"), so a signatory named "-2+3+cmd|' /C calc'!A0"
would run when a clerk opens the file. Such text gets a leading apostrophe; numbers (an int,
a Decimal, or text that is just a number such as "-12") stay numbers, so a negative "days
left" still sorts and sums.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?")


def safe_text(text: str) -> str:
    """`text` as a spreadsheet will show it, never as a formula."""
    if text[:1] in DANGEROUS_PREFIXES and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def safe_cell(value: Any) -> str:
    """The CSV text of one value: ISO dates, numbers as they are, text made safe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return safe_text(str(value))
    if isinstance(value, (int, float, Decimal)):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return safe_text(str(value))

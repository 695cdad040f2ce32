"""Each list's header state (column order, widths, hidden columns, sort column), kept apart.

The option family is declared in desktop_app/options.py (`lists/{}/header`).
"""

from __future__ import annotations

from ...config import Option
from ...options import LIST_HEADER


def header_option(list_id: str) -> Option[bytes]:
    return LIST_HEADER[list_id]

"""Settings of the list pages, declared once like every other option (see ui.settings).

One header state per list: column order, widths, hidden columns and sort column survive a
restart, and each list keeps its own.
"""

from __future__ import annotations

from ...services.lists import LISTS
from .. import settings as opts

_HEADERS: dict[str, opts.Option[bytes]] = {}


def header_option(list_id: str) -> opts.Option[bytes]:
    option = _HEADERS.get(list_id)
    if option is None:
        key = f"lists/{list_id}/header"
        option = opts.OPTIONS.get(key) or opts._declare(key, b"")  # noqa: SLF001
        _HEADERS[list_id] = option
    return option


for _list_id in LISTS:
    header_option(_list_id)
header_option("trash")

"""The signatories section: the searchable list (the form opens through open_requested)."""

from __future__ import annotations

from .list_panel import ListPanel


class SignatoriesPage(ListPanel):
    help_topic = "signatories"
    LIST_ID = "signatories"

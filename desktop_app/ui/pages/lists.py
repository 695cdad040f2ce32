"""The list sections: each a ListPanel over one list of services.lists.

Action plans, monitoring reports and extensions share a section as tabs, because a clerk
follows one signatory's plan through its reports and any extension.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...i18n import tr
from ..sections import PageContext
from .list_panel import ListPanel
from .page import Page


class AssistancePage(ListPanel):
    help_topic = "assistance"
    LIST_ID = "assistance"


class EnergyDaysPage(ListPanel):
    help_topic = "energy-days"
    LIST_ID = "energy_days"


class FinancePage(ListPanel):
    help_topic = "finance"
    LIST_ID = "finance"


class ExchangeRatesPage(ListPanel):
    help_topic = "exchange-rates"
    LIST_ID = "exchange_rates"


class PlansPage(Page, QWidget):
    help_topic = "plans"
    open_requested = Signal(str, object)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = QTabWidget(self)
        self.tabs.setUsesScrollButtons(True)  # many or long tabs scroll, never widen the window
        self.tabs.setObjectName("plansTabs")
        self.panels: dict[str, ListPanel] = {}
        for list_id, title in (
            ("plans", tr("PlansPage", "Action plans")),
            ("monitoring", tr("PlansPage", "Monitoring reports")),
            ("extensions", tr("PlansPage", "Deadline extensions")),
            ("inventories", tr("PlansPage", "Emission inventories")),
            ("mitigation_actions", tr("PlansPage", "Mitigation actions")),
            ("climate_risks", tr("PlansPage", "Climate risks")),
            ("adaptation_actions", tr("PlansPage", "Adaptation actions")),
            ("poverty_indicators", tr("PlansPage", "Energy poverty")),
        ):
            # Only the first tab reads now; the others when first shown.
            panel = ListPanel(context, self.tabs, list_id=list_id, load_now=not self.panels)
            panel.open_requested.connect(self.open_requested)
            self.panels[list_id] = panel
            self.tabs.addTab(panel, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    @property
    def loading(self) -> bool:
        return any(p.loading for p in self.panels.values())

    def reload(self) -> None:
        for panel in self.panels.values():
            if panel.loaded_once:
                panel.reload()

    # -- the Page protocol: each tab is a Page listening on its own (hidden tabs refresh
    # when shown), so this page only answers for the window's actions ----------------------
    def shown_kinds(self) -> frozenset[str]:
        return frozenset().union(*(p.shown_kinds() for p in self.panels.values()))

    def refresh(self) -> None:
        self.reload()

    def current_panel(self) -> ListPanel:
        panel = self.tabs.currentWidget()
        assert isinstance(panel, ListPanel)
        return panel

    def new_record_kind(self) -> str | None:
        return self.current_panel().kind

    def show_kind(self, kind: str) -> None:
        for i, panel in enumerate(self.panels.values()):
            if panel.kind == kind:
                self.tabs.setCurrentIndex(i)

    def focus_search(self, kind: str | None = None) -> None:
        if kind is not None:
            self.show_kind(kind)
        self.current_panel().focus_search()

    def edit_actions(self) -> frozenset[str]:
        return self.current_panel().edit_actions()

    def copy_selection(self) -> bool:
        return self.current_panel().copy_selection()

    def delete_selection(self) -> bool:
        return self.current_panel().delete_selection()

    def set_filters(self, filters: dict[str, Any]) -> None:
        self.current_panel().set_filters(filters)

    def set_scope(self, ids: list[Any], text: str, kind: str | None = None) -> None:
        """The records behind a dashboard figure, on the tab of their kind."""
        if kind is not None:
            self.show_kind(kind)
        self.current_panel().set_scope(ids, text)

"""The navigation sections of the main window and the page behind each.

To put a real page in place of a placeholder, change its `page` entry to the dotted path
of the widget class ("package.module:Class"); nothing else needs touching. Pages are
imported on first display, so a heavy page never slows down start-up.

A page class is called as `Page(context, parent)`; see `PageContext`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.i18n_markers import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..db.session import Database
    from .settings import Settings


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    """English title; translate with context "Section"."""
    page: str | None
    """"module:Class" of the page widget, or None for a placeholder until it is built."""


@dataclass
class PageContext:
    """What every page may use. Pages are rebuilt when another database is opened."""

    db: Database
    settings: Settings


SECTIONS: tuple[Section, ...] = (
    Section(
        "start",
        QT_TRANSLATE_NOOP("Section", "Getting started"),
        "desktop_app.ui.pages.start_page:StartPage",
    ),
    Section(
        "dashboard",
        QT_TRANSLATE_NOOP("Section", "Dashboard"),
        "desktop_app.ui.pages.dashboard_page:DashboardPage",
    ),
    Section(
        "coordinator",
        QT_TRANSLATE_NOOP("Section", "Coordinator profile"),
        "desktop_app.ui.pages.coordinator_page:CoordinatorPage",
    ),
    Section(
        "signatories",
        QT_TRANSLATE_NOOP("Section", "Signatories"),
        "desktop_app.ui.pages.signatories:SignatoriesPage",
    ),
    Section(
        "plans",
        QT_TRANSLATE_NOOP("Section", "Action plans and monitoring"),
        "desktop_app.ui.pages.lists:PlansPage",
    ),
    Section(
        "assistance",
        QT_TRANSLATE_NOOP("Section", "Assistance"),
        "desktop_app.ui.pages.lists:AssistancePage",
    ),
    Section(
        "energy_days",
        QT_TRANSLATE_NOOP("Section", "Energy Days"),
        "desktop_app.ui.pages.lists:EnergyDaysPage",
    ),
    Section(
        "finance",
        QT_TRANSLATE_NOOP("Section", "Finance"),
        "desktop_app.ui.pages.lists:FinancePage",
    ),
    Section(
        "exchange_rates",
        QT_TRANSLATE_NOOP("Section", "Exchange rates"),
        "desktop_app.ui.pages.lists:ExchangeRatesPage",
    ),
    Section(
        "reports",
        QT_TRANSLATE_NOOP("Section", "Reports"),
        "desktop_app.ui.pages.reports_page:ReportsPage",
    ),
    Section(
        "conflicts",
        QT_TRANSLATE_NOOP("Section", "Sync conflicts"),
        "desktop_app.ui.pages.conflicts_page:ConflictsPage",
    ),
    Section(
        "trash",
        QT_TRANSLATE_NOOP("Section", "Trash"),
        "desktop_app.ui.pages.trash_page:TrashPage",
    ),
)

START_SECTION = "dashboard"


def section_shortcut(number: int) -> str:
    """The key of the `number`th section (from 1), in QKeySequence's portable text: Ctrl+1
    to Ctrl+9 and Ctrl+0 for the first ten, as the digits lie on the keyboard, then
    Ctrl+Shift+1, Ctrl+Shift+2... for the rest. Shown in the View menu and the sidebar's
    tooltips; tests/qt/test_menu_accelerators.py checks that no other key is the same."""
    if number < 1:
        raise ValueError(number)
    if number <= 10:
        return f"Ctrl+{number % 10}"
    if number <= 20:
        return f"Ctrl+Shift+{(number - 10) % 10}"
    raise ValueError(f"no key for section {number}: add a scheme for more than 20")


def section(section_id: str) -> Section:
    for s in SECTIONS:
        if s.id == section_id:
            return s
    raise KeyError(section_id)


def create_page(sec: Section, context: PageContext, parent: QWidget | None = None) -> QWidget:
    if sec.page is None:
        from .pages.placeholder import PlaceholderPage

        return PlaceholderPage(sec, parent)
    module_name, class_name = sec.page.split(":")
    page_class = getattr(importlib.import_module(module_name), class_name)
    return page_class(context, parent)

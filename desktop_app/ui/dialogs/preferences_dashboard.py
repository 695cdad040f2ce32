"""Preferences page: the reporting period, deadline cycles and the commitment thresholds.

One spin box per RuleSettings field, so nothing can be typed that is not a whole number in
range; the values are stored through ui/dashboard_settings.py and read by the dashboard,
the deadlines list and the `deadlines` command.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from ...domain.rules.settings import RuleSettings
from ...i18n import locale, tr
from ..dashboard_settings import (
    PERIOD_MONTHS,
    PERIOD_START_MONTH,
    rule_settings,
    save_rule_settings,
)
from ..settings import Settings
from ..widgets.whole_spin_box import WholeSpinBox

# (field, label, maximum); the dashboard and deadline fields only: targets and validation
# thresholds are in RuleSettings too but belong to the record checks.
FIELDS: tuple[tuple[str, str, int], ...] = (
    ("due_soon_days", N_("PreferencesDashboard", '"Due soon" window (days)'), 365),
    (
        "plan_due_years_2020",
        N_("PreferencesDashboard", "Plan due after adhesion, 2020 framework (years)"),
        10,
    ),
    (
        "plan_due_years_2030",
        N_("PreferencesDashboard", "Plan due after adhesion, 2030 framework (years)"),
        10,
    ),
    (
        "plan_due_years_2050",
        N_("PreferencesDashboard", "Plan due after adhesion, 2050 framework (years)"),
        10,
    ),
    (
        "monitoring_interval_years",
        N_("PreferencesDashboard", "Monitoring report every (years)"),
        10,
    ),
    (
        "full_inventory_interval_years",
        N_("PreferencesDashboard", "Monitoring emission inventory every (years)"),
        10,
    ),
    (
        "coordinator_report_interval_months",
        N_("PreferencesDashboard", "Coordinator report every (months)"),
        60,
    ),
    (
        "assessment_overdue_months",
        N_("PreferencesDashboard", "Plan assessment overdue after (months)"),
        60,
    ),
    (
        "coordinator_report_warning_days",
        N_("PreferencesDashboard", "Warn about the coordinator report (days before)"),
        365,
    ),
    (
        "health_window_months",
        N_("PreferencesDashboard", "Commitment lights look back (months)"),
        60,
    ),
    (
        "assistance_amber_months",
        N_("PreferencesDashboard", "Amber when no assistance for (months)"),
        60,
    ),
    (
        "energy_day_amber_months",
        N_("PreferencesDashboard", "Amber when no Energy Day for (months)"),
        60,
    ),
    (
        "finance_red_months",
        N_("PreferencesDashboard", "Red when no financial support for (months)"),
        120,
    ),
    (
        "on_hold_amber_percent",
        N_("PreferencesDashboard", "Amber from this share of signatories on hold (%)"),
        100,
    ),
    (
        "on_hold_red_percent",
        N_("PreferencesDashboard", "Red from this share of signatories on hold (%)"),
        100,
    ),
    (
        "overdue_signatories_red",
        N_("PreferencesDashboard", "Red from this many signatories past their plan deadline"),
        100000,
    ),
)


def _label(text: str) -> str:
    return tr("PreferencesDashboard", text)  # the sources are marked in FIELDS


class DashboardPreferences(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        form = QFormLayout()
        self.start_month = QComboBox(self)
        self.start_month.setObjectName("periodStartMonth")
        loc = locale()
        for month in range(1, 13):
            self.start_month.addItem(loc.standaloneMonthName(month), month)
        self.period_months = WholeSpinBox(self)
        self.period_months.setObjectName("periodMonths")
        self.period_months.setRange(1, 24)
        form.addRow(tr("PreferencesDashboard", "Reporting period starts in"), self.start_month)
        months = tr("PreferencesDashboard", "Reporting period length (months)")
        self.period_months.setAccessibleName(months)
        form.addRow(months, self.period_months)
        self.spins: dict[str, WholeSpinBox] = {}
        for name, text, maximum in FIELDS:
            spin = WholeSpinBox(self)
            spin.setObjectName(f"rule_{name}")
            spin.setRange(0 if name.endswith("percent") else 1, maximum)
            spin.setAccessibleName(_label(text))
            self.spins[name] = spin
            form.addRow(_label(text), spin)
        note = QLabel(
            tr(
                "PreferencesDashboard",
                "The dashboard, the deadlines list and the reminders use these values.",
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        inner = QWidget(self)
        inner.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(scroll)
        self.load()

    def load(self) -> None:
        self.start_month.setCurrentIndex(
            max(self.start_month.findData(self.settings.get(PERIOD_START_MONTH)), 0)
        )
        self.period_months.setValue(self.settings.get(PERIOD_MONTHS))
        rules = rule_settings(self.settings)
        for name, spin in self.spins.items():
            spin.setValue(int(getattr(rules, name)))

    def problem(self) -> str:
        """The first number typed that cannot be taken (focused, named); "" when all can."""
        for spin in (self.period_months, *self.spins.values()):
            message = spin.problem(spin.accessibleName())
            if message:
                spin.setFocus()
                spin.selectAll()
                return message
        return ""

    def save(self) -> None:
        self.settings.set(PERIOD_START_MONTH, int(self.start_month.currentData()))
        self.settings.set(PERIOD_MONTHS, int(self.period_months.value()))
        current = rule_settings(self.settings).to_dict()
        current.update({name: spin.value() for name, spin in self.spins.items()})
        save_rule_settings(self.settings, RuleSettings.from_dict(current))


def add_to(dialog: QWidget, layout: QVBoxLayout, settings: Settings) -> DashboardPreferences:
    """The Preferences dialog's hook: a titled box that takes the spare height."""
    box = QGroupBox(tr("PreferencesDashboard", "Dashboard, deadlines and reminders"), dialog)
    page = DashboardPreferences(settings, box)
    inner = QVBoxLayout(box)
    inner.addWidget(page)
    layout.addWidget(box, 1)
    dialog.setMinimumHeight(dialog.fontMetrics().height() * 36)
    return page

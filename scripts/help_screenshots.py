"""The user guide's screenshots, made from demo data so they stay current (docs/help.md):

    QT_QPA_PLATFORM=offscreen uv run python scripts/help_screenshots.py [--lang en ru tk]
        [--out resources/help/images] [--only dashboard signatories ...]

A demo office (services/demo.py) is generated in a temporary folder with its own settings
file; nothing of the user's is touched. Each screen is opened in the real main window (or
the real dialog) in each language and grabbed with QWidget.grab() to
`<out>/<lang>/<name>.png`. The pictures are reduced to a 256-colour palette (the interface
has few colours) so they stay small in the repository and the installed app.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WINDOW = (960, 620)
"""Main-window size of the pictures: readable at 100 % beside the guide's contents list."""

SHEET_HEADERS = {
    "en": ("Municipality", "Country", "Population", "Adhesion date"),
    "ru": ("Муниципалитет", "Страна", "Население", "Дата присоединения"),
    "tk": ("Şäher häkimligi", "Ýurt", "Ilat sany", "Goşulan senesi"),
}
SHEET_ROWS = (
    ("Bayramaly", "TM", 88_000, date(2019, 5, 14)),
    ("Tejen", "TM", 67_000, date(2020, 9, 1)),
    ("Serdar", "TM", "many", date(2021, 3, 2)),
    ("Gumdag", "TM", 25_000, "31.02.2021"),
    ("Magdanly", "TM", 30_500, date(2022, 6, 30)),
)


def settle(app: Any, seconds: float = 0.25) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait(app: Any, ready: Callable[[], bool], timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while not ready() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    settle(app)


def save_png(widget: Any, path: Path) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    image = widget.grab().toImage()
    small = image.convertToFormat(
        QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    small.save(str(path), "PNG", 9)
    return path


def office_sheet(folder: Path, lang: str) -> Path:
    """A small sheet as an office keeps it, in the guide's language, one row with errors."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(list(SHEET_HEADERS[lang]))
    for row in SHEET_ROWS:
        sheet.append(list(row))
    path = folder / f"office-{lang}.xlsx"
    book.save(path)
    return path


def shoot(
    lang: str,
    out: Path,
    tmp: Path,
    db: Any,
    empty_db: Any,
    only: set[str],
    failures: list[str],
) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from desktop_app import i18n
    from desktop_app.services.lists import list_rows, row_id
    from desktop_app.ui.dashboard_settings import dismiss_reminders
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import Settings

    app = QApplication.instance()
    i18n.install(lang)
    settings = Settings(tmp / f"settings-{lang}.ini")
    dismiss_reminders(settings, date.today())  # the notice is not part of these pictures
    window = MainWindow(settings, db)
    window.resize(*WINDOW)
    window.show()
    written: list[Path] = []

    def grab(widget: Any, name: str) -> None:
        if only and name not in only:
            return
        settle(app)
        written.append(save_png(widget, out / lang / f"{name}.png"))

    def section(section_id: str, name: str) -> Any:
        page = window.show_section(section_id)
        wait(app, lambda: not getattr(page, "loading", False))
        grab(window, name)
        return page

    dashboard = window.show_section("dashboard")
    wait(app, lambda: not dashboard.loading and dashboard.board is not None)
    grab(window, "dashboard")
    dashboard.tabs.setCurrentWidget(dashboard.deadlines)
    wait(app, lambda: not dashboard.deadlines.loading and dashboard.deadlines.model.rowCount() > 0)
    grab(window, "deadlines")
    dashboard.tabs.setCurrentIndex(0)

    section("coordinator", "coordinator")
    section("signatories", "signatories")
    section("plans", "plans")
    section("assistance", "assistance")
    section("energy_days", "energy-days")
    section("exchange_rates", "exchange-rates")
    section("reports", "reports")
    section("trash", "trash")

    def signatory_form() -> None:
        """A signatory with a plan, so the related tabs show rows. When that form cannot
        open, a new signatory being typed is shot instead and the failure still reported."""
        from desktop_app.services.records import load

        plan = list_rows(db, "plans", limit=1)[0]
        signatory_id = load(db, "action_plan", row_id(plan[0])).values["signatory_id"]
        try:
            form = window.forms.open("signatory", signatory_id)
        except Exception as exc:
            failures.append(f"{lang}/signatory_form (shot a new signatory instead): {exc!r}")
            form = window.forms.open("signatory")
            for field, value in (("name", "Bayramaly"), ("local_name", "Baýramaly"),
                                 ("population", "88000")):  # fmt: skip
                form.bindings[field].widget.setText(value)
        form.resize(*WINDOW)
        form.side.setCurrentIndex(0)
        grab(form, "signatory-form")
        form._closing_ok = True
        form.close()

    def finance_form() -> None:
        finance_rows = list_rows(db, "finance", limit=1)
        finance = window.forms.open("financial_support", row_id(finance_rows[0][0]))
        finance.resize(*WINDOW)
        grab(finance, "finance-form")
        finance._closing_ok = True
        finance.close()

    def backups() -> None:
        from desktop_app.ui.dialogs.backup_window import BackupWindow

        dialog = BackupWindow(db, parent=window)
        dialog.resize(900, 520)
        dialog.show()
        grab(dialog, "backups")
        dialog.close()

    def export() -> None:
        from desktop_app.options import rule_settings
        from desktop_app.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(db, window, rule_settings(settings))
        dialog.show()
        grab(dialog, "export")
        dialog.close()

    def preferences() -> None:
        from desktop_app.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(settings, window)
        dialog.show()
        grab(dialog, "preferences")
        dialog.close()

    def import_wizard() -> None:
        from desktop_app.ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(db, window)
        wizard.show()
        wizard.file_page.path.setText(str(office_sheet(tmp, lang)))
        wizard.next()
        grab(wizard, "import-wizard")
        wizard.next()
        wizard.next()
        wait(app, lambda: wizard.plan is not None)
        grab(wizard, "import-preview")
        wizard.reject()

    def getting_started() -> None:
        """A new office: an empty database opens on the Getting started steps."""
        empty = MainWindow(settings, empty_db, start_section="start")
        empty.resize(*WINDOW)
        empty.show()
        page = empty.show_section("start")
        wait(app, lambda: "..." not in page.progress.text(), timeout=20)
        grab(empty, "getting-started")
        empty.hide()
        empty.deleteLater()

    steps = (signatory_form, finance_form, backups, export, preferences, import_wizard)
    for step in (*steps, getting_started):
        try:
            step()
        except Exception as exc:  # one broken screen must not cost the other pictures
            failures.append(f"{lang}/{step.__name__}: {exc!r}")

    window._forms and window._forms.close_all()
    window.hide()
    window.deleteLater()
    settle(app)
    return written


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", nargs="+", default=["en", "ru", "tk"])
    parser.add_argument("--out", default=str(ROOT / "resources" / "help" / "images"))
    parser.add_argument("--only", nargs="*", default=[], help="picture names, e.g. dashboard")
    parser.add_argument("--signatories", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["help-screenshots"])
    app.setApplicationName("coordinator-desk")
    _no_message_boxes()
    from desktop_app.services import backup
    from desktop_app.services.database import open_database
    from desktop_app.services.demo import DemoOptions, generate

    written: list[Path] = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        db = open_database(f"sqlite:///{tmp / 'demo-office.sqlite3'}")
        # laid out around today: the Dashboard's period is the current one
        generate(db, DemoOptions(signatories=args.signatories, seed=args.seed))
        backup.create_backup(db)  # the backup window lists one
        _trash_a_few(db)
        empty_db = open_database(f"sqlite:///{tmp / 'new-office.sqlite3'}")
        for lang in args.lang:
            written += shoot(lang, Path(args.out), tmp, db, empty_db, set(args.only), failures)
        db.dispose()
        empty_db.dispose()
    total = sum(p.stat().st_size for p in written)
    for path in written:
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}"
              f"  {path.stat().st_size // 1024} KB")  # fmt: skip
    print(f"{len(written)} pictures, {total / 1024:.0f} KB")
    for failure in failures:
        print(f"NOT MADE {failure}", file=sys.stderr)
    return 1 if failures else 0


class MessageShown(RuntimeError):
    """A screen answered with a message box: its picture would show the wrong thing."""


def _no_message_boxes() -> None:
    """Offscreen, a modal message box waits for a click that never comes."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args: Any, **_kwargs: Any) -> Any:
        raise MessageShown(" | ".join(str(a) for a in args[1:3]))

    for name in ("warning", "information", "critical", "question"):
        setattr(QMessageBox, name, staticmethod(refuse))


def _trash_a_few(db: Any) -> None:
    """Three signatories in the Trash (with what goes along), so that screen shows rows."""
    from desktop_app.services import records
    from desktop_app.services.lists import list_rows, row_id

    rows = list_rows(db, "signatories", limit=3)
    records.trash(db, "signatory", [row_id(r[0]) for r in rows])


if __name__ == "__main__":
    raise SystemExit(main())

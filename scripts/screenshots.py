"""README screenshots of the main lists, a record form and the coordinator profile, made from
demo data so they stay current:

    QT_QPA_PLATFORM=offscreen uv run python scripts/screenshots.py [--out docs/images]
        [--signatories 400] [--seed 7] [--lang en] [--dark] [--scale 2]

`--dark` paints with a dark palette (the app follows the system palette; this proves it
reads in dark mode); `--scale 2` renders at 200 % (QT_SCALE_FACTOR) to check that nothing
is blurred or clipped. A throw-away database and settings file live in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEMO_TODAY = date(2025, 11, 14)


def _settle(app, seconds: float = 0.3) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _dark_palette():  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    pal = QPalette()
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, "#2b2b2b"), (roles.WindowText, "#e6e6e6"), (roles.Base, "#1f1f1f"),
        (roles.AlternateBase, "#2a2a2a"), (roles.Text, "#e6e6e6"), (roles.Button, "#353535"),
        (roles.ButtonText, "#e6e6e6"), (roles.Highlight, "#3d7bd9"),
        (roles.HighlightedText, "#ffffff"), (roles.Mid, "#5a5a5a"),
        (roles.PlaceholderText, "#9a9a9a"), (roles.ToolTipBase, "#353535"),
        (roles.ToolTipText, "#e6e6e6"),
    ):  # fmt: skip
        pal.setColor(role, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.ButtonText, roles.Text, roles.WindowText):
        pal.setColor(disabled, role, QColor("#7a7a7a"))
    return pal


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "images"))
    parser.add_argument("--signatories", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scale", type=float, default=0)
    args = parser.parse_args()
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    suffix = ("-dark" if args.dark else "") + (f"-{args.scale:g}x" if args.scale else "")

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["screenshots"])
    if args.dark:
        app.setStyle("Fusion")
        app.setPalette(_dark_palette())
    from desktop_app import i18n
    from desktop_app.services.database import open_database
    from desktop_app.services.demo import DemoOptions, generate
    from desktop_app.services.lists import list_rows
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import Settings

    i18n.install(args.lang)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        _settle(app)
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        written.append(path)

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'demo.sqlite3'}")
        generate(db, DemoOptions(signatories=args.signatories, seed=args.seed, today=DEMO_TODAY))
        window = MainWindow(Settings(Path(tmp) / "settings.ini"), db)
        window.resize(1280, 800)
        window.show()
        lists = (("signatories", "list-signatories"), ("plans", "list-plans"),
                 ("finance", "list-finance"))  # fmt: skip
        for section, name in lists if not (args.dark or args.scale) else lists[:1]:
            page = window.show_section(section)
            deadline = time.monotonic() + 30
            while getattr(page, "loading", False) and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.01)
            save(window, name)

        window.show_section("coordinator")
        save(window, "coordinator-profile")

        # a signatory with a plan, so the related tabs have something to show
        from desktop_app.services.lists import row_id
        from desktop_app.services.records import load

        plan = load(db, "action_plan", row_id(list_rows(db, "plans", limit=1)[0][0]))
        form = window.forms.open("signatory", plan.values["signatory_id"])
        assert form is not None
        form.side.setCurrentIndex(0)
        form.save_button.setFocus()
        save(form, "form-signatory")
        form.side.setCurrentWidget(form.history)
        save(form, "form-signatory-history")
        form._closing_ok = True
        form.close()

        finance = window.forms.open("financial_support")
        assert finance is not None
        finance.bindings["amount"].widget.setText("-5")
        finance.bindings["funder_name"].widget.setText("EBRD")
        finance.bindings["amount"].widget.setFocus()
        save(finance, "form-validation")
        finance._closing_ok = True
        finance.close()

        window.hide()
        window.deleteLater()
        app.processEvents()
        db.dispose()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

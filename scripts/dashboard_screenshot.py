"""Render the dashboard from demo data to docs/images/dashboard.png (for the README).

    QT_QPA_PLATFORM=offscreen uv run python scripts/dashboard_screenshot.py \
        [--signatories 600] [--seed 4] [--out docs/images/dashboard.png] [--lang en]

A throw-away database and settings file are made in a temporary folder; nothing of the
user's is touched. The main window is used as is, so the picture shows the real layout.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--signatories", type=int, default=600)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--out", default=str(ROOT / "docs" / "images" / "dashboard.png"))
    parser.add_argument("--lang", default="en")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["dashboard-screenshot"])
    from desktop_app import i18n
    from desktop_app.services.database import open_database
    from desktop_app.services.demo import DemoOptions, generate
    from desktop_app.ui.dashboard_settings import dismiss_reminders
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings import Settings

    i18n.install(args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'demo.sqlite3'}")
        generate(db, DemoOptions(signatories=args.signatories, seed=args.seed))
        settings = Settings(Path(tmp) / "settings.ini")
        from datetime import date

        dismiss_reminders(settings, date.today())  # the notice is not part of this picture
        window = MainWindow(settings, db)
        window.resize(args.width, args.height)
        window.show()
        page = window.show_section("dashboard")
        deadline = time.monotonic() + 60
        while (page.loading or page.board is None) and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        for _ in range(20):
            app.processEvents()
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        print(f"{out} ({page.board.elapsed_ms:.0f} ms to compute)")
        window.hide()
        window.deleteLater()
        app.processEvents()
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

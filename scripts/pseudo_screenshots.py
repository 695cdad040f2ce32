"""Every page and every record form under the stretched pseudo-translation (issue 10):

    uv run python scripts/pseudo_screenshots.py
        [--langs en ru tk] [--stretch 1.4] [--size 1366x768] [--scale 1] [--out DIR]

Each translated string comes out 40 % longer between brackets (desktop_app.i18n.stretch,
COORDINATOR_DESK_PSEUDO), so a clipped label, header or button shows at once: its closing
bracket is missing. `--scale 1.5` renders at 150 % (QT_SCALE_FACTOR) in a window of the same
physical size. Offscreen (the default), the screen itself is given the --size, so forms
are fitted to it as on a real laptop. Demo data in a throw-away folder; images go to
docs/images/pseudo/ as <lang>-<page>.png and <lang>-form-<kind>.png.
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "images" / "pseudo"))
    parser.add_argument("--langs", nargs="+", default=["en", "ru", "tk"])
    parser.add_argument("--stretch", type=float, default=1.4)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--signatories", type=int, default=120)
    parser.add_argument("--no-forms", action="store_true")
    args = parser.parse_args()
    os.environ["COORDINATOR_DESK_PSEUDO"] = str(args.stretch)
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    width, height = (int(v) for v in args.size.split("x"))
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        # Qt's offscreen screen is 800x800 unless told otherwise (its configfile option):
        # give it the asked-for size, so forms are sized against that screen too.
        config = Path(tempfile.mkdtemp()) / "screen.json"
        config.write_text(
            '{"synchronousWindowSystemEvents": false, "windowFrameMargins": false, "screens": '
            f'[{{"name": "s", "x": 0, "y": 0, "width": {width}, "height": {height}, '
            '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}',
            encoding="utf-8",
        )
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["pseudo-screenshots"])
    from desktop_app import i18n
    from desktop_app.services.database import open_database
    from desktop_app.services.demo import DemoOptions, generate
    from desktop_app.ui.forms.registry import FORMS
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.sections import SECTIONS
    from desktop_app.ui.settings import Settings

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = f"-{args.scale:g}x" if args.scale != 1.0 else ""
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'demo.sqlite3'}")
        generate(db, DemoOptions(signatories=args.signatories, seed=7, today=DEMO_TODAY))
        for lang in args.langs:
            i18n.install(lang)
            settings = Settings(Path(tmp) / f"settings-{lang}.ini")
            window = MainWindow(settings, db)
            window.resize(int(width / args.scale), int(height / args.scale))
            window.show()
            for section in SECTIONS:
                page = window.show_section(section.id)
                deadline = time.monotonic() + 30
                _settle(app, 0.2)  # a page may start loading once shown
                while time.monotonic() < deadline and (
                    getattr(page, "loading", False) or getattr(page, "board", True) is None
                ):
                    app.processEvents()
                    time.sleep(0.01)
                _settle(app)
                path = out / f"{lang}-{section.id}{suffix}.png"
                window.grab().save(str(path))
                written.append(path)
            if not args.no_forms:
                for kind in FORMS:
                    form = window.forms.open(kind)
                    if form is None:
                        continue
                    _settle(app)
                    path = out / f"{lang}-form-{kind}{suffix}.png"
                    form.grab().save(str(path))
                    written.append(path)
                    form._closing_ok = True
                    form.close()
            window.hide()
            window.deleteLater()
            _settle(app, 0.1)
        db.dispose()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

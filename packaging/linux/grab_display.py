"""Saves a screenshot of a whole X display: proof that a window really appeared on it.

`import -window root` (ImageMagick) is not installed everywhere; Qt can grab the root
window itself. Used to check `coordinator-desk` (from the source tree or from the bundle)
under Xvfb + a window manager:  DISPLAY=:96 python packaging/linux/grab_display.py out.png
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication


def main(path: str) -> int:
    app = QGuiApplication(["grab", "-platform", "xcb"])
    screen = app.primaryScreen()
    image = screen.grabWindow(0)  # 0: the root window, everything on the display
    if image.isNull() or not image.save(path):
        print(f"could not grab the display into {path}", file=sys.stderr)
        return 2
    print(f"{path}: {image.width()}x{image.height()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "display.png"))

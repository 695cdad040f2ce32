"""Renders resources/icons/coordinator-desk.svg into a Windows .ico (16-256 px, PNG entries).

    python packaging/windows/make_icon.py build/coordinator-desk.ico

The executable and the installer need an .ico; the SVG stays the one source, so the icon
cannot drift. Qt draws the sizes (QtSvg, which the bundle carries anyway); the ICO container
is written here because Qt's ICO writer stores one size only.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SVG = Path(__file__).resolve().parents[2] / "resources" / "icons" / "coordinator-desk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main(out: str) -> int:
    app = QGuiApplication(["make_icon", "-platform", "offscreen"])  # noqa: F841 - fonts, images
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    images = [(size, png(renderer, size)) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, data in images:
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        payload += data
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(header + entries + payload)
    print(f"{target}: {', '.join(str(s) for s in SIZES)} px")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

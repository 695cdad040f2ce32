"""The About box: what a support call needs to know (versions and where the data is)."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from ... import __version__
from ...i18n import tr


def about_text(database_location: str) -> str:
    lines = [
        "<h3>{}</h3>".format(html.escape(tr("AboutDialog", "Coordinator Desk"))),
        "<p>{}</p>".format(
            html.escape(
                tr(
                    "AboutDialog",
                    "Records and reports of a Covenant of Mayors coordinator, kept offline.",
                )
            )
        ),
        "<p>{}<br>{}<br>{}</p>".format(
            html.escape(tr("AboutDialog", "Version {version}").format(version=__version__)),
            html.escape(
                tr("AboutDialog", "Qt {qt}, PySide6 {pyside}").format(
                    qt=qVersion(), pyside=pyside_version
                )
            ),
            html.escape(
                tr("AboutDialog", "Database: {location}").format(location=database_location)
            ),
        ),
    ]
    return "".join(lines)


def show_about(parent: QWidget | None, database_location: str) -> None:
    QMessageBox.about(
        parent, tr("AboutDialog", "About Coordinator Desk"), about_text(database_location)
    )

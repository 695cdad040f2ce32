"""Every window and document is reachable from the menus, and every export says where it went.

Found by walking the menus as a clerk would: the Backup & Restore window existed and was
tested but nothing opened it; the PDF report, fact sheets and submission pack were only
buttons on the Reports page.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.ui.dialogs import saved_notice
from desktop_app.ui.dialogs.backup_window import BackupWindow
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import Settings
from tests.db.report_seed import seed


@pytest.fixture
def window(qtbot, sqlite_database, tmp_path: Path):  # noqa: ANN001
    seed(sqlite_database)
    win = MainWindow(Settings(tmp_path / "settings.ini"), sqlite_database)
    qtbot.addWidget(win)
    win.show()
    return win


def _entries(menu) -> dict[str, object]:  # noqa: ANN001
    menu.aboutToShow.emit()  # the File menu adds its lazy entries when first opened
    return {a.text().replace("&", ""): a for a in menu.actions() if not a.isSeparator()}


def test_tools_menu_opens_backup_and_restore(qtbot, window) -> None:  # noqa: ANN001
    entries = _entries(window.menus["tools"])
    assert "Backup and restore..." in entries
    entries["Backup and restore..."].trigger()
    dialog = window.backup_window
    assert isinstance(dialog, BackupWindow) and dialog.isVisible()
    assert dialog.db is window.db
    dialog.close()


@pytest.mark.parametrize(
    ("entry", "name", "check"),
    [
        ("Report to the Commission (PDF)...", "report.pdf", b"%PDF"),
        ("Signatory fact sheets (PDF)...", "sheets.pdf", b"%PDF"),
    ],
)
def test_file_menu_makes_each_document_and_says_where(
    qtbot, window, tmp_path: Path, monkeypatch, entry, name, check
) -> None:  # noqa: ANN001
    out = tmp_path / name
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    opened: list = []
    monkeypatch.setattr(saved_notice.QDesktopServices, "openUrl", opened.append)
    told: list = []  # the seed's UAH grant has no rate: the report says so after saving
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    entries = _entries(window.menus["file"])
    assert entry in entries
    window.show_section("reports")
    page = window.page("reports")
    page.date_from.set_value(date(2025, 1, 1))
    page.date_to.set_value(date(2025, 12, 31))
    window.show_section("dashboard")
    entries[entry].trigger()
    assert window.current_section() == "reports"
    assert out.read_bytes().startswith(check)
    notice = saved_notice.last_notice()
    assert notice is not None and notice.message.text() == f"Saved to {out}"
    notice.folder_button.click()
    assert opened[-1].toLocalFile() == str(tmp_path)


def test_file_menu_prepares_the_submission_pack(qtbot, window, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    folder = tmp_path / "packs"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    entries = _entries(window.menus["file"])
    entries["Prepare submission pack..."].trigger()
    packs = list(folder.glob("*.zip"))
    assert len(packs) == 1
    notice = saved_notice.last_notice()
    assert notice is not None and notice.message.text() == f"Saved to {folder}"


def test_menu_accelerators_do_not_clash_in_file_and_tools(window) -> None:  # noqa: ANN001
    for key in ("file", "tools"):
        menu = window.menus[key]
        menu.aboutToShow.emit()
        keys = [
            a.text().split("&", 1)[1][0].lower()
            for a in menu.actions()
            if "&" in a.text() and not a.isSeparator()
        ]
        assert len(keys) == len(set(keys)), (key, keys)

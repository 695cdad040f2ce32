"""The GUI started with a --database that does not exist says so and creates nothing.

Issue 12 item 12 (GUI side): only the default database is made on first start.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.ui import app as gui
from desktop_app.ui import errors


def test_a_mistyped_database_is_an_error_not_a_new_empty_database(
    qapp, tmp_path: Path, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(errors, "show_database_error", lambda _parent, exc: shown.append(exc.code))
    # Were a database opened, the event loop would start: end it at once instead of hanging.
    monkeypatch.setattr(type(qapp), "exec", lambda _self: 0)
    typo = tmp_path / "Ofice" / "office.sqlite3"
    assert gui.run_gui(["--database", str(typo)]) == 2
    assert shown == ["no_database"]
    assert not typo.parent.exists()

"""PySide's `__feature__` import hook is taken out, unless some module uses a feature."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_app"


def run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_importing_the_translations_module_takes_the_feature_hook_out() -> None:
    out = run(
        """
        import builtins
        import desktop_app.i18n
        # what PySide's feature hook wrapped (PySide 6.11: its C-level lazy class loader)
        print(builtins.__import__ is not builtins.__feature_import__,
              builtins.__import__ is builtins.__orig_import__)
        import json  # a module imported afterwards is not read by PySide's hook
        import sys
        table = sys.modules["__feature__"].pyside_feature_dict
        print("json" in table, "desktop_app.i18n" in table)
        from PySide6.QtCore import Qt
        print(Qt.AlignmentFlag.AlignLeft.name)
        """
    )
    assert out.split() == ["True", "True", "False", "False", "AlignLeft"]


def test_the_hook_stays_when_a_module_has_selected_a_feature() -> None:
    out = run(
        """
        import builtins
        from PySide6.QtCore import QObject
        from __feature__ import snake_case
        hook = builtins.__import__
        from desktop_app.pyside_imports import restore_plain_import
        print(restore_plain_import(), builtins.__import__ is hook)
        print(QObject().object_name() == "")
        """
    )
    assert out.split() == ["False", "True", "True"]


def test_calling_it_before_pyside_is_loaded_changes_nothing() -> None:
    out = run(
        """
        import builtins
        plain = builtins.__import__
        from desktop_app.pyside_imports import restore_plain_import
        print(restore_plain_import(), restore_plain_import(), builtins.__import__ is plain)
        """
    )
    assert out.split() == ["True", "True", "True"]


def test_no_module_of_the_app_selects_a_feature() -> None:
    """With the hook gone, a later `from __feature__ import ...` would switch nothing on."""
    users = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "__feature__" in path.read_text(encoding="utf-8") and path.name != "pyside_imports.py"
    ]
    assert users == []

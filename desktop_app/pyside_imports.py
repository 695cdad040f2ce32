"""PySide's feature import hook taken out once PySide6 is loaded: every later import is cheaper.

Importing PySide6.QtCore replaces `builtins.__import__` with shiboken's `__feature_import__`,
which serves `from __feature__ import snake_case, true_property` (a PySide syntax option this
app never uses). As a side effect every `import` statement in the process afterwards runs a
Python function, and every module imported for the first time has its source file read
(`inspect.getsource`) to see whether it mentions PySide6. Measured on the smoke test
(`coordinator-desk --smoke-test`, 20,000 signatories, 2 cores): the window was shown ~10 ms
later and the Dashboard ready ~35 ms later with the hook than without it; the CLI pays the
same on SQLAlchemy, openpyxl and reportlab.

What comes back is the import the hook wrapped (`builtins.__orig_import__`): in PySide6 6.11
its C-level lazy class loader, which stays.

With no feature ever selected, PySide's per-module feature table is never consulted for
anything but "no feature" (feature_select.cpp falls back to the last selection, 0, for a
module it does not know), so the plain import behaves the same. If some module did select a
feature (a plug-in, a debugging session), the hook is left alone.
"""

from __future__ import annotations

import builtins
import sys


def restore_plain_import() -> bool:
    """Put Python's import back if PySide's feature hook holds it and no feature is in use.

    True when the plain import is in place afterwards. Safe to call any number of times,
    before or after PySide6 is imported (before, it does nothing).
    """
    feature_import = getattr(builtins, "__feature_import__", None)
    original = getattr(builtins, "__orig_import__", None)
    if feature_import is None or original is None:
        return True  # PySide6 not loaded (or a version without the hook)
    if builtins.__import__ is not feature_import:
        return builtins.__import__ is original
    if _features_selected():
        return False
    builtins.__import__ = original
    return True


def _features_selected() -> bool:
    """Has any module said `from __feature__ import ...`? (Its table entry is then > 0.)"""
    feature = sys.modules.get("__feature__")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return True  # unknown layout: keep PySide's hook rather than guess
    return any(isinstance(flag, int) and flag > 0 for flag in table.values())

"""Layering: nothing below the UI imports Qt widgets, and the domain imports no Qt at all.

An AST scan of every import (top-level or inside functions), with relative imports resolved,
so a lazy `from PySide6.QtWidgets import ...` inside a service function is caught too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop_app"
GUI_MODULES = ("PySide6.QtWidgets", "PySide6.QtGui")


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path, root: Path = ROOT) -> list[tuple[int, str]]:
    """Absolute names of everything `path` imports, including `from X import name` as X.name."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    this = module_name(path, root)
    package = this if path.name == "__init__.py" else this.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def files_in(layer: str) -> list[Path]:
    return sorted(p for p in (PACKAGE / layer).rglob("*.py") if "__pycache__" not in p.parts)


def violations(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for path in files_in(layer):
        for line, name in imported_modules(path):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                bad.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    return bad


@pytest.mark.parametrize("layer", ["domain", "db", "services"])
def test_no_widgets_below_the_ui(layer: str) -> None:
    assert files_in(layer), f"no modules found in {layer}/"
    assert not violations(layer, GUI_MODULES + ("desktop_app.ui",))


SETTINGS_MODULES = (
    "PySide6.QtCore.QSettings",
    "desktop_app.config",
    "desktop_app.options",
    "desktop_app.config_upgrade",
)
"""Services take settings as values (options.rule_settings, backup_settings...): the GUI and
the CLI read the file and pass them in."""


def names_used(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    return found | {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}


@pytest.mark.parametrize("layer", ["domain", "db", "services"])
def test_no_settings_file_below_the_ui(layer: str) -> None:
    bad = violations(layer, SETTINGS_MODULES)
    bad += [str(p.relative_to(ROOT)) for p in files_in(layer) if "QSettings" in names_used(p)]
    assert not bad


def test_domain_imports_no_qt_at_all() -> None:
    assert not violations("domain", ("PySide6", "shiboken6", "desktop_app.i18n"))


def test_the_scan_sees_relative_and_lazy_imports(tmp_path: Path) -> None:
    """Guards the guard: a scan that silently found nothing would pass forever."""
    fake = tmp_path / "desktop_app" / "services"
    fake.mkdir(parents=True)
    (fake / "sneaky.py").write_text(
        "def f():\n"
        "    from PySide6 import QtWidgets\n"
        "    from ..ui.main_window import MainWindow\n"
        "    import PySide6.QtGui\n"
        "    from PySide6.QtCore import QSettings\n"
        "    from ..options import backup_settings\n"
        "    import PySide6.QtCore as core\n"
        "    core.QSettings('x.ini')\n"
    )
    names = [name for _line, name in imported_modules(fake / "sneaky.py", tmp_path)]
    assert "PySide6.QtWidgets" in names
    assert "desktop_app.ui.main_window" in names
    assert "PySide6.QtGui" in names
    assert "PySide6.QtCore.QSettings" in names
    assert "desktop_app.options.backup_settings" in names  # relative
    assert "QSettings" in names_used(fake / "sneaky.py")  # reached through a module alias

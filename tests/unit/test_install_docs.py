"""The install instructions people copy must name the packages the app itself would name.

README's apt and dnf lines are what a new office types on a plain Debian or Fedora desktop;
platform_check.PACKAGES is what the app prints when a library is missing. If a library is
added to the table and not to README (or a package name is misspelt in one of them), the
first start fails on a machine set up by the README. Also checks that the bundle's desktop
entry and AppStream metadata name this version (packaging/test_bundle.sh validates them).
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop_app import __version__
from desktop_app.ui.platform_check import PACKAGES

ROOT = Path(__file__).resolve().parents[2]


def command_packages(text: str, command: str) -> list[str]:
    """The words after `command` on its line and the lines it continues with a backslash."""
    start = text.index(command) + len(command)
    words: list[str] = []
    for line in text[start:].splitlines():
        words += line.replace("\\", " ").split()
        if not line.rstrip().endswith("\\"):
            break
    return words


def test_readme_lists_the_debian_and_fedora_packages_of_the_platform_check() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    debian = command_packages(readme, "sudo apt install")
    fedora = command_packages(readme, "sudo dnf install")
    assert sorted(set(debian)) == sorted({deb for deb, _ in PACKAGES.values()})
    assert sorted(set(fedora)) == sorted({rpm for _, rpm in PACKAGES.values()})
    assert len(debian) == len(set(debian)) and len(fedora) == len(set(fedora))


def test_readme_parser_reads_continued_lines() -> None:
    text = "x\nsudo apt install a b \\\n  c \\\n  d\n# e f\n"
    assert command_packages(text, "sudo apt install") == ["a", "b", "c", "d"]


def test_appstream_release_is_this_version() -> None:
    meta = (ROOT / "resources" / "org.coordinatordesk.CoordinatorDesk.metainfo.xml").read_text(
        encoding="utf-8"
    )
    versions = re.findall(r'<release version="([^"]+)"', meta)
    assert versions and versions[0] == __version__


def test_desktop_entry_starts_the_program_without_arguments_it_refuses() -> None:
    """The GUI takes no file argument (command_line.base_parser): no %f/%u field codes."""
    entry = (ROOT / "resources" / "coordinator-desk.desktop").read_text(encoding="utf-8")
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert exec_line == "Exec=coordinator-desk"

"""One answer to "are we under CI?", and one way for a test to need an outside tool.

On a developer's machine a missing tool (PostgreSQL, LibreOffice, poppler, Xvfb,
pyside6-lupdate) skips the tests that need it, saying which; under CI it FAILS them, so a
green CI run can never hide a feature that was not tested. CI is recognised as CI=true
(GitHub Actions, GitLab), CI=1 (many other runners) or CI=yes, in any case.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

TRUE = frozenset({"1", "true", "yes", "on"})


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in TRUE


def missing(reason: str) -> None:
    """Skip on a developer's machine, fail under CI."""
    if in_ci():
        pytest.fail(f"required under CI: {reason}")
    pytest.skip(reason)


def tool(name: str, hint: str = "") -> str:
    """The path of `name` (on PATH or beside this Python), else skip / fail under CI."""
    found = shutil.which(name)
    local = Path(sys.executable).parent / name
    if found:
        return found
    if local.exists():
        return str(local)
    missing(f"{name} is not installed" + (f" ({hint})" if hint else ""))
    raise AssertionError("unreachable")  # pytest.skip/fail raised

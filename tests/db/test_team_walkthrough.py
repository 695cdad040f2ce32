"""docs/team.md's office-server walkthrough runs as written (bash -e), with its own names.

The block is taken from the page itself, so a change to the page is what is tested.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.db.office_server_support import admin_sql, drop_office

ROOT = Path(__file__).resolve().parents[2]


def _block() -> str:
    page = (ROOT / "docs" / "team.md").read_text(encoding="utf-8")
    section = page.split("## Office server", 1)[1].split("\n## ", 1)[0]
    found = re.search(r"```sh\n(.*?)```", section, re.S)
    assert found, "no sh block in the Office server section"
    return found.group(1)


def test_walkthrough_runs_as_written(tmp_path: Path) -> None:
    from tests.conftest import _pg_available

    if _pg_available() or shutil.which("createdb") is None:
        from tests.ci import in_ci

        if in_ci():
            pytest.fail("PostgreSQL and createdb are required under CI")
        pytest.skip("PostgreSQL or createdb not available")
    tag = uuid.uuid4().hex[:6]
    db = f"cdesk_walk_{tag}"
    env = dict(
        os.environ,
        DB=db,
        EDITOR_LOGIN=f"t{tag}_aygul",
        VIEWER_LOGIN=f"t{tag}_merdan",
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    )
    env.pop("PGPASSWORD", None)
    try:
        done = subprocess.run(
            ["bash", "-e", "-c", _block()],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        out = done.stdout + done.stderr
        assert done.returncode == 0, out
        assert f"t{tag}_merdan is signed in as viewer; this needs the editor role" in out
        assert "refused with exit 2" in out and "Integrity: ok" in out
        assert re.search(rf"t{tag}_aygul\s+\|\s+update\s+\|\s+population\s+\|\s+123456", out), out
        assert "Aygul-s3cret" not in out and "Merdan-s3cret" not in out
        rows = admin_sql("SELECT DISTINCT changed_by FROM audit_entry", db)
        assert rows == [(f"t{tag}_aygul",)]  # every entry, the demo's too, under the login
    finally:
        drop_office(db, tag)

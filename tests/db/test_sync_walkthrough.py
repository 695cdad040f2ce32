"""docs/team.md's "Laptops that sync" walkthrough runs as written (bash -e) in an empty
folder; the figures it prints are the ones the page promises, and the two databases end
with the laptop's count and no open conflict (read back by SQL)."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _block() -> str:
    page = (ROOT / "docs" / "team.md").read_text(encoding="utf-8")
    section = page.split("## Laptops that sync", 1)[1].split("\n## ", 1)[0]
    found = re.search(r"```sh\n(.*?)```", section, re.S)
    assert found, "no sh block in the Laptops that sync section"
    return found.group(1)


def test_walkthrough_runs_as_written(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        QT_QPA_PLATFORM="offscreen",
    )
    env.pop("COORDINATOR_DESK_DATABASE", None)
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
    lines = done.stdout.splitlines()
    assert "1 applied, 1 conflicts, 0 already seen" in lines
    assert "0 applied, 1 conflicts, 0 already seen" in lines
    assert "1 applied, 0 conflicts, 1 already seen" in lines
    listed = next(line for line in lines if "Population: mine 40500" in line)
    assert "theirs 41000" in listed
    assert lines[-1] == "No open conflicts."
    first = None
    for name in ("office.sqlite3", "laptop.sqlite3"):
        con = sqlite3.connect(tmp_path / name)
        try:
            first = first or con.execute("SELECT name FROM signatory ORDER BY name").fetchone()[0]
            population = con.execute(
                "SELECT population FROM signatory WHERE name = ?", (first,)
            ).fetchone()[0]
            second = con.execute(
                "SELECT population FROM signatory ORDER BY name LIMIT 1 OFFSET 1"
            ).fetchone()[0]
            still_open = con.execute(
                "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL"
            ).fetchone()[0]
        finally:
            con.close()
        assert (population, second, still_open) == (41000, 2750, 0), name

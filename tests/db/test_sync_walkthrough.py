"""docs/team.md's "Laptops that sync" walkthrough runs as written (bash -e) in an empty
folder; the figures it prints are the ones the page promises, and the two databases end
with the laptop's count, no open conflict and the town entered on both sides merged into
one (read back by SQL)."""

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
    assert "No open conflicts." in lines  # the laptop's inbox after the resolution came
    # Steps 6 and 7: the town entered on both sides, listed once as a pair and merged.
    assert "2 applied, 0 conflicts, 0 already seen" in lines  # the laptop's town and link
    (pair,) = [line for line in lines if "Sakarchage / Сакарчаге (TM)" in line]
    keep, other = pair.split()[:2]
    assert "Merged: 2 records changed; the duplicate is in the Trash." in lines
    assert "4 applied, 0 conflicts, 0 already seen" in lines  # the laptop takes the merge
    assert lines[-1] == "No likely duplicates."
    first = None
    new_towns = ("Sakarchage", "Сакарчаге")
    for name in ("office.sqlite3", "laptop.sqlite3"):
        con = sqlite3.connect(tmp_path / name)
        try:
            demo = "SELECT name, population FROM signatory WHERE name NOT IN (?, ?) ORDER BY name"
            towns = con.execute(demo, new_towns).fetchall()
            first = first or towns[0][0]
            population = dict(towns)[first]
            second = towns[1][1]
            still_open = con.execute(
                "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL"
            ).fetchone()[0]
            merged = con.execute(
                "SELECT lower(replace(id, '-', '')), name, population, deleted_at IS NOT NULL"
                " FROM signatory WHERE name IN (?, ?) ORDER BY name",
                new_towns,
            ).fetchall()
            links = con.execute(
                "SELECT count(*) FROM signatory_coordinator l JOIN signatory s"
                " ON s.id = l.signatory_id WHERE s.name IN (?, ?) AND l.deleted_at IS NULL",
                new_towns,
            ).fetchone()[0]
        finally:
            con.close()
        assert (population, second, still_open) == (41000, 2750, 0), name
        # One live Sakarchage with the laptop's population, the Cyrillic copy in the Trash
        # (the pair's KEEP and OTHER), and one live link to the coordinator between them.
        assert [(n, p, gone) for _id, n, p, gone in merged] == [
            ("Sakarchage", 700, False),
            ("Сакарчаге", None, True),
        ], name
        assert merged[0][0].startswith(keep) and merged[1][0].startswith(other), name
        assert links == 1, name

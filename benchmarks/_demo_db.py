"""The shared benchmark database: 20,000 signatories and 100,000 finance rows, made once."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

DEFAULT = Path(tempfile.gettempdir()) / "coordinator-desk-bench" / "demo-20000.sqlite3"


def demo_database(path: str | None = None, signatories: int = 20_000) -> Path:
    """Path of the demo database, generated on first use (takes a few minutes)."""
    target = Path(path or os.environ.get("BENCH_DATABASE") or DEFAULT)
    if target.exists():
        return target
    from desktop_app.services.database import open_database
    from desktop_app.services.demo import DemoOptions, generate

    target.parent.mkdir(parents=True, exist_ok=True)
    print(f"generating {target} ({signatories} signatories, 5 finance rows each)...", flush=True)
    db = open_database(f"sqlite:///{target}")
    try:
        generate(db, DemoOptions(signatories=signatories, finance_per_signatory=5))
    finally:
        db.dispose()
    return target

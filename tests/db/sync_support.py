"""What the sync tests share: the CLI as a clerk runs it, and a database's identity."""

from __future__ import annotations

from pathlib import Path

from desktop_app.__main__ import main
from desktop_app.services.database import database_identity, open_database


def cli(capsys, *args: str) -> tuple[int, str, str]:  # noqa: ANN001
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def identity(path: Path) -> str:
    """The identity (hex) of the database file at `path`, as `sync export --for` takes it."""
    db = open_database(str(path))
    try:
        found = database_identity(db)
        assert found is not None
        return found.uuid.hex
    finally:
        db.dispose()

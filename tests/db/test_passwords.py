"""Passwords never appear in output or errors, and are never taken from the command line.

Before db.secrets, `db info` printed a `?password=` URL as it was, connection errors
quoted it, and `--database postgresql://user:pw@...` put the password in the process
list (issue 12, item 8).
"""

from __future__ import annotations

import os

import pytest

from desktop_app.__main__ import main
from desktop_app.db.secrets import password_in, safe_url

SECRET = "Top$ecret-42"
SECRET2 = "hunter2-query"


def _with_password(url: str, *, query: bool) -> str:
    """The test server's URL with a password (trust auth ignores it) in userinfo or query."""
    base, rest = url.split("://", 1)
    if query:
        sep = "&" if "?" in rest else "?"
        return f"{base}://{rest}{sep}password={SECRET2}"
    user, host = rest.split("@", 1)
    return f"{base}://{user}:{SECRET.replace('$', '%24')}@{host}"


def test_safe_url_masks_userinfo_and_query() -> None:
    url = f"postgresql+psycopg://bob:{SECRET}@db.example/office?password={SECRET2}&sslmode=require"
    shown = safe_url(url)
    assert SECRET not in shown and SECRET2 not in shown
    assert "bob:***@db.example/office" in shown and "sslmode=require" in shown
    assert safe_url(f"weird://x:{SECRET}@?password={SECRET2}").count("***") == 2
    assert password_in(url) and password_in("postgresql://h/db?password=x")
    assert not password_in("postgresql://bob@h/db") and not password_in("C:/data/office.sqlite3")


@pytest.mark.parametrize("query", [False, True])
def test_db_info_never_prints_the_password(pg_database_url, monkeypatch, capsys, query) -> None:  # noqa: ANN001
    from tests.conftest import fresh_pg_schema_url

    url = _with_password(fresh_pg_schema_url(pg_database_url), query=query)
    monkeypatch.setenv("COORDINATOR_DESK_DATABASE", url)  # not visible in the process list
    assert main(["db", "upgrade"]) == 0
    assert main(["db", "info"]) == 0
    out, err = capsys.readouterr()
    assert "Database: postgresql" in out
    assert SECRET not in out + err and SECRET2 not in out + err
    assert SECRET.replace("$", "%24") not in out + err


@pytest.mark.parametrize("query", [False, True])
def test_connection_errors_never_print_the_password(monkeypatch, capsys, query) -> None:  # noqa: ANN001
    url = _with_password("postgresql+psycopg://bob@127.0.0.1:1/none", query=query)
    monkeypatch.setenv("COORDINATOR_DESK_DATABASE", url)
    assert main(["db", "info"]) == 2
    out, err = capsys.readouterr()
    assert "Cannot reach the database server" in err
    assert SECRET not in out + err and SECRET2 not in out + err
    assert SECRET.replace("$", "%24") not in out + err
    monkeypatch.setenv("COORDINATOR_DESK_DATABASE", f"mysql://bob:{SECRET}@h/x?password={SECRET2}")
    assert main(["db", "info"]) == 2
    out, err = capsys.readouterr()
    assert "mysql" in err and SECRET not in out + err and SECRET2 not in out + err


@pytest.mark.parametrize("query", [False, True])
def test_password_in_database_option_is_refused(capsys, query, tmp_path) -> None:  # noqa: ANN001
    url = _with_password("postgresql+psycopg://bob@127.0.0.1:1/none", query=query)
    assert main(["--database", url, "db", "info"]) == 1
    err = capsys.readouterr().err
    assert "process list" in err and "--ask-password" in err
    assert SECRET not in err and SECRET2 not in err and SECRET.replace("$", "%24") not in err


def test_ask_password_goes_to_libpq_not_to_output(pg_database_url, monkeypatch, capsys) -> None:  # noqa: ANN001
    import getpass

    from tests.conftest import fresh_pg_schema_url

    asked: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt) or SECRET)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = fresh_pg_schema_url(pg_database_url)
    assert main(["--database", url, "--ask-password", "db", "upgrade"]) == 0
    out, err = capsys.readouterr()
    assert asked and os.environ.get("PGPASSWORD") == SECRET
    assert SECRET not in out + err


def test_gui_refuses_a_password_in_database_and_asks_when_told(monkeypatch, tmp_path, capsys):  # noqa: ANN001
    import argparse
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--database", "postgresql://bob:Se.cret9@h/db"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1 and "process list" in done.stderr
    assert "Se.cret9" not in done.stderr + done.stdout
    from PySide6.QtWidgets import QInputDialog

    from desktop_app.ui.app import _password_handled

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Se.cret9", True))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    args = argparse.Namespace(database="postgresql://bob@h/db", ask_password=True)
    assert _password_handled(args) and os.environ["PGPASSWORD"] == "Se.cret9"

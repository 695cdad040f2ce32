"""Passwords stay out of output, logs, settings and the process list.

A PostgreSQL password comes from PGPASSWORD, a pgpass or service file (libpq reads them),
or an interactive prompt (`--ask-password`, which hands it to libpq through this
process's own PGPASSWORD). One written into `--database` would be readable by every user
of the machine in the process list, so the CLI refuses it (`password_in`); one in the
COORDINATOR_DESK_DATABASE variable is accepted but, like every URL shown anywhere, masked
by `safe_url`, which also hides `?password=` (SQLAlchemy's hide_password does not).
"""

from __future__ import annotations

import os
import re
from urllib.parse import parse_qsl

SECRET_KEYS = frozenset({"password", "sslpassword", "pass", "pwd"})
MASK = "***"
_USERINFO = re.compile(r"(//[^/:@?#]*:)[^@/?#]*@")
_KEYS = "|".join(sorted(SECRET_KEYS))
_QUERY = re.compile(rf"((?:^|[?&;])(?:{_KEYS})=)[^&;#]*", re.I)


def safe_url(url: str) -> str:
    """`url` with any password (user:pw@ or ?password=) replaced by ***; never raises."""
    try:
        from sqlalchemy.engine import make_url

        parsed = make_url(url)
    except Exception:  # noqa: BLE001 - an unparseable URL is masked as text
        return _QUERY.sub(r"\1" + MASK, _USERINFO.sub(r"\1" + MASK + "@", url))
    query = {k: (MASK if k.lower() in SECRET_KEYS else v) for k, v in parsed.query.items()}
    masked = parsed.set(query=query)
    text = masked.render_as_string(hide_password=True)
    return text.replace("%2A%2A%2A", MASK)


def password_in(value: str | None) -> bool:
    """Whether a --database value carries a password (as user:pw@ or a query parameter)."""
    if not value or "://" not in value:
        return False
    try:
        from sqlalchemy.engine import make_url

        parsed = make_url(value)
    except Exception:  # noqa: BLE001 - judge the text itself
        return bool(_USERINFO.search(value) or _QUERY.search(value.split("?", 1)[-1]))
    if parsed.password:
        return True
    query = value.split("?", 1)[1] if "?" in value else ""
    return any(k.lower() in SECRET_KEYS for k, _v in parse_qsl(query, keep_blank_values=True))


def ask_password(prompt: str) -> None:
    """Ask on the terminal (not echoed) and hand the answer to libpq for this process only."""
    import getpass

    os.environ["PGPASSWORD"] = getpass.getpass(prompt)


def scrub(text: str, url: str | None) -> str:
    """A driver's message with the URL's password removed, should the driver quote it."""
    if not url:
        return text
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(url)
    except Exception:  # noqa: BLE001
        return text
    secrets = [parsed.password] if parsed.password else []
    secrets += [str(v) for k, v in parsed.query.items() if k.lower() in SECRET_KEYS and v]
    for secret in secrets:
        if isinstance(secret, str) and secret:
            text = text.replace(secret, MASK)
    return text

"""Errors the storage layer reports with a code and parameters, never with UI text.

The CLI maps every DatabaseError to exit code 2; the GUI shows a dialog. Both translate the
code through desktop_app.messages.
"""

from __future__ import annotations

from typing import Any


class DatabaseError(Exception):
    """The database cannot be used as it is: not a database, newer schema, unreachable."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return f"{self.code}: {self.params}"

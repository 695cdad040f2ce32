"""`demo --signatories N [--seed S]` (implementation pending)."""

from __future__ import annotations

import argparse

COMMANDS = ("demo",)


def register(sub: argparse._SubParsersAction) -> None:
    pass

"""Per-kind window geometry and splitter state of the record forms, declared once."""

from __future__ import annotations

from ...services.record_kinds import KINDS
from .. import settings as opts


def _option(key: str) -> opts.Option[bytes]:
    return opts.OPTIONS.get(key) or opts._declare(key, b"")  # noqa: SLF001


def geometry_option(kind: str) -> opts.Option[bytes]:
    return _option(f"forms/{kind}/geometry")


def splitter_option(kind: str) -> opts.Option[bytes]:
    return _option(f"forms/{kind}/splitter")


def page_splitter_option(page: str) -> opts.Option[bytes]:
    return _option(f"pages/{page}/splitter")


page_splitter_option("coordinator")
for _kind in KINDS:
    geometry_option(_kind)
    splitter_option(_kind)

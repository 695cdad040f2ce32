"""The reliability suite runs in the normal pytest run; the marker lets CI select or time it."""

from __future__ import annotations


def pytest_configure(config) -> None:  # type: ignore[no-untyped-def]
    config.addinivalue_line(
        "markers", "reliability: crash, concurrency and fuzz tests of data safety (not skipped)"
    )

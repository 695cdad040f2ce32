"""CI detection (CI=true and CI=1 alike) and tool-missing tests: skip locally, fail in CI."""

from __future__ import annotations

import pytest

from tests import ci


@pytest.mark.parametrize(
    ("value", "expected"),
    [("true", True), ("1", True), ("TRUE", True), ("yes", True), ("0", False), ("", False)],
)
def test_ci_is_recognised_as_true_or_1(monkeypatch, value: str, expected: bool) -> None:
    monkeypatch.setenv("CI", value)
    assert ci.in_ci() is expected


def test_a_missing_tool_fails_under_ci_and_skips_elsewhere(monkeypatch) -> None:
    monkeypatch.setenv("CI", "1")
    with pytest.raises(pytest.fail.Exception, match="required under CI: nope-tool"):
        ci.tool("nope-tool")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="nope-tool is not installed"):
        ci.tool("nope-tool")
    assert ci.tool("python3") or ci.tool("python")


def test_every_ci_check_goes_through_the_helper() -> None:
    """No test reads the CI variable by itself (each had its own idea of 'true')."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    offenders = [
        str(p.relative_to(root))
        for p in root.rglob("*.py")
        if p.name not in ("ci.py", "test_ci_helper.py")
        and (
            'environ.get("CI"' in p.read_text(encoding="utf-8")
            or 'getenv("CI"' in p.read_text(encoding="utf-8")
        )
    ]
    assert offenders == []

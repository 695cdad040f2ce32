"""Issues become sentences: translated field labels, ISO dates, enum labels, plain numbers.

Also checks that pyside6-lupdate really extracts every rule string, so none can be left out
of the catalogues by a marker it does not recognise.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.enums import Framework, PlanType
from desktop_app.domain.rules import MESSAGES, Issue, Severity, ValidationContext, validate
from desktop_app.domain.rules.deadlines import KIND_LABELS, STATUS_LABELS
from desktop_app.domain.rules.fields import FIELD_LABELS, KIND_FIELD_LABELS
from desktop_app.domain.rules.money import MISSING_RATE_TEMPLATE, MissingRateError
from desktop_app.messages import format_issue, format_message
from tests.ci import in_ci

RULES_DIR = Path(__file__).resolve().parents[2] / "desktop_app" / "domain" / "rules"
KINDS_DIR = RULES_DIR.parent / "kinds"
"""Field labels are declared with their kind (domain.kinds); the rules derive them."""


# fmt: off
@pytest.mark.parametrize(("issue", "text"), [
    (Issue("name", "required", Severity.ERROR, {}, "coordinator"), "Name is required."),
    (Issue("name", "required", Severity.ERROR, {}, "signatory"),
     "Name (Latin script) is required."),
    (Issue("submission_date", "date_order", Severity.ERROR,
           {"value": date(2021, 2, 28), "other_field": "council_approval_date",
            "other": date(2021, 3, 1)}, "action_plan"),
     "Submission date (2021-02-28) must not be earlier than Council approval date (2021-03-01)."),
    (Issue("target_percent", "target_below_minimum", Severity.WARNING,
           {"value": Decimal("25.00"), "minimum": Decimal("30"), "framework": Framework.F2030}),
     "Reduction target (%) is 25 %, below the 30 % minimum of the 2030 (SECAP) commitment."),
    (Issue("risk_assessment_done", "risk_assessment_missing", Severity.WARNING,
           {"plan_type": PlanType.SECAP}),
     "A SECAP needs a climate risk and vulnerability assessment."),
    (Issue("disbursed_amount", "disbursed_exceeds_amount", Severity.ERROR,
           {"value": Decimal("1500.50"), "amount": Decimal("1000.00")}),
     "Disbursed amount (1500.5) is more than the amount (1000)."),
    (Issue("some_new_column", "no_such_code", Severity.ERROR, {}), "some_new_column: no_such_code"),
])
# fmt: on
def test_format_issue(issue: Issue, text: str) -> None:
    assert format_issue(issue) == text


def test_every_issue_from_a_bad_record_formats_without_placeholders_left() -> None:
    bad = {"name": "", "country": "XX", "population": -1, "target_percent": "150",
           "email": "nope", "pillars": ["x"], "adhesion_date": date(2030, 1, 1)}
    issues = validate("signatory", bad, ValidationContext(today=date(2025, 1, 1)))
    assert len(issues) >= 6
    for issue in issues:
        text = format_issue(issue)
        assert "{" not in text and "}" not in text, text


def test_missing_rate_message() -> None:
    error = MissingRateError("GEL", date(2024, 2, 29))
    assert format_message(error.code, error.params) == (
        "No exchange rate for GEL on or before 2024-02-29; add one under Exchange rates."
    )


def _lupdate() -> str | None:
    found = shutil.which("pyside6-lupdate")
    local = Path(sys.executable).parent / "pyside6-lupdate"
    return found or (str(local) if local.exists() else None)


@pytest.mark.skipif(
    not in_ci() and _lupdate() is None, reason="pyside6-lupdate is not installed"
)
def test_lupdate_extracts_every_rule_string(tmp_path: Path) -> None:
    ts = tmp_path / "rules.ts"
    sources = sorted(str(p) for d in (RULES_DIR, KINDS_DIR) for p in d.glob("*.py"))
    # the alias scripts/update_translations.py declares for the `N_` import name
    alias = ["-tr-function-alias", "QT_TRANSLATE_NOOP+=N_"]
    subprocess.run([_lupdate(), *alias, *sources, "-ts", str(ts)], check=True, capture_output=True)
    found = {
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in ET.parse(ts).getroot().iter("context")
        for msg in ctx.iter("message")
    }
    expected = (
        {("Validation", t) for t in MESSAGES.values()}
        | {("Field", t) for t in FIELD_LABELS.values()}
        | {("Field", t) for t in KIND_FIELD_LABELS.values()}
        | {("Deadline", t) for t in KIND_LABELS.values()}
        | {("Deadline", t) for t in STATUS_LABELS.values()}
        | {("Messages", MISSING_RATE_TEMPLATE)}
    )
    assert expected - found == set()

"""Random values into every validation rule: issues come back, never an exception.

Values are what forms and spreadsheet cells can hand over (text, numbers of every kind
including NaN and huge ones, dates, booleans, lists, enum members, None), for every field
of every record kind plus unknown ones, under random "today" and context facts. Every
issue must also turn into a sentence (format_issue), since that is what the clerk reads.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain import enums
from desktop_app.domain.rules import validation
from desktop_app.domain.rules.issues import Issue
from desktop_app.domain.rules.validation import ValidationContext, validate
from desktop_app.messages import format_issue

ENUMS = [v for v in vars(enums).values() if isinstance(v, type) and issubclass(v, enums.StrEnum)]
CODES = [m.value for e in ENUMS for m in e]

texts = st.one_of(
    st.text(max_size=40),
    st.text(min_size=150, max_size=400),
    st.sampled_from(CODES + ["", " ", "2024-02-30", "1e309", "NaN", "-0", "١٢٣", "TM", "EUR"]),
    st.from_regex(r"-?\d{1,25}([.,]\d{0,12})?", fullmatch=True),
    st.dates().map(lambda d: d.isoformat()),
)
cells = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    texts,
    st.dates(),
    st.datetimes(),
    st.times(),
    st.timedeltas(min_value=timedelta(days=-3), max_value=timedelta(days=3)),
    st.sampled_from([m for e in ENUMS for m in e]),
    st.lists(st.one_of(st.sampled_from(CODES), st.text(max_size=8)), max_size=5),
)


def _fields(kind: str) -> list[str]:
    table = validation._MODELS[kind].__table__
    return [c.key for c in table.columns] + ["bogus_field"]


contexts = st.builds(
    ValidationContext,
    today=st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1))),
    signatory_adhesion_date=st.one_of(st.none(), st.dates()),
    signatory_framework=st.one_of(st.none(), st.sampled_from(list(enums.Framework)), texts),
    plan_submission_date=st.one_of(st.none(), st.dates()),
    existing_extensions=st.integers(min_value=0, max_value=5),
)


@pytest.mark.reliability
@pytest.mark.parametrize("kind", validation.KINDS)
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), ctx=contexts)
def test_every_rule_answers_with_issues_only(kind: str, data: st.DataObject, ctx) -> None:
    values = data.draw(st.dictionaries(st.sampled_from(_fields(kind)), cells, max_size=14))
    issues = validate(kind, values, ctx)
    assert isinstance(issues, list) and all(isinstance(i, Issue) for i in issues)
    for issue in issues:
        text = format_issue(issue)
        assert isinstance(text, str) and text.strip()

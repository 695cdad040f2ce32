"""Deadlines as an RFC 5545 calendar that Outlook and Thunderbird import.

Written by hand (about sixty lines) rather than with a runtime dependency. What the
importers are strict about: CRLF line ends, lines folded at 75 octets without splitting a
UTF-8 character, escaped text, all-day events as VALUE=DATE with an exclusive DTEND, and a
UID that stays the same for the same deadline, so importing a newer file moves events
instead of duplicating them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta

from ..domain.rules.deadlines import KIND_LABELS
from .deadlines import DeadlineRow

Translate = Callable[[str, str], str]

PRODID = "-//Coordinator Desk//Deadlines//EN"
UID_DOMAIN = "coordinator-desk.invalid"


def uid(row: DeadlineRow) -> str:
    """Stable per deadline: its kind and the records behind it, never the due date."""
    d = row.deadline
    record, signatory = row.record_id, row.signatory_id
    key = f"{d.kind.value}|{d.table or ''}|{record or ''}|{signatory or ''}"
    return f"{hashlib.sha256(key.encode()).hexdigest()[:32]}@{UID_DOMAIN}"


def escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Split into 75-octet pieces; continuation lines start with one space (which counts)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    pieces: list[str] = []
    start, limit = 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # inside a UTF-8 sequence
            end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start, limit = end, 74
    return "\r\n ".join(pieces)


def render(
    rows: Sequence[DeadlineRow],
    *,
    now: datetime | None = None,
    translate: Translate | None = None,
    alarm_days: int = 7,
    calendar_name: str = "Coordinator Desk",
) -> bytes:
    def t(text: str) -> str:
        return translate("Deadline", text) if translate else text

    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    dtstamp = stamp.strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(calendar_name)}",
    ]
    for row in rows:
        what = t(KIND_LABELS[row.kind])
        summary = f"{what}: {row.subject}" if row.subject else what
        details = [what]
        if row.subject:
            details.append(row.subject)
        if row.country:
            details.append(row.country)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid(row)}",
            f"DTSTAMP:{dtstamp}",
            f"DTSTART;VALUE=DATE:{_day(row.due)}",
            f"DTEND;VALUE=DATE:{_day(row.due + timedelta(days=1))}",
            f"SUMMARY:{escape(summary)}",
            f"DESCRIPTION:{escape(chr(10).join(details))}",
            f"CATEGORIES:{escape(row.kind.value)}",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape(summary)}",
            f"TRIGGER:-P{max(alarm_days, 0)}D",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")


def _day(value: date) -> str:
    return value.strftime("%Y%m%d")

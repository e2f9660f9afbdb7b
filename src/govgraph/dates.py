"""Resolving the dates a text mentions against the document's date.

News reports date events relative to their publication ("on Monday", "yesterday");
official texts write them out ("13 July 2023", "September 25, 2024"). Both become ISO
dates when the text allows; anything vaguer ("next year", "centuries") gives None.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"), ("july", "jul"),
         ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
WEEKDAYS = {name: n for n, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_RELATIVE = {"today": 0, "yesterday": -1, "tomorrow": 1}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_PATTERNS = [
    re.compile(r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<day>\d{2})\b"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?\b", re.IGNORECASE),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?\b", re.IGNORECASE),
]


def parse_iso(value: str | None) -> dt.date | None:
    """A header date (YYYY-MM-DD) as a date; None for partial or missing dates."""
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def resolve_date(text: str, document_date: dt.date | None) -> dt.date | None:
    """The calendar date a date expression names, read against the document's date.

    text (str): a date expression, e.g. "on Monday", "13 July 2023", "May 27", "yesterday".
    document_date (date | None): the publication date, for relative expressions and years.
    RETURNS (date | None): the date, or None when the text does not fix a day.
    """
    lowered = text.lower()
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if match:
            groups = match.groupdict()
            month = int(groups["m"]) if groups.get("m") else MONTHS[groups["month"].lower().rstrip(".")]
            year = int(groups["year"]) if groups.get("year") else (document_date.year if document_date else None)
            if year is None:
                return None
            try:
                return dt.date(year, month, int(groups["day"]))
            except ValueError:
                return None
    if document_date is None:
        return None
    for word, offset in _RELATIVE.items():
        if re.search(rf"\b{word}\b", lowered):
            return document_date + dt.timedelta(days=offset)
    for name, weekday in WEEKDAYS.items():
        if re.search(rf"\b{name}\b", lowered):
            # News reports look back: "on Monday" is the latest Monday up to the report's day,
            # unless the text says "next".
            back = (document_date.weekday() - weekday) % 7
            if re.search(rf"\bnext\s+{name}\b", lowered):
                return document_date + dt.timedelta(days=(weekday - document_date.weekday()) % 7 or 7)
            return document_date - dt.timedelta(days=back)
    return None

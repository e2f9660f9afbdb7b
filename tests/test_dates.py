"""Dates: explicit and relative expressions resolved against the document's date."""

from __future__ import annotations

import datetime as dt

import pytest

from govgraph.dates import parse_iso, resolve_date

pytestmark = pytest.mark.issue(3)

TUESDAY = dt.date(2024, 5, 7)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("on Monday", dt.date(2024, 5, 6)),
        ("Tuesday", dt.date(2024, 5, 7)),
        ("on Sunday", dt.date(2024, 5, 5)),
        ("next Friday", dt.date(2024, 5, 10)),
        ("yesterday", dt.date(2024, 5, 6)),
        ("13 July 2023", dt.date(2023, 7, 13)),
        ("September 25, 2024", dt.date(2024, 9, 25)),
        ("May 27", dt.date(2024, 5, 27)),
        ("2023-11-01", dt.date(2023, 11, 1)),
        ("the 3rd of March", dt.date(2024, 3, 3)),
    ],
)
def test_resolves(text: str, expected: dt.date) -> None:
    assert resolve_date(text, TUESDAY) == expected


@pytest.mark.parametrize("text", ["next year", "centuries", "the last 60 years", "February 30, 2024"])
def test_vague_or_impossible_dates_are_none(text: str) -> None:
    assert resolve_date(text, TUESDAY) is None


def test_relative_dates_need_a_document_date() -> None:
    assert resolve_date("on Monday", None) is None
    assert resolve_date("13 July 2023", None) == dt.date(2023, 7, 13)


def test_header_dates() -> None:
    assert parse_iso("2024-05-07") == TUESDAY
    assert parse_iso("2024-05") is None and parse_iso(None) is None

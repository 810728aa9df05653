"""Dates as publishers write them, to ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}


def _iso(text: str) -> date | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _rfc2822(text: str) -> date | None:
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _day_month_year(text: str) -> date | None:
    match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    return _safe_date(year, month, day)


def _year_month_day(text: str) -> date | None:
    match = re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", text)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    return _safe_date(year, month, day)


def _epoch_seconds(text: str) -> date | None:
    """Job APIs that give Unix time (e.g. ``created_at``: 1714521600)."""
    if not re.fullmatch(r"\d{9,10}", text):
        return None
    return datetime.fromtimestamp(int(text), tz=UTC).date()


def _dutch_words(text: str) -> date | None:
    match = re.search(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})", text.lower())
    if not match or match.group(2) not in MONTHS:
        return None
    return _safe_date(int(match.group(3)), MONTHS[match.group(2)], int(match.group(1)))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_PARSERS = (_iso, _rfc2822, _day_month_year, _year_month_day, _epoch_seconds, _dutch_words)


def parse_date(text: str | None) -> str | None:
    """ISO date of ``text``, or ``None`` when no parser recognises it."""
    text = (text or "").strip()
    if not text:
        return None
    for parser in _PARSERS:
        found = parser(text)
        if found is not None:
            return found.isoformat()
    return None

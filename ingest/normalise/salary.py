"""Dutch salary phrasings to gross euros per month."""

from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_HOURS_PER_WEEK = 38.0
WEEKS_PER_MONTH = 52 / 12


@dataclass(frozen=True)
class Salary:
    """Gross salary per month in euros; ``text`` is the phrase it was read from."""

    min: float | None
    max: float | None
    text: str


_AMOUNT = r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}|-))?"
_RANGE = re.compile(rf"€\s*{_AMOUNT}(?:\s*(?:-|–|tot)\s*€?\s*{_AMOUNT})?", re.IGNORECASE)


def _number(whole: str, cents: str | None) -> float:
    value = float(whole.replace(".", ""))
    if cents and cents != "-":
        value += float(cents) / (10 ** len(cents))
    return value


def _to_month(value: float, text: str, hours_per_week: float) -> float:
    lowered = text.lower()
    if "uur" in lowered or value < 100:
        return round(value * hours_per_week * WEEKS_PER_MONTH, 2)
    if "jaar" in lowered or value > 15000:
        return round(value / 12, 2)
    return value


def parse_salary(text: str | None, *, hours_per_week: float | None = None) -> Salary | None:
    """The first euro amount or range in ``text`` as a monthly salary, else ``None``."""
    if not text:
        return None
    match = _RANGE.search(text)
    if not match:
        return None
    tail = text[match.end(): match.end() + 40]
    hours = hours_per_week or DEFAULT_HOURS_PER_WEEK
    low = _to_month(_number(match.group(1), match.group(2)), tail, hours)
    high = (
        _to_month(_number(match.group(3), match.group(4)), tail, hours)
        if match.group(3) else low
    )
    return Salary(low, high, match.group(0).strip())

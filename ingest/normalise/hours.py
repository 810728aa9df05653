"""Working hours per week from Dutch phrasings."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Hours:
    """Hours per week (min, max) and the phrase they were read from."""

    min: float | None
    max: float | None
    text: str


_RANGE = re.compile(r"(\d{1,2})\s*(?:-|–|tot)\s*(\d{1,2})\s*(?:uur|u\b)", re.IGNORECASE)
_SINGLE = re.compile(r"(\d{1,2})\s*(?:uur|u)\b", re.IGNORECASE)


def parse_hours(text: str | None) -> Hours | None:
    """Hours per week in ``text``, else ``None``."""
    if not text:
        return None
    if match := _RANGE.search(text):
        return Hours(float(match.group(1)), float(match.group(2)), match.group(0))
    if match := _SINGLE.search(text):
        return Hours(float(match.group(1)), float(match.group(1)), match.group(0))
    if "fulltime" in text.lower():
        return Hours(36.0, 40.0, "fulltime")
    return None

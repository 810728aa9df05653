"""Working hours per week from Dutch and Flemish phrasings.

Small parsers are tried in order, most specific first: fte, "4 x 9 uur", hour ranges, bounded
hours ("minimaal 16 uur"), single hours, days per week (× 8 hours), then words (fulltime,
parttime, 0-uren). Hours that are not a working week ("24 uur per dag service", "binnen 48 uur",
a clock window such as "8-17u") are skipped.

"parttime"/"deeltijds" without a number is read as 12-32 hours: the usual Dutch span between a
small part-time job and a four-day week. "fulltime"/"voltijds" is 36-40 (the cao sets one fte);
both words together give 12-40. "0-uren" gives a minimum of 0 and no maximum.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

HOURS_PER_FTE = 40.0
HOURS_PER_DAY = 8.0
FULLTIME = (36.0, 40.0)
PARTTIME = (12.0, 32.0)
MAX_HOURS = 60.0


@dataclass(frozen=True)
class Hours:
    """Hours per week (min, max) and the phrase they were read from."""

    min: float | None
    max: float | None
    text: str


_NUM = r"(?<![\d.,:])(\d{1,2}(?:[,.]\d{1,2})?)"
_JOIN = r"\s*(?:-|–|tot(?: en met)?|t/m|à|a|en)\s*"
_UNIT = r"\s*(?:uur|uren|u)\b"
_FTE_RANGE = re.compile(rf"{_NUM}{_JOIN}{_NUM}\s*fte\b", re.IGNORECASE)
_FTE = re.compile(rf"{_NUM}\s*fte\b", re.IGNORECASE)
_RANGE = re.compile(rf"{_NUM}{_JOIN}{_NUM}{_UNIT}", re.IGNORECASE)
_DAYS_TIMES = re.compile(rf"\b([1-6])\s*[x×]\s*{_NUM}{_UNIT}", re.IGNORECASE)
_LOWER = re.compile(rf"\b(?:minimaal|min\.?|minimum|vanaf|ten ?minste)\s*{_NUM}{_UNIT}", re.I)
_UPPER = re.compile(rf"\b(?:maximaal|max\.?|maximum|tot|hooguit)\s*{_NUM}{_UNIT}", re.IGNORECASE)
_SINGLE = re.compile(rf"{_NUM}{_UNIT}", re.IGNORECASE)
_DAYS_RANGE = re.compile(r"\b([1-6])" + _JOIN + r"([1-7])\s*dag(?:en)?\b", re.IGNORECASE)
_DAYS = re.compile(r"\b([1-6])\s*dag(?:en)?\b(?=\s*(?:per week|in de week|p/w|[.,;)]|$))", re.I)
_ZERO = re.compile(r"\b(?:0|nul)[- ]?uren(?:contract)?\b", re.IGNORECASE)
_FULLTIME = re.compile(r"\b(?:full[- ]?time|voltijd(?:s|se)?)\b", re.IGNORECASE)
_PARTTIME = re.compile(r"\b(?:part[- ]?time|deeltijd(?:s|se)?)\b", re.IGNORECASE)
# Hours that are a deadline, a service promise or a time of day rather than a working week.
_NOT_WEEK_BEFORE = re.compile(
    r"(?:\b(?:binnen|na|om|in|elke|iedere|per|over|tot|t/m|en)|[-–àx\d])\s*$", re.I
)
_NOT_WEEK_AFTER = re.compile(
    r"^\s*(?:per (?:dag|etmaal|maand|jaar)|p/d|service|bereikbaar|per day|a day|reactie|levering"
    r"|geleverd|van tevoren|vooraf|later|rust|durende|open|'s)",
    re.IGNORECASE,
)


def _num(text: str) -> float:
    return float(text.replace(",", "."))


def _is_week(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 12):match.start()]
    after = text[match.end():match.end() + 20]
    return not (_NOT_WEEK_BEFORE.search(before) or _NOT_WEEK_AFTER.match(after))


def _plausible(low: float | None, high: float | None) -> bool:
    values = [v for v in (low, high) if v is not None]
    ordered = low is None or high is None or low <= high
    return bool(values) and ordered and all(0 < v <= MAX_HOURS for v in values)


Found = tuple[float | None, float | None]


def _first(
    pattern: re.Pattern[str], read: Callable[[re.Match[str]], Found], text: str
) -> Hours | None:
    """The first match of ``pattern`` that is a plausible working week."""
    for match in pattern.finditer(text):
        low, high = read(match)
        if _is_week(text, match) and _plausible(low, high):
            return Hours(low, high, match.group(0).strip())
    return None


def _fte_range(text: str) -> Hours | None:
    return _first(_FTE_RANGE, lambda m: (_num(m[1]) * HOURS_PER_FTE, _num(m[2]) * HOURS_PER_FTE),
                  text)


def _fte(text: str) -> Hours | None:
    return _first(_FTE, lambda m: (_num(m[1]) * HOURS_PER_FTE,) * 2, text)


def _days_times(text: str) -> Hours | None:
    """ "4 x 9 uur": days times hours per day."""
    return _first(_DAYS_TIMES, lambda m: (int(m[1]) * _num(m[2]),) * 2, text)


def _range(text: str) -> Hours | None:
    return _first(_RANGE, _week_range, text)


def _week_range(match: re.Match[str]) -> Found:
    """Hours from a range; a clock window such as "8-17u" is a working day, not a week."""
    low, high = _num(match[1]), _num(match[2])
    return (None, None) if low < 10 and 12 < high <= 24 else (low, high)


def _lower(text: str) -> Hours | None:
    return _first(_LOWER, lambda m: (_num(m[1]), None), text)


def _upper(text: str) -> Hours | None:
    return _first(_UPPER, lambda m: (None, _num(m[1])), text)


def _single(text: str) -> Hours | None:
    return _first(_SINGLE, lambda m: (_num(m[1]),) * 2, text)


def _days_range(text: str) -> Hours | None:
    return _first(_DAYS_RANGE, lambda m: (int(m[1]) * HOURS_PER_DAY, int(m[2]) * HOURS_PER_DAY),
                  text)


def _days(text: str) -> Hours | None:
    return _first(_DAYS, lambda m: (int(m[1]) * HOURS_PER_DAY,) * 2, text)


def _words(text: str) -> Hours | None:
    if match := _ZERO.search(text):
        return Hours(0.0, None, match.group(0))
    full, part = _FULLTIME.search(text), _PARTTIME.search(text)
    if full and part:  # "deeltijds of voltijds": either is fine
        span = text[min(full.start(), part.start()):max(full.end(), part.end())]
        return Hours(PARTTIME[0], FULLTIME[1], span)
    if full:
        return Hours(*FULLTIME, full.group(0))
    if part:
        return Hours(*PARTTIME, part.group(0))
    return None


_PARSERS = (
    _fte_range, _fte, _days_times, _range, _lower, _upper, _single, _days_range, _days, _words,
)


def parse_hours(text: str | None) -> Hours | None:
    """Hours per week in ``text``, else ``None``."""
    if not text:
        return None
    for parser in _PARSERS:
        if found := parser(text):
            return found
    return None

"""Dutch and Flemish salary phrasings to gross euros per month (../shared/DOMAIN.md section 7).

The text is scanned for amounts; at each amount three small parsers are tried in order (a range,
an amount with an upper or lower bound, a plain amount). The first plausible salary wins. Amounts
without a currency only count next to a bound ("max. 3800") or a salary word, so hours, kilometres
and head counts are not read as pay. Labelled allowances ("€ 500 reiskostenvergoeding") are skipped.
Scales, "conform cao" and "marktconform" carry no amount and so give ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

DEFAULT_HOURS_PER_WEEK = 38.0
WEEKS_PER_MONTH = 52 / 12
MONTHLY_MIN, MONTHLY_MAX = 500.0, 25000.0
HOURLY_MIN, HOURLY_MAX = 10.0, 150.0
# Without a named period a large amount is a year's pay; between the two it is too unclear.
MONTHLY_GUESS_MAX, YEARLY_GUESS_MIN = 15000.0, 20000.0
MAX_RANGE_RATIO = 3.0


@dataclass(frozen=True)
class Salary:
    """Gross salary per month in euros; ``text`` is the phrase it was read from."""

    min: float | None
    max: float | None
    text: str


_TOKEN = re.compile(
    r"(?P<pre>€|\beur(?:o)?\b\.?)?\s*(?<![\d.,])(?P<num>\d{1,3}(?:[.,]\d{3})+|\d+)"
    r"(?:,(?P<cents>\d{1,2})(?!\d)|,-|\.-)?(?P<k>\s?k\b)?(?:\s*(?P<post>euro?\b|€))?",
    re.IGNORECASE,
)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|tot(?: en met)?|t/m|à|en)\s*$", re.IGNORECASE)
_UPPER = re.compile(r"\b(?:tot|max\.?|maximaal|maximum|up to)\s*$", re.IGNORECASE)
_LOWER = re.compile(r"\b(?:vanaf|min\.?|minimaal|minimum|starting at)\s*$", re.IGNORECASE)
_SALARY_WORD = re.compile(r"salaris|\w*loon|bruto|salary|beloning|verdien|inkomen", re.IGNORECASE)
_ALLOWANCE = re.compile(
    r"reiskost|vergoeding|bonus|budget|toeslag|premie|thuiswerk|opleiding|fiets|korting|omzet"
    r"|pensioen|vakantiegeld|eindejaars|per km|p/km|/km",
    re.IGNORECASE,
)
_ALLOWANCE_BEFORE = re.compile(
    rf"(?:{_ALLOWANCE.pattern})\w*\s*(?:van\s*|:\s*)?(?:tot|max\.?)?\s*(?:€|eur\w*)?\s*$",
    re.IGNORECASE,
)
# What may follow an amount without a currency sign: nothing, punctuation or salary wording.
_BARE_TAIL = re.compile(
    r"\s*(?:$|[.,;:)(/]|bruto|netto|per\b|p/m|p\.m\.|pm\b|excl|incl|o\.b\.v|obv)", re.IGNORECASE
)
_PERIOD = re.compile(
    r"(?P<hour>\buur\w*|\bper u\b|/u\b|p/u\b|\bhour)|(?P<day>\bper dag\b|/dag\b)"
    r"|(?P<week>\bweek\w*|\bper wk\b|/wk\b)|(?P<month>\bmaand\w*|\bmnd\b|p/m\b|\bmonth)"
    r"|(?P<year>\bjaar\w*|\bjr\b|\bper year|\bannual)",
    re.IGNORECASE,
)


def _value(token: re.Match[str]) -> float:
    digits = re.sub(r"[.,]", "", token["num"])
    value = float(digits)
    if token["cents"]:
        value += float(token["cents"]) / (10 ** len(token["cents"]))
    if token["k"]:
        value *= 1000
    return value


def _has_currency(token: re.Match[str]) -> bool:
    return bool(token["pre"] or token["post"])


def _period(text: str, start: int, end: int) -> tuple[str | None, int]:
    """The pay period named right after the amount (and where it ends), else just before it.

    After the amount only the same clause counts: "€ 2.358 bruto, over 14 maanden" has no period.
    """
    clause = re.split(r"[;.(]|,\s|\d", text[end:end + 25], maxsplit=1)[0]
    after = _PERIOD.search(clause)
    if after:
        return after.lastgroup, end + after.end()
    before = list(_PERIOD.finditer(text[max(0, start - 30):start]))
    return (before[-1].lastgroup if before else None), end


def _guess_period(value: float) -> str | None:
    """No period named: small amounts are hourly wages, large ones yearly, else unclear."""
    if value < 100:
        return "hour"
    if value < MONTHLY_GUESS_MAX:
        return "month"
    return "year" if value >= YEARLY_GUESS_MIN else None


def _to_month(value: float, period: str, hours: float) -> float | None:
    """Monthly gross for one amount, or ``None`` when implausible for its period."""
    if period in ("hour", "day"):
        if not HOURLY_MIN <= (value / 8 if period == "day" else value) <= HOURLY_MAX:
            return None
        per_week = value * hours if period == "hour" else value * hours / 8
        return round(per_week * WEEKS_PER_MONTH, 2)
    monthly = {"week": value * WEEKS_PER_MONTH, "month": value, "year": value / 12}[period]
    return round(monthly, 2) if MONTHLY_MIN <= monthly <= MONTHLY_MAX else None


# A parser gets the text and the amount tokens from index i on; it returns the amounts it read
# (low, high; None for an open side), how many tokens it used, or None when it does not apply.
Found = tuple[float | None, float | None, int]


def _range(text: str, tokens: list[re.Match[str]], i: int) -> Found | None:
    if i + 1 >= len(tokens):
        return None
    first, second = tokens[i], tokens[i + 1]
    if not _RANGE_JOIN.fullmatch(text[first.end():second.start()]):
        return None
    low, high = _value(first), _value(second)
    if second["k"] and not first["k"] and low < 1000:
        low *= 1000
    return (low, high, 2) if low <= high else None


def _bounded(text: str, tokens: list[re.Match[str]], i: int) -> Found | None:
    head = text[max(0, tokens[i].start() - 15):tokens[i].start()]
    if _UPPER.search(head):
        return None, _value(tokens[i]), 1
    if _LOWER.search(head):
        return _value(tokens[i]), None, 1
    return None


def _single(text: str, tokens: list[re.Match[str]], i: int) -> Found | None:
    value = _value(tokens[i])
    return value, value, 1


_PARSERS: tuple[Callable[[str, list[re.Match[str]], int], Found | None], ...] = (
    _range,
    _bounded,
    _single,
)


def _acceptable(text: str, used: list[re.Match[str]]) -> bool:
    """Currency or salary context present, and not a labelled allowance."""
    start, end = used[0].start(), used[-1].end()
    head, tail = text[max(0, start - 30):start], text[end:end + 20]
    if _ALLOWANCE_BEFORE.search(head) or _ALLOWANCE.search(text[start:end] + tail):
        return False
    if re.match(r"\s*netto\b", tail, re.IGNORECASE):
        return False  # net pay cannot be turned into gross
    if any(_has_currency(token) for token in used):
        return True
    if any(_value(token) < 100 for token in used):
        return False  # a bare small number is a scale, an hour count or a day, not pay
    bounded = _UPPER.search(text[max(0, start - 15):start]) or _LOWER.search(
        text[max(0, start - 15):start]
    )
    salary_context = _SALARY_WORD.search(text[max(0, start - 40):start])
    return bool((bounded or salary_context) and _BARE_TAIL.match(tail))


def _salary(text: str, used: list[re.Match[str]], found: Found, hours: float) -> Salary | None:
    """The amounts a parser read as a monthly salary, or ``None`` when implausible."""
    low, high, _ = found
    start, end = used[0].start(), used[-1].end()
    period, end = _period(text, start, end)
    # A range shares one period, judged by its upper amount when the size decides.
    period = period or _guess_period(high or low or 0.0)
    if period is None:
        return None
    monthly_low = _to_month(low, period, hours) if low is not None else None
    monthly_high = _to_month(high, period, hours) if high is not None else None
    if (low is not None and monthly_low is None) or (high is not None and monthly_high is None):
        return None
    if monthly_low and monthly_high and monthly_high > MAX_RANGE_RATIO * monthly_low:
        return None  # "€568-€6569": a typo in one bound, so neither can be trusted
    bound = _UPPER.search(text[:start]) or _LOWER.search(text[:start])
    if bound and len(used) == 1 and low != high:
        start = bound.start()
    return Salary(monthly_low, monthly_high, text[start:end].strip())


def parse_salary(text: str | None, *, hours_per_week: float | None = None) -> Salary | None:
    """The first plausible salary in ``text`` as gross euros per month, else ``None``."""
    if not text:
        return None
    hours = hours_per_week or DEFAULT_HOURS_PER_WEEK
    tokens = list(_TOKEN.finditer(text))
    i = 0
    while i < len(tokens):
        found = next(
            (found for parser in _PARSERS if (found := parser(text, tokens, i)) is not None), None
        )
        used = tokens[i:i + found[2]] if found else tokens[i:i + 1]
        if found and _acceptable(text, used) and (salary := _salary(text, used, found, hours)):
            return salary
        i += len(used)
    return None

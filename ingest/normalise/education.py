"""Required education as an NLQF level (../shared/DOMAIN.md section 6)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Education:
    """NLQF level (0 = none, vwo 4.5), whether it is only a preference, and the phrase read."""

    level: float
    soft: bool
    text: str


_LEVELS = (
    (re.compile(r"\b(wo|universitair|master)\b", re.I), 7.0),
    (re.compile(r"\b(hbo|bachelor)\b", re.I), 6.0),
    (re.compile(r"\bmbo[- ]?(?:niveau\s*)?([1-4])\b", re.I), None),
    (re.compile(r"\bvwo\b", re.I), 4.5),
    (re.compile(r"\bhavo\b", re.I), 4.0),
    (re.compile(r"\bmbo\b", re.I), 2.0),
    (re.compile(r"\bvmbo\b", re.I), 2.0),
)


def parse_education(text: str | None) -> Education | None:
    """The education level ``text`` asks for, else ``None``."""
    if not text:
        return None
    for pattern, level in _LEVELS:
        if match := pattern.search(text):
            found = float(match.group(1)) if level is None else level
            soft = bool(re.search(r"werk- en denkniveau|bij voorkeur", text, re.I))
            return Education(found, soft, match.group(0))
    return None

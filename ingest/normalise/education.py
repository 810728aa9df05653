"""Required education as an NLQF level (../shared/DOMAIN.md section 6).

Each level has small patterns (Dutch, Flemish, English). The first education phrase in the text
is read together with the alternatives right after it ("hbo/wo", "mbo-niveau 3/4", "mbo 4 of
hbo"); the lowest acceptable level counts. A bare "mbo" is read as mbo 2, the first level that is
a *startkwalificatie*. Words around the phrase ("werk- en denkniveau", "bij voorkeur", "of
aantoonbare ervaring") make the level soft: a preference, not a hard demand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Education:
    """NLQF level (0 = none, vwo 4.5), whether it is only a preference, and the phrase read."""

    level: float
    soft: bool
    text: str


def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text, re.IGNORECASE)


# (pattern, level); a pattern with groups reads its level from the digits it caught.
_LEVELS: tuple[tuple[re.Pattern[str], float | None], ...] = (
    (_pattern(r"\bmbo(?:[- ]?opleiding)?[- ]?(?:op )?(?:niveau|nivo)?\s*([1-4])"
              r"(?:\s*(?:/|of|-|–|en|t/m)\s*([1-4]))?\b"), None),
    (_pattern(r"\b(?:niveau|nivo)\s*([1-4])(?:\s*(?:/|of|-|–|en|t/m)\s*([1-4]))?\s*mbo\b"), None),
    (_pattern(r"\bmbo\s?\+|\bmbo[- ]plus\b"), 4.0),
    (_pattern(r"\b(?:phd|ph\.d\.?|promotie|gepromoveerd|doctorsgraad|doctoraat)\b"), 8.0),
    (_pattern(r"\b(?:master(?:'s)?|msc|universit\w*|academisch\w*|doctoraal)\b"
              r"|\bwo\b(?![\s.]*\d)"), 7.0),
    (_pattern(r"\b(?:(?:professionele |academische )?bachelor(?:'s)?|bsc|hbo|hogeschool"
              r"|hoger beroepsonderwijs)\b"), 6.0),
    (_pattern(r"\b(?:associate degree|graduaat)\b"), 5.0),
    (_pattern(r"\b(?:vwo|atheneum|gymnasium)\b"), 4.5),
    (_pattern(r"\b(?:havo|hoger secundair(?: onderwijs)?|(?<!lager )secundair onderwijs"
              r"|middelbare school)\b"), 4.0),
    (_pattern(r"\b(?:vmbo[- ]?bb|entree(?:opleiding)?|mbo[- ]entree)\b"), 1.0),
    (_pattern(r"\b(?:lager secundair(?: onderwijs)?|vmbo[- ]?(?:kb|gl|tl)|mavo|vmbo)\b"), 2.0),
    (_pattern(r"\bmbo\b"), 2.0),
    (_pattern(r"\b(?:geen (?:diploma|opleiding|vooropleiding|startkwalificatie)"
              r"|zonder diploma|basisonderwijs|lagere school)\b"), 0.0),
)
_SOFT = _pattern(
    r"werk- en denkniveau|denkniveau|werkniveau|bij voorkeur|\bpré\b|\bpre\b|is een plus"
    r"|strekt tot aanbeveling|aantoonbare ervaring|vergelijkbare ervaring|of gelijkwaardig"
    r"|preferably|or equivalent experience|nice to have"
)
# Alternatives are read when they follow within this many characters of the previous phrase.
_ALTERNATIVE_GAP = 12


def _mentions(text: str) -> list[tuple[int, int, float]]:
    """Every education phrase as (start, end, level), without overlaps, in text order."""
    found: list[tuple[int, int, float]] = []
    for pattern, level in _LEVELS:
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end, _ in found):
                continue
            value = level if level is not None else min(
                float(digit) for digit in match.groups() if digit
            )
            found.append((match.start(), match.end(), value))
    return sorted(found)


def parse_education(text: str | None) -> Education | None:
    """The lowest acceptable education level the first education phrase asks for, else ``None``."""
    if not text:
        return None
    mentions = _mentions(text)
    if not mentions:
        return None
    start, end, level = mentions[0]
    for next_start, next_end, next_level in mentions[1:]:
        if next_start - end > _ALTERNATIVE_GAP:
            break
        end, level = next_end, min(level, next_level)
    # Soft words count only near the phrase and on its own line.
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    context = text[max(line_start, start - 40):min(line_end, end + 60)]
    return Education(level, bool(_SOFT.search(context)), text[start:end])

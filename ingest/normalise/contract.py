"""Contract type from Dutch phrasings and schema.org ``employmentType``."""

from __future__ import annotations

import re

_CONTRACTS = (
    ("zzp", re.compile(r"\b(zzp|freelance|contractor)\b", re.I)),
    ("stage", re.compile(r"\b(stage|intern|bbl)\b", re.I)),
    ("vrijwilliger", re.compile(r"\b(vrijwillig\w*|volunteer)\b", re.I)),
    ("uitzend", re.compile(r"\b(uitzend\w*|temporary)\b", re.I)),
    ("detachering", re.compile(r"\bdetachering\b", re.I)),
    ("oproep", re.compile(r"\b(oproep\w*|0-uren|nuluren)\b", re.I)),
    ("bepaalde_tijd", re.compile(r"\b(bepaalde tijd|jaarcontract|tijdelijk)\b", re.I)),
    ("vast", re.compile(r"\b(vast\w* (?:contract|dienstverband)|onbepaalde tijd)\b", re.I)),
)


def parse_contract(text: str | None) -> str | None:
    """A contract type code, or ``None`` when the text names none."""
    if not text:
        return None
    for code, pattern in _CONTRACTS:
        if pattern.search(text):
            return code
    return None

"""Contract type from Dutch and Flemish phrasings and schema.org ``employmentType``.

schema.org values are read first; FULL_TIME and PART_TIME are hours, not contracts, so they give
no code on their own. Dutch phrasings are tried in order, the more temporary forms first, so that
"jaarcontract met uitzicht op vast" is ``bepaalde_tijd``.
"""

from __future__ import annotations

import re

CODES = (
    "vast", "bepaalde_tijd", "uitzend", "detachering", "payroll", "oproep", "zzp", "stage",
    "vrijwilliger",
)
_SCHEMA = {
    "CONTRACTOR": "zzp",
    "TEMPORARY": "bepaalde_tijd",
    "INTERN": "stage",
    "VOLUNTEER": "vrijwilliger",
    "PER_DIEM": "oproep",
}
_SCHEMA_VALUE = re.compile(r"\b(CONTRACTOR|TEMPORARY|INTERN|VOLUNTEER|PER_DIEM)\b")
_CONTRACTS = (
    ("zzp", re.compile(r"\b(zzp\w*|freelance\w*|contractor)\b", re.I)),
    ("stage", re.compile(r"\b(stage|stageplaats|afstudeerstage|internship|bbl[- ]?\w*)\b", re.I)),
    ("vrijwilliger", re.compile(r"\b(vrijwillig\w*|volunteer)\b", re.I)),
    ("payroll", re.compile(r"\bpayroll\w*\b", re.I)),
    ("detachering", re.compile(r"\b(detachering\w*|gedetacheerd|detacheren)\b", re.I)),
    ("uitzend", re.compile(r"\b(uitzend\w*|interim\b(?!manager)|fase [abc]\b)", re.I)),
    ("oproep", re.compile(
        r"\b(oproep(?:kracht|contract|basis)\w*|0[- ]uren\w*|nuluren\w*|min[- ]max[- ]contract)\b",
        re.I)),
    ("bepaalde_tijd", re.compile(
        r"\b(bepaalde (?:tijd|duur)|jaarcontract|temporary|projectcontract"
        r"|tijdelijk\w* (?:contract|job|baan|dienstverband|aanstelling|functie|opdracht"
        r"|vervanging))\b"
        r"|\bcontract voor (?:\d+|een|één|zes|twaalf) (?:jaar|maanden)", re.I)),
    ("vast", re.compile(
        r"\b(vast\w* (?:contract|dienstverband|aanstelling|baan|job)|vast in dienst"
        r"|onbepaalde (?:tijd|duur)|permanent)\b", re.I)),
)


def parse_contract(text: str | None) -> str | None:
    """A contract type code from ``CODES``, or ``None`` when the text names none."""
    if not text:
        return None
    if match := _SCHEMA_VALUE.search(text):
        return _SCHEMA[match.group(1)]
    for code, pattern in _CONTRACTS:
        if pattern.search(text):
            return code
    return None

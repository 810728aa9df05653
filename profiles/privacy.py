"""Keep diagnoses out of profiles: only functional limits (FML) may be stored.

A profile is special-category data; the AVG lets an employer and coach keep functional limits, not
the medical cause. Any free-text key or value is checked against the words and patterns below.

Words (Dutch and English, matched case-insensitively at word starts): see ``DIAGNOSIS_WORDS``.
Patterns: ICD-10 codes such as ``F32.1`` or ``M51.1``, the abbreviation ``MS`` in capitals, and
labels such as ``diagnose:`` / ``diagnosis:``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

DIAGNOSIS_WORDS = (
    "hernia", "burn-out", "burnout", "overspannen", "depressie", "depressief", "depression",
    "kanker", "cancer", "tumor", "tumour", "carcinoom", "leukemie", "diabetes", "suikerziekte",
    "reuma", "reumatoïde", "rheumatoid", "artrose", "arthrosis", "osteoarthritis", "artritis",
    "arthritis", "multiple sclerose", "multiple sclerosis", "parkinson", "epilepsie", "epilepsy",
    "hartinfarct", "infarct", "beroerte", "stroke", "cva", "ptss", "ptsd", "adhd", "autisme",
    "autism", "schizofrenie", "schizophrenia", "bipolair", "bipolar", "angststoornis",
    "anxiety disorder", "fibromyalgie", "fibromyalgia", "long covid", "whiplash", "migraine",
    "astma", "asthma", "copd", "hiv", "aids", "alcoholisme", "verslaving", "addiction",
    "psychose", "psychosis", "dementie", "dementia", "chemotherapie", "chemotherapy",
)

_WORDS = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in DIAGNOSIS_WORDS) + r")\b", re.IGNORECASE
)
_PATTERNS = (
    re.compile(r"\b[A-TV-Z][0-9]{2}\.[0-9]{1,2}\b"),  # ICD-10 code with subcategory
    re.compile(r"\bMS\b"),  # multiple sclerose, only in capitals
    re.compile(r"\b(?:diagnose|diagnosis|diagnosed|gediagnosticeerd)\b", re.IGNORECASE),
)

MESSAGE = ("lijkt een diagnose te bevatten; sla alleen functionele beperkingen (FML) op, "
           "geen diagnoses")


def looks_like_diagnosis(text: str) -> bool:
    """Whether ``text`` names a diagnosis by word or pattern."""
    return bool(_WORDS.search(text)) or any(p.search(text) for p in _PATTERNS)


def diagnosis_problems(data: Any, path: str = "") -> list[str]:
    """``path: message`` for every key or text value that looks like a diagnosis (no contents)."""
    return [f"{where}: {MESSAGE}" for where, text in _texts(data, path)
            if looks_like_diagnosis(text)]


def safe_path(parts: list[str]) -> str:
    """A dotted field path with every part that names a diagnosis masked as ``<veldnaam>``."""
    return ".".join("<veldnaam>" if looks_like_diagnosis(part) else part for part in parts)


def _texts(data: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            where = safe_path([path, str(key)] if path else [str(key)])
            yield where, str(key)
            yield from _texts(value, where)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _texts(value, f"{path}.{index}" if path else str(index))
    elif isinstance(data, str):
        yield path, data

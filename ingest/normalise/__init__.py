"""Turn a :class:`~ingest.model.RawPosting` into a normalised :class:`~ingest.model.Vacancy`.

Each field has its own module of small, pure parsers (``str -> value | None``). A parser that cannot
read its text returns ``None``: unknown, never a guess. Structured values a format already carries
(``RawPosting.structured``) win over parsing free text.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

from ingest.demands import extract_demands
from ingest.model import RawPosting, Vacancy
from ingest.normalise.contract import parse_contract
from ingest.normalise.dates import parse_date
from ingest.normalise.education import parse_education
from ingest.normalise.hours import parse_hours
from ingest.normalise.place import locate
from ingest.normalise.salary import parse_salary
from ingest.normalise.text import html_to_text
from ingest.occupation import apply_priors, match_occupation
from ingest.store import vacancy_id


def to_vacancy(raw: RawPosting) -> Vacancy:
    """Normalise one posting; fields that cannot be read stay ``None`` with their raw text kept."""
    description = html_to_text(raw.description)
    full_text = f"{raw.title}\n{description}"
    hours = parse_hours(raw.hours_text) or parse_hours(full_text)
    hours_per_week = (hours.max or hours.min) if hours else None
    salary = (
        raw.structured.get("salary")
        or parse_salary(raw.salary_text, hours_per_week=hours_per_week)
        or parse_salary(description, hours_per_week=hours_per_week)
    )
    education = parse_education(raw.education_text) or parse_education(description)
    place = locate(raw.place_text, raw.postcode_text)
    title = html_to_text(raw.title)
    occupation, demands = analyse(title, description, raw.structured)
    return Vacancy(
        id=vacancy_id(raw.source, raw.item_id),
        source=raw.source,
        source_item_id=raw.item_id,
        title=title,
        employer=raw.employer.strip() or None,
        url=raw.url or None,
        description=description,
        place=place.name if place else (raw.place_text.strip() or None),
        postcode=place.postcode if place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        salary_min=salary.min if salary else None,
        salary_max=salary.max if salary else None,
        salary_text=(salary.text if salary else raw.salary_text.strip()) or None,
        hours_min=hours.min if hours else None,
        hours_max=hours.max if hours else None,
        hours_text=(hours.text if hours else raw.hours_text.strip()) or None,
        education_level=education.level if education else None,
        education_soft=education.soft if education else False,
        education_text=(education.text if education else raw.education_text.strip()) or None,
        contract=parse_contract(raw.contract_text) or parse_contract(full_text),
        posted_at=parse_date(raw.posted_at_text),
        valid_through=parse_date(raw.valid_through_text),
        occupation=occupation,
        demands=demands,
        analysed_with=analysis_version(),
        raw=raw.raw,
    )


_INGEST = Path(__file__).resolve().parent.parent
# what decides occupation and demands: a change to any of these makes stored analyses stale
ANALYSIS_FILES = ("lexicon.py", "demands.py", "occupation.py", "data/occupation_priors.yaml",
                  "data/occupation_aliases.yaml", "data/esco-occupations_nl.csv.gz")


@cache
def analysis_version() -> str:
    """A fingerprint of the files that decide :func:`analyse`, stored with each vacancy so the
    weekly job re-reads rows analysed by an older lexicon, occupation index or prior table."""
    digest = hashlib.sha1()
    for name in ANALYSIS_FILES:
        digest.update((_INGEST / name).read_bytes())
    return digest.hexdigest()[:12]


def analyse(title: str, description: str, structured: dict[str, Any] | None
            ) -> tuple[dict[str, Any] | None, dict[str, dict[str, Any]]]:
    """Occupation and FML demands of a vacancy, as stored: text and schema.org evidence first,
    then the occupation's priors for what the text leaves open.

    Shared by ingest and ``passend reanalyse``, so a stored vacancy can be read again after the
    lexicon, the ESCO index or the priors changed.
    """
    demands = extract_demands(f"{title}\n{description}", structured)
    occupation = match_occupation(title, description)
    apply_priors(demands, occupation.isco if occupation else None, demands.negated)
    return (occupation.to_dict() if occupation else None,
            {key: demand.to_dict() for key, demand in demands.items()})

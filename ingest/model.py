"""The records that flow through ingest: what a source yields and what the store keeps.

A source reader yields :class:`RawPosting` (texts as the publisher wrote them, plus any structured
values the format already carries) or :class:`Rejected` (an item or row that could not be read, with
where and why). Normalisation turns a RawPosting into a :class:`Vacancy`, the row the store keeps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class RawPosting:
    """One vacancy as a source presents it, before normalisation.

    ``structured`` holds values a format already gives in typed form (JSON-LD ``baseSalary`` as
    numbers, ``physicalRequirement`` text, ...); normalisation prefers them over parsing text.
    ``raw`` is the item's own payload (JSON-serialisable), kept for provenance.
    """

    source: str
    item_id: str
    title: str
    location: str = ""  # where in the source: "item 3", "regel 17", ...
    employer: str = ""
    url: str = ""
    description: str = ""
    salary_text: str = ""
    hours_text: str = ""
    education_text: str = ""
    place_text: str = ""
    postcode_text: str = ""
    contract_text: str = ""
    posted_at_text: str = ""
    valid_through_text: str = ""
    structured: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Rejected:
    """An item, row or whole source that could not be read: where it happened and why (Dutch)."""

    source: str
    location: str
    reason: str


@dataclass
class Demand:
    """What a vacancy asks on one FML item (see :mod:`ingest.fml`), with its evidence."""

    item: str  # "IV.13", or "II.12.1" for a condition
    value: float
    unit: str
    confidence: float  # 0..1
    source: str  # "text" | "jsonld" | "prior"
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        # Spelled out: called for every demand of every posting, where asdict's deep copy (and
        # even dataclasses.fields) showed up in ingest profiles.
        return {"value": self.value, "unit": self.unit, "confidence": self.confidence,
                "source": self.source, "evidence": self.evidence}


@dataclass
class Vacancy:
    """A normalised vacancy: one row of the ``vacancies`` table. Unknown values are ``None``."""

    id: str
    source: str
    source_item_id: str
    title: str
    employer: str | None = None
    url: str | None = None
    description: str = ""
    place: str | None = None
    postcode: str | None = None
    lat: float | None = None
    lon: float | None = None
    salary_min: float | None = None  # gross EUR per month
    salary_max: float | None = None
    salary_text: str | None = None
    hours_min: float | None = None  # hours per week
    hours_max: float | None = None
    hours_text: str | None = None
    education_level: float | None = None  # NLQF, 0 = none/basis
    education_soft: bool = False  # "werk- en denkniveau", "bij voorkeur": a preference
    education_text: str | None = None
    contract: str | None = None
    posted_at: str | None = None  # ISO date
    valid_through: str | None = None  # ISO date
    occupation: dict[str, Any] | None = None  # esco_uri, label, isco, score
    demands: dict[str, dict[str, Any]] = field(default_factory=dict)
    analysed_with: str | None = None  # analysis version (ingest.normalise.analysis_version)
    raw: dict[str, Any] = field(default_factory=dict)

"""The Uitzendbureau.nl jobs XML 1.0 format: ``<jobs version="1.0"><job>...</job></jobs>``.

Fields RawPosting has a place for are mapped; every other element of a job is kept in ``raw``.
XHTML fields (descriptions) may hold markup as child elements or as CDATA; both are kept as HTML.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

from ingest.model import RawPosting, Rejected
from ingest.sources.errors import SourceError

# Entity declarations allow "billion laughs" expansion; a job feed never needs them.
_ENTITY = re.compile(rb"<!DOCTYPE[^>\[]*\[[^\]]*<!ENTITY", re.IGNORECASE)
# RawPosting field -> path inside <job>.
_FIELDS = {
    "title": "jobTitle",
    "url": "jobUrl",
    "posted_at_text": "jobAddedDate",
    "place_text": "jobLocation/locationPlace",
    "postcode_text": "jobLocation/locationZipCode",
    "education_text": "jobEducation",
    "contract_text": "jobOffer/offerContract/contractType",
    "salary_text": "jobOffer/offerContract/contractSalaryDescription",
}
# Parts of the description, in reading order.
_DESCRIPTION = (
    "jobDescription", "jobOffer/offerDescription", "jobOffer/offerContract/contractDescription",
    "jobRequirements/requirementsDescription", "jobRequirements/requirementsExperience",
    "jobRequirements/requirementsCourses", "jobEmployerInfo",
)


def _inner(element: ET.Element | None) -> str:
    """Text and child markup of an element, trimmed (CDATA arrives as plain text)."""
    if element is None:
        return ""
    parts = [element.text or ""]
    parts += [ET.tostring(child, encoding="unicode") for child in element]
    return "".join(parts).strip()


def _as_dict(element: ET.Element) -> Any:
    """An element as JSON-serialisable data for provenance."""
    children = list(element)
    if not children:
        return (element.text or "").strip()
    data: dict[str, Any] = {}
    for child in children:
        value = _as_dict(child)
        if child.tag in data:
            if not isinstance(data[child.tag], list):
                data[child.tag] = [data[child.tag]]
            data[child.tag].append(value)
        else:
            data[child.tag] = value
    return data


def _hours_text(job: ET.Element) -> str:
    hours = job.find("jobOffer/offerContract/contractHours")
    if hours is None:
        return ""
    low, high = _inner(hours.find("hoursMin")), _inner(hours.find("hoursMax"))
    span = f"{low}-{high} uur per week" if low and high and low != high else (
        f"{low or high} uur per week" if low or high else ""
    )
    return " ".join(p for p in (span, _inner(hours.find("hoursDescription"))) if p)


def posting(job: ET.Element, source: str, position: int, employer: str | None) -> RawPosting:
    """One ``<job>`` as a RawPosting; raises ``ValueError`` when a required field is missing."""
    item_id, title = _inner(job.find("jobId")), _inner(job.find("jobTitle"))
    if not item_id:
        raise ValueError("jobId ontbreekt (verplicht, uniek per vacature)")
    if not title:
        raise ValueError("jobTitle ontbreekt (verplicht)")
    texts = {name: _inner(job.find(path)) for name, path in _FIELDS.items()}
    description = "\n".join(p for p in (_inner(job.find(path)) for path in _DESCRIPTION) if p)
    return RawPosting(
        source=source,
        item_id=item_id,
        location=f"job {position}",
        employer=employer or _inner(job.find("jobBranch/branchName")),
        description=description,
        hours_text=_hours_text(job),
        raw=_as_dict(job),
        **texts,
    )


def read(content: bytes, source: str, employer: str | None) -> Iterator[RawPosting | Rejected]:
    """Postings of a jobs XML file; a malformed file raises SourceError with line and column."""
    if _ENTITY.search(content):
        raise SourceError(f"{source}: XML met ENTITY-declaraties wordt niet gelezen (onveilig)")
    try:
        root = ET.fromstring(content)
    except ET.ParseError as error:
        line, column = error.position
        raise SourceError(
            f"{source}: geen geldige XML op regel {line}, kolom {column} ({error})"
        ) from None
    if root.tag != "jobs":
        raise SourceError(f"{source}: hoofdelement is <{root.tag}>, verwacht <jobs>")
    for position, job in enumerate(root.findall("job"), start=1):
        try:
            yield posting(job, source, position, employer)
        except ValueError as error:
            yield Rejected(source, f"job {position}", f"job {position}: {error}")

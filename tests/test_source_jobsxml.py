"""Uitzendbureau.nl jobs XML 1.0 reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.model import RawPosting, Rejected
from ingest.sources import SourceError, jobsxml

FIXTURE = Path(__file__).parent / "data" / "jobsxml" / "vacatures.xml"


def _items() -> list[RawPosting | Rejected]:
    return list(jobsxml.read(FIXTURE.read_bytes(), "uitzend.xml", None))


def test_full_job_maps_every_fitting_field() -> None:
    posting = _items()[0]
    assert isinstance(posting, RawPosting)
    assert (posting.item_id, posting.title, posting.location) == ("8812", "Orderpicker", "job 1")
    assert posting.url == "https://flexwerk.example/vacature/8812"
    assert posting.posted_at_text == "2026-11-02"
    assert (posting.place_text, posting.postcode_text) == ("Tilburg", "5041")
    assert posting.education_text == "VMBO"
    assert posting.contract_text == "Tijdelijk"
    assert posting.salary_text == "€ 14,50 per uur"
    assert posting.hours_text == "32-40 uur per week in dagdienst"
    assert posting.employer == "Flexwerk Tilburg"
    for part in ("koel magazijn", "Reiskostenvergoeding", "<li>Uitzicht op vast</li>",
                 "tillen tot 15 kg", "scanners"):
        assert part in posting.description
    assert posting.raw["alternativeJobId"] == "LOG-031"
    assert posting.raw["jobLocation"]["locationProvince"] == "Noord-Brabant"
    assert posting.raw["jobCategory"] == "Logistiek"


def test_bad_job_is_rejected_while_others_land() -> None:
    items = _items()
    assert [type(i).__name__ for i in items] == ["RawPosting", "Rejected", "RawPosting"]
    assert items[1] == Rejected("uitzend.xml", "job 2", "job 2: jobTitle ontbreekt (verplicht)")
    last = items[2]
    assert isinstance(last, RawPosting) and last.hours_text == "12 uur per week"


def test_employer_option_wins_over_branch() -> None:
    first = next(jobsxml.read(FIXTURE.read_bytes(), "x", "Flexwerk BV"))
    assert isinstance(first, RawPosting) and first.employer == "Flexwerk BV"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'<jobs version="1.0">\n<job><jobId>1</jobId>\n</jobs>', "regel 3, kolom"),
        (b"<rss><channel/></rss>", "verwacht <jobs>"),
        (b'<?xml version="1.0"?>\n<!DOCTYPE jobs [<!ENTITY a "aaaa">]>\n<jobs>&a;</jobs>',
         "ENTITY"),
    ],
)
def test_unreadable_file_raises_source_error(content: bytes, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        list(jobsxml.read(content, "kapot.xml", None))

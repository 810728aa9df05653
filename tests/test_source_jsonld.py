"""JSON-LD JobPosting reader on own Dutch career pages and on the shared real-world corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.model import RawPosting, Rejected
from ingest.normalise.salary import Salary
from ingest.sources import jsonld

DATA = Path(__file__).parent / "data" / "jsonld"
# The shared reference data sits beside the checkout (../shared or ../../shared for a worktree).
CORPUS = next(
    (p / "shared" / "data" / "jsonld" for p in Path(__file__).parents[1:4]
     if (p / "shared" / "data" / "jsonld").is_dir()),
    Path("/nonexistent"),
)


def _read(name: str) -> list[RawPosting | Rejected]:
    path = DATA / name
    return list(jsonld.read(path.read_bytes(), str(path), None))


def _postings(items: list[RawPosting | Rejected]) -> list[RawPosting]:
    return [i for i in items if isinstance(i, RawPosting)]


def test_graph_page_maps_every_field() -> None:
    items = _read("werken-bij-zorggroep.html")
    assert not [i for i in items if isinstance(i, Rejected)]
    receptie, facilitair = _postings(items)
    assert receptie.title == "Medewerker receptie (24 uur)"
    assert receptie.item_id == "VAC-2291"
    assert receptie.employer == "Zorggroep De Linde"
    assert receptie.place_text == "Amersfoort"
    assert receptie.postcode_text == "3811 AB"
    assert receptie.contract_text == "PART_TIME"
    assert receptie.posted_at_text == "2026-10-05"
    assert receptie.valid_through_text == "2026-12-31T23:59"
    assert receptie.education_text == "MBO niveau 2"
    assert receptie.hours_text == "24 uur per week"
    assert receptie.salary_text == "EUR 15.5-18.25 per HOUR"
    # 24 hours a week from workHours, 52/12 weeks a month.
    assert receptie.structured["salary"] == Salary(1612.0, 1898.0, receptie.salary_text)
    assert receptie.structured["physicalRequirement"].startswith("Zittend werk")
    assert "qualifications" in receptie.structured
    assert facilitair.item_id == "VAC-2304"
    assert facilitair.place_text == "Leusden"
    assert len(facilitair.raw["jobLocation"]) == 2
    assert facilitair.contract_text == "FULL_TIME; TEMPORARY"
    assert facilitair.structured["salary"] == Salary(2650.0, 2650.0, "EUR 2650 per MONTH")


@pytest.mark.parametrize(
    ("unit_value", "expected"),
    [
        ({"value": 120, "unitText": "DAY"}, 2600.0),
        ({"value": 500, "unitText": "WEEK"}, 2166.67),
        ({"minValue": 36000, "maxValue": 42000, "unitText": "YEAR"}, 3000.0),
        ({"value": 20, "unitText": "HOUR"}, 3293.33),
    ],
)
def test_salary_units_become_monthly(unit_value: dict[str, object], expected: float) -> None:
    pay, _ = jsonld.salary({"@type": "MonetaryAmount", "currency": "EUR", "value": unit_value}, "")
    assert pay is not None and pay.min == expected


def test_broken_block_is_repaired_and_hopeless_block_rejected() -> None:
    items = _read("vacature-kapot.html")
    (posting,) = _postings(items)
    assert posting.title == "Administratief medewerker"
    assert posting.employer == "Bouwbedrijf Van Dijk"
    assert "facturen\nen beantwoordt" in posting.description
    assert posting.item_id == "https://vandijk.example/vacatures/administratie"
    (rejected,) = [i for i in items if isinstance(i, Rejected)]
    assert rejected.location == "blok 2"
    assert "JSON-LD-blok 2" in rejected.reason


def test_page_without_jobposting_gives_one_rejection() -> None:
    assert _read("geen-vacature.html") == [
        Rejected(str(DATA / "geen-vacature.html"), "bron", "geen JobPosting gevonden")
    ]


def test_jsonld_file_with_list_and_hash_ids() -> None:
    chauffeur, planner = _postings(_read("vacatures.jsonld"))
    assert chauffeur.item_id == "https://transport.example/chauffeur"
    assert planner.item_id.startswith("sha1:")
    assert planner.structured["salary"].max == 3500.0


def test_employer_option_fills_in_when_posting_names_none() -> None:
    (chauffeur, _) = _postings(
        list(jsonld.read((DATA / "vacatures.jsonld").read_bytes(), "x", "Transport BV"))
    )
    assert chauffeur.employer == "Transport BV"


def _corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.suffix in {".jsonld", ".html"})


@pytest.mark.parametrize("path", _corpus_files(), ids=lambda p: p.name)
def test_real_world_corpus_never_crashes(path: Path) -> None:
    content = path.read_bytes()
    items = list(jsonld.read(content, str(path), None))
    assert items
    if b'"JobPosting"' in content:
        assert _postings(items), [i for i in items if isinstance(i, Rejected)]


def test_corpus_present_or_skipped() -> None:
    if not CORPUS.is_dir():
        pytest.skip("gedeelde JSON-LD-corpus ontbreekt")
    assert _corpus_files()


def test_commented_jsonld_file_is_repaired() -> None:
    content = b'// export van ons ATS\n{"@type": "JobPosting", "title": "Kok", "url": "u",}\n'
    (posting,) = jsonld.read(content, "kok.jsonld", None)
    assert isinstance(posting, RawPosting) and posting.title == "Kok"


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe\x00", b"<html><script type='application/ld+json'></script></html>",
     b'{"@type": "JobPosting", "title": {"@value": 3}, "baseSalary": {"value": {"minValue": {}}}}',
     b'[1, "twee", null, {"@type": ["Thing", "JobPosting"], "name": "Bakker"}]'],
)
def test_odd_input_never_crashes(content: bytes) -> None:
    assert list(jsonld.read(content, "vreemd", None))

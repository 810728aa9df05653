"""The normalisers on real ad texts from ../shared/data (read only here; skipped when absent)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ingest.normalise.salary import parse_salary

ROOT = Path(__file__).resolve().parents[1]
CANDIDATES = (ROOT.parent / "shared" / "data", ROOT.parents[1] / "shared" / "data")
SHARED = next((path for path in CANDIDATES if path.is_dir()), None)


def _rows(name: str) -> list[dict[str, str]]:
    path = SHARED / "vacancies" / name if SHARED else None
    if path is None or not path.is_file():
        pytest.skip(f"{name} not in ../shared/data")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_google_feed_salaries_read_as_monthly_amounts() -> None:
    texts = [row["Salary"] for row in _rows("ggz-ingeest-jobs_feed.csv") if row["Salary"]]
    salaries = [parse_salary(text) for text in texts]
    read = [salary for salary in salaries if salary]
    assert len(read) >= 0.95 * len(texts)  # the rest hold a typo such as a bound missing a digit
    for salary in read:
        assert salary.min is not None and salary.max is not None
        assert 2000 <= salary.min <= salary.max <= 15000, salary.text


def test_salaries_found_in_flemish_descriptions_are_plausible_months() -> None:
    found = [parse_salary(row["full_description"]) for row in _rows("vdab-flanders-300-jobs.csv")]
    amounts = [v for s in found if s for v in (s.min, s.max) if v is not None]
    assert amounts
    assert all(1500 <= v <= 10000 for v in amounts)

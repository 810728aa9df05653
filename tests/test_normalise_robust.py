"""Every normaliser reads any text without raising: unknown is ``None``, never a crash."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ingest.normalise.contract import parse_contract
from ingest.normalise.dates import parse_date
from ingest.normalise.education import parse_education
from ingest.normalise.hours import parse_hours
from ingest.normalise.place import locate
from ingest.normalise.salary import parse_salary
from ingest.normalise.text import html_to_text

# Text built from vacancy-like pieces reaches the parsers' branches more often than random text.
PIECES = st.sampled_from(
    ["€", " ", "-", ",", ".", ",-", "tot", "uur", "u", "fte", "per", "maand", "jaar", "week", "k",
     "mbo", "hbo", "/", "niveau", "0", "8", "16", "32", "2.500", "45", "dagen", "<p>", "&euro;",
     "vast", "TEMPORARY", "1012 AB", "'s-", "Amsterdam", "\n"]
)
VACANCY_TEXT = st.one_of(st.text(max_size=80), st.lists(PIECES, max_size=25).map("".join))


@given(VACANCY_TEXT)
def test_parsers_never_raise(text: str) -> None:
    salary = parse_salary(text)
    hours = parse_hours(text)
    parse_education(text)
    parse_contract(text)
    parse_date(text)
    locate(text, text)
    html_to_text(text)
    if salary is not None:
        assert all(v is None or v > 0 for v in (salary.min, salary.max))
    if hours is not None:
        assert all(v is None or 0 <= v <= 60 for v in (hours.min, hours.max))

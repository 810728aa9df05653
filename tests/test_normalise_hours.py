"""Working hours per week from Dutch and Flemish vacancy phrasings."""

from __future__ import annotations

import pytest

from ingest.normalise.hours import parse_hours

CASES = [
    ("24-32 uur", 24.0, 32.0),
    ("24 - 32 uur", 24.0, 32.0),
    ("24–32 uur per week", 24.0, 32.0),
    ("16 - 24 uur per week", 16.0, 24.0),
    ("32 tot 40 uur per week", 32.0, 40.0),
    ("32 t/m 36 uur", 32.0, 36.0),
    ("20 à 24 uur", 20.0, 24.0),
    ("tussen 28 en 36 uur", 28.0, 36.0),
    ("38u", 38.0, 38.0),
    ("38 u/week", 38.0, 38.0),
    ("38 uur", 38.0, 38.0),
    ("36 uur per week", 36.0, 36.0),
    ("Je werkt 32 uren per week", 32.0, 32.0),
    ("fulltime", 36.0, 40.0),
    ("Fulltime (38 uur)", 38.0, 38.0),
    ("full-time", 36.0, 40.0),
    ("parttime", 12.0, 32.0),
    ("Part-time, 24 uur", 24.0, 24.0),
    ("parttime 20-24 uur", 20.0, 24.0),
    ("0,8 fte", 32.0, 32.0),
    ("0.8 FTE", 32.0, 32.0),
    ("1,0 fte", 40.0, 40.0),
    ("0,6-0,8 fte", 24.0, 32.0),
    ("0,5 tot 0,7 fte", 20.0, 28.0),
    ("minimaal 16 uur", 16.0, None),
    ("min. 24 uur per week", 24.0, None),
    ("vanaf 20 uur", 20.0, None),
    ("max 24 uur", None, 24.0),
    ("maximaal 20 uur per week", None, 20.0),
    ("3 tot 5 dagen per week", 24.0, 40.0),
    ("3-4 dagen", 24.0, 32.0),
    ("4 dagen", 32.0, 32.0),
    ("4 dagen per week", 32.0, 32.0),
    ("voltijds", 36.0, 40.0),
    ("Voltijdse betrekking", 36.0, 40.0),
    ("deeltijds", 12.0, 32.0),
    ("deeltijds (80%) of voltijds", 12.0, 40.0),
    ("0-uren contract", 0.0, None),
    ("nulurencontract", 0.0, None),
    ("Wij bieden 24 uur per dag service; jij werkt 32 uur per week.", 32.0, 32.0),
    ("Reageer binnen 48 uur. Het betreft 36 uur.", 36.0, 36.0),
    ("Werktijden van 8 tot 17 uur, fulltime.", 36.0, 40.0),
    ("Omvang: 28 - 36 uur per week (0,7 - 0,9 fte)", 28.0, 36.0),
    ("Een baan voor 16,5 uur per week", 16.5, 16.5),
    ("Een parttime functie van 24 uur", 24.0, 24.0),
    ("werkweek van 4 x 9 uur", 36.0, 36.0),
    ("32-36u", 32.0, 36.0),
]


@pytest.mark.parametrize(("text", "low", "high"), CASES)
def test_hours_phrasings(text: str, low: float | None, high: float | None) -> None:
    hours = parse_hours(text)
    assert hours is not None, text
    assert (hours.min, hours.max) == (low, high)
    assert hours.text and hours.text in text


NOT_HOURS = [
    "",
    None,
    "24 uur per dag service",
    "Wij reageren binnen 48 uur",
    "Je bent om 7 uur aanwezig",
    "Aantal uren: 40",
    "Openingstijden 8.00 - 17.00",
    "24/7 bereikbaar",
    "Je krijgt 25 vakantiedagen",
    "Een team van 12 collega's",
    "Dagwerk 8-17u",
]


@pytest.mark.parametrize("text", NOT_HOURS)
def test_not_working_hours_gives_none(text: str | None) -> None:
    assert parse_hours(text) is None

"""Placing vacancies by postcode or place name with the shipped GeoNames table."""

from __future__ import annotations

import pytest

from ingest.normalise.place import locate, normalise_name, place_centroid

NAMES = [
    ("Amsterdam", "Amsterdam"),
    ("AMSTERDAM", "Amsterdam"),
    ("Amsterdam, Noord-Holland", "Amsterdam"),
    ("'s-Hertogenbosch", "'s-Hertogenbosch"),
    ("’s-Hertogenbosch", "'s-Hertogenbosch"),
    ("s-Hertogenbosch", "'s-Hertogenbosch"),
    ("Den Bosch", "'s-Hertogenbosch"),
    ("Den Haag", "'s-Gravenhage"),
    ("'s-Gravenhage", "'s-Gravenhage"),
    ("Utrecht (Utr.)", "Utrecht"),
    ("Regio Utrecht", "Utrecht"),
    ("Rotterdam e.o.", "Rotterdam"),
    ("Alphen aan den Rijn", "Alphen aan den Rijn"),
    ("Sudwest-Fryslan", "Súdwest-Fryslân"),
    ("Amsterdam-Zuidoost", "Amsterdam"),
    ("Leiden - Den Haag", "Leiden"),
    ("Eindhoven / Helmond", "Eindhoven"),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_place_names(text: str, name: str) -> None:
    place = locate(text, None)
    assert place is not None and place.name == name


def test_place_with_several_pc4_uses_the_mean_of_its_rows() -> None:
    place = place_centroid("Amsterdam")
    assert place is not None
    assert 52.30 < place.lat < 52.42 and 4.80 < place.lon < 5.00
    assert place.postcode.startswith("10")


@pytest.mark.parametrize(
    ("place_text", "postcode_text", "postcode", "name"),
    [
        ("Amsterdam", "1012 AB", "1012", "Amsterdam"),
        ("", "3511AB", "3511", "Utrecht"),
        ("", "3511", "3511", "Utrecht"),
        ("3511 AB Utrecht", None, "3511", "Utrecht"),
        ("Utrecht", "0000", None, "Utrecht"),
    ],
)
def test_postcodes(place_text: str, postcode_text: str | None, postcode: str | None,
                   name: str) -> None:
    place = locate(place_text, postcode_text)
    assert place is not None and place.name == name
    if postcode:
        assert place.postcode == postcode


def test_postcode_wins_over_place_name() -> None:
    place = locate("Rotterdam", "1011 AA")
    assert place is not None and place.name == "Amsterdam"


@pytest.mark.parametrize(
    ("place_text", "postcode_text"),
    [("", ""), (None, None), ("Hybride", None), ("Thuiswerken", ""), ("Brussel", None),
     ("Vacature 2025", None)],
)
def test_unknown_place_gives_none(place_text: str | None, postcode_text: str | None) -> None:
    assert locate(place_text, postcode_text) is None


def test_normalise_name() -> None:
    assert normalise_name("'s-Hertogenbosch") == "s hertogenbosch"
    assert normalise_name("Súdwest-Fryslân") == "sudwest fryslan"

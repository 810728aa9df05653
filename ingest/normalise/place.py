"""Place a vacancy: postcode or place name to PC4 and coordinates (GeoNames, CC BY 4.0).

Names are compared without case, diacritics, apostrophes and hyphens, after dropping a province
or region suffix ("Amsterdam, Noord-Holland", "Utrecht (Utr.)", "Regio Utrecht", "Rotterdam
e.o."). A place with several PC4 rows is placed at the mean of its rows and reported with the
PC4 nearest to that mean. Municipality names are a fallback for names that are no place in
the table.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Place:
    """A located place: name, PC4 and the PC4 (or place) centroid."""

    name: str
    postcode: str
    lat: float
    lon: float


# Everyday names for places that GeoNames lists under their official name (both normalised).
_ALIASES = {
    "den bosch": "s hertogenbosch",
    "den haag": "s gravenhage",
    "the hague": "s gravenhage",
    "hertogenbosch": "s hertogenbosch",
}
_PREFIX = re.compile(r"^(?:regio|omgeving|gemeente|omg\.?|rondom)\s+", re.I)
_SUFFIX = re.compile(r"\s*(?:\(.*\)|\b(?:e\.o\.?|eo|en omgeving|omgeving|centrum|stad))\s*$", re.I)
_POSTCODE = re.compile(r"(?<!\d)([1-9]\d{3})\s?(?:[A-Za-z]{2}\b)?")
_POSTCODE_WITH_LETTERS = re.compile(r"(?<!\d)([1-9]\d{3})\s?[A-Za-z]{2}\b")


def normalise_name(name: str) -> str:
    """Lower case, no diacritics, apostrophes or hyphens: the key for name lookups."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    plain = re.sub(r"['’`´]", "", plain.lower())
    return re.sub(r"[\s\-.]+", " ", plain).strip()


@cache
def geonames_rows() -> tuple[tuple[str, ...], ...]:
    """Every row of the shipped GeoNames postcode table: country, PC4, place, province,
    province code, municipality, municipality code, (3 empty), latitude, longitude.

    The one reader of that file; place lookups, synthetic data and benches all start here.
    """
    path = resources.files("ingest.data").joinpath("geonames-postalcodes-NL.txt")
    with path.open(encoding="utf-8") as handle:
        return tuple(tuple(row) for row in csv.reader(handle, delimiter="\t"))


def postcode_places() -> list[Place]:
    """One :class:`Place` per row of the table (a PC4 shared by places appears per place)."""
    return [Place(row[2], row[1], float(row[9]), float(row[10])) for row in geonames_rows()]


@cache
def _table() -> tuple[dict[str, Place], dict[str, Place]]:
    """Places by PC4 (first row) and by normalised place or municipality name (mean of rows)."""
    by_pc4: dict[str, Place] = {}
    rows_by_name: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    rows_by_municipality: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for row in geonames_rows():
        by_pc4.setdefault(row[1], Place(row[2], row[1], float(row[9]), float(row[10])))
        rows_by_name[normalise_name(row[2])].append(row)
        rows_by_municipality[normalise_name(row[5])].append(row)
    by_name = {key: _centroid(rows, 5) for key, rows in rows_by_municipality.items()}
    by_name.update({key: _centroid(rows, 2) for key, rows in rows_by_name.items()})
    return by_pc4, by_name


def _centroid(rows: list[tuple[str, ...]], name_column: int) -> Place:
    """Mean of the rows, reported with the PC4 whose own point lies nearest to that mean."""
    lat = sum(float(row[9]) for row in rows) / len(rows)
    lon = sum(float(row[10]) for row in rows) / len(rows)
    nearest = min(rows, key=lambda row: (float(row[9]) - lat) ** 2 + (float(row[10]) - lon) ** 2)
    return Place(rows[0][name_column], nearest[1], round(lat, 4), round(lon, 4))


def _name_candidates(text: str) -> list[str]:
    """The name as given, then without region words, province suffix or a second part
    ("Amsterdam-Zuidoost", "Leiden - Den Haag")."""
    first = re.split(r"[,;/|]", text)[0]
    stripped = _SUFFIX.sub("", _PREFIX.sub("", first.strip())).strip()
    parts = re.split(r"\s+-\s+|\s+en\s+", stripped)
    return [text, first, stripped, *parts, stripped.split("-")[0]]


def place_centroid(name: str | None) -> Place | None:
    """The place called ``name`` (case, accents and suffixes ignored), else ``None``."""
    if not name or not name.strip():
        return None
    by_name = _table()[1]
    for candidate in _name_candidates(name):
        key = normalise_name(candidate)
        key = _ALIASES.get(key, key)
        if key in by_name:
            return by_name[key]
    return None


def _by_postcode(text: str | None, bare_pc4: bool) -> Place | None:
    by_pc4 = _table()[0]
    pattern = _POSTCODE if bare_pc4 else _POSTCODE_WITH_LETTERS
    for match in pattern.finditer(text or ""):
        if match.group(1) in by_pc4:
            return by_pc4[match.group(1)]
    return None


def locate(place_text: str | None, postcode_text: str | None = None) -> Place | None:
    """The place for a postcode (preferred) or a place name, else ``None``.

    A bare four-digit number counts as PC4 in the postcode field only; in the place field it
    needs its two letters ("1234 AB"), so a year or house number is not read as a postcode.
    """
    found = _by_postcode(postcode_text, bare_pc4=True) or _by_postcode(place_text, bare_pc4=False)
    if found:
        return found
    name = re.sub(r"(?<!\d)[1-9]\d{3}\s?[A-Za-z]{2}\b", "", place_text or "").strip()
    return place_centroid(name)

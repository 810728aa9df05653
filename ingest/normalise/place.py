"""Place a vacancy: postcode or place name to PC4 and coordinates (GeoNames, CC BY 4.0)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Place:
    """A located place: name, PC4 and the PC4 centroid."""

    name: str
    postcode: str
    lat: float
    lon: float


@cache
def _table() -> tuple[dict[str, Place], dict[str, Place]]:
    by_pc4: dict[str, Place] = {}
    by_name: dict[str, Place] = {}
    path = resources.files("ingest.data").joinpath("geonames-postalcodes-NL.txt")
    if not path.is_file():
        return by_pc4, by_name
    with path.open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            place = Place(row[2], row[1], float(row[9]), float(row[10]))
            by_pc4.setdefault(place.postcode, place)
            by_name.setdefault(place.name.lower(), place)
    return by_pc4, by_name


def locate(place_text: str | None, postcode_text: str | None = None) -> Place | None:
    """The place for a postcode (preferred) or a place name, else ``None``."""
    by_pc4, by_name = _table()
    for text in (postcode_text, place_text):
        match = re.search(r"\b([1-9]\d{3})\s?[A-Za-z]{0,2}\b", text or "")
        if match and match.group(1) in by_pc4:
            return by_pc4[match.group(1)]
    name = (place_text or "").strip().lower()
    return by_name.get(name)

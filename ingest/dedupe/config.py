"""The dedupe configuration: levels, weights and thresholds from ``ingest/data/dedupe.yaml``.

Kept out of the code so a coach's organisation can tune how eager merging is without a release;
the file documents every level.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

# The levels of each comparison, in the order the code tests them (the last is the fallback).
LEVELS: dict[str, tuple[str, ...]] = {
    "title": ("gelijk", "bijna", "deel", "verwant", "stam", "anders"),
    "terms": ("tegenstrijdig", "eenzijdig", "gelijk", "geen"),
    "employer": ("gelijk", "lijkt", "anders", "zelfde_bureau", "bureau", "onbekend"),
    "place": ("zelfde", "dichtbij", "regio", "ver", "onbekend"),
    "salary": ("overlap", "dichtbij", "anders", "onbekend"),
    "hours": ("overlap", "dichtbij", "anders", "onbekend"),
    "contract": ("onbekend", "gelijk", "anders_soort", "uitzend", "anders"),
    "description": ("vrijwel_gelijk", "sterk", "deels", "weinig", "anders", "onbekend"),
    "source": ("tegelijk", "herplaatst", "anders"),
}
COMPARISONS = tuple(LEVELS)


def load_config(path: str | Path | None = None) -> dict[str, Any]:
    """The shipped configuration, or the YAML file at ``path``; raises ValueError when invalid."""
    if path is None:
        return _shipped()
    with open(path, encoding="utf-8") as handle:
        return _checked(yaml.safe_load(handle), str(path))


@cache
def _shipped() -> dict[str, Any]:
    text = resources.files("ingest.data").joinpath("dedupe.yaml").read_text(encoding="utf-8")
    return _checked(yaml.safe_load(text), "ingest/data/dedupe.yaml")


def _checked(config: Any, where: str) -> dict[str, Any]:
    if not isinstance(config, dict):
        raise ValueError(f"{where}: verwacht een YAML-mapping met thresholds en comparisons")
    thresholds = config.get("thresholds") or {}
    if not {"duplicate", "possible"} <= set(thresholds):
        raise ValueError(f"{where}: thresholds.duplicate en thresholds.possible zijn verplicht")
    if thresholds["possible"] > thresholds["duplicate"]:
        raise ValueError(f"{where}: thresholds.possible mag niet boven thresholds.duplicate liggen")
    missing = [name for name in COMPARISONS if name not in config.get("comparisons", {})]
    if missing:
        raise ValueError(f"{where}: comparisons mist {', '.join(missing)}")
    for name, levels in LEVELS.items():
        given = config["comparisons"][name]["levels"]
        for level in levels:
            if "weight" not in given.get(level, {}):
                raise ValueError(f"{where}: comparisons.{name}.levels.{level} mist weight")
    return config

"""The demo: the main job on bundled data, so a fresh install shows what passend does."""

from __future__ import annotations

from datetime import date
from importlib import resources
from pathlib import Path

from sqlite_utils import Database

from ingest.pipeline import SourceSummary, ingest_source
from matcher import weekly
from matcher.policy import Policy
from profiles.store import add_profile
from profiles.validate import load_file


def ingest_demo_vacancies(db: Database) -> list[SourceSummary]:
    """Read every bundled demo source (an RSS feed and a JSON-LD career page)."""
    folder = resources.files("matcher").joinpath("demo", "vacatures")
    paths = sorted((p for p in folder.iterdir() if p.is_file()), key=lambda p: p.name)
    return [ingest_source(db, str(path)) for path in paths]


def add_example_profiles(db: Database) -> list[str]:
    """Store the example zoekprofielen shipped in ``profiles/examples``; returns their ids."""
    folder = resources.files("profiles").joinpath("examples")
    ids = []
    for path in sorted((p for p in folder.iterdir() if p.name.endswith(".yaml")),
                       key=lambda p: p.name):
        checked = load_file(str(path))
        if checked.profile is None:
            raise ValueError(f"voorbeeldprofiel {path.name} is ongeldig: {checked.problems}")
        add_profile(db, checked.profile)
        ids.append(checked.profile.id)
    return ids


def build_demo_lists(db: Database, ids: list[str], day: date, policy: Policy,
                     out: Path) -> tuple[list[weekly.WeeklyList], list[Path]]:
    """This week's lists of the example profiles, exported into ``out``."""
    lists, _ = weekly.build_all(db, weekly.week_of(day), policy, profile_ids=ids)
    return lists, [path for found in lists for path in weekly.export_list(found, out)]

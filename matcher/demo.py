"""The demo: the main job on bundled data, so a fresh install shows what passend does."""

from __future__ import annotations

from datetime import date
from importlib import resources
from pathlib import Path

from sqlite_utils import Database

from ingest.pipeline import SourceSummary, ingest_source
from matcher import weekly
from matcher.document import write_document
from matcher.dossier import build_dossier
from matcher.policy import Policy
from matcher.tracking import add_application, list_applications
from profiles.store import add_profile
from profiles.validate import load_file


def ingest_demo_vacancies(db: Database) -> list[SourceSummary]:
    """Read every bundled demo source: an RSS feed, a JSON-LD career page and an employer CSV
    with vacancies near each example profile's home (one of them an agency copy)."""
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


def record_demo_application(db: Database, lists: list[weekly.WeeklyList], day: date) -> str | None:
    """Apply, on the employee's behalf, to the top vacancy of the first non-empty list.

    Shows the tracking step of the flow; run again, the demo keeps the one application it made.
    Returns the profile id, or None when no list has a vacancy.
    """
    for found in lists:
        if not found.items:
            continue
        top = found.items[0]
        known = {a["vacancy_id"] for a in list_applications(db, found.profile_id)}
        if top.vacancy_id not in known:
            add_application(db, found.profile_id, on=day, how="online", vacancy_id=top.vacancy_id,
                            notes="demo: sollicitatie op de eerste vacature van de weeklijst")
        return found.profile_id
    return None


def write_demo_dossier(db: Database, profile_id: str, day: date, policy: Policy,
                       out: Path) -> Path:
    """The dossier of one example profile as HTML, the page a coach would hand to UWV."""
    path = out / f"dossier-{profile_id}.html"
    write_document(build_dossier(db, profile_id, day, policy), path)
    return path

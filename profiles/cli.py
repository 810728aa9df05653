"""``passend profiles``: add, list, show, remove and validate zoekprofielen.

Errors name the file, field path and what would be valid, never profile contents.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from ingest.cli import db_option, open_store
from profiles import poortwachter
from profiles import store as profile_store
from profiles.calendar import to_ics
from profiles.model import Zoekprofiel
from profiles.validate import Checked, load_file


@click.group()
def profiles() -> None:
    """Zoekprofielen (persoons- en zoekprofiel met FML-beperkingen) beheren."""


@profiles.command()
def schema() -> None:
    """Toon het JSON Schema van een profielbestand."""
    click.echo(json.dumps(Zoekprofiel.model_json_schema(), ensure_ascii=False, indent=2))


def _check_all(files: tuple[str, ...]) -> list[Checked]:
    if not files:
        raise click.UsageError("geef minstens één profielbestand (YAML)")
    checked = [load_file(path) for path in files]
    for result in checked:
        for problem in result.problems:
            click.secho(f"{result.source}: {problem}", fg="red", err=True)
    return checked


@profiles.command()
@click.argument("files", nargs=-1, metavar="FILE...")
@db_option
def add(files: tuple[str, ...], db_path: str | None) -> None:
    """Lees profielen uit YAML-bestanden en sla ze op (een wijziging wordt een nieuwe versie).

    Exit 0 als elk bestand geldig is, 1 als er een faalde (de andere zijn wel opgeslagen).

    \b
    Voorbeeld:
        passend profiles add profielen/wn-0042.yaml
    """
    checked = _check_all(files)
    db = open_store(db_path)
    for result in checked:
        if result.profile is not None:
            outcome = profile_store.add_profile(db, result.profile)
            click.echo(f"{result.source}: profiel {result.profile.id} {_OUTCOMES[outcome]}",
                       err=True)
    if any(result.problems for result in checked):
        sys.exit(1)


_OUTCOMES = {"new": "toegevoegd", "updated": "bijgewerkt (nieuwe versie)",
             "unchanged": "ongewijzigd"}


@profiles.command()
@click.argument("files", nargs=-1, metavar="FILE...")
def validate(files: tuple[str, ...]) -> None:
    """Controleer profielbestanden zonder iets op te slaan; meldt elk probleem met veldpad.

    \b
    Voorbeeld:
        passend profiles validate profielen/*.yaml
    """
    checked = _check_all(files)
    for result in checked:
        if not result.problems:
            click.echo(f"{result.source}: geldig", err=True)
    if any(result.problems for result in checked):
        sys.exit(1)


@profiles.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Als JSON-lijst.")
@db_option
def list_(as_json: bool, db_path: str | None) -> None:
    """Toon de actieve profielen met hun huidige versie."""
    rows = profile_store.list_profiles(open_store(db_path))
    if as_json:
        click.echo(json.dumps([{"id": r["id"], "version": r["version"]} for r in rows], indent=2))
        return
    table = Table("id", "versie")
    for row in rows:
        table.add_row(row["id"], str(row["version"]))
    Console().print(table)


def _load(db_path: str | None, profile_id: str) -> tuple[Zoekprofiel, int]:
    try:
        return profile_store.get_profile(open_store(db_path), profile_id)
    except KeyError:
        raise click.ClickException(
            f"profiel {profile_id} bestaat niet; zie 'passend profiles list'") from None


@profiles.command()
@click.argument("profile_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="Profiel en termijnen als JSON.")
@click.option("--on", "on", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Peildatum voor verlopen termijnen (JJJJ-MM-DD, standaard vandaag).")
@db_option
def show(profile_id: str, as_json: bool, on: datetime | None, db_path: str | None) -> None:
    """Toon een profiel en zijn poortwachtertermijnen; verlopen termijnen in rood.

    \b
    Voorbeeld:
        passend profiles show wn-0042 --on 2026-03-01
    """
    profile, version = _load(db_path, profile_id)
    today = on.date() if on else date.today()
    items = poortwachter.deadlines(profile.first_sick_day)
    if as_json:
        click.echo(json.dumps({
            "version": version, "profile": profile.model_dump(mode="json"),
            "deadlines": [{"key": d.key, "name": d.name, "week": d.week,
                           "due": d.due.isoformat(), "overdue": d.overdue(today)}
                          for d in items],
        }, ensure_ascii=False, indent=2))
        return
    console = Console()
    console.print(f"[bold]{profile.id}[/] versie {version}")
    console.print_json(profile.model_dump_json(exclude={"id"}))
    table = Table("week", "termijn", "datum", "status", title=f"Poortwachter (peildatum {today})")
    for item in items:
        late = item.overdue(today)
        table.add_row(str(item.week), item.name, item.due.isoformat(),
                      "[bold red]verlopen[/]" if late else "open",
                      style="red" if late else None)
    console.print(table)


@profiles.command()
@click.argument("profile_id", metavar="ID")
@click.option("--out", "out", type=click.Path(dir_okay=False), required=True,
              help="ICS-bestand om te schrijven.")
@db_option
def calendar(profile_id: str, out: str, db_path: str | None) -> None:
    """Schrijf de poortwachtertermijnen als agenda (ICS, RFC 5545).

    \b
    Voorbeeld:
        passend profiles calendar wn-0042 --out wn-0042.ics
    """
    profile, _ = _load(db_path, profile_id)
    Path(out).write_bytes(
        to_ics(profile.id, poortwachter.deadlines(profile.first_sick_day)).encode("utf-8"))
    click.echo(f"{out} geschreven", err=True)


@profiles.command()
@click.argument("profile_id", metavar="ID")
@db_option
def remove(profile_id: str, db_path: str | None) -> None:
    """Zet een profiel op inactief (de versies blijven bewaard voor het dossier)."""
    if not profile_store.remove_profile(open_store(db_path), profile_id):
        raise click.ClickException(
            f"profiel {profile_id} bestaat niet; zie 'passend profiles list'")
    click.echo(f"profiel {profile_id} verwijderd", err=True)

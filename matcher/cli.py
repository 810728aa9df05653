"""The ``passend`` command: one root group that gathers the commands of every package."""

from __future__ import annotations

import json
from datetime import date, datetime

import click
from rich.console import Console
from rich.table import Table
from sqlite_utils import Database

from ingest import cli as ingest_cli
from ingest.dedupe.cli import duplicates
from matcher.demo import add_example_profiles, ingest_demo_vacancies
from matcher.policy import (
    CRITERION_LABELS,
    Policy,
    describe_stage,
    load_policy,
    weeks_sick,
)
from matcher.rank import MatchResult, load_frame, match, score_frame
from profiles.cli import profiles
from profiles.model import Zoekprofiel
from profiles.store import get_profile, list_profiles


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="passend")
def cli() -> None:
    """passend: passende arbeid vinden voor het tweede spoor (Wet verbetering poortwachter)."""


cli.add_command(ingest_cli.ingest)
cli.add_command(ingest_cli.vacancies)
cli.add_command(profiles)
cli.add_command(ingest_cli.sources_group)
cli.add_command(ingest_cli.template)
cli.add_command(ingest_cli.demands)
cli.add_command(duplicates)


@click.command()
@ingest_cli.db_option
def demo(db_path: str | None) -> None:
    """Draai de hoofdtaak op de meegeleverde demodata (database ./passend.db).

    Leest de demovacatures in, slaat de voorbeeldprofielen op en toont per profiel
    de best passende vacatures.

    \b
    Voorbeeld:
        passend demo
    """
    db = ingest_cli.open_store(db_path)
    ingest_cli.report_summaries(ingest_demo_vacancies(db), as_json=False)
    ids = add_example_profiles(db)
    click.echo(f"{len(ids)} voorbeeldprofielen opgeslagen: {', '.join(ids)}", err=True)
    day, policy = date.today(), load_policy(None)
    for profile_id in ids:
        _table(match(db, _profile(db, profile_id, day), day, policy, limit=5))


cli.add_command(demo)


def _policy(path: str | None) -> Policy:
    try:
        return load_policy(path)
    except (OSError, ValueError) as error:
        raise click.ClickException(str(error)) from None


def _profile(db: Database, profile_id: str, on: date) -> Zoekprofiel:
    try:
        return get_profile(db, profile_id, on)[0]
    except KeyError:
        try:
            return get_profile(db, profile_id)[0]
        except KeyError:
            raise click.ClickException(
                f"profiel {profile_id} bestaat niet; zie 'passend profiles list'") from None


def _table(result: MatchResult) -> None:
    table = Table(title=f"{result.profile} op {result.on} (fase {result.stage}, "
                  f"beleid {result.policy_version})")
    for column in ("vacature", "titel", "werkgever", "score", "oordeel", "let op / reden"):
        table.add_column(column)
    for r in result.results:
        notes = "; ".join(f"{CRITERION_LABELS[c.criterion]}: {c.reason}" for c in r.criteria
                          if c.verdict != "passend")
        table.add_row(r.vacancy_id, r.title, r.employer or "", f"{r.score:.2f}", r.verdict, notes)
    Console().print(table)


policy_option = click.option("--policy", "policy_path", type=click.Path(dir_okay=False),
                             default=None, help="Beleidsbestand (YAML) in plaats van het "
                             "meegeleverde matcher/data/policy.yaml.")
on_option = click.option("--on", "on", type=click.DateTime(["%Y-%m-%d"]), default=None,
                         help="Peildatum (JJJJ-MM-DD, standaard vandaag).")


@click.command("match")
@click.option("--profile", "profile_id", required=True, help="Profiel-id.")
@on_option
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Hoogstens N vacatures.")
@click.option("--all", "include_all", is_flag=True, help="Ook niet passende vacatures, met reden.")
@click.option("--json", "as_json", is_flag=True, help="Resultaat als JSON.")
@policy_option
@ingest_cli.db_option
def match_command(profile_id: str, on: datetime | None, limit: int | None, include_all: bool,
                  as_json: bool, policy_path: str | None, db_path: str | None) -> None:
    """Zoek passende vacatures voor een profiel, met uitleg per criterium.

    \b
    Voorbeeld:
        passend match --profile wn-magazijn-0101 --limit 10
    """
    day, policy = on.date() if on else date.today(), _policy(policy_path)
    db = ingest_cli.open_store(db_path)
    result = match(db, _profile(db, profile_id, day), day, policy, include_all=include_all,
                   limit=limit)
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        _table(result)


@click.command()
@click.option("--profile", "profile_id", required=True, help="Profiel-id.")
@click.option("--vacancy", "vacancy_id", required=True, help="Vacature-id.")
@on_option
@policy_option
@ingest_cli.db_option
def explain(profile_id: str, vacancy_id: str, on: datetime | None, policy_path: str | None,
            db_path: str | None) -> None:
    """Leg per criterium uit waarom een vacature wel of niet passend is.

    \b
    Voorbeeld:
        passend explain --profile wn-magazijn-0101 --vacancy 3f2a9c0d1e2b4a5c
    """
    day, policy = on.date() if on else date.today(), _policy(policy_path)
    db = ingest_cli.open_store(db_path)
    profile = _profile(db, profile_id, day)
    result = match(db, profile, day, policy, include_all=True)
    found = [r for r in result.results if r.vacancy_id == vacancy_id]
    if not found:
        raise click.ClickException(f"vacature {vacancy_id} is niet (meer) open; zie "
                                   "'passend vacancies'")
    r, weeks = found[0], weeks_sick(profile.first_sick_day, day)
    click.echo(f"{r.title} ({r.employer or 'werkgever onbekend'}): {r.verdict}, score "
               f"{r.score:.2f} op {result.on}, beleid {result.policy_version}")
    click.echo(describe_stage(policy.stage(weeks), weeks))
    for c in r.criteria:
        click.echo(f"- {CRITERION_LABELS[c.criterion]}: {c.verdict} ({c.score:.2f}): {c.reason}")


@click.command()
@click.option("--vacancy", "vacancy_id", required=True, help="Vacature-id.")
@on_option
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Hoogstens N profielen.")
@click.option("--json", "as_json", is_flag=True, help="Resultaat als JSON.")
@policy_option
@ingest_cli.db_option
def shortlist(vacancy_id: str, on: datetime | None, limit: int | None, as_json: bool,
              policy_path: str | None, db_path: str | None) -> None:
    """Profielen voor wie een vacature passend is (of let op), beste eerst.

    \b
    Voorbeeld:
        passend shortlist --vacancy 3f2a9c0d1e2b4a5c --limit 5
    """
    day, policy = on.date() if on else date.today(), _policy(policy_path)
    db = ingest_cli.open_store(db_path)
    frame = load_frame(db)
    frame = frame[frame["id"] == vacancy_id].reset_index(drop=True)
    if frame.empty:
        raise click.ClickException(f"vacature {vacancy_id} is niet (meer) open; zie "
                                   "'passend vacancies'")
    rows = []
    for listed in list_profiles(db):
        profile = _profile(db, listed["id"], day)
        for r in score_frame(frame, profile, day, policy).results:
            rows.append({"profile": profile.id, "score": r.score, "verdict": r.verdict})
    rows.sort(key=lambda x: (-x["score"], x["profile"]))
    rows = rows[:limit] if limit else rows
    if as_json:
        click.echo(json.dumps({"vacancy_id": vacancy_id, "on": day.isoformat(),
                               "profiles": rows}, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"Profielen voor vacature {vacancy_id}")
    for column in ("profiel", "score", "oordeel"):
        table.add_column(column)
    for row in rows:
        table.add_row(row["profile"], f"{row['score']:.2f}", row["verdict"])
    Console().print(table)


cli.add_command(match_command)
cli.add_command(explain)
cli.add_command(shortlist)

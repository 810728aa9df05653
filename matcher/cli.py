"""The ``passend`` command: one root group that gathers the commands of every package."""

from __future__ import annotations

import click

from ingest import cli as ingest_cli
from matcher.demo import add_example_profiles, ingest_demo_vacancies
from profiles.cli import profiles


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


@click.command()
@ingest_cli.db_option
def demo(db_path: str | None) -> None:
    """Draai de hoofdtaak op de meegeleverde demodata (database ./passend.db).

    Leest de demovacatures in en slaat de voorbeeldprofielen op.

    \b
    Voorbeeld:
        passend demo
    """
    db = ingest_cli.open_store(db_path)
    ingest_cli.report_summaries(ingest_demo_vacancies(db), as_json=False)
    ids = add_example_profiles(db)
    click.echo(f"{len(ids)} voorbeeldprofielen opgeslagen: {', '.join(ids)}", err=True)


cli.add_command(demo)

"""The ``passend`` command: one root group that gathers the commands of every package."""

from __future__ import annotations

from importlib import resources

import click

from ingest import cli as ingest_cli
from ingest.pipeline import ingest_source
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

    \b
    Voorbeeld:
        passend demo
    """
    db = ingest_cli.open_store(db_path)
    folder = resources.files("matcher").joinpath("demo", "vacatures")
    summaries = [
        ingest_source(db, str(path)) for path in sorted(folder.iterdir(), key=lambda p: p.name)
        if path.is_file()
    ]
    ingest_cli.report_summaries(summaries, as_json=False)


cli.add_command(demo)

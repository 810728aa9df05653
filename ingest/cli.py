"""Commands for vacancies: ``passend ingest``, ``passend vacancies`` and ``passend demands``.

Data goes to stdout (JSON, CSV or a table); progress and summaries go to stderr.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from typing import Any

import click
from rich.console import Console
from rich.progress import track
from rich.table import Table
from sqlite_utils import Database

from ingest import fml, sources, store
from ingest.demands import extract_demands
from ingest.pipeline import SourceSummary, ingest_source

stderr = Console(stderr=True)

VACANCY_FIELDS = (
    "id", "title", "employer", "url", "sources", "place", "postcode", "lat", "lon",
    "salary_min", "salary_max", "salary_text", "hours_min", "hours_max", "education_level",
    "contract", "posted_at", "valid_through", "status",
)


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--db PATH``; falls back to ``$PASSEND_DB`` and then ``passend.db`` in this folder."""
    return click.option(
        "--db", "db_path", type=click.Path(dir_okay=False), default=None,
        help="SQLite-database (standaard $PASSEND_DB of ./passend.db).",
    )(func)


def open_store(db_path: str | None) -> Database:
    return store.open_db(db_path)


@click.command()
@click.argument("locations", nargs=-1, metavar="SOURCE...")
@click.option("--employer", help="Werkgever voor items die er zelf geen noemen.")
@click.option(
    "--format", "fmt", type=click.Choice(sorted(sources.READERS)), default=None,
    help="Formaat afdwingen in plaats van herkennen.",
)
@click.option("--json", "as_json", is_flag=True, help="Samenvatting per bron als JSON.")
@click.option("--silent", is_flag=True, help="Geen voortgangsbalk.")
@db_option
def ingest(
    locations: tuple[str, ...], employer: str | None, fmt: str | None, as_json: bool,
    silent: bool, db_path: str | None,
) -> None:
    """Lees vacatures uit bestanden, mappen of URL's (RSS/Atom, JSON-LD, CSV/XLSX, jobs-XML).

    Exit 0 als elke bron gelezen is, 1 als een bron faalde (de andere zijn wel opgeslagen).

    \b
    Voorbeeld:
        passend ingest vacatures.xml https://werkgever.example/vacatures.rss
    """
    if not locations:
        raise click.UsageError("geef minstens één bron (bestand, map of URL)")
    db = open_store(db_path)
    expanded = [path for location in locations for path in sources.expand(location)]
    summaries = [
        ingest_source(db, location, employer=employer, fmt=fmt)
        for location in track(expanded, description="Inlezen", console=stderr, disable=silent)
    ]
    report_summaries(summaries, as_json)
    if not all(s.ok for s in summaries):
        sys.exit(1)


def report_summaries(summaries: list[SourceSummary], as_json: bool) -> None:
    """Per-source summary: JSON on stdout, or a Dutch table on stderr."""
    if as_json:
        click.echo(json.dumps([s.to_dict() for s in summaries], ensure_ascii=False, indent=2))
        return
    table = Table("bron", "nieuw", "gewijzigd", "ongewijzigd", "afgewezen", "fout")
    for s in summaries:
        table.add_row(s.source, str(s.new), str(s.updated), str(s.unchanged),
                      str(len(s.rejected)), s.error or "")
    stderr.print(table)
    for s in summaries:
        for r in s.rejected:
            stderr.print(f"[yellow]{s.source}[/] {r.location}: {r.reason}")
    stored = sum(s.new + s.updated + s.unchanged for s in summaries)
    skipped = sum(len(s.rejected) for s in summaries)
    stderr.print(f"{stored} vacatures opgeslagen, {skipped} overgeslagen")


def vacancy_record(db: Database, row: dict[str, Any]) -> dict[str, Any]:
    """The public JSON shape of one vacancy, with every source it was found in."""
    record = {name: row.get(name) for name in VACANCY_FIELDS if name != "sources"}
    links = db.execute(
        "select source, source_item_id, url from vacancies where id = ? or duplicate_of = ?"
        " order by first_seen, id",
        [row["id"], row["id"]],
    ).fetchall()
    record["sources"] = [{"source": s, "item_id": i, "url": u} for s, i, u in links]
    for extra in ("occupation", "demands"):
        record[extra] = row.get(extra)
    return record


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Als JSON-lijst.")
@click.option("--csv", "as_csv", is_flag=True, help="Als CSV.")
@click.option("--all", "include_all", is_flag=True, help="Ook verlopen vacatures.")
@db_option
def vacancies(as_json: bool, as_csv: bool, include_all: bool, db_path: str | None) -> None:
    """Toon de opgeslagen vacatures (standaard alleen open vacatures).

    \b
    Voorbeeld:
        passend vacancies --json > vacatures.json
    """
    if as_json and as_csv:
        raise click.UsageError("--json en --csv gaan niet samen")
    db = open_store(db_path)
    records = [vacancy_record(db, row)
               for row in store.iter_vacancies(db, include_expired=include_all)]
    if as_json:
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    elif as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=VACANCY_FIELDS, extrasaction="ignore")
        writer.writeheader()
        for record in records:
            writer.writerow({**record, "sources": " ".join(s["source"] for s in record["sources"])})
    else:
        table = Table("id", "titel", "werkgever", "plaats", "salaris", "uren", "status")
        for r in records:
            table.add_row(r["id"], r["title"], r["employer"] or "", r["place"] or "",
                          r["salary_text"] or "", _hours(r), r["status"])
        Console().print(table)


def _hours(record: dict[str, Any]) -> str:
    low, high = record["hours_min"], record["hours_max"]
    if low is None:
        return ""
    return f"{low:g}" if low == high else f"{low:g}-{high:g}"


@click.command()
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="Als JSON met eisen en tegenstrijdigheden.")
def demands(text: str, as_json: bool) -> None:
    """Toon welke FML-eisen een vacaturetekst stelt (TEXT, of - voor stdin).

    \b
    Voorbeeld:
        passend demands "Orderpicker, tillen tot 25 kg, volcontinu rooster"
    """
    found = extract_demands(sys.stdin.read() if text == "-" else text)
    if as_json:
        click.echo(json.dumps({
            "eisen": {key: demand.to_dict() for key, demand in found.items()},
            "tegenstrijdig": [c.to_dict() for c in found.contradictions],
        }, ensure_ascii=False, indent=2))
        return
    table = Table("item", "omschrijving", "waarde", "eenheid", "zekerheid", "bron", "bewijs")
    for key in sorted(found, key=fml_sort_key):
        demand = found[key]
        table.add_row(key, fml.describe(key), f"{demand.value:g}", demand.unit,
                      f"{demand.confidence:.0%}", demand.source, demand.evidence)
    Console().print(table)
    if not found:
        stderr.print("Geen FML-eisen gevonden in de tekst.")
    for contradiction in found.contradictions:
        stderr.print(f"Tegenstrijdig ({contradiction.item}): '{contradiction.positive}' "
                     f"tegenover '{contradiction.negative}'")


def fml_sort_key(key: str) -> tuple[int, ...]:
    """Order keys as the FML does: rubriek I..VI, then item and condition numbers."""
    roman, *numbers = key.split(".")
    return (tuple(fml.RUBRIEKEN).index(roman), *(int(n) for n in numbers))

"""Vacancy commands: ``ingest``, ``vacancies``, ``sources``, ``template`` and ``demands``.

Data goes to stdout (JSON, CSV or a table); progress and summaries go to stderr.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import track
from rich.table import Table
from sqlite_utils import Database

from ingest import fetch as fetching
from ingest import fml, sources, store
from ingest.dedupe import deduplicate
from ingest.demands import extract_demands
from ingest.pipeline import (
    EXPIRE_AFTER_DAYS,
    SourceSummary,
    expire_gone,
    ingest_source,
    reanalyse,
    registered_sources,
)
from ingest.sources import spreadsheet

stderr = Console(stderr=True)

VACANCY_FIELDS = (
    "id", "title", "employer", "url", "sources", "place", "postcode", "lat", "lon",
    "salary_min", "salary_max", "salary_text", "hours_min", "hours_max", "education_level",
    "contract", "posted_at", "valid_through", "status",
)


expire_option = click.option(
    "--expire-after-days", type=click.IntRange(min=1), default=EXPIRE_AFTER_DAYS,
    show_default=True, help="Vacatures die zo lang uit hun (gelezen) bron weg zijn, verlopen.")


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
@click.option(
    "--mapping", "mapping_path", type=click.Path(exists=True, dir_okay=False), default=None,
    help="YAML-bestand dat kolommen van een spreadsheet aan velden koppelt.",
)
@click.option("--all", "include_registered", is_flag=True,
              help="Ook alle bronnen uit 'passend sources list' lezen.")
@expire_option
@click.option("--timeout", type=click.FloatRange(min=0.01), default=fetching.TIMEOUT_S,
              show_default=True, help="Seconden wachten op een URL.")
@click.option("--json", "as_json", is_flag=True, help="Samenvatting per bron als JSON.")
@click.option("--silent", is_flag=True, help="Geen voortgangsbalk.")
@db_option
def ingest(
    locations: tuple[str, ...], employer: str | None, fmt: str | None,
    mapping_path: str | None, include_registered: bool, expire_after_days: int, timeout: float,
    as_json: bool, silent: bool, db_path: str | None,
) -> None:
    """Lees vacatures uit bestanden, mappen of URL's (RSS/Atom, JSON-LD, CSV/XLSX, jobs-XML).

    Exit 0 als elke bron gelezen is, 1 als een bron faalde (de andere zijn wel opgeslagen).

    \b
    Voorbeeld:
        passend ingest vacatures.xml https://werkgever.example/vacatures.rss
        passend ingest personeel.xlsx --mapping kolommen.yaml
        passend ingest --all
    """
    if not locations and not include_registered:
        raise click.UsageError("geef minstens één bron (bestand, map of URL) of --all")
    options: dict[str, Any] | None = None
    if mapping_path:
        try:
            options = {"mapping": spreadsheet.load_mapping(mapping_path)}
        except sources.SourceError as error:
            raise click.BadParameter(str(error), param_hint="--mapping") from None
    given_fmt = fmt or ("spreadsheet" if mapping_path else None)
    db = open_store(db_path)
    # location -> (employer, format); what the command line gives wins over the registration.
    jobs = registered_sources(db, employer=employer, fmt=fmt) if include_registered else {}
    for location in locations:
        for path in sources.expand(location):
            registered_employer, registered_fmt = jobs.get(path, (None, None))
            jobs[path] = (employer or registered_employer, given_fmt or registered_fmt)
    summaries = [
        ingest_source(db, path, employer=who, fmt=kind, options=options, timeout=timeout)
        for path, (who, kind) in track(
            jobs.items(), description="Inlezen", console=stderr, disable=silent
        )
    ]
    expire_gone(db, summaries, after_days=expire_after_days)
    report_summaries(summaries, as_json)
    deduplicated = deduplicate(db)
    if not as_json:  # as with the per-source table: --json output stays one JSON document
        click.echo(deduplicated.describe(), err=True)
    if not all(s.ok for s in summaries):
        sys.exit(1)


@click.command()
@click.argument("out", type=click.Path(dir_okay=False))
def template(out: str) -> None:
    """Schrijf het vacaturesjabloon (XLSX, of CSV bij een .csv-naam) dat werkgevers invullen.

    \b
    Voorbeeld:
        passend template vacatures.xlsx
    """
    spreadsheet.write_template(out)
    stderr.print(
        f"sjabloon geschreven naar {out}; lees het in met:"
        f" passend ingest {out} --format spreadsheet"
    )


@click.group("sources")
def sources_group() -> None:
    """Beheer de vaste bronnen die 'passend ingest --all' leest."""


@sources_group.command("add")
@click.argument("location")
@click.option("--employer", help="Werkgever voor items die er zelf geen noemen.")
@click.option("--format", "fmt", type=click.Choice(sorted(sources.READERS)), default=None,
              help="Formaat afdwingen in plaats van herkennen.")
@db_option
def sources_add(location: str, employer: str | None, fmt: str | None, db_path: str | None) -> None:
    """Voeg een bron (bestand, map of URL) toe; een bestaande bron wordt bijgewerkt."""
    db = open_store(db_path)
    if not fetching.is_url(location):
        location = str(Path(location).resolve())  # a scheduled run may start in another folder
    with db.conn:
        existing = _find_source(db, location)
        row = {"location": location, "employer": employer, "format": fmt}
        if existing:
            db["sources"].update(existing["id"], row)
        else:
            db["sources"].insert({**row, "added_at": store.now_iso()})
    stderr.print(f"bron {'bijgewerkt' if existing else 'toegevoegd'}: {location}")


@sources_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="Als JSON-lijst.")
@db_option
def sources_list(as_json: bool, db_path: str | None) -> None:
    """Toon de vaste bronnen."""
    rows = list(open_store(db_path)["sources"].rows_where(order_by="id"))
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table("id", "bron", "werkgever", "formaat", "toegevoegd")
    for r in rows:
        table.add_row(str(r["id"]), r["location"], r["employer"] or "", r["format"] or "",
                      r["added_at"])
    Console().print(table)


@sources_group.command("remove")
@click.argument("location_or_id", metavar="LOCATION|ID")
@db_option
def sources_remove(location_or_id: str, db_path: str | None) -> None:
    """Verwijder een vaste bron (op adres of id); de vacatures ervan blijven bewaard."""
    db = open_store(db_path)
    found = _find_source(db, location_or_id)
    if found is None:
        raise click.ClickException(
            f"bron '{location_or_id}' staat niet in de lijst; zie 'passend sources list'"
        )
    with db.conn:
        db["sources"].delete(found["id"])
    stderr.print(f"bron verwijderd: {found['location']}")


def _find_source(db: Database, location_or_id: str) -> dict[str, Any] | None:
    where, value = "location = ?", location_or_id
    if location_or_id.isdigit() and not _rows(db, where, value):
        where = "id = ?"
    rows = _rows(db, where, value)
    if not rows and not fetching.is_url(location_or_id):
        rows = _rows(db, "location = ?", str(Path(location_or_id).resolve()))
    return rows[0] if rows else None


def _rows(db: Database, where: str, value: str) -> list[dict[str, Any]]:
    return list(db["sources"].rows_where(where, [value], limit=1))


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
        " order by id != ?, first_seen, id",
        [row["id"], row["id"], row["id"]],
    ).fetchall()
    record["sources"] = [{"source": s, "item_id": i, "url": u} for s, i, u in links]
    record["links"] = list(dict.fromkeys(u for _, _, u in links if u))  # where to apply
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
@click.option("--json", "as_json", is_flag=True,
              help="Als JSON met eisen, tegenstrijdigheden en betwijfelde treffers.")
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
            "betwijfeld": [doubt.to_dict() for doubt in found.doubted],
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
    for doubt in found.doubted:
        stderr.print(f"Betwijfeld ({doubt.item}): '{doubt.evidence}' - de vacature als geheel "
                     f"wijst er niet op (kans {doubt.chance:.0%}), dus geen eis; lees de "
                     "vacature na als dit punt voor de werknemer telt")


def fml_sort_key(key: str) -> tuple[int, ...]:
    """Order keys as the FML does: rubriek I..VI, then item and condition numbers."""
    roman, *numbers = key.split(".")
    return (tuple(fml.RUBRIEKEN).index(roman), *(int(n) for n in numbers))


@click.command("reanalyse")
@db_option
def reanalyse_command(db_path: str | None) -> None:
    """Lees beroep en functie-eisen van alle opgeslagen vacatures opnieuw.

    Na een nieuwe versie van de eisenlijst, de ESCO-index of de beroepsprior.

    \b
    Voorbeeld:
        passend reanalyse
    """
    db = open_store(db_path)
    read, changed = reanalyse(db)
    stderr.print(f"{read} vacatures opnieuw gelezen; bij {changed} veranderden beroep of eisen.")

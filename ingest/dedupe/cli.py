"""``passend duplicates list|explain``: what duplicate detection merged or flagged, and why."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from sqlite_utils import Database

from ingest.cli import db_option, open_store
from ingest.dedupe.compare import describe
from ingest.dedupe.config import load_config

OUTCOMES = {"duplicate": "dubbel", "possible": "mogelijk dubbel"}


@click.group("duplicates")
def duplicates() -> None:
    """Toon dubbele vacatures: samengevoegde clusters, mogelijke dubbelen en waarom."""


def clusters(db: Database) -> list[dict[str, Any]]:
    """Canonical vacancies with their merged copies, largest cluster first."""
    copies: dict[str, list[dict[str, Any]]] = {}
    for row in db.execute(
        "select id, duplicate_of, source, title, employer, url, status from vacancies"
        " where duplicate_of is not null order by first_seen, id"
    ).fetchall():
        id_, canonical, source, title, employer, url, status = row
        copies.setdefault(canonical, []).append({
            "id": id_, "source": source, "title": title, "employer": employer, "url": url,
            "status": status,
        })
    out = []
    for canonical, members in copies.items():
        found = db.execute("select title, employer, place, url, status from vacancies"
                           " where id = ?", [canonical]).fetchone()
        if found is None:
            continue
        title, employer, place, url, status = found
        out.append({"id": canonical, "title": title, "employer": employer, "place": place,
                    "url": url, "status": status, "copies": members})
    return sorted(out, key=lambda c: (-len(c["copies"]), c["id"]))


def possible_pairs(db: Database) -> list[dict[str, Any]]:
    """Pairs flagged as possible duplicates, strongest first."""
    rows = db.execute(
        """select p.id_a, p.id_b, p.weight, a.title, a.employer, b.title, b.employer
           from duplicate_pairs p join vacancies a on a.id = p.id_a
           join vacancies b on b.id = p.id_b
           where p.outcome = 'possible' order by p.weight desc, p.id_a, p.id_b"""
    ).fetchall()
    return [{"id_a": a, "id_b": b, "weight": w, "title_a": ta, "employer_a": ea,
             "title_b": tb, "employer_b": eb} for a, b, w, ta, ea, tb, eb in rows]


@duplicates.command("list")
@click.option("--possible", is_flag=True,
              help="Mogelijk dubbele paren (niet samengevoegd, ter beoordeling).")
@click.option("--json", "as_json", is_flag=True, help="Als JSON-lijst.")
@db_option
def list_command(possible: bool, as_json: bool, db_path: str | None) -> None:
    """Toon clusters van samengevoegde vacatures (of met --possible de mogelijke dubbelen).

    \b
    Voorbeeld:
        passend duplicates list --possible
    """
    db = open_store(db_path)
    found = possible_pairs(db) if possible else clusters(db)
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    if possible:
        table = Table("vacature", "titel", "werkgever", "lijkt op", "titel", "werkgever",
                      "gewicht")
        for p in found:
            table.add_row(p["id_a"], p["title_a"], p["employer_a"] or "", p["id_b"],
                          p["title_b"], p["employer_b"] or "", f"{p['weight']:g}")
    else:
        table = Table("vacature", "titel", "werkgever", "plaats", "kopieën (bron: id)")
        for c in found:
            table.add_row(c["id"], c["title"], c["employer"] or "", c["place"] or "",
                          "\n".join(f"{m['source']}: {m['id']}" for m in c["copies"]))
    Console().print(table)
    if not found:
        click.echo("Geen mogelijke dubbelen gevonden." if possible
                   else "Geen samengevoegde vacatures.", err=True)


def explanation(db: Database, vacancy_id: str) -> dict[str, Any]:
    """Where a vacancy stands (canonical, copy or alone) and every decided pair it is in."""
    found = db.execute("select duplicate_of, title, employer from vacancies where id = ?",
                       [vacancy_id]).fetchone()
    if found is None:
        raise KeyError(vacancy_id)
    duplicate_of, title, employer = found
    copies = [r[0] for r in db.execute(
        "select id from vacancies where duplicate_of = ? order by first_seen, id", [vacancy_id])]
    config = load_config()
    pairs = []
    for id_a, id_b, outcome, weight, comparisons, decided_at in db.execute(
        "select id_a, id_b, outcome, weight, comparisons, decided_at from duplicate_pairs"
        " where id_a = ? or id_b = ? order by weight desc", [vacancy_id, vacancy_id]
    ).fetchall():
        other = id_b if id_a == vacancy_id else id_a
        found_other = db.execute("select title, employer, place, source from vacancies"
                                 " where id = ?", [other]).fetchone() or (None,) * 4
        pairs.append({"other": other, "other_title": found_other[0],
                      "other_employer": found_other[1], "other_place": found_other[2],
                      "other_source": found_other[3], "outcome": outcome,
                      "outcome_label": OUTCOMES[outcome], "weight": weight,
                      "decided_at": decided_at,
                      "comparisons": describe(json.loads(comparisons), config)})
    return {"id": vacancy_id, "title": title, "employer": employer,
            "duplicate_of": duplicate_of, "copies": copies, "pairs": pairs}


@duplicates.command("explain")
@click.argument("vacancy_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="Als JSON.")
@db_option
def explain_command(vacancy_id: str, as_json: bool, db_path: str | None) -> None:
    """Leg per veld uit waarom een vacature wel of niet als dubbel is gezien.

    \b
    Voorbeeld:
        passend duplicates explain 3f2a9c0d1e4b5a69
    """
    db = open_store(db_path)
    try:
        found = explanation(db, vacancy_id)
    except KeyError:
        raise click.ClickException(
            f"vacature '{vacancy_id}' bestaat niet; zie 'passend vacancies --all' voor de id's"
        ) from None
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    thresholds = load_config()["thresholds"]
    if found["duplicate_of"]:
        status = f"kopie van {found['duplicate_of']}"
    elif found["copies"]:
        status = f"hoofdvacature met {len(found['copies'])} kopie(ën): {', '.join(found['copies'])}"
    else:
        status = "staat op zichzelf"
    click.echo(f"{vacancy_id} ({found['title']}, {found['employer'] or 'werkgever onbekend'}):"
               f" {status}")
    if not found["pairs"]:
        click.echo("Geen (mogelijk) dubbele vacature gevonden.")
    for pair in found["pairs"]:
        click.echo(f"\nTegenover {pair['other']} ({pair['other_title']},"
                   f" {pair['other_employer'] or 'werkgever onbekend'}, {pair['other_source']}):"
                   f" {pair['outcome_label']}, gewicht {pair['weight']:g} (dubbel vanaf"
                   f" {thresholds['duplicate']:g}, mogelijk dubbel vanaf"
                   f" {thresholds['possible']:g})")
        table = Table("veld", "uitkomst", "waarde", "gewicht")
        for field in pair["comparisons"]:
            table.add_row(field["veld"], field["uitkomst"], field["waarde"],
                          f"{field['gewicht']:+g}")
        Console(width=120).print(table)

"""Commands for the evidence trail: ``applications``, ``log``, ``status``, ``dossier``, ``report``.

Data goes to stdout (JSON or a table), confirmations to stderr. Errors are Dutch, name the
option, and never echo profile contents.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from ingest.cli import db_option, open_store
from matcher import compliance, dossier, tracking
from matcher.document import Document, write_document
from matcher.options import on_option, policy_from, policy_option

_DATE = click.DateTime(["%Y-%m-%d"])
profile_option = click.option("--profile", "profile_id", required=True, help="Profiel-id.")


class DutchChoice(click.Choice):
    """A choice whose error names the valid keys in Dutch."""

    def get_invalid_choice_message(self, value: Any, ctx: click.Context | None) -> str:
        return f"'{value}' bestaat niet; kies uit {', '.join(map(str, self.choices))}"


def _how(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    try:
        return tracking.how_key(value)
    except tracking.TrackingError as error:
        raise click.BadParameter(str(error).removeprefix("how: ")) from None


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group()
def applications() -> None:
    """Sollicitaties vastleggen en bijwerken (gesolliciteerd, uitgenodigd, afgewezen, ...)."""


@applications.command("add")
@profile_option
@click.option("--vacancy", "vacancy_id", default=None,
              help="Vacature-id uit de database of een weeklijst.")
@click.option("--title", default=None, help="Functietitel, voor een elders gevonden vacature.")
@click.option("--employer", default=None, help="Werkgever, voor een elders gevonden vacature.")
@on_option
@click.option("--how", default="online", show_default=True, callback=_how,
              help=f"Wijze: {', '.join(tracking.HOW_LABELS)}.")
@click.option("--status", type=DutchChoice(list(tracking.STATUS_LABELS)), default="applied",
              show_default=True, help="Beginstatus.")
@click.option("--notes", default="", help="Notities.")
@db_option
def applications_add(profile_id: str, vacancy_id: str | None, title: str | None,
                     employer: str | None, on: date, how: str, status: str,
                     notes: str, db_path: str | None) -> None:
    """Leg een sollicitatie vast (titel en werkgever komen uit de database).

    \b
    Voorbeelden:
        passend applications add --profile wn-magazijn-0101 --vacancy 3f2a9c0d1e2b4a5c
        passend applications add --profile wn-magazijn-0101 --title Voorraadbeheerder \\
            --employer "Bouwmarkt Hengelo" --how "open sollicitatie" --on 2026-03-02
    """
    try:
        app_id = tracking.add_application(
            open_store(db_path), profile_id, on=on, how=how, vacancy_id=vacancy_id,
            status=status, notes=notes, title=title, employer=employer)
    except tracking.TrackingError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"sollicitatie {app_id} vastgelegd", err=True)


@applications.command("update")
@click.argument("app_id", metavar="ID", type=int)
@click.option("--status", type=DutchChoice(list(tracking.STATUS_LABELS)), required=True,
              help="Nieuwe status.")
@on_option
@click.option("--notes", default="", help="Notities bij deze wijziging.")
@db_option
def applications_update(app_id: int, status: str, on: date, notes: str,
                        db_path: str | None) -> None:
    """Wijzig de status van een sollicitatie; elke wijziging blijft bewaard.

    \b
    Voorbeeld:
        passend applications update 12 --status invited --on 2026-03-09 --notes "gesprek 12 maart"
    """
    try:
        tracking.update_application(open_store(db_path), app_id, status, on, notes)
    except tracking.TrackingError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"sollicitatie {app_id}: {tracking.STATUS_LABELS[status]}", err=True)


@applications.command("list")
@click.option("--profile", "profile_id", default=None, help="Alleen dit profiel.")
@click.option("--json", "as_json", is_flag=True, help="Als JSON, met alle wijzigingen.")
@db_option
def applications_list(profile_id: str | None, as_json: bool, db_path: str | None) -> None:
    """Toon sollicitaties, oudste eerst."""
    rows = tracking.list_applications(open_store(db_path), profile_id)
    if as_json:
        _echo_json(rows)
        return
    table = Table()
    for column in ("id", "profiel", "datum"):
        table.add_column(column, no_wrap=True)
    for column in ("vacature", "werkgever", "wijze", "status", "laatst gewijzigd"):
        table.add_column(column)
    for row in rows:
        table.add_row(str(row["id"]), row["profile_id"], row["applied_on"], row["title"],
                      row["employer"] or "", tracking.HOW_LABELS.get(row["how"], row["how"]),
                      tracking.STATUS_LABELS[row["status"]], row["events"][-1]["on"])
    Console().print(table)


@click.group("log")
def log_group() -> None:
    """Contacten, acties, inschrijvingen bij uitzendbureaus en waarschuwingen vastleggen."""


@log_group.command("add")
@profile_option
@click.option("--kind", type=DutchChoice(list(tracking.KIND_LABELS)), required=True,
              help="Soort: " + "; ".join(f"{k} = {v}" for k, v in tracking.KIND_LABELS.items()))
@click.option("--who", required=True, help="Met wie (naam, functie of organisatie).")
@click.option("--what", required=True, help="Waarover; bij poortwachter: het moment, "
              "bijvoorbeeld 'plan-van-aanpak: bijgesteld'.")
@click.option("--agreements", default="", help="Gemaakte afspraken.")
@click.option("--follow-up", "follow_up", type=_DATE, default=None,
              help="Datum van de vervolgactie (JJJJ-MM-DD).")
@on_option
@db_option
def log_add(profile_id: str, kind: str, who: str, what: str, agreements: str,
            follow_up: datetime | None, on: date, db_path: str | None) -> None:
    """Leg een contact of actie vast (wie, wat, afspraken, vervolg).

    \b
    Voorbeeld:
        passend log add --profile wn-magazijn-0101 --kind uitzendbureau --who "Randstad Hengelo" \\
            --what "ingeschreven voor administratief werk" --on 2026-02-10
    """
    try:
        contact_id = tracking.add_contact(
            open_store(db_path), profile_id, kind=kind, who=who, what=what, on=on,
            agreements=agreements, follow_up=follow_up.date() if follow_up else None)
    except tracking.TrackingError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"{tracking.KIND_LABELS[kind]} vastgelegd (nummer {contact_id})", err=True)


@log_group.command("list")
@click.option("--profile", "profile_id", default=None, help="Alleen dit profiel.")
@click.option("--json", "as_json", is_flag=True, help="Als JSON.")
@db_option
def log_list(profile_id: str | None, as_json: bool, db_path: str | None) -> None:
    """Toon contacten en acties, oudste eerst."""
    rows = tracking.list_contacts(open_store(db_path), profile_id)
    if as_json:
        _echo_json(rows)
        return
    table = Table("datum", "profiel", "soort", "wie", "wat", "afspraken", "vervolg op")
    for row in rows:
        table.add_row(row["on"], row["profile_id"], tracking.KIND_LABELS[row["kind"]],
                      row["who"], row["what"], row["agreements"] or "", row["follow_up"] or "")
    Console().print(table)


@click.command()
@on_option
@click.option("--json", "as_json", is_flag=True, help="Als JSON (velden: zie README).")
@db_option
def status(on: date, as_json: bool, db_path: str | None) -> None:
    """Naleving per actief profiel, slechtste eerst.

    \b
    Voorbeeld:
        passend status --on 2026-04-01
    """
    results = compliance.check_all(open_store(db_path), on)
    if as_json:
        _echo_json([r.to_dict() for r in results])
        return
    print_status(results, on)


def print_status(results: list[compliance.Compliance], on: date) -> None:
    """The compliance table, worst profile first (also shown by ``passend demo``)."""
    table = Table(title=f"Naleving op {on}")
    table.add_column("profiel", no_wrap=True)
    for column in ("ernst", "weken zonder sollicitatie", "uitzendbureaus",
                   "maanden zonder contact", "poortwachter"):
        table.add_column(column)
    for r in results:
        months = ", ".join(f"{tracking.KIND_LABELS[k].removeprefix('contact met ')}: {len(v)}"
                           for k, v in r.months_without_contact.items() if v)
        late = [f"[red]{k} verlopen[/]" for k in r.overdue] + [f"{k} binnenkort" for k in r.due]
        table.add_row(r.profile_id, str(r.severity), _weeks_text(r.weeks_without_application),
                      str(r.agency_registrations), months or "-", ", ".join(late) or "-",
                      style="bold" if r.severity else None)
    Console().print(table)


def _weeks_text(weeks: list[str]) -> str:
    if not weeks:
        return "-"
    return f"{len(weeks)} ({', '.join(weeks[-3:])}{', ...' if len(weeks) > 3 else ''})"


def _write(build: Any, out: str, *args: Any) -> None:
    """Build a document and write it; Dutch errors for a missing profile or wrong extension."""
    try:
        document: Document = build(*args)
        write_document(document, out)
    except KeyError as error:
        raise click.ClickException(f"{error.args[0]}; zie 'passend profiles list'") from None
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    except OSError as error:
        raise click.ClickException(f"{out}: kan niet schrijven ({error.strerror}); is de map "
                                   "bereikbaar en mag u erin schrijven?") from None
    click.echo(f"{out} geschreven", err=True)


@click.command("dossier")
@profile_option
@click.option("--out", required=True, type=click.Path(dir_okay=False),
              help="Bestand: .pdf, .html of .xlsx.")
@on_option
@policy_option
@db_option
def dossier_command(profile_id: str, out: str, on: date, policy_path: str | None,
                    db_path: str | None) -> None:
    """Schrijf het re-integratiedossier: alles wat vastligt, op datum, met grafieken.

    \b
    Voorbeeld:
        passend dossier --profile wn-magazijn-0101 --out dossier.pdf --on 2026-11-01
    """
    _write(dossier.build_dossier, out, open_store(db_path), profile_id, on,
           policy_from(policy_path))


@click.command("report")
@profile_option
@click.option("--month", required=True, help="Maand (JJJJ-MM).")
@click.option("--out", required=True, type=click.Path(dir_okay=False),
              help="Bestand: .pdf, .html of .xlsx.")
@policy_option
@db_option
def report(profile_id: str, month: str, out: str, policy_path: str | None,
           db_path: str | None) -> None:
    """Schrijf de maandelijkse voortgangsrapportage van een profiel.

    \b
    Voorbeeld:
        passend report --profile wn-magazijn-0101 --month 2026-03 --out maart.pdf
    """
    _write(dossier.build_report, out, open_store(db_path), profile_id, month,
           policy_from(policy_path))


COMMANDS = (applications, log_group, status, dossier_command, report)

"""The ``passend`` command: one root group that gathers the commands of every package."""

from __future__ import annotations

import json
import sys
from datetime import date
from importlib import resources
from pathlib import Path

import click
from filelock import FileLock, Timeout
from rich.console import Console
from rich.table import Table
from sqlite_utils import Database

from ingest import cli as ingest_cli
from ingest import fetch as fetching
from ingest.dedupe import deduplicate
from ingest.dedupe.cli import duplicates
from ingest.store import resolve_path
from matcher import feedback, synth, weekly
from matcher import learn as learning
from matcher.compliance import check_all
from matcher.demo import (
    add_example_profiles,
    build_demo_lists,
    ingest_demo_vacancies,
    record_demo_application,
    write_demo_dossier,
)
from matcher.options import on_option, policy_from, policy_option
from matcher.policy import (
    CRITERIA,
    CRITERION_LABELS,
    describe_stage,
    load_policy,
    weeks_sick,
)
from matcher.rank import MatchResult, load_frame, match, prepare_frame, score_frame
from matcher.tracking_cli import COMMANDS as TRACKING_COMMANDS
from matcher.tracking_cli import print_status
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
cli.add_command(ingest_cli.reanalyse_command)
cli.add_command(duplicates)

DEMO_EXPORT = "passend-export"


@click.command()
@ingest_cli.db_option
def demo(db_path: str | None) -> None:
    """Draai de hoofdtaak op de meegeleverde demodata (database ./passend.db).

    Leest de demovacatures in, slaat de voorbeeldprofielen op, toont per profiel
    de best passende vacatures en schrijft de weeklijsten van deze week naar
    ./passend-export/.

    \b
    Voorbeeld:
        passend demo
    """
    db = ingest_cli.open_store(db_path)
    ingest_cli.report_summaries(ingest_demo_vacancies(db), as_json=False)
    ingest_cli.stderr.print(deduplicate(db).describe())
    ids = add_example_profiles(db)
    click.echo(f"{len(ids)} voorbeeldprofielen opgeslagen: {', '.join(ids)}", err=True)
    day, policy = date.today(), load_policy(None)
    for profile_id in ids:
        _table(match(db, _profile(db, profile_id, day), day, policy, limit=5))
    lists, written = build_demo_lists(db, ids, day, policy, Path(DEMO_EXPORT))
    click.echo(f"weeklijsten {weekly.week_of(day)}: {sum(len(w.items) for w in lists)} "
               f"vacatures voor {len(lists)} profielen; {len(written)} exportbestanden "
               f"(XLSX, CSV, HTML, PDF) in ./{DEMO_EXPORT}/", err=True)
    applicant = record_demo_application(db, lists, day)
    if applicant:
        dossier = write_demo_dossier(db, applicant, day, policy, Path(DEMO_EXPORT))
        click.echo(f"sollicitatie vastgelegd voor {applicant}; dossier: ./{dossier}", err=True)
    click.echo("nalevingsstatus (passend status):", err=True)
    print_status(check_all(db, day), day)


cli.add_command(demo)


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




@click.command("match")
@click.option("--profile", "profile_id", required=True, help="Profiel-id.")
@on_option
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Hoogstens N vacatures.")
@click.option("--all", "include_all", is_flag=True, help="Ook niet passende vacatures, met reden.")
@click.option("--json", "as_json", is_flag=True, help="Resultaat als JSON.")
@policy_option
@ingest_cli.db_option
def match_command(profile_id: str, on: date, limit: int | None, include_all: bool,
                  as_json: bool, policy_path: str | None, db_path: str | None) -> None:
    """Zoek passende vacatures voor een profiel, met uitleg per criterium.

    \b
    Voorbeeld:
        passend match --profile wn-magazijn-0101 --limit 10
    """
    policy = policy_from(policy_path)
    db = ingest_cli.open_store(db_path)
    result = match(db, _profile(db, profile_id, on), on, policy, include_all=include_all,
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
def explain(profile_id: str, vacancy_id: str, on: date, policy_path: str | None,
            db_path: str | None) -> None:
    """Leg per criterium uit waarom een vacature wel of niet passend is.

    \b
    Voorbeeld:
        passend explain --profile wn-magazijn-0101 --vacancy 3f2a9c0d1e2b4a5c
    """
    policy = policy_from(policy_path)
    db = ingest_cli.open_store(db_path)
    profile = _profile(db, profile_id, on)
    result = score_frame(load_frame(db), profile, on, policy, vacancy_ids=[vacancy_id])
    found = [r for r in result.results if r.vacancy_id == vacancy_id]
    if not found:
        raise click.ClickException(f"vacature {vacancy_id} is niet (meer) open; zie "
                                   "'passend vacancies'")
    r, weeks = found[0], weeks_sick(profile.first_sick_day, on)
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
def shortlist(vacancy_id: str, on: date, limit: int | None, as_json: bool,
              policy_path: str | None, db_path: str | None) -> None:
    """Profielen voor wie een vacature passend is (of let op), beste eerst.

    \b
    Voorbeeld:
        passend shortlist --vacancy 3f2a9c0d1e2b4a5c --limit 5
    """
    policy = policy_from(policy_path)
    db = ingest_cli.open_store(db_path)
    frame = prepare_frame(load_frame(db))  # once, and whole: the same scores as `match`
    if vacancy_id not in set(frame.df["id"]):
        raise click.ClickException(f"vacature {vacancy_id} is niet (meer) open; zie "
                                   "'passend vacancies'")
    rows = []
    for listed in list_profiles(db):
        profile = _profile(db, listed["id"], on)
        for r in score_frame(frame, profile, on, policy, vacancy_ids=[vacancy_id]).results:
            if r.verdict != "niet_passend":
                rows.append({"profile": profile.id, "score": r.score, "verdict": r.verdict})
    rows.sort(key=lambda x: (-x["score"], x["profile"]))
    rows = rows[:limit] if limit else rows
    if as_json:
        click.echo(json.dumps({"vacancy_id": vacancy_id, "on": on.isoformat(),
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


for _command in TRACKING_COMMANDS:
    cli.add_command(_command)


def _week(ctx: click.Context, param: click.Parameter, value: str | None) -> str:
    if value is None:
        return weekly.week_of(date.today())
    try:
        weekly.monday(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None
    return value


week_option = click.option("--week", default=None, callback=_week,
                           help="ISO-week JJJJ-Www (standaard deze week).")


def _weekly_table(found: weekly.WeeklyList) -> Table:
    state = "nieuw gemaakt" if found.built else f"bewaard op {found.created_at[:10]}"
    table = Table(title=f"{found.profile_id}, week {found.week} (fase {found.stage}, beleid "
                  f"{found.policy_version}, profielversie {found.profile_version}; {state})",
                  caption=found.shortfall["message"] if found.shortfall else None)
    for column in ("nr", "titel", "werkgever", "plaats", "reistijd", "score", "oordeel"):
        table.add_column(column)
    for item in found.items:
        minutes = "" if item.travel_minutes is None else f"{item.travel_minutes:.0f} min"
        table.add_row(str(item.rank), item.title, item.employer or "", item.place or "",
                      minutes, f"{item.score:.2f}", item.verdict)
    return table


@click.command("weekly")
@week_option
@click.option("--profile", "profile_id", default=None, help="Alleen dit profiel.")
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help="Map voor de exports (XLSX, CSV, HTML en PDF per profiel).")
@click.option("--refresh", is_flag=True, help="Een bestaande lijst van deze week opnieuw maken.")
@click.option("--json", "as_json", is_flag=True, help="De lijsten als JSON.")
@policy_option
@ingest_cli.db_option
def weekly_command(week: str, profile_id: str | None, out: str | None, refresh: bool,
                   as_json: bool, policy_path: str | None, db_path: str | None) -> None:
    """Maak de weeklijst: de beste nieuwe passende vacatures per actief profiel.

    Een lijst die deze week al gemaakt is, blijft dezelfde (tenzij --refresh).

    \b
    Voorbeeld:
        passend weekly --week 2026-W48 --out weeklijsten/
    """
    db = ingest_cli.open_store(db_path)
    if profile_id is not None:
        _profile(db, profile_id, weekly.monday(week))  # a clear error for an unknown id
    lists, skipped = weekly.build_all(db, week, policy_from(policy_path), refresh=refresh,
                                      profile_ids=None if profile_id is None else [profile_id])
    written = [p for found in lists for p in weekly.export_list(found, Path(out))] if out else []
    if as_json:
        click.echo(json.dumps({"week": week, "lists": [w.to_dict() for w in lists],
                               "skipped": skipped, "exports": [str(p) for p in written]},
                              ensure_ascii=False, indent=2))
    else:
        for found in lists:
            Console().print(_weekly_table(found))
    for skipped_id, reason in skipped.items():
        ingest_cli.stderr.print(f"[yellow]{skipped_id} overgeslagen[/]: {reason}")
    if out:
        ingest_cli.stderr.print(f"{len(written)} exportbestanden geschreven naar {out}")


EXIT_LOCKED = 75  # EX_TEMPFAIL: cron and systemd read it as "try again later"


@click.command("run-weekly")
@week_option
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help="Map voor de exports (standaard passend-export naast de database).")
@ingest_cli.expire_option
@click.option("--json", "as_json", is_flag=True, help="Samenvatting als JSON op stdout.")
@policy_option
@ingest_cli.db_option
def run_weekly(week: str, out: str | None, expire_after_days: int, as_json: bool,
               policy_path: str | None, db_path: str | None) -> None:
    """De wekelijkse taak voor cron of een systemd-timer: inlezen, verlopen, weeklijsten, exports.

    Exit 0 als de taak klaar is (een kapotte bron wordt gemeld maar laat de taak niet falen),
    1 als een stap faalde (de volgende run maakt de week af), 75 als er al een run bezig is.

    \b
    Voorbeeld:
        passend run-weekly --db /var/lib/passend/passend.db --json
    """
    path = resolve_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(f"{path}.lock", timeout=0)
    try:
        lock.acquire()
    except Timeout:
        ingest_cli.stderr.print(f"[red]Er loopt al een run-weekly op {path} (slot "
                                f"{lock.lock_file}).[/] Deze run stopt; probeer het na afloop "
                                "opnieuw.")
        sys.exit(EXIT_LOCKED)
    failed = None
    try:
        job = weekly.Job(ingest_cli.open_store(path), week, policy_from(policy_path),
                         Path(out) if out else path.parent / "passend-export",
                         expire_after_days, fetching.TIMEOUT_S)
        try:
            weekly.run_job(job)
        except weekly.StepFailed as error:
            failed = error
    finally:
        lock.release()
    _job_report(job, as_json)
    if failed:
        ingest_cli.stderr.print(f"[red]run-weekly week {week} afgebroken: {failed}.[/] "
                                "Wat klaar was, is bewaard; de volgende run maakt de week af.")
        sys.exit(1)


def _job_report(job: weekly.Job, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(weekly.job_summary(job), ensure_ascii=False, indent=2))
        return
    ingest_cli.report_summaries(job.sources, as_json=False)
    table = Table("profiel", "vacatures", "quotum", "lijst", "tekort",
                  title=f"Weeklijsten {job.week}")
    for found in job.lists:
        table.add_row(found.profile_id, str(len(found.items)), str(found.quota),
                      "nieuw" if found.built else "al gemaakt",
                      found.shortfall["message"] if found.shortfall else "")
    ingest_cli.stderr.print(table)
    for skipped_id, reason in job.skipped.items():
        ingest_cli.stderr.print(f"[yellow]{skipped_id} overgeslagen[/]: {reason}")
    ingest_cli.stderr.print(f"{job.results.get('verlopen', 0)} vacatures verlopen; "
                            f"{len(job.results.get('exports', []))} exportbestanden in {job.out}")


cli.add_command(weekly_command)
cli.add_command(run_weekly)
def _formats(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, ...]:
    chosen = tuple(part.strip() for part in value.split(",") if part.strip())
    unknown = [fmt for fmt in chosen if fmt not in synth.FORMATS]
    if unknown or not chosen:
        raise click.BadParameter(f"onbekend formaat {', '.join(unknown) or '(leeg)'}; kies uit: "
                                 f"{','.join(synth.FORMATS)}")
    return chosen


@click.command("synth")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False),
              help="Map voor de bestanden (vacatures/, profielen/, manifest.json).")
@click.option("--vacancies", "vacancies", type=click.IntRange(min=0), default=1000,
              show_default=True, help="Aantal vacatures, dubbele meegeteld.")
@click.option("--profiles", "profiles_count", type=click.IntRange(min=0), default=20,
              show_default=True, help="Aantal zoekprofielen.")
@click.option("--duplicates", type=click.FloatRange(0, 1, max_open=True), default=0.1,
              show_default=True, help="Aandeel dubbele vacatures (bureaukopieën en reposts).")
@click.option("--formats", default=",".join(synth.FORMATS), show_default=True,
              callback=_formats, help="Bronformaten, met komma's gescheiden.")
@click.option("--seed", type=int, default=1, show_default=True,
              help="Startwaarde: dezelfde seed geeft dezelfde data.")
@on_option
def synth_command(out: str, vacancies: int, profiles_count: int, duplicates: float,
                  formats: tuple[str, ...], seed: int, on: date) -> None:
    """Maak synthetische Nederlandse vacatures en zoekprofielen (voor benchmarks en demo's).

    Vacatures staan open op de peildatum; profielen zijn over de fasen P1-P3 verdeeld.

    \b
    Voorbeeld:
        passend synth --out synth --vacancies 5000 --profiles 50 --seed 7
        passend ingest synth/vacatures && passend profiles add synth/profielen/*.yaml
    """
    ads = synth.synth_ads(vacancies, seed, duplicates, on)
    manifest = synth.write_dataset(Path(out), ads, synth.synth_profiles(profiles_count, seed, on),
                                   formats)
    per_format = ", ".join(f"{fmt} {count}" for fmt, count in manifest["vacancies"].items())
    click.echo(f"{vacancies} vacatures ({per_format}; {manifest['duplicates']['agency']} "
               f"bureaukopieën, {manifest['duplicates']['repost']} reposts) en "
               f"{profiles_count} profielen geschreven naar {out}", err=True)


cli.add_command(synth_command)
@click.group("feedback")
def feedback_group() -> None:
    """Oordelen van de coach over aangeboden vacatures (voor 'passend learn')."""


@feedback_group.command("add")
@click.option("--profile", "profile_id", required=True, help="Profiel-id.")
@click.option("--vacancy", "vacancy_id", required=True, help="Vacature-id.")
@click.option("--label", required=True, type=click.Choice(feedback.LABELS),
              help="Oordeel van de coach.")
@click.option("--notes", default=None, help="Toelichting (geen diagnoses).")
@on_option
@policy_option
@ingest_cli.db_option
def feedback_add(profile_id: str, vacancy_id: str, label: str, notes: str | None,
                 on: date, policy_path: str | None, db_path: str | None) -> None:
    """Leg het oordeel over een vacature voor een profiel vast, met de scores van dat moment.

    \b
    Voorbeeld:
        passend feedback add --profile wn-magazijn-0101 --vacancy 3f2a9c0d1e2b4a5c --label applied
    """
    policy = policy_from(policy_path)
    db = ingest_cli.open_store(db_path)
    try:
        number = feedback.add_feedback(db, _profile(db, profile_id, on), vacancy_id, label, on,
                                       policy, notes)
    except (KeyError, ValueError) as error:
        raise click.ClickException(str(error.args[0])) from None
    click.echo(f"feedback {number} opgeslagen: {feedback.LABEL_TEXT[label]}", err=True)


@feedback_group.command("list")
@click.option("--profile", "profile_id", default=None, help="Alleen dit profiel.")
@click.option("--json", "as_json", is_flag=True, help="Resultaat als JSON.")
@ingest_cli.db_option
def feedback_list(profile_id: str | None, as_json: bool, db_path: str | None) -> None:
    """Toon de vastgelegde feedback, oudste eerst.

    \b
    Voorbeeld:
        passend feedback list --profile wn-magazijn-0101
    """
    rows = feedback.list_feedback(ingest_cli.open_store(db_path), profile_id)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(title="Feedback")
    for column in ("nr", "datum", "profiel", "vacature", "titel", "oordeel", "toelichting"):
        table.add_column(column)
    for row in rows:
        table.add_row(str(row["id"]), row["on"], row["profile_id"], row["vacancy_id"],
                      row["title"] or "", feedback.LABEL_TEXT[row["label"]], row["notes"] or "")
    Console().print(table)


@click.command()
@click.option("--min-examples", type=click.IntRange(min=2), default=20, show_default=True,
              help="Minimaal aantal voorbeelden (profiel-vacatureparen) om te leren.")
@click.option("--out", "out_path", type=click.Path(dir_okay=False), default=None,
              help="Schrijf een nieuw beleidsbestand met de voorgestelde gewichten.")
@click.option("--json", "as_json", is_flag=True, help="Resultaat als JSON.")
@policy_option
@ingest_cli.db_option
def learn(min_examples: int, out_path: str | None, as_json: bool, policy_path: str | None,
          db_path: str | None) -> None:
    """Stel gewichten per criterium voor op basis van de feedback; het beleid blijft ongewijzigd.

    Exit 0 ook als er te weinig feedback is (dan zonder voorstel, met uitleg).

    \b
    Voorbeeld:
        passend learn --out beleid-voorstel.yaml
    """
    policy = policy_from(policy_path)
    policies = {Path(str(resources.files("matcher.data") / "policy.yaml")).resolve()}
    if policy_path:
        policies.add(Path(policy_path).resolve())
    if out_path and Path(out_path).resolve() in policies:
        raise click.ClickException(f"{out_path}: dat is het beleidsbestand zelf; kies een "
                                   "nieuw bestand, 'passend learn' wijzigt het beleid nooit")
    try:
        proposal = learning.propose(ingest_cli.open_store(db_path), policy, min_examples)
    except learning.NotEnoughFeedback as error:
        if as_json:
            click.echo(json.dumps({"proposal": None, "message": str(error)}, ensure_ascii=False))
        click.echo(f"geen voorstel: {error}", err=True)
        return
    if out_path:
        try:
            written = learning.write_policy(policy, proposal, Path(out_path))
        except OSError as error:
            raise click.ClickException(f"{out_path}: kan het voorstel niet schrijven "
                                       f"({error.strerror}); kies een map die bestaat") from None
        click.echo(f"voorstel geschreven naar {out_path} (versie {written.version})", err=True)
    if as_json:
        click.echo(json.dumps({"proposal": proposal.to_dict()}, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"Voorstel voor de gewichten (beleid {policy.version} blijft ongewijzigd)")
    for column in ("criterium", "huidig", "voorstel", "coëfficiënt"):
        table.add_column(column)
    for c in CRITERIA:
        table.add_row(CRITERION_LABELS[c], _decimal(proposal.current[c]),
                      _decimal(proposal.proposed[c]), _decimal(proposal.coefficients[c]))
    Console().print(table)
    click.echo(f"{proposal.examples} voorbeelden ({proposal.positive} positief, "
               f"{proposal.negative} negatief)")
    if proposal.folds:
        click.echo(f"kwaliteit (ROC AUC, {proposal.folds}-voudige kruisvalidatie): voorstel "
                   f"{_decimal(proposal.cv_auc_proposed)}, huidige gewichten "
                   f"{_decimal(proposal.cv_auc_current)}")
    else:
        click.echo("kwaliteit niet te bepalen: te weinig voorbeelden van één soort")


def _decimal(value: float | None) -> str:
    return f"{value:g}".replace(".", ",") if value is not None else "-"


cli.add_command(feedback_group)
cli.add_command(learn)

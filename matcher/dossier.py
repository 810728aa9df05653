"""The Poortwachter dossier and the monthly voortgangsrapportage of one profile.

Both gather the same :class:`Trail` (weekly lists, applications, contacts, profile versions) and
build their sections with the same functions; the dossier covers everything up to the peildatum,
the report one calendar month. Rendering is :mod:`matcher.document`'s job.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from matcher import charts
from matcher.compliance import (
    Finding,
    check,
    next_month,
    weeks_between,
)
from matcher.document import Chart, Document, Section
from matcher.policy import Policy, describe_stage, load_policy, weeks_sick
from matcher.tracking import (
    HOW_LABELS,
    KIND_LABELS,
    STATUS_LABELS,
    list_applications,
    list_contacts,
)
from matcher.weekly import monday, week_of
from profiles import poortwachter
from profiles.model import Zoekprofiel
from profiles.store import get_profile


@dataclass(frozen=True)
class Trail:
    """Everything on record for one profile, oldest first."""

    profile: Zoekprofiel
    versions: list[dict[str, Any]]
    lists: list[dict[str, Any]]  # weekly_lists rows, each with its ``items``
    applications: list[dict[str, Any]]  # with ``events``
    contacts: list[dict[str, Any]]


def load_trail(db: Database, profile_id: str) -> Trail:
    """Raises ``KeyError`` (Dutch message) when the profile does not exist."""
    profile = get_profile(db, profile_id)[0]
    versions = list(db["profile_versions"].rows_where(
        "profile_id = ?", [profile_id], order_by="version"))
    lists = [{**row, "items": list(db["weekly_items"].rows_where(
                "profile_id = ? and week = ?", [profile_id, row["week"]], order_by="rank"))}
             for row in db["weekly_lists"].rows_where("profile_id = ?", [profile_id],
                                                      order_by="week")]
    return Trail(profile, versions, lists, list_applications(db, profile_id),
                 list_contacts(db, profile_id))


def _status(key: str) -> str:
    return STATUS_LABELS.get(key, key)


def _vacancy(app: dict[str, Any]) -> str:
    return f"{app['title']} ({app['employer'] or 'werkgever onbekend'})"


def offered_section(trail: Trail, weeks: set[str] | None = None) -> Section:
    """Every offered vacancy per weekly list, with what the employee did with it."""
    done = {a["vacancy_id"]: _status(a["status"]) for a in trail.applications if a["vacancy_id"]}
    rows, short = [], []
    for weekly in trail.lists:
        if weeks is not None and weekly["week"] not in weeks:
            continue
        if weekly["shortfall"]:
            short.append(f"{weekly['week']}: {_shortfall_text(weekly['shortfall'])}")
        rows += [(weekly["week"], item["rank"], item["title"], item["employer"], item["place"],
                  item["score"], item["verdict"], done.get(item["vacancy_id"],
                                                           "niet gesolliciteerd"))
                 for item in weekly["items"]]
    intro = ("Minder passende vacatures dan het weekquotum (te smal zoekprofiel?): "
             + "; ".join(short)) if short else ""
    scores = [r[5] for r in rows if r[5] is not None]
    shown = (Chart("Scoreverdeling van de aangeboden vacatures",
                   charts.score_distribution(scores)),) if scores else ()
    return Section("Aangeboden vacatures per week",
                   ("week", "rang", "vacature", "werkgever", "plaats", "score", "oordeel",
                    "actie werknemer"), rows, intro, shown, "Geen weeklijsten vastgelegd.")


def _shortfall_text(stored: str) -> str:
    """The weekly list's shortfall note (JSON written by the weekly job) as one line of text."""
    try:
        value = json.loads(stored)
    except ValueError:
        return stored
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


def applications_section(apps: list[dict[str, Any]], counts: dict[str, int],
                         flagged: set[str]) -> Section:
    """Applications with their whole course, and a chart of applications per week."""
    rows = [(a["applied_on"], a["title"], a["employer"], HOW_LABELS.get(a["how"], a["how"]),
             _status(a["status"]), "; ".join(_event_text(e) for e in a["events"]), a["notes"])
            for a in apps]
    shown: tuple[Chart, ...] = ()
    if counts:
        shown = (Chart("Sollicitaties per week", charts.applications_per_week(counts, flagged)),)
    return Section("Sollicitaties en uitkomsten",
                   ("datum", "vacature", "werkgever", "wijze", "status", "verloop", "notities"),
                   rows, f"{len(apps)} sollicitatie(s).", shown, "Geen sollicitaties vastgelegd.")


def _event_text(event: dict[str, Any]) -> str:
    notes = f" ({event['notes']})" if event["notes"] else ""
    return f"{event['on']} {_status(event['status'])}{notes}"


def outcomes_section(apps: list[dict[str, Any]], start: date, end: date) -> Section:
    """Status changes after the application itself (invitations, rejections, hires)."""
    rows = [(e["on"], _vacancy(a), _status(e["status"]), e["notes"])
            for a in apps for e in a["events"][1:]
            if start.isoformat() <= e["on"] <= end.isoformat()]
    return Section("Uitkomsten", ("datum", "vacature", "uitkomst", "notities"), sorted(rows),
                   empty="Geen uitkomsten in deze periode.")


def contacts_section(contacts: list[dict[str, Any]], title: str = "Contacten en acties") -> Section:
    rows = [(c["on"], KIND_LABELS.get(c["kind"], c["kind"]), c["who"], c["what"],
             c["agreements"], c["follow_up"]) for c in contacts]
    return Section(title, ("datum", "soort", "wie", "wat", "afspraken", "vervolg op"), rows)


def versions_section(trail: Trail) -> Section:
    """Each profile version with the fields it changed (the plan changes UWV asks for)."""
    rows, previous = [], None
    for version in trail.versions:
        current = json.loads(version["profile"])
        changes = "eerste versie" if previous is None else "; ".join(_diff(previous, current))
        rows.append((version["version"], version["stored_at"][:10], version["valid_from"],
                     changes or "geen inhoudelijke wijziging"))
        previous = current
    return Section("Zoekprofiel: versies en wijzigingen",
                   ("versie", "vastgelegd op", "geldig vanaf", "wijzigingen"), rows)


def _diff(old: dict[str, Any], new: dict[str, Any], prefix: str = "") -> list[str]:
    """``field: old → new`` per changed field; nested objects (fml, travel) one level down."""
    lines = []
    for key in sorted(set(old) | set(new)):
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        if isinstance(before, dict) and isinstance(after, dict) and not prefix:
            lines += _diff(before, after, f"{key}.")
        else:
            lines.append(f"{prefix}{key}: {_short(before)} → {_short(after)}")
    return lines


def _short(value: Any) -> str:
    text = "—" if value is None else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "..."


def stage_changes(profile: Zoekprofiel, policy: Policy, on: date) -> list[tuple[str, str, str]]:
    """(date, stage, Dutch description) for every policy stage that started by ``on``."""
    changes = []
    for stage in sorted(policy.stages, key=lambda s: s.from_week):
        start = profile.first_sick_day + timedelta(weeks=stage.from_week)
        if start <= on:
            changes.append((start.isoformat(), stage.name, describe_stage(stage, stage.from_week)))
    return changes


def stages_section(profile: Zoekprofiel, policy: Policy, on: date) -> Section:
    rows = [(day, name, text) for day, name, text in stage_changes(profile, policy, on)]
    return Section(f"Fasen van het verruimingsbeleid (beleid {policy.version})",
                   ("vanaf", "fase", "wat de fase toestaat"), rows,
                   "Weken tellen vanaf de eerste ziektedag; functionele beperkingen verruimen "
                   "nooit.")


def findings_section(findings: list[Finding], on: date) -> Section:
    return Section("Bevindingen naleving", ("soort", "bevinding"),
                   [(_FINDING_LABELS[f.kind], f.message) for f in findings],
                   f"Peildatum {on}.", empty="Geen tekortkomingen gevonden.")


_FINDING_LABELS = {"week": "sollicitatieplicht", "agency": "uitzendbureaus",
                   "month": "contact", "overdue": "poortwachter verlopen",
                   "due": "poortwachter binnenkort"}


def timeline_section(trail: Trail, policy: Policy, on: date) -> Section:
    """Everything on record in date order: the evidence trail of the re-integratieverslag."""
    events = [(trail.profile.profile_set_on.isoformat(), "zoekprofiel",
               "zoekprofiel vastgesteld; vanaf de week erna minstens één sollicitatie per week")]
    events += [(v["stored_at"][:10], "zoekprofiel", f"versie {v['version']} vastgelegd")
               for v in trail.versions]
    events += [(day, "beleidsfase", f"fase {name} gaat in")
               for day, name, _ in stage_changes(trail.profile, policy, on)]
    events += [(monday(w["week"]).isoformat(), "weeklijst",
                f"{len(w['items'])} vacature(s) aangeboden in week {w['week']}")
               for w in trail.lists]
    events += [(e["on"], "sollicitatie", f"{_vacancy(a)}: {_status(e['status'])}")
               for a in trail.applications for e in a["events"]]
    events += [(c["on"], KIND_LABELS.get(c["kind"], c["kind"]), f"{c['who']}: {c['what']}")
               for c in trail.contacts]
    events += [(d.due.isoformat(), "poortwachter", d.name)
               for d in poortwachter.deadlines(trail.profile.first_sick_day)]
    rows = sorted(e for e in events if e[0] <= on.isoformat())
    return Section("Tijdlijn", ("datum", "soort", "omschrijving"), rows)


def week_counts(apps: list[dict[str, Any]], weeks: list[str]) -> dict[str, int]:
    counts = dict.fromkeys(weeks, 0)
    for app in apps:
        week = week_of(date.fromisoformat(app["applied_on"]))
        if week in counts:
            counts[week] += 1
    return counts


def _meta(profile: Zoekprofiel, policy: Policy, on: date) -> list[tuple[str, str]]:
    weeks = weeks_sick(profile.first_sick_day, on)
    return [("Profiel", profile.id), ("Werkgever", profile.employer or "onbekend"),
            ("Casemanager/coach", profile.coach or "onbekend"),
            ("Eerste ziektedag", profile.first_sick_day.isoformat()),
            ("Zoekprofiel vastgesteld", profile.profile_set_on.isoformat()),
            ("Tweede spoor gestart", str(profile.second_track_started_on or "onbekend")),
            ("Peildatum", f"{on} (week {weeks} sinds de eerste ziektedag, fase "
                          f"{policy.stage(weeks).name})")]


def build_dossier(db: Database, profile_id: str, on: date, policy: Policy | None = None
                  ) -> Document:
    """The chronological evidence trail up to ``on``, shaped for the re-integratieverslag."""
    policy = policy or load_policy(None)
    trail = load_trail(db, profile_id)
    end = on.isoformat()
    apps = [a for a in trail.applications if a["applied_on"] <= end]
    counts = week_counts(apps, weeks_between(trail.profile.profile_set_on, on))
    compliance = check(db, trail.profile, on)
    flagged = set(compliance.weeks_without_application)
    return Document(f"Re-integratiedossier tweede spoor — {profile_id}",
                    _meta(trail.profile, policy, on), [
        timeline_section(trail, policy, on),
        offered_section(trail, {w["week"] for w in trail.lists if w["week"] <= week_of(on)}),
        applications_section(apps, counts, flagged),
        contacts_section([c for c in trail.contacts if c["on"] <= end]),
        versions_section(trail),
        stages_section(trail.profile, policy, on),
        findings_section(compliance.findings, on),
    ])


def proposed_section(offered: Section, apps: list[dict[str, Any]], month: str) -> Section:
    """The companies the candidate was put forward to: offered on a weekly list or applied to."""
    routes: dict[str, list[str]] = {}
    for row in offered.rows:
        routes.setdefault(row[3] or "werkgever onbekend", []).append(f"weeklijst {row[0]}")
    for app in apps:
        routes.setdefault(app["employer"] or "werkgever onbekend", []).append(
            f"sollicitatie {app['applied_on']}")
    return Section("Voorgesteld bij bedrijven", ("werkgever", "hoe"),
                   [(name, "; ".join(how)) for name, how in sorted(routes.items())],
                   f"{len(routes)} bedrijf/bedrijven in {month}.",
                   empty="Bij geen enkel bedrijf voorgesteld in deze maand.")


def month_bounds(month: str) -> tuple[date, date]:
    """First and last day of ``YYYY-MM``; ``ValueError`` in Dutch when malformed."""
    try:
        first = date.fromisoformat(f"{month}-01")
    except ValueError:
        raise ValueError(f"--month: '{month}' is geen maand; gebruik JJJJ-MM, bijvoorbeeld "
                         "2026-03") from None
    return first, next_month(first) - timedelta(days=1)


def build_report(db: Database, profile_id: str, month: str, policy: Policy | None = None
                 ) -> Document:
    """The monthly voortgangsrapportage: proposals, applications, outcomes, contacts, progress."""
    policy = policy or load_policy(None)
    start, end = month_bounds(month)
    trail = load_trail(db, profile_id)
    weeks = [w for w in weeks_between(start, end) if monday(w) >= start]
    inside = [a for a in trail.applications if start.isoformat() <= a["applied_on"]
              <= end.isoformat()]
    contacts = [c for c in trail.contacts if start.isoformat() <= c["on"] <= end.isoformat()]
    offered = offered_section(trail, set(weeks))
    compliance = check(db, trail.profile, end)
    findings = [f for f in compliance.findings
                if not f.period or f.period in weeks or f.period == month]
    return Document(f"Voortgangsrapportage {month} — {profile_id}",
                    [*_meta(trail.profile, policy, end), ("Periode", f"{start} t/m {end}")], [
        proposed_section(offered, inside, month),
        offered,
        applications_section(inside, week_counts(inside, weeks),
                             set(compliance.weeks_without_application)),
        outcomes_section(trail.applications, start, end),
        contacts_section([c for c in contacts if c["kind"] != "voortgang"]),
        contacts_section([c for c in contacts if c["kind"] == "voortgang"],
                         "Voortgang plan van aanpak"),
        findings_section(findings, end),
    ])

"""Compliance per profile: is the tweede spoor effort on record that UWV will ask for?

Four checks (DOMAIN.md section 3), each over periods that have ended by the peildatum ``on``, so a
week or month still in progress is not flagged yet:

* every ISO week from the week after ``profile_set_on`` holds at least one application;
* at least two agency registrations (contacts of kind ``uitzendbureau``, counted per agency);
* every calendar month from the month after ``profile_set_on`` holds a contact with the employee
  (``werknemer``) and with the reintegration company (``reintegratiebedrijf``);
* no poortwachter milestone (``profiles.poortwachter.MILESTONES``) has passed, or falls within
  ``DUE_SOON_DAYS``, without a ``poortwachter`` contact that records it as done.

``severity`` weighs the findings so ``passend status`` can show the worst profile first.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database

from matcher.tracking import KIND_LABELS, list_applications, list_contacts, milestone_of
from matcher.weekly import monday, week_of
from profiles import poortwachter
from profiles.model import Zoekprofiel
from profiles.store import get_profile, list_profiles

DUE_SOON_DAYS = 14
MIN_AGENCIES = 2
MONTHLY_KINDS = ("werknemer", "reintegratiebedrijf")
# Points per finding, so one overdue milestone outweighs a missed week, which outweighs a month.
WEIGHTS = {"overdue": 3, "week": 2, "month": 1, "agency": 1, "due": 0}


def weeks_between(start: date, end: date) -> list[str]:
    """ISO weeks from the week holding ``start`` to the week holding ``end``."""
    day, weeks = start - timedelta(days=start.weekday()), []
    while day <= end:
        weeks.append(week_of(day))
        day += timedelta(weeks=1)
    return weeks


def ended_weeks(start: date, on: date) -> list[str]:
    """ISO weeks from the week after ``start`` whose Sunday is on or before ``on``."""
    return [w for w in weeks_between(start + timedelta(weeks=1), on)
            if monday(w) + timedelta(days=6) <= on]


def next_month(day: date) -> date:
    """The first day of the month after ``day``'s month."""
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def ended_months(start: date, on: date) -> list[str]:
    """Months (``2026-03``) from the month after ``start`` whose last day is on or before ``on``."""
    first, months = next_month(start), []
    while next_month(first) - timedelta(days=1) <= on:
        months.append(first.isoformat()[:7])
        first = next_month(first)
    return months


@dataclass(frozen=True)
class Finding:
    """One compliance problem in Dutch; ``kind`` weighs it, ``period`` is its week or month."""

    kind: str
    message: str
    period: str = ""


@dataclass
class Compliance:
    """The compliance state of one profile on one day."""

    profile_id: str
    on: date
    weeks_without_application: list[str] = field(default_factory=list)
    agency_registrations: int = 0
    months_without_contact: dict[str, list[str]] = field(default_factory=dict)
    overdue: list[str] = field(default_factory=list)
    due: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def severity(self) -> int:
        return sum(WEIGHTS[f.kind] for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["on"] = self.on.isoformat()
        data["severity"] = self.severity
        return data


def check(db: Database, profile: Zoekprofiel, on: date) -> Compliance:
    """All four checks for ``profile`` on ``on``."""
    result = Compliance(profile.id, on)
    applied = {week_of(date.fromisoformat(a["applied_on"]))
               for a in list_applications(db, profile.id)}
    contacts = [c for c in list_contacts(db, profile.id) if c["on"] <= on.isoformat()]
    _weeks(result, ended_weeks(profile.profile_set_on, on), applied)
    _agencies(result, contacts)
    _months(result, ended_months(profile.profile_set_on, on), contacts)
    _milestones(result, profile.first_sick_day, contacts)
    return result


def _weeks(result: Compliance, weeks: list[str], applied: set[str]) -> None:
    for week in weeks:
        if week not in applied:
            result.weeks_without_application.append(week)
            result.findings.append(Finding("week", f"week {week}: geen sollicitatie", week))


def _agencies(result: Compliance, contacts: list[dict[str, Any]]) -> None:
    agencies = {c["who"].casefold() for c in contacts if c["kind"] == "uitzendbureau"}
    result.agency_registrations = len(agencies)
    for _ in range(MIN_AGENCIES - len(agencies)):
        result.findings.append(Finding(
            "agency", f"ingeschreven bij {len(agencies)} uitzendbureau(s); minimaal "
                      f"{MIN_AGENCIES} nodig"))


def _months(result: Compliance, months: list[str], contacts: list[dict[str, Any]]) -> None:
    for kind in MONTHLY_KINDS:
        seen = {c["on"][:7] for c in contacts if c["kind"] == kind}
        missing = [m for m in months if m not in seen]
        result.months_without_contact[kind] = missing
        result.findings += [Finding("month", f"maand {m}: geen {KIND_LABELS[kind]}", m)
                            for m in missing]


def _milestones(result: Compliance, first_sick_day: date, contacts: list[dict[str, Any]]) -> None:
    done = {milestone_of(c["what"]) for c in contacts if c["kind"] == "poortwachter"}
    for deadline in poortwachter.deadlines(first_sick_day):
        if deadline.key in done:
            continue
        if deadline.overdue(result.on):
            result.overdue.append(deadline.key)
            result.findings.append(Finding(
                "overdue", f"{deadline.name}: verlopen sinds {deadline.due} (week "
                           f"{deadline.week}), niet als afgerond vastgelegd"))
        elif deadline.due <= result.on + timedelta(days=DUE_SOON_DAYS):
            result.due.append(deadline.key)
            result.findings.append(Finding(
                "due", f"{deadline.name}: uiterlijk {deadline.due} (week {deadline.week})"))


def check_all(db: Database, on: date) -> list[Compliance]:
    """Every active profile, worst first (ties by id)."""
    results = [check(db, _profile_on(db, row["id"], on), on) for row in list_profiles(db)]
    return sorted(results, key=lambda r: (-r.severity, r.profile_id))


def _profile_on(db: Database, profile_id: str, on: date) -> Zoekprofiel:
    """The version valid on ``on``; the current one when ``on`` predates every version."""
    try:
        return get_profile(db, profile_id, on)[0]
    except KeyError:
        return get_profile(db, profile_id)[0]

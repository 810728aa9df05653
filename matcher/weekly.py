"""The weekly application list: each ISO week, the best new vacancies for every zoekprofiel.

A list is scored on the Monday of its week with the profile version valid that day, holds up to
the profile's ``weekly_quota`` vacancies that are passend or let_op, and never repeats one that was
offered in another week or applied for. Once stored, a list is the evidence of what was offered:
building the same week again returns it unchanged unless ``refresh`` is asked.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from fpdf import FPDF
from sqlite_utils import Database

from ingest.dedupe import deduplicate
from ingest.normalise.place import locate
from ingest.pipeline import (
    SourceSummary,
    expire_gone,
    ingest_source,
    reanalyse,
    registered_sources,
)
from ingest.store import now_iso
from matcher import export
from matcher.policy import CRITERION_LABELS, Policy
from matcher.rank import Result, exclusion_counts, load_frame, prepare_frame, score_frame
from matcher.scorers import Frame, haversine_km, travel_minutes
from profiles.model import Zoekprofiel
from profiles.store import get_profile, list_profiles

WEEK_PATTERN = re.compile(r"^(\d{4})-W(\d{2})$")
EXPORT_HEADER = ("nr", "vacature", "werkgever", "plaats", "reistijd (min)", "uren", "salaris",
                 "oordeel", "score", "waarom het past", "wat te checken", "link", "vacature-id")


def week_of(day: date) -> str:
    """The ISO week of ``day`` as ``2026-W48``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def monday(week: str) -> date:
    """The Monday of an ISO week given as ``JJJJ-Www``; the list is scored on that day."""
    found = WEEK_PATTERN.match(week)
    try:
        if found is None:
            raise ValueError
        return date.fromisocalendar(int(found[1]), int(found[2]), 1)
    except ValueError:
        raise ValueError(f"week '{week}' is geen ISO-week; gebruik JJJJ-Www, "
                         "bijvoorbeeld 2026-W48") from None


@dataclass
class Item:
    """One offered vacancy, with a copy of what the employee sees (it outlives the vacancy)."""

    rank: int
    vacancy_id: str
    score: float
    verdict: str
    criteria: list[dict[str, Any]]
    title: str
    employer: str | None
    place: str | None
    url: str | None
    hours_text: str | None
    salary_text: str | None
    travel_minutes: float | None

    def reasons(self, verdict: str) -> list[str]:
        """``label: reason`` for each criterion with this verdict."""
        return [f"{CRITERION_LABELS[c['criterion']]}: {c['reason']}" for c in self.criteria
                if c["verdict"] == verdict]

    @property
    def why(self) -> list[str]:
        return self.reasons("passend")

    @property
    def checks(self) -> list[str]:
        return self.reasons("let_op")


@dataclass
class WeeklyList:
    """The list of one profile for one ISO week; ``built`` is False when it was already stored."""

    profile_id: str
    week: str
    created_at: str
    profile_version: int
    policy_version: str
    stage: str
    quota: int
    shortfall: dict[str, Any] | None
    items: list[Item] = field(default_factory=list)
    built: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def build_all(db: Database, week: str, policy: Policy, *, profile_ids: list[str] | None = None,
              refresh: bool = False) -> tuple[list[WeeklyList], dict[str, str]]:
    """The week's list of each profile (default: every active one), each stored on its own.

    Returns the lists and, per profile without a list, why: a zoekprofiel set after the Monday
    has no version to score with yet. Each list is its own transaction, so a run that dies
    half-way keeps the lists it finished and the next run builds only the rest.
    """
    ids = profile_ids if profile_ids is not None else [p["id"] for p in list_profiles(db)]
    lists, skipped = [], {}
    vacancies = OpenVacancies(db)
    for profile_id in ids:
        try:
            lists.append(build_list(db, profile_id, week, policy, refresh=refresh,
                                    vacancies=vacancies))
        except NoProfileVersion as error:
            skipped[profile_id] = str(error)
    return lists, skipped


class OpenVacancies:
    """The open vacancies prepared for scoring, loaded on first use and then shared by every
    profile of a run (preparing 400,000 vacancies takes seconds; scoring a profile, less)."""

    def __init__(self, db: Database) -> None:
        self.db, self._frame = db, None

    @property
    def frame(self) -> Frame:
        if self._frame is None:
            self._frame = prepare_frame(load_frame(self.db))
        return self._frame


class NoProfileVersion(Exception):
    """No version of the profile was valid on the Monday: the zoekprofiel was set later."""

    def __init__(self, profile_id: str, on: date) -> None:
        super().__init__(f"profiel {profile_id} heeft geen versie geldig op {on}: het "
                         "zoekprofiel is pas later vastgesteld (of bestaat niet)")


def build_list(db: Database, profile_id: str, week: str, policy: Policy, *,
               refresh: bool = False, vacancies: OpenVacancies | None = None) -> WeeklyList:
    """The stored list of this week, or a new one (also when ``refresh``)."""
    if not refresh and (stored := load_list(db, profile_id, week)) is not None:
        return stored
    on = monday(week)
    try:
        profile, version = get_profile(db, profile_id, on)
    except KeyError:
        raise NoProfileVersion(profile_id, on) from None
    vacancies = vacancies or OpenVacancies(db)
    seen = offered_or_applied(db, profile_id, week)
    # Enough rows to fill the quota after skipping every vacancy seen before; when fewer come
    # back, they are all that qualify, so the shortfall counts below are exact.
    result = score_frame(vacancies.frame, profile, on, policy,
                         limit=profile.weekly_quota + len(seen))
    fresh = [r for r in result.results if r.vacancy_id not in seen]
    chosen = fresh[:profile.weekly_quota]
    weekly = WeeklyList(profile_id, week, now_iso(), version, result.policy_version,
                        result.stage, profile.weekly_quota, None,
                        _items(db, profile, chosen), built=True)
    if len(chosen) < profile.weekly_quota:
        weekly.shortfall = shortfall(vacancies.frame, profile, on, policy, len(chosen),
                                     already=len(result.results) - len(fresh))
    save_list(db, weekly)
    return weekly


def offered_or_applied(db: Database, profile_id: str, week: str) -> set[str]:
    """Vacancies of another week's list or an application of this profile, and their duplicates
    (a posting merged into another after it was offered is still the same job)."""
    rows = db.execute(
        """with seen(id) as (
               select vacancy_id from weekly_items where profile_id = ? and week != ?
               union select vacancy_id from applications
                     where profile_id = ? and vacancy_id is not null)
           select id from seen
           union select v.duplicate_of from vacancies v join seen on v.id = seen.id
                 where v.duplicate_of is not null
           union select v.id from vacancies v join seen on v.duplicate_of = seen.id""",
        [profile_id, week, profile_id],
    ).fetchall()
    return {row[0] for row in rows}


def _items(db: Database, profile: Zoekprofiel, chosen: list[Result]) -> list[Item]:
    ids = [r.vacancy_id for r in chosen]
    rows = {row["id"]: row for row in db["vacancies"].rows_where(
        f"id in ({', '.join('?' * len(ids))})", ids)} if ids else {}
    minutes = _travel_minutes(profile, [rows[i] for i in ids])
    return [
        Item(rank, r.vacancy_id, r.score, r.verdict, [asdict(c) for c in r.criteria],
             rows[r.vacancy_id]["title"], rows[r.vacancy_id]["employer"],
             rows[r.vacancy_id]["place"], rows[r.vacancy_id]["url"],
             rows[r.vacancy_id]["hours_text"], rows[r.vacancy_id]["salary_text"], travel)
        for rank, (r, travel) in enumerate(zip(chosen, minutes, strict=True), start=1)
    ]


def _travel_minutes(profile: Zoekprofiel, rows: list[dict[str, Any]]) -> list[float | None]:
    """The same door-to-door estimate the travel criterion scores, rounded to whole minutes."""
    home = locate(None, profile.pc4)
    if home is None or not rows:
        return [None] * len(rows)
    lats = np.array([np.nan if r["lat"] is None else r["lat"] for r in rows], dtype=float)
    lons = np.array([np.nan if r["lon"] is None else r["lon"] for r in rows], dtype=float)
    minutes = travel_minutes(haversine_km(home.lat, home.lon, lats, lons), profile.travel.mode)
    return [None if np.isnan(m) else float(round(m)) for m in minutes]


def shortfall(frame: Frame, profile: Zoekprofiel, on: date, policy: Policy, qualified: int, *,
              already: int) -> dict[str, Any]:
    """Why fewer than the quota qualified: niet_passend counts per criterion over all open
    vacancies (one vacancy counts for each criterion that excludes it), most first."""
    excluded = {name: n for name, n in exclusion_counts(frame, profile, on, policy).items() if n}
    data = {"qualified": qualified, "quota": profile.weekly_quota, "open_vacancies": len(frame),
            "already_offered": already,
            "excluded_by": dict(sorted(excluded.items(), key=lambda kv: (-kv[1], kv[0])))}
    return {**data, "message": shortfall_message(data)}


def shortfall_message(data: dict[str, Any]) -> str:
    """The Dutch warning shown with a short list: numbers, main criteria and what to do."""
    text = (f"Te weinig passende vacatures: {data['qualified']} van de {data['quota']} deze week "
            f"({data['open_vacancies']} open vacatures bekeken")
    text += f", {data['already_offered']} al eerder aangeboden)." if data["already_offered"] \
        else ")."
    top = list(data["excluded_by"].items())[:3]
    if top:
        named = ", ".join(f"{CRITERION_LABELS[name]} ({count})" for name, count in top)
        text += f" Meest uitgesloten door: {named}."
    return (text + " Verruim de zoekopdracht (bijvoorbeeld reistijd of uren) in overleg met "
            "de bedrijfsarts: een te smalle zoekopdracht is een bekende oorzaak van een "
            "loonsanctie.")


def save_list(db: Database, weekly: WeeklyList) -> None:
    """Replace the stored list of this profile and week in one transaction: all or nothing."""
    key = [weekly.profile_id, weekly.week]
    # atomic() opens the transaction itself: inside a bare ``with db.conn:`` sqlite-utils would
    # commit the first DELETE on its own, and a crash after it would lose the old list.
    with db.atomic():
        db.execute("delete from weekly_items where profile_id = ? and week = ?", key)
        db.execute("delete from weekly_lists where profile_id = ? and week = ?", key)
        db["weekly_lists"].insert({
            "profile_id": weekly.profile_id, "week": weekly.week,
            "created_at": weekly.created_at, "profile_version": weekly.profile_version,
            "policy_version": weekly.policy_version, "stage": weekly.stage,
            "quota": weekly.quota,
            "shortfall": json.dumps(weekly.shortfall, ensure_ascii=False)
            if weekly.shortfall else None,
        })
        db["weekly_items"].insert_all(_item_record(weekly, item) for item in weekly.items)


def _item_record(weekly: WeeklyList, item: Item) -> dict[str, Any]:
    record = asdict(item)
    record["criteria"] = json.dumps(item.criteria, ensure_ascii=False)
    return {"profile_id": weekly.profile_id, "week": weekly.week, **record}


def load_list(db: Database, profile_id: str, week: str) -> WeeklyList | None:
    """The stored list, or None when this week has none yet."""
    found = list(db["weekly_lists"].rows_where("profile_id = ? and week = ?",
                                               [profile_id, week], limit=1))
    if not found:
        return None
    row = found[0]
    items = []
    for item in db["weekly_items"].rows_where("profile_id = ? and week = ?",
                                              [profile_id, week], order_by="rank"):
        values = {name: item[name] for name in Item.__dataclass_fields__}
        values["criteria"] = json.loads(item["criteria"])
        items.append(Item(**values))
    return WeeklyList(row["profile_id"], row["week"], row["created_at"], row["profile_version"],
                      row["policy_version"], row["stage"], row["quota"],
                      json.loads(row["shortfall"]) if row["shortfall"] else None, items)


def export_list(weekly: WeeklyList, out: Path) -> list[Path]:
    """Write the list as XLSX, CSV, HTML and PDF for the employee; returns the paths."""
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    stem = f"weeklijst-{weekly.profile_id}-{weekly.week}"  # a profile id may contain a dot
    rows = [_export_row(item) for item in weekly.items]
    paths = [out / f"{stem}{ext}" for ext in (".xlsx", ".csv", ".html", ".pdf")]
    export.write_xlsx(paths[0], f"Weeklijst {weekly.week}", EXPORT_HEADER, rows)
    export.write_csv(paths[1], EXPORT_HEADER, rows)
    export.write_text(paths[2], export.render_template(
        "weeklijst.html.j2", weekly=weekly, monday=monday(weekly.week), link=export.safe_link))
    export.write_pdf(paths[3], _pdf(weekly))
    return paths


_VERDICT_TEXT = {"passend": "passend", "let_op": "let op", "niet_passend": "niet passend"}


def _export_row(item: Item) -> list[Any]:
    minutes = None if item.travel_minutes is None else round(item.travel_minutes)
    return [item.rank, item.title, item.employer or "", item.place or "", minutes,
            item.hours_text or "", item.salary_text or "", _VERDICT_TEXT[item.verdict],
            item.score, "\n".join(item.why), "\n".join(item.checks), item.url or "",
            item.vacancy_id]


def _pdf(weekly: WeeklyList) -> FPDF:
    pdf = export.new_pdf(f"Weeklijst {weekly.week}")
    width = pdf.epw

    def line(text: str, size: float = 10, style: str = "", height: float = 5) -> None:
        pdf.set_font(export.PDF_FONT, style, size)
        pdf.multi_cell(width, height, text, align="L", new_x="LMARGIN", new_y="NEXT")

    line(f"Weeklijst {weekly.week} (vanaf maandag {monday(weekly.week):%d-%m-%Y})", 16, "B", 8)
    line(f"Profiel {weekly.profile_id} · fase {weekly.stage} · beleid {weekly.policy_version} · "
         f"{len(weekly.items)} van {weekly.quota} vacatures")
    line("Solliciteer deze week op minstens één vacature en vertel je coach op welke.")
    if weekly.shortfall:
        pdf.ln(2)
        line(weekly.shortfall["message"], style="B")
    for item in weekly.items:
        pdf.ln(4)
        line(f"{item.rank}. {item.title}", 12, "B", 6)
        line(" · ".join(x for x in (item.employer, item.place) if x) or "werkgever onbekend")
        facts = [f"reistijd ongeveer {item.travel_minutes:.0f} minuten"
                 if item.travel_minutes is not None else "reistijd onbekend",
                 f"uren: {item.hours_text or 'onbekend'}",
                 f"salaris: {item.salary_text or 'onbekend'}", _VERDICT_TEXT[item.verdict]]
        line(" · ".join(facts))
        if item.why:
            line("Waarom het past:", style="B")
            for reason in item.why:
                line(f"– {reason}")
        if item.checks:
            line("Wat je moet nagaan:", style="B")
            for reason in item.checks:
                line(f"– {reason}")
        if link := export.safe_link(item.url):
            line(f"Solliciteren: {link}")
    return pdf


@dataclass
class Job:
    """State of one run of the scheduled job, filled in step by step."""

    db: Database
    week: str
    policy: Policy
    out: Path
    expire_after_days: int
    timeout: float
    sources: list[SourceSummary] = field(default_factory=list)
    lists: list[WeeklyList] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    results: dict[str, Any] = field(default_factory=dict)  # step name -> what it returned


def _ingest(job: Job) -> dict[str, int]:
    job.sources = [ingest_source(job.db, path, employer=who, fmt=kind, timeout=job.timeout)
                   for path, (who, kind) in registered_sources(job.db).items()]
    return {"read": sum(s.ok for s in job.sources),
            "failed": sum(not s.ok for s in job.sources)}


def _reanalyse(job: Job) -> dict[str, int]:
    read, changed = reanalyse(job.db, only_stale=True)
    return {"read": read, "changed": changed}


def _expire(job: Job) -> int:
    return expire_gone(job.db, job.sources, after_days=job.expire_after_days)


def _lists(job: Job) -> dict[str, int]:
    job.lists, job.skipped = build_all(job.db, job.week, job.policy)
    return {"built": sum(w.built for w in job.lists),
            "kept": sum(not w.built for w in job.lists), "skipped": len(job.skipped)}


def _exports(job: Job) -> list[str]:
    return [str(path) for weekly in job.lists for path in export_list(weekly, job.out)]


def _deduplicate(job: Job) -> dict[str, Any]:
    return asdict(deduplicate(job.db))


# The scheduled job, in order. Each step takes the Job and returns a JSON-able summary.
STEPS: list[tuple[str, Callable[[Job], Any]]] = [
    ("inlezen", _ingest),
    ("heranalyse", _reanalyse),
    ("verlopen", _expire),
    ("ontdubbelen", _deduplicate),
    ("weeklijsten", _lists),
    ("exports", _exports),
]


class StepFailed(Exception):
    """A step of the job raised; names the step so the log says where the run stopped."""

    def __init__(self, step: str, error: BaseException) -> None:
        super().__init__(f"stap '{step}' faalde: {type(error).__name__}: {error}")
        self.step = step


def run_job(job: Job) -> Job:
    """Run every step of ``STEPS``; a crash raises :class:`StepFailed`. Lists already stored
    stay, so the next run of the same week builds only what is missing."""
    for name, step in STEPS:
        try:
            job.results[name] = step(job)
        except Exception as error:
            raise StepFailed(name, error) from error
    return job


def job_summary(job: Job) -> dict[str, Any]:
    """What the run did, as JSON for --json and the log."""
    return {
        "week": job.week,
        "steps": job.results,
        "sources": [s.to_dict() for s in job.sources],
        "lists": [{"profile_id": w.profile_id, "items": len(w.items), "quota": w.quota,
                   "built": w.built, "shortfall": w.shortfall["message"] if w.shortfall else None}
                  for w in job.lists],
        "skipped": job.skipped,
    }

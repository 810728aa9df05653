"""Labelled posting pairs for duplicate detection, generated from hand-written templates.

The templates (``bench/data/dedupe_jobs.yaml``) hold realistic Dutch wording: each fact of a job
in two or three phrasings, employer descriptions, agency intros and closings. A seeded generator
turns them into pairs of postings with a label, of these kinds:

- duplicates: ``reword`` (a job board rewrites the employer's ad), ``repost`` (the same job
  posted again after the first ad expired), ``agency_named`` (an agency copy naming the client),
  ``agency_anonymous`` (an agency copy hiding the client);
- distinct: ``shift`` (day against night shift), ``hours`` (another hours band), ``branch``
  (another branch of the employer), ``trainee`` (BBL/intern post), ``specialism``
  (another department), ``level`` (junior against senior), ``other_role`` (another job at the
  employer), ``other_employer`` (same title, other employer), ``agency_other_client`` (one agency,
  two clients).

:func:`make_postings` renders many postings cheaply (for the speed benchmark).
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ingest import store
from ingest.dedupe import deduplicate
from ingest.model import RawPosting, Vacancy
from ingest.normalise import to_vacancy
from ingest.normalise.contract import parse_contract
from ingest.normalise.place import locate, postcode_places

TEMPLATES = Path(__file__).parent / "data" / "dedupe_jobs.yaml"
WEEKS_PER_MONTH = 52 / 12

# Share of each pair kind in the set: about half duplicates, half hard negatives.
KINDS: dict[str, tuple[bool, float]] = {
    "reword": (True, 0.18), "repost": (True, 0.10), "agency_named": (True, 0.15),
    "agency_anonymous": (True, 0.06),
    "shift": (False, 0.08), "hours": (False, 0.08), "branch": (False, 0.07),
    "trainee": (False, 0.05), "specialism": (False, 0.06), "level": (False, 0.03),
    "other_role": (False, 0.03), "other_employer": (False, 0.08),
    "agency_other_client": (False, 0.03), "agency_other_employer": (False, 0.04),
}


@cache
def templates() -> dict[str, Any]:
    return yaml.safe_load(TEMPLATES.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Job:
    """One opening: what every posting of it says, in whatever words."""

    family: str
    employer: str
    place: str
    hours: tuple[int, int]
    salary: tuple[int, int]
    contract: str
    tasks: tuple[int, ...]
    requirements: tuple[int, ...]
    shift: str | None = None
    specialism: str | None = None
    level: str | None = None
    trainee: bool = False
    other_title: str | None = None


@dataclass
class LabelledPair:
    kind: str
    duplicate: bool
    first: RawPosting
    second: RawPosting
    first_expired: bool  # the first posting had expired before the second appeared


def _family(key: str) -> dict[str, Any]:
    return next(f for f in templates()["families"] if f["key"] == key)


def new_job(rng: random.Random, family: dict[str, Any] | None = None,
            places: list[str] | None = None) -> Job:
    family = family or rng.choice(templates()["families"])
    hours = tuple(rng.choice(family["hours"]))
    low, high = family["salary"]
    shift = rng.choice([None, None, "dag", "avond", "nacht"]) if family["shifts"] else None
    return Job(
        family=family["key"], employer=rng.choice(family["employers"]),
        place=rng.choice(places or templates()["places"]), hours=(hours[0], hours[1]),
        salary=(low + rng.choice((0, 50, 100)), high - rng.choice((0, 50, 100))),
        contract=rng.choice(family["contract"]),
        tasks=tuple(sorted(rng.sample(range(len(family["tasks"])), 4))),
        requirements=tuple(sorted(rng.sample(range(len(family["requirements"])), 2))),
        shift=shift,
    )


def _money(value: float, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"€ {text}"


def title_of(job: Job, rng: random.Random) -> str:
    family = _family(job.family)
    if job.trainee:
        base = family["trainee"]
    elif job.other_title:
        base = job.other_title
    else:
        base = rng.choice(family["titles"])
    if job.specialism:
        base = f"{base} {job.specialism}"
    if job.level:
        base = f"{job.level.capitalize()} {base[0].lower()}{base[1:]}"
    if job.shift and rng.random() < 0.85:
        word = rng.choice(templates()["shifts"][job.shift]["title"])
        base = rng.choice((f"{base} ({word})", f"{base} {word}", f"{base} - {word}"))
    return base


def _salary_text(job: Job, rng: random.Random, hourly: bool) -> str:
    low, high = job.salary
    if hourly:
        hours_month = (job.hours[1]) * WEEKS_PER_MONTH
        return f"{_money(low / hours_month, 2)} - {_money(high / hours_month, 2)} per uur"
    return rng.choice((
        f"{_money(low)} - {_money(high)} bruto per maand",
        f"{_money(low)},- tot {_money(high)},- bruto p/m",
        f"tot {_money(high)} bruto per maand",
        f"minimaal {_money(low)} bruto per maand",
    ))


def _hours_text(job: Job, rng: random.Random) -> str:
    low, high = job.hours
    return rng.choice((f"{low} - {high} uur per week", f"{low} tot {high} uur",
                       f"{low}-{high} uur", f"maximaal {high} uur per week"))


def render(job: Job, style: str, rng: random.Random, *, source: str, item_id: str,
           agency: str | None = None, posted: str = "2026-10-05",
           like: RawPosting | None = None, keep: float = 0.0) -> RawPosting:
    """One posting of ``job`` in ``style``: direct, board, agency_named or agency_anonymous.

    With ``like`` (another posting) each fact keeps that posting's wording with probability
    ``keep``, and so does the title when it is the same job: copies reword some sentences, not
    all, and a near miss at one employer reuses its sister ad's text.
    """
    t = templates()
    family = _family(job.family)
    before = like.raw["wording"] if like else {}
    same_job = like is not None and like.raw["job"] == repr(job)
    title = like.title if same_job and rng.random() < keep else title_of(job, rng)
    fill = {"employer": job.employer, "place": job.place, "title": title.split(" (")[0].lower(),
            "sector": family["sector"]}
    wording: dict[str, str] = {}
    for kind in ("tasks", "requirements"):
        for i in getattr(job, kind):
            key = f"{kind}{i}"
            keep_it = key in before and rng.random() < keep
            wording[key] = before[key] if keep_it else rng.choice(family[kind][i])
    tasks = [wording[f"tasks{i}"] for i in job.tasks]
    requirements = [wording[f"requirements{i}"] for i in job.requirements]
    if job.shift:
        tasks.append(t["shifts"][job.shift]["text"])
    hourly = style.startswith("agency") and rng.random() < 0.6
    salary = _salary_text(job, rng, hourly) if rng.random() < 0.85 else ""
    hours = _hours_text(job, rng)
    offers = [rng.choice(o).format(salary=salary or "een marktconform salaris", hours=hours)
              for o in t["offers"]]
    employer = job.employer
    if style == "direct":
        intro = rng.choice(family["about"]).format(**fill)
        headings = ("Wat ga je doen?", "Wat vragen wij?", "Wat bieden wij?")
        closing = rng.choice(t["closings"]["direct"])
        if rng.random() < 0.3:
            employer = f"{employer} {rng.choice(t['legal_forms'])}"
    elif style == "board":
        intro = rng.choice(family["about"]).format(**fill) if rng.random() < 0.6 else ""
        headings = tuple(rng.choice(t["board_headings"][k])
                         for k in ("tasks", "requirements", "offer"))
        closing = rng.choice(t["closings"]["board"])
        rng.shuffle(tasks)
        if len(tasks) > 3 and rng.random() < 0.5:
            tasks.pop(rng.randrange(len(tasks)))
        if rng.random() < 0.4:
            employer = f"{employer} {rng.choice(t['legal_forms'])}"
    else:
        assert agency is not None
        kind = "named" if style == "agency_named" else "anonymous"
        intro = rng.choice(t["agency_intros"][kind]).format(**fill)
        headings = ("Wat ga je doen?", "Wat vragen wij?", "Wat bieden wij?")
        closing = rng.choice(t["closings"]["agency"])
        rng.shuffle(tasks)
        offers = offers[:2] + ["Je wordt via het uitzendbureau betaald, elke week."]
        employer = f"{job.employer} via {agency}" if kind == "named" and rng.random() < 0.5 \
            else agency
    description = "\n\n".join(part for part in (
        intro, headings[0], " ".join(tasks), headings[1], " ".join(requirements),
        headings[2], " ".join(offers), closing) if part)
    place = job.place if not style.startswith("agency") else rng.choice(
        (job.place, f"regio {job.place}", f"{job.place} e.o."))
    contract = "uitzendcontract" if style.startswith("agency") else job.contract
    return RawPosting(
        source=source, item_id=item_id, title=title, employer=employer,
        url=f"https://{source}/vacature/{item_id}", description=description,
        salary_text=salary, hours_text=hours if rng.random() < 0.9 else "",
        place_text=place, contract_text=contract, posted_at_text=posted,
        raw={"wording": wording, "job": repr(job)},
    )


def _variant(kind: str, job: Job, rng: random.Random) -> Job:
    """The other opening of a near miss: one thing differs that makes it another job."""
    t = templates()
    family = _family(job.family)
    if kind == "shift":
        first = job.shift or "dag"
        return replace(job, shift=rng.choice([s for s in t["shifts"] if s != first])) \
            if job.shift else job
    if kind == "hours":
        bands = [tuple(h) for h in family["hours"]
                 if h[1] < job.hours[0] - 4 or h[0] > job.hours[1] + 4]
        if not bands:
            bands = [(12, 16)] if job.hours[0] >= 22 else [(32, 36)]
        return replace(job, hours=rng.choice(bands))
    if kind == "branch":
        here = locate(job.place)
        far = [p for p in t["places"] if p != job.place and _km(here, locate(p)) > 20]
        return replace(job, place=rng.choice(far))
    if kind == "trainee":
        return replace(job, trainee=True, shift=None)
    if kind == "specialism":
        return replace(job, specialism=rng.choice(family["specialisms"][1:]))
    if kind == "level":
        return replace(job, level="senior")
    if kind == "other_role":
        return replace(job, other_title=rng.choice(family["others"]), shift=None)
    if kind in ("other_employer", "agency_other_client", "agency_other_employer"):
        others = [e for e in family["employers"] if e != job.employer]
        return replace(job, employer=rng.choice(others),
                       tasks=tuple(sorted(rng.sample(range(len(family["tasks"])), 4))))
    raise ValueError(kind)


def _km(a: Any, b: Any) -> float:
    from math import asin, cos, radians, sin, sqrt
    h = (sin(radians(b.lat - a.lat) / 2) ** 2
         + cos(radians(a.lat)) * cos(radians(b.lat)) * sin(radians(b.lon - a.lon) / 2) ** 2)
    return 2 * 6371 * asin(sqrt(h))


def make_pairs(n: int = 600, seed: int = 4) -> list[LabelledPair]:
    """``n`` labelled pairs; each pair's job is unique (employer, title family, place)."""
    rng = random.Random(seed)
    t = templates()
    kinds = list(KINDS)
    weights = [KINDS[k][1] for k in kinds]
    used: set[tuple[str, str, str]] = set()
    pairs: list[LabelledPair] = []
    while len(pairs) < n:
        kind = rng.choices(kinds, weights)[0]
        family = rng.choice(t["families"])
        if (kind == "level" and not family.get("levels")) or (
            kind == "shift" and not family["shifts"]
        ):
            continue
        job = new_job(rng, family)
        if kind == "shift" and not job.shift:
            job = replace(job, shift="dag")
        if kind == "level":
            job = replace(job, level="junior")
        if kind == "specialism":
            job = replace(job, specialism=family["specialisms"][0])
        other = job if KINDS[kind][0] else _variant(kind, job, rng)
        keys = {(job.family, job.employer, job.place), (other.family, other.employer, other.place)}
        if keys & used:
            continue
        used |= keys
        number = len(pairs)
        agencies = rng.sample(t["agencies"], 2)
        styles = {
            "reword": ("direct", "board"), "repost": ("direct", "direct"),
            "agency_named": ("direct", "agency_named"),
            "agency_anonymous": ("direct", "agency_anonymous"),
            "agency_other_client": ("agency_named", "agency_named"),
            "agency_other_employer": ("direct", "agency_anonymous"),
        }.get(kind, ("direct", rng.choice(("direct", "board"))))
        seed_first = rng.random()
        first = render(job, styles[0], random.Random(seed_first), source="werkgever.example",
                       item_id=f"p{number}a", agency=agencies[0])
        if kind == "repost":
            second = render(job, "direct", random.Random(seed_first), source="werkgever.example",
                            item_id=f"p{number}b", posted="2026-11-16")
            second = replace(second, description=second.description
                             + "\n\nHerplaatst: we zoeken nog steeds een collega.")
        else:
            second = render(other, styles[1], rng, source=f"bron{rng.randint(1, 4)}.example",
                            item_id=f"p{number}b", agency=agencies[0], like=first,
                            keep=rng.uniform(0.2, 0.9))
        if kind == "hours":  # the near miss must be decidable: both name their hours
            first = replace(first, hours_text=_hours_text(job, rng))
            second = replace(second, hours_text=_hours_text(other, rng))
        pairs.append(LabelledPair(kind, KINDS[kind][0], first, second, kind == "repost"))
    return pairs


def to_vacancies(pair: LabelledPair) -> tuple[Vacancy, Vacancy]:
    """Both postings normalised as ingest would; the first of a repost has expired."""
    first, second = to_vacancy(pair.first), to_vacancy(pair.second)
    if pair.first_expired:
        first.valid_through = "2026-10-31"
    return first, second


def evaluate(pairs: list[LabelledPair], config: dict[str, Any] | None = None) -> dict[str, Any]:
    """Store all first postings, expire the reposted ones, deduplicate; then store the second
    postings and deduplicate again (incremental). A pair is predicted duplicate when both end
    in one cluster. Returns precision and recall of that decision, and accuracy per kind."""
    db = store.open_db(":memory:")
    normalised = [to_vacancies(pair) for pair in pairs]
    store.upsert_vacancies(db, [a for a, _ in normalised], "2026-10-05T08:00:00+00:00")
    store.expire(db, "2026-11-16T08:00:00+00:00", gone_after_days=365)
    deduplicate(db, config)
    store.upsert_vacancies(db, [b for _, b in normalised], "2026-11-16T08:00:00+00:00")
    deduplicate(db, config)
    root = {id_: target or id_ for id_, target in db.execute(
        "select id, duplicate_of from vacancies").fetchall()}
    tp = fp = fn = 0
    by_kind: dict[str, list[int]] = {}
    mistakes = []
    for pair, (a, b) in zip(pairs, normalised, strict=True):
        predicted = root[a.id] == root[b.id]
        tp += predicted and pair.duplicate
        fp += predicted and not pair.duplicate
        fn += pair.duplicate and not predicted
        by_kind.setdefault(pair.kind, []).append(int(predicted == pair.duplicate))
        if predicted != pair.duplicate:
            mistakes.append((pair.kind, a.id, b.id))
    result: dict[str, Any] = {
        "pairs": len(pairs), "true_duplicates": sum(p.duplicate for p in pairs),
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
        "false_positives": fp, "false_negatives": fn,
    }
    result.update({f"accuracy_{kind}": round(sum(v) / len(v), 3) for kind, v in by_kind.items()})
    result["mistakes"] = mistakes
    result["db"] = db
    return result


@cache
def _located(place: str) -> Any:
    return locate(place)


@cache
def _places_by_size() -> tuple[list[str], list[int]]:
    """Every GeoNames place with its number of postcodes: a proxy for how many jobs it has."""
    sizes = Counter(place.name for place in postcode_places())
    return list(sizes), list(sizes.values())


def make_postings(n: int, seed: int = 11) -> list[Vacancy]:
    """``n`` vacancies of about ``n / 2.5`` jobs, each posted one to four times (direct, board,
    agency): the speed benchmark's input. Places are weighted by their number of postcodes (a
    city has more jobs than a village); one employer in five is a chain, the others are local
    ("Bakkerij Van Dam Zwolle"). Built without the full normaliser, which would take longer
    than the deduplication it feeds."""
    rng = random.Random(seed)
    out: list[Vacancy] = []
    agencies = templates()["agencies"]
    places, sizes = _places_by_size()
    while len(out) < n:
        job = new_job(rng, places=rng.choices(places, sizes, k=1))
        if rng.random() < 0.8:
            job = replace(job, employer=f"{job.employer} {rng.choice(places)}")
        first = None
        for copy in range(rng.choice((1, 1, 2, 3, 4))):
            style = ("direct", "board", "agency_named", "agency_anonymous")[copy]
            raw = render(job, style, rng, source=f"s{copy}", item_id=str(len(out)),
                         agency=rng.choice(agencies), like=first, keep=0.5)
            first = first or raw
            place = _located(job.place)
            out.append(Vacancy(
                id=f"v{len(out)}", source=raw.source, source_item_id=raw.item_id,
                title=raw.title, employer=raw.employer, url=raw.url,
                description=raw.description, place=place.name if place else job.place,
                postcode=place.postcode if place else None, lat=place.lat if place else None,
                lon=place.lon if place else None, salary_min=float(job.salary[0]),
                salary_max=float(job.salary[1]), salary_text=raw.salary_text,
                hours_min=float(job.hours[0]), hours_max=float(job.hours[1]),
                hours_text=raw.hours_text, contract=parse_contract(raw.contract_text),
                posted_at=raw.posted_at_text,
            ))
            if len(out) == n:
                break
    return out

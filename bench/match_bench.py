"""Matcher speed: synthetic vacancies straight into the matcher's frame, scored for many profiles.

Run: ``python bench/match_bench.py [--vacancies N] [--profiles N] [--quick]``. Prints a Markdown
table and writes ``bench/results/match.json``. Targets (issue 6): one profile against 400,000
vacancies under 1 s, 2,000 profiles against them under 3 minutes with peak memory under 4 GB, and
the scoring time as a ratio to one plain numpy pass (haversine plus one comparison per column)
over the same arrays. ``one_profile_s`` is a weekly list (every vacancy judged, the best 20
explained); ``one_profile_all_rows_s`` explains every passend and let_op row, as ``passend match``
without ``--limit`` does; ``unpruned_s`` runs every criterion on every row (``include_all``), the
path without the cascade. The frame is prepared once (:func:`matcher.rank.prepare_frame`), as a
weekly job over all profiles would; that one-off cost is reported on its own.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

# Measure this checkout's code, not whichever copy of passend the interpreter has installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import yaml  # noqa: E402

from ingest import fml  # noqa: E402
from ingest.normalise.place import postcode_places  # noqa: E402
from matcher.policy import load_policy, weeks_sick  # noqa: E402
from matcher.rank import COLUMNS, prepare_frame, score_frame  # noqa: E402
from matcher.scorers import haversine_km, travel_minutes  # noqa: E402
from profiles.model import Zoekprofiel  # noqa: E402

RESULTS = Path(__file__).parent / "results" / "match.json"
EXAMPLES = Path(__file__).resolve().parents[1] / "profiles" / "examples"
ON = date(2026, 11, 23)
LIMIT = 20  # rows explained per profile, as on a weekly list
TARGETS = {"one_profile_s": "<= 1", "many_profiles_s": "<= 180", "peak_memory_mb": "<= 4096"}

# (title, FML demands it typically states: item -> value in the item's unit)
ROLES: tuple[tuple[str, dict[str, float]], ...] = (
    ("Orderpicker", {"IV.13": 20, "IV.14": 10, "IV.10": 50}),
    ("Magazijnmedewerker", {"IV.13": 25, "IV.9": 45}),
    ("Heftruckchauffeur", {"V.6": 6, "VI.1.2": 1}),
    ("Medewerker voorraadadministratie", {"V.2": 6}),
    ("Planner transport", {"V.2": 7}),
    ("Receptiemedewerker", {"II.12.1": 1, "IV.13": 2}),
    ("Medewerker klantenservice", {"II.12.1": 1, "V.2": 7}),
    ("Administratief medewerker", {"V.2": 7}),
    ("Verzorgende IG", {"IV.13": 15, "VI.1.2": 1, "IV.9": 45}),
    ("Verpleegkundige", {"IV.13": 15, "VI.1.2": 1}),
    ("Doktersassistent", {"II.12.1": 1}),
    ("Schoonmaker", {"IV.9": 30, "IV.10": 40}),
    ("Productiemedewerker", {"IV.13": 15, "V.6": 7, "VI.1.1": 1}),
    ("Buschauffeur", {"V.2": 7, "VI.1.1": 1}),
    ("Vakkenvuller", {"IV.13": 15, "IV.10": 40}),
    ("Kok", {"V.6": 7, "IV.13": 10}),
    ("Baliemedewerker gemeente", {"II.12.1": 1}),
    ("Telefonist", {"V.2": 7}),
    ("Medewerker facilitaire dienst", {"IV.13": 15}),
    ("Servicemonteur", {"IV.13": 25, "IV.9": 45}),
)
EXTRAS = ("", "", " parttime", " fulltime", " 24 uur", " nachtdienst", " avonddienst",
          " (m/v)", " BBL", " tijdelijk", " ervaren", " junior")
EMPLOYERS = ("Zorggroep Oost", "Gemeente Rivierstad", "Logistiek Centrum Zuid", "Bakkerij Smit",
             "Installatiebedrijf Jansen", "Energie Noord", "Hotel De Brink", "Distributiecentrum "
             "Midden", "Thuiszorg Het Anker", "Supermarkt De Hoek")
SENTENCES = ("Je beantwoordt vragen van klanten per telefoon en mail.",
             "Je verzamelt orders met een handscanner en laadt vrachtwagens.",
             "Je werkt zittend achter een bureau en plant de ritten voor morgen.",
             "Je bent veel op je benen en tilt regelmatig dozen.",
             "Je houdt de voorraad bij en doet de inkoop van kantoorartikelen.",
             "Je ontvangt bezoekers en neemt de telefoon aan.",
             "Je verzorgt cliënten in hun eigen huis.",
             "Je werkt in een klein team in ploegendienst.",
             "Ervaring met Excel en een klantgerichte houding zijn een pré.",
             "Een heftruckcertificaat is een voordeel.")


def make_frame(n: int, seed: int = 6) -> pd.DataFrame:
    """``n`` varied vacancies in the matcher's frame layout (see :data:`matcher.rank.COLUMNS`)."""
    rng = random.Random(seed)
    points = postcode_places()
    towns = [f" {t}" for t in ("Enschede", "Zwolle", "Utrecht", "Tilburg", "Groningen", "Breda")]
    rows = []
    for i in range(n):
        role, typical = rng.choice(ROLES)
        home = rng.choice(points)
        lat, lon = home.lat, home.lon
        low = rng.choice([None, *range(1900, 4600, 100)])
        known = rng.random() < 0.7
        demands = {key: {"value": value * rng.choice([0.5, 1, 1.5]), "unit": fml.item(key).unit,
                         "confidence": 0.8, "source": "text", "evidence": role.lower()}
                   for key, value in typical.items() if known}
        rows.append({
            "id": f"{i:016x}", "title": role + rng.choice(EXTRAS) + rng.choice(("", *towns)),
            "employer": rng.choice(EMPLOYERS),
            "description": " ".join(rng.sample(SENTENCES, 3)),
            "lat": lat if rng.random() > 0.05 else None, "lon": lon,
            "salary_min": low, "salary_max": low * 1.15 if low else None,
            "hours_min": rng.choice([None, 8, 16, 20, 24, 24, 32, 32, 36, 38, 40]),
            "education_level": rng.choice([None, None, 0, 1, 2, 2, 3, 4, 4, 6, 7]),
            "education_soft": rng.random() < 0.1, "demands": demands or None,
        })
    df = pd.DataFrame(rows, columns=COLUMNS)
    for column in ("lat", "lon", "salary_min", "salary_max", "hours_min", "education_level"):
        df[column] = pd.to_numeric(df[column], errors="coerce").astype(float)
    return df


def make_profiles(n: int, seed: int = 6) -> list[Zoekprofiel]:
    """``n`` profiles from the example profiles, each with its own home, travel limit and stage."""
    rng = random.Random(seed)
    bases = [yaml.safe_load(path.read_text("utf-8")) for path in sorted(EXAMPLES.glob("*.yaml"))]
    points = postcode_places()
    out = []
    for i in range(n):
        data = dict(bases[i % len(bases)])
        sick = ON - timedelta(weeks=rng.randint(10, 100))
        data.update(id=f"{data['id']}-{i}", home_postcode=rng.choice(points).postcode,
                    first_sick_day=sick, profile_set_on=sick + timedelta(weeks=8),
                    second_track_started_on=None,
                    travel={"mode": rng.choice(["car", "public_transport", "bicycle", "on_foot"]),
                            "max_minutes_one_way": rng.choice([20, 30, 45, 60, 90])})
        out.append(Zoekprofiel.model_validate(data))
    return out


def numpy_pass(frame: Any, profile: Zoekprofiel) -> int:
    """The floor: haversine and one comparison per criterion column over every row."""
    numbers, everything = frame.numbers, np.arange(len(frame))
    minutes = travel_minutes(haversine_km(52.2, 6.9, numbers["lat"], numbers["lon"]),
                             profile.travel.mode)
    ok = ((minutes <= profile.travel.max_minutes_one_way) & (numbers["salary"] >= 2000)
          & (numbers["hours"] <= 32) & (numbers["education"] >= 1)
          & ~(frame.demand("IV.13", everything) > 10))
    return int(np.count_nonzero(ok))


def timed(function: Any, *args: Any, **kwargs: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    value = function(*args, **kwargs)
    return time.perf_counter() - start, value


def run(quick: bool = False, vacancies: int | None = None,
        profiles: int | None = None) -> dict[str, float]:
    """All figures in one flat dict (``quick``: small sizes, well under 20 s)."""
    n_vacancies = vacancies or (20_000 if quick else 400_000)
    n_profiles = profiles or (20 if quick else 2_000)
    policy = load_policy()
    generate_s, df = timed(make_frame, n_vacancies)
    prepare_s, frame = timed(prepare_frame, df)
    people = make_profiles(n_profiles)
    singles, floors, shown = [], [], []
    for profile in people[:12]:
        seconds, result = timed(score_frame, frame, profile, ON, policy)
        singles.append(seconds)
        shown.append(len(result.results))
        floors.append(min(timed(numpy_pass, frame, profile)[0] for _ in range(3)))
    limited = [timed(score_frame, frame, p, ON, policy, limit=LIMIT)[0]
               for p in people[:12]]
    unpruned = [timed(score_frame, frame, p, ON, policy, include_all=True, limit=LIMIT)[0]
                for p in people[:3]]
    start = time.perf_counter()
    stages = {}
    for profile in people:
        result = score_frame(frame, profile, ON, policy, limit=LIMIT)
        stages[result.stage] = stages.get(result.stage, 0) + 1
    many_s = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    one = statistics.median(limited)
    return {
        "vacancies": n_vacancies, "profiles": n_profiles, "limit": LIMIT,
        "generate_s": round(generate_s, 2), "prepare_frame_s": round(prepare_s, 2),
        "one_profile_s": round(one, 4), "one_profile_max_s": round(max(limited), 4),
        "one_profile_all_rows_s": round(statistics.median(singles), 4),
        "one_profile_all_rows_max_s": round(max(singles), 4),
        "rows_returned_median": statistics.median(shown),
        "numpy_pass_s": round(statistics.median(floors), 4),
        "ratio_to_numpy": round(one / statistics.median(floors), 1),
        "unpruned_s": round(statistics.median(unpruned), 4),
        "unpruned_ratio_to_numpy": round(statistics.median(unpruned)
                                         / statistics.median(floors), 1),
        "many_profiles_s": round(many_s, 2),
        "per_profile_ms": round(1000 * many_s / n_profiles, 1),
        "weeks_sick_min": min(weeks_sick(p.first_sick_day, ON) for p in people),
        **{f"stage_{name}": count for name, count in sorted(stages.items())},
        "peak_memory_mb": round(peak_mb, 1),
        **{f"target_{k}": v for k, v in TARGETS.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vacancies", type=int, default=None)
    parser.add_argument("--profiles", type=int, default=None)
    parser.add_argument("--quick", action="store_true", help="20,000 x 20 in a few seconds")
    args = parser.parse_args()
    result = run(args.quick, args.vacancies, args.profiles)
    print("| measure | value | target |\n| --- | --- | --- |")  # noqa: T201
    for key, value in result.items():
        if not key.startswith("target_"):
            target = TARGETS.get(key)
            print(f"| {key} | {value} | {target or ''} |")  # noqa: T201
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

"""The weekly run at national scale: every profile's list built from one store.

Run: ``python bench/weekly_bench.py [VACANCIES PROFILES] [--quick]``. Fills a temporary
store with synthetic vacancies and zoekprofielen (:mod:`matcher.synth`), then times
:func:`matcher.weekly.build_all` (score, pick, store every list). The baseline, measured in the same
run, is one read of the store into the matcher's prepared frame: the ratio says how many such reads
the whole weekly run costs. Issue 8 asks for 2,000 profiles over 400,000 vacancies; issue 6's
targets for that scale are under 3 minutes and under 4 GB. Writes ``bench/results/weekly.json``.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

# Measure this checkout's code, not whichever copy of passend the interpreter has installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest import store  # noqa: E402
from matcher import synth, weekly  # noqa: E402
from matcher.policy import load_policy  # noqa: E402
from matcher.rank import load_frame, prepare_frame  # noqa: E402
from profiles.store import add_profile  # noqa: E402

RESULTS = Path(__file__).parent / "results" / "weekly.json"
ON = date(2026, 11, 23)  # a Monday: the week's lists are scored on it
CHUNK = 20_000


def fill_store(db_path: Path, vacancies: int, profiles: int) -> float:
    """Synthetic vacancies and profiles in a fresh store; returns the seconds it took."""
    start = time.perf_counter()
    db = store.open_db(db_path)
    for first in range(0, vacancies, CHUNK):
        batch = synth.synth_vacancies(min(CHUNK, vacancies - first), seed=first + 1, on=ON,
                                      source=f"synth-{first // CHUNK}")
        store.upsert_vacancies(db, batch, f"{ON.isoformat()}T06:00:00+00:00")
    for profile in synth.synth_zoekprofielen(profiles, on=ON):
        add_profile(db, profile)
    return time.perf_counter() - start


def run(quick: bool = False, vacancies: int | None = None,
        profiles: int | None = None) -> dict:
    """Figures for ``bench/run.py`` (``quick``: 20,000 vacancies and 50 profiles)."""
    n_vacancies = vacancies or (20_000 if quick else 400_000)
    n_profiles = profiles or (50 if quick else 2_000)
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "bench.db"
        fill_s = fill_store(db_path, n_vacancies, n_profiles)
        db = store.open_db(db_path)
        start = time.perf_counter()
        prepare_frame(load_frame(db))
        read_s = time.perf_counter() - start
        start = time.perf_counter()
        lists, skipped = weekly.build_all(db, weekly.week_of(ON), load_policy(None))
        weekly_s = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    offered = sum(len(found.items) for found in lists)
    short = sum(1 for found in lists if found.shortfall)
    size = f"{n_profiles} profielen x {n_vacancies} vacatures"
    return {"figures": [
        {"figure": "weekly fill store", "value": round(fill_s, 1), "unit": "s", "note": size},
        {"figure": "weekly read store (baseline)", "value": round(read_s, 2), "unit": "s"},
        {"figure": "weekly run", "value": round(weekly_s, 1), "unit": "s",
         "target": "<= 180" if not quick else None, "note": size},
        {"figure": "weekly run vs. one read of the store", "value": round(weekly_s, 1),
         "unit": "s", "baseline": round(read_s, 2)},
        {"figure": "weekly per profile", "value": round(1000 * weekly_s / n_profiles, 1),
         "unit": "ms"},
        {"figure": "weekly lists / short / skipped", "value": len(lists),
         "note": f"{short} te kort, {len(skipped)} overgeslagen, {offered} vacatures aangeboden"},
        {"figure": "weekly peak memory", "value": round(peak_mb), "unit": "MB",
         "target": "<= 4096"},
    ]}


def main() -> None:
    """Explicit sizes from the command line; ``python bench/run.py --only weekly_bench`` gives the
    same figures as a Markdown table next to the other benches."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sizes", nargs="*", type=int, metavar="VACANCIES PROFILES")
    parser.add_argument("--quick", action="store_true", help="20,000 vacancies x 50 profiles")
    args = parser.parse_args()
    result = run(args.quick, *args.sizes[:2])
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))  # noqa: T201


if __name__ == "__main__":
    main()

"""Measure the title -> ESCO occupation matcher: top-1 accuracy on labelled titles, and its cost.

Run from the repository root: ``python bench/occupation_eval.py [--quick]``. Prints the figures and
the misses, and writes ``bench/results/occupation_eval.json``. A title counts as right when the
matched ESCO preferredLabel is the expected one (``accuracy``); ``isco_accuracy`` asks only the
4-digit ISCO-08 group, which is what the occupation priors use.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest import occupation  # noqa: E402

TITLES = ROOT / "tests" / "data" / "occupation_titles.yaml"
RESULTS = ROOT / "bench" / "results"


def run(quick: bool = False) -> dict:
    """Flat figures: accuracy, ISCO accuracy, unknown share, load time and cost per title."""
    cases = yaml.safe_load(TITLES.read_text(encoding="utf-8"))
    if quick:
        cases = cases[::4]
    start = time.perf_counter()
    occupation._index()
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    occupation._tfidf()
    tfidf_s = time.perf_counter() - start
    occupation._match_title.cache_clear()  # time each title as if it were new
    right = isco_right = unknown = 0
    misses = []
    start = time.perf_counter()
    for case in cases:
        found = occupation.match_occupation(case["title"])
        if found is None:
            unknown += 1
        right += bool(found and found.label == case["label"])
        isco_right += bool(found and found.isco == case["isco"])
        if not found or found.label != case["label"]:
            misses.append(f"{case['title']!r}: verwacht {case['label']!r}, kreeg "
                          f"{found.label if found else None!r} ({found.score if found else '-'})")
    match_s = time.perf_counter() - start
    start = time.perf_counter()
    for case in cases:  # the ingest case: titles repeat, so the per-process cache answers
        occupation.match_occupation(case["title"])
    cached_s = time.perf_counter() - start
    result = {
        "titles": len(cases),
        "accuracy": right / len(cases),
        "isco_accuracy": isco_right / len(cases),
        "unknown_share": unknown / len(cases),
        "index_load_s": load_s,
        "tfidf_build_s": tfidf_s,
        "ms_per_new_title": 1000 * match_s / len(cases),
        "ms_per_repeated_title": 1000 * cached_s / len(cases),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "occupation_eval.json").write_text(
        json.dumps({**result, "misses": misses}, ensure_ascii=False, indent=2), encoding="utf-8")
    for miss in misses:
        sys.stderr.write(f"mis: {miss}\n")
    return result


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv).items():
        sys.stdout.write(f"{name}: {value:.4g}\n" if isinstance(value, float) else
                         f"{name}: {value}\n")

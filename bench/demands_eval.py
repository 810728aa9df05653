"""Measure the demand lexicon against hand-labelled vacancy texts: precision and recall per item.

Run from the repository root: ``python bench/demands_eval.py [EVAL_YAML]``. Writes a Markdown table
to stdout and ``bench/results/demands_eval.{md,json}``; also reports texts per second, since ingest
must stay above 2,000 postings per second. ``python bench/run.py`` calls :func:`run`, which adds
the figures with their targets (issue 3): precision and recall >= 0.9 on lifting, standing,
night and shift work, driving and customer contact, >= 0.8 on every other item.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.demands import extract_demands  # noqa: E402
from ingest.fml import describe  # noqa: E402

DEFAULT_SET = ROOT / "tests" / "data" / "demands_eval.yaml"
RESULTS = ROOT / "bench" / "results"
KEY_ITEMS = ("IV.13", "V.4", "VI.1.1", "VI.1.2", "II.11", "II.12.1")
KEY_TARGET, OTHER_TARGET = 0.9, 0.8


def evaluate(cases: list[dict]) -> dict:
    """Per-key true/false positives and negatives over all cases, plus throughput."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    errors = []
    start = time.perf_counter()
    for case in cases:
        found = set(extract_demands(case["text"]))
        expected = set(case["demands"])
        tp.update(found & expected)
        fp.update(found - expected)
        fn.update(expected - found)
        if found != expected:
            errors.append({"id": case["id"], "onterecht": sorted(found - expected),
                           "gemist": sorted(expected - found)})
    seconds = time.perf_counter() - start
    rows = {}
    for key in sorted(set(tp) | set(fp) | set(fn)):
        precision = tp[key] / (tp[key] + fp[key]) if tp[key] + fp[key] else None
        recall = tp[key] / (tp[key] + fn[key]) if tp[key] + fn[key] else None
        rows[key] = {"tp": tp[key], "fp": fp[key], "fn": fn[key],
                     "precision": precision, "recall": recall}
    total = {name: sum(counter.values()) for name, counter in (("tp", tp), ("fp", fp), ("fn", fn))}
    return {
        "cases": len(cases),
        "texts_per_second": len(cases) / seconds if seconds else None,
        "micro_precision": total["tp"] / (total["tp"] + total["fp"]),
        "micro_recall": total["tp"] / (total["tp"] + total["fn"]),
        "items": rows,
        "errors": errors,
    }


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def markdown(result: dict) -> str:
    lines = [
        f"Demand lexicon on {result['cases']} labelled texts: micro precision "
        f"{_pct(result['micro_precision'])}, micro recall {_pct(result['micro_recall'])}, "
        f"{result['texts_per_second']:,.0f} texts/s.",
        "",
        "| item | name | tp | fp | fn | precision | recall |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for key, row in result["items"].items():
        lines.append(f"| {key} | {describe(key)} | {row['tp']} | {row['fp']} | {row['fn']} | "
                     f"{_pct(row['precision'])} | {_pct(row['recall'])} |")
    return "\n".join(lines) + "\n"


def figures(result: dict) -> list[dict]:
    """Report rows: micro figures, each key item, and how many other items miss 0.8."""
    rows = [{"figure": "demands micro precision", "value": round(result["micro_precision"], 3)},
            {"figure": "demands micro recall", "value": round(result["micro_recall"], 3)},
            {"figure": "demands texts/s", "value": round(result["texts_per_second"] or 0, 1),
             "unit": "texts/s"}]
    for key in KEY_ITEMS:
        item = result["items"].get(key, {})
        for measure in ("precision", "recall"):
            if item.get(measure) is not None:
                rows.append({"figure": f"demands {key} {measure}",
                             "value": round(item[measure], 3), "target": f">= {KEY_TARGET:g}"})
    missing = [key for key, item in result["items"].items() if key not in KEY_ITEMS
               and min(v for v in (item["precision"], item["recall"], 1.0) if v is not None)
               < OTHER_TARGET]
    rows.append({"figure": f"demands other items under {OTHER_TARGET:g}", "value": len(missing),
                 "note": ", ".join(missing), "target": "<= 0"})
    return rows


def run(quick: bool) -> dict:
    """The evaluation as ``bench/run.py`` calls it; the set is small, so quick runs it whole."""
    result = evaluate(yaml.safe_load(DEFAULT_SET.read_text(encoding="utf-8")))
    return {**result, "figures": figures(result)}


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SET
    result = evaluate(yaml.safe_load(path.read_text(encoding="utf-8")))
    RESULTS.mkdir(parents=True, exist_ok=True)
    report = markdown(result)
    (RESULTS / "demands_eval.md").write_text(report, encoding="utf-8")
    (RESULTS / "demands_eval.json").write_text(
        json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    sys.stdout.write(report)


if __name__ == "__main__":
    main()

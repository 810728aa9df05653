"""Measure the demand lexicon against hand-labelled vacancy texts: precision and recall per item.

Run from the repository root: ``python bench/demands_eval.py [EVAL_YAML]``. Writes a Markdown table
to stdout and ``bench/results/demands_eval.{md,json}``; also reports texts per second, since the
lexicon runs on every ingested posting. ``python bench/run.py`` calls :func:`run`, which adds
the figures with their targets (issue 3): precision and recall >= 0.9 on lifting, standing,
night and shift work, driving and customer contact, >= 0.8 on every other item.

Two honest checks sit beside the written set: its held-out batches, never used to tune the
lexicon, and real Flemish VDAB ads from ``../shared/data`` (their texts may not ship, so only our
labels do, in ``bench/data/demands_real.yaml``; skipped when the shared data is absent). Both
sets were labelled by the rules in ``tests/data/demands_labelling.md``.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pandas as pd
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.demands import extract_demands  # noqa: E402
from ingest.fml import describe  # noqa: E402
from ingest.normalise import analyse  # noqa: E402

DEFAULT_SET = ROOT / "tests" / "data" / "demands_eval.yaml"
RESULTS = ROOT / "bench" / "results"
# batches written after a lexicon change and never tuned on
HELD_OUT = {3, 5, 6, 8, 10, 13, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 41, 46, 50, 55, 57, 61, 67,
            71, 75, 79, 81, 86, 91, 95, 99, 102, 106, 109, 114}
REAL_LABELS = ROOT / "bench" / "data" / "demands_real.yaml"
# the held-out texts labelled a second time, blind to the first labels: how far labellers agree
SECOND_LABELS = ROOT / "bench" / "data" / "demands_second_labels.yaml"
REAL_DIR = ROOT.parent / "shared" / "data" / "vacancies"
REAL_ADS = REAL_DIR / "vdab-flanders-300-jobs.csv"
REAL_FIELDS = ("title", "functieomschrijving", "profiel", "professionele_vaardigheden", "anbod")
REAL_IT_ADS = REAL_DIR / "nl-it-vacatures-15-with-keywords.txt"  # ids nl-it-01 .. nl-it-15
REAL_HELD_OUT = 2  # part 2 of the real ads was labelled but never looked at while tuning
# issue 3 targets precision and recall >= 0.9 on these groups, >= 0.8 on every other item
GROUPS = {
    "tillen": ("IV.13",), "staan": ("V.3", "V.4"), "nacht_ploegen": ("VI.1.1", "VI.1.2"),
    "rijden": ("II.11",), "klantcontact": ("II.12.1",),
}
GROUP_TARGET, OTHER_TARGET = 0.9, 0.8
# checks whose target groups are reported too
GROUPED_CHECKS = ("held-out", "held-out, lexicon alone", "second labeller", "real held-out",
                  "real held-out, second labels")


def lexicon(text: str) -> set[str]:
    """Keys the text itself asks: the lexicon's hits that the whole-ad model kept."""
    return {key for key, demand in extract_demands(text).items() if demand.value}


def lexicon_alone(text: str) -> set[str]:
    """Keys the lexicon finds before the second reading: what the model adds is the difference."""
    return {key for key, demand in extract_demands(text, second_reading=False).items()
            if demand.value}


@cache  # the real held-out ads are read again as a subset of all real ads
def with_priors(text: str) -> set[str]:
    """Keys a stored vacancy carries: the text's, plus its occupation's priors where the text is
    silent (the first line or sentence stands in for the title)."""
    title = re.split(r"\n|\. ", text, maxsplit=1)[0]
    _, demands = analyse(title, text, None)
    return {key for key, demand in demands.items() if demand["value"]}


def evaluate(cases: list[dict], read: Callable[[str], set[str]] = lexicon) -> dict:
    """Per-key true/false positives and negatives over all cases, plus throughput."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    errors = []
    start = time.perf_counter()
    for case in cases:
        found = read(case["text"])
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
    groups = {}
    for group, keys in GROUPS.items():
        t, p, n = (sum(c[k] for k in keys) for c in (tp, fp, fn))
        groups[group] = {"precision": t / (t + p) if t + p else None,
                         "recall": t / (t + n) if t + n else None}
    return {
        "cases": len(cases),
        "texts_per_second": len(cases) / seconds if seconds else None,
        "micro_precision": total["tp"] / (total["tp"] + total["fp"]),
        "micro_recall": total["tp"] / (total["tp"] + total["fn"]),
        "groups": groups,
        "items": rows,
        "errors": errors,
    }


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def markdown(result: dict, held_out: dict | None) -> str:
    """The report; with the held-out check (None for a set without held-out batches), each
    item also shows its held-out figures, the honest ones (those texts were never tuned on)."""
    held = held_out["items"] if held_out else {}
    lines = [
        f"Demand lexicon on {result['cases']} labelled texts: micro precision "
        f"{_pct(result['micro_precision'])}, micro recall {_pct(result['micro_recall'])}, "
        f"{result['texts_per_second']:,.0f} texts/s.",
        "",
        "| group | precision | recall |",
        "| --- | ---: | ---: |",
        *(f"| {name} | {_pct(row['precision'])} | {_pct(row['recall'])} |"
          for name, row in result["groups"].items()),
        "",
        "| item | name | tp | fp | fn | precision | recall | held-out P | held-out R |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for key, row in result["items"].items():
        other = held.get(key, {})
        lines.append(f"| {key} | {describe(key)} | {row['tp']} | {row['fp']} | {row['fn']} | "
                     f"{_pct(row['precision'])} | {_pct(row['recall'])} | "
                     f"{_pct(other.get('precision'))} | {_pct(other.get('recall'))} |")
    return "\n".join(lines) + "\n"


def _write(result: dict, held_out: dict | None) -> str:
    RESULTS.mkdir(parents=True, exist_ok=True)
    report = markdown(result, held_out)
    (RESULTS / "demands_eval.md").write_text(report, encoding="utf-8")
    (RESULTS / "demands_eval.json").write_text(
        json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    return report


def figures(result: dict, checks: dict[str, dict]) -> list[dict]:
    """Report rows: micro figures, each key group against 0.9, how many other items miss 0.8,
    and the micro figures of the held-out and real-ad checks."""
    rows = [{"figure": "demands micro precision", "value": round(result["micro_precision"], 3)},
            {"figure": "demands micro recall", "value": round(result["micro_recall"], 3)},
            {"figure": "demands texts/s", "value": round(result["texts_per_second"] or 0, 1),
             "unit": "texts/s"}]
    for name, check in checks.items():
        for measure in ("precision", "recall"):
            rows.append({"figure": f"demands {name} micro {measure}",
                         "value": round(check[f"micro_{measure}"], 3),
                         "note": f"{check['cases']} texts"})
            if name in GROUPED_CHECKS:
                rows.extend({"figure": f"demands {name} {group} {measure}",
                             "value": round(row[measure], 3), "note": f"{check['cases']} texts"}
                            for group, row in check["groups"].items() if row[measure] is not None)
    for group, row in result["groups"].items():
        for measure in ("precision", "recall"):
            if row[measure] is not None:
                rows.append({"figure": f"demands {group} {measure}",
                             "value": round(row[measure], 3), "target": f">= {GROUP_TARGET:g}"})
    for name, check in (("", result), ("held-out ", checks.get("held-out"))):
        if check:
            missing = _items_under_target(check)
            rows.append({"figure": f"demands {name}other items under {OTHER_TARGET:g}",
                         "value": len(missing), "note": ", ".join(missing), "target": "<= 0"})
    return rows


def _items_under_target(result: dict) -> list[str]:
    """Items outside the target groups whose precision or recall is under 0.8."""
    grouped = {key for keys in GROUPS.values() for key in keys}
    return [key for key, item in result["items"].items() if key not in grouped
            and min(v for v in (item["precision"], item["recall"], 1.0) if v is not None)
            < OTHER_TARGET]


def _real_texts() -> dict[str, str]:
    """Ad text by id: the VDAB ads (their text fields joined) and the Dutch IT ads (each
    "VACATURE:" block up to its people-written keyword lists)."""
    ads = pd.read_csv(REAL_ADS).drop_duplicates("job_id").set_index("job_id")
    texts = {job_id: "\n".join(ad[field] for field in REAL_FIELDS if isinstance(ad[field], str))
             for job_id, ad in ads.iterrows()}
    blocks = [block for block in REAL_IT_ADS.read_text(encoding="utf-8").split("VACATURE:")
              if block.strip()]
    for number, block in enumerate(blocks, 1):
        ad = re.split(r"\n\s*(?:RELEVANTE )?KERNWOORDEN", block)[0]
        texts[f"nl-it-{number:02d}"] = ad.strip()
    return texts


def real_cases() -> list[dict]:
    """Real ads with our labels, in the eval's case shape; empty without ../shared/data."""
    if not (REAL_ADS.exists() and REAL_IT_ADS.exists()):
        return []
    texts = _real_texts()
    return [{"id": label["job_id"], "part": label["part"], "text": texts[label["job_id"]],
             "demands": label["demands"], "second": label["second"]}
            for label in yaml.safe_load(REAL_LABELS.read_text(encoding="utf-8"))]


def _checks(cases: list[dict], real: list[dict]) -> dict[str, dict]:
    """The held-out and real-ad evaluations that exist for these cases, by name."""
    subsets = {
        "held-out": [case for case in cases if case.get("batch") in HELD_OUT],
        "real": real,
        "real held-out": [case for case in real if case["part"] == REAL_HELD_OUT],
    }
    checks = {name: evaluate(subset) for name, subset in subsets.items() if subset}
    for name in ("held-out", "real"):
        if subsets[name]:
            checks[f"{name}, lexicon alone"] = evaluate(subsets[name], lexicon_alone)
    second = {row["id"]: set(row["demands"])
              for row in yaml.safe_load(SECOND_LABELS.read_text(encoding="utf-8"))}
    relabelled = [case for case in cases if case["id"] in second]
    if relabelled:
        checks["second labeller"] = _agreement(relabelled, second)
    if real:
        checks["real with priors"] = evaluate(real, with_priors)
        checks["real held-out with priors"] = evaluate(subsets["real held-out"], with_priors)
        checks.update(_real_second_labels(real))
    return checks


def _real_second_labels(real: list[dict]) -> dict[str, dict]:
    """The lexicon scored against the real ads' second labels, and those labels against the
    first: whether a gap on real ads is the lexicon's or the labellers'."""
    relabelled = [{**case, "demands": case["second"]} for case in real]
    return {
        "real, second labels": evaluate(relabelled),
        "real held-out, second labels": evaluate(
            [case for case in relabelled if case["part"] == REAL_HELD_OUT]),
        "real second labeller": _agreement(
            real, {case["id"]: set(case["second"]) for case in real}),
    }


def _agreement(cases: list[dict], labels: dict[str, set[str]]) -> dict:
    """Another labelling (by case id) scored against the cases' labels as if it were the
    lexicon's answer: how far two labellers agree."""
    by_text = {case["text"]: labels[case["id"]] for case in cases}
    if len(by_text) < len(cases):
        raise ValueError("twee teksten zijn gelijk, dus hun labels zijn niet uit elkaar te "
                         "houden: verwijder het dubbele geval uit de set")
    return evaluate(cases, by_text.__getitem__)


def _summary(name: str, result: dict) -> str:
    groups = ", ".join(f"{group} {_pct(row['precision'])}/{_pct(row['recall'])}"
                       for group, row in result["groups"].items())
    return (f"{name} ({result['cases']} texts): micro precision "
            f"{_pct(result['micro_precision'])}, micro recall {_pct(result['micro_recall'])}; "
            f"groups P/R: {groups}.\n")


def run(quick: bool = False) -> dict:
    """The evaluation as ``bench/run.py`` calls it; the set is small, so quick runs it whole."""
    cases = yaml.safe_load(DEFAULT_SET.read_text(encoding="utf-8"))
    result = evaluate(cases)
    checks = _checks(cases, real_cases())
    _write(result, checks.get("held-out"))
    return {"figures": figures(result, checks)}


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SET
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))
    checks = _checks(cases, real_cases())
    sys.stdout.write(_write(evaluate(cases), checks.get("held-out")) + "\n")
    for name, result in checks.items():
        sys.stdout.write(_summary(name, result))


if __name__ == "__main__":
    main()

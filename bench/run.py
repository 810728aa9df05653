"""Run every benchmark in bench/ and write one report, comparable between commits.

``python bench/run.py [--quick] [--only NAME ...]``. A bench is any ``bench/*.py`` module with a
top-level ``run(quick: bool) -> dict``. Each runs in its own process, so a crash, a hang (time
limit per bench) or memory use in one does not touch the others; a failed bench is reported
and the rest still run. Exit status: 0 when every bench ran (missed targets included), 1 when one
crashed or timed out.

A bench's dict may hold ``figures``: a list of rows ``{"figure", "value", "unit", "baseline",
"ratio", "target", "met", "note"}`` (all but figure and value optional). ``ratio`` defaults to
value / baseline; ``target`` is a string like ``"<= 2"`` or ``">= 0.9"``, checked against the
ratio when there is a baseline, else against the value, unless the bench sets ``met`` itself.
Without ``figures``, each top-level number of the dict becomes a figure. Everything else the
bench returns is kept in report.json under its name.

Writes ``bench/results/report.md`` (a Markdown table), ``bench/results/report.json`` (with the
git commit and date) and appends that JSON as one line to ``bench/results/history.jsonl``.
"""

from __future__ import annotations

import argparse
import ast
import json
import math
import operator
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RESULTS = BENCH / "results"
# Seconds one bench may take: the full report must fit in 30 minutes, --quick in 2.
LIMIT_S = {False: 900, True: 120}
_COMPARE = {"<=": operator.le, ">=": operator.ge, "<": operator.lt, ">": operator.gt,
            "==": operator.eq}


def discover(folder: Path = BENCH) -> list[str]:
    """Names of the modules in ``folder`` that define a top-level ``run`` function."""
    names = []
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_") or path.name == Path(__file__).name:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        if any(isinstance(node, ast.FunctionDef) and node.name == "run" for node in tree.body):
            names.append(path.stem)
    return names


def _child(name: str, quick: bool, out: str, folder: str) -> None:
    """In the bench's own process: import it, run it, write its result and peak memory."""
    sys.path[:0] = [str(ROOT), folder]
    module = __import__(name)
    start = time.perf_counter()
    result = module.run(quick)
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # Linux: kilobytes
    Path(out).write_text(json.dumps({"result": result, "seconds": seconds,
                                     "peak_mb": peak_kb / 1024}, default=str), encoding="utf-8")


def run_one(name: str, quick: bool, limit_s: float, folder: Path = BENCH) -> dict[str, Any]:
    """Run one bench in a subprocess; never raises, failures come back as ``error``."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "result.json"
        command = [sys.executable, str(Path(__file__).resolve()), "--child", name, "--out",
                   str(out), "--dir", str(folder)] + (["--quick"] if quick else [])
        start = time.perf_counter()
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=limit_s,
                                  cwd=ROOT, check=False)
        except subprocess.TimeoutExpired:
            return {"ok": False, "seconds": round(time.perf_counter() - start, 1),
                    "error": f"afgebroken na {limit_s:g} s", "figures": []}
        wall = round(time.perf_counter() - start, 1)
        if done.returncode != 0 or not out.exists():
            tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
            return {"ok": False, "seconds": wall, "figures": [],
                    "error": f"exit {done.returncode}: " + " | ".join(tail)}
        payload = json.loads(out.read_text(encoding="utf-8"))
    result = payload["result"] if isinstance(payload["result"], dict) else {}
    return {"ok": True, "seconds": wall, "peak_mb": round(payload["peak_mb"], 1),
            "figures": [complete(f) for f in figures_of(result)],
            "result": {k: v for k, v in result.items() if k != "figures"}}


def figures_of(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The bench's own figure rows, else one row per top-level number; a flat ``target_X``
    (such as ``"<= 60"``) becomes the target of figure ``X``."""
    if isinstance(result.get("figures"), list):
        return [f for f in result["figures"] if isinstance(f, dict) and "figure" in f]
    return [{"figure": key, "value": value, "target": result.get(f"target_{key}")}
            for key, value in result.items()
            if isinstance(value, int | float) and not isinstance(value, bool)
            and not key.startswith("target_")]


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        return None
    return float(value)


def check(target: str | None, measured: float | None) -> bool | None:
    """Whether ``measured`` meets a target like ``"<= 2"``; None when it cannot be told."""
    if not target or measured is None:
        return None
    parts = str(target).split()
    if len(parts) != 2 or parts[0] not in _COMPARE:
        return None
    try:
        bound = float(parts[1])
    except ValueError:
        return None
    return _COMPARE[parts[0]](measured, bound)


def complete(figure: dict[str, Any]) -> dict[str, Any]:
    """A figure with its ratio to the baseline and whether it met its target filled in."""
    row = dict(figure)
    value, baseline = _number(row.get("value")), _number(row.get("baseline"))
    if row.get("ratio") is None and value is not None and baseline:
        row["ratio"] = round(value / baseline, 3)
    if row.get("met") is None:
        row["met"] = check(row.get("target"), _number(row.get("ratio")) if baseline else value)
    return row


def _git(*args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT,
                              check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return done.stdout.strip()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "**nee**"
    if isinstance(value, float):
        return f"{value:,.3f}".rstrip("0").rstrip(".") if abs(value) < 1000 else f"{value:,.0f}"
    return str(value).replace("|", "\\|")


def markdown(report: dict[str, Any]) -> str:
    """The report as a Markdown table, one row per figure, failed benches as their own row."""
    lines = [f"# Benchmarks {'(quick) ' if report['quick'] else ''}op {report['commit'] or '?'}"
             f" ({report['date']})", "",
             "| bench | figure | value | baseline | ratio | target | met? |",
             "| --- | --- | ---: | ---: | ---: | --- | --- |"]
    for name, bench in report["benches"].items():
        if not bench["ok"]:
            lines.append(f"| {name} | **mislukt** | | | | | {_cell(bench['error'])} |")
        for f in bench["figures"]:
            value = f"{_cell(f.get('value'))} {_cell(f.get('unit'))}".strip()
            lines.append(f"| {name} | {_cell(f['figure'])} | {value} | "
                         f"{_cell(f.get('baseline'))} | {_cell(f.get('ratio'))} | "
                         f"{_cell(f.get('target'))} | {_cell(f.get('met'))} |")
    times = ", ".join(f"{name} {bench['seconds']:g} s" for name, bench in report["benches"].items())
    lines += ["", f"Duur per bench: {times}. Totaal {report['seconds']:g} s."]
    return "\n".join(lines) + "\n"


def run_all(quick: bool, names: list[str] | None = None, results: Path = RESULTS,
            folder: Path = BENCH, limit_s: float | None = None) -> dict:
    """Run the benches, write report.md, report.json and a line of history.jsonl."""
    start = time.perf_counter()
    benches = {}
    for name in names or discover(folder):
        sys.stderr.write(f"bench {name} ...\n")
        benches[name] = run_one(name, quick, limit_s or LIMIT_S[quick], folder)
    commit = _git("rev-parse", "--short", "HEAD")
    report = {
        "commit": commit, "dirty": bool(_git("status", "--porcelain")) if commit else None,
        "date": datetime.now(UTC).isoformat(timespec="seconds"), "quick": quick,
        "python": platform.python_version(), "seconds": round(time.perf_counter() - start, 1),
        "benches": benches,
    }
    results.mkdir(parents=True, exist_ok=True)
    (results / "report.md").write_text(markdown(report), encoding="utf-8")
    text = json.dumps(report, ensure_ascii=False, default=str)
    (results / "report.json").write_text(text + "\n", encoding="utf-8")
    with (results / "history.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(text + "\n")
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, within 2 minutes")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only these benches")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--dir", default=str(BENCH), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.quick, args.out, args.dir)
        return
    unknown = sorted(set(args.only or []) - set(discover()))
    if unknown:
        parser.error(f"onbekende bench {', '.join(unknown)}; kies uit: {', '.join(discover())}")
    report = run_all(args.quick, args.only)
    sys.stdout.write(markdown(report))
    sys.exit(0 if all(bench["ok"] for bench in report["benches"].values()) else 1)


if __name__ == "__main__":
    main()

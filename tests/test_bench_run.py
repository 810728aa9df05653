"""The bench runner: discovers benches, isolates failures, and writes a comparable report."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
assert _spec and _spec.loader
runner = importlib.util.module_from_spec(_spec)
sys.modules["bench_run"] = runner
_spec.loader.exec_module(runner)

BENCHES = {
    "snel_bench.py": '''
def run(quick):
    return {"figures": [
        {"figure": "rijen/s", "value": 3000.0, "unit": "rijen/s", "target": ">= 2000"},
        {"figure": "tijd vs. numpy", "value": 6.0, "baseline": 2.0, "target": "<= 2"},
        {"figure": "recall", "value": 0.95, "target": ">= 0.9", "note": "klein"},
    ], "quick": quick}
''',
    "kapot_bench.py": "def run(quick):\n    raise RuntimeError('kapot op regel 1')\n",
    "los_bench.py": "def run(quick):\n    return {'precision': 0.99, 'naam': 'x', 'klaar': True}\n",
    "helper.py": "def other():\n    return 1\n",
}


@pytest.fixture
def bench_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "bench"
    folder.mkdir()
    for name, text in BENCHES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_discovers_modules_with_run(bench_dir: Path) -> None:
    assert runner.discover(bench_dir) == ["kapot_bench", "los_bench", "snel_bench"]


def test_shipped_benches_expose_run() -> None:
    assert {"ingest_bench", "demands_eval"} <= set(runner.discover())


def test_failure_is_isolated_and_report_written(bench_dir: Path, tmp_path: Path) -> None:
    results = tmp_path / "results"
    report = runner.run_all(True, results=results, folder=bench_dir, limit_s=60)
    benches = report["benches"]
    broken = benches["kapot_bench"]
    assert not broken["ok"] and "kapot op regel 1" in broken["error"]
    fast = benches["snel_bench"]
    assert fast["ok"] and fast["result"] == {"quick": True} and fast["peak_mb"] > 0
    assert [(f["figure"], f.get("ratio"), f["met"]) for f in fast["figures"]] == [
        ("rijen/s", None, True), ("tijd vs. numpy", 3.0, False), ("recall", None, True)]
    assert [(f["figure"], f["value"]) for f in benches["los_bench"]["figures"]] == [
        ("precision", 0.99)]
    table = (results / "report.md").read_text(encoding="utf-8")
    assert "| bench | figure | value | baseline | ratio | target | met? |" in table
    assert "| kapot_bench | **mislukt** |" in table and "| snel_bench | tijd vs. numpy |" in table
    saved = json.loads((results / "report.json").read_text(encoding="utf-8"))
    assert saved["commit"] == report["commit"] and saved["date"]
    runner.run_all(True, ["los_bench"], results=results, folder=bench_dir)
    history = (results / "history.jsonl").read_text(encoding="utf-8").splitlines()
    assert [sorted(json.loads(line)["benches"]) for line in history] == [
        ["kapot_bench", "los_bench", "snel_bench"], ["los_bench"]]


def test_hanging_bench_is_stopped(tmp_path: Path) -> None:
    (tmp_path / "traag_bench.py").write_text(
        "import time\ndef run(quick):\n    time.sleep(30)\n", encoding="utf-8")
    result = runner.run_one("traag_bench", True, 1, tmp_path)
    assert not result["ok"] and "afgebroken" in result["error"]


@pytest.mark.parametrize("target,measured,met", [
    (">= 0.9", 0.95, True), (">= 0.9", 0.5, False), ("<= 2", 2.0, True), ("< 2", 2.0, False),
    (None, 1.0, None), ("snel", 1.0, None), ("<= x", 1.0, None), ("<= 2", None, None),
])
def test_check(target: str | None, measured: float | None, met: bool | None) -> None:
    assert runner.check(target, measured) is met


def test_flat_results_take_their_targets_from_target_keys() -> None:
    flat = {"recall": 0.88, "seconds": 41.5, "target_recall": ">= 0.9", "target_seconds": "<= 60",
            "naam": "x"}
    rows = [runner.complete(f) for f in runner.figures_of(flat)]
    assert [(r["figure"], r["target"], r["met"]) for r in rows] == [
        ("recall", ">= 0.9", False), ("seconds", "<= 60", True)]

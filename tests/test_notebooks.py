"""The notebooks run as scripts on small data and save their figure, so they cannot rot."""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

import jupytext
import pytest

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
NAMES = ("passendheid_widening", "exclusions", "demand_quality", "bench_history")
RUN = {"commit": "abc1234", "dirty": False, "date": "2026-11-23T10:00:00+00:00", "quick": True,
       "benches": {"ingest_bench": {"ok": True, "figures": [
           {"figure": "ingest RSS time vs. feedparser.parse", "value": 4.0, "baseline": 2.0,
            "ratio": 2.0}, {"figure": "ingest RSS postings/s", "value": 2100.0}]},
           "kapot_bench": {"ok": False, "figures": [], "error": "exit 1"}}}


def run_notebook(name: str, out: Path, history: Path) -> None:
    """Run one notebook in this process (imports are shared, so all four take seconds)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PASSEND_NOTEBOOK_SIZE", "small")
        patch.setenv("PASSEND_NOTEBOOK_OUT", str(out))
        patch.setenv("PASSEND_BENCH_HISTORY", str(history))
        patch.syspath_prepend(str(NOTEBOOKS))
        patch.delitem(sys.modules, "_setup", raising=False)  # settings are read at import
        runpy.run_path(str(NOTEBOOKS / f"{name}.py"), run_name="__main__")
        patch.delitem(sys.modules, "_setup", raising=False)


@pytest.fixture(scope="module")
def figures(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("figuren")
    history = out / "history.jsonl"
    later = {**RUN, "commit": "def5678"}
    history.write_text(f"{json.dumps(RUN)}\nkapotte regel\n{json.dumps(later)}\n",
                       encoding="utf-8")
    for name in NAMES:
        run_notebook(name, out, history)
    return out


@pytest.mark.parametrize("name", NAMES)
def test_notebook_saves_its_figure(figures: Path, name: str) -> None:
    figure = figures / f"{name}.png"
    assert figure.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_a_jupytext_notebook(name: str) -> None:
    notebook = jupytext.read(NOTEBOOKS / f"{name}.py")
    kinds = {cell.cell_type for cell in notebook.cells}
    assert kinds == {"markdown", "code"}


def test_history_may_be_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_notebook("bench_history", tmp_path, tmp_path / "nog-niet-gedraaid.jsonl")
    assert (tmp_path / "bench_history.png").exists()
    assert "0 runs" in capsys.readouterr().out

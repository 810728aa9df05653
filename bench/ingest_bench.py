"""Ingest throughput: a synthetic RSS feed through feedparser alone and through ingest_source.

feedparser's bare parse is the baseline measured in the same run, so the ratio holds on any
machine; the other formats are timed too (postings/s, no baseline). Run on its own:
``python bench/ingest_bench.py [--quick] [--items N]`` prints a Markdown table and writes
``bench/results/ingest.json``; ``python bench/run.py`` calls :func:`run`. Targets: >= 2,000
postings/s and ingest <= 2x feedparser's time.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

# Measure this checkout's code, not whichever copy of passend the interpreter has installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import click  # noqa: E402
import feedparser  # noqa: E402

from ingest import store  # noqa: E402
from ingest.pipeline import ingest_source  # noqa: E402
from matcher import synth  # noqa: E402

TARGET_RATE = 2000.0
TARGET_RATIO = 2.0
ITEMS = {False: 20_000, True: 500}  # RSS items, full and quick; other formats get a fifth
WARM_UP = 50  # items ingested before the timed run (see measure)
ON = date(2026, 11, 2)  # fixed, so every run ingests the same bytes
RESULTS = Path(__file__).parent / "results" / "ingest.json"


def _ingest(folder: Path, fmt: str, ads: list[synth.Ad]) -> tuple[float, int]:
    """Seconds to ingest ``ads`` written in ``fmt`` into a fresh store, and the rows stored."""
    path = folder / synth.FILE_NAMES[fmt]
    path.write_bytes(synth.render(ads, fmt))
    db = store.open_db(folder / f"{fmt}.db")
    start = time.perf_counter()
    summary = ingest_source(db, str(path))
    seconds = time.perf_counter() - start
    return seconds, summary.new + summary.updated + summary.unchanged


def measure(items: int) -> dict:
    """Time feedparser and ingest on ``items`` RSS items, and ingest of the other formats."""
    ads = synth.synth_ads(items, seed=7, duplicates=0.0, on=ON)
    content = synth.render(ads, "rss")
    start = time.perf_counter()
    entries = len(feedparser.parse(content).entries)
    parse_s = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        # load the ESCO index and the lexicon's caches once first, as a running job has them:
        # the figure is the cost per posting, and the index load would count against small feeds
        warm_up = folder / "warm-up"
        warm_up.mkdir()
        _ingest(warm_up, "rss", ads[:WARM_UP])
        ingest_s, stored = _ingest(folder, "rss", ads)
        others = {fmt: _ingest(folder, fmt, ads[: max(1, items // 5)])
                  for fmt in synth.FORMATS if fmt != "rss"}
    rate = stored / ingest_s
    figures = [
        {"figure": "ingest RSS postings/s", "value": round(rate, 1), "unit": "postings/s",
         "target": f">= {TARGET_RATE:g}"},
        {"figure": "ingest RSS time vs. feedparser.parse", "value": round(ingest_s, 3),
         "unit": "s", "baseline": round(parse_s, 3), "target": f"<= {TARGET_RATIO:g}"},
    ]
    figures += [{"figure": f"ingest {fmt} postings/s", "value": round(count / seconds, 1),
                 "unit": "postings/s"} for fmt, (seconds, count) in others.items()]
    return {"items": items, "feedparser_entries": entries, "stored": stored,
            "feedparser_s": round(parse_s, 3), "ingest_s": round(ingest_s, 3),
            "figures": figures}


def run(quick: bool) -> dict:
    """The bench as ``bench/run.py`` calls it: 20,000 RSS items, or 500 with ``quick``."""
    return measure(ITEMS[quick])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes (seconds)")
    parser.add_argument("--items", type=int, default=None, help="RSS items (overrides --quick)")
    args = parser.parse_args()
    result = measure(args.items) if args.items else run(args.quick)
    click.echo("| measure | value | baseline | target |\n| --- | --- | --- | --- |")
    for figure in result["figures"]:
        click.echo(f"| {figure['figure']} | {figure['value']:g} {figure['unit']} | "
                   f"{figure.get('baseline', '')} | {figure.get('target', '')} |")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

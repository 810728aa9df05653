"""Ingest throughput: a large generated RSS feed through feedparser alone and through ingest_source.

Run: ``python bench/ingest_bench.py [--items N]``. Prints a Markdown table and writes
``bench/results/ingest.json``. Targets: >= 2,000 postings/s and ingest <= 2x feedparser's time.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from html import escape
from importlib import resources
from pathlib import Path

# Measure this checkout's code, not whichever copy of passend the interpreter has installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import click  # noqa: E402
import feedparser  # noqa: E402

from ingest import store  # noqa: E402
from ingest.pipeline import ingest_source  # noqa: E402

TARGET_RATE = 2000.0
TARGET_RATIO = 2.0
RESULTS = Path(__file__).parent / "results" / "ingest.json"

TITLES = (
    "Medewerker klantenservice", "Administratief medewerker", "Orderpicker", "Heftruckchauffeur",
    "Receptionist", "Schoonmaker", "Planner transport", "Servicemonteur", "Kok",
    "Verzorgende IG", "Productiemedewerker", "Financieel administrateur", "Magazijnmedewerker",
    "Baliemedewerker gemeente", "Telefonist", "Medewerker facilitaire dienst",
)
EMPLOYERS = ("Zorggroep Oost", "Gemeente Rivierstad", "Logistiek Centrum Zuid", "Bakkerij Smit",
             "Installatiebedrijf Jansen", "Energie Noord", "Hotel De Brink")
SALARIES = ("€ 2.400 - € 2.900 bruto per maand", "€ 14,50 per uur", "€ 3.100 per maand",
            "€ 36.000 - € 42.000 per jaar", "")
HOURS = ("32 uur per week", "24 - 32 uur", "fulltime (40 uur)", "parttime 20 uur", "")
TASKS = ("Je beantwoordt vragen van klanten per telefoon en mail.",
         "Je verzamelt orders en laadt vrachtwagens.", "Je werkt zittend achter een bureau.",
         "Je bent veel op je benen en tilt regelmatig dozen tot 15 kg.",
         "Je plant ritten en overlegt met chauffeurs.")
EDUCATION = ("mbo niveau 2", "mbo 4", "hbo-werk- en denkniveau", "vmbo", "")


def places() -> list[str]:
    """Place names from the bundled GeoNames table."""
    path = resources.files("ingest.data").joinpath("geonames-postalcodes-NL.txt")
    with path.open(encoding="utf-8") as handle:
        return sorted({line.split("\t")[2] for line in handle})


def make_feed(items: int, seed: int = 7) -> bytes:
    """An RSS 2.0 feed of varied, seeded-random Dutch vacancies."""
    rng = random.Random(seed)
    towns = places()
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
           "<title>Banenbank</title>"]
    for n in range(items):
        description = (f"<p>{rng.choice(TASKS)} {rng.choice(TASKS)}</p>"
                       f"<p>Opleiding: {rng.choice(EDUCATION)}. {rng.choice(HOURS)}.</p>")
        out.append(
            f"<item><title>{rng.choice(TITLES)}</title><guid>bench-{n}</guid>"
            f"<link>https://banen.example/v/{n}</link>"
            f"<company>{rng.choice(EMPLOYERS)}</company><location>{rng.choice(towns)}</location>"
            f"<salary>{rng.choice(SALARIES)}</salary><hours>{rng.choice(HOURS)}</hours>"
            f"<pubDate>Mon, 02 Nov 2026 09:00:00 +0100</pubDate>"
            f"<description>{escape(description)}</description></item>"
        )
    out.append("</channel></rss>")
    return "\n".join(out).encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=20_000)
    args = parser.parse_args()
    content = make_feed(args.items)
    with tempfile.TemporaryDirectory() as folder:
        feed_path = Path(folder) / "bench.rss"
        feed_path.write_bytes(content)
        start = time.perf_counter()
        parsed = feedparser.parse(content)
        parse_s = time.perf_counter() - start
        db = store.open_db(Path(folder) / "bench.db")
        start = time.perf_counter()
        summary = ingest_source(db, str(feed_path))
        ingest_s = time.perf_counter() - start
    stored = summary.new + summary.updated + summary.unchanged
    result = {
        "items": args.items, "feedparser_entries": len(parsed.entries), "stored": stored,
        "feedparser_s": round(parse_s, 3), "ingest_s": round(ingest_s, 3),
        "postings_per_s": round(stored / ingest_s, 1), "ratio": round(ingest_s / parse_s, 2),
        "target_postings_per_s": TARGET_RATE, "target_ratio": TARGET_RATIO,
    }
    click.echo("| measure | value | target |\n| --- | --- | --- |")
    click.echo(f"| items | {args.items} | |")
    click.echo(f"| feedparser.parse | {parse_s:.2f} s | |")
    click.echo(f"| ingest_source | {ingest_s:.2f} s | |")
    click.echo(f"| postings/s | {result['postings_per_s']:.0f} | >= {TARGET_RATE:.0f} |")
    click.echo(f"| ingest / feedparser | {result['ratio']:.2f}x | <= {TARGET_RATIO:.0f}x |")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

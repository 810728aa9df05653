"""feedparser's own corpus as a malformed-input battery: nothing crashes, bozo feeds are reported.

The corpus lives in ../shared/data/feedparser-corpus (BSD-2, not shipped); the tests skip
without it. One database serves the whole module so the battery stays fast.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import shared_data_dir
from sqlite_utils import Database

from ingest import pipeline, store

SHARED = shared_data_dir()
CORPUS = SHARED / "feedparser-corpus" if SHARED else None
FILES = (
    sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "LICENSE")
    if CORPUS and CORPUS.is_dir() else []
)
EXPECT_BOZO = re.compile(r"Expect:\s*bozo\b")

GOOD_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Werkbedrijf Twente</title>
<item><title>Inpakmedewerker (zittend werk)</title><guid>wt-1</guid>
<location>Enschede</location><hours>20 uur</hours></item>
</channel></rss>"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    folder = tmp_path_factory.mktemp("corpus")
    database = store.open_db(folder / "passend.db")
    good = folder / "twente.rss"
    good.write_text(GOOD_FEED, encoding="utf-8")
    assert pipeline.ingest_source(database, str(good)).new == 1
    return database


def _expects_bozo(path: Path) -> bool:
    """Bozo by its own header, and not only because of simulated HTTP headers we cannot send."""
    head = path.read_bytes()[:2000].decode("latin-1")
    return bool(EXPECT_BOZO.search(head)) and "Header:" not in head


@pytest.mark.skipif(not FILES, reason="../shared/data/feedparser-corpus ontbreekt")
@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_corpus_file_ingests_without_crashing(db: Database, path: Path) -> None:
    summary = pipeline.ingest_source(db, str(path))
    if _expects_bozo(path):
        reasons = [r.reason for r in summary.rejected] + [summary.error or ""]
        assert any("niet goed gevormd" in reason for reason in reasons), reasons
    good = list(db["vacancies"].rows_where("source_item_id = 'wt-1' and status = 'open'"))
    assert len(good) == 1


@pytest.mark.skipif(not FILES, reason="../shared/data/feedparser-corpus ontbreekt")
def test_battery_checked_the_known_bozo_feeds() -> None:
    """Guards the Expect-header parsing: the README lists at least 20 really broken feeds."""
    assert len([p for p in FILES if _expects_bozo(p)]) >= 15

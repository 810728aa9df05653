"""Registered sources, ``ingest --all`` and expiry that spares empty or failed sources."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner

from ingest import store
from matcher.cli import cli

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Thuiszorg Noord</title>
<item><title>Helpende thuiszorg</title><guid>tn-1</guid><location>Assen</location></item>
<item><title>Planner wijkteam</title><guid>tn-2</guid><location>Emmen</location></item>
</channel></rss>"""

EMPTY_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Thuiszorg Noord</title></channel></rss>"""


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, [*args])
    return result.exit_code, result.output


def test_add_list_remove_and_ingest_all(tmp_path: Path) -> None:
    feed = tmp_path / "noord.rss"
    feed.write_text(FEED, encoding="utf-8")
    db = str(tmp_path / "p.db")
    assert run("sources", "add", str(feed), "--employer", "Thuiszorg Noord", "--db", db)[0] == 0
    assert run("sources", "add", str(tmp_path / "weg.rss"), "--db", db)[0] == 0
    code, out = run("sources", "list", "--json", "--db", db)
    listed = json.loads(out)
    assert [(s["id"], s["employer"]) for s in listed] == [(1, "Thuiszorg Noord"), (2, None)]
    assert run("sources", "remove", "2", "--db", db)[0] == 0
    code, out = run("sources", "remove", "2", "--db", db)
    assert code == 1 and "staat niet in de lijst" in out
    code, out = run("ingest", str(feed), "--all", "--json", "--silent", "--db", db)
    assert code == 0, out
    assert [s["new"] for s in json.loads(out)] == [2]
    titles = json.loads(run("vacancies", "--json", "--db", db)[1])
    assert {v["employer"] for v in titles} == {"Thuiszorg Noord"}


def _age_everything(db_path: Path, days: int) -> None:
    old = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="seconds")
    db = store.open_db(db_path)
    with db.conn:
        db.execute("update vacancies set last_seen = ?", [old])


def _statuses(db_path: Path) -> dict[str, str]:
    db = store.open_db(db_path)
    return {r["title"]: r["status"] for r in db["vacancies"].rows}


def test_empty_or_failed_source_never_expires_its_vacancies(tmp_path: Path) -> None:
    feed = tmp_path / "noord.rss"
    feed.write_text(FEED, encoding="utf-8")
    db = tmp_path / "p.db"
    assert run("ingest", str(feed), "--silent", "--db", str(db))[0] == 0
    _age_everything(db, 30)
    feed.write_text(EMPTY_FEED, encoding="utf-8")
    assert run("ingest", str(feed), "--silent", "--db", str(db))[0] == 0
    feed.unlink()
    assert run("ingest", str(feed), "--silent", "--db", str(db))[0] == 1
    assert set(_statuses(db).values()) == {"open"}
    feed.write_text(FEED.replace("<item><title>Planner", "<x><title>Planner").replace(
        "Emmen</location></item>", "Emmen</location></x>"), encoding="utf-8")
    assert run("ingest", str(feed), "--silent", "--db", str(db),
               "--expire-after-days", "14")[0] == 0
    assert _statuses(db) == {"Helpende thuiszorg": "open", "Planner wijkteam": "expired"}


def test_real_empty_government_feed_keeps_vacancies(tmp_path: Path, shared_data: Path) -> None:
    feed = tmp_path / "wvn.rss"
    feed.write_text(FEED, encoding="utf-8")
    db = tmp_path / "p.db"
    assert run("ingest", str(feed), "--silent", "--db", str(db))[0] == 0
    _age_everything(db, 60)
    shutil.copy(shared_data / "feeds/werkenvoornederland-empty.rss", feed)
    code, out = run("ingest", str(feed), "--json", "--silent", "--db", str(db))
    assert code == 0, out
    assert json.loads(out)[0]["new"] == 0
    assert set(_statuses(db).values()) == {"open"}


def test_valid_through_expiry_always_applies(tmp_path: Path) -> None:
    sheet = tmp_path / "lijst.csv"
    sheet.write_text("titel;geldig_tot\nKok;2020-01-31\nAfwasser;2099-01-31\n", encoding="utf-8")
    db = tmp_path / "p.db"
    assert run("ingest", str(sheet), "--format", "spreadsheet", "--silent", "--db", str(db))[0] == 0
    assert _statuses(db) == {"Kok": "expired", "Afwasser": "open"}


def test_mapping_with_all_leaves_registered_feeds_alone(tmp_path: Path) -> None:
    feed = tmp_path / "noord.rss"
    feed.write_text(FEED, encoding="utf-8")
    sheet = tmp_path / "lijst.csv"
    sheet.write_text("Functienaam;Standplaats\nKok;Ede\n", encoding="utf-8")
    mapping = tmp_path / "kolommen.yaml"
    mapping.write_text("columns:\n  title: Functienaam\n  place: Standplaats\n", encoding="utf-8")
    db = str(tmp_path / "p.db")
    assert run("sources", "add", str(feed), "--db", db)[0] == 0
    code, out = run("ingest", str(sheet), "--mapping", str(mapping), "--all", "--json",
                    "--silent", "--db", db)
    assert code == 0, out
    assert [(s["format"], s["new"]) for s in json.loads(out)] == [("feed", 2), ("spreadsheet", 1)]

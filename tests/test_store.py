"""The store: private file, WAL, migrations, idempotent upserts and expiry."""

from __future__ import annotations

import stat
from pathlib import Path

from sqlite_utils import Database

from ingest import store
from ingest.model import Vacancy


def _vacancy(**changes: object) -> Vacancy:
    base = dict(id="v1", source="werkgever.rss", source_item_id="1", title="Receptionist",
                employer="Tandartspraktijk Oost", place="Zwolle", salary_min=2400.0)
    base.update(changes)
    return Vacancy(**base)  # type: ignore[arg-type]


def test_database_is_private_and_in_wal_mode(db_path: Path) -> None:
    db = store.open_db(db_path)
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert db.journal_mode == "wal"
    assert {"vacancies", "sources", "feed_cache", "rejections"} <= set(db.table_names())
    assert "m001_vacancies" in {m.name for m in store.migrations.applied(db)}


def test_env_variable_chooses_database(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PASSEND_DB", str(tmp_path / "elders.db"))
    assert store.resolve_path(None) == tmp_path / "elders.db"
    assert store.resolve_path("expliciet.db") == Path("expliciet.db")


def test_upsert_reports_new_unchanged_updated(fresh_db: Database) -> None:
    assert store.upsert_vacancy(fresh_db, _vacancy(), "2026-11-01T10:00:00+00:00") == "new"
    assert store.upsert_vacancy(fresh_db, _vacancy(), "2026-11-02T10:00:00+00:00") == "unchanged"
    changed = _vacancy(salary_min=2600.0)
    assert store.upsert_vacancy(fresh_db, changed, "2026-11-03T10:00:00+00:00") == "updated"
    row = fresh_db["vacancies"].get("v1")
    assert row["first_seen"] == "2026-11-01T10:00:00+00:00"
    assert row["last_seen"] == "2026-11-03T10:00:00+00:00"
    assert row["salary_min"] == 2600.0
    assert fresh_db["vacancies"].count == 1


def test_expiry_keeps_rows_and_respects_valid_through(fresh_db: Database) -> None:
    store.upsert_vacancy(fresh_db, _vacancy(), "2026-10-01T10:00:00+00:00")
    store.upsert_vacancy(
        fresh_db, _vacancy(id="v2", source_item_id="2", valid_through="2026-11-10"),
        "2026-11-09T10:00:00+00:00",
    )
    store.upsert_vacancy(fresh_db, _vacancy(id="v3", source_item_id="3"),
                         "2026-11-09T10:00:00+00:00")
    expired = store.expire(fresh_db, "2026-11-12T10:00:00+00:00", gone_after_days=14)
    assert expired == 2
    statuses = {r["id"]: r["status"] for r in fresh_db["vacancies"].rows}
    assert statuses == {"v1": "expired", "v2": "expired", "v3": "open"}


def test_upsert_commits_so_a_second_connection_sees_every_row(db_path: Path) -> None:
    db = store.open_db(db_path)
    store.upsert_vacancy(db, _vacancy(), "2026-11-01T10:00:00+00:00")
    store.upsert_vacancy(db, _vacancy(id="v2", source_item_id="2", title="Orderpicker"),
                         "2026-11-01T10:05:00+00:00")
    other = store.open_db(db_path)
    assert sorted(row["id"] for row in store.iter_vacancies(other)) == ["v1", "v2"]
    assert not db.conn.in_transaction

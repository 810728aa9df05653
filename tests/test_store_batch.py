"""Batched upserts behave exactly like storing the vacancies one at a time."""

from __future__ import annotations

from sqlite_utils import Database

from ingest import store
from ingest.model import Vacancy

DAY1, DAY2 = "2026-11-01T10:00:00+00:00", "2026-11-02T10:00:00+00:00"


def _vacancy(id_: str, title: str = "Receptionist") -> Vacancy:
    return Vacancy(id=id_, source="banen.rss", source_item_id=id_, title=title, place="Zwolle")


def test_batch_reports_each_outcome_in_order(fresh_db: Database) -> None:
    assert store.upsert_vacancies(fresh_db, [_vacancy("a"), _vacancy("b")], DAY1) == ["new", "new"]
    outcomes = store.upsert_vacancies(
        fresh_db, [_vacancy("a"), _vacancy("b", "Telefonist"), _vacancy("c")], DAY2
    )
    assert outcomes == ["unchanged", "updated", "new"]
    rows = {r["id"]: r for r in fresh_db["vacancies"].rows}
    assert (rows["a"]["first_seen"], rows["a"]["last_seen"]) == (DAY1, DAY2)
    assert (rows["b"]["title"], rows["b"]["first_seen"]) == ("Telefonist", DAY1)
    assert rows["c"]["first_seen"] == DAY2


def test_same_item_twice_in_one_batch(fresh_db: Database) -> None:
    outcomes = store.upsert_vacancies(
        fresh_db, [_vacancy("a"), _vacancy("a"), _vacancy("a", "Kok")], DAY1
    )
    assert outcomes == ["new", "unchanged", "updated"]
    (row,) = fresh_db["vacancies"].rows
    assert (row["title"], row["first_seen"]) == ("Kok", DAY1)


def test_rows_marked_duplicate_stay_marked_when_updated(fresh_db: Database) -> None:
    store.upsert_vacancies(fresh_db, [_vacancy("a"), _vacancy("b")], DAY1)
    fresh_db["vacancies"].update("b", {"duplicate_of": "a"})
    store.upsert_vacancies(fresh_db, [_vacancy("b", "Telefonist")], DAY2)
    assert fresh_db["vacancies"].get("b")["duplicate_of"] == "a"

"""The SQLite store: the one place that owns passend's schema.

Every table passend keeps is created by a migration registered here, so the schema of any database
can be read from ``_sqlite_migrations``. Other modules receive the opened
:class:`sqlite_utils.Database` and query their own tables.

The database holds special-category data (profiles with functional limits), so the file is created
readable and writable by its owner only.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Collection, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from ingest.model import Rejected, Vacancy

DEFAULT_DB = "passend.db"
ENV_DB = "PASSEND_DB"

migrations = Migrations("passend")

# Columns compared to decide whether a re-ingested item changed.
_TRACKED = tuple(
    name for name in Vacancy.__dataclass_fields__ if name not in {"id", "raw", "analysed_with"}
)


@migrations()
def m001_vacancies(db: Database) -> None:
    db["vacancies"].create(
        {
            "id": str, "source": str, "source_item_id": str, "title": str, "employer": str,
            "url": str, "description": str, "place": str, "postcode": str, "lat": float,
            "lon": float, "salary_min": float, "salary_max": float, "salary_text": str,
            "hours_min": float, "hours_max": float, "hours_text": str,
            "education_level": float, "education_soft": int, "education_text": str,
            "contract": str, "posted_at": str, "valid_through": str, "occupation": str,
            "demands": str, "raw": str, "status": str, "first_seen": str, "last_seen": str,
            "content_hash": str, "duplicate_of": str,
        },
        pk="id",
    )
    db["vacancies"].create_index(["source"])
    db["vacancies"].create_index(["status"])
    db["sources"].create(
        {"id": int, "location": str, "employer": str, "format": str, "added_at": str},
        pk="id",
    )
    db["sources"].create_index(["location"], unique=True)
    db["feed_cache"].create(
        {"url": str, "etag": str, "last_modified": str, "fetched_at": str}, pk="url"
    )
    db["rejections"].create(
        {"id": int, "at": str, "source": str, "location": str, "reason": str}, pk="id"
    )


def resolve_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The database path: explicit ``--db``, else ``$PASSEND_DB``, else ``passend.db`` here."""
    return Path(path or os.environ.get(ENV_DB) or DEFAULT_DB)


def open_db(path: str | os.PathLike[str] | None = None) -> Database:
    """Open (creating if needed) a private database in WAL mode with every migration applied."""
    target = resolve_path(path)
    if str(target) != ":memory:":
        target.parent.mkdir(parents=True, exist_ok=True)
        # Create the file ourselves so it is never world-readable, not even for an instant.
        fd = os.open(target, os.O_CREAT | os.O_RDWR, 0o600)
        os.close(fd)
        os.chmod(target, 0o600)
        db = Database(target)
        db.enable_wal()
    else:
        db = Database(memory=True)
    migrations.apply(db)
    return db


def now_iso() -> str:
    """Current UTC time as ISO text; one clock for every timestamp the store writes."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def vacancy_id(source: str, item_id: str) -> str:
    """Stable id of a source item: the same item read again gets the same id."""
    return hashlib.sha1(f"{source}\0{item_id}".encode()).hexdigest()[:16]


def _row(vacancy: Vacancy) -> dict[str, Any]:
    # Shallow field copy: dataclasses.asdict deep-copies ``raw``, which dominated ingest time.
    data = {name: getattr(vacancy, name) for name in Vacancy.__dataclass_fields__}
    data["education_soft"] = int(vacancy.education_soft)
    for key in ("occupation", "demands", "raw"):
        data[key] = json.dumps(data[key], ensure_ascii=False, sort_keys=True)
    return data


def _content_hash(row: dict[str, Any]) -> str:
    payload = json.dumps({k: row[k] for k in _TRACKED}, sort_keys=True, default=str)
    return hashlib.sha1(payload.encode()).hexdigest()


def upsert_vacancy(db: Database, vacancy: Vacancy, at: str) -> str:
    """Store one vacancy; returns ``"new"``, ``"updated"`` or ``"unchanged"`` (see below)."""
    return upsert_vacancies(db, [vacancy], at)[0]


def upsert_vacancies(db: Database, vacancies: list[Vacancy], at: str) -> list[str]:
    """Store vacancies; returns ``"new"``, ``"updated"`` or ``"unchanged"`` for each, in order.

    Re-reading an unchanged item only moves ``last_seen``; a changed item is overwritten but keeps
    its ``first_seen``. An item seen again is open again unless its ``valid_through`` has passed.
    Existing rows are read and written in batches (one query per chunk, not per item): a feed of
    thousands of items is stored several times faster than row by row.
    """
    known = _existing(db, [v.id for v in vacancies])
    writes: dict[str, dict[str, Any]] = {}  # full rows, inserted or overwritten
    touches: dict[str, tuple[str, str | None]] = {}  # id -> (status, analysed_with), unchanged
    outcomes = []
    for vacancy in vacancies:
        row = _row(vacancy)
        row["content_hash"] = _content_hash(row)
        row["last_seen"] = at
        row["status"] = "expired" if _past(vacancy.valid_through, at) else "open"
        previous = known.get(vacancy.id)
        if previous is None:
            row["first_seen"], row["duplicate_of"] = at, None
            outcomes.append("new")
        elif previous["content_hash"] == row["content_hash"]:
            outcomes.append("unchanged")
            if vacancy.id in writes:
                writes[vacancy.id].update(last_seen=at, status=row["status"],
                                          analysed_with=row["analysed_with"])
            else:
                touches[vacancy.id] = (row["status"], row["analysed_with"])
            continue
        else:
            row["first_seen"] = previous["first_seen"]
            row["duplicate_of"] = previous["duplicate_of"]
            outcomes.append("updated")
        writes[vacancy.id] = row
        touches.pop(vacancy.id, None)
        known[vacancy.id] = row
    with db.conn:  # one transaction, committed: other connections see the whole batch or nothing
        if writes:
            db["vacancies"].upsert_all(writes.values(), pk="id")
        db.conn.executemany(
            "update vacancies set last_seen = ?, status = ?, analysed_with = ? where id = ?",
            [(at, status, version, id_) for id_, (status, version) in touches.items()],
        )
    return outcomes


def _existing(db: Database, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Hash, first_seen and duplicate_of of the stored rows among ``ids``."""
    found: dict[str, dict[str, Any]] = {}
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), 500):
        chunk = unique[start:start + 500]
        cursor = db.execute(
            "select id, content_hash, first_seen, duplicate_of from vacancies"
            f" where id in ({', '.join('?' * len(chunk))})",
            chunk,
        )
        for id_, content_hash, first_seen, duplicate_of in cursor.fetchall():
            found[id_] = {"content_hash": content_hash, "first_seen": first_seen,
                          "duplicate_of": duplicate_of}
    return found


def _past(date_text: str | None, at: str) -> bool:
    return bool(date_text) and date_text[:10] < at[:10]


def touch_source(db: Database, source: str, at: str) -> int:
    """Mark every open vacancy of ``source`` as seen now (an unchanged feed answered 304)."""
    cursor = db.execute(
        "update vacancies set last_seen = ? where source = ? and status = 'open'", [at, source]
    )
    return cursor.rowcount


def expire(
    db: Database, at: str, *, gone_after_days: int, gone_sources: Collection[str] | None = None
) -> int:
    """Mark vacancies expired whose ``valid_through`` passed or that left their feed too long ago.

    Only vacancies of ``gone_sources`` (default: all) expire for having left their feed, so a
    source that failed or came back empty never loses its vacancies. Rows are kept: the dossier
    must still show what was offered.
    """
    cutoff = (datetime.fromisoformat(at) - timedelta(days=gone_after_days)).isoformat(
        timespec="seconds"
    )
    gone = "last_seen < ?"
    params: list[Any] = [at, cutoff]
    if gone_sources is not None:
        names = list(gone_sources)
        gone += f" and source in ({', '.join('?' * len(names))})" if names else " and 0"
        params += names
    cursor = db.execute(
        f"""update vacancies set status = 'expired'
           where status = 'open'
             and ((valid_through is not null and valid_through != ''
                   and substr(valid_through, 1, 10) < substr(?, 1, 10))
                  or ({gone}))""",
        params,
    )
    return cursor.rowcount


def record_rejections(db: Database, rejected: list[Rejected], at: str) -> None:
    """Keep a trail of what could not be read, so a coach can ask the employer to fix it."""
    db["rejections"].insert_all(
        {"at": at, "source": r.source, "location": r.location, "reason": r.reason}
        for r in rejected
    )


def reanalyse(db: Database, analyse: Callable[[dict[str, Any]], tuple[Any, Any]], version: str,
              *, only_stale: bool = False) -> tuple[int, int]:
    """Recompute ``occupation`` and ``demands`` of stored rows and mark them analysed with
    ``version``; returns (rows read, rows whose occupation or demands changed).

    ``analyse`` gets a decoded row and returns (occupation, demands). ``only_stale`` reads only
    rows analysed with another version (or none, from before versions were kept). The content
    hash follows, so the next ingest of an unchanged item still counts as unchanged. One
    transaction for the lot.
    """
    where = "analysed_with is null or analysed_with != ?" if only_stale else None
    read = changed = 0
    with db.conn:
        for row in list(db["vacancies"].rows_where(where, [version] if only_stale else None)):
            read += 1
            occupation, demands = analyse(decode(row))
            new = {**row, "occupation": json.dumps(occupation, ensure_ascii=False, sort_keys=True),
                   "demands": json.dumps(demands, ensure_ascii=False, sort_keys=True),
                   "analysed_with": version}
            if (new["occupation"], new["demands"]) != (row["occupation"], row["demands"]):
                new["content_hash"] = _content_hash(new)
                changed += 1
            db["vacancies"].update(row["id"], {k: new[k] for k in
                                               ("occupation", "demands", "content_hash",
                                                "analysed_with")})
    return read, changed


def iter_vacancies(db: Database, *, include_expired: bool = False,
                   columns: Collection[str] | None = None) -> Iterator[dict[str, Any]]:
    """Canonical vacancies (duplicates folded away), JSON columns decoded.

    ``columns`` limits what is read: the matcher needs a dozen columns, not the raw payload
    (small in synthetic data, where it made no measurable difference; kilobytes per item in
    real feeds).
    """
    where = "duplicate_of is null" + ("" if include_expired else " and status = 'open'")
    select = ", ".join(f"[{c}]" for c in columns) if columns else "*"
    for row in db["vacancies"].rows_where(where, order_by="first_seen, id", select=select):
        yield decode(row)


def decode(row: dict[str, Any]) -> dict[str, Any]:
    """Turn a stored row back into plain Python values."""
    out = dict(row)
    for key in ("occupation", "demands", "raw"):
        out[key] = json.loads(row[key]) if row.get(key) else None
    out["education_soft"] = bool(row.get("education_soft"))
    return out


@migrations()
def m002_profiles(db: Database) -> None:
    db["profiles"].create({"id": str, "version": int, "active": int}, pk="id")
    db["profile_versions"].create(
        {"profile_id": str, "version": int, "stored_at": str, "valid_from": str,
         "profile": str},
        pk=("profile_id", "version"),
        foreign_keys=[("profile_id", "profiles", "id")],
    )


@migrations()
def m003_weekly_and_tracking(db: Database) -> None:
    """Weekly application lists and the evidence trail for the Poortwachter dossier.

    ``weekly_lists`` holds one row per profile and ISO week (``2026-W48``) with the profile
    version, policy version and stage it used, and why it fell short of the quota (JSON, or null).
    ``weekly_items`` holds the offered vacancies of a list in rank order, with the score, verdict,
    the criteria (JSON) and a copy of the fields shown to the employee, so the dossier still shows
    what was offered after the vacancy itself expired. ``applications`` and ``contacts`` are what
    the coach records: applications with their status, and contacts, actions and agency
    registrations (``kind``).
    """
    db["weekly_lists"].create(
        {"profile_id": str, "week": str, "created_at": str, "profile_version": int,
         "policy_version": str, "stage": str, "quota": int, "shortfall": str},
        pk=("profile_id", "week"),
    )
    db["weekly_items"].create(
        {"profile_id": str, "week": str, "rank": int, "vacancy_id": str, "score": float,
         "verdict": str, "criteria": str, "title": str, "employer": str, "place": str,
         "url": str, "hours_text": str, "salary_text": str, "travel_minutes": float},
        pk=("profile_id", "week", "vacancy_id"),
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["weekly_items"].create_index(["profile_id", "vacancy_id"])
    db["applications"].create(
        {"id": int, "profile_id": str, "vacancy_id": str, "applied_on": str, "how": str,
         "status": str, "notes": str, "title": str, "employer": str, "created_at": str,
         "updated_at": str},
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["applications"].create_index(["profile_id", "vacancy_id"])
    db["application_events"].create(
        {"id": int, "application_id": int, "on": str, "status": str, "notes": str},
        pk="id",
        foreign_keys=[("application_id", "applications", "id")],
    )
    db["contacts"].create(
        {"id": int, "profile_id": str, "on": str, "kind": str, "who": str, "what": str,
         "agreements": str, "follow_up": str, "created_at": str},
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["contacts"].create_index(["profile_id", "on"])


@migrations()
def m004_duplicates(db: Database) -> None:
    """What duplicate detection decided, so every merge can be explained and redone.

    ``duplicate_pairs`` keeps each compared pair that came out ``duplicate`` or ``possible``
    (ids in sorted order) with its summed weight and per-field comparison (JSON, Dutch labels);
    distinct pairs are not kept. ``dedupe_checked`` records which version (``content_hash``) of
    a vacancy was checked, so a run compares only new and changed vacancies.
    ``vacancies.duplicate_of`` points a merged copy at its canonical vacancy.
    """
    db["duplicate_pairs"].create(
        {"id_a": str, "id_b": str, "outcome": str, "weight": float, "comparisons": str,
         "decided_at": str, "config_version": str},
        pk=("id_a", "id_b"),
    )
    db["duplicate_pairs"].create_index(["id_b"])
    db["duplicate_pairs"].create_index(["outcome"])
    db["dedupe_checked"].create({"id": str, "content_hash": str, "checked_at": str}, pk="id")
    db["vacancies"].create_index(["duplicate_of"], if_not_exists=True)


@migrations()
def m007_feedback(db: Database) -> None:
    """A coach's judgement of one offered vacancy, the examples ``passend learn`` fits weights on.

    ``scores`` is a JSON snapshot of the per-criterion scores when the feedback was given, with
    the policy version and stage that produced them, so learning still works after the vacancy
    expired or the policy changed.
    """
    db["feedback"].create(
        {"id": int, "profile_id": str, "vacancy_id": str, "label": str, "on": str,
         "notes": str, "title": str, "scores": str, "verdict": str, "policy_version": str,
         "stage": str, "created_at": str},
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db["feedback"].create_index(["profile_id", "vacancy_id"])


@migrations()
def m008_analysis_version(db: Database) -> None:
    """``vacancies.analysed_with``: the version of lexicon, occupation index and priors a row was
    analysed with, so the weekly job re-reads only rows analysed with an older one. Rows stored
    before this migration have none and count as stale."""
    db["vacancies"].add_column("analysed_with", str)
    db["vacancies"].create_index(["analysed_with"])

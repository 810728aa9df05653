"""Ingest one source: fetch, read, normalise and store it in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from ingest import fetch as fetching
from ingest import sources, store
from ingest.model import RawPosting, Rejected, Vacancy
from ingest.normalise import analyse, analysis_version, to_vacancy

# Days a vacancy may be gone from a source that was read before it expires.
EXPIRE_AFTER_DAYS = 14


@dataclass
class SourceSummary:
    """What ingesting one source did; ``error`` is set when the source as a whole failed."""

    source: str
    format: str | None = None
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    not_modified: bool = False
    rejected: list[Rejected] = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "format": self.format,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "not_modified": self.not_modified,
            "rejected": [{"location": r.location, "reason": r.reason} for r in self.rejected],
            "error": self.error,
        }


def ingest_source(
    db: Database, location: str, *, employer: str | None = None, fmt: str | None = None,
    options: dict[str, Any] | None = None, timeout: float = fetching.TIMEOUT_S,
) -> SourceSummary:
    """Read one file or URL into the store. Never raises for bad input: see ``summary.error``.

    ``options`` go to the reader (a spreadsheet's column mapping); ``timeout`` bounds a URL fetch.
    """
    summary = SourceSummary(location, fmt)
    at = store.now_iso()
    try:
        fetched = _fetch(db, location, timeout)
        if fetched.not_modified:
            summary.not_modified = True
            with db.conn:
                summary.unchanged = store.touch_source(db, location, at)
            return summary
        assert fetched.content is not None
        summary.format = fmt or sources.detect_format(
            location, fetched.content, fetched.content_type
        )
        items = list(
            sources.read(fetched.content, location, fmt=summary.format, employer=employer,
                         options=options)
        )
    except sources.SourceError as error:
        summary.error = str(error)
        with db.conn:
            store.record_rejections(db, [Rejected(location, "bron", summary.error)], at)
        return summary
    vacancies = []
    for item in items:
        if isinstance(item, Rejected):
            summary.rejected.append(item)
        elif (vacancy := _normalise(item, summary)) is not None:
            vacancies.append(vacancy)
    with db.conn:
        for outcome in store.upsert_vacancies(db, vacancies, at):
            setattr(summary, outcome, getattr(summary, outcome) + 1)
        store.record_rejections(db, summary.rejected, at)
        if fetching.is_url(location):
            db["feed_cache"].upsert(
                {"url": location, "etag": fetched.etag, "last_modified": fetched.last_modified,
                 "fetched_at": at},
                pk="url",
            )
    return summary


def _fetch(db: Database, location: str, timeout: float) -> fetching.Fetched:
    cached: dict[str, Any] = {}
    if fetching.is_url(location):
        rows = list(db["feed_cache"].rows_where("url = ?", [location], limit=1))
        cached = rows[0] if rows else {}
    return fetching.fetch(
        location, etag=cached.get("etag"), last_modified=cached.get("last_modified"),
        timeout=timeout,
    )


def _normalise(posting: RawPosting, summary: SourceSummary) -> Vacancy | None:
    """The vacancy of a posting, or ``None`` with a rejection noted when it cannot be read."""
    try:
        return to_vacancy(posting)
    except (ValueError, TypeError, KeyError) as error:
        summary.rejected.append(
            Rejected(posting.source, posting.location, f"kon niet normaliseren: {error}")
        )
        return None


def expire_gone(db: Database, summaries: list[SourceSummary], *, after_days: int) -> int:
    """Expire vacancies past their end date, and those gone from a source read just now.

    Only a source that was read and still had items (or answered 304) says what is gone: an empty
    or failed source keeps its vacancies open.
    """
    read_fully = [
        s.source for s in summaries
        if s.ok and (s.not_modified or s.new + s.updated + s.unchanged > 0)
    ]
    with db.conn:
        return store.expire(
            db, store.now_iso(), gone_after_days=after_days, gone_sources=read_fully
        )


def registered_sources(
    db: Database, *, employer: str | None = None, fmt: str | None = None,
) -> dict[str, tuple[str | None, str | None]]:
    """Every path of the registered sources with its (employer, format); a folder expands to its
    files. The registration wins over the fallbacks ``employer`` and ``fmt``."""
    jobs: dict[str, tuple[str | None, str | None]] = {}
    for row in db["sources"].rows_where(order_by="id"):
        for path in sources.expand(row["location"]):
            jobs[path] = (row["employer"] or employer, row["format"] or fmt)
    return jobs


def reanalyse(db: Database, *, only_stale: bool = False) -> tuple[int, int]:
    """Read stored vacancies again for occupation and demands (after a lexicon, ESCO or priors
    change): every one, or with ``only_stale`` those analysed by another version. Schema.org
    requirement fields are taken from the stored raw payload. Returns (read, changed)."""
    return store.reanalyse(db, lambda row: analyse(row["title"] or "", row["description"] or "",
                                                   row["raw"] if isinstance(row["raw"], dict)
                                                   else None),
                           analysis_version(), only_stale=only_stale)

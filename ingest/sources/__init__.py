"""Source readers: each turns the bytes of one source into postings or rejections.

A reader is ``read(content, source, employer[, options]) -> Iterator[RawPosting | Rejected]``.
It never raises for a bad item: the item becomes a :class:`~ingest.model.Rejected` and reading
goes on. A source that cannot be read at all raises :class:`SourceError` with a Dutch reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ingest.model import RawPosting, Rejected
from ingest.sources import feed, spreadsheet
from ingest.sources.errors import SourceError

__all__ = ["READERS", "SourceError", "detect_format", "expand", "read"]

# Readers in TAKES_OPTIONS get reader options (a mapping file) as a fourth argument.
Reader = Callable[..., Iterator[RawPosting | Rejected]]
TAKES_OPTIONS = {"spreadsheet"}

READERS: dict[str, Reader] = {
    "feed": feed.read,
    "spreadsheet": spreadsheet.read,
}


def detect_format(name: str, content: bytes, content_type: str = "") -> str:
    """Guess the format of a source from its name, content type and first bytes."""
    return "feed"


def expand(location: str) -> list[str]:
    """A folder stands for the files in it (sorted, hidden files skipped); others stand alone."""
    path = Path(location)
    if "://" not in location and path.is_dir():
        return sorted(
            str(p) for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
        )
    return [location]


def read(
    content: bytes, source: str, *, fmt: str, employer: str | None = None,
    options: dict[str, Any] | None = None,
) -> Iterator[RawPosting | Rejected]:
    """Postings and rejections of one source; ``options`` (a mapping file) go to readers that
    take them and are ignored by the others, which keep the three-argument signature."""
    try:
        reader = READERS[fmt]
    except KeyError:
        known = ", ".join(sorted(READERS))
        raise SourceError(f"onbekend formaat '{fmt}'; kies uit: {known}") from None
    if options and fmt in TAKES_OPTIONS:
        return reader(content, source, employer, options)
    return reader(content, source, employer)

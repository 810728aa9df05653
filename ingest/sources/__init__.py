"""Source readers: each turns the bytes of one source into postings or rejections.

A reader is ``read(content, source, employer) -> Iterator[RawPosting | Rejected]``. It never raises
for a bad item: the item becomes a :class:`~ingest.model.Rejected` and reading goes on. A source
that cannot be read at all raises :class:`SourceError` with a Dutch reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from ingest.model import RawPosting, Rejected
from ingest.sources import feed

Reader = Callable[[bytes, str, str | None], Iterator[RawPosting | Rejected]]


class SourceError(Exception):
    """A whole source could not be read; the message says why and what to try."""


READERS: dict[str, Reader] = {
    "feed": feed.read,
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
    content: bytes, source: str, *, fmt: str, employer: str | None = None
) -> Iterator[RawPosting | Rejected]:
    """Postings and rejections of one source in the given format."""
    try:
        reader = READERS[fmt]
    except KeyError:
        known = ", ".join(sorted(READERS))
        raise SourceError(f"onbekend formaat '{fmt}'; kies uit: {known}") from None
    return reader(content, source, employer)

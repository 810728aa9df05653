"""Source readers: each turns the bytes of one source into postings or rejections.

A reader is ``read(content, source, employer[, options]) -> Iterator[RawPosting | Rejected]``.
It never raises for a bad item: the item becomes a :class:`~ingest.model.Rejected` and reading
goes on. A source that cannot be read at all raises :class:`SourceError` with a Dutch reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from ingest.model import RawPosting, Rejected
from ingest.sources import feed, jobsxml, jsonld, spreadsheet
from ingest.sources.errors import SourceError

# Readers in TAKES_OPTIONS get reader options (a mapping file) as a fourth argument.
Reader = Callable[..., Iterator[RawPosting | Rejected]]
TAKES_OPTIONS = {"spreadsheet"}

READERS: dict[str, Reader] = {
    "feed": feed.read,
    "jsonld": jsonld.read,
    "jobsxml": jobsxml.read,
    "spreadsheet": spreadsheet.read,
}

__all__ = ["READERS", "Reader", "SourceError", "detect_format", "expand", "read"]


_BY_EXTENSION = {
    ".jsonld": "jsonld", ".html": "jsonld", ".htm": "jsonld",
    ".csv": "spreadsheet", ".tsv": "spreadsheet", ".xlsx": "spreadsheet",
}
_BY_CONTENT_TYPE = {
    "application/ld+json": "jsonld", "text/html": "jsonld", "application/xhtml+xml": "jsonld",
    "text/csv": "spreadsheet", "text/tab-separated-values": "spreadsheet",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "spreadsheet",
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/feed+json": "feed",
}
_XML_ROOT = re.compile(rb"<([A-Za-z_][\w.:-]*)")


def _root(content: bytes) -> bytes:
    """Name of the first element, past the XML declaration, comments and DOCTYPE."""
    head = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", b"", content[:4096], flags=re.S | re.I)
    match = _XML_ROOT.search(head)
    return match.group(1).lower() if match else b""


def _xml_format(content: bytes) -> str:
    """``jobsxml`` when the root element is ``<jobs>``, else a feed (RSS/Atom)."""
    return "jobsxml" if _root(content) == b"jobs" else "feed"


def _json_format(content: bytes) -> str:
    """A JSON Feed names jsonfeed.org in its ``version``; other JSON is taken as JSON-LD."""
    return "feed" if re.search(rb'"version"\s*:\s*"[^"]*jsonfeed', content[:4096]) else "jsonld"


def _sniff(content: bytes) -> str | None:
    head = content.lstrip(b"\xef\xbb\xbf \t\r\n")[:512]
    if head.startswith(b"PK\x03\x04"):
        return "spreadsheet"
    if head.startswith(b"<"):
        return "jsonld" if _root(content) in {b"html", b"head", b"body"} else _xml_format(content)
    if head.startswith((b"{", b"[")):
        return _json_format(content)
    return None


def detect_format(name: str, content: bytes, content_type: str = "") -> str:
    """Guess the format of a source from its extension, else its content type and first bytes."""
    suffix = PurePosixPath(name.split("?", 1)[0].split("#", 1)[0]).suffix.lower()
    if suffix in {".rss", ".atom", ".xml"}:
        return _xml_format(content)
    if suffix == ".json":
        return _json_format(content)
    if suffix in _BY_EXTENSION:
        return _BY_EXTENSION[suffix]
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime in _BY_CONTENT_TYPE:
        return _BY_CONTENT_TYPE[mime]
    if mime.endswith(("/xml", "+xml")):
        return _xml_format(content)
    if mime.endswith(("/json", "+json")):
        return _json_format(content)
    found = _sniff(content)
    if found is None:
        known = ", ".join(sorted(READERS))
        raise SourceError(
            f"{name}: formaat niet herkend (geen bekende extensie of inhoud); "
            f"geef het op met --format ({known})"
        )
    return found


def expand(location: str) -> list[str]:
    """A folder stands for the files in it (sorted, hidden files skipped); others stand alone.

    Local paths become absolute, so the same file is the same source from any working folder.
    """
    if "://" in location:
        return [location]
    path = Path(location).resolve()
    if path.is_dir():
        return sorted(
            str(p) for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
        )
    return [str(path)]


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

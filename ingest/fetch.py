"""Read a source's bytes from a file or an http(s) URL, with conditional GET for URLs.

An unchanged feed costs one ``304 Not Modified``: the ETag and Last-Modified of the previous answer
are sent back (``If-None-Match``/``If-Modified-Since``).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from ingest.sources import SourceError

MAX_BYTES = 200 * 1024 * 1024
TIMEOUT_S = 30.0
USER_AGENT = "passend/0.1 (+https://example.invalid/passend)"


@dataclass(frozen=True)
class Fetched:
    """What a fetch brought: the content (``None`` when not modified) and the caching headers."""

    content: bytes | None
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.content is None


def is_url(location: str) -> bool:
    return location.lower().startswith(("http://", "https://"))


def fetch(
    location: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = TIMEOUT_S,
    max_bytes: int = MAX_BYTES,
) -> Fetched:
    """The bytes of a file or URL; raises :class:`SourceError` with a Dutch reason on failure."""
    if not is_url(location):
        return _read_file(Path(location), max_bytes)
    request = urllib.request.Request(location, headers={"User-Agent": USER_AGENT})
    if etag:
        request.add_header("If-None-Match", etag)
    if last_modified:
        request.add_header("If-Modified-Since", last_modified)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content = response.read(max_bytes + 1)
            headers = response.headers
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return Fetched(None, etag=etag, last_modified=last_modified)
        hint = {404: "het adres bestaat niet (meer); controleer de URL"}.get(
            error.code,
            "de server heeft een storing; probeer het later opnieuw" if error.code >= 500
            else "controleer adres en toegang",
        )
        raise SourceError(f"HTTP-fout {error.code} ({error.reason}) bij ophalen: {hint}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(reason, TimeoutError):
            raise SourceError(
                f"geen antwoord binnen {timeout:g} {'seconde' if timeout == 1 else 'seconden'};"
                " probeer later opnieuw of verhoog"
                " --timeout"
            ) from None
        raise SourceError(f"kon niet ophalen: {reason}; controleer adres en netwerk") from None
    if len(content) > max_bytes:
        raise SourceError(f"bron is groter dan {max_bytes // 2**20} MB en is niet gelezen")
    return Fetched(
        content,
        headers.get("Content-Type", ""),
        headers.get("ETag"),
        headers.get("Last-Modified"),
    )


def _read_file(path: Path, max_bytes: int) -> Fetched:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(f"bestand is groter dan {max_bytes // 2**20} MB en is niet gelezen")
        return Fetched(path.read_bytes())
    except FileNotFoundError:
        raise SourceError("bestand bestaat niet") from None
    except (IsADirectoryError, PermissionError) as error:
        raise SourceError(f"bestand kan niet gelezen worden ({error.strerror})") from None

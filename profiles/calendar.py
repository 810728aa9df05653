"""RFC 5545 calendar of poortwachter deadlines: all-day events, only the profile id and names."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from profiles.poortwachter import Deadline


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    """Split a content line into pieces of at most 75 octets (continuations start with a space)."""
    pieces = [""]
    for char in line:
        if len((pieces[-1] + char).encode()) > 75:
            pieces.append(" ")
        pieces[-1] += char
    return pieces


def to_ics(profile_id: str, items: list[Deadline], now: datetime | None = None) -> str:
    """The ICS text for ``items`` (CRLF line ends)."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//passend//poortwachter//NL",
             "CALSCALE:GREGORIAN"]
    for item in items:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{profile_id}-{item.key}@passend",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{item.due:%Y%m%d}",
            f"DTEND;VALUE=DATE:{item.due + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_escape(f'{item.name} ({profile_id})')}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(piece + "\r\n" for line in lines for piece in _fold(line))

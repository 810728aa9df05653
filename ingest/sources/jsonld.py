"""schema.org JobPosting from JSON-LD files and from career pages with ld+json script blocks.

Career pages often carry slightly broken JSON-LD (comments, trailing commas, raw newlines in
strings); :func:`repair` fixes what can be fixed without guessing, else the block is rejected.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

from ingest.model import RawPosting, Rejected
from ingest.normalise.salary import DEFAULT_HOURS_PER_WEEK, WEEKS_PER_MONTH, Salary

# Monthly factor per schema.org unitText; HOUR also needs the hours per week.
_PER_MONTH = {"WEEK": WEEKS_PER_MONTH, "DAY": 5 * WEEKS_PER_MONTH, "MONTH": 1.0, "YEAR": 1 / 12}
# Requirement-like properties kept as text in ``structured`` for demand extraction.
_STRUCTURED_TEXT = (
    "experienceRequirements", "physicalRequirement", "sensoryRequirement",
    "occupationalCategory", "qualifications", "skills",
)


class _ScriptBlocks(HTMLParser):
    """Collects the text of every ``<script type="application/ld+json">`` element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.blocks: list[str] = []
        self._current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        kind = (dict(attrs).get("type") or "").split(";")[0].strip().lower()
        if tag == "script" and kind == "application/ld+json":
            self._current = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._current is not None:
            self.blocks.append("".join(self._current))
            self._current = None

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self._current.append(data)


def script_blocks(page: str) -> list[str]:
    """The ld+json blocks of an HTML page, in page order."""
    parser = _ScriptBlocks()
    parser.feed(page)
    parser.close()
    return parser.blocks


_WRAPPER = re.compile(r"^\s*(?:<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)|(?:-->|\]\]>|//\s*\]\]>)\s*$")


def _strip_outside_strings(text: str) -> str:
    """Drop JS comments, escape raw control characters in strings, drop trailing commas."""
    out: list[str] = []
    i, n, in_string = 0, len(text), False
    while i < n:
        char = text[i]
        if in_string:
            if char == "\\" and i + 1 < n:
                out.append(text[i:i + 2])
                i += 2
                continue
            if char == '"':
                in_string = False
            elif ord(char) < 0x20:
                char = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char, " ")
            out.append(char)
            i += 1
            continue
        if char == '"':
            in_string = True
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        elif char in "]}":
            while out and out[-1].isspace():
                out.pop()
            if out and out[-1] == ",":
                out.pop()
        out.append(char)
        i += 1
    return "".join(out)


def repair(block: str) -> Any:
    """Parse a JSON-LD block, repairing safe defects; raises ``ValueError`` if still invalid."""
    try:
        return json.loads(block)
    except ValueError:
        pass
    text = block.strip()
    while True:
        stripped = _WRAPPER.sub("", text).strip()
        if stripped == text:
            break
        text = stripped
    return json.loads(_strip_outside_strings(text))


def _types(node: dict[str, Any]) -> list[str]:
    kind = node.get("@type", [])
    return [str(k).rsplit("/", 1)[-1] for k in (kind if isinstance(kind, list) else [kind])]


def job_postings(data: Any) -> Iterator[dict[str, Any]]:
    """Every JobPosting object in a parsed block: top level, lists, ``@graph`` or nested."""
    if isinstance(data, list):
        for item in data:
            yield from job_postings(item)
    elif isinstance(data, dict):
        if "JobPosting" in _types(data):
            yield data
            return
        for value in data.values():
            yield from job_postings(value)


def _text(value: Any) -> str:
    """A property as one text: names of objects, lists joined by '; '."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(t for t in (_text(v) for v in value) if t)
    if isinstance(value, dict):
        for key in ("name", "credentialCategory", "description", "value", "@value"):
            if key in value:
                return _text(value[key])
        return ""
    return str(value).strip()


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace("€", "").replace(",", ".").strip())
        except ValueError:
            return None
    return None


def _hours_per_week(work_hours: str) -> float:
    match = re.search(r"\d+(?:[.,]\d+)?", work_hours)
    return float(match.group(0).replace(",", ".")) if match else DEFAULT_HOURS_PER_WEEK


def salary(base: Any, work_hours: str) -> tuple[Salary | None, str]:
    """``baseSalary`` as a monthly gross :class:`Salary` and a readable text.

    HOUR counts the posting's hours per week (``workHours``, else 38) times 52/12 weeks;
    DAY counts five days a week; WEEK 52/12; YEAR /12. A bare number is taken as per month.
    """
    if base is None:
        return None, ""
    if not isinstance(base, dict):
        amount = _number(base)
        text = _text(base)
        return (Salary(amount, amount, text) if amount else None), text
    currency = str(base.get("currency", "")).strip()
    value = base.get("value")
    unit = ""
    if isinstance(value, dict):
        unit = str(value.get("unitText", "")).upper()
        low = _number(value.get("minValue", value.get("value")))
        high = _number(value.get("maxValue", value.get("value")))
    else:
        low = high = _number(value)
    if low is None and high is None:
        return None, _text(base)
    low = low if low is not None else high
    high = high if high is not None else low
    amounts = f"{low:g}" if low == high else f"{low:g}-{high:g}"
    text = " ".join(part for part in (currency, amounts, f"per {unit}" if unit else "") if part)
    factor = (
        _hours_per_week(work_hours) * WEEKS_PER_MONTH if unit == "HOUR"
        else _PER_MONTH.get(unit, 1.0)
    )
    return Salary(round(low * factor, 2), round(high * factor, 2), text), text


def _location(value: Any) -> tuple[str, str]:
    """(place, postcode) of the first jobLocation; others stay in ``raw``."""
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, dict):
        return _text(value), ""
    address = value.get("address", value)
    if isinstance(address, list):
        address = address[0] if address else {}
    if not isinstance(address, dict):
        return _text(address), ""
    return _text(address.get("addressLocality")), _text(address.get("postalCode"))


def _item_id(node: dict[str, Any]) -> str:
    identifier = node.get("identifier")
    if isinstance(identifier, dict):  # PropertyValue: "name" is the issuer, "value" the id
        identifier = identifier.get("value", identifier.get("@id"))
    ident = _text(identifier) or _text(node.get("url"))
    if ident:
        return ident
    return "sha1:" + hashlib.sha1(json.dumps(node, sort_keys=True).encode()).hexdigest()


def _title(node: dict[str, Any]) -> str:
    """``title``, else the generic ``name`` some publishers use instead."""
    return _text(node.get("title")) or _text(node.get("name"))


def posting(node: dict[str, Any], source: str, location: str, employer: str | None) -> RawPosting:
    """One JobPosting object as a RawPosting."""
    hours_text = _text(node.get("workHours"))
    pay, salary_text = salary(node.get("baseSalary"), hours_text)
    place, postcode = _location(node.get("jobLocation"))
    structured: dict[str, Any] = {
        key: _text(node[key]) for key in _STRUCTURED_TEXT if _text(node.get(key))
    }
    if pay:
        structured["salary"] = pay
    return RawPosting(
        source=source,
        item_id=_item_id(node),
        title=_title(node),
        location=location,
        employer=_text(node.get("hiringOrganization")) or employer or "",
        url=_text(node.get("url")),
        description=_text(node.get("description")),
        salary_text=salary_text,
        hours_text=hours_text,
        education_text=_text(node.get("educationRequirements")),
        place_text=place,
        postcode_text=postcode,
        contract_text=_text(node.get("employmentType")),
        posted_at_text=_text(node.get("datePosted")),
        valid_through_text=_text(node.get("validThrough")),
        structured=structured,
        raw=node,
    )


def read(content: bytes, source: str, employer: str | None) -> Iterator[RawPosting | Rejected]:
    """Postings of every ld+json block of an HTML page, or of a whole .json/.jsonld file."""
    text = content.decode("utf-8", errors="replace").lstrip("\ufeff")
    is_page = re.search(r"<script\b", text, re.IGNORECASE) is not None
    blocks = script_blocks(text) if is_page else [text]
    found = 0
    for number, block in enumerate(blocks, start=1):
        try:
            data = repair(block)
        except ValueError as error:
            yield Rejected(
                source, f"blok {number}",
                f"JSON-LD-blok {number} is geen geldige JSON, ook niet na herstel ({error})",
            )
            continue
        for index, node in enumerate(job_postings(data), start=1):
            found += 1
            where = f"blok {number}, vacature {index}"
            if not _title(node):
                yield Rejected(source, where, "JobPosting zonder titel overgeslagen")
                continue
            yield posting(node, source, where, employer)
    if not found:
        yield Rejected(source, "bron", "geen JobPosting gevonden")

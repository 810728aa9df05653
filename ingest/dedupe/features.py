"""Comparable keys of a vacancy: normalised title, employer (client behind an agency), terms.

Computed once per record as column arrays, so comparing hundreds of thousands of pairs is array
work rather than per-pair parsing. Strings repeat a lot (employers, places), hence the caches.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from ingest.normalise.place import normalise_name

_NON_WORD = re.compile(r"[^a-z0-9]+")
_GENDER = re.compile(r"\(?\b[mvxhf]\s*/\s*[mvxhf](?:\s*/\s*[mvxhf])?\b\)?")
_HOURS = re.compile(
    r"\(?\b\d+(?:[.,]\d+)?(?:\s*(?:-|tot|a|à)\s*\d+(?:[.,]\d+)?)?\s*(?:uur|u|fte)\b[^)]*\)?"
    r"|\b(?:part|full)[\s-]?time\b|\bper direct\b"
)
_VIA = re.compile(r"^(?P<client>.+?)\s+(?:via|door)\s+(?P<agency>.+)$")
_ON_BEHALF = re.compile(
    r"^(?P<agency>.+?)\s+(?:namens|iov|in opdracht van|voor)\s+(?P<client>.+)$"
)
# "Voor onze opdrachtgever Bakkerij Smit in Zwolle": the capitalised words after it.
_CLIENT_IN_TEXT = re.compile(
    r"(?:opdrachtgever|klant)\s*,?\s+((?:[A-Z0-9][\w&'’.-]*\s+){0,3}[A-Z0-9][\w&'’.-]*)"
)


def plain(text: str | None) -> str:
    """Lower-case ASCII words separated by single spaces; dots and apostrophes vanish (B.V.)."""
    if not text:
        return ""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = re.sub(r"[.'’`]", "", ascii_text.lower())
    return _NON_WORD.sub(" ", ascii_text).strip()


Terms = tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]  # (in title, in text)


@dataclass(frozen=True)
class Employer:
    """Who offers the job (``org``) and which agency publishes it (``agency``); "" = unknown."""

    org: str
    agency: str


class Normaliser:
    """Normalises titles, employers and terms with the word lists of one configuration."""

    def __init__(self, config: dict[str, Any]) -> None:
        employer = config["employer"]
        self._legal = set(employer["legal_forms"])
        agencies = sorted((plain(a) for a in employer["agencies"]), key=len, reverse=True)
        self._agency = re.compile(r"\b(?:" + "|".join(map(re.escape, agencies)) + r")\b")
        self._text_groups = set(config["terms_in_text"])
        self._groups: list[tuple[str, bool, list[tuple[str, re.Pattern[str]]]]] = []
        for group, spec in config["distinguishing_terms"].items():
            one_sided = group == "opleiding"  # a trainee post is never the regular post
            labels = [
                (label, re.compile(r"\b(?:" + "|".join(re.escape(plain(w)) for w in words)
                                   + r")\b"))
                for label, words in spec.items()
            ]
            self._groups.append((group, one_sided, labels))
        blocking = config["blocking"]
        self._generic = set(blocking["generic_title_words"])
        self.stem_length = int(blocking["stem_length"])
        self.cell = float(blocking["region_degrees"])
        self.employer = lru_cache(maxsize=200_000)(self._employer)

    def _key(self, text: str) -> str:
        return " ".join(w for w in plain(text).split() if w not in self._legal)

    def is_agency(self, key: str) -> bool:
        return bool(key) and self._agency.search(key) is not None

    def _employer(self, employer: str | None, client_hint: str = "") -> Employer:
        """Split "Bakkerij Smit B.V. via Randstad" into org and agency; a bare agency gets the
        client its text names (``client_hint``)."""
        text = plain(employer)
        for pattern in (_VIA, _ON_BEHALF):
            found = pattern.match(text)
            if found and self.is_agency(self._key(found["agency"])):
                return Employer(self._key(found["client"]), self._key(found["agency"]))
        key = self._key(text)
        if self.is_agency(key):
            return Employer(self._key(client_hint), key)
        return Employer(key, "")

    def client_hint(self, employer: str | None, description: str | None) -> str:
        """The client an agency text names, only looked up for agency postings."""
        if not description or not self.is_agency(self._key(employer or "")):
            return ""
        found = _CLIENT_IN_TEXT.search(description[:2000])
        return found.group(1) if found else ""

    def title(self, title: str | None, drop: str = "") -> str:
        """Title words without gender markers, hours, punctuation and the words in ``drop``
        (place and employer named in the title)."""
        text = _HOURS.sub(" ", _GENDER.sub(" ", (title or "").lower()))
        dropped = set(drop.split())
        return " ".join(w for w in plain(text).split() if w not in dropped)

    def stems(self, title: str) -> list[str]:
        """Blocking stems: the first letters of each telling title word."""
        words = [w for w in title.split() if w not in self._generic and len(w) > 2
                 and not w.isdigit()]
        return sorted({w[: self.stem_length] for w in words}) or ([title] if title else [])

    def terms(self, text: str, *, in_text: bool = False) -> dict[str, frozenset[str]]:
        """Per group of distinguishing terms, the labels a title (or a text: only the groups of
        ``terms_in_text``) names."""
        found: dict[str, frozenset[str]] = {}
        for group, _one_sided, labels in self._groups:
            if in_text and group not in self._text_groups:
                continue
            hits = frozenset(label for label, pattern in labels if pattern.search(text))
            if hits:
                found[group] = hits
        return found

    def conflicting(self, a: Terms, b: Terms) -> tuple[list[str], list[str]]:
        """Groups in which the postings name different terms ("dienst: dag ↔ nacht"), and groups
        only one title names. A trainee title against a regular one is always a conflict; in the
        texts only outright contradictions count, since a copy may leave a sentence out."""
        conflicts, one_sided_groups = [], []
        for group, one_sided, _labels in self._groups:
            for where, side_a, side_b in (("titel", a[0], b[0]), ("tekst", a[1], b[1])):
                left, right = side_a.get(group, frozenset()), side_b.get(group, frozenset())
                if left == right:
                    continue
                text = (f"{group} ({where}): {'/'.join(sorted(left)) or '-'} ↔ "
                        f"{'/'.join(sorted(right)) or '-'}")
                if left and right and not left & right:
                    conflicts.append(text)
                elif where == "titel" and not (left and right):
                    named = left or right
                    other_text = (b if left else a)[1].get(group, frozenset())
                    if one_sided:
                        conflicts.append(text)
                    elif not named & other_text:  # the other names it in its text: no gap
                        one_sided_groups.append(text)
        return conflicts, one_sided_groups


@dataclass
class Features:
    """Column arrays of comparable values, one entry per record."""

    ids: list[str]
    title: list[str]
    compact: list[str]
    org: list[str]
    agency: list[str]
    place: list[str]
    lat: np.ndarray
    lon: np.ndarray
    salary: np.ndarray  # (n, 2) monthly low/high, NaN unknown
    hours: np.ndarray  # (n, 2) weekly low/high, NaN unknown
    contract: list[str]
    terms: list[Terms]
    stems: list[frozenset[str]]  # first letters of the telling title words
    keys: list[list[str]]  # blocking keys

    def __len__(self) -> int:
        return len(self.ids)


def _range(low: Any, high: Any, *, open_ended: bool) -> tuple[float, float]:
    """A range from its known sides. With ``open_ended`` one side only bounds it ("tot € 3.150"
    is (0, 3150)); otherwise it is the value ("maximaal 36 uur" is a 36-hour job)."""
    if low is None and high is None:
        return np.nan, np.nan
    if open_ended:
        return (0.0 if low is None else float(low)), (np.inf if high is None else float(high))
    return float(low if low is not None else high), float(high if high is not None else low)


def build_features(rows: Sequence[dict[str, Any]], normaliser: Normaliser) -> Features:
    """Features of stored vacancy rows."""
    n = len(rows)
    titles, compact, orgs, agencies, places, contracts, terms, stems, keys = (
        [] for _ in range(9)
    )
    lat = np.full(n, np.nan)
    lon = np.full(n, np.nan)
    salary = np.full((n, 2), np.nan)
    hours = np.full((n, 2), np.nan)
    for i, row in enumerate(rows):
        hint = normaliser.client_hint(row.get("employer"), row.get("description"))
        employer = normaliser.employer(row.get("employer"), hint)
        place = normalise_name(row["place"]) if row.get("place") else ""
        title = normaliser.title(
            row.get("title"), f"{place} {employer.org} {employer.agency}"
        )
        titles.append(title)
        compact.append(title.replace(" ", ""))
        orgs.append(employer.org)
        agencies.append(employer.agency)
        places.append(place)
        contracts.append(row.get("contract") or "")
        text = (row.get("description") or "")[:3000]
        terms.append((normaliser.terms(plain(row.get("title"))),
                      normaliser.terms(plain(text), in_text=True)))
        if row.get("lat") is not None and row.get("lon") is not None:
            lat[i], lon[i] = row["lat"], row["lon"]
        salary[i] = _range(row.get("salary_min"), row.get("salary_max"), open_ended=True)
        hours[i] = _range(row.get("hours_min"), row.get("hours_max"), open_ended=False)
        stems.append(frozenset(normaliser.stems(title)))
        keys.append(_keys(stems[-1], title, employer, place, lat[i], lon[i], normaliser.cell))
    return Features(list(r["id"] for r in rows), titles, compact, orgs, agencies, places,
                    lat, lon, salary, hours, contracts, terms, stems, keys)


def _keys(stems: frozenset[str], title: str, employer: Employer, place: str, lat: float,
          lon: float, cell: float) -> list[str]:
    """Blocking keys: (employer, stem), (place, stem) and (region cell, whole title)."""
    who = employer.org or employer.agency
    out = [f"e{who}|{s}" for s in stems] if who else []
    if place:
        out += [f"p{place}|{s}" for s in stems]
    if not np.isnan(lat):
        out.append(f"r{int(lat // cell)},{int(lon // (cell * 1.6))}|{title}")
    return out

"""Comparable keys of a vacancy: normalised title, employer (client behind an agency), terms.

Computed once per record as column arrays, so comparing hundreds of thousands of pairs is array
work rather than per-pair parsing. Strings repeat a lot (employers, places), hence the caches.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
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


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """One regex for whole words, longest first."""
    ordered = sorted(words, key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b")


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
        # Distinguishing terms: one regex finds them all; each word maps to (group, label bit).
        self.groups = list(config["distinguishing_terms"])
        self.one_sided = np.array([g == "opleiding" for g in self.groups], dtype=bool)
        self._in_text = np.array([g in config["terms_in_text"] for g in self.groups], dtype=bool)
        self.labels: list[list[str]] = []
        self._term: dict[str, tuple[int, int]] = {}
        for g, group in enumerate(self.groups):
            spec = config["distinguishing_terms"][group]
            self.labels.append(list(spec))
            for bit, words in enumerate(spec.values()):
                for word in words:
                    self._term[plain(word)] = (g, 1 << bit)
        self._terms = _alternation(self._term)
        text_words = [w for w, (g, _bit) in self._term.items() if self._in_text[g]]
        self._text_terms = _alternation(text_words)
        self._cues = {w[:5] for w in text_words}
        self._none = np.zeros(len(self.groups), dtype=np.int64)
        blocking = config["blocking"]
        self._generic = set(blocking["generic_title_words"])
        self.stem_length = int(blocking["stem_length"])
        self.area = float(blocking["area_degrees"])
        self._generic |= {word for word in self._term if " " not in word}
        self.employer = lru_cache(maxsize=200_000)(self._employer)
        self.title = lru_cache(maxsize=200_000)(self._title)
        self._title_terms = lru_cache(maxsize=200_000)(self._title_mask)

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
        if not description or not self.employer(employer).agency:
            return ""
        found = _CLIENT_IN_TEXT.search(description[:2000])
        return found.group(1) if found else ""

    def identity(self, row: dict[str, Any]) -> tuple[Employer, str, str]:
        """Employer, normalised place and normalised title of a stored row."""
        hint = self.client_hint(row.get("employer"), row.get("description"))
        employer = self.employer(row.get("employer"), hint)
        place = normalise_name(row["place"]) if row.get("place") else ""
        title = self.title(row.get("title"), f"{place} {employer.org} {employer.agency}")
        return employer, place, title

    def _title(self, title: str | None, drop: str = "") -> str:
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

    def terms(self, title: str, text: str = "") -> tuple[np.ndarray, np.ndarray]:
        """Per group of distinguishing terms, bit masks of the labels the title names and of
        those the text names (only the groups of ``terms_in_text``)."""
        low = text.lower()
        # A regex pass over a long text is the costly part: only when a cue word occurs.
        in_text = self._mask(self._text_terms, low) if any(
            cue in low for cue in self._cues) else self._none
        return self._title_terms(title), in_text

    def _title_mask(self, title: str) -> np.ndarray:
        return self._mask(self._terms, plain(title))

    def _mask(self, pattern: re.Pattern[str], text: str) -> np.ndarray:
        mask = np.zeros(len(self.groups), dtype=np.int64)
        for word in pattern.findall(text):
            group, bit = self._term[word]
            mask[group] |= bit
        return mask

    def describe(self, group: int, mask: int) -> str:
        """The labels of a mask, as "dag/nacht" ("-" for none)."""
        names = [label for bit, label in enumerate(self.labels[group]) if mask & (1 << bit)]
        return "/".join(names) or "-"


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
    source: np.ndarray  # source code per record
    seen: np.ndarray  # (n, 2) first_seen, last_seen as ISO text
    title_terms: np.ndarray  # (n, groups) label bit masks of the distinguishing terms
    text_terms: np.ndarray
    stems: np.ndarray  # (n, 4) ids of the first title stems, -1 padded

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
    titles, compact, orgs, agencies, places, contracts = ([] for _ in range(6))
    lat = np.full(n, np.nan)
    lon = np.full(n, np.nan)
    salary = np.full((n, 2), np.nan)
    hours = np.full((n, 2), np.nan)
    groups = len(normaliser.groups)
    title_terms = np.zeros((n, groups), dtype=np.int64)
    text_terms = np.zeros((n, groups), dtype=np.int64)
    stems = np.full((n, 4), -1, dtype=np.int64)
    stem_ids: dict[str, int] = {}
    for i, row in enumerate(rows):
        employer, place, title = normaliser.identity(row)
        titles.append(title)
        compact.append(title.replace(" ", ""))
        orgs.append(employer.org)
        agencies.append(employer.agency)
        places.append(place)
        contracts.append(row.get("contract") or "")
        title_terms[i], text_terms[i] = normaliser.terms(
            row.get("title") or "", (row.get("description") or "")[:3000]
        )
        if row.get("lat") is not None and row.get("lon") is not None:
            lat[i], lon[i] = row["lat"], row["lon"]
        salary[i] = _range(row.get("salary_min"), row.get("salary_max"), open_ended=True)
        hours[i] = _range(row.get("hours_min"), row.get("hours_max"), open_ended=False)
        for k, stem in enumerate(normaliser.stems(title)[:4]):
            stems[i, k] = stem_ids.setdefault(stem, len(stem_ids))
    source_codes: dict[str, int] = {}
    sources = np.array([source_codes.setdefault(r.get("source") or "", len(source_codes))
                        for r in rows], dtype=np.int64)
    seen = np.array([(r.get("first_seen") or "", r.get("last_seen") or "") for r in rows],
                    dtype="U32").reshape(n, 2)
    return Features(list(r["id"] for r in rows), titles, compact, orgs, agencies, places,
                    lat, lon, salary, hours, contracts, sources, seen, title_terms, text_terms,
                    stems)


def blocking_keys(rows: Sequence[dict[str, Any]], normaliser: Normaliser) -> list[list[str]]:
    """Blocking keys of each row; it needs title, employer, place and coordinates, and the
    description only of postings by an agency (for the client it names)."""
    out = []
    for row in rows:
        employer, place, title = normaliser.identity(row)
        out.append(_keys(normaliser.stems(title), employer, place, row.get("lat"),
                         row.get("lon"), normaliser.area))
    return out


def _keys(stems: list[str], employer: Employer, place: str, lat: float | None,
          lon: float | None, area: float) -> list[str]:
    """Blocking keys: (employer, area, stem) and (place, stem)."""
    who = employer.org or employer.agency
    located = lat is not None and lon is not None
    cell = f"{int(lat // area)},{int(lon // (area * 1.5))}" if located else ""
    out = [f"e{who}|{cell}|{s}" for s in stems] if who else []
    if place:
        out += [f"p{place}|{s}" for s in stems]
    return out

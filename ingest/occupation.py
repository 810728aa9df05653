"""Map a vacancy title to an ESCO occupation and its ISCO-08 code, and fill silent demands from it.

The Dutch ESCO labels (preferred, alternative and hidden; ``ingest/data/esco-*.csv.gz``, © European
Union, CC BY 4.0) are the vocabulary. A title is first cleaned the way employers dress it up
(gender forms, seniority, hours, place, "medewerker" word order), then tried in order of cost:

1. exact lookup of the cleaned title or one of its variants in a label dictionary (plus the
   aliases in ``ingest/data/occupation_aliases.yaml`` for common vacancy titles ESCO lacks, and
   null aliases for words too vague to name an occupation);
2. a known label inside a longer title ("timmerman nieuwbouw");
3. rapidfuzz ``process.extractOne`` with a score cutoff (typos, small additions);
4. a character n-gram TF-IDF over the labels of each occupation, queried with the title;
5. only when the title names nothing: a label right after "als"/"een" in the description's
   opening, then the TF-IDF with the title plus that opening.

Each step has its own score or threshold (``SPAN_SCORE``, ``FUZZY_CUTOFF``, ``TFIDF_CUTOFF``,
``DESCRIPTION_SPAN_SCORE``, ``DESCRIPTION_CUTOFF``); below them the occupation is unknown
(``None``): a wrong occupation would add wrong priors. Scores are 0..100 (exact 100, rapidfuzz
its ratio, TF-IDF cosine x 100). Steps 1-4 are cached per distinct title.

Occupation priors (``ingest/data/occupation_priors.yaml``) hold the typical FML demands of each
ISCO-08 group; :func:`apply_priors` adds them only for keys the text is silent on.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from rapidfuzz import fuzz, process

from ingest import fml
from ingest.model import Demand

DATA = Path(__file__).resolve().parent / "data"
OCCUPATIONS_FILE = DATA / "esco-occupations_nl.csv.gz"
ISCO_GROUPS_FILE = DATA / "esco-iscogroups_nl.csv.gz"
ALIASES_FILE = DATA / "occupation_aliases.yaml"
PRIORS_FILE = DATA / "occupation_priors.yaml"

SPAN_SCORE = 90.0  # an exact label inside a longer title: right, but less sure than the whole
FUZZY_CUTOFF = 88.0  # rapidfuzz ratio on cleaned title vs label; below it typos become guesses
TFIDF_CUTOFF = 68.0  # cosine x 100 of title vs an occupation's labels; lower admits guesses
DESCRIPTION_SPAN_SCORE = 80.0  # a label named as the job in the description ("als kok ...")
DESCRIPTION_CUTOFF = 45.0  # title + description start against an occupation's labels
TITLE_CHARS = 120  # titles are short; a longer one is a pasted text, and spans grow with words^2
DESCRIPTION_CHARS = 300  # the opening of an ad usually names the job; later text dilutes it
PRIOR_CONFIDENCE = 0.3  # below every text (>= 0.5) and jsonld rule: a prior only fills silence


@dataclass(frozen=True)
class Occupation:
    """The ESCO occupation a vacancy title was matched to, with the match score (0..100)."""

    esco_uri: str
    label: str
    isco: str  # 4-digit ISCO-08 unit group
    score: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class _Index:
    """Everything built once per process from the ESCO files."""

    occupations: list[tuple[str, str, str]]  # (uri, preferred label, isco)
    exact: dict[str, int]  # cleaned label -> occupation number
    labels: list[str]  # cleaned labels, unique, for TF-IDF documents
    label_owner: list[int]  # occupation number of each entry in labels
    # labels by first character: a typo rarely hits the first letter, and rapidfuzz then
    # compares a title with ~1,000 labels instead of 24,000 (0.3 ms instead of 5 ms)
    buckets: dict[str, tuple[list[str], list[int]]]
    vague: frozenset[str]  # aliases mapped to null: on their own they name no occupation


# --- cleaning titles -------------------------------------------------------------------------

_GENDER = re.compile(r"\(\s*[mvwxfhd](?:\s*[/|]\s*[mvwxfhd]){1,3}\s*\)"
                     r"|(?<![\w/])[mvwxfhd](?:\s*/\s*[mvwxfhd]){1,3}(?![\w/])")
_PLACE = re.compile(r"\s+(?:in|te|regio|omgeving|omg\.)\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*\s*$")
_HOURS = re.compile(r"\b\d{1,2}(?:\s*[-–/]\s*\d{1,2})?\s*(?:uur|u|hours|hrs)\b"
                    r"(?:\s*(?:per week|p/w|pw))?")
_NOISE = re.compile(
    r"\b(?:zelfstandig werkende?|senior|junior|medior|ervaren|startende?|allround|all-round"
    r"|zelfstandig|enthousiaste?"
    r"|gemotiveerde?|fulltime|full-time|parttime|part-time|deeltijd|voltijd|flexibele?|flex"
    r"|tijdelijk|vast|per direct|direct|gezocht|vacature|bijbaan|vakantiewerk|oproepkracht"
    r"|oproep|uitzendkracht|bbl|bol|stagiair|hbo|mbo|wo|nl|nederlandstalige?|ervaring)\b")
_SPLIT = re.compile(r"\s+[-–|•:]\s+|\s*[|•]\s*|\s*\(|\)|,|;|/\s+|\s+/")
_WORD_FIXES = {  # frequent spelling slips in titles that rapidfuzz would also forgive, but slower
    "medewerkster": "medewerker", "mederwerker": "medewerker", "medewerkr": "medewerker",
    "medwerker": "medewerker", "chaufeur": "chauffeur", "chauffer": "chauffeur",
    "chauffeuse": "chauffeur", "schoonmaakster": "schoonmaker", "verkoopster": "verkoper",
    "magazijnmedewerkster": "magazijnmedewerker",
}
_MEDEWERKER = "medewerker"
_BEDIENDE = "bediende"  # Flemish for an employee: "winkelbediende", "administratief bediende"
_NAMED = re.compile(r"\b(?:als|een|nieuwe|ervaren|enthousiaste)\s+((?:[a-z0-9-]+\s*){1,4})")


def _fold(text: str) -> str:
    """Lowercase without accents, so "cliënt" and "client" meet."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _squash(text: str) -> str:
    words = re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", text)
    return " ".join(_WORD_FIXES.get(word, word) for word in words)


def clean_label(label: str) -> str:
    """The comparable form of an ESCO label or alias: folded, punctuation-free words."""
    return _squash(_fold(label))


def title_variants(title: str) -> list[str]:
    """Cleaned forms of a vacancy title, most specific first (all of it, then its first part).

    "Medewerker Klantenservice (m/v) - 32 uur Utrecht" gives "medewerker klantenservice" and
    "klantenservicemedewerker"; "Senior Magazijnmedewerker" gives "magazijnmedewerker".
    """
    text = _GENDER.sub(" ", (title or "")[:TITLE_CHARS])
    text = _PLACE.sub("", text.strip())
    text = _HOURS.sub(" ", _fold(text))
    text = _NOISE.sub(" ", text)
    variants: list[str] = []
    for part in [text, *(p for p in _SPLIT.split(text) if p)]:
        cleaned = _squash(part)
        if not cleaned:
            continue
        flemish = cleaned.replace(_BEDIENDE, _MEDEWERKER)  # "administratief bediende"
        for variant in (cleaned, *_medewerker_forms(cleaned), flemish, *_medewerker_forms(flemish)):
            if variant not in variants:
                variants.append(variant)
    return variants


def _medewerker_forms(text: str) -> list[str]:
    """The other word orders of a "medewerker" title: "medewerker X" <-> "Xmedewerker"."""
    words = text.split()
    if len(words) >= 2 and words[0] == _MEDEWERKER:
        rest = " ".join(words[1:])
        return [rest.replace(" ", "") + _MEDEWERKER, f"{rest} {_MEDEWERKER}"]
    if len(words) >= 2 and words[-1] == _MEDEWERKER:
        rest = " ".join(words[:-1])
        return [rest.replace(" ", "") + _MEDEWERKER, f"{_MEDEWERKER} {rest}"]
    if len(words) == 1 and words[0].endswith(_MEDEWERKER) and words[0] != _MEDEWERKER:
        return [f"{_MEDEWERKER} {words[0].removesuffix(_MEDEWERKER).rstrip('-')}"]
    return []


# --- the index -------------------------------------------------------------------------------

def _read_csv(path: Path) -> list[dict[str, str]]:
    with gzip.open(path, "rb") as handle:
        return list(csv.DictReader(io.TextIOWrapper(handle, encoding="utf-8")))


@cache
def _index() -> _Index:
    """Read the ESCO occupations once per process (0.35-0.7 s; see README "Occupations")."""
    occupations: list[tuple[str, str, str]] = []
    exact: dict[str, int] = {}
    ranked: dict[str, tuple[int, int]] = {}  # label -> (rank, occupation); preferred wins
    for row in _read_csv(OCCUPATIONS_FILE):
        number = len(occupations)
        occupations.append((row["conceptUri"], row["preferredLabel"], row["iscoGroup"]))
        for rank, field in enumerate(("preferredLabel", "altLabels", "hiddenLabels")):
            for label in row[field].splitlines():
                key = clean_label(label)
                if key and (key not in ranked or rank < ranked[key][0]):
                    ranked[key] = (rank, number)
    by_label: dict[str, int] = {}
    for number, occupation in enumerate(occupations):
        by_label.setdefault(occupation[1], number)
    aliases = yaml.safe_load(ALIASES_FILE.read_text(encoding="utf-8"))
    vague = frozenset(clean_label(alias) for alias, target in aliases.items() if target is None)
    for alias, target in aliases.items():
        if target is None:  # too vague: no occupation rather than a rare one
            ranked.pop(clean_label(alias), None)
            continue
        if target not in by_label:
            raise ValueError(f"{ALIASES_FILE.name}: '{alias}' wijst naar onbekend ESCO-beroep "
                             f"'{target}'; gebruik een preferredLabel uit de ESCO-lijst")
        ranked[clean_label(alias)] = (-1, by_label[target])
    for key, (_, number) in ranked.items():
        exact[key] = number
    labels = list(exact)
    buckets: dict[str, tuple[list[str], list[int]]] = {}
    for label in labels:
        bucket = buckets.setdefault(label[0], ([], []))
        bucket[0].append(label)
        bucket[1].append(exact[label])
    return _Index(occupations, exact, labels, [exact[label] for label in labels], buckets, vague)


@cache
def _tfidf() -> tuple[Any, Any]:
    """Character n-gram TF-IDF over each occupation's labels; built on first fallback only."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    index = _index()
    documents = [""] * len(index.occupations)
    for label, owner in zip(index.labels, index.label_owner, strict=True):
        documents[owner] += f" {label}"
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 4), sublinear_tf=True)
    # features x occupations, so a query row times it is one fast sparse product
    return vectorizer, vectorizer.fit_transform(documents).T.tocsr()


def _occupation(number: int, score: float) -> Occupation:
    uri, label, isco = _index().occupations[number]
    return Occupation(uri, label, isco, round(score, 1))


# --- matching --------------------------------------------------------------------------------

def match_occupation(title: str, description: str = "") -> Occupation | None:
    """The ESCO occupation a vacancy title names, or ``None`` when no match is good enough."""
    variants = title_variants(title)
    found = _match_title(tuple(variants)) if variants else None
    if found is None and description.strip():
        opening = clean_label(description[:DESCRIPTION_CHARS])
        found = _named_in(opening) or _match_text(" ".join([*variants[:1], opening]),
                                                  DESCRIPTION_CUTOFF)
    return found


def _named_in(opening: str) -> Occupation | None:
    """A label right after "als"/"een" in the ad's opening: "als orderpicker verzamel je ..."."""
    index = _index()
    for match in _NAMED.finditer(opening):
        words = match.group(1).split()
        for size in range(len(words), 0, -1):
            form = " ".join(words[:size])
            if len(form) >= 3 and form in index.exact:
                return _occupation(index.exact[form], DESCRIPTION_SPAN_SCORE)
    return None


def _spans(variant: str) -> list[str]:
    """Shorter runs of words, longest first: "timmerman nieuwbouw" also tries "timmerman"."""
    words = variant.split()
    return [" ".join(words[start:start + size])
            for size in range(len(words) - 1, 0, -1)
            for start in range(len(words) - size + 1)]


@lru_cache(maxsize=65_536)
def _match_title(variants: tuple[str, ...]) -> Occupation | None:
    """Exact, spans, fuzzy, then TF-IDF on the cleaned title; cached since titles repeat a lot."""
    index = _index()
    if variants[0] in index.vague:  # "Monteur", "Specialist": better unknown than a guess
        return None
    for variant in variants:
        if variant in index.exact:
            return _occupation(index.exact[variant], 100.0)
    for variant in variants:  # a known title plus a qualifier: "lasser mig mag", "kok avond"
        for span in _spans(variant):
            for form in (span, *_medewerker_forms(span)):
                if form in index.exact:
                    return _occupation(index.exact[form], SPAN_SCORE)
    heads = [head for v in variants[:1] for size in (1, 2) if len(v.split()) > size
             if (head := " ".join(v.split()[:size])) not in index.vague]
    # Dutch titles put the job first: "ordepicker venlo"
    best: tuple[float, int] | None = None
    for variant in [*variants, *heads]:
        labels, owners = index.buckets.get(variant[0], ([], []))
        hit = process.extractOne(variant, labels, scorer=fuzz.ratio,
                                 score_cutoff=FUZZY_CUTOFF if best is None else best[0])
        if hit is not None and (best is None or hit[1] > best[0]):
            best = (hit[1], owners[hit[2]])
    if best is not None:
        return _occupation(best[1], best[0])
    return _match_text(variants[0], TFIDF_CUTOFF)


def _match_text(text: str, cutoff: float) -> Occupation | None:
    """Best occupation by cosine similarity of character n-grams, if at least ``cutoff``.

    The query vector is built from the fitted analyzer, vocabulary and idf directly: the same
    numbers as ``vectorizer.transform`` (sublinear tf, idf, l2 norm) at a tenth of its overhead.
    """
    vectorizer, matrix = _tfidf()
    grams = Counter(vectorizer.build_analyzer()(text))
    found = [(vectorizer.vocabulary_[gram], count) for gram, count in grams.items()
             if gram in vectorizer.vocabulary_]
    if not found:
        return None
    columns = np.array([column for column, _ in found])
    weights = (1 + np.log([count for _, count in found])) * vectorizer.idf_[columns]
    similarities = matrix[columns].T @ (weights / np.linalg.norm(weights))
    best = int(similarities.argmax())
    score = float(similarities[best]) * 100
    return _occupation(best, score) if score >= cutoff else None


# --- ISCO groups and priors ------------------------------------------------------------------

@cache
def isco_groups() -> dict[str, str]:
    """Dutch ESCO name of each ISCO-08 group code ("93" -> "Ongeschoolde arbeiders ...")."""
    return {row["code"]: row["preferredLabel"] for row in _read_csv(ISCO_GROUPS_FILE)}


@cache
def priors() -> dict[str, dict[str, Any]]:
    """The prior table by ISCO code (2, 3 or 4 digits), checked against the FML vocabulary."""
    table = yaml.safe_load(PRIORS_FILE.read_text(encoding="utf-8"))
    for code, entry in table.items():
        if not entry.get("source"):
            raise ValueError(f"{PRIORS_FILE.name}: groep {code} mist 'source' "
                             "(zeg waar de typische eisen vandaan komen)")
        for key in entry.get("demands") or {}:
            fml.split_key(key)  # raises on a typo, with the key in the message
    return table


def prior_for(isco: str) -> tuple[str, dict[str, Any]] | None:
    """The most specific prior entry for an ISCO code: 4, then 3, then 2 digits."""
    table = priors()
    for size in (4, 3, 2):
        code = isco[:size]
        if len(code) == size and code in table:
            return code, table[code]
    return None


def apply_priors(demands: dict[str, Demand], isco: str | None,
                 silenced: set[str] | frozenset[str] = frozenset()) -> None:
    """Add the group's typical demands for keys the text did not mention (nor negate)."""
    entry = prior_for(isco) if isco else None
    if entry is None:
        return
    code, prior = entry
    evidence = f"beroepsprior ISCO {code}: {prior.get('name') or isco_groups().get(code, '')}"
    for key, value in (prior.get("demands") or {}).items():
        if key in demands or key in silenced:
            continue
        item, condition = fml.split_key(key)
        unit = "conditie" if condition is not None else fml.ITEMS[item].unit
        demands[key] = Demand(key, float(value), unit, PRIOR_CONFIDENCE, "prior", evidence)

"""Field-by-field comparison of candidate pairs into levels and a summed match weight.

Each comparison maps a pair to the first level of ``dedupe.yaml`` whose condition holds, and the
level's weight (a log2 Bayes factor) is added up, as splink's comparison levels do. Everything
works on whole arrays of pairs; :func:`explain_pair` turns one pair back into Dutch text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist
from scipy import sparse

from ingest.dedupe.config import COMPARISONS, LEVELS
from ingest.dedupe.features import Features, Normaliser

_OTHER_KIND = {"stage", "vrijwilliger", "zzp"}
_AGENCY_KIND = {"uitzend", "detachering", "payroll"}
_EARTH_KM = 6371.0
_CHUNK = 50_000  # pairs per sparse gather: bounds memory on large runs
_TEXT_CHARS = 3000  # the start of an ad says what the job is; the rest is boilerplate
_BUCKETS = 1 << 20  # hashed word columns
_TOP_WORDS = 60  # strongest words kept per text
_WORD = re.compile(r"\w\w+")


@dataclass
class Compared:
    """Levels, measured values and weights of compared pairs ``a[k]``-``b[k]``."""

    a: np.ndarray
    b: np.ndarray
    levels: dict[str, np.ndarray]  # index into config.LEVELS[name]
    values: dict[str, np.ndarray]
    weights: dict[str, np.ndarray]
    total: np.ndarray
    term_flags: np.ndarray  # (pairs, groups): 2 conflict, 1 named in one title only


def description_similarity(
    texts: Sequence[str], a: np.ndarray, b: np.ndarray, min_chars: int
) -> np.ndarray:
    """Cosine similarity of TF-IDF word vectors per pair; NaN where a text is too short.

    Words, not character n-grams, and hashed with NumPy rather than by scikit-learn's
    tokenizer: on this 2-core box that is what keeps 100,000 postings within a minute, and on the
    labelled set words separate rewordings from other jobs as well as n-grams do.
    """
    out = np.full(len(a), np.nan)
    used = np.unique(np.concatenate([a, b])) if len(a) else np.array([], dtype=int)
    order = [int(i) for i in used if len(texts[i]) >= min_chars]
    if not order:
        return out
    row_of = np.full(len(texts), -1)
    row_of[order] = np.arange(len(order))
    vectors = tfidf([texts[i][:_TEXT_CHARS] for i in order])
    ra, rb = row_of[a], row_of[b]
    known = np.flatnonzero((ra >= 0) & (rb >= 0))
    for start in range(0, len(known), _CHUNK):
        part = known[start:start + _CHUNK]
        sims = vectors[ra[part]].multiply(vectors[rb[part]]).sum(axis=1)
        out[part] = np.asarray(sims).ravel()
    return out


def tfidf(texts: Sequence[str]) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows (sublinear tf, smooth idf) over hashed lower-case words."""
    ids, lengths = [], []
    for text in texts:
        words = _WORD.findall(text.lower())
        ids.append(np.fromiter(map(hash, words), dtype=np.int64, count=len(words)))
        lengths.append(len(words))
    columns = np.concatenate(ids) % _BUCKETS if ids else np.zeros(0, dtype=np.int64)
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    counts = sparse.csr_matrix((np.ones(len(columns)), columns, indptr),
                               shape=(len(texts), _BUCKETS))
    counts.sum_duplicates()
    df = np.bincount(counts.indices, minlength=_BUCKETS)
    idf = np.log((1 + len(texts)) / (1 + df)) + 1
    counts.data = (1 + np.log(counts.data)) * idf[counts.indices]
    # Keep each text's strongest words only: the similarity hardly moves, the pair products
    # get several times cheaper.
    rows = np.repeat(np.arange(len(texts)), np.diff(counts.indptr))
    order = np.lexsort((-counts.data, rows))
    rank = np.arange(len(order)) - counts.indptr[rows[order]]
    keep = np.sort(order[rank < _TOP_WORDS])
    kept = sparse.csr_matrix((counts.data[keep], (rows[keep], counts.indices[keep])),
                             shape=counts.shape)
    norms = np.sqrt(np.asarray(kept.multiply(kept).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sparse.csr_matrix(kept.multiply(1 / norms[:, None]))


def compare(
    features: Features, a: np.ndarray, b: np.ndarray, descriptions: Sequence[str],
    config: dict[str, Any], normaliser: Normaliser,
) -> Compared:
    """Compare every pair ``(a[k], b[k])`` of records in ``features``."""
    levels: dict[str, np.ndarray] = {}
    values: dict[str, np.ndarray] = {}
    specs = config["comparisons"]
    levels["title"], values["title"] = _title(features, a, b, specs["title"]["levels"])
    levels["terms"], term_flags = _terms(features, a, b, normaliser)
    values["terms"] = np.full(len(a), np.nan)
    levels["employer"], values["employer"] = _employer(features, a, b,
                                                       specs["employer"]["levels"])
    levels["place"], values["place"] = _place(features, a, b, specs["place"]["levels"])
    levels["salary"], values["salary"] = _gap(features.salary, a, b, specs["salary"]["levels"],
                                              relative=True)
    levels["hours"], values["hours"] = _gap(features.hours, a, b, specs["hours"]["levels"],
                                            relative=False)
    levels["contract"] = _contract(features, a, b)
    values["contract"] = np.full(len(a), np.nan)
    levels["source"] = _source(features, a, b)
    values["source"] = np.full(len(a), np.nan)
    weights = {name: _weights(name, levels[name], specs) for name in levels}
    partial = np.sum(list(weights.values()), axis=0) if len(a) else np.zeros(0)
    # The text is compared only where it can still lift a pair to a possible duplicate: most
    # candidate pairs are settled by title, employer and place, and text is the costly field.
    spec = specs["description"]
    best = max(level["weight"] for level in spec["levels"].values())
    open_pairs = np.flatnonzero(partial + best >= config["thresholds"]["possible"])
    values["description"] = np.full(len(a), np.nan)
    values["description"][open_pairs] = description_similarity(
        descriptions, a[open_pairs], b[open_pairs], spec["min_chars"])
    levels["description"] = _similarity_levels(values["description"], spec["levels"])
    weights["description"] = _weights("description", levels["description"], specs)
    total = partial + weights["description"]
    return Compared(a, b, levels, values, weights, total, term_flags)


def _weights(name: str, levels: np.ndarray, specs: dict[str, Any]) -> np.ndarray:
    table = np.array([specs[name]["levels"][level]["weight"] for level in LEVELS[name]],
                     dtype=np.float32)
    return table[levels]


def _title(f: Features, a: np.ndarray, b: np.ndarray, spec: dict[str, Any]):
    ta, tb = [f.title[i] for i in a], [f.title[i] for i in b]
    same = np.maximum(
        cpdist(ta, tb, scorer=fuzz.token_sort_ratio),
        cpdist([f.compact[i] for i in a], [f.compact[i] for i in b], scorer=fuzz.ratio),
    )
    subset = cpdist(ta, tb, scorer=fuzz.token_set_ratio)
    sa, sb = f.stems[a], f.stems[b]
    shared_stem = ((sa[:, :, None] == sb[:, None, :]) & (sa[:, :, None] >= 0)).any(axis=(1, 2))
    level = _choose(
        [same >= spec["gelijk"]["min_same"], same >= spec["bijna"]["min_same"],
         subset >= spec["deel"]["min_subset"],
         np.maximum(same, subset) >= spec["verwant"]["min_any"], shared_stem])
    return level, np.maximum(same, subset).astype(float)


def _terms(f: Features, a: np.ndarray, b: np.ndarray, normaliser: Normaliser):
    """Per pair and group of distinguishing terms: 2 = conflict, 1 = only one title names it.

    Different labels of one group (in the titles, or in the texts) conflict; a trainee title
    against a regular one too. A label only one title names is a gap, unless the other posting
    names it in its text.
    """
    ta, tb = f.title_terms[a], f.title_terms[b]
    xa, xb = f.text_terms[a], f.text_terms[b]
    only = (ta == 0) != (tb == 0)
    conflict = _clash(ta, tb) | _clash(xa, xb) | (only & normaliser.one_sided)
    other_text = np.where(ta != 0, xb, xa)
    gap = only & ~normaliser.one_sided & (((ta | tb) & other_text) == 0)
    flags = np.where(conflict, 2, np.where(gap, 1, 0)).astype(np.int8)
    named_alike = (ta != 0).any(axis=1) & (ta == tb).all(axis=1)
    worst = flags.max(axis=1, initial=0)
    level = _choose([worst == 2, worst == 1, named_alike])
    return level, flags


def _choose(conditions: list[np.ndarray]) -> np.ndarray:
    """Index of the first condition that holds per pair, else the fallback (the last level)."""
    return np.select(conditions, range(len(conditions)), len(conditions)).astype(np.int8)


def _clash(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    return (left != 0) & (right != 0) & ((left & right) == 0)


def _employer(f: Features, a: np.ndarray, b: np.ndarray, spec: dict[str, Any]):
    org_a = np.array([f.org[i] for i in a], dtype=object)
    org_b = np.array([f.org[i] for i in b], dtype=object)
    ag_a = np.array([f.agency[i] for i in a], dtype=object)
    ag_b = np.array([f.agency[i] for i in b], dtype=object)
    sim = cpdist(list(org_a), list(org_b), scorer=fuzz.token_set_ratio).astype(float)
    both = (org_a != "") & (org_b != "")
    sim[~both] = np.nan
    agency_only = ((org_a == "") & (ag_a != "")) | ((org_b == "") & (ag_b != ""))
    level = _choose(
        [both & (sim >= spec["gelijk"]["min"]), both & (sim >= spec["lijkt"]["min"]), both,
         (org_a == "") & (org_b == "") & (ag_a != "") & (ag_a == ag_b), agency_only])
    return level, sim


def _place(f: Features, a: np.ndarray, b: np.ndarray, spec: dict[str, Any]):
    lat1, lon1, lat2, lon2 = (np.radians(x) for x in (f.lat[a], f.lon[a], f.lat[b], f.lon[b]))
    h = (np.sin((lat2 - lat1) / 2) ** 2
         + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2)
    km = 2 * _EARTH_KM * np.arcsin(np.sqrt(h))
    names_a = np.array([f.place[i] for i in a], dtype=object)
    names_b = np.array([f.place[i] for i in b], dtype=object)
    same_name = (names_a != "") & (names_a == names_b)
    km[np.isnan(km) & same_name] = 0.0
    level = _choose(
        [km <= spec["zelfde"]["max_km"], km <= spec["dichtbij"]["max_km"],
         km <= spec["regio"]["max_km"], ~np.isnan(km)])
    return level, km


def _gap(ranges: np.ndarray, a: np.ndarray, b: np.ndarray, spec: dict[str, Any], *,
         relative: bool):
    low = np.maximum(ranges[a, 0], ranges[b, 0])
    high = np.minimum(ranges[a, 1], ranges[b, 1])
    gap = np.maximum(low - high, 0.0)
    if relative:
        with np.errstate(invalid="ignore", divide="ignore"):
            gap = gap / high
    level = _choose(
        [gap <= spec["overlap"]["max_gap"], gap <= spec["dichtbij"]["max_gap"], ~np.isnan(gap)])
    return level, gap


def _contract(f: Features, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    ca = np.array([f.contract[i] for i in a], dtype=object)
    cb = np.array([f.contract[i] for i in b], dtype=object)
    other = np.isin(ca, list(_OTHER_KIND)) | np.isin(cb, list(_OTHER_KIND))
    agency = np.isin(ca, list(_AGENCY_KIND)) | np.isin(cb, list(_AGENCY_KIND))
    return _choose([(ca == "") | (cb == ""), ca == cb, other, agency])


def _source(f: Features, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Same source and online at overlapping times, same source later, or another source."""
    same = f.source[a] == f.source[b]
    overlap = (f.seen[a, 0] <= f.seen[b, 1]) & (f.seen[b, 0] <= f.seen[a, 1])
    return _choose([same & overlap, same])


def _similarity_levels(sims: np.ndarray, spec: dict[str, Any]) -> np.ndarray:
    return _choose(
        [sims >= spec["vrijwel_gelijk"]["min"], sims >= spec["sterk"]["min"],
         sims >= spec["deels"]["min"], sims >= spec["weinig"]["min"], ~np.isnan(sims)])


def explain_pairs(
    compared: Compared, kept: np.ndarray, features: Features, normaliser: Normaliser,
) -> list[dict[str, list[Any]]]:
    """Per pair in ``kept``: for each field ``[level, weight, measured value or None]`` (the
    compact form stored in ``duplicate_pairs.comparisons``; :func:`describe` renders it)."""
    columns = {}
    for name in COMPARISONS:
        values = compared.values[name][kept]
        columns[name] = zip([LEVELS[name][code] for code in compared.levels[name][kept]],
                            compared.weights[name][kept].tolist(),
                            np.where(np.isnan(values), None, np.round(values, 3)).tolist(),
                            strict=True)
    out = []
    for k in kept.tolist():
        fields = {name: list(next(columns[name])) for name in COMPARISONS}
        if compared.term_flags[k].any():
            fields["terms"][2] = _describe_terms(compared.term_flags[k], int(compared.a[k]),
                                                 int(compared.b[k]), features, normaliser)
        out.append(fields)
    return out


_MEASURES = {
    "title": "{:.0f}% gelijk", "terms": "{}", "employer": "{:.0f}% gelijk",
    "place": "{:.0f} km", "salary": "{:.0%} verschil", "hours": "{:g} uur verschil",
    "contract": "{}", "description": "cosinus {:.2f}", "source": "{}",
}


def describe(fields: dict[str, list[Any]], config: dict[str, Any]) -> list[dict[str, Any]]:
    """Stored comparisons as Dutch rows: field, outcome, measured value and weight."""
    rows = []
    for name in COMPARISONS:
        if name not in fields:
            continue
        level, weight, value = fields[name]
        spec = config["comparisons"][name]
        rows.append({"veld": spec["label"], "niveau": level,
                     "uitkomst": spec["levels"].get(level, {}).get("label", level),
                     "waarde": "" if value is None else _MEASURES[name].format(value),
                     "gewicht": weight})
    return rows


def _describe_terms(flags: np.ndarray, a: int, b: int, features: Features,
                    normaliser: Normaliser) -> str:
    """"dienst: dag ↔ nacht" for each group that conflicts or that one title names alone."""
    parts = []
    for group in np.flatnonzero(flags):
        left = int(features.title_terms[a, group] or features.text_terms[a, group])
        right = int(features.title_terms[b, group] or features.text_terms[b, group])
        parts.append(f"{normaliser.groups[group]}: {normaliser.describe(group, left)} ↔ "
                     f"{normaliser.describe(group, right)}")
    return "; ".join(parts)

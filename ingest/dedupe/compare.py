"""Field-by-field comparison of candidate pairs into levels and a summed match weight.

Each comparison maps a pair to the first level of ``dedupe.yaml`` whose condition holds, and the
level's weight (a log2 Bayes factor) is added up, as splink's comparison levels do. Everything
works on whole arrays of pairs; :func:`explain_pair` turns one pair back into Dutch text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist
from sklearn.feature_extraction.text import TfidfVectorizer

from ingest.dedupe.config import COMPARISONS
from ingest.dedupe.features import Features, Normaliser

_OTHER_KIND = {"stage", "vrijwilliger", "zzp"}
_AGENCY_KIND = {"uitzend", "detachering", "payroll"}
_EARTH_KM = 6371.0
_CHUNK = 50_000  # pairs per sparse gather: bounds memory on large runs
_TEXT_CHARS = 3000  # the start of an ad says what the job is; the rest is boilerplate


@dataclass
class Compared:
    """Levels, measured values and weights of compared pairs ``a[k]``-``b[k]``."""

    a: np.ndarray
    b: np.ndarray
    levels: dict[str, np.ndarray]
    values: dict[str, np.ndarray]
    weights: dict[str, np.ndarray]
    total: np.ndarray
    conflicts: dict[int, list[str]]


def description_similarity(
    texts: Sequence[str], a: np.ndarray, b: np.ndarray, min_chars: int
) -> np.ndarray:
    """Cosine similarity of TF-IDF word vectors per pair; NaN where a text is too short.

    Word unigrams, not character n-grams: on this 2-core box they are seven times faster to
    build and separate rewordings from other jobs just as well on the labelled set.
    """
    out = np.full(len(a), np.nan)
    used = np.unique(np.concatenate([a, b])) if len(a) else np.array([], dtype=int)
    long_enough = {int(i) for i in used if len(texts[i]) >= min_chars}
    if not long_enough:
        return out
    order = sorted(long_enough)
    row_of = np.full(len(texts), -1)
    row_of[order] = np.arange(len(order))
    vectors = TfidfVectorizer(strip_accents="unicode", sublinear_tf=True).fit_transform(
        [texts[i][:_TEXT_CHARS] for i in order]
    )
    ra, rb = row_of[a], row_of[b]
    known = np.flatnonzero((ra >= 0) & (rb >= 0))
    for start in range(0, len(known), _CHUNK):
        part = known[start:start + _CHUNK]
        sims = vectors[ra[part]].multiply(vectors[rb[part]]).sum(axis=1)
        out[part] = np.asarray(sims).ravel()
    return out


def compare(
    features: Features, a: np.ndarray, b: np.ndarray, descriptions: Sequence[str],
    config: dict[str, Any], normaliser: Normaliser,
) -> Compared:
    """Compare every pair ``(a[k], b[k])`` of records in ``features``."""
    levels: dict[str, np.ndarray] = {}
    values: dict[str, np.ndarray] = {}
    specs = config["comparisons"]
    levels["title"], values["title"] = _title(features, a, b, specs["title"]["levels"])
    levels["terms"], conflicts = _terms(features, a, b, normaliser)
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
    spec = specs["description"]
    values["description"] = description_similarity(descriptions, a, b, spec["min_chars"])
    levels["description"] = _similarity_levels(values["description"], spec["levels"])
    weights = {}
    for name in COMPARISONS:
        weights[name] = np.zeros(len(a))
        for level, level_spec in specs[name]["levels"].items():
            weights[name][levels[name] == level] = level_spec["weight"]
    total = np.sum([weights[name] for name in COMPARISONS], axis=0) if len(a) else np.zeros(0)
    return Compared(a, b, levels, values, weights, total, conflicts)


def _title(f: Features, a: np.ndarray, b: np.ndarray, spec: dict[str, Any]):
    ta, tb = [f.title[i] for i in a], [f.title[i] for i in b]
    same = np.maximum(
        cpdist(ta, tb, scorer=fuzz.token_sort_ratio),
        cpdist([f.compact[i] for i in a], [f.compact[i] for i in b], scorer=fuzz.ratio),
    )
    subset = cpdist(ta, tb, scorer=fuzz.token_set_ratio)
    shared_stem = np.array([bool(f.stems[i] & f.stems[j]) for i, j in zip(a, b, strict=True)],
                           dtype=bool)
    level = np.select(
        [same >= spec["gelijk"]["min_same"], same >= spec["bijna"]["min_same"],
         subset >= spec["deel"]["min_subset"],
         np.maximum(same, subset) >= spec["verwant"]["min_any"], shared_stem],
        ["gelijk", "bijna", "deel", "verwant", "stam"], "anders",
    )
    return level, np.maximum(same, subset).astype(float)


def _terms(f: Features, a: np.ndarray, b: np.ndarray, normaliser: Normaliser):
    level = np.full(len(a), "geen", dtype=object)
    conflicts: dict[int, list[str]] = {}
    named = np.array([bool(t[0] or t[1]) for t in f.terms], dtype=bool)
    for k in np.flatnonzero(named[a] | named[b]):
        left, right = f.terms[a[k]], f.terms[b[k]]
        clashes, one_sided = normaliser.conflicting(left, right)
        if clashes or one_sided:
            level[k] = "tegenstrijdig" if clashes else "eenzijdig"
            conflicts[int(k)] = clashes + one_sided
        elif left[0] and left[0] == right[0]:
            level[k] = "gelijk"
    return level, conflicts


def _employer(f: Features, a: np.ndarray, b: np.ndarray, spec: dict[str, Any]):
    org_a = np.array([f.org[i] for i in a], dtype=object)
    org_b = np.array([f.org[i] for i in b], dtype=object)
    ag_a = np.array([f.agency[i] for i in a], dtype=object)
    ag_b = np.array([f.agency[i] for i in b], dtype=object)
    sim = cpdist(list(org_a), list(org_b), scorer=fuzz.token_set_ratio).astype(float)
    both = (org_a != "") & (org_b != "")
    sim[~both] = np.nan
    agency_only = ((org_a == "") & (ag_a != "")) | ((org_b == "") & (ag_b != ""))
    level = np.select(
        [both & (sim >= spec["gelijk"]["min"]), both & (sim >= spec["lijkt"]["min"]), both,
         (org_a == "") & (org_b == "") & (ag_a != "") & (ag_a == ag_b), agency_only],
        ["gelijk", "lijkt", "anders", "zelfde_bureau", "bureau"], "onbekend",
    )
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
    level = np.select(
        [km <= spec["zelfde"]["max_km"], km <= spec["dichtbij"]["max_km"],
         km <= spec["regio"]["max_km"], ~np.isnan(km)],
        ["zelfde", "dichtbij", "regio", "ver"], "onbekend",
    )
    return level, km


def _gap(ranges: np.ndarray, a: np.ndarray, b: np.ndarray, spec: dict[str, Any], *,
         relative: bool):
    low = np.maximum(ranges[a, 0], ranges[b, 0])
    high = np.minimum(ranges[a, 1], ranges[b, 1])
    gap = np.maximum(low - high, 0.0)
    if relative:
        with np.errstate(invalid="ignore", divide="ignore"):
            gap = gap / high
    level = np.select(
        [gap <= spec["overlap"]["max_gap"], gap <= spec["dichtbij"]["max_gap"], ~np.isnan(gap)],
        ["overlap", "dichtbij", "anders"], "onbekend",
    )
    return level, gap


def _contract(f: Features, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    ca = np.array([f.contract[i] for i in a], dtype=object)
    cb = np.array([f.contract[i] for i in b], dtype=object)
    other = np.isin(ca, list(_OTHER_KIND)) | np.isin(cb, list(_OTHER_KIND))
    agency = np.isin(ca, list(_AGENCY_KIND)) | np.isin(cb, list(_AGENCY_KIND))
    return np.select(
        [(ca == "") | (cb == ""), ca == cb, other, agency],
        ["onbekend", "gelijk", "anders_soort", "uitzend"], "anders",
    )


def _similarity_levels(sims: np.ndarray, spec: dict[str, Any]) -> np.ndarray:
    return np.select(
        [sims >= spec["vrijwel_gelijk"]["min"], sims >= spec["sterk"]["min"],
         sims >= spec["deels"]["min"], sims >= spec["weinig"]["min"], ~np.isnan(sims)],
        ["vrijwel_gelijk", "sterk", "deels", "weinig", "anders"], "onbekend",
    )


def explain_pair(
    compared: Compared, k: int, features: Features, config: dict[str, Any]
) -> dict[str, dict[str, Any]]:
    """The comparison of pair ``k`` per field, JSON-ready with Dutch labels."""
    a, b = compared.a[k], compared.b[k]
    shown = {
        "title": (f"{features.title[a]} / {features.title[b]}", "%"),
        "terms": ("; ".join(compared.conflicts.get(k, [])), ""),
        "employer": (f"{features.org[a] or features.agency[a] or '?'} / "
                     f"{features.org[b] or features.agency[b] or '?'}", "%"),
        "place": (f"{features.place[a] or '?'} / {features.place[b] or '?'}", " km"),
        "salary": ("", " verschil"),
        "hours": ("", " uur verschil"),
        "contract": (f"{features.contract[a] or '?'} / {features.contract[b] or '?'}", ""),
        "description": ("", " cosinus"),
    }
    out = {}
    for name in COMPARISONS:
        spec = config["comparisons"][name]
        level = str(compared.levels[name][k])
        value = float(compared.values[name][k])
        text, unit = shown[name]
        if not np.isnan(value):
            measure = f"{value:.0%}" if name == "salary" else f"{value:.2f}".rstrip("0").rstrip(".")
            text = f"{text} ({measure}{unit})" if text else f"{measure}{unit}"
        out[name] = {
            "veld": spec["label"], "niveau": level, "uitkomst": spec["levels"][level]["label"],
            "gewicht": float(compared.weights[name][k]), "waarde": text,
        }
    return out

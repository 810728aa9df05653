"""One scorer per criterion, each vectorised over all vacancies of a prepared :class:`Frame`.

``score`` returns two arrays (score 0..1 and verdict code) for the rows it is given; ``reason``
writes the Dutch explanation for one row, so explanations are only built for rows that are shown.
What does not depend on the profile (demand columns, distinct titles, term counts) is computed
once per :class:`Frame`, so each further profile costs little more than a few numpy passes.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

from ingest import fml
from ingest.normalise.place import locate
from ingest.occupation import match_occupation
from matcher.policy import EDUCATION_TEXT, Policy, Stage
from profiles.model import Zoekprofiel

PASSEND, LET_OP, NIET = 0, 1, 2
VERDICTS = ("passend", "let_op", "niet_passend")

# Door-to-door model per mode: km/h along the route, route length / straight line, fixed minutes
# (parking, waiting, walking to the stop).
SPEED_MODEL: dict[str, tuple[float, float, float]] = {
    "car": (60.0, 1.3, 10.0),
    "public_transport": (30.0, 1.3, 15.0),
    "bicycle": (15.0, 1.2, 2.0),
    "on_foot": (5.0, 1.2, 0.0),
}


def _money(value: float) -> str:
    return f"€ {value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def _known(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


@dataclass(frozen=True)
class Terms:
    """Term counts of the vacancy texts, for TF-IDF similarity with one profile text at a time.

    Gives exactly what ``TfidfVectorizer`` (default settings) fitted on the profile text plus
    every vacancy text would give, without refitting per profile: only the idf of the profile's
    own terms changes (they gain one document), so only those columns are touched.
    """

    counts: sparse.csr_matrix  # rows x terms
    vocabulary: dict[str, int]
    doc_freq: np.ndarray
    base_sq: np.ndarray  # squared norm of each row's tf-idf vector when no term is the profile's
    analyzer: Callable[[str], list[str]]

    @classmethod
    def fit(cls, texts: list[str]) -> Terms:
        vectorizer = CountVectorizer(dtype=np.float64)
        try:
            counts = vectorizer.fit_transform(texts).tocsr()
        except ValueError:  # no text has a single word
            counts = sparse.csr_matrix((len(texts), 0))
            vectorizer.vocabulary_ = {}
        doc_freq = np.bincount(counts.indices, minlength=counts.shape[1]).astype(float)
        base_sq = counts.power(2) @ cls._idf(len(texts), doc_freq) ** 2
        return cls(counts, vectorizer.vocabulary_, doc_freq, np.asarray(base_sq).ravel(),
                   vectorizer.build_analyzer())

    @staticmethod
    def _idf(rows: int, doc_freq: np.ndarray) -> np.ndarray:
        """Smoothed idf over ``rows`` vacancy texts plus the profile text."""
        return np.log((rows + 2) / (doc_freq + 1)) + 1

    def similarity(self, text: str, rows: np.ndarray) -> np.ndarray:
        """Cosine similarity of ``rows`` with ``text`` (0 for rows or a text without words)."""
        own = Counter(self.analyzer(text))
        known = [(self.vocabulary[t], n) for t, n in own.items() if t in self.vocabulary]
        if not known or not len(rows):
            return np.zeros(len(rows))
        total = self.counts.shape[0]
        unknown_sq = sum((n * self._idf(total, np.array(1.0))) ** 2 for t, n in own.items()
                         if t not in self.vocabulary)
        columns = np.array([c for c, _ in known])
        tf = np.array([n for _, n in known], dtype=float)
        freq = self.doc_freq[columns]
        idf_own, idf_base = self._idf(total, freq + 1), self._idf(total, freq)
        profile_norm = math.sqrt(float(np.sum((tf * idf_own) ** 2)) + float(unknown_sq))
        block = self.counts[rows][:, columns]
        dot = block @ (tf * idf_own ** 2) / profile_norm
        row_norm = np.sqrt(self.base_sq[rows] + block.power(2) @ (idf_own ** 2 - idf_base ** 2))
        return np.divide(dot, row_norm, out=np.zeros(len(rows)), where=row_norm > 0)


class Row(dict[str, Any]):
    """One vacancy's fields for an explanation; ``name`` is its row number, as on a pandas row."""

    def __init__(self, name: int, fields: dict[str, Any]) -> None:
        super().__init__(fields)
        self.name = name


@dataclass(frozen=True)
class Frame:
    """Vacancies prepared once for scoring many profiles (see ``matcher.rank.prepare_frame``).

    ``df`` keeps every column for the explanations; the arrays hold what the scorers compare.
    Scorers take an array of row numbers (sorted) and answer for those rows only.
    """

    df: pd.DataFrame
    numbers: dict[str, np.ndarray]  # lat, lon, salary (highest, else lowest), hours, education
    education_soft: np.ndarray
    demands: dict[str, np.ndarray]  # demand key -> value per row, NaN when not asked
    priors: dict[str, np.ndarray]  # demand key -> True where the value is an occupation prior
    confidences: dict[str, np.ndarray]  # demand key -> confidence per row, NaN when not asked
    isco: np.ndarray  # ISCO-08 unit group (4 digits) of each row's occupation, "" when unknown
    titles: list[str]  # unique lower-case titles
    title_codes: np.ndarray  # row -> index in ``titles``
    employer_codes: np.ndarray
    employers: pd.Index
    id_rank: np.ndarray  # row -> position of its id in sorted order, to break ties cheaply
    by_lat: np.ndarray  # rows with a known place, by latitude, for the travel box
    lat_sorted: np.ndarray  # their latitudes
    unplaced: np.ndarray  # rows without a known place
    terms: Terms
    cells: dict[str, np.ndarray]  # the columns of ``df`` as arrays, for cheap row access

    @classmethod
    def build(cls, df: pd.DataFrame) -> Frame:
        df = df.reset_index(drop=True)
        columns: dict[str, list[tuple[int, float, bool, float]]] = {}
        for row, demands in enumerate(df["demands"]):
            for key, demand in (demands or {}).items():
                demand = demand or {}
                columns.setdefault(key, []).append(
                    (row, float(demand.get("value") or 0), demand.get("source") == "prior",
                     float(demand.get("confidence") or 1.0)))
        values, priors, confidences = {}, {}, {}
        for key, entries in columns.items():
            values[key], confidences[key] = np.full(len(df), np.nan), np.full(len(df), np.nan)
            priors[key] = np.zeros(len(df), dtype=bool)
            rows, found, prior, confidence = zip(*entries, strict=True)
            values[key][list(rows)] = found
            priors[key][list(rows)] = prior
            confidences[key][list(rows)] = confidence
        numbers = {name: df[column].to_numpy(dtype=float) for name, column in (
            ("lat", "lat"), ("lon", "lon"), ("hours", "hours_min"),
            ("education", "education_level"))}
        numbers["salary"] = df["salary_max"].fillna(df["salary_min"]).to_numpy(dtype=float)
        placed = ~np.isnan(numbers["lat"]) & ~np.isnan(numbers["lon"])
        by_lat = np.flatnonzero(placed)
        by_lat = by_lat[np.argsort(numbers["lat"][by_lat], kind="stable")]
        title_codes, titles = pd.factorize(df["title"].fillna("").str.lower())
        employer_codes, employers = pd.factorize(df["employer"].fillna(""))
        texts = (df["title"].fillna("") + " " + df["description"].fillna("")).tolist()
        isco = np.array([str((o or {}).get("isco") or "") if isinstance(o, dict) else ""
                         for o in df["occupation"]], dtype="U4")
        return cls(df, numbers, df["education_soft"].fillna(False).to_numpy(dtype=bool), values,
                   priors, confidences, isco,
                   list(titles), title_codes, employer_codes, employers,
                   np.argsort(np.argsort(df["id"].to_numpy(dtype=str), kind="stable")),
                   by_lat, numbers["lat"][by_lat], np.flatnonzero(~placed), Terms.fit(texts),
                   {column: df[column].to_numpy() for column in df.columns})

    def __len__(self) -> int:
        return len(self.df)

    def row(self, i: int) -> Row:
        """Row ``i`` for explanations, without the cost of a pandas row."""
        return Row(i, {column: cells[i] for column, cells in self.cells.items()})

    def demand(self, key: str, rows: np.ndarray) -> np.ndarray:
        return self.demands[key][rows] if key in self.demands else np.full(len(rows), np.nan)

    def prior(self, key: str, rows: np.ndarray) -> np.ndarray:
        return self.priors[key][rows] if key in self.priors else np.zeros(len(rows), dtype=bool)

    def hint(self, key: str, rows: np.ndarray, min_confidence: float) -> np.ndarray:
        """True where the text only hints at the demand (confidence below ``min_confidence``,
        not a prior): it flags the vacancy but never excludes it."""
        if key not in self.confidences:
            return np.zeros(len(rows), dtype=bool)
        return ~self.priors[key][rows] & (self.confidences[key][rows] < min_confidence)


@dataclass(frozen=True)
class Context:
    """Everything a scorer needs besides the vacancies: profile, stage and policy."""

    profile: Zoekprofiel
    stage: Stage
    policy: Policy


@dataclass(frozen=True)
class Limits:
    """One profile's FML limits in the form the FML scorer compares (see FmlScorer._limits)."""

    capacities: dict[str, float]
    conditions: dict[str, set[int]]
    watch: list[tuple[str, list[str]]]


_split_key = functools.cache(fml.split_key)  # a handful of distinct keys, split for every row

# Hours per day and week are judged by the hours criterion against the vacancy's hours, so a
# missing VI.2/VI.3 demand is not reported as unknown by the FML criterion.
HOURS_ITEMS = {"VI.2", "VI.3"}
PRIOR_NOTE = "typisch voor het beroep (beroepsprior)"
HINT_NOTE = "de tekst wijst erop maar zegt het niet met zoveel woorden"
# Outcome of one limited FML item -> (verdict, score); the FML score is the lowest over items.
# A soft demand is an occupation prior or a text hint (see Frame.hint): it never excludes.
FML_ITEM_SCORES = {
    "passend": (PASSEND, 1.0),
    "soft_within": (LET_OP, 0.8),  # typically (or by a hint) within the limit
    "unknown": (LET_OP, 0.6),
    "marginal": (LET_OP, 0.5),
    "soft_above": (LET_OP, 0.3),  # typically (or by a hint) beyond it
    "niet": (NIET, 0.0),
}


class FmlScorer:
    """Each demand against the profile's limit; limited items without demand info get let_op."""

    name = "fml"

    def __init__(self) -> None:
        self._cached: Limits | None = None

    def _limits(self, ctx: Context) -> Limits:
        """The profile's limits, worked out once per scorer (one scorer serves one profile).

        Capacity per limited ordinal item, excluded conditions per condition item, and per item
        (FML order) the demand keys a vacancy must state, else the item is reported unknown.
        """
        if self._cached is None:
            profile, capacities, conditions, watch = ctx.profile, {}, {}, []
            for code, item in fml.ITEMS.items():
                if code not in profile.fml:
                    continue
                if item.kind is fml.Kind.ORDINAL and profile.limit_code(code):
                    capacities[code] = item.capacity(profile.limit_code(code))
                    keys = [code]
                elif item.kind is fml.Kind.CONDITIONS:
                    # every excluded condition needs its own demand key, e.g. VI.1.2 for nights
                    conditions[code] = profile.conditions(code)
                    keys = [f"{code}.{c}" for c in conditions[code]]
                else:
                    keys = []
                if keys and code not in HOURS_ITEMS:
                    watch.append((item.name.lower(), keys))
            self._cached = Limits(capacities, conditions, watch)
        return self._cached

    def _item_verdicts(self, demands: dict[str, Any], ctx: Context) -> list[tuple[int, str]]:
        limits, margin = self._limits(ctx), ctx.policy.fml_margin
        min_confidence = ctx.policy.fml_exclude_confidence
        out: list[tuple[int, str]] = []
        asked: set[str] = set()
        for key, demand in sorted((demands or {}).items()):
            try:
                code, condition = _split_key(key)
            except KeyError:
                continue
            item = fml.ITEMS[code]
            asked.add(key)
            value = float(demand.get("value") or 0)
            prior = demand.get("source") == "prior"
            hint = not prior and float(demand.get("confidence") or 1.0) < min_confidence
            if condition is not None:
                if condition not in limits.conditions.get(code, ()):
                    continue
                wanted = f"{item.name}: het profiel vraagt '{item.conditions[condition]}'"
                if prior:
                    out.append((LET_OP, f"{wanted}; de tekst zegt er niets over, {PRIOR_NOTE} "
                                        f"{'wel' if value else 'niet'}; controleren"))
                elif hint and value:
                    out.append((LET_OP, f"{wanted}; {HINT_NOTE} dat de vacature dit vraagt: "
                                        "controleren"))
                elif value:
                    out.append((NIET, f"{wanted}, maar de vacature voldoet daar niet aan"))
                else:
                    out.append((PASSEND, f"{wanted} en de vacature vraagt dit niet"))
                continue
            if code not in limits.capacities:
                continue  # only deviations from the norm are recorded, so no limit is no cap
            capacity = limits.capacities[code]
            what = (f"{item.name}: de vacature vraagt dit {'wel' if value else 'niet'}, het "
                    "profiel is hierin beperkt" if item.binary else
                    f"{item.name}: vraag {value:g} {item.unit}, grens {capacity:g} {item.unit}")
            if prior:
                where = "binnen" if value <= capacity else "boven"
                out.append((LET_OP, f"{what} ({PRIOR_NOTE}, {where} de grens; de tekst zegt er "
                                    "niets over: controleren)"))
            elif hint and value > capacity:
                out.append((LET_OP, f"{what} ({HINT_NOTE}, boven de grens: controleren)"))
            elif value <= capacity:
                out.append((PASSEND, f"{what}, binnen de grens"))
            elif value <= capacity * (1 + margin):
                out.append((LET_OP, f"{what}, marginaal boven de grens"))
            else:
                out.append((NIET, f"{what}, boven de grens"))
        unknown = [name for name, keys in limits.watch if any(k not in asked for k in keys)]
        if unknown:
            out.append((LET_OP, f"niet bekend of de vacature {', '.join(unknown)} vraagt"))
        return out

    def score(self, data: Frame, ctx: Context, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Vectorised twin of :meth:`_item_verdicts`: one column per limited item or condition.

        The score is the lowest item score (:data:`FML_ITEM_SCORES`): a prior never excludes
        and never passes silently (always let_op), but ranks above or below an unknown demand
        depending on whether the occupation's typical demand is within the limit. A text hint
        (below the policy's ``fml_exclude_confidence``) passes when within the limit and is
        let_op, ranked like a prior above it, when not.
        """
        limits, margin = self._limits(ctx), ctx.policy.fml_margin
        min_confidence = ctx.policy.fml_exclude_confidence
        verdicts, scores = np.full(len(rows), PASSEND), np.ones(len(rows))
        for key, demand, prior, capacity in self._columns(data, rows, limits):
            hint = data.hint(key, rows, min_confidence)
            unknown = "passend" if key in HOURS_ITEMS else "unknown"
            if capacity is None:  # an excluded condition: any positive value goes beyond it
                within, marginal = demand <= 0, np.zeros(len(rows), dtype=bool)
            else:
                within, marginal = demand <= capacity, demand <= capacity * (1 + margin)
            outcome = np.select(
                [np.isnan(demand), prior & within, prior, within, hint, marginal],
                [unknown, "soft_within", "soft_above", "passend", "soft_above", "marginal"],
                "niet")
            for name, (verdict, score) in FML_ITEM_SCORES.items():
                hit = outcome == name
                verdicts[hit] = np.maximum(verdicts[hit], verdict)
                scores[hit] = np.minimum(scores[hit], score)
        return scores, verdicts

    @staticmethod
    def _columns(data: Frame, rows: np.ndarray, limits: Limits
                 ) -> Iterator[tuple[str, np.ndarray, np.ndarray, float | None]]:
        """(key, demand, is prior, capacity) per limited item; capacity None for a condition."""
        for code, capacity in limits.capacities.items():
            yield code, data.demand(code, rows), data.prior(code, rows), capacity
        for code, excluded in limits.conditions.items():
            for key in (f"{code}.{c}" for c in excluded):
                yield key, data.demand(key, rows), data.prior(key, rows), None

    def reason(self, row: Row, ctx: Context) -> str:
        items = self._item_verdicts(row["demands"], ctx)
        if not items:
            return "het profiel heeft geen functionele beperkingen die de vacature raakt"
        worst = max(v for v, _ in items)
        return "; ".join(text for v, text in items if v == worst or worst == PASSEND)


class WageScorer:
    """Salary (max of the range) against the stage floor: a share of the last wage."""

    name = "wage"
    floor: float | None  # set by score(), read by reason() for the rows shown

    def _floor(self, ctx: Context) -> float | None:
        """The stage floor; never above an earlier stage's, so the minimum wage cannot narrow."""
        last = ctx.profile.last_job.wage_gross_month if ctx.profile.last_job else None
        if last is None:
            return None

        def floor(stage: Stage) -> float:
            share = last * stage.wage_floor_ratio
            return max(share, ctx.policy.minimum_wage_gross_month) if stage.minimum_wage else share

        return min(floor(s) for s in ctx.policy.stages if s.from_week <= ctx.stage.from_week)

    def score(self, data: Frame, ctx: Context, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        floor = self.floor = self._floor(ctx)  # read by reason() for the rows shown
        if floor is None:
            return np.full(len(rows), 0.6), np.full(len(rows), LET_OP)
        ratio = data.numbers["salary"][rows] / floor
        verdicts = np.where(np.isnan(ratio), LET_OP, np.where(ratio >= 1, PASSEND, NIET))
        scores = np.where(np.isnan(ratio), 0.6, np.clip(ratio, 0, 1.3) / 1.3)
        return np.where(verdicts == NIET, 0.0, scores), verdicts

    def reason(self, row: Row, ctx: Context) -> str:
        floor = self.floor
        salary = row["salary_max"] if _known(row["salary_max"]) else row["salary_min"]
        if floor is None:
            return "laatste loon onbekend; loon niet te toetsen"
        if not _known(salary):
            return f"salaris niet bekend; ondergrens in fase {ctx.stage.name} is {_money(floor)}"
        side = "boven" if salary >= floor else "onder"
        return (f"salaris (hoogste bedrag) {_money(salary)} ligt {side} de ondergrens van "
                f"{_money(floor)} in fase {ctx.stage.name} "
                f"({ctx.stage.wage_floor_ratio:.0%} van het laatste loon"
                + (", minimaal het minimumloon)" if ctx.stage.minimum_wage else ")"))


def category(level: np.ndarray | float) -> np.ndarray:
    """Opleidingscategorie as a number: 0 = d (basis), 1 = c, 2 = b (mbo/havo), 3 = a (hbo)."""
    return np.digitize(level, [1, 2, 5])


class EducationScorer:
    """Required level against the employee's level; how far below is allowed widens by stage."""

    name = "education"

    def score(self, data: Frame, ctx: Context, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        required = data.numbers["education"][rows]
        if ctx.profile.education is None:
            return np.full(len(rows), 0.7), np.full(len(rows), LET_OP)
        own = ctx.profile.education.level
        soft = data.education_soft[rows]
        rule = ctx.stage.education
        below_ok = {"nlqf_step": required >= own - 1,
                    "category_lower": category(required) >= category(own) - 1,
                    "all": np.ones(len(rows), dtype=bool)}[rule]
        above = required - own
        verdicts = np.select(
            [np.isnan(required), above > 1, above > 0, ~below_ok],
            [PASSEND, np.where(soft, LET_OP, NIET), LET_OP, NIET], PASSEND)
        distance = np.abs(np.nan_to_num(required, nan=own) - own)
        scores = np.where(verdicts == NIET, 0.0, np.clip(1 - 0.15 * distance, 0.3, 1))
        return scores, verdicts

    def reason(self, row: Row, ctx: Context) -> str:
        required = row["education_level"]
        if ctx.profile.education is None:
            return "opleidingsniveau van de werknemer onbekend"
        own = ctx.profile.education.level
        if not _known(required):
            return "de vacature noemt geen opleidingseis"
        text = f"vraagt NLQF-niveau {required:g}, werknemer heeft niveau {own:g}"
        if required > own:
            return text + (" (voorkeur, geen eis)" if row["education_soft"] else "; hoger dan "
                           "de eigen opleiding")
        return f"{text}; in fase {ctx.stage.name} past {EDUCATION_TEXT[ctx.stage.education]}"


def travel_minutes(km: np.ndarray, mode: str) -> np.ndarray:
    speed, detour, overhead = SPEED_MODEL[mode]
    return km * detour / speed * 60 + overhead


EARTH_KM = 6371.0


def haversine_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    p1, p2 = np.radians(lat), np.radians(lats)
    a = (np.sin((p2 - p1) / 2) ** 2
         + np.cos(p1) * np.cos(p2) * np.sin(np.radians(lons - lon) / 2) ** 2)
    return EARTH_KM * 2 * np.arcsin(np.sqrt(a))


class TravelScorer:
    """Estimated one-way minutes from home PC4 to the vacancy, against the widened limit."""

    name = "travel"

    def __init__(self) -> None:
        self.rows, self.minutes = np.empty(0, dtype=int), np.empty(0)  # read by reason()
        self.limit = 0.0

    def _limit(self, ctx: Context) -> float:
        own = ctx.profile.travel.max_minutes_one_way
        return max(own, min(own * ctx.stage.travel_multiplier, ctx.stage.travel_max_minutes))

    def candidates(self, data: Frame, ctx: Context) -> np.ndarray:
        """Sorted rows that may lie within the limit: a box around home plus unknown places.

        The box is the limit's straight-line radius plus a margin, so every row left out is
        surely too far (|latitude difference| never exceeds the great-circle angle); found by
        binary search on latitude, so a profile costs little more than the rows near home.
        """
        home = locate(None, ctx.profile.pc4)
        if home is None:
            return np.arange(len(data))
        speed, detour, overhead = SPEED_MODEL[ctx.profile.travel.mode]
        km = max(0.0, self._limit(ctx) - overhead) * speed / 60 / detour * 1.01 + 0.1
        angle = math.degrees(km / EARTH_KM)
        lats = data.lat_sorted
        band = data.by_lat[np.searchsorted(lats, home.lat - angle):
                           np.searchsorted(lats, home.lat + angle, side="right")]
        widest = min(89.0, abs(home.lat) + angle)
        lon_angle = math.degrees(km / (EARTH_KM * math.cos(math.radians(widest))))
        offset = (data.numbers["lon"][band] - home.lon + 180) % 360 - 180
        return np.sort(np.concatenate([band[np.abs(offset) <= lon_angle], data.unplaced]))

    def score(self, data: Frame, ctx: Context, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        home = locate(None, ctx.profile.pc4)
        minutes = np.full(len(rows), np.nan) if home is None else travel_minutes(
            haversine_km(home.lat, home.lon, data.numbers["lat"][rows],
                         data.numbers["lon"][rows]), ctx.profile.travel.mode)
        self.rows, self.minutes, self.limit = rows, minutes, self._limit(ctx)
        limit = self.limit
        verdicts = np.where(np.isnan(minutes), LET_OP, np.where(minutes <= limit, PASSEND, NIET))
        scores = np.where(np.isnan(minutes), 0.6, np.clip(1 - 0.5 * minutes / limit, 0, 1))
        return np.where(verdicts == NIET, 0.0, scores), verdicts

    def reason(self, row: Row, ctx: Context) -> str:
        limit = self.limit
        minutes = self.minutes[self.rows.searchsorted(row.name)]
        if np.isnan(minutes):
            return "werkplek of woonplaats onbekend; reistijd niet te schatten"
        mode = {"car": "auto", "public_transport": "ov", "bicycle": "fiets",
                "on_foot": "lopend"}[ctx.profile.travel.mode]
        side = "binnen" if minutes <= limit else "boven"
        return (f"ongeveer {minutes:.0f} minuten enkele reis per {mode}, {side} de grens van "
                f"{limit:.0f} minuten in fase {ctx.stage.name}")


class HoursScorer:
    """Minimum weekly hours against the profile's maximum and FML VI.2/VI.3."""

    name = "hours"
    limit: float | None  # set by score(), read by reason() for the rows shown

    def _limit(self, ctx: Context) -> float | None:
        p = ctx.profile
        limits = [fml.ITEMS["VI.3"].capacity(p.limit_code("VI.3")) if p.limit_code("VI.3")
                  else None,
                  fml.ITEMS["VI.2"].capacity(p.limit_code("VI.2")) * 5 if p.limit_code("VI.2")
                  else None,
                  p.hours.max_per_week,
                  p.hours.max_per_day * 5 if p.hours.max_per_day else None]
        known = [x for x in limits if x is not None]
        return min(known) if known else None

    def score(self, data: Frame, ctx: Context, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        hours, limit = data.numbers["hours"][rows], self._limit(ctx)
        self.limit = limit  # read by reason() for the rows shown
        if limit is None:
            return np.ones(len(rows)), np.full(len(rows), PASSEND)
        verdicts = np.where(np.isnan(hours), LET_OP, np.where(hours <= limit, PASSEND, NIET))
        return np.select([verdicts == PASSEND, verdicts == LET_OP], [1.0, 0.6], 0.0), verdicts

    def reason(self, row: Row, ctx: Context) -> str:
        limit = self.limit
        if limit is None:
            return "geen urenbeperking"
        if not _known(row["hours_min"]):
            return f"aantal uren niet bekend; maximaal {limit:g} uur per week"
        side = "binnen" if row["hours_min"] <= limit else "boven"
        return f"minimaal {row['hours_min']:g} uur per week, {side} het maximum van {limit:g} uur"


# Closeness of two ISCO-08 unit groups by the digits they share: the same occupation group, the
# same minor group (3 digits) or the same sub-major group (2 digits).
ISCO_PROXIMITY = ((4, 1.0), (3, 0.8), (2, 0.5))
ISCO_LEVELS = {1.0: "hetzelfde beroep als", 0.8: "verwant aan",
               0.5: "in dezelfde beroepsgroep als"}


def isco_proximity(isco: np.ndarray, titles: list[str]) -> np.ndarray:
    """Per row, the closest ISCO proximity of its occupation to the occupations of ``titles``
    (profile titles are matched to ESCO like vacancy titles); 0 where either is unknown."""
    codes = {found.isco for title in titles if (found := match_occupation(title))}
    best = np.zeros(len(isco))
    for code in codes:
        for digits, closeness in ISCO_PROXIMITY:
            same = np.char.startswith(isco, code[:digits]) & (isco != "")
            best = np.where(same, np.maximum(best, closeness), best)
    return best


class DirectionScorer:
    """Title against search directions and experience, description against experience text.

    A match that rests only on the last job's title scores at most 0.5 (the employee usually
    cannot do that job any more), unless the FML verdict is passend on known demands. It runs
    last, only on rows no cheaper criterion excluded, with fuzzy title matching once per distinct
    title; the TF-IDF idf covers all rows of the frame, so a row's score does not depend on
    which others survived.
    """

    name = "direction"

    def __init__(self, fml_verdicts: np.ndarray) -> None:
        self.fml_verdicts = fml_verdicts  # for the rows passed to score()
        self.rows = np.empty(0, dtype=int)
        self.parts: dict[str, np.ndarray] = {}

    def _parts(self, data: Frame, ctx: Context, rows: np.ndarray) -> dict[str, np.ndarray]:
        p = ctx.profile
        codes = data.title_codes[rows]
        needed = np.unique(codes)
        titles = [data.titles[i] for i in needed]

        def per_row(targets: list[str], scorer: Any, reduce: Any) -> np.ndarray:
            """``reduce`` over ``targets`` of ``scorer(target, title)`` for each row.

            The few targets are the queries, so rapidfuzz prepares each once, not each title.
            """
            per_title = np.zeros(len(data.titles))
            if targets and titles:
                per_title[needed] = reduce(process.cdist(
                    [x.lower() for x in targets], titles, scorer=scorer, dtype=np.float64))
            return per_title[codes]

        def best(targets: list[str]) -> np.ndarray:
            return per_row(targets, fuzz.token_set_ratio, lambda m: m.max(axis=0)) / 100

        last = p.last_job.title.lower() if p.last_job else ""
        other_exp = [e.title for e in p.experience if e.title.lower() != last]
        profile_text = " ".join([*(e.description for e in p.experience), *p.skills,
                                 *p.search_directions])
        excluded_title = per_row(p.exclude.titles, fuzz.partial_ratio,
                                 lambda m: (m >= 90).any(axis=0)).astype(bool)
        excluded_employer = np.isin(data.employer_codes[rows],
                                    data.employers.get_indexer(p.exclude.employers))
        isco = data.isco[rows]
        return {"directions": best(p.search_directions), "experience": best(other_exp),
                "last_job": best([last] if last else []),
                "isco_directions": isco_proximity(isco, p.search_directions),
                "isco_experience": isco_proximity(isco, other_exp),
                "isco_last_job": isco_proximity(isco, [last] if last else []),
                "tfidf": data.terms.similarity(profile_text, rows),
                "excluded": excluded_title | excluded_employer}

    def score(self, data: Frame, ctx: Context, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        self.rows, parts = rows, self._parts(data, ctx, rows)
        self.parts = parts
        own = np.maximum.reduce([parts["directions"], 0.9 * parts["experience"],
                                 parts["isco_directions"], 0.9 * parts["isco_experience"],
                                 np.clip(2 * parts["tfidf"], 0, 1)])
        resembles_last = np.maximum(parts["last_job"], parts["isco_last_job"])
        last = np.where(self.fml_verdicts == PASSEND, resembles_last,
                        np.minimum(resembles_last, 0.5))
        scores = np.maximum(own, last)
        verdicts = np.where(parts["excluded"], NIET, np.where(scores >= 0.3, PASSEND, LET_OP))
        return np.where(verdicts == NIET, 0.0, scores), verdicts

    def reason(self, row: Row, ctx: Context) -> str:
        at = self.rows.searchsorted(row.name)
        parts = {k: v[at] for k, v in self.parts.items()}
        if parts["excluded"]:
            return "functie of werkgever is uitgesloten in het zoekprofiel"
        text = (f"titel past {parts['directions']:.0%} bij de zoekrichtingen en "
                f"{parts['experience']:.0%} bij eerdere functies; tekst lijkt "
                f"{parts['tfidf']:.0%} op ervaring en vaardigheden")
        related = max(parts["isco_directions"], parts["isco_experience"])
        if related:
            text += (f"; beroep (ISCO {row['occupation']['isco']}) is "
                     f"{ISCO_LEVELS[related]} een zoekrichting of eerdere functie")
        own = max(parts["directions"], parts["experience"], related)
        if max(parts["last_job"], parts["isco_last_job"]) > own:
            text += "; lijkt vooral op de laatste functie, die mogelijk niet meer past"
        return text

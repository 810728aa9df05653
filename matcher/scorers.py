"""One scorer per criterion, each vectorised over all vacancies in a DataFrame.

``score`` returns two arrays (score 0..1 and verdict code) for every row; ``reason`` writes the
Dutch explanation for one row, so explanations are only built for rows that are shown.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from rapidfuzz import fuzz
from sklearn.feature_extraction.text import TfidfVectorizer

from ingest import fml
from ingest.normalise.place import locate
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
class Context:
    """Everything a scorer needs besides the vacancies: profile, stage and policy."""

    profile: Zoekprofiel
    stage: Stage
    policy: Policy


# Hours per day and week are judged by the hours criterion against the vacancy's hours, so a
# missing VI.2/VI.3 demand is not reported as unknown by the FML criterion.
HOURS_ITEMS = {"VI.2", "VI.3"}


class FmlScorer:
    """Each demand against the profile's limit; limited items without demand info get let_op."""

    name = "fml"

    def _item_verdicts(self, demands: dict[str, Any], ctx: Context) -> list[tuple[int, str]]:
        profile, margin = ctx.profile, ctx.policy.fml_margin
        out: list[tuple[int, str]] = []
        asked: set[str] = set()
        for key, demand in sorted((demands or {}).items()):
            try:
                code, condition = fml.split_key(key)
            except KeyError:
                continue
            item = fml.ITEMS[code]
            asked.add(key)
            value = float(demand.get("value") or 0)
            if condition is not None:
                if value and condition in profile.conditions(code):
                    out.append((NIET, f"{item.name}: het profiel vraagt "
                                      f"'{item.conditions[condition]}', maar de vacature "
                                      "voldoet daar niet aan"))
                continue
            if item.kind is not fml.Kind.ORDINAL or not profile.limit_code(code):
                continue  # only deviations from the norm are recorded, so no limit is no cap
            capacity = item.capacity(profile.limit_code(code))
            what = f"{item.name}: vraag {value:g} {item.unit}, grens {capacity:g} {item.unit}"
            if value <= capacity:
                out.append((PASSEND, f"{what}, binnen de grens"))
            elif value <= capacity * (1 + margin):
                out.append((LET_OP, f"{what}, marginaal boven de grens"))
            else:
                out.append((NIET, f"{what}, boven de grens"))
        unknown = []
        for code in [c for c in fml.ITEMS if c in profile.fml and c not in HOURS_ITEMS]:
            item = fml.ITEMS[code]
            if item.kind is fml.Kind.ORDINAL:
                missing = profile.limit_code(code) > 0 and code not in asked
            else:  # every excluded condition needs its own demand key, e.g. VI.1.2 for nights
                missing = item.kind is fml.Kind.CONDITIONS and any(
                    f"{code}.{c}" not in asked for c in profile.conditions(code))
            if missing:
                unknown.append(item.name.lower())
        if unknown:
            out.append((LET_OP, f"niet bekend of de vacature {', '.join(unknown)} vraagt"))
        return out

    def score(self, df: pd.DataFrame, ctx: Context) -> tuple[np.ndarray, np.ndarray]:
        """Vectorised twin of :meth:`_item_verdicts`: one column per limited item or condition."""
        profile, margin = ctx.profile, ctx.policy.fml_margin
        values = pd.DataFrame(
            [{k: float((d or {}).get("value") or 0) for k, d in (row or {}).items()}
             for row in df["demands"]], index=df.index)
        verdicts = np.full(len(df), PASSEND)

        def column(key: str) -> np.ndarray:
            return (values[key].to_numpy(dtype=float) if key in values
                    else np.full(len(df), np.nan))

        for code in profile.fml:
            item = fml.ITEMS[code]
            if item.kind is fml.Kind.ORDINAL and profile.limit_code(code):
                demand, capacity = column(code), item.capacity(profile.limit_code(code))
                unknown = PASSEND if code in HOURS_ITEMS else LET_OP
                item_verdicts = np.select(
                    [np.isnan(demand), demand <= capacity, demand <= capacity * (1 + margin)],
                    [unknown, PASSEND, LET_OP], NIET)
            elif item.kind is fml.Kind.CONDITIONS:
                asked = [column(f"{code}.{c}") for c in profile.conditions(code)]
                item_verdicts = np.maximum.reduce(
                    [np.where(np.isnan(a), LET_OP, np.where(a > 0, NIET, PASSEND)) for a in asked],
                    initial=PASSEND)
            else:
                continue
            verdicts = np.maximum(verdicts, item_verdicts)
        return np.select([verdicts == PASSEND, verdicts == LET_OP], [1.0, 0.6], 0.0), verdicts

    def reason(self, row: pd.Series, ctx: Context) -> str:
        items = self._item_verdicts(row["demands"], ctx)
        if not items:
            return "het profiel heeft geen functionele beperkingen die de vacature raakt"
        worst = max(v for v, _ in items)
        return "; ".join(text for v, text in items if v == worst or worst == PASSEND)


class WageScorer:
    """Salary (max of the range) against the stage floor: a share of the last wage."""

    name = "wage"

    def _floor(self, ctx: Context) -> float | None:
        """The stage floor; never above an earlier stage's, so the minimum wage cannot narrow."""
        last = ctx.profile.last_job.wage_gross_month if ctx.profile.last_job else None
        if last is None:
            return None

        def floor(stage: Stage) -> float:
            share = last * stage.wage_floor_ratio
            return max(share, ctx.policy.minimum_wage_gross_month) if stage.minimum_wage else share

        return min(floor(s) for s in ctx.policy.stages if s.from_week <= ctx.stage.from_week)

    def score(self, df: pd.DataFrame, ctx: Context) -> tuple[np.ndarray, np.ndarray]:
        floor = self._floor(ctx)
        salary = df["salary_max"].fillna(df["salary_min"]).to_numpy(dtype=float)
        if floor is None:
            return np.full(len(df), 0.6), np.full(len(df), LET_OP)
        ratio = salary / floor
        verdicts = np.where(np.isnan(ratio), LET_OP, np.where(ratio >= 1, PASSEND, NIET))
        scores = np.where(np.isnan(ratio), 0.6, np.clip(ratio, 0, 1.3) / 1.3)
        return np.where(verdicts == NIET, 0.0, scores), verdicts

    def reason(self, row: pd.Series, ctx: Context) -> str:
        floor = self._floor(ctx)
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

    def score(self, df: pd.DataFrame, ctx: Context) -> tuple[np.ndarray, np.ndarray]:
        required = df["education_level"].to_numpy(dtype=float)
        if ctx.profile.education is None:
            return np.full(len(df), 0.7), np.full(len(df), LET_OP)
        own = ctx.profile.education.level
        soft = df["education_soft"].fillna(False).to_numpy(dtype=bool)
        rule = ctx.stage.education
        below_ok = {"nlqf_step": required >= own - 1,
                    "category_lower": category(required) >= category(own) - 1,
                    "all": np.ones(len(df), dtype=bool)}[rule]
        above = required - own
        verdicts = np.select(
            [np.isnan(required), above > 1, above > 0, ~below_ok],
            [PASSEND, np.where(soft, LET_OP, NIET), LET_OP, NIET], PASSEND)
        distance = np.abs(np.nan_to_num(required, nan=own) - own)
        scores = np.where(verdicts == NIET, 0.0, np.clip(1 - 0.15 * distance, 0.3, 1))
        return scores, verdicts

    def reason(self, row: pd.Series, ctx: Context) -> str:
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


def haversine_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    p1, p2 = np.radians(lat), np.radians(lats)
    a = (np.sin((p2 - p1) / 2) ** 2
         + np.cos(p1) * np.cos(p2) * np.sin(np.radians(lons - lon) / 2) ** 2)
    return 6371.0 * 2 * np.arcsin(np.sqrt(a))


class TravelScorer:
    """Estimated one-way minutes from home PC4 to the vacancy, against the widened limit."""

    name = "travel"
    minutes: np.ndarray  # set by score(), read by reason() for the rows shown

    def _limit(self, ctx: Context) -> float:
        own = ctx.profile.travel.max_minutes_one_way
        return max(own, min(own * ctx.stage.travel_multiplier, ctx.stage.travel_max_minutes))

    def _minutes(self, df: pd.DataFrame, ctx: Context) -> np.ndarray:
        home = locate(None, ctx.profile.pc4)
        if home is None:
            return np.full(len(df), np.nan)
        km = haversine_km(home.lat, home.lon, df["lat"].to_numpy(dtype=float),
                          df["lon"].to_numpy(dtype=float))
        return travel_minutes(km, ctx.profile.travel.mode)

    def score(self, df: pd.DataFrame, ctx: Context) -> tuple[np.ndarray, np.ndarray]:
        minutes, limit = self._minutes(df, ctx), self._limit(ctx)
        self.minutes = minutes
        verdicts = np.where(np.isnan(minutes), LET_OP, np.where(minutes <= limit, PASSEND, NIET))
        scores = np.where(np.isnan(minutes), 0.6, np.clip(1 - 0.5 * minutes / limit, 0, 1))
        return np.where(verdicts == NIET, 0.0, scores), verdicts

    def reason(self, row: pd.Series, ctx: Context) -> str:
        limit = self._limit(ctx)
        minutes = self.minutes[row.name]
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

    def score(self, df: pd.DataFrame, ctx: Context) -> tuple[np.ndarray, np.ndarray]:
        hours, limit = df["hours_min"].to_numpy(dtype=float), self._limit(ctx)
        if limit is None:
            return np.ones(len(df)), np.full(len(df), PASSEND)
        verdicts = np.where(np.isnan(hours), LET_OP, np.where(hours <= limit, PASSEND, NIET))
        return np.select([verdicts == PASSEND, verdicts == LET_OP], [1.0, 0.6], 0.0), verdicts

    def reason(self, row: pd.Series, ctx: Context) -> str:
        limit = self._limit(ctx)
        if limit is None:
            return "geen urenbeperking"
        if not _known(row["hours_min"]):
            return f"aantal uren niet bekend; maximaal {limit:g} uur per week"
        side = "binnen" if row["hours_min"] <= limit else "boven"
        return f"minimaal {row['hours_min']:g} uur per week, {side} het maximum van {limit:g} uur"


class DirectionScorer:
    """Title against search directions and experience, description against experience text.

    A match that rests only on the last job's title scores at most 0.5 (the employee usually
    cannot do that job any more), unless the FML verdict is passend on known demands. Fuzzy title
    matching runs only on rows in ``alive`` (rows not yet excluded by a cheaper criterion); the
    TF-IDF model is fitted on all rows so a row's score does not depend on which others survived.
    """

    name = "direction"

    def __init__(self, fml_verdicts: np.ndarray, alive: np.ndarray) -> None:
        self.fml_verdicts, self.alive = fml_verdicts, alive
        self.parts: dict[str, np.ndarray] = {}

    def _parts(self, df: pd.DataFrame, ctx: Context) -> dict[str, np.ndarray]:
        p = ctx.profile
        titles = df["title"].fillna("").str.lower().tolist()

        def best(targets: list[str]) -> np.ndarray:
            return np.array([
                max((fuzz.token_set_ratio(t, x.lower()) for x in targets), default=0) / 100
                if alive else 0.0 for t, alive in zip(titles, self.alive, strict=True)])

        last = p.last_job.title.lower() if p.last_job else ""
        other_exp = [e.title for e in p.experience if e.title.lower() != last]
        profile_text = " ".join([*(e.description for e in p.experience), *p.skills,
                                 *p.search_directions])
        texts = (df["title"].fillna("") + " " + df["description"].fillna("")).tolist()
        tfidf = np.zeros(len(df))
        if profile_text.strip() and any(t.strip() for t in texts):
            matrix = TfidfVectorizer().fit_transform([profile_text, *texts])
            tfidf = (matrix[1:] @ matrix[0].T).toarray().ravel()
        excluded = np.array([
            any(fuzz.partial_ratio(x.lower(), t) >= 90 for x in p.exclude.titles) for t in titles
        ], dtype=bool) | df["employer"].fillna("").isin(p.exclude.employers).to_numpy()
        return {"directions": best(p.search_directions), "experience": best(other_exp),
                "last_job": best([last] if last else []), "tfidf": tfidf, "excluded": excluded}

    def score(self, df: pd.DataFrame, ctx: Context) -> tuple[np.ndarray, np.ndarray]:
        parts = self.parts = self._parts(df, ctx)
        own = np.maximum.reduce([parts["directions"], 0.9 * parts["experience"],
                                 np.clip(2 * parts["tfidf"], 0, 1)])
        last = np.where(self.fml_verdicts == PASSEND, parts["last_job"],
                        np.minimum(parts["last_job"], 0.5))
        scores = np.maximum(own, last)
        verdicts = np.where(parts["excluded"], NIET, np.where(scores >= 0.3, PASSEND, LET_OP))
        return np.where(verdicts == NIET, 0.0, scores), verdicts

    def reason(self, row: pd.Series, ctx: Context) -> str:
        parts = {k: v[row.name] for k, v in self.parts.items()}
        if parts["excluded"]:
            return "functie of werkgever is uitgesloten in het zoekprofiel"
        text = (f"titel past {parts['directions']:.0%} bij de zoekrichtingen en "
                f"{parts['experience']:.0%} bij eerdere functies; tekst lijkt "
                f"{parts['tfidf']:.0%} op ervaring en vaardigheden")
        if parts["last_job"] > max(parts["directions"], parts["experience"]):
            text += "; lijkt vooral op de laatste functie, die mogelijk niet meer past"
        return text

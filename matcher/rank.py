"""Rank open vacancies for one zoekprofiel: every criterion vectorised, explanations on demand."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
from sqlite_utils import Database

from ingest.store import iter_vacancies
from matcher import scorers
from matcher.policy import Policy, weeks_sick
from profiles.model import Zoekprofiel

COLUMNS = ["id", "title", "employer", "description", "lat", "lon", "salary_min", "salary_max",
           "hours_min", "education_level", "education_soft", "demands", "occupation"]


@dataclass
class Criterion:
    criterion: str
    score: float
    verdict: str
    reason: str


@dataclass
class Result:
    vacancy_id: str
    title: str
    employer: str | None
    score: float
    verdict: str
    criteria: list[Criterion]


@dataclass
class MatchResult:
    profile: str
    on: date
    stage: str
    policy_version: str
    results: list[Result] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["on"] = self.on.isoformat()
        return data


def load_frame(db: Database) -> pd.DataFrame:
    """Open vacancies as one DataFrame, loaded once per match."""
    return to_frame(iter_vacancies(db, columns=COLUMNS))


def to_frame(rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """Vacancy rows as a DataFrame (numeric columns as floats, unknown as NaN)."""
    df = pd.DataFrame([{c: row.get(c) for c in COLUMNS} for row in rows], columns=COLUMNS)
    for column in ("lat", "lon", "salary_min", "salary_max", "hours_min", "education_level"):
        df[column] = pd.to_numeric(df[column], errors="coerce").astype(float)
    return df.reset_index(drop=True)


def prepare_frame(df: pd.DataFrame) -> scorers.Frame:
    """Prepare a vacancy frame once to score many profiles against it (weekly job, bench)."""
    return scorers.Frame.build(df)


def match(db: Database, profile: Zoekprofiel, on: date, policy: Policy, *,
          include_all: bool = False, limit: int | None = None) -> MatchResult:
    """Score every open vacancy; by default only passend and let_op rows are returned."""
    return score_frame(load_frame(db), profile, on, policy, include_all=include_all, limit=limit)


def score_frame(frame: pd.DataFrame | scorers.Frame, profile: Zoekprofiel, on: date,
                policy: Policy, *, include_all: bool = False, limit: int | None = None,
                vacancy_ids: Collection[str] | None = None) -> MatchResult:
    """Score the vacancies in ``frame`` (see :func:`to_frame`, :func:`prepare_frame`), best first.

    Overall verdict is the worst criterion verdict; the score is the weighted mean of criterion
    scores, 0 when niet_passend. By default the criteria run as a cascade, cheap hard limits
    first (travel box, then travel, hours, FML, wage, education), each only on the rows the
    previous ones left; direction (fuzzy titles, TF-IDF) runs on the survivors and explanations
    only for the rows returned. ``include_all`` scores every row; ``vacancy_ids`` returns just
    those rows, whatever their verdict (for explain and feedback).
    """
    data = frame if isinstance(frame, scorers.Frame) else prepare_frame(frame)
    stage = policy.stage(weeks_sick(profile.first_sick_day, on))
    ctx = scorers.Context(profile, stage, policy)
    prune = vacancy_ids is None and not include_all
    if vacancy_ids is not None:
        rows = np.flatnonzero(data.df["id"].isin(list(vacancy_ids)).to_numpy())
    else:
        rows = scorers.TravelScorer().candidates(data, ctx) if prune else np.arange(len(data))
    rows, results, used = _criteria(data, ctx, rows, prune)
    verdicts = np.maximum.reduce([results[s.name][1] for s in used])
    weights = np.array([policy.weights.get(s.name, 1.0) for s in used])
    matrix = np.vstack([results[s.name][0] for s in used])
    scores = np.where(verdicts == scorers.NIET, 0.0, weights @ matrix / weights.sum())
    order = np.lexsort((data.id_rank[rows], -np.round(scores, 6)))
    out = MatchResult(profile.id, on, stage.name, policy.version)
    for j in order[:limit] if limit else order:
        row = data.row(rows[j])
        criteria = [Criterion(s.name, round(float(results[s.name][0][j]), 3),
                              scorers.VERDICTS[results[s.name][1][j]], s.reason(row, ctx))
                    for s in used]
        out.results.append(Result(row["id"], row["title"], row["employer"],
                                  round(float(scores[j]), 3), scorers.VERDICTS[verdicts[j]],
                                  criteria))
    return out


def exclusion_counts(frame: scorers.Frame, profile: Zoekprofiel, on: date,
                     policy: Policy) -> dict[str, int]:
    """How many open vacancies each criterion finds niet passend (a vacancy counts for every
    criterion that excludes it); scored without explanations, for the weekly list's shortfall."""
    ctx = scorers.Context(profile, policy.stage(weeks_sick(profile.first_sick_day, on)), policy)
    _, results, used = _criteria(frame, ctx, np.arange(len(frame)), prune=False)
    return {s.name: int((results[s.name][1] == scorers.NIET).sum()) for s in used}


def _criteria(data: scorers.Frame, ctx: scorers.Context, rows: np.ndarray, prune: bool
              ) -> tuple[np.ndarray, dict[str, tuple[np.ndarray, np.ndarray]], list[Any]]:
    """Score and verdict per criterion for ``rows``; with ``prune`` each criterion drops the
    rows it finds niet passend before the next runs. Returns the rows left, the per-criterion
    (scores, verdicts) for those rows, and the scorers in output order."""
    fml, hours, wage = scorers.FmlScorer(), scorers.HoursScorer(), scorers.WageScorer()
    education, travel = scorers.EducationScorer(), scorers.TravelScorer()
    results: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def run(scorer: Any) -> None:
        nonlocal rows, results
        results[scorer.name] = scorer.score(data, ctx, rows)
        if prune:
            alive = results[scorer.name][1] < scorers.NIET
            rows = rows[alive]
            results = {name: (s[alive], v[alive]) for name, (s, v) in results.items()}

    for scorer in (travel, hours, fml, wage, education):
        run(scorer)
    direction = scorers.DirectionScorer(results["fml"][1])
    run(direction)
    used = [fml, hours, wage, education, travel, direction]  # the order of the output
    return rows, results, used

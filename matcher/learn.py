"""Fit criterion weights from coach feedback: a proposal shown next to the policy, never applied.

Each example is the latest judgement of one (profile, vacancy) pair, with the per-criterion scores
snapshotted when it was given. A logistic regression on those scores says how much each criterion
moves a coach towards *relevant*; its coefficients, negatives set to 0 (a criterion cannot count
against a vacancy for scoring well), are scaled to the sum of the current weights, so the
proposal reads on the policy's own scale.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sqlite_utils import Database

from matcher.feedback import POSITIVE, list_feedback
from matcher.policy import CRITERIA, Policy


class NotEnoughFeedback(ValueError):
    """Too few examples, or only one kind of label: nothing sensible to propose (Dutch text)."""


@dataclass
class Proposal:
    policy_version: str
    examples: int
    positive: int
    negative: int
    current: dict[str, float]
    proposed: dict[str, float]
    coefficients: dict[str, float]
    folds: int  # 0 when there were too few examples of one label to cross-validate
    cv_auc_proposed: float | None
    cv_auc_current: float | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def examples(db: Database) -> tuple[np.ndarray, np.ndarray]:
    """Score matrix (one column per criterion) and labels (1 = positive), one row per pair."""
    latest = {(row["profile_id"], row["vacancy_id"]): row for row in list_feedback(db)}
    rows = list(latest.values())
    x = np.array([[row["scores"].get(c, 0.0) for c in CRITERIA] for row in rows], dtype=float)
    y = np.array([row["label"] in POSITIVE for row in rows], dtype=int)
    return x.reshape(len(rows), len(CRITERIA)), y


def _weights(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Fitted coefficients and the non-negative weights they give (not yet scaled)."""
    coefficients = LogisticRegression(max_iter=1000).fit(x, y).coef_[0]
    return coefficients, np.clip(coefficients, 0, None)


def propose(db: Database, policy: Policy, min_examples: int = 20) -> Proposal:
    """The weight proposal from all stored feedback; raises :class:`NotEnoughFeedback`."""
    x, y = examples(db)
    positive = int(y.sum())
    negative = len(y) - positive
    if len(y) < min_examples:
        raise NotEnoughFeedback(
            f"te weinig feedback om gewichten te leren: {len(y)} voorbeelden, minimaal "
            f"{min_examples} nodig; leg meer vast met 'passend feedback add'")
    if not positive or not negative:
        kind = "relevant" if negative == 0 else "niet relevant"
        raise NotEnoughFeedback(
            f"alle {len(y)} voorbeelden zijn {kind}; er is ook feedback van de andere soort "
            "nodig om gewichten te leren")
    current = np.array([policy.weights.get(c, 1.0) for c in CRITERIA])
    coefficients, weights = _weights(x, y)
    if not weights.any():
        raise NotEnoughFeedback("geen enkel criterium hangt samen met positieve feedback; "
                                "de huidige gewichten blijven het beste voorstel")
    folds = min(5, positive, negative)
    auc_proposed = auc_current = None
    if folds >= 2:
        split = StratifiedKFold(folds, shuffle=True, random_state=0).split(x, y)
        pairs = [(roc_auc_score(y[test], x[test] @ _weights(x[train], y[train])[1]),
                  roc_auc_score(y[test], x[test] @ current)) for train, test in split]
        auc_proposed, auc_current = (round(float(v), 3) for v in np.mean(pairs, axis=0))
    scaled = weights * current.sum() / weights.sum()
    return Proposal(policy.version, len(y), positive, negative,
                    dict(zip(CRITERIA, current.tolist(), strict=True)),
                    {c: round(float(w), 2) for c, w in zip(CRITERIA, scaled, strict=True)},
                    {c: round(float(w), 3) for c, w in zip(CRITERIA, coefficients, strict=True)},
                    folds if folds >= 2 else 0, auc_proposed, auc_current)


def bump_version(version: str) -> str:
    """``2026.1`` -> ``2026.2``; a version without a trailing number gets ``.1``."""
    if re.search(r"\d+$", version):
        return re.sub(r"\d+$", lambda m: str(int(m.group()) + 1), version)
    return f"{version}.1"


def write_policy(policy: Policy, proposal: Proposal, path: Path) -> Policy:
    """Write ``policy`` with the proposed weights and a bumped version, for the user to review."""
    data = policy.model_dump(mode="json")
    data.update(version=bump_version(policy.version), weights=proposal.proposed)
    proposed = Policy.model_validate(data)
    header = (f"# Voorstel van 'passend learn' op basis van {proposal.examples} voorbeelden "
              f"(beleid {policy.version} als basis).\n# Controleer de gewichten voordat je dit "
              "bestand met --policy gebruikt.\n")
    path.write_text(header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8")
    return proposed

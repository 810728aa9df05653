"""Coach feedback on offered vacancies, stored with a snapshot of the scores for ``passend learn``.

The snapshot (per-criterion scores, verdict, policy version and stage at the time) is what learning
uses, so a vacancy that expired later, or a policy that changed since, does not lose its example.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from ingest.store import decode, iter_vacancies, now_iso
from matcher.policy import Policy
from matcher.rank import score_frame, to_frame
from profiles.model import Zoekprofiel
from profiles.privacy import MESSAGE, looks_like_diagnosis

LABELS = ("relevant", "not_relevant", "applied", "invited", "hired")
POSITIVE = frozenset({"relevant", "applied", "invited", "hired"})
LABEL_TEXT = {"relevant": "relevant", "not_relevant": "niet relevant",
              "applied": "gesolliciteerd", "invited": "uitgenodigd", "hired": "aangenomen"}


def add_feedback(db: Database, profile: Zoekprofiel, vacancy_id: str, label: str, on: date,
                 policy: Policy, notes: str | None = None) -> int:
    """Store one judgement with the scores the vacancy gets now; returns the feedback id.

    The vacancy is scored among all open vacancies (as ``passend match`` does), also when it has
    expired since it was offered.
    """
    if label not in LABELS:
        raise ValueError(f"label {label!r} onbekend; kies uit {', '.join(LABELS)}")
    if notes and looks_like_diagnosis(notes):  # the same rule as for profiles (AVG)
        raise ValueError(f"notes: {MESSAGE}")
    rows = list(iter_vacancies(db))
    if not any(row["id"] == vacancy_id for row in rows):
        try:
            rows.append(decode(db["vacancies"].get(vacancy_id)))
        except NotFoundError:
            raise KeyError(f"vacature {vacancy_id} bestaat niet; zie 'passend vacancies "
                           "--all'") from None
    result = score_frame(to_frame(rows), profile, on, policy, vacancy_ids=[vacancy_id])
    scored = result.results[0]
    return db["feedback"].insert({
        "profile_id": profile.id, "vacancy_id": vacancy_id, "label": label,
        "on": on.isoformat(), "notes": notes, "title": scored.title,
        "scores": json.dumps({c.criterion: c.score for c in scored.criteria}),
        "verdict": scored.verdict, "policy_version": result.policy_version,
        "stage": result.stage, "created_at": now_iso(),
    }).last_pk


def list_feedback(db: Database, profile_id: str | None = None) -> list[dict[str, Any]]:
    """Stored feedback, oldest first, scores decoded."""
    where, args = ("profile_id = ?", [profile_id]) if profile_id else (None, [])
    return [{**row, "scores": json.loads(row["scores"])}
            for row in db["feedback"].rows_where(where, args, order_by="id")]

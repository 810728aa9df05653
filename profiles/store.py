"""Profiles in the store: every change is a new version, so the dossier can show what held when."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlite_utils import Database

from ingest.store import now_iso
from profiles.model import Zoekprofiel


def _canonical(profile: Zoekprofiel) -> str:
    return json.dumps(profile.model_dump(mode="json"), ensure_ascii=False, sort_keys=True)


def add_profile(db: Database, profile: Zoekprofiel) -> str:
    """Store a profile; returns ``"new"``, ``"updated"`` or ``"unchanged"``.

    Identical content adds no version (but re-activates a removed profile).
    """
    payload = _canonical(profile)
    existing = _row(db, profile.id)
    if existing is not None:
        current = db["profile_versions"].get((profile.id, existing["version"]))
        if current["profile"] == payload:
            db["profiles"].update(profile.id, {"active": 1})
            return "unchanged"
    version = existing["version"] + 1 if existing else 1
    with db.conn:
        db["profile_versions"].insert(
            {"profile_id": profile.id, "version": version, "stored_at": now_iso(),
             "valid_from": profile.profile_set_on.isoformat(), "profile": payload}
        )
        db["profiles"].upsert({"id": profile.id, "version": version, "active": 1}, pk="id")
    return "updated" if existing else "new"


def _row(db: Database, profile_id: str) -> dict[str, Any] | None:
    rows = list(db["profiles"].rows_where("id = ?", [profile_id], limit=1))
    return rows[0] if rows else None


def get_profile(db: Database, id: str, on: date | None = None) -> tuple[Zoekprofiel, int]:
    """The profile version valid on ``on`` (the current version when ``on`` is None)."""
    if on is None:
        row = _row(db, id)
        if row is None:
            raise KeyError(f"profiel {id} bestaat niet")
        where, args = "profile_id = ? and version = ?", [id, row["version"]]
    else:
        where, args = "profile_id = ? and valid_from <= ?", [id, on.isoformat()]
    rows = list(db["profile_versions"].rows_where(
        where, args, order_by="valid_from desc, version desc", limit=1))
    if not rows:
        raise KeyError(f"profiel {id} heeft geen versie geldig op {on}")
    return Zoekprofiel.model_validate_json(rows[0]["profile"]), rows[0]["version"]


def list_profiles(db: Database) -> list[dict[str, Any]]:
    """Active profiles with their current version (no contents beyond what a list needs)."""
    return list(db["profiles"].rows_where("active = 1", order_by="id"))


def remove_profile(db: Database, id: str) -> bool:
    """Deactivate a profile; its versions stay for the dossier. False when it does not exist."""
    if _row(db, id) is None:
        return False
    db["profiles"].update(id, {"active": 0})
    return True

"""Applications and contacts: the evidence a coach records for the Poortwachter dossier.

An application keeps its current status in ``applications`` and every change (the first one
included) in ``application_events``, so the dossier can show how each application went. Contacts,
actions, agency registrations and warnings go to ``contacts`` under a short stable ``kind`` key.
Functions raise :class:`TrackingError` with a Dutch message that names the field and what would
work; they never echo profile contents.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlite_utils import Database

from ingest.store import now_iso
from profiles.poortwachter import MILESTONES

STATUS_LABELS = {"applied": "gesolliciteerd", "invited": "uitgenodigd", "rejected": "afgewezen",
                 "hired": "aangenomen", "withdrawn": "ingetrokken"}
# Allowed next statuses; rejected, hired and withdrawn are final. ``invited`` may repeat (a second
# interview is a new event).
TRANSITIONS = {"applied": {"invited", "rejected", "hired", "withdrawn"},
               "invited": {"invited", "rejected", "hired", "withdrawn"},
               "rejected": set(), "hired": set(), "withdrawn": set()}

HOW_LABELS = {"sollicitatiebrief": "sollicitatiebrief", "online": "online formulier",
              "telefonisch": "telefonisch", "open-sollicitatie": "open sollicitatie",
              "via-uitzendbureau": "via uitzendbureau", "via-netwerk": "via netwerk",
              "persoonlijk": "persoonlijk langsgegaan"}

# Stable keys of contact kinds (documented in README.md) and their Dutch labels.
KIND_LABELS = {"werknemer": "contact met werknemer",
               "reintegratiebedrijf": "contact met re-integratiebedrijf",
               "uitzendbureau": "inschrijving uitzendbureau",
               "bedrijfsarts": "contact met bedrijfsarts of arbodienst",
               "voortgang": "voortgang plan van aanpak",
               "poortwachter": "poortwachtermoment afgerond",
               "waarschuwing": "waarschuwing",
               "overig": "overig"}
MILESTONE_KEYS = tuple(key for key, _, _ in MILESTONES)


class TrackingError(ValueError):
    """Invalid input for an application or contact; the message is Dutch and says what works."""


def how_key(text: str) -> str:
    """``open sollicitatie`` and ``Open-Sollicitatie`` both become the key ``open-sollicitatie``."""
    key = "-".join(text.strip().lower().split())
    if key not in HOW_LABELS:
        raise TrackingError(f"how: '{text}' is geen bekende wijze; kies uit "
                            f"{', '.join(HOW_LABELS)}")
    return key


def _require_profile(db: Database, profile_id: str) -> None:
    if not list(db["profiles"].rows_where("id = ?", [profile_id], limit=1)):
        raise TrackingError(f"profile: profiel {profile_id} bestaat niet; zie "
                            "'passend profiles list'")


def _vacancy_fields(db: Database, profile_id: str, vacancy_id: str) -> dict[str, Any] | None:
    """Title and employer of a stored vacancy, else of the weekly list item that offered it."""
    for table, where, args in (("vacancies", "id = ?", [vacancy_id]),
                               ("weekly_items", "profile_id = ? and vacancy_id = ?",
                                [profile_id, vacancy_id])):
        rows = list(db[table].rows_where(where, args, select="title, employer", limit=1))
        if rows:
            return rows[0]
    return None


def add_application(db: Database, profile_id: str, *, on: date, how: str,
                    vacancy_id: str | None = None, status: str = "applied", notes: str = "",
                    title: str | None = None, employer: str | None = None) -> int:
    """Record an application and its first event; returns the application id.

    Title and employer come from the store when ``vacancy_id`` is known; a vacancy the employee
    found elsewhere needs ``title`` (and preferably ``employer``) instead.
    """
    _require_profile(db, profile_id)
    how = how_key(how)
    if status not in STATUS_LABELS:
        raise TrackingError(f"status: '{status}' bestaat niet; kies uit {', '.join(STATUS_LABELS)}")
    if vacancy_id:
        _refuse_duplicate(db, profile_id, vacancy_id)
        found = _vacancy_fields(db, profile_id, vacancy_id)
        if found is None and not title:
            raise TrackingError(f"vacancy: vacature {vacancy_id} staat niet in de database; "
                                "geef --title en --employer voor een elders gevonden vacature")
        title, employer = title or found["title"], employer or (found or {}).get("employer")
    elif not title:
        raise TrackingError("vacancy: geef --vacancy ID, of --title (en --employer) voor een "
                            "vacature die de werknemer zelf vond")
    stamp = now_iso()
    with db.conn:
        app_id = db["applications"].insert({
            "profile_id": profile_id, "vacancy_id": vacancy_id, "applied_on": on.isoformat(),
            "how": how, "status": status, "notes": notes, "title": title,
            "employer": employer, "created_at": stamp, "updated_at": stamp}).last_pk
        _event(db, app_id, on, status, notes)
    return int(app_id)


def _refuse_duplicate(db: Database, profile_id: str, vacancy_id: str) -> None:
    rows = list(db["applications"].rows_where("profile_id = ? and vacancy_id = ?",
                                               [profile_id, vacancy_id], select="id", limit=1))
    if rows:
        raise TrackingError(f"vacancy: er is al sollicitatie {rows[0]['id']} op vacature "
                            f"{vacancy_id}; werk die bij met 'passend applications update "
                            f"{rows[0]['id']}'")


def _event(db: Database, app_id: int, on: date, status: str, notes: str) -> None:
    db["application_events"].insert({"application_id": app_id, "on": on.isoformat(),
                                     "status": status, "notes": notes})


def update_application(db: Database, app_id: int, status: str, on: date,
                       notes: str = "") -> None:
    """Move an application to ``status``; the change is kept as an event."""
    rows = list(db["applications"].rows_where("id = ?", [app_id], limit=1))
    if not rows:
        raise TrackingError(f"sollicitatie {app_id} bestaat niet; zie 'passend applications list'")
    current = rows[0]
    allowed, now = TRANSITIONS[current["status"]], STATUS_LABELS[current["status"]]
    if not allowed:
        raise TrackingError(f"status: sollicitatie {app_id} is {now}; die status is definitief "
                            "en verandert niet meer")
    if status not in allowed:
        raise TrackingError(f"status: sollicitatie {app_id} is {now}; naar '{status}' kan niet "
                            f"(mogelijk: {', '.join(sorted(allowed))})")
    last = _events(db, [app_id])[app_id][-1]["on"]
    if on.isoformat() < last:
        raise TrackingError(f"on: {on} ligt vóór de vorige wijziging ({last}); kies een datum "
                            f"op of na {last}")
    with db.conn:
        db["applications"].update(app_id, {"status": status, "updated_at": now_iso()})
        _event(db, app_id, on, status, notes)


def _events(db: Database, ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    found: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    if ids:
        rows = db["application_events"].rows_where(
            f"application_id in ({', '.join('?' * len(ids))})", ids, order_by='"on", id')
        for row in rows:
            found[row["application_id"]].append(row)
    return found


def list_applications(db: Database, profile_id: str | None = None) -> list[dict[str, Any]]:
    """Applications (oldest first) with their ``events`` in order."""
    where, args = ("profile_id = ?", [profile_id]) if profile_id else (None, [])
    rows = list(db["applications"].rows_where(where, args, order_by="applied_on, id"))
    events = _events(db, [row["id"] for row in rows])
    return [{**row, "events": events[row["id"]]} for row in rows]


def milestone_of(what: str) -> str | None:
    """The poortwachter milestone key a ``poortwachter`` contact starts with, if any."""
    words = what.replace(":", " ").split()
    return words[0].lower() if words and words[0].lower() in MILESTONE_KEYS else None


def add_contact(db: Database, profile_id: str, *, kind: str, who: str, what: str, on: date,
                agreements: str = "", follow_up: date | None = None) -> int:
    """Record a contact, action, agency registration or warning; returns its id."""
    _require_profile(db, profile_id)
    if kind not in KIND_LABELS:
        raise TrackingError(f"kind: '{kind}' bestaat niet; kies uit {', '.join(KIND_LABELS)}")
    if not who.strip() or not what.strip():
        raise TrackingError("who/what: beide zijn verplicht; noem wie er sprak en waarover")
    if kind == "poortwachter" and milestone_of(what) is None:
        raise TrackingError("what: begin met het afgeronde poortwachtermoment; kies uit "
                            f"{', '.join(MILESTONE_KEYS)} (bijvoorbeeld 'plan-van-aanpak: "
                            "bijgesteld')")
    if follow_up is not None and follow_up < on:
        raise TrackingError(f"follow-up: {follow_up} ligt vóór het contact ({on}); kies een "
                            "latere datum")
    return int(db["contacts"].insert({
        "profile_id": profile_id, "on": on.isoformat(), "kind": kind, "who": who.strip(),
        "what": what.strip(), "agreements": agreements,
        "follow_up": follow_up.isoformat() if follow_up else None,
        "created_at": now_iso()}).last_pk)


def list_contacts(db: Database, profile_id: str | None = None) -> list[dict[str, Any]]:
    """Contacts oldest first."""
    where, args = ("profile_id = ?", [profile_id]) if profile_id else (None, [])
    return list(db["contacts"].rows_where(where, args, order_by='"on", id'))

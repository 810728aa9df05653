"""Applications, contacts and compliance: the evidence a coach records, checked per period."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from matcher import compliance, tracking
from matcher.cli import cli
from profiles.store import add_profile
from profiles.validate import load_file

EXAMPLES = Path(__file__).parent.parent / "profiles" / "examples"
PROFILE = "wn-magazijn-0101"  # first sick day 2025-02-03, zoekprofiel set on 2026-01-12 (W03)

# Week, then (vacancy id, title, employer, place, score, verdict) in rank order.
WEEKLY = {
    "2026-W03": [("vac-voorraad-01", "Voorraadadministrateur", "Bouwmaterialen Twente BV",
                  "Hengelo", 0.82, "passend"),
                 ("vac-planner-02", "Planner binnendienst", "Transportbedrijf Van Dijk",
                  "Enschede", 0.74, "passend"),
                 ("vac-balie-03", "Baliemedewerker magazijn", "Technische Groothandel Oost",
                  "Borne", 0.61, "let_op")],
    "2026-W04": [("vac-inkoop-04", "Medewerker inkoopadministratie", "Meubelfabriek Oldenzaal",
                  "Oldenzaal", 0.77, "passend"),
                 ("vac-data-05", "Medewerker data-invoer", "Zorgverzekeraar Oost",
                  "Enschede", 0.55, "let_op")],
}


def add_example(db: Database, name: str) -> str:
    profile = load_file(str(EXAMPLES / f"{name}.yaml")).profile
    assert profile is not None
    add_profile(db, profile)
    return profile.id


def add_weekly_list(db: Database, profile_id: str, week: str,
                    items: list[tuple[str, str, str, str, float, str]],
                    shortfall: dict[str, Any] | None = None) -> None:
    """A weekly list as the weekly job stores it (the builder lives on another branch)."""
    db["weekly_lists"].insert({
        "profile_id": profile_id, "week": week, "created_at": f"{week}T06:00",
        "profile_version": 1, "policy_version": "2026.1", "stage": "P2", "quota": 5,
        "shortfall": json.dumps(shortfall, ensure_ascii=False) if shortfall else None})
    db["weekly_items"].insert_all(
        {"profile_id": profile_id, "week": week, "rank": rank, "vacancy_id": vid,
         "score": score, "verdict": verdict, "criteria": "[]", "title": title,
         "employer": employer, "place": place, "url": f"https://werkenbij.example/{vid}",
         "hours_text": "24-32 uur", "salary_text": "€ 2.600 - € 3.000 bruto per maand",
         "travel_minutes": 18.0}
        for rank, (vid, title, employer, place, score, verdict) in enumerate(items, start=1))


def seed_trail(db: Database) -> None:
    """Magazijn profile, weeks W03-W09 of 2026: W06 has no application, one agency, no
    re-integratiebedrijf contact in February, eerstejaarsevaluatie not recorded as done."""
    add_example(db, PROFILE)
    add_weekly_list(db, PROFILE, "2026-W03", WEEKLY["2026-W03"])
    add_weekly_list(db, PROFILE, "2026-W04", WEEKLY["2026-W04"],
                    {"reden": "3 van 5 vacatures", "meest uitgesloten door": "reistijd"})
    first = tracking.add_application(db, PROFILE, vacancy_id="vac-voorraad-01",
                                     on=date(2026, 1, 20), how="sollicitatiebrief")
    tracking.update_application(db, first, "invited", date(2026, 1, 27), "gesprek op 29 januari")
    tracking.update_application(db, first, "rejected", date(2026, 2, 3),
                                "gekozen voor een interne kandidaat")
    tracking.add_application(db, PROFILE, title="Medewerker planning", employer="Bouwmarkt "
                             "Hengelo", on=date(2026, 1, 28), how="open sollicitatie")
    for day, vacancy in ((date(2026, 2, 11), "vac-inkoop-04"), (date(2026, 2, 17), None),
                         (date(2026, 2, 25), "vac-data-05")):
        tracking.add_application(db, PROFILE, vacancy_id=vacancy, on=day, how="online",
                                 title=None if vacancy else "=HYPERLINK(\"https://x.example\")",
                                 employer=None if vacancy else "+31 74 000 0000")
    contacts = [
        ("uitzendbureau", "Uitzendbureau Tempo Hengelo", "ingeschreven voor administratief werk",
         date(2026, 1, 14)),
        ("werknemer", "casemanager", "maandgesprek; sollicitaties doorgenomen", date(2026, 2, 5)),
        ("reintegratiebedrijf", "jobcoach Werkfit Oost", "zoekrichting planning toegevoegd",
         date(2026, 1, 22)),
        ("voortgang", "jobcoach Werkfit Oost", "-2 uur per week reistijd afgesproken",
         date(2026, 2, 19)),
    ] + [("poortwachter", "casemanager", f"{key}: afgerond", date(2026, 1, 12))
         for key in ("probleemanalyse", "plan-van-aanpak", "ziekmelding-uwv")]
    for kind, who, what, day in contacts:
        tracking.add_contact(db, PROFILE, kind=kind, who=who, what=what, on=day,
                             agreements="volgende maand evalueren")


def test_application_lifecycle_keeps_every_event(fresh_db: Database) -> None:
    seed_trail(fresh_db)
    apps = tracking.list_applications(fresh_db, PROFILE)
    first = apps[0]
    assert (first["title"], first["employer"]) == ("Voorraadadministrateur",
                                                   "Bouwmaterialen Twente BV")
    assert [(e["on"], e["status"]) for e in first["events"]] == [
        ("2026-01-20", "applied"), ("2026-01-27", "invited"), ("2026-02-03", "rejected")]
    assert first["status"] == "rejected" and first["how"] == "sollicitatiebrief"
    assert apps[1]["vacancy_id"] is None and apps[1]["how"] == "open-sollicitatie"


def test_vacancy_title_copied_from_store(fresh_db: Database) -> None:
    add_example(fresh_db, PROFILE)
    fresh_db["vacancies"].insert({"id": "v-7", "title": "Magazijnadministrateur",
                                  "employer": "Fietsgroothandel Almelo", "status": "open"})
    app_id = tracking.add_application(fresh_db, PROFILE, vacancy_id="v-7", on=date(2026, 3, 2),
                                      how="online")
    assert fresh_db["applications"].get(app_id)["employer"] == "Fietsgroothandel Almelo"


@pytest.mark.parametrize(("path", "target", "message"), [
    (["rejected"], "invited", "is afgewezen; die status is definitief"),
    (["hired"], "withdrawn", "definitief"),
    (["withdrawn"], "applied", "is ingetrokken"),
    ([], "applied", "mogelijk: hired, invited, rejected, withdrawn"),
])
def test_invalid_transitions_rejected(fresh_db: Database, path: list[str], target: str,
                                      message: str) -> None:
    add_example(fresh_db, PROFILE)
    app_id = tracking.add_application(fresh_db, PROFILE, title="Planner", employer="Van Dijk",
                                      on=date(2026, 3, 2), how="telefonisch")
    for status in path:
        tracking.update_application(fresh_db, app_id, status, date(2026, 3, 9))
    with pytest.raises(tracking.TrackingError, match=message):
        tracking.update_application(fresh_db, app_id, target, date(2026, 3, 16))
    assert len(tracking.list_applications(fresh_db)[0]["events"]) == len(path) + 1


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"vacancy_id": "onbekend-1"}, "staat niet in de database; geef --title"),
    ({}, "geef --vacancy ID, of --title"),
    ({"title": "Planner", "how": "per duif"}, "geen bekende wijze; kies uit sollicitatiebrief"),
    ({"title": "Planner", "profile_id": "wn-0000"}, "profiel wn-0000 bestaat niet"),
    ({"vacancy_id": "vac-voorraad-01"}, "er is al sollicitatie 1 op vacature vac-voorraad-01"),
])
def test_application_errors_say_what_works(fresh_db: Database, kwargs: dict[str, Any],
                                           message: str) -> None:
    seed_trail(fresh_db)
    args = {"profile_id": PROFILE, "on": date(2026, 3, 2), "how": "online"} | kwargs
    with pytest.raises(tracking.TrackingError, match=message):
        tracking.add_application(fresh_db, **args)


def test_update_before_last_event_rejected(fresh_db: Database) -> None:
    seed_trail(fresh_db)
    with pytest.raises(tracking.TrackingError, match="ligt vóór de vorige wijziging"):
        tracking.update_application(fresh_db, 2, "invited", date(2026, 1, 1))


@pytest.mark.parametrize(("kind", "what", "ok"), [
    ("werknemer", "maandgesprek", True),
    ("reintegratiebedrijf", "voortgang zoekprofiel", True),
    ("uitzendbureau", "ingeschreven", True),
    ("waarschuwing", "eerste schriftelijke waarschuwing: geen sollicitaties", True),
    ("overig", "cv bijgewerkt", True),
    ("poortwachter", "plan-van-aanpak: bijgesteld", True),
    ("poortwachter", "gesprek gehad", False),
    ("telefoon", "gebeld", False),
])
def test_log_kinds(fresh_db: Database, kind: str, what: str, ok: bool) -> None:
    add_example(fresh_db, PROFILE)
    add = {"kind": kind, "who": "casemanager", "what": what, "on": date(2026, 3, 2)}
    if ok:
        tracking.add_contact(fresh_db, PROFILE, **add)
        assert tracking.list_contacts(fresh_db, PROFILE)[0]["kind"] == kind
    else:
        with pytest.raises(tracking.TrackingError, match="kies"):
            tracking.add_contact(fresh_db, PROFILE, **add)


def test_compliance_flags(fresh_db: Database) -> None:
    seed_trail(fresh_db)
    profile = load_file(str(EXAMPLES / f"{PROFILE}.yaml")).profile
    assert profile is not None
    result = compliance.check(fresh_db, profile, date(2026, 3, 1))
    assert result.weeks_without_application == ["2026-W06"]
    assert result.agency_registrations == 1
    assert result.months_without_contact == {"werknemer": [],
                                             "reintegratiebedrijf": ["2026-02"]}
    assert result.overdue == ["eerstejaarsevaluatie"]
    kinds = sorted(f.kind for f in result.findings)
    assert kinds == ["agency", "month", "overdue", "week"]
    assert result.severity == 3 + 2 + 1 + 1


def test_week_in_progress_and_due_milestone() -> None:
    assert compliance.ended_weeks(date(2026, 1, 12), date(2026, 1, 31)) == ["2026-W04"]
    assert compliance.ended_weeks(date(2026, 1, 12), date(2026, 2, 1)) == ["2026-W04",
                                                                            "2026-W05"]
    assert compliance.ended_months(date(2025, 11, 20), date(2026, 1, 31)) == ["2025-12",
                                                                              "2026-01"]
    assert compliance.ended_months(date(2025, 12, 1), date(2026, 1, 30)) == []


def test_second_agency_and_done_milestone_clear_flags(fresh_db: Database) -> None:
    seed_trail(fresh_db)
    for kind, who, what in (("uitzendbureau", "Payroll Twente", "ingeschreven"),
                            ("poortwachter", "casemanager", "eerstejaarsevaluatie: besproken")):
        tracking.add_contact(fresh_db, PROFILE, kind=kind, who=who, what=what,
                             on=date(2026, 2, 20))
    result = compliance.check_all(fresh_db, date(2026, 3, 1))[0]
    assert result.agency_registrations == 2 and not result.overdue
    # tweede-spoor falls on 2026-03-16: within DUE_SOON_DAYS of 2026-03-02
    assert compliance.check_all(fresh_db, date(2026, 3, 2))[0].due == ["tweede-spoor"]


def test_status_worst_first(fresh_db: Database, db_path: Path) -> None:
    seed_trail(fresh_db)
    add_example(fresh_db, "wn-kantoor-0103")  # zoekprofiel since 2025-10-20, nothing recorded
    add_example(fresh_db, "wn-schoonmaak-0106")  # zoekprofiel from 2026-05-18, weeks not due
    result = CliRunner().invoke(cli, ["status", "--on", "2026-03-01", "--json",
                                      "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["profile_id"] for r in rows] == ["wn-kantoor-0103", "wn-schoonmaak-0106", PROFILE]
    assert [r["severity"] for r in rows] == sorted((r["severity"] for r in rows), reverse=True)
    assert rows[0]["weeks_without_application"][0] == "2025-W44"
    assert set(rows[2]) >= {"on", "agency_registrations", "months_without_contact", "overdue",
                            "due", "findings"}
    table = CliRunner().invoke(cli, ["status", "--on", "2026-03-01", "--db", str(db_path)])
    assert table.exit_code == 0 and "wn-kantoor-0103" in table.stdout


def test_cli_applications_and_log(db_path: Path, fresh_db: Database) -> None:
    add_example(fresh_db, PROFILE)
    add_weekly_list(fresh_db, PROFILE, "2026-W03", WEEKLY["2026-W03"])

    def run(*args: str) -> Any:
        return CliRunner(env={"COLUMNS": "200"}).invoke(cli, [*args, "--db", str(db_path)])

    added = run("applications", "add", "--profile", PROFILE, "--vacancy", "vac-planner-02",
                "--on", "2026-01-21", "--how", "via uitzendbureau", "--notes", "via Tempo")
    assert added.exit_code == 0 and "sollicitatie 1 vastgelegd" in added.stderr
    assert run("applications", "update", "1", "--status", "invited", "--on",
               "2026-01-26").exit_code == 0
    refused = run("applications", "update", "1", "--status", "applied")
    assert refused.exit_code == 1 and "is uitgenodigd" in refused.stderr
    bad_how = run("applications", "add", "--profile", PROFILE, "--title", "Planner",
                  "--how", "fax")
    assert bad_how.exit_code == 2 and "kies uit" in bad_how.stderr
    bad_kind = run("log", "add", "--profile", PROFILE, "--kind", "telefoon", "--who", "coach",
                   "--what", "gebeld")
    assert bad_kind.exit_code == 2 and "'telefoon' bestaat niet; kies uit werknemer" in \
        bad_kind.stderr
    listed = json.loads(run("applications", "list", "--profile", PROFILE, "--json").stdout)
    assert listed[0]["title"] == "Planner binnendienst" and listed[0]["status"] == "invited"
    assert "Planner binnendienst" in run("applications", "list").stdout
    logged = run("log", "add", "--profile", PROFILE, "--kind", "waarschuwing", "--who",
                 "werkgever", "--what", "eerste schriftelijke waarschuwing", "--follow-up",
                 "2026-02-01", "--on", "2026-01-25")
    assert logged.exit_code == 0, logged.output
    early = run("log", "add", "--profile", PROFILE, "--kind", "werknemer", "--who", "coach",
                "--what", "gesprek", "--follow-up", "2026-01-01", "--on", "2026-01-25")
    assert early.exit_code == 1 and "kies een latere datum" in early.stderr
    contacts = json.loads(run("log", "list", "--json").stdout)
    assert [c["kind"] for c in contacts] == ["waarschuwing"]
    assert "waarschuwing" in run("log", "list", "--profile", PROFILE).stdout

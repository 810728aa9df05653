"""Zoekprofielen: validation messages, diagnosis guard, versioning, poortwachter dates, ICS."""

from __future__ import annotations

from copy import deepcopy
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlite_utils import Database

from profiles import poortwachter
from profiles.calendar import to_ics
from profiles.privacy import looks_like_diagnosis
from profiles.store import add_profile, get_profile, list_profiles, remove_profile
from profiles.validate import load_file, validate

EXAMPLES = Path(__file__).parent.parent / "profiles" / "examples"

BASE: dict[str, Any] = {
    "id": "wn-0042",
    "first_sick_day": "2025-03-03",
    "profile_set_on": "2026-02-16",
    "home_postcode": "8011 PK",
    "experience": [{"title": "Orderpicker", "years": 6, "description": "Orders verzamelen."}],
    "skills": ["heftruckcertificaat"],
    "fml": {"IV.13": 2, "VI.1": [2]},
}


def _with(path: str, value: Any) -> dict[str, Any]:
    """BASE with one (dotted) field set to ``value``."""
    data = deepcopy(BASE)
    if path.startswith("fml."):  # FML codes contain dots themselves
        data["fml"][path.removeprefix("fml.")] = value
        return data
    *parents, last = path.split(".")
    target: Any = data
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target.setdefault(part, {})
    target[last] = value
    return data


def test_base_profile_is_valid() -> None:
    checked = validate(BASE)
    assert checked.problems == []
    assert checked.profile is not None and checked.profile.pc4 == "8011"


@pytest.mark.parametrize(("path", "value", "message"), [
    ("fml.IV.13", 7, "fml.IV.13: 7 is geen optie van Tillen of dragen (0-3)"),
    ("fml.VI.1", [5], "fml.VI.1: [5] zijn geen condities van Perioden van het etmaal "
                      "(kies uit 1, 2)"),
    ("fml.XI.1", 1, "fml.XI.1: onbekend FML-item; gebruik een itemcode zoals IV.13 of VI.1"),
    ("fml.V.4", "veel", "fml.V.4: deze waarde is geen optiecode; geef een getal of een lijst "
                        "van getallen"),
    ("home_postcode", "80111", "home_postcode: geen geldige postcode; verwacht bijv. 8011 AB "
                               "of 8011"),
    ("home_postcode", "1000 AA", "home_postcode: onbekende postcode (niet in de GeoNames-tabel);"
                                 " gebruik een bestaande Nederlandse postcode"),
    ("id", "wn 42", "id: alleen letters, cijfers, '_', '.' en '-', hoogstens 64 tekens "
                    "(bijv. wn-0042)"),
    ("first_sick_day", "3 maart", "first_sick_day: geen geldige datum; schrijf JJJJ-MM-DD "
                                  "(bijv. 2025-03-17)"),
    ("profile_set_on", "2025-01-06", "profile_set_on: ligt vóór first_sick_day; kies een datum "
                                     "op of na de eerste ziektedag"),
    ("second_track_started_on", "2024-12-02", "second_track_started_on: ligt vóór "
     "first_sick_day; kies een datum op of na de eerste ziektedag"),
    ("travel.mode", "scooter", "travel.mode: deze waarde is geen keuze; kies uit 'car', "
                               "'public_transport', 'bicycle', 'on_foot'"),
    ("travel.max_minutes_one_way", 0, "travel.max_minutes_one_way: 0 moet groter zijn dan 0"),
    ("hours.max_per_day", 14, "hours.max_per_day: 14 mag hoogstens 12 zijn"),
    ("weekly_quota", 0, "weekly_quota: 0 moet minstens 1 zijn"),
    ("experience.0.years", -2, "experience.0.years: -2 moet minstens 0 zijn"),
    ("travel.fiets", True, "travel.fiets: onbekend veld; toegestane velden: mode, "
                           "max_minutes_one_way"),
    ("skills", "Excel", "skills: moet een lijst zijn"),
    ("experience.0.rol", "x", "experience.0.rol: onbekend veld; toegestane velden: title, "
                              "years, description"),
    ("last_job", "Orderpicker", "last_job: moet een blok met velden zijn"),
])
def test_each_bad_field_gives_its_dutch_message(path: str, value: Any, message: str) -> None:
    checked = validate(_with(path, value))
    assert checked.problems == [message]
    assert checked.profile is None


def test_missing_field_is_named() -> None:
    data = deepcopy(BASE)
    del data["first_sick_day"]
    assert validate(data).problems == ["first_sick_day: verplicht veld ontbreekt"]


def test_every_problem_is_reported_together_with_date_order() -> None:
    data = _with("fml.IV.13", 7)  # together with a badly typed answer that hides it in pydantic
    data.update(profile_set_on="2025-01-06", weekly_quota=99, home_postcode="1000")
    data["fml"]["V.4"] = "veel"
    problems = validate(data).problems
    assert "fml.IV.13: 7 is geen optie van Tillen of dragen (0-3)" in problems
    assert "weekly_quota: 99 mag hoogstens 50 zijn" in problems
    assert any(p.startswith("fml.V.4:") for p in problems)
    assert any(p.startswith("profile_set_on: ligt vóór") for p in problems)
    assert any(p.startswith("home_postcode: onbekende postcode") for p in problems)
    assert len(problems) == 5


@pytest.mark.parametrize(("path", "value"), [
    ("experience.0.description", "Uitgevallen door een hernia."),
    ("skills", ["plannen", "Burn-out hersteld"]),
    ("notes", "Depressie, behandeling loopt."),
    ("notes", "ICD-10 M51.1"),
    ("notes", "Heeft MS."),
    ("notes", "diagnose: onbekend"),
    ("search_directions", ["werk ondanks diabetes"]),
    ("notes", "reuma en artrose"),
    ("notes", "Cancer survivor"),
])
def test_diagnoses_are_rejected_without_echoing_them(path: str, value: Any) -> None:
    problems = validate(_with(path, value)).problems
    assert len(problems) == 1
    assert problems[0].endswith("lijkt een diagnose te bevatten; sla alleen functionele "
                                "beperkingen (FML) op, geen diagnoses")
    assert problems[0].startswith(path.split(".")[0])
    text = value if isinstance(value, str) else " ".join(value)
    assert text not in problems[0]


@pytest.mark.parametrize("text", [
    "Magazijnmedewerker, gewend aan ms office", "Werkt op afdeling 3 in Zwolle",
    "Postcode 8011 PK", "Kan 5 kg tillen", "Diabetesvoorlichting", "",
])
def test_ordinary_text_is_no_diagnosis(text: str) -> None:
    assert not looks_like_diagnosis(text)


def test_a_diagnosis_as_field_name_is_rejected_and_masked() -> None:
    data = {**BASE, "diagnose": "geheim", "travel": {"hernia": True}}
    problems = validate(data).problems
    assert problems[0] == ("<veldnaam>: lijkt een diagnose te bevatten; sla alleen functionele "
                           "beperkingen (FML) op, geen diagnoses")
    assert "travel.<veldnaam>: onbekend veld; toegestane velden: mode, max_minutes_one_way" \
        in problems
    assert not any(word in p for p in problems for word in ("geheim", "hernia", "diagnose:"))


def test_examples_are_valid() -> None:
    files = sorted(EXAMPLES.glob("*.yaml"))
    assert len(files) >= 6
    for path in files:
        assert load_file(path).problems == [], path.name


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "kapot.yaml"
    path.write_text("id: wn-1\nfml: {IV.13: [\n", encoding="utf-8")
    assert load_file(path).problems[0].startswith("geen geldige YAML (regel")


def test_versions_are_kept_and_identical_content_adds_nothing(fresh_db: Database) -> None:
    first = validate(BASE).profile
    changed = validate({**BASE, "profile_set_on": "2026-05-04",
                        "fml": {"IV.13": 1}}).profile
    assert first is not None and changed is not None
    assert add_profile(fresh_db, first) == "new"
    assert add_profile(fresh_db, first) == "unchanged"
    assert add_profile(fresh_db, changed) == "updated"
    assert fresh_db["profile_versions"].count == 2
    assert get_profile(fresh_db, "wn-0042") == (changed, 2)
    assert get_profile(fresh_db, "wn-0042", on=date(2026, 3, 1)) == (first, 1)
    assert get_profile(fresh_db, "wn-0042", on=date(2026, 5, 4)) == (changed, 2)
    with pytest.raises(KeyError):
        get_profile(fresh_db, "wn-0042", on=date(2026, 1, 1))
    with pytest.raises(KeyError):
        get_profile(fresh_db, "wn-9999")


def test_remove_keeps_versions_but_hides_profile(fresh_db: Database) -> None:
    profile = validate(BASE).profile
    assert profile is not None
    add_profile(fresh_db, profile)
    assert remove_profile(fresh_db, "wn-0042")
    assert list_profiles(fresh_db) == []
    assert fresh_db["profile_versions"].count == 1
    assert not remove_profile(fresh_db, "wn-9999")
    assert add_profile(fresh_db, profile) == "unchanged"
    assert [r["id"] for r in list_profiles(fresh_db)] == ["wn-0042"]


def test_poortwachter_dates_for_a_known_first_sick_day() -> None:
    due = {d.key: d.due for d in poortwachter.deadlines(date(2025, 3, 3))}
    assert due == {
        "probleemanalyse": date(2025, 4, 14),
        "plan-van-aanpak": date(2025, 4, 28),
        "ziekmelding-uwv": date(2025, 12, 22),
        "eerstejaarsevaluatie": date(2026, 3, 2),
        "tweede-spoor": date(2026, 4, 13),
        "wia-brief": date(2026, 11, 16),
        "re-integratieverslag": date(2026, 11, 30),
        "wia-aanvraag": date(2026, 12, 14),
        "einde-wachttijd": date(2027, 3, 1),
    }


def test_ics_parses_back_into_all_day_events() -> None:
    items = poortwachter.deadlines(date(2025, 3, 3))
    text = to_ics("wn-0042", items, now=datetime(2026, 1, 5, 9, 30, tzinfo=UTC))
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")[:-1]
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert all(len(line.encode()) <= 75 for line in lines)
    events = _parse_events(text)
    assert len(events) == len(items)
    first = events[0]
    assert first["UID"] == "wn-0042-probleemanalyse@passend"
    assert first["DTSTAMP"] == "20260105T093000Z"
    assert first["DTSTART;VALUE=DATE"] == "20250414"
    assert first["DTEND;VALUE=DATE"] == "20250415"
    assert first["SUMMARY"] == "Probleemanalyse bedrijfsarts (wn-0042)"
    assert len({e["UID"] for e in events}) == len(events)


def _parse_events(text: str) -> list[dict[str, str]]:
    """Minimal RFC 5545 reader: unfold lines, collect VEVENT properties."""
    unfolded = text.replace("\r\n ", "").split("\r\n")
    events: list[dict[str, str]] = []
    for line in unfolded:
        if line == "BEGIN:VEVENT":
            events.append({})
        elif events and ":" in line and not line.startswith("END:"):
            name, _, value = line.partition(":")
            events[-1][name] = value
    return events


def test_example_yaml_round_trips_through_the_store(fresh_db: Database) -> None:
    data = yaml.safe_load((EXAMPLES / "wn-zorg-0102.yaml").read_text(encoding="utf-8"))
    profile = validate(data).profile
    assert profile is not None
    add_profile(fresh_db, profile)
    assert get_profile(fresh_db, "wn-zorg-0102")[0].conditions("VI.1") == {2}

"""The matcher on realistic Dutch vacancies whose FML demands the tests set themselves."""

from __future__ import annotations

import json
import math
from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from ingest import store
from ingest.model import Vacancy
from ingest.normalise import analyse
from ingest.normalise.place import locate
from matcher import scorers
from matcher.cli import cli
from matcher.policy import load_policy
from matcher.rank import MatchResult, prepare_frame, score_frame, to_frame
from matcher.scorers import Terms
from profiles.model import Zoekprofiel
from profiles.store import add_profile

EXAMPLES = Path(__file__).parent.parent / "profiles" / "examples"
POLICY = load_policy()
ENSCHEDE, HENGELO, ZWOLLE = (52.22, 6.9009), (52.2658, 6.7923), (52.5115, 6.0923)


def example(name: str, **update: Any) -> Zoekprofiel:
    data = yaml.safe_load((EXAMPLES / f"{name}.yaml").read_text("utf-8"))
    return Zoekprofiel.model_validate({**data, **update})


def demand(value: float, unit: str = "kg") -> dict[str, Any]:
    return {"value": value, "unit": unit, "confidence": 0.9, "source": "text", "evidence": ""}


def vacancy(id_: str, title: str, *, at: tuple[float, float] = ENSCHEDE,
            demands: dict[str, float] | None = None, **fields: Any) -> Vacancy:
    values = {"salary_max": 2800.0, "hours_min": 24.0, "education_level": 2.0,
              "description": "", "employer": "Testbedrijf", **fields}
    return Vacancy(id=id_, source="test", source_item_id=id_, title=title, lat=at[0], lon=at[1],
                   demands={k: demand(v) for k, v in (demands or {}).items()}, **values)


def run(profile: Zoekprofiel, vacancies: list[Vacancy], on: date) -> dict[str, Any]:
    result = score_frame(to_frame(asdict(v) for v in vacancies), profile, on, POLICY,
                         include_all=True)
    return {r.vacancy_id: r for r in result.results}


def criterion(result: Any, name: str) -> Any:
    return next(c for c in result.criteria if c.criterion == name)


MAGAZIJN_KNOWN = {"IV.9": 45, "IV.10": 50, "IV.14": 2, "V.6": 2}
ON_P2 = date(2026, 3, 2)  # magazijn: week 56 since 2025-02-03


@pytest.mark.parametrize(("title", "demands", "verdict", "reason"), [
    ("Orderpicker koelvers", {**MAGAZIJN_KNOWN, "IV.13": 20}, "niet_passend", "boven de grens"),
    ("Receptiemedewerker", {**MAGAZIJN_KNOWN, "IV.13": 2}, "passend", "binnen de grens"),
    ("Medewerker balie bouwmarkt", {**MAGAZIJN_KNOWN, "IV.13": 5.4}, "let_op", "marginaal"),
    ("Medewerker voorraadadministratie", {}, "let_op", "niet bekend of de vacature buigen,"),
])
def test_fml_lifting_limit(title: str, demands: dict[str, float], verdict: str,
                           reason: str) -> None:
    profile = example("wn-magazijn-0101")
    result = run(profile, [vacancy("v1", title, demands=demands)], ON_P2)["v1"]
    fml = criterion(result, "fml")
    assert fml.verdict == verdict and reason in fml.reason
    if verdict == "niet_passend":
        assert result.verdict == "niet_passend" and result.score == 0


@pytest.mark.parametrize(("key", "verdict"), [("VI.1.2", "niet_passend"), ("VI.1.1", "let_op")])
def test_nurse_without_night_shifts(key: str, verdict: str) -> None:
    profile = example("wn-zorg-0102")
    job = vacancy("v1", "Verpleegkundige 3-ploegendienst", at=ZWOLLE, education_level=4.0,
                  salary_max=3900.0, demands={key: 1, "VI.3": 24})
    fml = criterion(run(profile, [job], date(2026, 6, 1))["v1"], "fml")
    assert fml.verdict == verdict
    if verdict == "niet_passend":
        assert "geen nachtwerk" in fml.reason


def test_text_that_rules_out_night_shifts_passes_the_night_limit() -> None:
    """"Geen nachtdiensten" is known, not unknown: no let_op for the nurse's night limit."""
    profile = example("wn-zorg-0102", fml={"VI.1": [2]})
    occupation, demands = analyse("Verpleegkundige dagdienst", "Je werkt in een vast team op "
                                  "de afdeling interne geneeskunde. Geen nachtdiensten.", None)
    job = vacancy("v1", "Verpleegkundige dagdienst", at=ZWOLLE, education_level=4.0,
                  salary_max=3900.0, occupation=occupation)
    job.demands = demands
    fml = criterion(run(profile, [job], date(2026, 6, 1))["v1"], "fml")
    assert fml.verdict == "passend", fml.reason
    assert "de vacature vraagt dit niet" in fml.reason


def test_bus_driver_passes_a_job_that_needs_no_driving_licence() -> None:
    """Driving is a yes/no FML item: "geen rijbewijs nodig" rules it out, so no let_op."""
    profile = example("wn-vervoer-0104", fml={"II.11": 1})
    occupation, demands = analyse("Medewerker reisinformatie", "Je helpt reizigers aan de balie "
                                  "op het station. Geen rijbewijs nodig.", None)
    job = vacancy("v1", "Medewerker reisinformatie", occupation=occupation)
    job.demands = demands
    fml = criterion(run(profile, [job], ON_P2)["v1"], "fml")
    assert fml.verdict == "passend", fml.reason
    assert "Beroepsmatig vervoer: de vacature vraagt dit niet" in fml.reason


def prior(value: float, unit: str = "kg") -> dict[str, Any]:
    return {**demand(value, unit), "confidence": 0.3, "source": "prior",
            "evidence": "beroepsprior ISCO 9333"}


@pytest.mark.parametrize(("demands", "verdict", "ranks"), [
    ({"IV.13": prior(2)}, "let_op", "above_unknown"),  # typical demand within the 5 kg limit
    ({"IV.13": prior(25)}, "let_op", "below_unknown"),  # typical demand far above: never excluded
    ({"IV.13": demand(25)}, "niet_passend", "below_unknown"),  # the text itself says 25 kg
])
def test_occupation_priors_rank_but_never_exclude_or_pass_silently(
        demands: dict[str, Any], verdict: str, ranks: str) -> None:
    profile = example("wn-magazijn-0101", fml={"IV.13": 2})
    job = vacancy("v1", "Medewerker expeditie")
    job.demands = demands
    silent = vacancy("v2", "Medewerker expeditie")
    results = run(profile, [job, silent], ON_P2)
    fml, unknown = criterion(results["v1"], "fml"), criterion(results["v2"], "fml")
    assert fml.verdict == verdict and unknown.verdict == "let_op"
    assert (fml.score > unknown.score) == (ranks == "above_unknown")
    if demands["IV.13"]["source"] == "prior":
        assert "beroepsprior" in fml.reason and "controleren" in fml.reason


def hint(value: float, unit: str = "kg") -> dict[str, Any]:
    """A demand the text only hints at ("je laadt vrachtwagens"), below the policy's
    fml_exclude_confidence."""
    return {**demand(value, unit), "confidence": 0.5, "evidence": "je laadt vrachtwagens"}


@pytest.mark.parametrize(("demands", "verdict", "note"), [
    # a hinted 15 kg above the 5 kg limit flags; a hinted 3 kg within it just passes
    ({"IV.13": hint(15), "VI.1.2": demand(0, "conditie")}, "let_op", "niet met zoveel woorden"),
    ({"IV.13": hint(3), "VI.1.2": demand(0, "conditie")}, "passend", "binnen de grens"),
    ({"IV.13": demand(3), "VI.1.2": hint(1, "conditie")}, "let_op", "niet met zoveel woorden"),
    ({"IV.13": demand(3), "VI.1.2": demand(1, "conditie")}, "niet_passend", "voldoet daar niet"),
])
def test_a_text_hint_flags_but_never_excludes(demands: dict[str, Any], verdict: str,
                                               note: str) -> None:
    """Demands below the policy's fml_exclude_confidence (trade names, standing implied by
    walking, a bare "laadt") give let_op; a demand the text states still excludes."""
    profile = example("wn-magazijn-0101", fml={"IV.13": 2, "VI.1": [2]})
    job = vacancy("v1", "Medewerker expeditie")
    job.demands = demands
    fml = criterion(run(profile, [job], ON_P2)["v1"], "fml")
    assert fml.verdict == verdict and note in fml.reason, fml.reason


def test_related_occupation_counts_and_the_old_occupation_is_capped() -> None:
    """A telephonist is in the receptionist's ISCO minor group (422): related work, even though
    the titles barely look alike. A magazijnmedewerker is the orderpicker's own ISCO group
    (9333): with the lifting unknown it stays at most 0.5, whatever the title says."""
    profile = example("wn-magazijn-0101", search_directions=["Receptionist"], exclude={},
                      experience=[])
    related = vacancy("v1", "Telefonist", occupation={"isco": "4223", "label": "telefonist"})
    old = vacancy("v2", "Magazijnmedewerker", occupation={"isco": "9333",
                                                          "label": "magazijnmedewerker"})
    results = run(profile, [related, old], ON_P2)
    near, same = criterion(results["v1"], "direction"), criterion(results["v2"], "direction")
    assert near.score >= 0.8 and "verwant aan" in near.reason
    assert criterion(results["v2"], "fml").verdict == "let_op"
    assert same.score <= 0.5 and "laatste functie" in same.reason


def test_unlimited_item_is_no_cap() -> None:
    profile = example("wn-zorg-0102", fml={"VI.1": [2], "IV.1": 1})
    job = vacancy("v1", "Verpleegkundige", at=ZWOLLE, demands={"IV.13": 25, "VI.1.2": 0})
    fml = criterion(run(profile, [job], date(2026, 6, 1))["v1"], "fml")
    assert fml.verdict == "passend", fml.reason


@pytest.mark.parametrize(("mode", "on", "verdict"), [
    ("bicycle", date(2025, 6, 2), "niet_passend"),  # P1: 40 minutes, Hengelo is ~43 by bike
    ("car", date(2025, 6, 2), "passend"),
    ("bicycle", ON_P2, "passend"),  # P2 widens the limit to 60 minutes
])
def test_travel_by_mode_and_stage(mode: str, on: date, verdict: str) -> None:
    profile = example("wn-magazijn-0101", travel={"mode": mode, "max_minutes_one_way": 40})
    travel = criterion(run(profile, [vacancy("v1", "Planner", at=HENGELO)], on)["v1"], "travel")
    assert travel.verdict == verdict and "minuten" in travel.reason


def test_unknown_place_is_let_op() -> None:
    job = vacancy("v1", "Planner", at=(float("nan"), float("nan")))
    travel = criterion(run(example("wn-magazijn-0101"), [job], ON_P2)["v1"], "travel")
    assert travel.verdict == "let_op"


@pytest.mark.parametrize(("last_wage", "weeks", "salary", "verdict", "floor"), [
    (3400, 10, 2400.0, "passend", "€ 2.380,00"),  # P1: 70% of the last wage
    (3400, 10, 2300.0, "niet_passend", "€ 2.380,00"),
    (3400, 60, 2300.0, "niet_passend", "€ 2.380,00"),  # P2: still 70%
    (3400, 90, 2300.0, "passend", "€ 2.294,40"),  # P3: 65% = 2210, raised to minimum wage
    (3400, 90, 2250.0, "niet_passend", "€ 2.294,40"),
    (2650, 90, 1800.0, "niet_passend", "€ 1.855,00"),  # minimum wage never narrows P1/P2
    (3400, 90, None, "let_op", "€ 2.294,40"),
])
def test_wage_floor_per_stage(last_wage: float, weeks: int, salary: float | None,
                              verdict: str, floor: str) -> None:
    profile = example("wn-magazijn-0101",
                      last_job={"title": "Orderpicker", "wage_gross_month": last_wage})
    on = profile.first_sick_day + timedelta(weeks=weeks)
    wage = criterion(run(profile, [vacancy("v1", "Planner", salary_max=salary)], on)["v1"],
                     "wage")
    assert wage.verdict == verdict and floor in wage.reason


@pytest.mark.parametrize(("own", "weeks", "required", "soft", "verdict"), [
    (4.0, 10, 4.0, False, "passend"),
    (4.0, 10, 3.0, False, "passend"),  # P1: one NLQF step lower
    (4.0, 10, 2.0, False, "niet_passend"),  # far below, early on
    (4.0, 60, 2.0, False, "passend"),  # P2: mbo 2 is still category b
    (4.0, 60, 1.0, False, "passend"),  # P2: vmbo (category c) is one category below mbo 4
    (4.0, 60, 0.0, False, "niet_passend"),  # basis (category d) is two below
    (6.0, 60, 3.0, False, "passend"),  # P2: hbo to mbo, one category lower
    (6.0, 60, 1.0, False, "niet_passend"),
    (6.0, 90, 0.0, False, "passend"),  # P3: all work
    (2.0, 10, 4.0, False, "niet_passend"),  # required well above own level
    (2.0, 10, 4.0, True, "let_op"),  # "werk- en denkniveau": a preference
    (2.0, 10, None, False, "passend"),
])
def test_education_per_stage(own: float, weeks: int, required: float | None, soft: bool,
                             verdict: str) -> None:
    profile = example("wn-zorg-0102", education={"level": own})
    on = profile.first_sick_day + timedelta(weeks=weeks)
    job = vacancy("v1", "Planner zorg", at=ZWOLLE, education_level=required, education_soft=soft)
    education = criterion(run(profile, [job], on)["v1"], "education")
    assert education.verdict == verdict and education.reason


@pytest.mark.parametrize(("fml", "hours", "max_week", "verdict"), [
    ({}, 24.0, 28, "passend"),
    ({}, 32.0, 28, "niet_passend"),
    ({"VI.3": 3}, 24.0, None, "niet_passend"),  # FML: about 20 hours a week
    ({"VI.2": 3}, 24.0, None, "niet_passend"),  # FML: about 4 hours a day, 20 a week
    ({"VI.3": 3}, 16.0, None, "passend"),
    ({"VI.3": 3}, None, None, "let_op"),
])
def test_hours_against_profile_and_fml(fml: dict[str, int], hours: float | None,
                                       max_week: int | None, verdict: str) -> None:
    profile = example("wn-zorg-0102", fml=fml, hours={"max_per_week": max_week})
    job = vacancy("v1", "Doktersassistent", at=ZWOLLE, hours_min=hours)
    result = criterion(run(profile, [job], date(2026, 6, 1))["v1"], "hours")
    assert result.verdict == verdict and result.reason


@pytest.mark.parametrize(("kg", "capped"), [(20, True), (None, True), (2, False)])
def test_last_job_title_alone_is_capped(kg: float | None, capped: bool) -> None:
    """Orderpicker again only counts fully when its known demands fit the FML."""
    profile = example("wn-magazijn-0101", exclude={"titles": []})
    demands = {**MAGAZIJN_KNOWN, "IV.13": kg} if kg is not None else {}
    job = vacancy("v1", "Orderpicker", demands=demands)
    direction = criterion(run(profile, [job], ON_P2)["v1"], "direction")
    assert (direction.score <= 0.5) == capped and "laatste functie" in direction.reason


def test_search_direction_and_exclusion() -> None:
    profile = example("wn-magazijn-0101")
    results = run(profile, [vacancy("v1", "Medewerker magazijnadministratie"),
                            vacancy("v2", "Orderpicker nachtdienst")], ON_P2)
    assert criterion(results["v1"], "direction").score >= 0.8
    assert criterion(results["v2"], "direction").verdict == "niet_passend"


vacancies_strategy = st.lists(st.builds(
    lambda i, kg, salary, hours, level, lat, lon: vacancy(
        f"v{i}", "Medewerker administratie", at=(lat, lon), salary_max=salary, hours_min=hours,
        education_level=level, demands={"IV.13": kg} if kg is not None else {}),
    st.integers(0, 10**6), st.none() | st.floats(0, 30), st.none() | st.floats(1200, 5000),
    st.none() | st.floats(4, 40), st.none() | st.sampled_from([0, 1, 2, 3, 4, 5, 6]),
    st.floats(50.8, 53.5), st.floats(3.4, 7.2)), min_size=1, max_size=6,
    unique_by=lambda v: v.id)


@settings(max_examples=40, deadline=None)
@given(vacancies_strategy)
def test_properties(vacancies: list[Vacancy]) -> None:
    profile = example("wn-magazijn-0101", exclude={"titles": []})
    early = run(profile, vacancies, profile.first_sick_day + timedelta(weeks=30))
    late = run(profile, vacancies, profile.first_sick_day + timedelta(weeks=60))
    for result in [*early.values(), *late.values()]:
        assert 0 <= result.score <= 1
        assert all(0 <= c.score <= 1 for c in result.criteria)
        if result.verdict == "niet_passend":
            assert any(c.verdict == "niet_passend" and c.reason for c in result.criteria)
    for id_, result in early.items():
        if result.verdict == "passend":
            assert late[id_].verdict == "passend"
    assert run(profile, vacancies, ON_P2) == run(profile, vacancies, ON_P2)


def test_cli_match_explain_shortlist(db_path: Path) -> None:
    db = store.open_db(db_path)
    profile = example("wn-magazijn-0101")
    add_profile(db, profile)
    for v in (vacancy("recep", "Receptiemedewerker", demands={**MAGAZIJN_KNOWN, "IV.13": 2}),
              vacancy("pick", "Orderpicker", demands={**MAGAZIJN_KNOWN, "IV.13": 20})):
        store.upsert_vacancy(db, v, "2026-03-01T08:00:00")
    ids = {row["title"]: row["id"] for row in store.iter_vacancies(db)}
    base = ["--db", str(db_path)]
    out = CliRunner().invoke(cli, ["match", "--profile", profile.id, "--on", "2026-03-02",
                                   "--json", *base])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert set(data) == {"profile", "on", "stage", "policy_version", "results"}
    assert data["stage"] == "P2" and data["policy_version"] == POLICY.version
    assert [r["vacancy_id"] for r in data["results"]] == [ids["Receptiemedewerker"]]
    assert set(data["results"][0]) == {"vacancy_id", "title", "employer", "score", "verdict",
                                       "criteria"}
    every = json.loads(CliRunner().invoke(cli, ["match", "--profile", profile.id, "--all",
                                                "--json", *base]).stdout)
    assert len(every["results"]) == 2
    table = CliRunner(env={"COLUMNS": "200"}).invoke(cli, ["match", "--profile", profile.id,
                                                            *base])
    assert table.exit_code == 0 and "Receptiemedewerker" in table.stdout
    explained = CliRunner().invoke(cli, ["explain", "--profile", profile.id, "--vacancy",
                                         ids["Orderpicker"], "--on", "2026-03-02", *base])
    assert explained.exit_code == 0 and "boven de grens" in explained.stdout
    assert "fase P2 (week 56 sinds de eerste ziektedag)" in explained.stdout
    gone = CliRunner().invoke(cli, ["explain", "--profile", profile.id, "--vacancy", "onbekend",
                                    *base])
    assert gone.exit_code == 1 and "passend vacancies" in gone.output
    short = json.loads(CliRunner().invoke(cli, ["shortlist", "--vacancy",
                                                ids["Receptiemedewerker"], "--json",
                                                *base]).stdout)
    assert [p["profile"] for p in short["profiles"]] == [profile.id]
    # the other direction gives the same score as `match` for the same pair and day
    assert short["profiles"][0]["score"] == next(
        r["score"] for r in every["results"] if r["vacancy_id"] == ids["Receptiemedewerker"])
    excluded = json.loads(CliRunner().invoke(cli, ["shortlist", "--vacancy", ids["Orderpicker"],
                                                   "--json", *base]).stdout)
    assert excluded["profiles"] == []  # niet passend for the only profile
    missing = CliRunner().invoke(cli, ["match", "--profile", "wn-onbekend", *base])
    assert missing.exit_code == 1 and "passend profiles list" in missing.output


@pytest.mark.parametrize(("change", "message"), [
    ({"weights": {"fml": 3, "loon": 1}}, "onbekende criteria ['loon']"),
    ({"fml_margin": 0.9}, "fml_margin"),
    ({"stages": [{"name": "P2", "from_week": 52, "wage_floor_ratio": 0.7,
                  "education": "all", "travel_multiplier": 1, "travel_max_minutes": 60}]},
     "from_week 0"),
])
def test_policy_file_errors_name_the_file(tmp_path: Path, db_path: Path,
                                          change: dict[str, Any], message: str) -> None:
    shipped = yaml.safe_load((Path(__file__).parent.parent / "matcher" / "data" /
                              "policy.yaml").read_text("utf-8"))
    bad = tmp_path / "beleid.yaml"
    bad.write_text(yaml.safe_dump({**shipped, **change}), encoding="utf-8")
    out = CliRunner().invoke(cli, ["match", "--profile", "x", "--policy", str(bad),
                                   "--db", str(db_path)])
    assert out.exit_code == 1 and "beleid.yaml" in out.output and message in out.output


def test_own_policy_moves_the_stage(tmp_path: Path) -> None:
    shipped = load_policy()
    stages = [s.model_copy(update={"from_week": w}) for s, w in zip(shipped.stages, [0, 20, 40],
                                                                      strict=True)]
    own = tmp_path / "beleid.yaml"
    own.write_text(yaml.safe_dump({**shipped.model_dump(), "version": "eigen-1",
                                   "stages": [s.model_dump() for s in stages]}), "utf-8")
    policy = load_policy(own)
    assert policy.version == "eigen-1" and policy.stage(30).name == "P2"
    assert shipped.stage(30).name == "P1" and shipped.stage(200).name == "P3"


def test_match_result_to_dict_keeps_date() -> None:
    assert MatchResult("p", date(2026, 1, 5), "P1", "2026.1").to_dict()["on"] == "2026-01-05"


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from(["IV.13", "IV.9", "VI.1.1", "VI.1.2", "II.12.1", "VI.3"]),
                       st.floats(0, 100), max_size=6))
def test_fml_verdict_agrees_with_its_explanation(demands: dict[str, float]) -> None:
    profile = example("wn-zorg-0102", fml={"VI.1": [1, 2], "IV.13": 2, "II.12": [1], "VI.3": 2})
    job = vacancy("v1", "Medewerker", at=ZWOLLE, demands=demands)
    fml = criterion(run(profile, [job], date(2026, 6, 1))["v1"], "fml")
    expected = ("boven de grens" in fml.reason and "marginaal" not in fml.reason
                or "voldoet daar niet aan" in fml.reason)
    assert (fml.verdict == "niet_passend") == expected, fml.reason
    if fml.verdict == "let_op":
        assert "marginaal" in fml.reason or "niet bekend" in fml.reason


TWENTE_TITLES = ["Orderpicker", "Medewerker magazijnadministratie", "Planner transport",
                 "Receptiemedewerker", "Heftruckchauffeur nachtdienst", "Voorraadbeheerder",
                 "Verpleegkundige", "Administratief medewerker", ""]
mixed_strategy = st.lists(st.fixed_dictionaries({
    "title": st.sampled_from(TWENTE_TITLES), "kg": st.none() | st.sampled_from([2, 5.4, 20]),
    "salary_max": st.none() | st.floats(1500, 4000),
    "hours_min": st.none() | st.sampled_from([16.0, 24.0, 36.0]),
    "education_level": st.none() | st.sampled_from([1.0, 2.0, 4.0]),
    "reach": st.none() | st.floats(0, 1.3),  # distance from home as a share of the travel limit
    "bearing": st.floats(0, 2 * math.pi),
    "description": st.sampled_from(["", "Voorraadbeheer en planning met de handscanner.",
                                    "Je tilt dozen."]),
    "employer": st.sampled_from(["Testbedrijf", "Logistiek Twente BV"])}), min_size=1, max_size=12)


@settings(max_examples=80, deadline=None)
@given(mixed_strategy, st.sampled_from(["bicycle", "car", "on_foot", "public_transport"]),
       st.sampled_from([15, 30, 45]), st.integers(0, 120), st.integers(1, 4))
def test_pruned_ranking_equals_filtered_full_ranking(drawn: list[dict[str, Any]], mode: str,
                                                     minutes: int, weeks: int,
                                                     limit: int) -> None:
    """The cascade (pruning rows per criterion) changes nothing but the work done.

    Vacancies lie around home up to 1.3 times the straight-line reach of the travel limit, so
    the travel box is tested at its edge.
    """
    profile = example("wn-magazijn-0101", travel={"mode": mode, "max_minutes_one_way": minutes},
                      exclude={"titles": ["orderpicker"], "employers": ["Logistiek Twente BV"]})
    on = profile.first_sick_day + timedelta(weeks=weeks)
    stage_limit = scorers.TravelScorer()._limit(scorers.Context(
        profile, POLICY.stage(weeks), POLICY))
    speed, detour, overhead = scorers.SPEED_MODEL[mode]
    reach_km = (stage_limit - overhead) * speed / 60 / detour
    home = locate(None, profile.pc4)
    vacancies = []
    for n, d in enumerate(drawn):
        km = (d["reach"] or 0) * reach_km
        lat = home.lat + math.degrees(km * math.cos(d["bearing"]) / scorers.EARTH_KM)
        lon = home.lon + math.degrees(km * math.sin(d["bearing"]) / scorers.EARTH_KM
                                      / math.cos(math.radians(lat)))
        fields = {k: d[k] for k in ("salary_max", "hours_min", "education_level",
                                    "description", "employer")}
        vacancies.append(vacancy(
            f"v{n}", d["title"], at=(lat, lon) if d["reach"] is not None else (None, None),
            demands={**MAGAZIJN_KNOWN, "IV.13": d["kg"]} if d["kg"] is not None else {},
            **fields))
    df = to_frame(asdict(v) for v in vacancies)
    prepared = prepare_frame(df)
    every = score_frame(prepared, profile, on, POLICY, include_all=True).results
    assert len(every) == len(vacancies)
    passing = [r for r in every if r.verdict != "niet_passend"]
    assert score_frame(prepared, profile, on, POLICY).results == passing
    assert score_frame(df, profile, on, POLICY, limit=limit).results == passing[:limit]
    for r in every:
        assert score_frame(prepared, profile, on, POLICY, vacancy_ids=[r.vacancy_id]).results \
            == [r]


@pytest.mark.parametrize(("profile_text", "texts"), [
    ("Orders verzamelen met handscanner en reachtruck", [
        "Orderpicker: orders verzamelen met de handscanner", "Receptie en telefoon", "",
        "Heftruckchauffeur reachtruck", "xyz"]),
    ("voorraadbeheer planning onbekendwoord", ["Planner", "planning planning voorraadbeheer"]),
    ("a", ["Planner"]),
])
def test_term_similarity_equals_tfidf_refit(profile_text: str, texts: list[str]) -> None:
    """Terms gives what a TfidfVectorizer fitted on the profile plus all texts would give."""
    matrix = TfidfVectorizer().fit_transform([profile_text, *texts])
    expected = (matrix[1:] @ matrix[0].T).toarray().ravel()
    terms = Terms.fit(texts)
    assert terms.similarity(profile_text, np.arange(len(texts))) == pytest.approx(expected)
    last = len(texts) - 1
    assert terms.similarity(profile_text, np.array([last])) == pytest.approx(expected[[last]])


@pytest.mark.parametrize("include_all", [False, True])
def test_no_open_vacancies_gives_an_empty_list(include_all: bool) -> None:
    result = score_frame(prepare_frame(to_frame([])), example("wn-magazijn-0101"), ON_P2, POLICY,
                         include_all=include_all)
    assert result.results == [] and result.stage == "P2"

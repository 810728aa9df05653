"""Titles become ESCO occupations (ISCO-08); priors fill only what the text leaves open."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from ingest import fml
from ingest.demands import extract_demands
from ingest.model import RawPosting
from ingest.normalise import to_vacancy
from ingest.occupation import (
    PRIOR_CONFIDENCE,
    apply_priors,
    isco_groups,
    match_occupation,
    priors,
    title_variants,
)
from matcher.cli import cli

TITLES = Path(__file__).parent / "data" / "occupation_titles.yaml"
ROOT = Path(__file__).resolve().parents[1]
CANDIDATES = (ROOT.parent / "shared" / "data", ROOT.parents[1] / "shared" / "data")
SHARED = next((path for path in CANDIDATES if path.is_dir()), None)


@pytest.mark.parametrize(
    ("title", "label", "isco"),
    [
        ("Magazijnmedewerker", "magazijnmedewerker", "9333"),
        ("Magazijnmedewerkster (m/v/x)", "magazijnmedewerker", "9333"),
        ("Medewerker Klantenservice m/v - 32 uur", "vertegenwoordiger klantenservice", "4225"),
        ("Klantenservicemedewerker in Utrecht", "vertegenwoordiger klantenservice", "4225"),
        ("Senior Vrachtwagenchaufeur", "vrachtwagenchauffeur", "8332"),
        ("Heftruckchauffer", "heftruckchauffeur", "8344"),
        ("Verpleegkundige (m/v) nachtdienst", "algemeen verpleegkundige", "2221"),
        ("Lasser TIG", "lasser", "7212"),
        ("Software Engineer", "software ontwikkelaar", "2512"),
        ("Warehouse worker", "magazijnmedewerker", "9333"),
        ("Schoonmaakster 12 uur", "schoonmaker gebouwen", "9112"),
        ("Administratief bediende (Gent)", "administratief medewerker", "3343"),
        ("Magazijnier", "magazijnmedewerker", "9333"),
    ],
)
def test_title_gives_occupation(title: str, label: str, isco: str) -> None:
    found = match_occupation(title)
    assert found is not None, title
    assert (found.label, found.isco) == (label, isco)
    assert found.esco_uri.startswith("http://data.europa.eu/esco/occupation/")
    assert 0 < found.score <= 100


@pytest.mark.parametrize(
    "title",
    ["Xqzv blorp trrrk", "", "   ", "!!!", "Monteur", "Medewerker", "Specialist", "Consultant"],
)
def test_gibberish_or_vague_title_is_unknown(title: str) -> None:
    assert match_occupation(title) is None


@pytest.mark.parametrize(
    "title",
    ["kok " * 50_000, "<b>Kok</b> &amp; <script>x</script>", "Cook (m/f/d) – Amsterdam",
     "🍳 Kok 🍳"],
)
def test_odd_titles_never_crash_and_stay_fast(title: str) -> None:
    found = match_occupation(title, "lorem ipsum " * 10_000)
    assert found is None or found.isco.isdigit()


def test_description_names_the_job_when_the_title_does_not() -> None:
    found = match_occupation("Collega gezocht!", "Als orderpicker verzamel je bestellingen.")
    assert found is not None and found.label == "orderpicker"
    assert found.score < 100  # less sure than a title match


def test_title_cleaning_strips_dressing() -> None:
    variants = title_variants("Senior Medewerker Klantenservice (m/v) - 24 uur in Den Haag")
    assert variants[0] == "medewerker klantenservice"
    assert "klantenservicemedewerker" in variants


def test_labelled_titles_mostly_match() -> None:
    """Smoke check on the labelled set; bench/occupation_eval.py reports the real figure."""
    cases = yaml.safe_load(TITLES.read_text(encoding="utf-8"))
    assert len(cases) >= 200
    right = sum(1 for case in cases[::5]
                if (found := match_occupation(case["title"])) and found.label == case["label"])
    assert right / len(cases[::5]) >= 0.75


def test_priors_cover_every_isco_sub_major_group_with_a_source() -> None:
    table = priors()
    sub_major = [code for code in isco_groups() if len(code) == 2]
    assert len(sub_major) == 43
    assert not [code for code in sub_major if code not in table]
    for entry in table.values():
        assert entry["source"]
        for key in entry["demands"]:
            fml.split_key(key)


def test_priors_fill_only_silent_items_and_are_marked() -> None:
    text = "Magazijnmedewerker. Je tilt dozen tot 12 kg. Geen nachtdiensten, geen avonddiensten."
    demands = extract_demands(text)
    apply_priors(demands, "9333", demands.negated)
    assert demands["IV.13"].value == 12 and demands["IV.13"].source == "text"
    # the text rules evenings out: they stay "not asked", no prior may bring them back
    assert demands["VI.1.1"].value == 0 and demands["VI.1.1"].source == "text"
    prior = demands["I.8.5"]
    assert prior.source == "prior" and prior.confidence == PRIOR_CONFIDENCE
    assert prior.confidence < min(d.confidence for d in demands.values() if d.source == "text")
    assert all(d.source == "text" or d.value for d in demands.values())
    assert "ISCO 9333" in prior.evidence


def test_unknown_occupation_adds_no_priors() -> None:
    demands = extract_demands("Je tilt dozen tot 12 kg.")
    before = dict(demands)
    apply_priors(demands, None)
    assert demands == before


def test_to_vacancy_fills_occupation_and_priors() -> None:
    raw = RawPosting(source="test", item_id="1", title="Vakkenvuller (m/v)",
                     description="Je vult de schappen in onze supermarkt.")
    vacancy = to_vacancy(raw)
    assert vacancy.occupation is not None
    assert vacancy.occupation["isco"] == "9334"
    assert set(vacancy.occupation) == {"esco_uri", "label", "isco", "score"}
    assert any(d["source"] == "prior" for d in vacancy.demands.values())


def test_vacancies_json_shows_occupation(tmp_path: Path) -> None:
    posting = {
        "@context": "https://schema.org", "@type": "JobPosting", "title": "Heftruckchauffeur",
        "description": "Je laadt en lost vrachtwagens.",
        "hiringOrganization": {"@type": "Organization", "name": "Logistiek Zuid"},
        "identifier": "hf-1",
    }
    source = tmp_path / "vacature.json"
    source.write_text(json.dumps(posting), encoding="utf-8")
    db = str(tmp_path / "passend.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(source), "--db", db]).exit_code == 0
    result = runner.invoke(cli, ["vacancies", "--json", "--db", db])
    assert result.exit_code == 0, result.output
    [record] = json.loads(result.stdout)
    assert record["occupation"]["label"] == "heftruckchauffeur"
    assert record["occupation"]["isco"] == "8344"


def test_real_flemish_titles_mostly_get_an_occupation() -> None:
    """Real VDAB ads from ../shared/data (read here only; skipped when absent)."""
    path = SHARED / "vacancies" / "vdab-flanders-300-jobs.csv" if SHARED else None
    if path is None or not path.is_file():
        pytest.skip("vdab-flanders-300-jobs.csv not in ../shared/data")
    csv.field_size_limit(10**8)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    found = [match_occupation(row["title"], row["full_description"]) for row in rows]
    matched = [occupation for occupation in found if occupation]
    assert len(matched) >= 0.6 * len(rows)
    assert all(len(occupation.isco) == 4 and occupation.isco.isdigit() for occupation in matched)

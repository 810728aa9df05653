"""The synthetic data generator: everything it writes is ingestible and reads back as meant."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest import store
from ingest.normalise import to_vacancy as normalise
from ingest.pipeline import ingest_source
from matcher import synth
from matcher.cli import cli
from profiles.validate import load_file

ON = date(2026, 11, 2)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, list[dict], Path]:
    """A small synth output in every format, ingested with the real pipeline."""
    out = tmp_path_factory.mktemp("synth")
    ads = synth.synth_ads(250, seed=5, duplicates=0.2, on=ON)
    manifest = synth.write_dataset(out, ads, synth.synth_profiles(12, seed=5, on=ON))
    db = store.open_db(out / "synth.db")
    summaries = [ingest_source(db, str(out / path)) for path in manifest["files"].values()]
    assert all(s.ok and not s.rejected for s in summaries), [s.to_dict() for s in summaries]
    truth = {ad.item_id: ad for ad in ads}
    rows = list(store.iter_vacancies(db, include_expired=True))
    return manifest, [{"row": r, "ad": truth[r["source_item_id"]]} for r in rows], out


def test_counts_per_format(ingested: tuple[dict, list[dict], Path]) -> None:
    manifest, rows, _ = ingested
    assert manifest["vacancies"] == {fmt: 50 for fmt in synth.FORMATS}
    per_file = {}
    for pair in rows:
        name = Path(pair["row"]["source"]).name
        per_file[name] = per_file.get(name, 0) + 1
    assert per_file == {synth.FILE_NAMES[fmt]: 50 for fmt in synth.FORMATS}
    assert manifest["duplicates"]["agency"] + manifest["duplicates"]["repost"] == 50


@pytest.mark.parametrize("field,share", [
    ("salary", 1.0), ("hours", 1.0), ("education", 1.0), ("place", 1.0), ("demands", 1.0),
])
def test_fields_read_back_as_generated(ingested: tuple[dict, list[dict], Path], field: str,
                                       share: float) -> None:
    """Salary, hours, schooling, PC4 and every phrased demand come back from each format."""
    _, rows, _ = ingested
    checks = {
        "salary": lambda r, a: (r["salary_min"], r["salary_max"]) == (a.salary_min, a.salary_max),
        "hours": lambda r, a: (r["hours_min"], r["hours_max"]) == (a.hours_min, a.hours_max),
        "education": lambda r, a: r["education_level"] == a.education_level,
        "place": lambda r, a: r["postcode"] == a.postcode and r["lat"] is not None,
        "demands": lambda r, a: set(a.demands) <= set(r["demands"]),
    }
    wrong = [(p["row"]["source"], p["ad"].item_id) for p in rows
             if not checks[field](p["row"], p["ad"])]
    assert len(wrong) <= (1 - share) * len(rows), wrong[:5]


def test_amounts_vary_and_some_are_unknown(ingested: tuple[dict, list[dict], Path]) -> None:
    _, rows, _ = ingested
    salaries = [p["row"]["salary_min"] for p in rows]
    assert any(s is None for s in salaries) and len({s for s in salaries if s}) > 50
    assert len({p["row"]["postcode"] for p in rows}) > 100


def test_profiles_validate(ingested: tuple[dict, list[dict], Path]) -> None:
    _, _, out = ingested
    files = sorted((out / "profielen").glob("*.yaml"))
    assert len(files) == 12
    checked = [load_file(path) for path in files]
    assert [c.problems for c in checked] == [[]] * 12
    stages = {(ON - c.profile.first_sick_day).days // 7 >= 52 for c in checked if c.profile}
    assert stages == {True, False}


def test_zoekprofielen_without_files() -> None:
    profiles = synth.synth_zoekprofielen(30, seed=8, on=ON)
    assert len({p.id for p in profiles}) == 30 and all(p.fml for p in profiles)
    assert all(p.profile_set_on <= ON for p in profiles)


def test_seeded_and_duplicates_point_at_originals() -> None:
    first = synth.synth_ads(300, seed=9, duplicates=0.3, on=ON)
    assert first == synth.synth_ads(300, seed=9, duplicates=0.3, on=ON)
    assert first != synth.synth_ads(300, seed=10, duplicates=0.3, on=ON)
    originals = {ad.group: ad for ad in first if ad.kind == "original"}
    copies = [ad for ad in first if ad.kind != "original"]
    assert len(copies) == 90
    for ad in copies:
        source = originals[ad.group]
        assert (ad.place, ad.salary_min, ad.demands) == (source.place, source.salary_min,
                                                         source.demands)
        if ad.kind == "agency":
            assert ad.employer in synth.AGENCIES and ad.description != source.description
        else:
            assert ad.description == source.description and ad.posted_at >= source.posted_at


def test_postings_normalise_like_their_truth() -> None:
    for posting in synth.synth_postings(40, seed=4, on=ON):
        vacancy = normalise(posting)
        truth = posting.raw["synth"]
        assert (vacancy.salary_min, vacancy.hours_max) == (truth["salary_min"], truth["hours_max"])
        assert set(truth["demands"]) <= set(vacancy.demands)


def test_vacancies_without_files() -> None:
    vacancies = synth.synth_vacancies(100, seed=2, duplicates=0.1, on=ON)
    assert len(vacancies) == 100 and len({v.id for v in vacancies}) == 100
    assert all(v.lat is not None and v.title for v in vacancies)
    assert any(v.demands for v in vacancies)


def test_titles_are_esco_labels(shared_data: Path) -> None:
    esco = shared_data / "taxonomy" / "esco-occupations_nl.csv"
    with esco.open(encoding="utf-8") as handle:
        labels = {row["preferredLabel"]: row["iscoGroup"] for row in csv.DictReader(handle)}
    assert [(t, i) for t, i, _ in synth.titles() if labels.get(t) != i] == []


def test_synth_command(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["synth", "--out", str(tmp_path), "--vacancies", "30",
                                      "--profiles", "2", "--formats", "rss,csv", "--seed", "3",
                                      "--on", "2026-11-02"])
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["vacancies"] == {"rss": 15, "csv": 15}
    assert "30 vacatures" in result.output
    bad = CliRunner().invoke(cli, ["synth", "--out", str(tmp_path), "--formats", "rss,pdf"])
    assert bad.exit_code == 2 and "kies uit" in bad.output

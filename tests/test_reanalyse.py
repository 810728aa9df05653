"""`passend reanalyse`: stored vacancies read again for occupation and demands."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from ingest import store
from ingest.normalise import analysis_version
from ingest.pipeline import reanalyse
from matcher import weekly
from matcher.cli import cli

CAREER_PAGE = """<html><head><script type="application/ld+json">
{"@context": "https://schema.org", "@type": "JobPosting", "identifier": "vz-12",
 "title": "Verzorgende IG", "hiringOrganization": "Zorgcentrum De Hoven",
 "description": "Je verzorgt bewoners op een psychogeriatrische afdeling, in wisselende diensten.",
 "physicalRequirement": "Tillen tot 20 kg met hulpmiddelen",
 "jobLocation": {"@type": "Place", "address": {"addressLocality": "Zutphen",
                 "postalCode": "7201 AB"}}}
</script></head><body></body></html>"""


def _invoke(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result


def test_reanalyse_restores_what_ingest_found_and_keeps_the_item_unchanged(
        tmp_path: Path) -> None:
    page, db_path = tmp_path / "werken-bij.html", str(tmp_path / "passend.db")
    page.write_text(CAREER_PAGE, encoding="utf-8")
    _invoke("ingest", str(page), "--db", db_path)
    db = store.open_db(db_path)
    before = next(store.iter_vacancies(db))
    assert before["demands"]["IV.13"]["source"] == "jsonld" and before["occupation"]["isco"]

    with db.conn:  # what an older lexicon and no ESCO index would have stored
        db["vacancies"].update(before["id"], {"demands": "{}", "occupation": "null"})
    said = _invoke("reanalyse", "--db", db_path).stderr
    assert "1 vacatures opnieuw gelezen; bij 1 veranderden" in " ".join(said.split())
    after = next(store.iter_vacancies(store.open_db(db_path)))
    assert after["demands"] == before["demands"] and after["occupation"] == before["occupation"]

    again = json.loads(_invoke("ingest", str(page), "--json", "--db", db_path).stdout)
    assert again[0]["unchanged"] == 1 and again[0]["updated"] == 0


def test_weekly_reanalysis_reads_only_rows_of_an_older_analysis(tmp_path: Path) -> None:
    """Ingest marks each row with the analysis version; the weekly job's `heranalyse` step
    re-reads only rows marked with another version (or none, from an older store)."""
    page, db_path = tmp_path / "werken-bij.html", str(tmp_path / "passend.db")
    page.write_text(CAREER_PAGE, encoding="utf-8")
    other = tmp_path / "tweede.html"
    other.write_text(CAREER_PAGE.replace("vz-12", "hp-3").replace("Verzorgende IG", "Kok")
                     .replace("Zorgcentrum De Hoven", "Brasserie Het Anker"), encoding="utf-8")
    _invoke("ingest", str(page), str(other), "--db", db_path)
    db = store.open_db(db_path)
    current, stale = sorted(store.iter_vacancies(db), key=lambda row: row["source_item_id"])
    assert {stale["analysed_with"], current["analysed_with"]} == {analysis_version()}

    with db.conn:  # one row from an older analysis, one current row whose demands we blank
        db["vacancies"].update(stale["id"], {"demands": "{}", "analysed_with": None})
        db["vacancies"].update(current["id"], {"demands": "{}"})
    assert "heranalyse" in [name for name, _ in weekly.STEPS]
    assert reanalyse(db, only_stale=True) == (1, 1)
    rows = {row["id"]: row for row in store.iter_vacancies(db)}
    assert rows[stale["id"]]["demands"] == stale["demands"]
    assert rows[stale["id"]]["analysed_with"] == analysis_version()
    assert rows[current["id"]]["demands"] == {}  # current version: not read again
    assert reanalyse(db, only_stale=True) == (0, 0)

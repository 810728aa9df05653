"""`passend ingest` of a folder holding a career page and a jobs XML file stores both."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from matcher.cli import cli

DATA = Path(__file__).parent / "data"


def test_ingest_folder_with_career_page_and_jobs_xml(tmp_path: Path) -> None:
    folder = tmp_path / "bronnen"
    folder.mkdir()
    shutil.copy(DATA / "jsonld" / "werken-bij-zorggroep.html", folder)
    shutil.copy(DATA / "jobsxml" / "vacatures.xml", folder)
    db = str(tmp_path / "p.db")
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(folder), "--db", db, "--json", "--silent"])
    assert result.exit_code == 0, result.output
    summaries = {Path(s["source"]).name: s for s in json.loads(result.output)}
    assert summaries["werken-bij-zorggroep.html"]["format"] == "jsonld"
    assert summaries["werken-bij-zorggroep.html"]["new"] == 2
    assert summaries["vacatures.xml"]["format"] == "jobsxml"
    assert summaries["vacatures.xml"]["new"] == 2
    assert len(summaries["vacatures.xml"]["rejected"]) == 1
    listed = json.loads(runner.invoke(cli, ["vacancies", "--json", "--db", db]).output)
    by_title = {v["title"]: v for v in listed}
    receptie = by_title["Medewerker receptie (24 uur)"]
    assert (receptie["salary_min"], receptie["place"]) == (1612.0, "Amersfoort")
    assert by_title["Orderpicker"]["place"] == "Tilburg"
    assert by_title["Orderpicker"]["hours_max"] == 40


def test_format_choices_come_from_readers() -> None:
    result = CliRunner().invoke(cli, ["ingest", "--help"])
    assert "jobsxml" in result.output and "jsonld" in result.output

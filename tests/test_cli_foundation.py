"""The CLI root, ingest of a feed file and the demo command."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from matcher.cli import cli
from matcher.weekly import week_of

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Werkgever Zuid</title>
<item><title>Medewerker klantenservice</title><guid>z-1</guid>
<link>https://werk.example/z-1</link><company>Energie Zuid</company>
<location>Eindhoven</location><salary>€ 2.600 - € 3.000 bruto per maand</salary>
<description>&lt;p&gt;Telefonisch klantcontact, 32 uur per week.&lt;/p&gt;</description></item>
</channel></rss>"""


def test_ingest_then_list_as_json(tmp_path: Path) -> None:
    feed = tmp_path / "zuid.rss"
    feed.write_text(FEED, encoding="utf-8")
    db = str(tmp_path / "p.db")
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(feed), "--db", db, "--json", "--silent"])
    assert first.exit_code == 0, first.output
    assert json.loads(first.output)[0]["new"] == 1
    again = runner.invoke(cli, ["ingest", str(feed), "--db", db, "--json", "--silent"])
    assert json.loads(again.output)[0] | {"new": 0, "unchanged": 1} == json.loads(again.output)[0]
    listed = json.loads(runner.invoke(cli, ["vacancies", "--json", "--db", db]).output)
    assert [v["title"] for v in listed] == ["Medewerker klantenservice"]
    assert listed[0]["salary_min"] == 2600.0
    assert listed[0]["place"] == "Eindhoven"
    assert listed[0]["sources"][0]["url"] == "https://werk.example/z-1"


def test_missing_file_fails_with_exit_1_but_others_land(tmp_path: Path) -> None:
    feed = tmp_path / "zuid.rss"
    feed.write_text(FEED, encoding="utf-8")
    db = str(tmp_path / "p.db")
    result = CliRunner().invoke(
        cli, ["ingest", str(tmp_path / "bestaat-niet.rss"), str(feed), "--db", db, "--json",
              "--silent"],
    )
    assert result.exit_code == 1
    summaries = json.loads(result.output)
    assert summaries[0]["error"] == "bestand bestaat niet"
    assert summaries[1]["new"] == 1


def test_ingest_without_source_is_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "p.db")])
    assert result.exit_code == 2


def test_demo_runs_on_bundled_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # the demo writes its weekly lists to ./passend-export/
    db = str(tmp_path / "demo.db")
    result = CliRunner().invoke(cli, ["demo", "--db", db])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "passend-export" / "weeklijst-wn-zorg-0102-"
            f"{week_of(date.today())}.pdf").is_file()
    listed = json.loads(CliRunner().invoke(cli, ["vacancies", "--json", "--db", db]).output)
    assert {"Orderpicker distributiecentrum", "Planner thuiszorg"} <= {v["title"] for v in listed}
    profiles = json.loads(
        CliRunner().invoke(cli, ["profiles", "list", "--json", "--db", db]).output
    )
    assert "wn-magazijn-0101" in {p["id"] for p in profiles}
    assert "wn-zorg-0102 op" in result.stdout and "Planner" in result.stdout
    applied = json.loads(CliRunner().invoke(cli, ["applications", "list", "--json",
                                                  "--db", db]).output)
    assert len(applied) == 1 and applied[0]["status"] == "applied"
    dossier = (tmp_path / "passend-export" / f"dossier-{applied[0]['profile_id']}.html")
    assert applied[0]["title"] in dossier.read_text("utf-8")
    assert "Naleving op" in result.stdout
    assert "1 samengevoegd" in " ".join(result.stderr.split())  # the agency copy in the demo CSV
    lists = json.loads(CliRunner().invoke(cli, ["weekly", "--json", "--db", db]).stdout)["lists"]
    assert all(found["items"] for found in lists)  # every example profile gets vacancies
    again = CliRunner().invoke(cli, ["demo", "--db", db])  # a second demo run adds nothing
    assert again.exit_code == 0, again.output
    assert len(json.loads(CliRunner().invoke(cli, ["applications", "list", "--json",
                                                   "--db", db]).output)) == 1

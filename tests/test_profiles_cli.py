"""``passend profiles`` through click: exit codes, partial loads, privacy of output."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

from click.testing import CliRunner

from matcher.cli import cli

EXAMPLES = Path(__file__).parent.parent / "profiles" / "examples"


def _run(db_path: Path, *args: str) -> object:
    return CliRunner().invoke(cli, ["profiles", *args, "--db", str(db_path)]
                              if args[0] not in {"schema", "validate"} else ["profiles", *args])


def test_add_list_show_remove(db_path: Path) -> None:
    files = [str(p) for p in sorted(EXAMPLES.glob("*.yaml"))]
    result = _run(db_path, "add", *files)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    listed = json.loads(_run(db_path, "list", "--json").stdout)
    assert {"id": "wn-zorg-0102", "version": 1} in listed and len(listed) == len(files)
    shown = json.loads(_run(db_path, "show", "wn-zorg-0102", "--json", "--on",
                            "2026-04-01").stdout)
    assert shown["profile"]["fml"]["VI.1"] == [2]
    overdue = {d["key"]: d["overdue"] for d in shown["deadlines"]}
    assert overdue["ziekmelding-uwv"] and not overdue["eerstejaarsevaluatie"]
    table = _run(db_path, "show", "wn-zorg-0102", "--on", "2026-04-01")
    assert table.exit_code == 0 and "verlopen" in table.stdout
    assert _run(db_path, "remove", "wn-zorg-0102").exit_code == 0
    assert len(json.loads(_run(db_path, "list", "--json").stdout)) == len(files) - 1
    assert _run(db_path, "remove", "wn-zorg-0102x").exit_code == 1


def test_changed_file_adds_a_version(db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "wn.yaml"
    shutil.copy(EXAMPLES / "wn-magazijn-0101.yaml", path)
    assert _run(db_path, "add", str(path)).exit_code == 0
    assert _run(db_path, "add", str(path)).exit_code == 0
    path.write_text(path.read_text(encoding="utf-8").replace("IV.13: 2", "IV.13: 3"),
                    encoding="utf-8")
    assert _run(db_path, "add", str(path)).exit_code == 0
    assert json.loads(_run(db_path, "list", "--json").stdout) == [
        {"id": "wn-magazijn-0101", "version": 2}]


def test_invalid_file_stores_nothing_but_others_load(db_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "fout.yaml"
    bad.write_text(
        "id: wn-0099\nfirst_sick_day: 2025-06-02\nprofile_set_on: 2025-01-01\n"
        "home_postcode: 8011 PK\nnotes: herstel na hernia\nfml: {IV.13: 7}\n",
        encoding="utf-8",
    )
    result = _run(db_path, "add", str(bad), str(EXAMPLES / "wn-winkel-0105.yaml"))
    assert result.exit_code == 1
    assert f"{bad}: fml.IV.13: 7 is geen optie van Tillen of dragen (0-3)" in result.stderr
    assert "profile_set_on: ligt vóór first_sick_day" in result.stderr
    assert "notes: lijkt een diagnose te bevatten" in result.stderr
    assert "hernia" not in result.output
    ids = [p["id"] for p in json.loads(_run(db_path, "list", "--json").stdout)]
    assert ids == ["wn-winkel-0105"]


def test_validate_and_usage_errors(tmp_path: Path) -> None:
    files = [str(p) for p in sorted(EXAMPLES.glob("*.yaml"))]
    assert _run(tmp_path, "validate", *files).exit_code == 0
    missing = _run(tmp_path, "validate", str(tmp_path / "weg.yaml"))
    assert missing.exit_code == 1 and "bestand niet te lezen" in missing.stderr
    assert _run(tmp_path, "validate").exit_code == 2
    assert CliRunner().invoke(cli, ["profiles", "show"]).exit_code == 2


def test_show_unknown_profile_fails(db_path: Path) -> None:
    result = _run(db_path, "show", "wn-onbekend")
    assert result.exit_code == 1 and "bestaat niet" in result.stderr


def test_schema_is_json_schema() -> None:
    schema = json.loads(_run(Path(), "schema").stdout)
    assert schema["title"] == "Zoekprofiel"
    assert "first_sick_day" in schema["required"]
    objects = [schema, *schema["$defs"].values()]
    undocumented = [f"{o['title']}.{name}" for o in objects
                    for name, spec in o.get("properties", {}).items()
                    if not spec.get("description")]
    assert undocumented == []  # every field explains itself, in Dutch, to whoever writes a profile


def test_calendar_writes_ics_with_ids_only(db_path: Path, tmp_path: Path) -> None:
    _run(db_path, "add", str(EXAMPLES / "wn-kantoor-0103.yaml"))
    out = tmp_path / "wn.ics"
    assert _run(db_path, "calendar", "wn-kantoor-0103", "--out", str(out)).exit_code == 0
    text = out.read_bytes().decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.count("BEGIN:VEVENT") == 9
    assert "Verzekeraar" not in text and "3011" not in text

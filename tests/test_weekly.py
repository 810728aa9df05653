"""The weekly list and the scheduled job, end to end on generated Dutch vacancies."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from filelock import FileLock
from openpyxl import load_workbook
from pypdf import PdfReader

from ingest import store
from matcher import export, weekly
from matcher.cli import cli
from matcher.policy import load_policy

EXAMPLES = Path(__file__).parent.parent / "profiles" / "examples"
MAGAZIJN, KANTOOR = "wn-magazijn-0101", "wn-kantoor-0103"
HEADER = ("vacature_id;titel;werkgever;omschrijving;plaats;postcode;salaris;uren;opleiding;"
          "contract;url;geplaatst_op;geldig_tot")

# Office work near Enschede for the warehouse profile (bicycle, at most 32 hours); order picking
# asks lifting, which the profile's FML excludes.
TWENTE = [
    ("Medewerker voorraadadministratie", "Enschede", "7511 JE", "Distributiecentrum Twentekanaal"),
    ("Orderpicker", "Enschede", "7521 PH", "Groothandel Oosterveld"),
    ("Planner binnendienst", "Enschede", "7513 AB", "Transportbedrijf Haaksbergen"),
    ("Medewerker planning", "Enschede", "7522 NB", "Bouwmaterialen Tubantia"),
    ("Voorraadbeheerder administratie", "Enschede", "7514 BN", "Tuincentrum De Esch"),
    ("Medewerker orderadministratie", "Enschede", "7531 AA", "Fietsgroothandel Lonneker"),
    ("Planner orderverwerking", "Enschede", "7512 EE", "Drukkerij Het Volkspark"),
    ("Medewerker inkoopadministratie", "Enschede", "7523 JE", "Elektrotechniek Roombeek"),
]
# Rotterdam: two part-time office jobs for the office profile; the rest asks too many hours.
RIJNMOND = [
    ("Administratief medewerker", "20 uur per week", "Woningcorporatie Maasoever"),
    ("Archiefmedewerker", "16 tot 20 uur", "Gemeentearchief Rijnmond"),
    *[(f"Medewerker data-invoer {team}", "38 uur per week", f"Verzekeraar {team}")
      for team in ("Kralingen", "Delfshaven", "Charlois", "Hillegersberg", "Feijenoord",
                   "Overschie", "Noord")],
]


def _csv_row(key: str, title: str, employer: str, place: str, postcode: str,
             hours: str) -> str:
    text = (f"{title} bij {employer}. Je werkt op kantoor achter de computer en houdt de "
            "administratie bij. Zittend werk, geen tilwerk.")
    if title == "Orderpicker":
        text = (f"{title} bij {employer}. Je verzamelt orders in het magazijn en tilt dozen "
                "tot 25 kg.")
    return ";".join([key, title, employer, text, place, postcode,
                     "€ 2.500 - € 2.900 bruto per maand", hours, "mbo 2", "vast",
                     f"https://werk.example/{key}", "2026-11-16", "2027-03-31"])


def write_twente(path: Path, count: int) -> None:
    rows = [_csv_row(f"tw-{i}", title, employer, place, postcode, "24 uur per week")
            for i, (title, place, postcode, employer) in enumerate(TWENTE[:count])]
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")


def write_rijnmond(path: Path) -> None:
    rows = [_csv_row(f"rm-{i}", title, employer, "Rotterdam", "3012 CN", hours)
            for i, (title, hours, employer) in enumerate(RIJNMOND)]
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def setup(tmp_path: Path) -> dict[str, Path]:
    """Two registered employer spreadsheets, one missing source, two example profiles."""
    db = tmp_path / "passend.db"
    twente, rijnmond = tmp_path / "twente.csv", tmp_path / "rijnmond.csv"
    write_twente(twente, 6)
    write_rijnmond(rijnmond)
    for location in (twente, rijnmond, tmp_path / "verdwenen.csv"):
        assert invoke("sources", "add", str(location), "--db", str(db)).exit_code == 0
    added = invoke("profiles", "add", str(EXAMPLES / f"{MAGAZIJN}.yaml"),
                   str(EXAMPLES / f"{KANTOOR}.yaml"), "--db", str(db))
    assert added.exit_code == 0, added.output
    return {"db": db, "twente": twente, "out": tmp_path / "export"}


def run_weekly(paths: dict[str, Path], week: str) -> dict[str, Any]:
    result = invoke("run-weekly", "--week", week, "--db", str(paths["db"]),
                    "--out", str(paths["out"]), "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def build_lists(paths: dict[str, Path], week: str, *extra: str) -> list[dict[str, Any]]:
    """Ingest and build the lists without exports (faster than the whole job)."""
    invoke("ingest", "--all", "--db", str(paths["db"]), "--silent")
    result = invoke("weekly", "--week", week, "--db", str(paths["db"]), "--json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["lists"]


def offered(db_path: Path, profile_id: str, week: str) -> list[str]:
    db = store.open_db(db_path)
    return [row["title"] for row in db["weekly_items"].rows_where(
        "profile_id = ? and week = ?", [profile_id, week], order_by="rank")]


def test_two_weeks_never_offer_a_vacancy_twice(setup: dict[str, Path]) -> None:
    first = run_weekly(setup, "2026-W48")
    assert [s["error"] is not None for s in first["sources"]].count(True) == 1  # verdwenen.csv
    assert first["steps"]["weeklijsten"] == {"built": 2, "kept": 0, "skipped": 0}
    week1 = offered(setup["db"], MAGAZIJN, "2026-W48")
    assert sorted(week1) == sorted(t[0] for t in TWENTE[:6] if t[0] != "Orderpicker")

    write_twente(setup["twente"], 8)  # two new vacancies in the second week
    second = run_weekly(setup, "2026-W49")
    week2 = offered(setup["db"], MAGAZIJN, "2026-W49")
    assert sorted(week2) == ["Medewerker inkoopadministratie", "Planner orderverwerking"]
    short = {x["profile_id"]: x["shortfall"] for x in second["lists"]}
    assert "2 van de 5" in short[MAGAZIJN] and "5 al eerder aangeboden" in short[MAGAZIJN]

    again = build_lists(setup, "2026-W48")  # idempotent: the stored list comes back unchanged
    assert [x["built"] for x in again] == [False, False]
    assert offered(setup["db"], MAGAZIJN, "2026-W48") == week1


def test_applied_and_merged_vacancies_are_not_offered_again(setup: dict[str, Path]) -> None:
    """An application made outside the list, and a posting merged into one already offered."""
    build_lists(setup, "2026-W48")
    write_twente(setup["twente"], 8)
    invoke("ingest", "--all", "--db", str(setup["db"]), "--silent")
    db = store.open_db(setup["db"])
    ids = {row["title"]: row["id"] for row in store.iter_vacancies(db)}
    with db.conn:
        db["applications"].insert({"profile_id": MAGAZIJN, "status": "applied",
                                   "vacancy_id": ids["Planner orderverwerking"],
                                   "applied_on": "2026-11-25", "how": "e-mail"})
        # The new inkoop vacancy turns out to be the same job as one offered in week 48: after
        # deduplication the offered one points at it as its canonical posting.
        db["vacancies"].update(ids["Medewerker planning"],
                               {"duplicate_of": ids["Medewerker inkoopadministratie"]})
    lists = build_lists(setup, "2026-W49", "--profile", MAGAZIJN)
    assert lists[0]["items"] == [] and "0 van de 5" in lists[0]["shortfall"]["message"]


def test_list_records_versions_and_refresh_rebuilds(setup: dict[str, Path]) -> None:
    build_lists(setup, "2026-W48")
    db = store.open_db(setup["db"])
    row = db["weekly_lists"].get((MAGAZIJN, "2026-W48"))
    assert (row["profile_version"], row["policy_version"], row["stage"], row["quota"]) == (
        1, load_policy().version, "P3", 5)
    item = next(db["weekly_items"].rows_where("profile_id = ?", [MAGAZIJN], order_by="rank"))
    assert item["place"] == "Enschede" and item["salary_text"].startswith("€ 2.500")
    assert item["travel_minutes"] > 0 and json.loads(item["criteria"])[0]["reason"]

    write_twente(setup["twente"], 8)
    invoke("ingest", "--all", "--db", str(setup["db"]), "--silent")
    args = ["weekly", "--week", "2026-W48", "--profile", MAGAZIJN, "--db", str(setup["db"]),
            "--json"]
    kept = json.loads(invoke(*args).stdout)["lists"][0]
    assert not kept["built"] and [i["title"] for i in kept["items"]] == offered(
        setup["db"], MAGAZIJN, "2026-W48")
    rebuilt = json.loads(invoke(*args, "--refresh").stdout)["lists"][0]
    assert rebuilt["built"] and len(rebuilt["items"]) == 5
    titles = [i["title"] for i in rebuilt["items"]]
    assert "Medewerker inkoopadministratie" in titles and "Planner binnendienst" not in titles
    assert db["weekly_items"].count_where("profile_id = ? and week = ?",
                                          [MAGAZIJN, "2026-W48"]) == 5


def test_shortfall_names_the_criterion_that_excluded_most(setup: dict[str, Path]) -> None:
    build_lists(setup, "2026-W48")
    found = weekly.load_list(store.open_db(setup["db"]), KANTOOR, "2026-W48")
    assert found is not None and found.shortfall is not None
    assert sorted(i.title for i in found.items) == ["Administratief medewerker",
                                                    "Archiefmedewerker"]
    # Seven Rotterdam jobs ask 38 hours; the six Twente jobs are too far away.
    assert found.shortfall["excluded_by"] == {"hours": 7, "travel": 6}
    message = found.shortfall["message"]
    assert message.startswith("Te weinig passende vacatures: 2 van de 5")
    assert "Meest uitgesloten door: uren (7), reistijd (6)" in message
    assert "loonsanctie" in message
    result = invoke("weekly", "--week", "2026-W48", "--profile", KANTOOR, "--db",
                    str(setup["db"]))
    assert "Meest uitgesloten door: uren" in " ".join(result.stdout.split())


def test_killed_run_keeps_the_store_consistent_and_next_run_completes(
        setup: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    real = weekly.build_list
    built: list[str] = []

    def dies_after_first(db: Any, profile_id: str, *args: Any, **kwargs: Any) -> Any:
        if built:
            raise RuntimeError("stroomstoring")
        built.append(profile_id)
        return real(db, profile_id, *args, **kwargs)

    monkeypatch.setattr(weekly, "build_list", dies_after_first)
    result = invoke("run-weekly", "--week", "2026-W48", "--db", str(setup["db"]), "--out",
                    str(setup["out"]))
    assert result.exit_code == 1
    assert "stap 'weeklijsten' faalde" in result.stderr and "stroomstoring" in result.stderr
    db = store.open_db(setup["db"])
    assert [r["profile_id"] for r in db["weekly_lists"].rows] == [KANTOOR]
    assert db.execute("select count(*) from weekly_items i left join weekly_lists l using "
                      "(profile_id, week) where l.profile_id is null").fetchone()[0] == 0
    assert db.execute("pragma integrity_check").fetchone()[0] == "ok"

    monkeypatch.setattr(weekly, "build_list", real)
    summary = run_weekly(setup, "2026-W48")
    assert {x["profile_id"]: x["built"] for x in summary["lists"]} == {KANTOOR: False,
                                                                      MAGAZIJN: True}


def test_a_list_is_written_whole_or_not_at_all(setup: dict[str, Path],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    build_lists(setup, "2026-W48")
    db = store.open_db(setup["db"])
    before = db["weekly_lists"].get((MAGAZIJN, "2026-W48"))

    def broken(*args: Any) -> dict[str, Any]:
        raise sqlite3.OperationalError("schijf vol")

    monkeypatch.setattr(weekly, "_item_record", broken)
    with pytest.raises(sqlite3.OperationalError):
        weekly.build_list(db, MAGAZIJN, "2026-W48", load_policy(None), refresh=True)
    other = store.open_db(setup["db"])  # what another process sees: the old list, whole
    assert other["weekly_lists"].get((MAGAZIJN, "2026-W48")) == before
    assert other["weekly_items"].count_where("profile_id = ?", [MAGAZIJN]) == 5


def test_second_run_is_refused_while_one_holds_the_lock(setup: dict[str, Path]) -> None:
    with FileLock(f"{setup['db']}.lock"):
        result = invoke("run-weekly", "--db", str(setup["db"]))
    assert result.exit_code == 75
    assert "Er loopt al een run-weekly" in result.stderr


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.links.append(dict(attrs)["href"] or "")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_exports_open_and_hold_the_list(setup: dict[str, Path]) -> None:
    build_lists(setup, "2026-W48", "--profile", MAGAZIJN, "--out", str(setup["out"]))
    titles = offered(setup["db"], MAGAZIJN, "2026-W48")
    stem = setup["out"] / f"weeklijst-{MAGAZIJN}-2026-W48"
    files = [stem.with_suffix(ext) for ext in (".xlsx", ".csv", ".html", ".pdf")]
    assert all(os.stat(f).st_mode & 0o777 == 0o600 for f in files)

    sheet = load_workbook(files[0]).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == weekly.EXPORT_HEADER and [r[1] for r in rows[1:]] == titles
    assert rows[1][3] == "Enschede" and "€" in rows[1][6] and rows[1][11].startswith("https://")

    with files[1].open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle, delimiter=";"))
    assert [r["vacature"] for r in table] == titles and table[0]["reistijd (min)"].isdigit()

    page = _Page()
    page.feed(files[2].read_text("utf-8"))
    text = " ".join(" ".join(page.text).split())
    assert "Weeklijst 2026-W48" in text and all(t in text for t in titles)
    assert "Waarom het past" in text and page.links[0] == rows[1][11]

    pdf = " ".join(p.extract_text() for p in PdfReader(files[3]).pages)
    assert "één vacature" in pdf and "€ 2.500" in pdf and titles[0] in pdf


@pytest.mark.parametrize(("value", "safe"), [
    ('=HYPERLINK("https://kwaad.example","Klik")', '\'=HYPERLINK("https://kwaad.example","Klik")'),
    ("+31 6 12345678", "'+31 6 12345678"),
    ("-2+3", "'-2+3"),
    ("@SOM(A1:A9)", "'@SOM(A1:A9)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("Schoonmaker (m/v) 24 uur", "Schoonmaker (m/v) 24 uur"),
    (24.5, 24.5),
])
def test_spreadsheet_cells_never_run_as_formulas(tmp_path: Path, value: Any, safe: Any) -> None:
    assert export.neutralise(value) == safe
    export.write_xlsx(tmp_path / "a.xlsx", "Weeklijst", ["titel"], [[value]])
    export.write_csv(tmp_path / "a.csv", ["titel"], [[value]])
    cell = load_workbook(tmp_path / "a.xlsx").active["A2"]
    xml_safe = safe.replace("\r", "\n") if isinstance(safe, str) else safe  # XML has no \r
    assert cell.value == xml_safe and cell.data_type != "f"
    with (tmp_path / "a.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle, delimiter=";"))[1] == [str(safe)]


@pytest.mark.parametrize(("day", "week", "monday"), [
    (date(2026, 11, 23), "2026-W48", date(2026, 11, 23)),
    (date(2026, 11, 29), "2026-W48", date(2026, 11, 23)),
    (date(2027, 1, 1), "2026-W53", date(2026, 12, 28)),
])
def test_iso_weeks(day: date, week: str, monday: date) -> None:
    assert weekly.week_of(day) == week and weekly.monday(week) == monday


@pytest.mark.parametrize("bad", ["2026-48", "2026-W54", "W48"])
def test_bad_week_is_a_usage_error(bad: str, db_path: Path) -> None:
    result = invoke("weekly", "--week", bad, "--db", str(db_path))
    assert result.exit_code == 2 and "JJJJ-Www" in result.output


def test_profile_set_after_the_monday_gets_no_list_that_week(setup: dict[str, Path]) -> None:
    invoke("ingest", "--all", "--db", str(setup["db"]), "--silent")
    result = invoke("weekly", "--week", "2025-W44", "--db", str(setup["db"]), "--json")
    data = json.loads(result.stdout)
    assert [x["profile_id"] for x in data["lists"]] == [KANTOOR]  # set on 2025-10-20
    assert "geen versie geldig op 2025-10-27" in data["skipped"][MAGAZIJN]
    assert f"{MAGAZIJN} overgeslagen" in result.stderr


def test_html_page_escapes_feed_text_and_drops_script_links() -> None:
    item = weekly.Item(1, "abc", 0.8, "let_op", [], "<script>alert('x')</script> Kok",
                       "Eetcafé <b>De Brink</b>", "Deventer", "javascript:alert(1)", "24 uur",
                       "€ 2.400", 20.0)
    page = export.render_template(
        "weeklijst.html.j2", monday=date(2026, 11, 23), link=export.safe_link,
        weekly=weekly.WeeklyList(MAGAZIJN, "2026-W48", "", 1, "2026.1", "P3", 5, None, [item]))
    parsed = _Page()
    parsed.feed(page)
    assert "<script>" not in page and "&lt;script&gt;" in page and parsed.links == []
    assert "Eetcafé <b>De Brink</b>" in " ".join(parsed.text)


def test_two_weeks_of_the_job_end_in_the_dossier_and_the_status(setup: dict[str, Path]) -> None:
    """Week 1: a list and an application; week 2: a list but no application, which is flagged."""
    run_weekly(setup, "2026-W48")
    db = store.open_db(setup["db"])
    first = db["weekly_items"].rows_where("profile_id = ? and week = ?", [MAGAZIJN, "2026-W48"],
                                          order_by="rank").__next__()
    applied = invoke("applications", "add", "--profile", MAGAZIJN, "--vacancy",
                     first["vacancy_id"], "--on", "2026-11-25", "--how", "online",
                     "--db", str(setup["db"]))
    assert applied.exit_code == 0, applied.output
    write_twente(setup["twente"], 8)
    run_weekly(setup, "2026-W49")

    status = invoke("status", "--on", "2026-12-07", "--json", "--db", str(setup["db"]))
    assert status.exit_code == 0, status.output
    magazijn = next(p for p in json.loads(status.stdout) if p["profile_id"] == MAGAZIJN)
    assert "2026-W49" in magazijn["weeks_without_application"]
    assert "2026-W48" not in magazijn["weeks_without_application"]

    dossier = setup["out"] / "dossier.html"
    written = invoke("dossier", "--profile", MAGAZIJN, "--on", "2026-12-07", "--out", str(dossier),
                     "--db", str(setup["db"]))
    assert written.exit_code == 0, written.output
    page = _Page()
    page.feed(dossier.read_text("utf-8"))
    text = " ".join(" ".join(page.text).split())
    assert first["title"] in text and "2026-W48" in text and "2026-W49" in text
    assert "Medewerker inkoopadministratie" in text  # offered in the second week


def test_weekly_and_the_dossier_use_the_policy_file_given(setup: dict[str, Path],
                                                          tmp_path: Path) -> None:
    """A user's own policy replaces the shipped one in the scheduled job and the dossier."""
    shipped = (Path(weekly.__file__).parent / "data" / "policy.yaml").read_text("utf-8")
    own = tmp_path / "beleid.yaml"
    version = load_policy().version
    own.write_text(shipped.replace(f'version: "{version}"', 'version: "2026.1-werkgever"'),
                   encoding="utf-8")
    assert "2026.1-werkgever" in own.read_text("utf-8")
    lists = build_lists(setup, "2026-W48", "--policy", str(own))
    assert {found["policy_version"] for found in lists} == {"2026.1-werkgever"}
    dossier = tmp_path / "dossier.html"
    written = invoke("dossier", "--profile", MAGAZIJN, "--out", str(dossier), "--policy",
                     str(own), "--db", str(setup["db"]))
    assert written.exit_code == 0, written.output
    assert "2026.1-werkgever" in dossier.read_text("utf-8")

"""Employer spreadsheets: CSV in any delimiter and encoding, XLSX, known layouts and mappings."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from ingest import pipeline, store
from ingest.model import RawPosting, Rejected
from ingest.sources import SourceError, read, spreadsheet
from matcher.cli import cli

TEMPLATE_CSV = (
    "titel;werkgever;omschrijving;plaats;salaris;uren;opleiding;contract;vacature_id;geldig_tot\n"
    "Medewerker groenonderhoud;Gemeente Zwolle;Licht onderhoud van plantsoenen - zittend werk"
    " mogelijk.;Zwolle;€ 2.450 - € 2.900 per maand;24 uur;MBO 2;Tijdelijk;gz-1;2099-01-31\n"
    "Receptionist(e) polikliniek;Isala;Patiënten ontvangen en afspraken inplannen.;Zwolle;"
    "€ 2.700 bruto;20-24 uur;MBO 3;Vast;gz-2;\n"
)

GOOGLE_CSV = (
    "Job ID,Location ID,Title,Final URL,Image URL,Subtitle,Description,Salary,Category,"
    "Contextual keywords,Address,Similar Job IDs\n"
    "ab12,Haarlem,Administratief medewerker,https://werk.example/ab12,,Administratie,"
    "Je verwerkt facturen in een rustig team.,€3100-€3600,Administratie,"
    "administratie;Haarlem;kantoor,Haarlem,\n"
    "cd34,Amersfoort,Begeleider wonen,https://werk.example/cd34,,Zorg,"
    "Begeleiding van bewoners overdag.,€2900,Zorg,zorg;Amersfoort,Amersfoort,ab12\n"
)


def postings(content: bytes, options: dict | None = None) -> list[RawPosting | Rejected]:
    return list(read(content, "werkgever.csv", fmt="spreadsheet", options=options))


def good(items: list[RawPosting | Rejected]) -> list[RawPosting]:
    return [i for i in items if isinstance(i, RawPosting)]


@pytest.mark.parametrize(
    ("encoding", "delimiter"), [("cp1252", ";"), ("utf-8", ","), ("utf-8-sig", "\t")]
)
def test_template_csv_in_any_encoding_and_delimiter(encoding: str, delimiter: str) -> None:
    content = TEMPLATE_CSV.replace(";", delimiter).encode(encoding)
    items = postings(content)
    assert [p.title for p in good(items)] == ["Medewerker groenonderhoud",
                                              "Receptionist(e) polikliniek"]
    first, second = good(items)
    assert first.salary_text == "€ 2.450 - € 2.900 per maand"
    assert second.description == "Patiënten ontvangen en afspraken inplannen."
    assert (first.item_id, first.place_text, first.hours_text) == ("gz-1", "Zwolle", "24 uur")
    assert first.location == "regel 2"
    assert first.raw["werkgever"] == "Gemeente Zwolle"


def test_google_job_feed_layout_is_recognised() -> None:
    first, second = good(postings(GOOGLE_CSV.encode()))
    assert (first.item_id, first.title, first.url) == (
        "ab12", "Administratief medewerker", "https://werk.example/ab12")
    assert (first.place_text, first.salary_text) == ("Haarlem", "€3100-€3600")
    assert first.description == "Je verwerkt facturen in een rustig team."
    assert second.salary_text == "€2900"


def test_broken_rows_are_rejected_and_others_land() -> None:
    content = (
        b"titel;plaats;uren\n"
        b"Schoonmaker;Deventer;16 uur\n"
        b";Deventer;20 uur\n"
        b"Magazijnmedewerker;Apeldoorn;32 uur;extra;cellen\n"
        b"Chauffeur;Zutphen;38 uur\n"
    )
    items = postings(content)
    assert [p.title for p in good(items)] == ["Schoonmaker", "Chauffeur"]
    rejected = {r.location: r.reason for r in items if isinstance(r, Rejected)}
    assert set(rejected) == {"regel 3", "regel 4"}
    assert "titel" in rejected["regel 3"]
    assert "5 cellen maar 3 kolommen" in rejected["regel 4"]


def test_unknown_layout_names_columns_and_suggests_mapping() -> None:
    with pytest.raises(SourceError) as error:
        postings(b"Functienaam;Standplaats\nKok;Ede\n")
    assert "Functienaam, Standplaats" in str(error.value)
    assert "--mapping" in str(error.value)


def test_mapping_file_through_cli(tmp_path: Path) -> None:
    sheet = tmp_path / "personeel.csv"
    sheet.write_text("Functienaam;Standplaats;Werktijd\nKok;Ede;32 uur\n", encoding="utf-8")
    mapping = tmp_path / "kolommen.yaml"
    mapping.write_text(
        'columns:\n  title: "Functienaam"\n  place: "Standplaats"\n  hours: "Werktijd"\n'
        "employer: Restaurant De Molen\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "p.db")
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(sheet), "--mapping", str(mapping), "--db", db,
                                 "--json", "--silent"])
    assert result.exit_code == 0, result.output
    listed = json.loads(runner.invoke(cli, ["vacancies", "--json", "--db", db]).output)
    assert [(v["title"], v["employer"], v["place"], v["hours_max"]) for v in listed] == [
        ("Kok", "Restaurant De Molen", "Ede", 32.0)]


def test_mapping_naming_a_missing_column_says_which() -> None:
    mapping = {"columns": {"title": "Functienaam", "place": "Werkplek"}, "employer": ""}
    with pytest.raises(SourceError) as error:
        postings(b"Functienaam;Standplaats\nKok;Ede\n", {"mapping": mapping})
    assert "niet gevonden: Werkplek" in str(error.value)
    assert "Functienaam, Standplaats" in str(error.value)


def test_bad_mapping_file_is_a_usage_error(tmp_path: Path) -> None:
    mapping = tmp_path / "kolommen.yaml"
    mapping.write_text("columns:\n  functie: Functienaam\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", "x.csv", "--mapping", str(mapping),
                                      "--db", str(tmp_path / "p.db")])
    assert result.exit_code == 2
    assert "onbekende velden functie" in result.output


def _with_cached_formula(book_bytes: bytes, cell: str, formula: str, value: str) -> bytes:
    """Give a formula cell the cached value Excel would have saved (openpyxl saves none)."""
    source = zipfile.ZipFile(io.BytesIO(book_bytes))
    out = io.BytesIO()
    written = f'<c r="{cell}"><f>{formula}</f><v /></c>'
    cached = f'<c r="{cell}" t="str"><f>{formula}</f><v>{value}</v></c>'
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if written.encode() in data:
                data = data.replace(written.encode(), cached.encode())
            target.writestr(item, data)
    return out.getvalue()


def test_xlsx_reads_sheet_vacatures_with_formula_values() -> None:
    book = openpyxl.Workbook()
    book.active.title = "Toelichting"
    book.active.append(["Vul het tabblad Vacatures in."])
    sheet = book.create_sheet("Vacatures")
    sheet.append(list(spreadsheet.TEMPLATE))
    sheet.append(["x-1", "Baliemedewerker", "Bibliotheek Oost", "Uitlenen en adviseren.",
                  "Enschede", "7511", 2600, 24, "mbo 3", "vast", "", None, "=A2"])
    buffer = io.BytesIO()
    book.save(buffer)
    content = _with_cached_formula(buffer.getvalue(), "M2", "A2", "2099-06-30")
    (posting,) = good(postings(content))
    assert (posting.title, posting.employer, posting.salary_text, posting.hours_text) == (
        "Baliemedewerker", "Bibliotheek Oost", "2600", "24")
    assert posting.valid_through_text == "2099-06-30"


def test_committed_template_matches_and_command_writes_it(tmp_path: Path) -> None:
    data = Path(spreadsheet.__file__).parent.parent / "data"
    header = (data / "vacature-sjabloon.csv").read_text(encoding="utf-8").strip().split(";")
    assert header == list(spreadsheet.TEMPLATE)
    committed = openpyxl.load_workbook(data / "vacature-sjabloon.xlsx")
    assert [c.value for c in committed["Vacatures"][1]] == list(spreadsheet.TEMPLATE)
    out = tmp_path / "sjabloon.xlsx"
    result = CliRunner().invoke(cli, ["template", str(out)])
    assert result.exit_code == 0, result.output
    written = openpyxl.load_workbook(out)["Vacatures"]
    written.append(["t-1", "Tuinman", "Hovenier Jansen"])
    book = written.parent
    book.save(out)
    db = store.open_db(tmp_path / "p.db")
    summary = pipeline.ingest_source(db, str(out), fmt="spreadsheet")
    assert (summary.ok, summary.new) == (True, 1)


def test_real_google_feed_from_shared_data(shared_data: Path) -> None:
    path = shared_data / "vacancies/ggz-ingeest-jobs_feed.csv"
    items = postings(path.read_bytes())
    assert len(good(items)) > 100
    assert all(p.title and p.url for p in good(items))

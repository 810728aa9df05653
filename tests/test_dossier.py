"""The dossier and the monthly report, written as PDF, HTML and XLSX and read back."""

from __future__ import annotations

import stat
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlite_utils import Database
from test_tracking import PROFILE, seed_trail

from ingest import store
from matcher import tracking
from matcher.cli import cli
from matcher.document import sheet_title, write_document
from matcher.dossier import build_dossier, build_report
from matcher.export import neutralise, write_private
from matcher.policy import load_policy
from profiles.store import add_profile, get_profile

ON = date(2026, 3, 1)
SECTIONS = ["Tijdlijn", "Aangeboden vacatures per week", "Sollicitaties en uitkomsten",
            "Contacten en acties", "Zoekprofiel: versies en wijzigingen",
            f"Fasen van het verruimingsbeleid (beleid {load_policy().version})",
            "Bevindingen naleving"]


@pytest.fixture(scope="module")
def trail_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeded trail plus a widened zoekprofiel (version 2) and a contact with markup."""
    path = tmp_path_factory.mktemp("dossier") / "passend.db"
    db = store.open_db(path)
    seed_trail(db)
    profile = get_profile(db, PROFILE)[0]
    add_profile(db, profile.model_copy(update={
        "search_directions": [*profile.search_directions, "klantenservice"]}))
    tracking.add_contact(db, PROFILE, kind="overig", who="<script>alert(1)</script>",
                         what="cv bijgewerkt & verstuurd", on=date(2026, 2, 26))
    return path


@pytest.fixture(scope="module")
def written(trail_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("uit")
    document = build_dossier(store.open_db(trail_db), PROFILE, ON)
    paths = {ext: folder / f"dossier.{ext}" for ext in ("pdf", "html", "xlsx")}
    for path in paths.values():
        write_document(document, path)
    return paths


def test_files_are_private(written: dict[str, Path]) -> None:
    assert {stat.S_IMODE(p.stat().st_mode) for p in written.values()} == {0o600}


def test_pdf_holds_vacancies_outcomes_and_charts(written: dict[str, Path]) -> None:
    reader = PdfReader(written["pdf"])
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for expected in ("Re-integratiedossier tweede spoor", "Voorraadadministrateur",
                     "Medewerker inkoopadministratie", "Baliemedewerker magazijn",
                     "afgewezen", "gekozen voor een interne kandidaat",
                     "week 2026-W06: geen sollicitatie", "meest uitgesloten door: reistijd",
                     "search_directions", "fase P2 gaat in"):
        assert expected in text, expected
    assert sum(len(page.images) for page in reader.pages) == 2


class _Collector(HTMLParser):
    """Headings, table cells and image sources of an HTML export."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[str] = []
        self.cells: list[str] = []
        self.images: list[str] = []
        self._into: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.images.append(dict(attrs)["src"] or "")
        self._into = {"h2": self.headings, "td": self.cells}.get(tag, self._into)
        if tag in {"h2", "td"}:
            self._into.append("")  # type: ignore[union-attr]

    def handle_endtag(self, tag: str) -> None:
        if tag in {"h2", "td"}:
            self._into = None

    def handle_data(self, data: str) -> None:
        if self._into is not None:
            self._into[-1] += data


def _parse(path: Path) -> _Collector:
    parser = _Collector()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_html_parses_with_sections_and_inline_charts(written: dict[str, Path]) -> None:
    parsed = _parse(written["html"])
    assert parsed.headings == SECTIONS
    assert len(parsed.images) == 2
    assert all(src.startswith("data:image/png;base64,iVBOR") for src in parsed.images)
    assert "<script>alert(1)</script>" in parsed.cells  # shown as text ...
    assert "<script>" not in written["html"].read_text(encoding="utf-8")  # ... never as markup
    assert "afgewezen" in parsed.cells and "Planner binnendienst" in parsed.cells


def test_xlsx_one_sheet_per_section_and_no_formulas(written: dict[str, Path]) -> None:
    book = load_workbook(written["xlsx"])
    assert book.sheetnames == ["Overzicht", *(sheet_title(s, set()) for s in SECTIONS)]
    applications = book["Sollicitaties en uitkomsten"]
    assert [c.value for c in applications[1]][:5] == ["datum", "vacature", "werkgever", "wijze",
                                                      "status"]
    values = [c.value for row in applications.iter_rows(min_row=2) for c in row]
    assert "'=HYPERLINK(\"https://x.example\")" in values and "'+31 74 000 0000" in values
    assert "Voorraadadministrateur" in values and "afgewezen" in values
    contacts = [c.value for row in book["Contacten en acties"].iter_rows() for c in row]
    assert "'-2 uur per week reistijd afgesproken" in contacts
    assert not [c for sheet in book for row in sheet.iter_rows() for c in row
                if c.data_type == "f"]


@pytest.mark.parametrize(("value", "expected"), [
    ("=SOM(A1:A9)", "'=SOM(A1:A9)"), ("+31 6 1234 5678", "'+31 6 1234 5678"),
    ("-10% loon", "'-10% loon"), ("@gebruiker", "'@gebruiker"), ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"), ("Hengelo", "Hengelo"), ("", ""), (0.82, 0.82), (-3, -3), (None, None),
])
def test_neutralise(value: Any, expected: Any) -> None:
    assert neutralise(value) == expected


def test_write_private_tightens_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "oud.html"
    path.write_text("oud", encoding="utf-8")
    path.chmod(0o644)
    write_private(path, b"nieuw")
    assert path.read_bytes() == b"nieuw" and stat.S_IMODE(path.stat().st_mode) == 0o600


def _cells(document: Any, title: str) -> list[tuple[Any, ...]]:
    return next(s.rows for s in document.sections if s.title == title)


def test_monthly_report_content(trail_db: Path) -> None:
    db: Database = store.open_db(trail_db)
    january = build_report(db, PROFILE, "2026-01")
    proposed = dict(_cells(january, "Voorgesteld bij bedrijven"))
    assert proposed["Bouwmaterialen Twente BV"] == "weeklijst 2026-W03; sollicitatie 2026-01-20"
    assert proposed["Meubelfabriek Oldenzaal"] == "weeklijst 2026-W04"
    assert [r[2] for r in _cells(january, "Uitkomsten")] == ["uitgenodigd"]
    february = build_report(db, PROFILE, "2026-02")
    assert [r[1] for r in _cells(february, "Sollicitaties en uitkomsten")] == [
        "Medewerker inkoopadministratie", '=HYPERLINK("https://x.example")',
        "Medewerker data-invoer"]
    assert [(r[2], r[3]) for r in _cells(february, "Uitkomsten")] == [
        ("afgewezen", "gekozen voor een interne kandidaat")]
    assert [r[3] for r in _cells(february, "Voortgang plan van aanpak")] == [
        "-2 uur per week reistijd afgesproken"]
    findings = [r[1] for r in _cells(february, "Bevindingen naleving")]
    assert "week 2026-W06: geen sollicitatie" in findings
    assert "maand 2026-02: geen contact met re-integratiebedrijf" in findings
    assert not any("2026-01" in f for f in findings)


def test_report_and_dossier_commands(trail_db: Path, tmp_path: Path) -> None:
    def run(*args: str) -> Any:
        return CliRunner().invoke(cli, [*args, "--db", str(trail_db)])

    out = tmp_path / "februari.html"
    result = run("report", "--profile", PROFILE, "--month", "2026-02", "--out", str(out))
    assert result.exit_code == 0, result.output
    parsed = _parse(out)
    assert parsed.headings[0] == "Voorgesteld bij bedrijven"
    assert "Voortgang plan van aanpak" in parsed.headings and "Zorgverzekeraar Oost" in parsed.cells
    for args, message in (
        (("report", "--profile", PROFILE, "--month", "2026-13"), "gebruik JJJJ-MM"),
        (("report", "--profile", "wn-0000", "--month", "2026-02"), "profiel wn-0000 bestaat niet"),
        (("dossier", "--profile", PROFILE, "--on", "2026-03-01"), "gebruik .pdf, .html of .xlsx"),
    ):
        suffix = ".docx" if args[0] == "dossier" else ".html"
        failed = run(*args, "--out", str(tmp_path / f"uit{suffix}"))
        assert failed.exit_code == 1 and message in failed.stderr, failed.output
    (tmp_path / "bestand").write_text("geen map", encoding="utf-8")
    nowhere = run("dossier", "--profile", PROFILE, "--out", str(tmp_path / "bestand" / "d.pdf"))
    assert nowhere.exit_code == 1 and "kan niet schrijven" in nowhere.stderr
    nested = tmp_path / "nieuw" / "d.pdf"  # a missing folder is created, privately
    assert run("dossier", "--profile", PROFILE, "--out", str(nested)).exit_code == 0
    assert stat.S_IMODE(nested.stat().st_mode) == 0o600
    xlsx = tmp_path / "dossier.xlsx"
    assert run("dossier", "--profile", PROFILE, "--on", "2026-03-01", "--out",
               str(xlsx)).exit_code == 0
    assert stat.S_IMODE(xlsx.stat().st_mode) == 0o600

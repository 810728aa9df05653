"""Employer spreadsheets: CSV (any delimiter, utf-8 or cp1252) and XLSX.

Columns are recognised by header: the Google Ads job-feed layout (``Job ID``, ``Title``,
``Final URL``...), passend's own template with Dutch headers (``titel``, ``werkgever``...) or a
mapping file for any other layout. Every data row becomes a posting or a ``Rejected("regel N")``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import yaml

from ingest.model import RawPosting, Rejected
from ingest.sources.errors import SourceError

# Mapping-file keys -> RawPosting fields.
FIELDS = {
    "id": "item_id", "title": "title", "employer": "employer", "url": "url",
    "description": "description", "salary": "salary_text", "hours": "hours_text",
    "education": "education_text", "place": "place_text", "postcode": "postcode_text",
    "contract": "contract_text", "posted_at": "posted_at_text",
    "valid_through": "valid_through_text",
}

# passend's template, in column order: Dutch header -> mapping key.
TEMPLATE = {
    "vacature_id": "id", "titel": "title", "werkgever": "employer", "omschrijving": "description",
    "plaats": "place", "postcode": "postcode", "salaris": "salary", "uren": "hours",
    "opleiding": "education", "contract": "contract", "url": "url",
    "geplaatst_op": "posted_at", "geldig_tot": "valid_through",
}

# Google Ads job-feed headers (lower case) -> mapping key.
GOOGLE_JOBS = {
    "job id": "id", "title": "title", "final url": "url", "description": "description",
    "salary": "salary", "location id": "place", "address": "place",
}

KNOWN_HEADERS = {**GOOGLE_JOBS, **TEMPLATE}
SHEET_NAME = "Vacatures"


def load_mapping(path: str | Path) -> dict[str, Any]:
    """Read and check a mapping file: ``columns: {title: "Functienaam", ...}``, ``employer``."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise SourceError(f"mappingbestand {path} kan niet gelezen worden: {error}") from None
    columns = data.get("columns") if isinstance(data, dict) else None
    if not isinstance(columns, dict) or not columns:
        raise SourceError(f"mappingbestand {path} mist 'columns: {{title: \"Kolomnaam\", ...}}'")
    unknown = sorted(set(columns) - set(FIELDS))
    if unknown:
        raise SourceError(
            f"mappingbestand {path}: onbekende velden {', '.join(unknown)}; "
            f"kies uit: {', '.join(FIELDS)}"
        )
    return {"columns": {k: str(v) for k, v in columns.items()},
            "employer": str(data.get("employer") or "")}


def read(
    content: bytes, source: str, employer: str | None, options: dict[str, Any] | None = None
) -> Iterator[RawPosting | Rejected]:
    """Postings of a CSV or XLSX file; ``options["mapping"]`` names columns of other layouts."""
    mapping = (options or {}).get("mapping") or {}
    rows = _xlsx_rows(content) if zipfile.is_zipfile(io.BytesIO(content)) else _csv_rows(content)
    header: list[str] | None = None
    columns: dict[int, str] = {}
    for line, cells in rows:
        if header is None:
            if not any(cells):
                continue
            header = cells
            columns = _columns(header, mapping.get("columns"), source)
            continue
        if not any(cells):
            continue
        if len(cells) < len(header) or any(cells[len(header):]):
            yield Rejected(source, f"regel {line}",
                          f"{len(cells)} cellen maar {len(header)} kolommen; rij overgeslagen")
            continue
        raw = {name: cell for name, cell in zip(header, cells, strict=False) if name and cell}
        yield from _posting(
            source, line, cells, columns, employer or mapping.get("employer", ""), raw
        )
    if header is None:
        raise SourceError("spreadsheet is leeg: geen kopregel gevonden")


def _columns(header: list[str], mapped: dict[str, str] | None, source: str) -> dict[int, str]:
    """Column index -> RawPosting field, from the mapping file or the known layouts."""
    names = [h.strip().lower() for h in header]
    if mapped:
        missing = [c for c in mapped.values() if c.strip().lower() not in names]
        if missing:
            raise SourceError(
                f"kolommen uit de mapping niet gevonden: {', '.join(missing)}; "
                f"gevonden kolommen: {', '.join(header)}"
            )
        wanted = {col.strip().lower(): FIELDS[key] for key, col in mapped.items()}
    else:
        wanted = {name: FIELDS[key] for name, key in KNOWN_HEADERS.items()}
    columns: dict[int, str] = {}
    for index, name in enumerate(names):
        target = wanted.get(name)
        if target and target not in columns.values():
            columns[index] = target
    if "title" not in columns.values():
        raise SourceError(
            f"geen kolom voor de functietitel gevonden (gevonden kolommen: {', '.join(header)}); "
            "geef met --mapping een mappingbestand op, bijvoorbeeld columns: {title: \"Functie\"}"
        )
    return columns


def _posting(
    source: str, line: int, cells: list[str], columns: dict[int, str], employer: str,
    raw: dict[str, str],
) -> Iterator[RawPosting | Rejected]:
    values = {field: cells[i].strip() for i, field in columns.items() if i < len(cells)}
    if not values.get("title"):
        yield Rejected(source, f"regel {line}", "geen functietitel; rij overgeslagen")
        return
    item_id = values.pop("item_id", "") or values.get("url", "") or _row_hash(values)
    values.setdefault("employer", "")
    values["employer"] = values["employer"] or employer
    yield RawPosting(source=source, item_id=item_id, location=f"regel {line}",
                     raw=raw, **values)


def _row_hash(values: dict[str, str]) -> str:
    basis = "\0".join(values.get(k, "") for k in ("title", "employer", "place_text"))
    return "sha1:" + hashlib.sha1(basis.encode()).hexdigest()


def _decode(content: bytes) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def _csv_rows(content: bytes) -> Iterator[tuple[int, list[str]]]:
    """(first line number, cells) per CSV record; the delimiter is the one the header uses most."""
    text = _decode(content)
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 1
    try:
        for cells in reader:
            yield line, cells
            line = reader.line_num + 1
    except csv.Error as error:
        raise SourceError(f"CSV kan niet gelezen worden bij regel {line}: {error}") from None


def _xlsx_rows(content: bytes) -> Iterator[tuple[int, list[str]]]:
    """Rows of the sheet "Vacatures" or else the first sheet; formulas as their saved values."""
    try:
        book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise SourceError(f"XLSX kan niet gelezen worden: {error}") from None
    sheet = book[SHEET_NAME] if SHEET_NAME in book.sheetnames else book.worksheets[0]
    width = 0  # the header's; shorter rows are padded, as a sheet has no ragged rows
    for line, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = [_cell_text(v) for v in row]
        width = width or (len(cells) if any(cells) else 0)
        yield line, cells + [""] * (width - len(cells))
    book.close()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def write_template(path: str | Path) -> None:
    """The empty template employers fill in: XLSX (sheet "Vacatures") or CSV by extension."""
    target = Path(path)
    if target.suffix.lower() == ".csv":
        with target.open("w", encoding="utf-8", newline="") as out:
            csv.writer(out, delimiter=";").writerow(TEMPLATE)
        return
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = SHEET_NAME
    sheet.append(list(TEMPLATE))
    for cell in sheet[1]:
        cell.font = openpyxl.styles.Font(bold=True)
        wide = cell.value == "omschrijving"
        sheet.column_dimensions[cell.column_letter].width = 40 if wide else 18
    book.save(target)

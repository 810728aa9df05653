"""One document model, three renderers: the dossier and the monthly report share them.

A :class:`Document` is a title, a few header lines and sections; a section is a table with an
optional introduction and charts (PNG). ``write_document`` picks the renderer from the file
extension: ``.pdf`` (fpdf2, DejaVu Sans for Unicode), ``.html`` (jinja2, charts inline as base64)
or ``.xlsx`` (openpyxl, one sheet per section, formula injection neutralised). Every file is
written readable by its owner only.
"""

from __future__ import annotations

import base64
import io
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fpdf import FPDF
from fpdf.fonts import FontFace
from openpyxl import Workbook
from openpyxl.styles import Font

from matcher.export import neutralise, new_pdf, render_template, write_private


@dataclass(frozen=True)
class Chart:
    title: str
    png: bytes


@dataclass(frozen=True)
class Section:
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    intro: str = ""
    charts: tuple[Chart, ...] = ()
    empty: str = "Niets vastgelegd."


@dataclass(frozen=True)
class Document:
    title: str
    meta: list[tuple[str, str]]
    sections: list[Section] = field(default_factory=list)


def cell_text(value: Any) -> str:
    """How a cell reads in PDF and HTML: empty for missing values, decimal comma for numbers."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".replace(".", ",")
    return str(value)


def render_pdf(doc: Document) -> bytes:
    pdf = new_pdf(doc.title, orientation="landscape")
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(0, 9, doc.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    for label, value in doc.meta:
        pdf.multi_cell(0, 5, f"{label}: {value}", new_x="LMARGIN", new_y="NEXT")
    for section in doc.sections:
        _pdf_section(pdf, section)
    return bytes(pdf.output())


def _pdf_section(pdf: FPDF, section: Section) -> None:
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 7, section.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    if section.intro:
        pdf.multi_cell(0, 5, section.intro, new_x="LMARGIN", new_y="NEXT")
    for chart in section.charts:
        pdf.image(io.BytesIO(chart.png), w=150, alt_text=chart.title)
    if not section.rows:
        pdf.multi_cell(0, 5, section.empty, new_x="LMARGIN", new_y="NEXT")
        return
    pdf.set_font("DejaVu", "", 8)
    with pdf.table(headings_style=FontFace(emphasis="BOLD"), line_height=4.5,
                   text_align="LEFT", col_widths=column_weights(section)) as table:
        for row in [section.columns, *section.rows]:
            line = table.row()
            for value in row:
                line.cell(cell_text(value))


def column_weights(section: Section) -> tuple[int, ...]:
    """Relative PDF column widths: the longest text of each column, between 6 and 40 characters."""
    return tuple(min(40, max(6, *(len(cell_text(row[i])) for row in section.rows),
                             len(column)))
                 for i, column in enumerate(section.columns))


def render_html(doc: Document) -> bytes:
    return render_template("document.html.j2", doc=doc, cell=cell_text, b64=_b64).encode("utf-8")


def _b64(png: bytes) -> str:
    return base64.b64encode(png).decode("ascii")


def sheet_title(title: str, taken: set[str]) -> str:
    """An Excel sheet name: at most 31 characters, none of ``[]:*?/\\``, unique in the book."""
    base = " ".join(re.sub(r"[\[\]:*?/\\]", " ", title).split())[:31].strip() or "Blad"
    name, number = base, 2
    while name.lower() in taken:
        name = f"{base[:27]} ({number})"
        number += 1
    taken.add(name.lower())
    return name


def render_xlsx(doc: Document) -> bytes:
    book = Workbook()
    summary = book.active
    summary.title = "Overzicht"
    taken = {"overzicht"}
    summary.append([neutralise(doc.title)])
    summary["A1"].font = Font(bold=True, size=14)
    for label, value in doc.meta:
        summary.append([neutralise(label), neutralise(value)])
    for section in doc.sections:
        sheet = book.create_sheet(sheet_title(section.title, taken))
        sheet.append(list(section.columns))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in section.rows:
            sheet.append([neutralise(value) for value in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


RENDERERS: dict[str, Callable[[Document], bytes]] = {
    ".pdf": render_pdf, ".html": render_html, ".xlsx": render_xlsx}


def write_document(doc: Document, out: str | os.PathLike[str]) -> None:
    """Render ``doc`` in the format that ``out``'s extension names and write it privately."""
    suffix = Path(out).suffix.lower()
    if suffix not in RENDERERS:
        raise ValueError(f"{out}: onbekend formaat '{suffix}'; gebruik .pdf, .html of .xlsx")
    write_private(out, RENDERERS[suffix](doc))

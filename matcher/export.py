"""Export helpers shared by the weekly list and the dossier: spreadsheets, HTML and PDF.

Exports hold personal data (which jobs an employee is offered, and why), so every file is written
readable by its owner only. Spreadsheet cells are neutralised against formula injection: a
vacancy title such as ``=HYPERLINK(...)`` comes from an outside feed and must never run.

- :func:`neutralise` makes one cell value safe for a spreadsheet;
- :func:`write_xlsx` and :func:`write_csv` write a header and rows (both neutralise);
- :func:`render_template` renders a Dutch HTML page from ``matcher/templates/``;
- :func:`new_pdf` returns an FPDF document with a Unicode font (``€``, ``ë``), :func:`write_pdf`
  saves it;
- :func:`safe_link` keeps only http(s) links, for HTML and PDF;
- :func:`write_text` and :func:`write_private` save rendered text or bytes, owner-only.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import jinja2
import matplotlib
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Font

# A cell starting with one of these is read as a formula by Excel or LibreOffice.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PDF_FONT = "DejaVu"

_templates = jinja2.Environment(
    loader=jinja2.PackageLoader("matcher", "templates"),
    autoescape=True,
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.StrictUndefined,
)


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading ``'``; other values stay."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@contextmanager
def open_private(path: str | os.PathLike[str], mode: str = "w", **kwargs: Any) -> Any:
    """Open ``path`` for writing, created (or truncated) with mode 0600 from the first byte."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.chmod(target, 0o600)  # an existing file keeps its old mode on O_CREAT
    handle: IO[Any] = os.fdopen(fd, mode, **kwargs)
    with handle:
        yield handle


def write_xlsx(path: str | os.PathLike[str], sheet: str, header: Sequence[str],
               rows: Iterable[Sequence[Any]]) -> None:
    """One sheet with a bold header row, neutralised cells and readable column widths."""
    book = Workbook()
    ws = book.active
    ws.title = sheet[:31]  # Excel's limit for sheet names
    ws.append(list(header))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [len(h) for h in header]
    for row in rows:
        ws.append([neutralise(v) for v in row])
        widths = [max(w, min(60, len(str(v or "")))) for w, v in zip(widths, row, strict=True)]
    for column, width in zip(ws.columns, widths, strict=True):
        ws.column_dimensions[column[0].column_letter].width = width + 2
    ws.freeze_panes = "A2"
    with open_private(path, "wb") as handle:
        book.save(handle)


def write_csv(path: str | os.PathLike[str], header: Sequence[str],
              rows: Iterable[Sequence[Any]]) -> None:
    """CSV as Dutch Excel opens it directly: ``;``-separated UTF-8 with BOM, cells neutralised."""
    with open_private(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerows([neutralise(v) for v in row] for row in rows)


def render_template(name: str, **context: Any) -> str:
    """Render ``matcher/templates/<name>`` (autoescaped; a missing variable is an error)."""
    return _templates.get_template(name).render(**context)


def write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write a private UTF-8 text file (an HTML page)."""
    with open_private(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def font_path(bold: bool = False) -> Path:
    """DejaVu Sans as shipped by matplotlib: a Unicode TTF available wherever passend runs."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name


def new_pdf(title: str, orientation: str = "portrait") -> FPDF:
    """An A4 document with DejaVu (regular as ``""``, bold as ``"B"``) set, one page started."""
    pdf = FPDF(orientation=orientation, format="A4")
    pdf.set_title(title)
    pdf.set_creator("passend")
    pdf.add_font(PDF_FONT, "", str(font_path()))
    pdf.add_font(PDF_FONT, "B", str(font_path(bold=True)))
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font(PDF_FONT, size=10)
    return pdf


def write_pdf(path: str | os.PathLike[str], pdf: FPDF) -> None:
    """Save a document as a private file."""
    with open_private(path, "wb") as handle:
        handle.write(bytes(pdf.output()))


def safe_link(url: str | None) -> str:
    """The URL when it is http(s), else empty: a feed could carry a ``javascript:`` link."""
    return url if url and url.lower().startswith(("http://", "https://")) else ""


def write_private(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ready-made bytes (a rendered document) as a private file."""
    with open_private(path, "wb") as handle:
        handle.write(data)

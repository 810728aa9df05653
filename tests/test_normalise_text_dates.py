"""Plain text from vacancy HTML, and dates as publishers write them."""

from __future__ import annotations

import pytest

from ingest.normalise.dates import parse_date
from ingest.normalise.text import html_to_text

HTML = [
    ("<p>Wij zoeken een <b>magazijnmedewerker</b>.</p>", "Wij zoeken een magazijnmedewerker."),
    ("Salaris &euro; 2.800 &amp; een &eacute;&eacute;nmalige bonus",
     "Salaris € 2.800 & een éénmalige bonus"),
    ("<ul><li>32 uur</li><li>mbo 3</li></ul>", "32 uur\nmbo 3"),
    ("Regel 1<br>Regel 2<br/>Regel 3", "Regel 1\nRegel 2\nRegel 3"),
    ("<p>Tekst</p><script>var x = 1;</script><style>p {}</style>", "Tekst"),
    ("geen&nbsp;harde   spaties", "geen harde spaties"),
    ("<h2>Wat vragen wij?</h2><p>Rijbewijs B</p>", "Wat vragen wij?\n\nRijbewijs B"),
    ("Plain text zonder tags", "Plain text zonder tags"),
    ("", ""),
    (None, ""),
]


@pytest.mark.parametrize(("html", "text"), HTML)
def test_html_to_text(html: str | None, text: str) -> None:
    assert html_to_text(html) == text


DATES = [
    ("2025-03-01", "2025-03-01"),
    ("2025-03-01T09:30:00Z", "2025-03-01"),
    ("2025-03-01T09:30:00+01:00", "2025-03-01"),
    ("Sat, 01 Mar 2025 09:30:00 +0100", "2025-03-01"),
    ("01-03-2025", "2025-03-01"),
    ("1/3/2025", "2025-03-01"),
    ("01.03.2025", "2025-03-01"),
    ("2025/03/01", "2025-03-01"),
    ("1 maart 2025", "2025-03-01"),
    ("zaterdag 1 mrt. 2025", "2025-03-01"),
    ("15 december 2024", "2024-12-15"),
    ("1740787200", "2025-03-01"),
]


@pytest.mark.parametrize(("text", "iso"), DATES)
def test_dates(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["", None, "z.s.m.", "31-02-2025", "1 maart", "binnenkort"])
def test_unreadable_dates_give_none(text: str | None) -> None:
    assert parse_date(text) is None

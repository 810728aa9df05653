"""Required education from Dutch, Flemish and English vacancy phrasings, as NLQF levels."""

from __future__ import annotations

import pytest

from ingest.normalise.education import parse_education

CASES = [
    ("mbo 4", 4.0, False),
    ("MBO niveau 4", 4.0, False),
    ("mbo-niveau 3/4", 3.0, False),
    ("mbo niveau 2 of 3", 2.0, False),
    ("minimaal mbo 2", 2.0, False),
    ("Je hebt minimaal een afgeronde mbo-3 opleiding", 3.0, False),
    ("niveau 3 mbo", 3.0, False),
    ("MBO+", 4.0, False),
    ("mbo+ werk- en denkniveau", 4.0, True),
    ("mbo", 2.0, False),
    ("mbo 1 (entree)", 1.0, False),
    ("entreeopleiding", 1.0, False),
    ("vmbo", 2.0, False),
    ("vmbo-tl", 2.0, False),
    ("vmbo-bb", 1.0, False),
    ("mavo-diploma", 2.0, False),
    ("havo", 4.0, False),
    ("havo/vwo", 4.0, False),
    ("vwo", 4.5, False),
    ("gymnasium", 4.5, False),
    ("hbo", 6.0, False),
    ("HBO-diploma in de richting HRM", 6.0, False),
    ("hbo/wo", 6.0, False),
    ("hbo of wo", 6.0, False),
    ("wo", 7.0, False),
    ("WO master Rechten", 7.0, False),
    ("afgeronde universitaire opleiding", 7.0, False),
    ("hbo werk- en denkniveau", 6.0, True),
    ("hbo/wo werk- en denkniveau", 6.0, True),
    ("bij voorkeur hbo", 6.0, True),
    ("Een hbo-opleiding is een pré", 6.0, True),
    ("mbo 4 of aantoonbare ervaring", 4.0, True),
    ("mbo 4 of hbo", 4.0, False),
    ("associate degree", 5.0, False),
    ("PhD in de scheikunde", 8.0, False),
    ("Je bent gepromoveerd", 8.0, False),
    ("bachelor", 6.0, False),
    ("professionele bachelor", 6.0, False),
    ("master", 7.0, False),
    ("graduaat", 5.0, False),
    ("secundair onderwijs", 4.0, False),
    ("hoger secundair onderwijs", 4.0, False),
    ("lager secundair onderwijs", 2.0, False),
    ("Bachelor's degree in Computer Science", 6.0, False),
    ("Master's degree or equivalent experience", 7.0, True),
    ("Geen diploma nodig", 0.0, False),
    ("HBO/WO-niveau", 6.0, False),
    ("Afgeronde opleiding op minimaal MBO 3 niveau", 3.0, False),
    ("VMBO/MBO", 2.0, False),
    ("Profiel:\nJe hebt een afgeronde mbo-opleiding niveau 3 of 4.\nJe hebt rijbewijs B.", 3.0,
     False),
]


@pytest.mark.parametrize(("text", "level", "soft"), CASES)
def test_education_phrasings(text: str, level: float, soft: bool) -> None:
    education = parse_education(text)
    assert education is not None, text
    assert (education.level, education.soft) == (level, soft)
    assert education.text and education.text in text


def test_soft_words_on_another_line_do_not_count() -> None:
    education = parse_education("Opleiding: mbo 3\n\nBij voorkeur woon je in de regio.")
    assert education is not None and education.soft is False


NOT_EDUCATION = [
    "",
    None,
    "Ervaring in de logistiek is vereist",
    "Rijbewijs B",
    "Wo 12 maart open dag",
    "Je werkt 32 uur per week",
]


@pytest.mark.parametrize("text", NOT_EDUCATION)
def test_no_education_gives_none(text: str | None) -> None:
    assert parse_education(text) is None

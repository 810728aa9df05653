"""Salary phrasings from Dutch and Flemish vacancies to gross euros per month."""

from __future__ import annotations

import pytest

from ingest.normalise.salary import parse_salary

# 38 h/week × 52/12 = 164.666… hours per month; 36 h/week = 156 hours per month.
CASES = [
    ("€ 2.500 - € 3.200 bruto per maand", 2500.0, 3200.0),
    ("€2.500,-", 2500.0, 2500.0),
    ("€ 2.500,- bruto per maand", 2500.0, 2500.0),
    ("€ 2.750,00 per maand", 2750.0, 2750.0),
    ("€ 16,50 per uur", 2717.0, 2717.0),
    ("€ 15 per uur", 2470.0, 2470.0),
    ("uurloon € 18,00", 2964.0, 2964.0),
    ("€ 42.000 per jaar", 3500.0, 3500.0),
    ("€ 42.000 - € 55.000 per jaar", 3500.0, 4583.33),
    ("jaarsalaris € 48.000", 4000.0, 4000.0),
    ("€45k", 3750.0, 3750.0),
    ("€40k - €50k", 3333.33, 4166.67),
    ("€5686-€6569", 5686.0, 6569.0),
    ("€10722", 10722.0, 10722.0),
    ("tot € 4.100", None, 4100.0),
    ("tot € 4.100 bruto per maand", None, 4100.0),
    ("max. 3800", None, 3800.0),
    ("maximaal € 3.800", None, 3800.0),
    ("max. € 4.250 bruto", None, 4250.0),
    ("vanaf € 2.900", 2900.0, None),
    ("minimaal € 2.600 per maand", 2600.0, None),
    ("EUR 3000", 3000.0, 3000.0),
    ("EUR 2.800 - EUR 3.400", 2800.0, 3400.0),
    ("3.000 euro", 3000.0, 3000.0),
    ("3.000 euro bruto per maand", 3000.0, 3000.0),
    ("€ 3.000 bruto/maand", 3000.0, 3000.0),
    ("Brutoloon: € 2.650 - € 3.100/maand", 2650.0, 3100.0),
    ("bruto maandloon tussen 2800 en 3400 euro", 2800.0, 3400.0),
    ("Salaris: tussen € 3.100 en € 4.300", 3100.0, 4300.0),
    ("€ 2.400 tot € 2.900 bruto per maand", 2400.0, 2900.0),
    ("€ 2.400 t/m € 2.900", 2400.0, 2900.0),
    ("€ 2.400 – € 2.900", 2400.0, 2900.0),
    ("€ 750 per week", 3250.0, 3250.0),
    ("€ 650,- bruto per week", 2816.67, 2816.67),
    ("Salaris 3200 bruto", 3200.0, 3200.0),
    ("Je verdient € 14,71 - € 16,20 per uur", 2422.25, 2667.6),
    ("€ 36.000 bruto per jaar excl. vakantiegeld", 3000.0, 3000.0),
    ("Wij bieden: een salaris van € 3.250 per maand en 25 vakantiedagen.", 3250.0, 3250.0),
    ("Reiskostenvergoeding van € 0,23 per km; salaris € 2.900 - € 3.300.", 2900.0, 3300.0),
    ("Je krijgt € 500 opleidingsbudget en € 3.000 bruto per maand", 3000.0, 3000.0),
    ("€ 3.000 bruto per maand o.b.v. 38 uur", 3000.0, 3000.0),
    ("salary € 4,500 per month", 4500.0, 4500.0),
    ("€ 2.500 - 3.200", 2500.0, 3200.0),
    ("Salarisindicatie: 2.600 - 3.400", 2600.0, 3400.0),
    ("€ 20,- per uur", 3293.33, 3293.33),
]


@pytest.mark.parametrize(("text", "low", "high"), CASES)
def test_salary_phrasings(text: str, low: float | None, high: float | None) -> None:
    salary = parse_salary(text)
    assert salary is not None, text
    assert (salary.min, salary.max) == (low, high)
    assert salary.text and salary.text in text


def test_hourly_wage_uses_the_vacancy_hours() -> None:
    salary = parse_salary("€ 20 per uur", hours_per_week=24)
    # 20 × 24 × 52 / 12 = 2080
    assert salary is not None and salary.min == salary.max == 2080.0


def test_period_after_a_comma_belongs_to_another_clause() -> None:
    salary = parse_salary("€ 2.358,- bruto, uitgekeerd in 13 maanden")
    assert salary is not None and salary.text == "€ 2.358,-" and salary.min == 2358.0


def test_kept_text_includes_bound_and_period() -> None:
    salary = parse_salary("Wij bieden tot € 4.100 bruto per maand.")
    assert salary is not None and salary.text == "tot € 4.100 bruto per maand"


NOT_SALARY = [
    "",
    None,
    "schaal 8",
    "Salaris conform cao Gemeenten schaal 8",
    "conform cao",
    "marktconform salaris",
    "n.o.t.k.",
    "€ 500 reiskostenvergoeding",
    "een eenmalige bonus van € 1.000",
    "thuiswerkvergoeding van € 2,35 per dag",
    "max 24 uur per week",
    "tot 40 uur",
    "Een team van 3000 medewerkers",
    "€ 5 per uur",
    "€ 1.000.000 omzet",
    "Je werkt in 2026 vanaf maandag",
    "€ 18.191",  # a year's pay below any minimum wage, or a month far above: unclear
    "maaltijdcheques van 8 euro",
    "Je houdt € 2.100 netto over",
    "€568-€6569",  # one bound lost a digit: neither can be trusted
]


@pytest.mark.parametrize("text", NOT_SALARY)
def test_no_salary_gives_none(text: str | None) -> None:
    assert parse_salary(text) is None

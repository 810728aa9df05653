"""Contract codes from Dutch and Flemish phrasings and schema.org employmentType."""

from __future__ import annotations

import pytest

from ingest.normalise.contract import CODES, parse_contract

CASES = [
    ("Vast contract", "vast"),
    ("Een vaste baan bij een mooie werkgever", "vast"),
    ("contract voor onbepaalde tijd", "vast"),
    ("contract van onbepaalde duur", "vast"),
    ("Vast dienstverband na een proeftijd", "vast"),
    ("Contract: Vaste job", "vast"),
    ("contract voor bepaalde tijd", "bepaalde_tijd"),
    ("Jaarcontract met uitzicht op vast", "bepaalde_tijd"),
    ("jaarcontract met uitzicht op een vast contract", "bepaalde_tijd"),
    ("Tijdelijk contract", "bepaalde_tijd"),
    ("contract voor 6 maanden", "bepaalde_tijd"),
    ("contract van bepaalde duur", "bepaalde_tijd"),
    ("Uitzendbaan, fase A", "uitzend"),
    ("Via ons uitzendbureau", "uitzend"),
    ("interim", "uitzend"),
    ("Detachering", "detachering"),
    ("Je wordt gedetacheerd bij onze opdrachtgever", "detachering"),
    ("payrolling", "payroll"),
    ("Je komt op de payroll van onze partner", "payroll"),
    ("Oproepkracht", "oproep"),
    ("0-urencontract", "oproep"),
    ("min-max contract", "oproep"),
    ("ZZP-opdracht", "zzp"),
    ("freelance", "zzp"),
    ("Afstudeerstage", "stage"),
    ("Stage", "stage"),
    ("BBL-traject", "stage"),
    ("Vrijwilligerswerk", "vrijwilliger"),
    ("CONTRACTOR", "zzp"),
    ("TEMPORARY", "bepaalde_tijd"),
    ("FULL_TIME, TEMPORARY", "bepaalde_tijd"),
    ("INTERN", "stage"),
    ("VOLUNTEER", "vrijwilliger"),
    ("PER_DIEM", "oproep"),
]


@pytest.mark.parametrize(("text", "code"), CASES)
def test_contract_phrasings(text: str, code: str) -> None:
    assert parse_contract(text) == code
    assert code in CODES


@pytest.mark.parametrize(
    "text",
    ["", None, "FULL_TIME", "PART_TIME", "OTHER", "Interne en externe contacten", "fulltime",
     "Je werkt zelfstandig", "Tijdelijk werkloos", "Telefonische oproepen aannemen"],
)
def test_no_contract_gives_none(text: str | None) -> None:
    assert parse_contract(text) is None

"""A whole Dutch posting through all normalisers: each field found in the free description."""

from __future__ import annotations

from ingest.model import RawPosting
from ingest.normalise import to_vacancy

DESCRIPTION = """
<h2>Medewerker klantenservice</h2>
<p>Ons servicecentrum is 24 uur per dag bereikbaar; jij werkt overdag.</p>
<ul>
  <li>Je werkt minimaal 24 uur per week</li>
  <li>Een salaris van &euro; 16,00 per uur</li>
  <li>Een reiskostenvergoeding van &euro; 0,23 per km</li>
  <li>Een jaarcontract met uitzicht op een vast contract</li>
</ul>
<p>Wat vragen wij? Bij voorkeur een afgeronde mbo-opleiding niveau 3 of 4.</p>
"""


def test_fields_are_read_from_the_description() -> None:
    raw = RawPosting(
        source="test",
        item_id="1",
        title="Medewerker klantenservice",
        description=DESCRIPTION,
        place_text="Den Bosch e.o.",
        posted_at_text="3 maart 2025",
    )
    vacancy = to_vacancy(raw)
    assert (vacancy.hours_min, vacancy.hours_max) == (24.0, None)
    # 16 × 24 × 52 / 12 = 1664
    assert (vacancy.salary_min, vacancy.salary_max) == (1664.0, 1664.0)
    assert vacancy.salary_text == "€ 16,00 per uur"
    assert (vacancy.education_level, vacancy.education_soft) == (3.0, True)
    assert vacancy.contract == "bepaalde_tijd"
    assert vacancy.place == "'s-Hertogenbosch"
    assert vacancy.posted_at == "2025-03-03"

"""The FML (Functionele Mogelijkhedenlijst) vocabulary shared by vacancy demands and profile limits.

One table describes every item: its rubriek, its Dutch name, what kind of answer it takes, and for
ordinal items the capacity each option code stands for, in the item's unit. A vacancy demand is
expressed in the same unit ("tillen tot 25 kg" is 25 kg on IV.13), so a demand and a limit compare
directly: the employee can do the demand when ``demand <= capacity(option)``.

Condition-list items (I.8, II.12, ...) take a list of condition numbers on the profile side; on the
vacancy side a demand key is ``"<item>.<condition>"`` (``"II.12.1"``: the job has customer contact).

Item numbering and option meanings follow ../shared/DOMAIN.md section 4.2 (the newer FML text).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """How an FML item is answered."""

    ORDINAL = "ordinal"  # one option code, 0 = norm, higher = more limited
    CONDITIONS = "conditions"  # a list of condition numbers that apply
    NOMINAL = "nominal"  # a descriptive answer that is not compared (dominance, side)


@dataclass(frozen=True)
class Option:
    """One answer of an ordinal item: its code, Dutch meaning and the capacity it leaves."""

    code: int
    label: str
    capacity: float


@dataclass(frozen=True)
class Item:
    """One FML item with its answers."""

    code: str
    name: str
    kind: Kind
    unit: str = "niveau"
    options: tuple[Option, ...] = ()
    conditions: dict[int, str] = field(default_factory=dict)

    @property
    def rubriek(self) -> str:
        return RUBRIEKEN[self.code.split(".")[0]]

    @property
    def binary(self) -> bool:
        """A yes/no item (normaal or beperkt): a demand on it is asked (1) or not asked (0)."""
        return self.kind is Kind.ORDINAL and [o.capacity for o in self.options] == [1, 0]

    def option(self, code: int) -> Option:
        for option in self.options:
            if option.code == code:
                return option
        valid = ", ".join(str(o.code) for o in self.options)
        raise KeyError(f"{code} is geen optie van {self.name} ({valid})")

    def capacity(self, code: int) -> float:
        """Capacity in ``unit`` that option ``code`` leaves the employee."""
        return self.option(code).capacity


RUBRIEKEN = {
    "I": "Persoonlijk functioneren",
    "II": "Sociaal functioneren",
    "III": "Aanpassing aan fysieke omgevingseisen",
    "IV": "Dynamische handelingen",
    "V": "Statische houdingen",
    "VI": "Werktijden",
}


def _ordinal(code: str, name: str, unit: str, *options: tuple[str, float]) -> Item:
    return Item(
        code,
        name,
        Kind.ORDINAL,
        unit,
        tuple(Option(i, label, capacity) for i, (label, capacity) in enumerate(options)),
    )


def _binary(code: str, name: str) -> Item:
    return _ordinal(code, name, "niveau", ("normaal", 1), ("beperkt", 0))


def _conditions(code: str, name: str, *labels: str) -> Item:
    return Item(code, name, Kind.CONDITIONS, "conditie",
                conditions={i: label for i, label in enumerate(labels, start=1)})


ITEMS: dict[str, Item] = {
    item.code: item
    for item in (
        # I Persoonlijk functioneren
        _ordinal("I.1", "Vasthouden van de aandacht", "min",
                 ("normaal: langer dan een half uur", 60), ("ongeveer een half uur", 30),
                 ("ongeveer vijf minuten", 5)),
        _ordinal("I.2", "Verdelen van de aandacht", "niveau",
                 ("normaal: veel bronnen", 2), ("een beperkt aantal bronnen", 1),
                 ("nauwelijks", 0)),
        _ordinal("I.3", "Herinneren", "niveau",
                 ("normaal", 2), ("geheugensteun op schrift nodig", 1),
                 ("dagelijkse zaken niet onthouden", 0)),
        _conditions("I.4", "Inzicht in eigen kunnen",
                    "overschat eigen mogelijkheden", "overschat eigen beperkingen"),
        _conditions("I.5", "Doelmatig handelen",
                    "laat beginnen", "onlogische volgorde", "geen bewaking van de voortgang",
                    "niet stoppen", "overig"),
        _conditions("I.6", "Zelfstandig handelen",
                    "initiatief nemen", "doelen stellen", "oplossingen bedenken", "kiezen",
                    "fouten opmerken", "omschakelen", "volhouden", "hulp vragen", "overig"),
        _binary("I.7", "Handelingstempo"),
        _conditions("I.8", "Specifieke voorwaarden persoonlijk functioneren",
                    "weinig afleiding", "voorspelbaar werk", "weinig onderbrekingen",
                    "geen frequente deadlines of productiepieken", "geen hoog handelingstempo",
                    "geen verhoogd persoonlijk risico", "overig"),
        _ordinal("I.9", "Mate van zelfstandigheid", "niveau",
                 ("normaal: zelfstandig", 2), ("vaste, bekende werkwijze", 1),
                 ("volledig voorgestructureerd werk", 0)),
        # II Sociaal functioneren
        _binary("II.1", "Zien"),
        _binary("II.2", "Horen"),
        _binary("II.3", "Spreken"),
        _binary("II.4", "Schrijven"),
        _binary("II.5", "Lezen"),
        _ordinal("II.6", "Emotionele problemen van anderen hanteren", "niveau",
                 ("normaal", 4), ("beperkt", 3), ("beperkt, sterker", 2),
                 ("sterk beperkt", 1), ("zeer sterk beperkt", 0)),
        _conditions("II.7", "Uiten van eigen gevoelens", "geblokkeerd", "verwarrend",
                    "ongecontroleerd"),
        _ordinal("II.8", "Omgaan met conflicten", "niveau",
                 ("normaal", 2), ("agressieve mensen alleen telefonisch of schriftelijk", 1),
                 ("kan niet omgaan met conflicten", 0)),
        _ordinal("II.9", "Samenwerken", "niveau",
                 ("normaal: in een team", 2), ("eigen, afgebakende deeltaak", 1),
                 ("kan niet samenwerken", 0)),
        _binary("II.10", "Vervoer"),
        _binary("II.11", "Beroepsmatig vervoer"),
        _conditions("II.12", "Specifieke voorwaarden sociaal functioneren",
                    "weinig of geen klantcontact", "weinig of geen patiënt- of cliëntcontact",
                    "collega's om op terug te vallen (geen solitair werk)",
                    "geen direct contact met collega's", "geen leidinggevende taken", "overig"),
        # III Aanpassing aan fysieke omgevingseisen
        _conditions("III.1", "Temperatuur", "beperkt bij hitte (boven 35 °C)",
                    "beperkt bij koude (onder -15 °C)"),
        _binary("III.2", "Tocht"),
        _binary("III.3", "Huidcontact"),
        _binary("III.4", "Beschermende middelen"),
        _binary("III.5", "Stof, rook, gassen en dampen"),
        _binary("III.6", "Geluid"),
        _binary("III.7", "Trillingen"),
        _conditions("III.8", "Overige omgevingseisen", "allergie", "infectierisico",
                    "zwakke huidbarrière", "overig"),
        # IV Dynamische handelingen
        Item("IV.1", "Dominantie", Kind.NOMINAL, "zijde"),
        Item("IV.2", "Lokalisatie", Kind.NOMINAL, "zijde"),
        _conditions("IV.3", "Hand- en vingergebruik", "bolgreep", "pengreep", "pincetgreep",
                    "sleutelgreep", "cilindergreep", "knijpkracht", "fijne motoriek",
                    "repetitief", "toetsenbord en muis"),
        _ordinal("IV.4", "Toetsenbordbediening en muisgebruik", "uur per dag",
                 ("normaal: het grootste deel van de dag", 8), ("ongeveer 4 uur per dag", 4),
                 ("ongeveer 1 uur per dag", 1), ("minder dan een half uur per dag", 0.5)),
        _binary("IV.5", "Tastzin"),
        _binary("IV.6", "Schroefbewegingen"),
        _ordinal("IV.7", "Reiken", "cm", ("normaal: 70 cm", 70), ("ongeveer 60 cm", 60),
                 ("ongeveer 50 cm", 50)),
        _ordinal("IV.8", "Frequent reiken", "keer per uur", ("normaal: 1200 keer per uur", 1200),
                 ("ongeveer 600 keer per uur", 600), ("ongeveer 300 keer per uur", 300)),
        _ordinal("IV.9", "Buigen", "graden", ("normaal: ongeveer 90°", 90),
                 ("ongeveer 60°", 60), ("ongeveer 45°", 45)),
        _ordinal("IV.10", "Frequent buigen", "keer per uur", ("normaal: 600 keer per uur", 600),
                 ("ongeveer 300 keer per uur", 300), ("ongeveer 150 keer per uur", 150),
                 ("ongeveer 50 keer per uur", 50)),
        _binary("IV.11", "Torderen"),
        _ordinal("IV.12", "Duwen of trekken", "kg", ("normaal: ongeveer 25 kg kracht", 25),
                 ("ongeveer 15 kg kracht", 15), ("ongeveer 10 kg kracht", 10)),
        _ordinal("IV.13", "Tillen of dragen", "kg", ("normaal: ongeveer 15 kg", 15),
                 ("ongeveer 10 kg", 10), ("ongeveer 5 kg", 5), ("ongeveer 2 kg", 2)),
        _ordinal("IV.14", "Dragen", "kg", ("normaal: ongeveer 15 kg", 15),
                 ("ongeveer 10 kg", 10), ("ongeveer 5 kg", 5), ("ongeveer 2 kg", 2)),
        _ordinal("IV.15", "Hoofdbewegingen", "niveau", ("normaal", 2), ("beperkt", 1),
                 ("nauwelijks", 0)),
        _ordinal("IV.16", "Lopen", "min aaneengesloten", ("normaal: ongeveer een uur", 60),
                 ("ongeveer 30 minuten", 30), ("ongeveer 15 minuten", 15),
                 ("minder dan 5 minuten", 5)),
        _ordinal("IV.17", "Lopen tijdens het werk", "uur per dag",
                 ("normaal: het grootste deel van de dag", 8), ("ongeveer 4 uur per dag", 4),
                 ("ongeveer 1 uur per dag", 1), ("minder dan een half uur per dag", 0.5)),
        _ordinal("IV.18", "Traplopen", "niveau", ("normaal: twee trappen op en af", 3),
                 ("één trap op en af", 2), ("één trap op of af", 1), ("alleen een opstapje", 0)),
        _ordinal("IV.19", "Klimmen", "meter", ("normaal: ladder tot ongeveer 5 meter", 5),
                 ("huishoudtrap tot ongeveer 3 meter", 3), ("één opstap", 0.5),
                 ("niet klimmen", 0)),
        _ordinal("IV.20", "Knielen of hurken", "keer per uur", ("normaal: 10 keer per uur", 10),
                 ("hoogstens 5 keer per uur", 5), ("hoogstens 2 keer per uur", 2),
                 ("nauwelijks", 0)),
        # V Statische houdingen
        _ordinal("V.1", "Zitten", "min aaneengesloten", ("normaal: ongeveer 2 uur", 120),
                 ("ongeveer 1 uur", 60), ("ongeveer een half uur", 30),
                 ("minder dan een kwartier", 15)),
        _ordinal("V.2", "Zitten tijdens het werk", "uur per dag",
                 ("normaal: vrijwel de hele dag", 8), ("het grootste deel van de dag", 6),
                 ("ongeveer 4 uur per dag", 4), ("minder dan 4 uur per dag", 2)),
        _ordinal("V.3", "Staan", "min aaneengesloten", ("normaal: ongeveer een uur", 60),
                 ("ongeveer een half uur", 30), ("ongeveer een kwartier", 15),
                 ("minder dan 5 minuten", 5)),
        _ordinal("V.4", "Staan tijdens het werk", "uur per dag",
                 ("normaal: het grootste deel van de dag", 8), ("ongeveer 4 uur per dag", 4),
                 ("ongeveer 1 uur per dag", 1), ("minder dan een half uur per dag", 0.5)),
        _ordinal("V.5", "Geknield of gehurkt actief zijn", "min aaneengesloten",
                 ("normaal: 5 minuten of langer", 5), ("korter dan 5 minuten", 2)),
        _ordinal("V.6", "Gebogen of getordeerd actief zijn", "min aaneengesloten",
                 ("normaal: 5 minuten of langer", 10), ("hoogstens 5 minuten", 5),
                 ("hoogstens 2 minuten", 2)),
        _ordinal("V.7", "Boven schouderhoogte actief zijn", "min aaneengesloten",
                 ("normaal: 2 minuten", 2), ("ongeveer 1 minuut", 1), ("nauwelijks", 0)),
        _ordinal("V.8", "Het hoofd in een bepaalde stand houden", "uur per dag",
                 ("normaal: het grootste deel van de dag", 8), ("ongeveer 4 uur per dag", 4),
                 ("ongeveer 1 uur per dag", 1), ("minder dan een half uur per dag", 0.5)),
        _conditions("V.9", "Afwisseling van houding", "specifieke afwisseling nodig"),
        # VI Werktijden
        _conditions("VI.1", "Perioden van het etmaal", "niet elke avond (18-22 uur)",
                    "geen nachtwerk (22-06 uur)"),
        _ordinal("VI.2", "Uren per dag", "uur per dag", ("normaal: 8 uur of meer", 24),
                 ("ongeveer 8 uur", 8), ("ongeveer 6 uur", 6), ("ongeveer 4 uur", 4),
                 ("ongeveer 2 uur", 2)),
        _ordinal("VI.3", "Uren per week", "uur per week", ("normaal: 40 uur of meer", 168),
                 ("ongeveer 40 uur", 40), ("ongeveer 30 uur", 30), ("ongeveer 20 uur", 20),
                 ("ongeveer 10 uur", 10)),
    )
}


def item(code: str) -> Item:
    """The item for an FML code such as ``"IV.13"``; a condition key ``"II.12.1"`` gives II.12."""
    base = code if code in ITEMS else code.rsplit(".", 1)[0]
    try:
        return ITEMS[base]
    except KeyError:
        raise KeyError(f"onbekend FML-item: {code}") from None


def split_key(key: str) -> tuple[str, int | None]:
    """Split a demand key into item and condition (``"II.12.1"`` -> ``("II.12", 1)``)."""
    if key in ITEMS:
        return key, None
    base, _, condition = key.rpartition(".")
    if base in ITEMS and ITEMS[base].kind is Kind.CONDITIONS and condition.isdigit():
        number = int(condition)
        if number in ITEMS[base].conditions:
            return base, number
    raise KeyError(f"onbekend FML-item: {key}")


def describe(key: str) -> str:
    """Dutch name of an item or condition key, for explanations."""
    code, condition = split_key(key)
    entry = ITEMS[code]
    if condition is None:
        return f"{entry.name} ({code})"
    return f"{entry.name}: {entry.conditions[condition]} ({key})"

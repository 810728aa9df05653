"""Synthetic Dutch vacancies and zoekprofielen, seeded, for benchmarks, notebooks and tests.

Benchmarks need national scale (400,000 open vacancies, thousands of profiles) without shipping
anyone's ad texts, and runs must be comparable between commits: the same seed gives the same data.
Every text here is our own wording. Titles are ESCO preferred labels (© European Union, reuse with
attribution): ``matcher/data/synth-titels.tsv`` holds a hand-picked set of common occupations in
reintegration work, each checked against ``esco-occupations_nl.csv`` (label and ISCO group) and
tagged with a sector that decides pay, schooling and the demands phrased in the ad. A small
committed list keeps the generator independent of how the full ESCO table is shipped.
Places are drawn uniformly over the PC4 rows of the shipped GeoNames table.

Each ad keeps its ground truth (monthly pay, hours, NLQF level, PC4, FML demands, duplicate
group), so tests and benches can check what ingest reads back. A share of the output are
duplicates: agency copies (another source and employer name, reworded title and text) and
reposts (same employer and text under a new id, posted later).
"""

from __future__ import annotations

import csv
import io
import json
import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

import openpyxl
import yaml

from ingest.model import RawPosting, Vacancy
from ingest.normalise.place import postcode_places
from ingest.normalise.salary import WEEKS_PER_MONTH
from ingest.sources.spreadsheet import SHEET_NAME, TEMPLATE
from ingest.store import vacancy_id
from profiles.model import Zoekprofiel
from profiles.validate import validate

FORMATS = ("rss", "jsonld", "csv", "xlsx", "jobsxml")
FILE_NAMES = {"rss": "vacatures.rss", "jsonld": "werken-bij.html", "csv": "vacatures.csv",
              "xlsx": "vacatures.xlsx", "jobsxml": "uitzendbureau.xml"}
AGENCIES = ("Flexwerk Nederland", "Uitzendbureau De Schakel", "Randgroep Uitzend", "WerkPlein",
            "Tempo Personeel", "JobMatch Detachering")
EMPLOYER_STEMS = ("De Linde", "Rivierland", "Noorderpoort", "Het Baken", "Zuiderzee", "De Brug",
                  "Oosterhout", "Eikenhof", "Delta", "Horizon", "Kempen", "Veluwezoom")
EMPLOYER_KINDS = {
    "kantoor": ("Verzekeraar", "Administratiekantoor", "Gemeente", "Woningcorporatie"),
    "ict": ("Softwarehuis", "IT-diensten", "Datacentrum"),
    "magazijn": ("Distributiecentrum", "Logistiek", "Groothandel"),
    "productie": ("Voedingsbedrijf", "Bakkerij", "Fabriek"),
    "horeca": ("Hotel", "Restaurant", "Brasserie", "Pretpark"),
    "winkel": ("Supermarkt", "Warenhuis", "Bakkerij", "Kapsalon"),
    "zorg": ("Zorggroep", "Thuiszorg", "Ziekenhuis", "Kinderopvang"),
    "onderwijs": ("Basisschool", "Onderwijsgroep"),
    "schoonmaak": ("Schoonmaakbedrijf", "Facilitair Bedrijf", "Wasserij"),
    "beveiliging": ("Beveiliging", "Security"),
    "vervoer": ("Transport", "Koeriersdienst", "Taxicentrale", "Verhuizingen"),
    "techniek": ("Installatiebedrijf", "Bouwbedrijf", "Autobedrijf", "Montage"),
    "groen": ("Hoveniersbedrijf", "Kwekerij", "Groenvoorziening"),
}


@dataclass(frozen=True)
class Sector:
    """What ads in one sector pay (gross per month), ask in schooling and of body and mind."""

    pay: tuple[int, int]
    levels: tuple[int, ...]
    demands: tuple[str, ...]  # keys of PHRASES
    tasks: tuple[str, ...]


# Each demand phrased several ways; the truth is what ingest/demands.py reads from it.
PHRASES: dict[str, tuple[dict[str, float], tuple[str, ...]]] = {
    "tillen": ({"IV.13": 20}, ("Je tilt regelmatig dozen tot 20 kg.",
                               "Kratten van 20 kilo tillen hoort bij het werk.",
                               "Je moet lasten tot 20 kg kunnen heffen.")),
    "tillen_licht": ({"IV.13": 10}, ("Je tilt af en toe pakketten tot 10 kg.",
                                     "Dozen van 10 kilo dragen komt voor.")),
    "staan": ({"V.4": 8, "V.3": 60}, ("Het is staand werk.", "Je werkt aan een staande werkplek.",
                                      "Je staat de hele dienst aan de inpaktafel.")),
    "op_de_been": ({"V.4": 8}, ("Je bent de hele dag op je benen.",
                                "Veel staan en lopen hoort bij deze functie.")),
    "beeldscherm": ({"V.2": 8, "IV.4": 8}, ("Je werkt vooral achter de computer.",
                                            "Het werk is grotendeels beeldschermwerk.",
                                            "Het is zittend werk op kantoor.")),
    "lopen": ({"IV.17": 8}, ("Je loopt rondes over het terrein.",
                             "Je bent veel onderweg in het gebouw.", "Er is veel lopen bij.")),
    "klimmen": ({"IV.19": 5}, ("Je werkt soms op een ladder of steiger.",
                               "Werken op hoogte schrikt je niet af.")),
    "knielen": ({"IV.20": 10}, ("Je werkt vaak geknield.", "Bukken en knielen horen erbij.")),
    "boven_hoofd": ({"V.7": 2}, ("Je monteert regelmatig onderdelen boven je hoofd.",
                                 "Je werkt geregeld boven schouderhoogte.")),
    "nacht": ({"VI.1.2": 1}, ("Je draait ook nachtdiensten.", "Het rooster kent nachtwerk.",
                              "Je werkt in een volcontinurooster.")),
    "avond": ({"VI.1.1": 1}, ("Avonddiensten horen erbij.", "Je werkt ook 's avonds.",
                              "Je draait mee in wisselende diensten.")),
    "klanten": ({"II.12.1": 1}, ("Je hebt dagelijks klantcontact.",
                                 "Je staat klanten te woord aan de balie.",
                                 "Je helpt klanten met hun vragen.")),
    "agressie": ({"II.8": 2}, ("Je weet om te gaan met agressie.",
                               "Je blijft rustig bij conflicten.")),
    "clienten": ({"II.12.2": 1, "II.6": 4}, ("Je ondersteunt cliënten in hun dagelijks leven.",
                                             "Je verzorgt bewoners met aandacht.")),
    "leerlingen": ({"II.12.2": 1, "II.6": 4}, ("Je begeleidt leerlingen in hun ontwikkeling.",)),
    "leiding": ({"II.12.5": 1}, ("Als teamleider stuur je een klein team aan.",
                                 "Je hebt een leidinggevende rol.")),
    "rijden": ({"II.11": 1}, ("Rijbewijs B is vereist.", "Je rijdt met de bus van de zaak.",
                              "Je hebt rijbewijs C.")),
    "werkdruk": ({"I.8.4": 1}, ("Je kunt goed werken onder tijdsdruk.",
                                "Je houdt van deadlines.",
                                "Je blijft kalm in drukke periodes.")),
    "tempo": ({"I.8.5": 1}, ("Er wordt gewerkt in een hoog tempo.",
                             "Je haalt de productienormen.")),
    "kou": ({"III.1.2": 1}, ("Je werkt regelmatig in de koelcel.",
                             "Een deel van het werk is in de vriescel.")),
    "buiten": ({"III.1.2": 1, "III.2": 1}, ("Je werkt buiten, in weer en wind.",
                                            "Je werk is vooral buitenwerk.")),
    "hitte": ({"III.1.1": 1}, ("Je staat in een hete keuken.", "Je werkt bij de ovens.")),
    "bescherming": ({"III.4": 1}, ("Veiligheidsschoenen worden verstrekt.",
                                   "Je draagt beschermende kleding.")),
    "lawaai": ({"III.6": 1}, ("Er is veel lawaai in de hal.", "Het is een rumoerige omgeving.")),
    "trillingen": ({"III.7": 1}, ("Je werkt met de trilplaat.", "Je werkt met een bosmaaier.")),
    "stof": ({"III.5": 1}, ("Er komt stof vrij bij het schuren.", "Je werkt met oplosmiddelen.")),
}
# Sentences that rule a demand out, by the key they negate: noise the lexicon must not count.
NEGATIONS = {"IV.13": "Je hoeft niet zwaar te tillen.", "VI.1.2": "Er zijn geen nachtdiensten.",
             "VI.1.1": "Je werkt zonder avonddiensten."}

SECTORS: dict[str, Sector] = {
    "kantoor": Sector((2300, 3900), (3, 4, 4, 5), ("beeldscherm", "klanten", "werkdruk"),
                      ("Je verwerkt facturen en houdt dossiers bij.",
                       "Je beantwoordt vragen per telefoon en mail.",
                       "Je plant afspraken en bewaakt de voortgang.")),
    "ict": Sector((3400, 5800), (4, 6, 6, 7), ("beeldscherm", "werkdruk", "leiding"),
                  ("Je bouwt en test nieuwe functies.", "Je lost storingen op voor gebruikers.")),
    "magazijn": Sector((2250, 2900), (1, 2, 2, 3), ("tillen", "lopen", "kou", "nacht", "rijden",
                                                    "tempo", "avond"),
                       ("Je verzamelt orders met een handscanner.",
                        "Je laadt en lost vrachtwagens.", "Je houdt de voorraad op orde.")),
    "productie": Sector((2250, 3000), (1, 2, 2, 3), ("staan", "tempo", "nacht", "lawaai",
                                                     "bescherming", "tillen_licht", "hitte"),
                        ("Je bedient de machines aan de lijn.",
                         "Je controleert producten op kwaliteit.", "Je pakt producten in.")),
    "horeca": Sector((2250, 3000), (1, 2, 3), ("op_de_been", "hitte", "avond", "tempo", "klanten"),
                     ("Je bereidt gerechten volgens recept.", "Je ontvangt en bedient gasten.",
                      "Je houdt de keuken schoon.")),
    "winkel": Sector((2250, 2800), (1, 2, 2, 3), ("op_de_been", "klanten", "avond", "tillen_licht"),
                     ("Je adviseert klanten in de winkel.", "Je vult schappen aan.",
                      "Je rekent af aan de kassa.")),
    "zorg": Sector((2500, 4200), (3, 3, 4, 6), ("clienten", "avond", "nacht", "tillen",
                                                "agressie", "werkdruk"),
                   ("Je helpt bij wassen en aankleden.", "Je rapporteert in het zorgdossier.",
                    "Je werkt nauw samen met collega's in de wijk.")),
    "onderwijs": Sector((2900, 4800), (3, 6, 6), ("leerlingen", "werkdruk", "op_de_been"),
                        ("Je bereidt lessen voor.", "Je overlegt met ouders.")),
    "schoonmaak": Sector((2250, 2600), (0, 1, 1, 2), ("lopen", "knielen", "avond",
                                                      "bescherming"),
                         ("Je maakt kantoren en sanitair schoon.", "Je werkt volgens een vast "
                          "schoonmaakschema.")),
    "beveiliging": Sector((2400, 3100), (2, 2, 3), ("lopen", "nacht", "agressie", "klanten",
                                                    "staan"),
                          ("Je bewaakt het terrein en controleert toegang.",
                           "Je maakt rapportages van je rondes.")),
    "vervoer": Sector((2400, 3200), (2, 2, 3), ("rijden", "tillen", "werkdruk", "avond"),
                      ("Je bezorgt pakketten bij klanten.", "Je plant je route zelf.",
                       "Je vervoert goederen door het hele land.")),
    "techniek": Sector((2600, 3900), (2, 3, 3, 4), ("klimmen", "knielen", "boven_hoofd",
                                                    "bescherming", "buiten", "stof", "tillen",
                                                    "rijden"),
                       ("Je installeert en onderhoudt installaties.",
                        "Je lost storingen op bij klanten thuis.",
                        "Je werkt op nieuwbouwprojecten.")),
    "groen": Sector((2300, 3000), (1, 2, 2), ("buiten", "trillingen", "knielen", "tillen"),
                    ("Je onderhoudt tuinen en plantsoenen.", "Je verzorgt planten in de kas.")),
}

EDUCATION_PHRASES = {
    0: ("Geen opleiding vereist.",),
    1: ("Een mbo niveau 1 diploma is mooi meegenomen.", "Opleiding: mbo 1."),
    2: ("Je hebt vmbo of mbo niveau 2.", "Opleiding: mbo niveau 2.", "Minimaal MBO 2."),
    3: ("Je hebt mbo niveau 3.", "Opleiding: MBO 3."),
    4: ("Je hebt een mbo-4 diploma.", "Afgeronde opleiding op mbo niveau 4."),
    5: ("Je hebt een associate degree.", "Opleiding: associate degree (niveau 5)."),
    6: ("Je hebt een afgeronde hbo-opleiding.", "Opleiding: hbo."),
    7: ("Je hebt een wo-diploma.",),
}
HOURS_CHOICES: tuple[tuple[str, float | None, float | None], ...] = (
    ("32 uur per week", 32, 32), ("24 - 32 uur", 24, 32), ("fulltime (40 uur)", 40, 40),
    ("parttime 20 uur", 20, 20), ("0,8 fte", 32, 32), ("4 dagen per week", 32, 32),
    ("minimaal 16 uur", 16, None), ("36-40 uur per week", 36, 40), ("20 tot 28 uur", 20, 28),
    ("38 uur per week", 38, 38),
)
CONTRACTS = (("Vast dienstverband", "vast"), ("Jaarcontract", "bepaalde_tijd"),
             ("Bepaalde tijd", "bepaalde_tijd"), ("Uitzendbasis", "uitzend"),
             ("Oproepkracht", "oproep"))
AGENCY_TITLE = ("{title} (m/v/x)", "Ervaren {title}", "{title} gezocht!", "{title} - {place}")


@dataclass
class Ad:
    """One generated ad: the texts every format writes, plus the truth ingest should read back.

    ``group`` ties duplicates to their original (``kind``: original, agency or repost); salary
    truth is ``None`` when the ad names no amount ("marktconform").
    """

    item_id: str
    title: str
    employer: str
    description: str
    place: str
    postcode: str
    lat: float
    lon: float
    salary_text: str
    hours_text: str
    education_text: str
    contract_text: str
    posted_at: str
    valid_through: str
    salary_min: float | None
    salary_max: float | None
    hours_min: float | None
    hours_max: float | None
    education_level: int
    contract: str
    isco: str
    sector: str
    group: str
    kind: str = "original"
    demands: dict[str, float] = field(default_factory=dict)

    def truth(self) -> dict[str, Any]:
        """What the generator meant, kept in a posting's raw payload for checks."""
        return {"group": self.group, "kind": self.kind, "isco": self.isco, "sector": self.sector,
                "salary_min": self.salary_min, "salary_max": self.salary_max,
                "hours_min": self.hours_min, "hours_max": self.hours_max,
                "education_level": self.education_level, "demands": self.demands}


@cache
def titles() -> tuple[tuple[str, str, str], ...]:
    """(title, ISCO group, sector) from the committed ESCO selection."""
    text = resources.files("matcher.data").joinpath("synth-titels.tsv").read_text("utf-8")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t"))[1:]
    return tuple((title, isco, sector) for title, isco, sector in rows)


@cache
def places() -> tuple[tuple[str, str, float, float], ...]:
    """(place, PC4, lat, lon) for every row of the shipped GeoNames postcode table."""
    return tuple((p.name, p.postcode, p.lat, p.lon) for p in postcode_places())


def _money(amount: float) -> str:
    """Whole euros with a Dutch thousands point: 2650 -> '2.650'."""
    return f"{round(amount):,}".replace(",", ".")


def _salary(rng: random.Random, pay: tuple[int, int], hours: float | None
            ) -> tuple[str, float | None, float | None]:
    """A salary phrase and the monthly gross range ingest should read from it."""
    low = rng.randrange(pay[0], pay[1], 50)
    high = low + rng.choice((0, 300, 500, 700))
    style = rng.randrange(8)
    per_week = hours or 38.0
    if style == 0:
        return f"€ {_money(low)} - € {_money(high)} bruto per maand", low, high
    if style == 1:
        hourly = round(low / (38 * WEEKS_PER_MONTH), 2)  # the full-time wage, by the hour
        monthly = round(hourly * per_week * WEEKS_PER_MONTH, 2)
        return f"€ {hourly:.2f} per uur".replace(".", ","), monthly, monthly
    if style == 2:
        return f"Salaris: vanaf € {_money(low)} per maand", low, None
    if style == 3:
        return f"max. {high} euro per maand", None, high
    if style == 4:
        yearly = (low * 12 // 1000 * 1000, high * 12 // 1000 * 1000 + 2000)
        return (f"€ {_money(yearly[0])} - € {_money(yearly[1])} per jaar",
                round(yearly[0] / 12, 2), round(yearly[1] / 12, 2))
    if style == 5:
        return f"tussen de {low} en {high + 100} euro bruto per maand", low, high + 100
    if style == 6:
        return f"€{low},- bruto per maand", low, low
    return rng.choice(("Marktconform salaris", "Salaris conform cao")), None, None


def _ad(rng: random.Random, number: int, on: date) -> Ad:
    title, isco, sector_name = rng.choice(titles())
    sector = SECTORS[sector_name]
    place, pc4, lat, lon = rng.choice(places())
    hours_text, hours_min, hours_max = rng.choice(HOURS_CHOICES)
    salary_text, salary_min, salary_max = _salary(rng, sector.pay, hours_max or hours_min)
    level = rng.choice(sector.levels)
    contract_text, contract = rng.choice(CONTRACTS)
    demand_names = rng.sample(sector.demands, rng.randint(1, min(3, len(sector.demands))))
    demands: dict[str, float] = {}
    sentences = [rng.choice(sector.tasks)]
    for name in demand_names:
        truth, phrasings = PHRASES[name]
        demands.update(truth)
        sentences.append(rng.choice(phrasings))
    negation = rng.choice(sorted(NEGATIONS))
    if rng.random() < 0.1 and negation not in demands:
        sentences.append(NEGATIONS[negation])
    rng.shuffle(sentences)
    employer = f"{rng.choice(EMPLOYER_KINDS[sector_name])} {rng.choice(EMPLOYER_STEMS)}"
    education_text = rng.choice(EDUCATION_PHRASES[level])
    description = (f"<p>Voor onze vestiging in {place} zoeken wij een {title}.</p>"
                   f"<p>{' '.join(sentences)}</p><p>{education_text} {hours_text}. "
                   f"{salary_text}.</p>")
    posted = on - timedelta(days=rng.randint(0, 27))
    return Ad(
        item_id=f"synth-{number}", title=title[0].upper() + title[1:], employer=employer,
        description=description, place=place, postcode=pc4, lat=lat, lon=lon,
        salary_text=salary_text, hours_text=hours_text, education_text=education_text,
        contract_text=contract_text, posted_at=posted.isoformat(),
        valid_through=(on + timedelta(days=rng.randint(14, 60))).isoformat(),
        salary_min=salary_min, salary_max=salary_max, hours_min=hours_min, hours_max=hours_max,
        education_level=level, contract=contract, isco=isco, sector=sector_name,
        group=f"g{number}", demands=demands,
    )


def _duplicate(rng: random.Random, original: Ad, number: int, on: date) -> Ad:
    """An agency copy (reworded, under the agency's name) or a later repost of ``original``."""
    if rng.random() < 0.4:
        later = date.fromisoformat(original.posted_at) + timedelta(days=rng.randint(7, 21))
        posted = min(on, later)
        return replace(original, item_id=f"synth-{number}", kind="repost",
                       posted_at=posted.isoformat())
    title = rng.choice(AGENCY_TITLE).format(title=original.title, place=original.place)
    intro = (f"<p>Voor onze opdrachtgever in {original.place} zoeken wij een "
             f"{original.title.lower()}.</p>")
    body = original.description.split("</p>", 1)[1]  # the employer's own opening is dropped
    agency = rng.choice(AGENCIES)
    outro = f"<p>Solliciteer via {agency}: je hoort binnen twee werkdagen van ons.</p>"
    return replace(original, item_id=f"synth-{number}", kind="agency", title=title,
                   employer=agency, description=intro + body + outro)


def synth_ads(n: int, seed: int = 1, duplicates: float = 0.1, on: date | None = None) -> list[Ad]:
    """``n`` ads, of which a share ``duplicates`` copy an earlier one (agency copy or repost)."""
    if not 0 <= duplicates < 1:
        raise ValueError(f"duplicates moet tussen 0 en 1 liggen, niet {duplicates}")
    rng = random.Random(seed)
    on = on or date.today()
    copies = round(n * duplicates)
    ads = [_ad(rng, number, on) for number in range(n - copies)]
    originals = len(ads)
    for number in range(originals, n):
        ads.append(_duplicate(rng, ads[rng.randrange(originals)], number, on))
    rng.shuffle(ads)
    return ads


def to_posting(ad: Ad, source: str = "synth") -> RawPosting:
    """The ad as a reader would yield it, ready for ``ingest.normalise.to_vacancy``."""
    return RawPosting(
        source=source, item_id=ad.item_id, title=ad.title, location=ad.item_id,
        employer=ad.employer, url=f"https://vacatures.example/{ad.item_id}",
        description=ad.description, salary_text=ad.salary_text, hours_text=ad.hours_text,
        education_text=ad.education_text, place_text=ad.place, postcode_text=ad.postcode,
        contract_text=ad.contract_text, posted_at_text=ad.posted_at,
        valid_through_text=ad.valid_through, raw={"synth": ad.truth()},
    )


def to_vacancy(ad: Ad, source: str = "synth") -> Vacancy:
    """The ad as a stored vacancy, built from its truth without parsing (fast, for scale)."""
    return Vacancy(
        id=vacancy_id(source, ad.item_id), source=source, source_item_id=ad.item_id,
        title=ad.title, employer=ad.employer, url=f"https://vacatures.example/{ad.item_id}",
        description=ad.description, place=ad.place, postcode=ad.postcode, lat=ad.lat,
        lon=ad.lon, salary_min=ad.salary_min, salary_max=ad.salary_max,
        salary_text=ad.salary_text, hours_min=ad.hours_min, hours_max=ad.hours_max,
        hours_text=ad.hours_text, education_level=float(ad.education_level),
        education_text=ad.education_text, contract=ad.contract, posted_at=ad.posted_at,
        valid_through=ad.valid_through,
        demands={key: {"value": value, "unit": "", "confidence": 1.0, "source": "synth",
                       "evidence": ""} for key, value in ad.demands.items()},
        raw={"synth": ad.truth()},
    )


def synth_postings(n: int, seed: int = 1, duplicates: float = 0.1,
                   on: date | None = None) -> list[RawPosting]:
    """``n`` postings as a reader yields them, for benches that time normalisation or dedup."""
    return [to_posting(ad) for ad in synth_ads(n, seed, duplicates, on)]


def synth_vacancies(n: int, seed: int = 1, duplicates: float = 0.0,
                    on: date | None = None, source: str = "synth") -> list[Vacancy]:
    """``n`` vacancies from their truth, for benches that need many rows without files.

    Item ids repeat between calls, so batches meant for one store need their own ``source``.
    """
    return [to_vacancy(ad, source) for ad in synth_ads(n, seed, duplicates, on)]


# FML limit sets seen in practice (DOMAIN.md 4): back, knee, shoulder, energy, mind, shifts.
FML_PATTERNS: tuple[dict[str, int | list[int]], ...] = (
    {"IV.9": 1, "IV.10": 2, "IV.13": 2, "IV.14": 2, "V.6": 1},
    {"IV.13": 1, "IV.12": 1, "V.3": 1, "V.4": 1},
    {"IV.18": 1, "IV.19": 3, "IV.20": 3, "V.5": 1, "IV.16": 2},
    {"V.7": 2, "IV.7": 1, "IV.8": 1, "IV.13": 1},
    {"VI.2": 2, "VI.3": 2, "VI.1": [1, 2], "I.8": [4, 5]},
    {"I.1": 1, "I.8": [1, 3, 4], "II.12": [1], "VI.2": 2},
    {"II.8": 1, "II.12": [1, 2], "I.8": [4]},
    {"VI.1": [2], "III.1": [2], "V.2": 2, "IV.4": 1},
)
TRAVEL_MODES = (("car", 45), ("public_transport", 60), ("bicycle", 30), ("on_foot", 20))


def synth_profiles(n: int, seed: int = 1, on: date | None = None) -> list[dict[str, Any]]:
    """``n`` zoekprofielen as YAML-ready dicts, spread over the three widening stages."""
    rng = random.Random(seed + 1_000_003)  # not the vacancy stream: counts can change apart
    on = on or date.today()
    profiles = []
    for number in range(n):
        title, _, sector_name = rng.choice(titles())
        sector = SECTORS[sector_name]
        _, pc4, _, _ = rng.choice(places())
        first_sick_day = on - timedelta(weeks=rng.randint(10, 100))
        profile_set_on = first_sick_day + timedelta(weeks=rng.randint(4, 8))
        level = rng.choice(sector.levels)
        # directions: other work within reach of the schooling the employee has
        reachable = [t for t, _, s in titles() if s != sector_name
                     and min(SECTORS[s].levels) <= level]
        mode, minutes = rng.choice(TRAVEL_MODES)
        hours = float(rng.choice((16, 20, 24, 28, 32, 36)))
        profiles.append({
            "id": f"synth-{number:05d}",
            "coach": f"coach-{rng.randint(1, 40):02d}",
            "first_sick_day": first_sick_day,
            "profile_set_on": min(profile_set_on, on),
            "home_postcode": pc4,
            "travel": {"mode": mode, "max_minutes_one_way": minutes + rng.choice((-10, 0, 15))},
            "hours": {"max_per_week": hours, "max_per_day": min(8.0, round(hours / 4 + 1))},
            "last_job": {"title": title, "wage_gross_month": float(rng.randrange(*sector.pay, 50)),
                         "hours_per_week": float(rng.choice((32, 36, 38, 40)))},
            "education": {"level": float(level)},
            "search_directions": rng.sample(reachable, min(3, len(reachable))),
            "weekly_quota": rng.choice((3, 5, 5, 8)),
            "fml": dict(rng.choice(FML_PATTERNS)),
        })
    return profiles


def synth_zoekprofielen(n: int, seed: int = 1, on: date | None = None) -> list[Zoekprofiel]:
    """``n`` validated profiles, for benches that match without files or a store."""
    profiles = []
    for data in synth_profiles(n, seed, on):
        checked = validate(data, data["id"])
        if checked.profile is None:  # a generator bug, not user input
            raise ValueError(f"synthetisch profiel {data['id']} ongeldig: {checked.problems}")
        profiles.append(checked.profile)
    return profiles


def _rss(ads: list[Ad]) -> bytes:
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
           "<title>Banenbank</title><link>https://vacatures.example/</link>"
           "<description>Synthetische vacatures</description>"]
    for ad in ads:
        out.append(
            f"<item><title>{escape(ad.title)}</title><guid>{ad.item_id}</guid>"
            f"<link>https://vacatures.example/{ad.item_id}</link>"
            f"<company>{escape(ad.employer)}</company><location>{escape(ad.place)}</location>"
            f"<postcode>{ad.postcode}</postcode><salary>{escape(ad.salary_text)}</salary>"
            f"<hours>{escape(ad.hours_text)}</hours>"
            f"<education>{escape(ad.education_text)}</education>"
            f"<contract>{escape(ad.contract_text)}</contract>"
            f"<pubDate>{date.fromisoformat(ad.posted_at):%a, %d %b %Y} 09:00:00 +0100</pubDate>"
            f"<description>{escape(ad.description)}</description></item>")
    out.append("</channel></rss>")
    return "\n".join(out).encode("utf-8")


def _jsonld(ads: list[Ad]) -> bytes:
    """One career page with every posting in an ``@graph``, pay as schema.org MonetaryAmount."""
    graph = []
    for ad in ads:
        node: dict[str, Any] = {
            "@type": "JobPosting", "identifier": {"@type": "PropertyValue", "value": ad.item_id},
            "title": ad.title, "description": ad.description, "datePosted": ad.posted_at,
            "validThrough": ad.valid_through, "employmentType": ad.contract_text,
            "hiringOrganization": {"@type": "Organization", "name": ad.employer},
            "jobLocation": {"@type": "Place", "address": {
                "@type": "PostalAddress", "addressLocality": ad.place,
                "postalCode": ad.postcode, "addressCountry": "NL"}},
            "url": f"https://vacatures.example/{ad.item_id}", "workHours": ad.hours_text,
            "educationRequirements": ad.education_text,
        }
        if ad.salary_min is not None and ad.salary_max is not None:
            node["baseSalary"] = {"@type": "MonetaryAmount", "currency": "EUR", "value": {
                "@type": "QuantitativeValue", "minValue": ad.salary_min,
                "maxValue": ad.salary_max, "unitText": "MONTH"}}
        graph.append(node)
    block = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    return ("<!DOCTYPE html><html lang=\"nl\"><head><title>Werken bij</title>"
            f"<script type=\"application/ld+json\">{block}</script></head>"
            "<body><h1>Vacatures</h1></body></html>").encode()


def _template_row(ad: Ad) -> list[str]:
    values = {"id": ad.item_id, "title": ad.title, "employer": ad.employer,
              "description": ad.description, "place": ad.place, "postcode": ad.postcode,
              "salary": ad.salary_text, "hours": ad.hours_text, "education": ad.education_text,
              "contract": ad.contract_text, "url": f"https://vacatures.example/{ad.item_id}",
              "posted_at": ad.posted_at, "valid_through": ad.valid_through}
    return [values[key] for key in TEMPLATE.values()]


def _csv(ads: list[Ad]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(TEMPLATE)
    writer.writerows(_template_row(ad) for ad in ads)
    return buffer.getvalue().encode("utf-8")


def _xlsx(ads: list[Ad]) -> bytes:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(SHEET_NAME)
    sheet.append(list(TEMPLATE))
    for ad in ads:
        sheet.append(_template_row(ad))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _cdata(value: str) -> str:
    return "<![CDATA[ " + value.replace("]]>", "]]]]><![CDATA[>") + " ]]>"


def _jobsxml(ads: list[Ad]) -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8" ?>\n<jobs version="1.0">']
    for ad in ads:
        hours = "".join(f"<{tag}>{value:g}</{tag}>" for tag, value in
                        (("hoursMin", ad.hours_min), ("hoursMax", ad.hours_max))
                        if value is not None)
        out.append(
            f"<job><jobId>{_cdata(ad.item_id)}</jobId>"
            f"<jobAddedDate>{_cdata(ad.posted_at)}</jobAddedDate>"
            f"<jobTitle>{_cdata(ad.title)}</jobTitle>"
            f"<jobDescription>{_cdata(ad.description)}</jobDescription>"
            f"<jobLocation><locationPlace>{_cdata(ad.place)}</locationPlace>"
            f"<locationZipCode>{_cdata(ad.postcode)}</locationZipCode></jobLocation>"
            f"<jobEducation>{_cdata(ad.education_text)}</jobEducation>"
            f"<jobUrl>{_cdata('https://vacatures.example/' + ad.item_id)}</jobUrl>"
            f"<jobOffer><offerContract><contractType>{_cdata(ad.contract_text)}</contractType>"
            f"<contractHours>{hours}<hoursDescription>{_cdata(ad.hours_text)}"
            f"</hoursDescription></contractHours>"
            f"<contractSalaryDescription>{_cdata(ad.salary_text)}</contractSalaryDescription>"
            f"</offerContract></jobOffer>"
            f"<jobBranch><branchName>{_cdata(ad.employer)}</branchName></jobBranch></job>")
    out.append("</jobs>")
    return "\n".join(out).encode("utf-8")


WRITERS = {"rss": _rss, "jsonld": _jsonld, "csv": _csv, "xlsx": _xlsx, "jobsxml": _jobsxml}


def render(ads: list[Ad], fmt: str) -> bytes:
    """The bytes of one source file in ``fmt`` (see FORMATS) holding ``ads``."""
    return WRITERS[fmt](ads)


def write_dataset(out: Path, ads: list[Ad], profiles: list[dict[str, Any]],
                  formats: tuple[str, ...] = FORMATS) -> dict[str, Any]:
    """Write the ads spread over one file per format, each profile as YAML, and a manifest.

    Ads go to formats in turn (ad i to format i mod len(formats)); the manifest records the
    counts per format and the duplicate groups, so a bench can score what ingest found.
    """
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown or not formats:
        raise ValueError(f"onbekend formaat {', '.join(unknown)}; kies uit: {', '.join(FORMATS)}")
    folder = out / "vacatures"
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for index, fmt in enumerate(formats):
        chosen = ads[index::len(formats)]
        (folder / FILE_NAMES[fmt]).write_bytes(render(chosen, fmt))
        counts[fmt] = len(chosen)
    profile_folder = out / "profielen"
    profile_folder.mkdir(parents=True, exist_ok=True)
    for profile in profiles:
        (profile_folder / f"{profile['id']}.yaml").write_text(
            yaml.safe_dump(profile, allow_unicode=True, sort_keys=False), encoding="utf-8")
    manifest = {
        "vacancies": counts, "files": {fmt: f"vacatures/{FILE_NAMES[fmt]}" for fmt in formats},
        "profiles": len(profiles),
        "duplicates": {kind: sum(ad.kind == kind for ad in ads) for kind in ("agency", "repost")},
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest

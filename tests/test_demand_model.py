"""The whole-ad second reading of standing and customer-contact hits (ingest/demand_model.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest
import yaml
from click.testing import CliRunner
from sklearn.feature_extraction.text import TfidfVectorizer

from ingest import demand_model
from ingest.cli import demands
from ingest.demands import IMPLIED_CONFIDENCE, extract_demands
from matcher.policy import load_policy

BENCH = Path(__file__).resolve().parents[1] / "bench"
EVALUATION_TEXTS = Path(__file__).parent / "data" / "demands_eval.yaml"

# a planner plans the lines; the lexicon reads "productielijnen" as work at a line
PLANNER = """Productieplanner (38 uur) - Oss
Van Rijn Zuivel maakt al sinds 1952 kaas, yoghurt en vla voor supermarkten in de Benelux. Met 180 \
collega's en een moderne fabriek aan de Maas groeien we elk jaar.
Wat ga je doen?
Je maakt de weekplanning voor onze drie productielijnen en de verpakkingslijn, afgestemd op de \
orders en de voorraad grondstoffen. Je overlegt dagelijks met de ploegleiders en de inkoper, \
bewaakt de levertijden en lost knelpunten in de planning op. Bij storingen schuif je met orders en \
informeer je de afdeling verkoop. Je werkt met SAP en Excel en verbetert de planningsregels samen \
met de supply chain manager.
Wat vragen wij?
Hbo-denkniveau, ervaring als planner in de voedingsmiddelenindustrie en gevoel voor cijfers.
Wat bieden wij?
Een salaris tot 4.200 euro bruto per maand, 27 vakantiedagen en een goed pensioen."""

CASHIER = """Caissiere supermarkt (12-20 uur) - Tilburg
Bij onze supermarkt in de wijk Reeshof werken 60 collega's, van vakkenvullers tot slagers. We zijn \
een familiebedrijf en kennen onze klanten bij naam.
Wat ga je doen?
Je rekent af met klanten aan de kassa, beantwoordt hun vragen en helpt bij de zelfscankassa's als \
er iets misgaat. Als het rustig is vul je de schappen bij, spiegel je de producten en zorg je dat \
de winkel er netjes uitziet. Aan het eind van de dag tel je de kassa af. Je werkt op zaterdag en \
twee avonden per week.
Wie ben jij?
Je bent vanaf 16 jaar, vriendelijk en je houdt van aanpakken. Ervaring is niet nodig, je krijgt \
een kassatraining.
Wat bieden wij?
Loon volgens de cao Supermarkten en een personeelskorting van 10 procent."""

# a day nursery never says "staan", yet every such ad the model learned from asks it
DAYCARE = """Pedagogisch medewerker babygroep (28 uur) - Kinderopvang Het Vlindernest, Deventer
Het Vlindernest vangt op drie locaties in Deventer elke dag zo'n 150 kinderen van 0 tot 4 jaar \
op. Op de babygroep aan de Zutphenseweg werk je met twee vaste collega's.
Wat ga je doen?
Je zorgt voor twaalf baby's: je geeft flesjes en fruithapjes, verschoont luiers, legt de \
kleintjes in bed en haalt ze er weer uit. Tussendoor speel je met ze op de speelmat, zing je \
liedjes en ga je met de bolderkar naar buiten. Bij het brengen en halen vertel je de ouders \
hoe de dag ging. Je houdt de ontwikkeling van elk kind bij in ons kindvolgsysteem.
Wie ben jij?
Je hebt een diploma Pedagogisch Medewerker niveau 3 of 4 en je bent geregistreerd in het \
personenregister kinderopvang. Je bent geduldig en zorgzaam en je kunt goed samenwerken.
Wat bieden wij?
Een contract voor 28 uur per week in vroege en late diensten tussen 7.00 en 18.30 uur, salaris \
volgens de cao Kinderopvang en korting op opvang voor je eigen kinderen."""

# a call centre that rules out the desk: both said, so a contradiction
CALL_CENTRE = """Medewerker klantenservice (32 uur) - Zwolle
Energiebedrijf Noordstroom levert stroom en gas aan 400.000 huishoudens in het noorden van het \
land. Ons team klantenservice telt 45 collega's en werkt vanuit een licht kantoor bij het station.
Wat ga je doen?
Je beantwoordt vragen van klanten via telefoon, chat en mail over hun jaarafrekening, verhuizing \
of termijnbedrag. Je legt afspraken vast in ons systeem en zoekt uit waarom een meterstand niet \
klopt. Er is geen klantcontact aan een balie. Je werkt staand of zittend aan een zit-sta-bureau.
Wat vragen wij?
Een mbo-diploma op niveau 4, een goede beheersing van de Nederlandse taal en geduld.
Wat bieden wij?
Een salaris tot 3.100 euro, een eigen laptop en twee dagen thuiswerken per week."""

# an ad silent on standing, whose requirement field says it
WAREHOUSE = """Magazijnmedewerker (40 uur) - Tilburg
Logistiek dienstverlener Van Gorp slaat fietsonderdelen op voor webwinkels in heel Europa. In ons \
distributiecentrum aan de Kraaiven werken 120 collega's in twee ploegen.
Wat ga je doen?
Je verzamelt orders met een handscanner, controleert de artikelen en maakt de zendingen klaar voor \
de vervoerder. Je houdt de voorraadlocaties op orde en meldt afwijkingen aan je teamleider. Bij \
drukte help je bij het lossen van de containers.
Wat vragen wij?
Je bent nauwkeurig, spreekt Nederlands of Engels en ervaring met een heftruck is mooi meegenomen.
Wat bieden wij?
Een uurloon van 15,20 euro, reiskostenvergoeding en een vast contract na een jaar."""

GERMAN = """Kassierer (m/w/d) in Teilzeit - Aachen
Unser Supermarkt in der Aachener Innenstadt sucht ab sofort Verstarkung. Wir sind ein \
Familienunternehmen mit 40 Mitarbeitern und legen grossen Wert auf freundlichen Service.
Ihre Aufgaben: Sie stehen an der Kasse, bedienen unsere Kunden freundlich und kompetent, fullen \
die Regale auf und achten auf Sauberkeit und Ordnung im Markt. Sie arbeiten im Schichtdienst, \
auch samstags und an einzelnen Abenden. Kassa-Erfahrung ist ein Vorteil, aber keine Bedingung, \
denn wir arbeiten Sie grundlich ein.
Ihr Profil: Sie sind zuverlassig, teamfahig und haben Freude am Umgang mit Menschen. Gute \
Deutschkenntnisse setzen wir voraus.
Wir bieten: Eine faire Bezahlung nach Tarif, Mitarbeiterrabatt und ein nettes Team."""


def _trainer():
    spec = importlib.util.spec_from_file_location("train_demand_model",
                                                  BENCH / "train_demand_model.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_hit_the_whole_ad_makes_unlikely_is_set_aside_with_its_evidence() -> None:
    assert "V.3" in extract_demands(PLANNER, second_reading=False)
    found = extract_demands(PLANNER)
    assert "V.3" not in found
    doubt = next(doubt for doubt in found.doubted if doubt.item == "V.3")
    assert "productielijnen" in doubt.evidence
    assert doubt.chance < demand_model.load().threshold


def test_the_hits_of_an_ad_that_asks_them_are_kept() -> None:
    found = extract_demands(CASHIER)
    assert {"V.3", "V.4", "II.12.1"} <= set(found)
    assert found.doubted == []


def test_the_demands_command_lists_what_it_set_aside() -> None:
    result = CliRunner().invoke(demands, [PLANNER, "--json"])
    assert result.exit_code == 0, result.output
    doubted = json.loads(result.output)["betwijfeld"]
    assert any(row["item"] == "V.3" and "productielijnen" in row["bewijs"] for row in doubted)
    assert all(0 <= row["kans"] < demand_model.load().threshold for row in doubted)


@pytest.fixture
def doubting_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped model with a threshold no chance reaches: every hit it may judge, it drops."""
    monkeypatch.setattr(demand_model.load(), "threshold", 1.01)


@pytest.mark.usefixtures("doubting_everything")
def test_a_contradicted_hit_stays_for_the_coach_to_weigh() -> None:
    found = extract_demands(CALL_CENTRE)
    assert "II.12.1" in [c.item for c in found.contradictions]
    assert "II.12.1" in found and "II.12.1" not in {d.item for d in found.doubted}
    assert found.doubted  # the model did judge this ad


@pytest.mark.usefixtures("doubting_everything")
def test_a_requirement_field_is_not_second_read() -> None:
    found = extract_demands(WAREHOUSE, {"physicalRequirement": "Staand werk aan de inpaktafel"})
    assert found["V.3"].source == "jsonld"
    assert found.doubted  # the model did judge this ad


@pytest.mark.usefixtures("doubting_everything")
@pytest.mark.parametrize("text", [
    "Je staat de hele dag achter de kassa en helpt klanten met hun vragen.",  # a phrase
    GERMAN,  # words the model never learned
])
def test_the_model_has_no_say_on_texts_unlike_those_it_learned_from(text: str) -> None:
    assert demand_model.load().chances(text) is None
    assert "V.3" in extract_demands(text)


def test_the_whole_ad_adds_standing_the_text_never_names_as_a_hint() -> None:
    assert "V.4" not in extract_demands(DAYCARE, second_reading=False)
    added = extract_demands(DAYCARE)["V.4"]
    assert (added.value, added.source) == (8.0, "text")
    # an implied demand: below the confidence at which the matcher excludes on it
    assert added.confidence == IMPLIED_CONFIDENCE < load_policy().fml_exclude_confidence
    assert added.evidence.startswith("de advertentie als geheel (kans ")
    words = added.evidence.split("vooral: ")[1].split(", ")
    assert words and all(word in DAYCARE.lower() for word in words)
    assert not {"de", "je", "en"} & set(words)  # words every ad uses explain nothing


@pytest.mark.parametrize("sentence", [
    "Je werkt grotendeels zittend, op een lage stoel bij de kinderen.",  # seated
    "Je hebt geen staand werk.",  # ruled out
])
def test_the_whole_ad_adds_no_standing_the_text_rules_out(
        sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demand_model.load(), "add_threshold", 0.0)  # any chance would add it
    found = extract_demands(
        DAYCARE.replace("Je houdt de ontwikkeling", f"{sentence} Je houdt de ontwikkeling"))
    assert "V.4" not in found


def test_an_added_item_without_telling_words_says_only_the_chance(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demand_model.load(), "telling_words", lambda text, item: [])
    evidence = extract_demands(DAYCARE)["V.4"].evidence
    assert evidence.startswith("de advertentie als geheel (kans ") and evidence.endswith("%)")


def test_a_short_ad_gets_nothing_added() -> None:
    short = " ".join(DAYCARE.split()[:60])
    assert demand_model.load().chances(short) is None
    assert "V.4" not in extract_demands(short)


def test_the_chances_use_scikit_learns_tfidf_vector() -> None:
    """The vector is built by hand for speed; it must be TfidfVectorizer's to the last digit."""
    model = demand_model.load()
    spec = json.loads(demand_model.MODEL_FILE.read_text(encoding="utf-8"))
    vectorizer = TfidfVectorizer(vocabulary=spec["vocabulary"], sublinear_tf=True)
    vectorizer.idf_ = np.asarray(spec["idf"])
    texts = [case["text"] for case in yaml.safe_load(EVALUATION_TEXTS.read_text("utf-8"))
             if len(model.words(case["text"])) >= model.min_words][::20]
    assert len(texts) > 40
    for text in texts:
        logits = vectorizer.transform([text]) @ model.weights + model.intercepts
        expected = 1 / (1 + np.exp(-np.asarray(logits).ravel()))
        assert np.allclose(list(model.chances(text).values()), expected, atol=1e-12), text[:60]


def test_the_shipped_model_is_the_one_training_writes_without_the_held_out_texts() -> None:
    """Retraining reproduces the shipped file, so it was fitted on the tuning batches only and
    no one has edited a weight by hand; new labelled texts call for a retrain."""
    trainer = _trainer()
    cases = trainer.training_cases()
    assert not {case.get("batch") for case in cases} & trainer.HELD_OUT
    retrained = trainer.train(cases)
    shipped = json.loads(demand_model.MODEL_FILE.read_text(encoding="utf-8"))
    assert retrained["trained_on"] == shipped["trained_on"]
    assert retrained["vocabulary"] == shipped["vocabulary"]
    assert (retrained["add_threshold"], retrained["added"]) == (shipped["add_threshold"],
                                                                 shipped["added"])
    ours, theirs = demand_model.DemandModel(retrained), demand_model.DemandModel(shipped)
    judged = [case["text"] for case in cases if theirs.chances(case["text"])][::20]
    assert len(judged) > 30
    for text in judged:
        assert ours.chances(text) == pytest.approx(theirs.chances(text), abs=1e-4)

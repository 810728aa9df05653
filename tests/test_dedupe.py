"""Duplicate detection: outcomes on realistic pairs, incremental runs, reposts, explain, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from sqlite_utils import Database

from bench.dedupe_pairs import evaluate, make_pairs
from ingest import store
from ingest.cli import vacancy_record
from ingest.dedupe import deduplicate
from ingest.dedupe.config import load_config
from ingest.model import RawPosting
from ingest.normalise import to_vacancy
from ingest.pipeline import ingest_source
from matcher.cli import cli

MONDAY = "2026-11-02T08:00:00+00:00"
LATER = "2026-11-23T08:00:00+00:00"

ZORG_TEXT = (
    "Zorgcentrum De Vlinderhof biedt wonen en zorg aan ouderen met dementie. "
    "Wat ga je doen? Je helpt bewoners bij wassen, aankleden en eten, je deelt medicijnen uit "
    "en je houdt het zorgdossier bij. Je werkt in een vast team van zes collega's op een "
    "kleinschalige woongroep, in dagdiensten. Wat vragen wij? Een diploma Verzorgende IG op "
    "mbo-niveau 3 en "
    "geduld. Wat bieden wij? Salaris volgens cao VVT en een jaarcontract met uitzicht op vast."
)
MAGAZIJN_TEXT = (
    "Bij Distributiecentrum Hanzepoort verzamel je orders voor supermarkten met een "
    "handscanner en een elektrische pallettruck. Je stapelt rolcontainers stevig en netjes en "
    "tilt regelmatig dozen tot 15 kilo. Een EPT-certificaat is mooi meegenomen; zo niet, dan "
    "regelen wij de cursus. Je krijgt een reiskostenvergoeding en werkkleding."
)


def posting(item: str, **fields: str) -> RawPosting:
    base = dict(
        source="werkenbij-vlinderhof.example", item_id=item, title="Verzorgende IG",
        employer="Zorgcentrum De Vlinderhof", description=ZORG_TEXT, place_text="Deventer",
        salary_text="€ 2.700 - € 3.450 bruto per maand", hours_text="24 - 32 uur per week",
        contract_text="jaarcontract", url=f"https://vlinderhof.example/vacatures/{item}",
    )
    base.update(fields)
    return RawPosting(**base)  # type: ignore[arg-type]


def store_postings(db: Database, postings: list[RawPosting], at: str = MONDAY) -> list[str]:
    vacancies = [to_vacancy(p) for p in postings]
    store.upsert_vacancies(db, vacancies, at)
    return [v.id for v in vacancies]


def outcome(db: Database, first: str, second: str) -> str:
    """What deduplication made of two stored vacancies."""
    roots = dict(db.execute("select id, coalesce(duplicate_of, id) from vacancies").fetchall())
    if roots[first] == roots[second]:
        return "duplicate"
    flagged = db.execute(
        "select outcome from duplicate_pairs where (id_a = ? and id_b = ?) or (id_a = ? and"
        " id_b = ?)", [first, second, second, first]).fetchone()
    return flagged[0] if flagged else "distinct"


CASES = [
    ("board copy with another title form and legal form", "duplicate", posting(
        "b1", source="banenbank.example", title="Verzorgende-IG (m/v) 24-32 uur",
        employer="Zorgcentrum De Vlinderhof B.V.",
        description=ZORG_TEXT.replace("Wat ga je doen?", "Functieomschrijving"))),
    ("agency copy naming the client", "duplicate", posting(
        "a1", source="randstad.example", title="Verzorgende IG'er",
        employer="Zorgcentrum De Vlinderhof via Randstad", place_text="regio Deventer",
        salary_text="€ 16,50 - € 21,00 per uur", contract_text="uitzendcontract",
        description="Voor onze opdrachtgever Zorgcentrum De Vlinderhof zoeken wij een "
                    "verzorgende IG. " + ZORG_TEXT)),
    ("agency copy with the client only in its text", "duplicate", posting(
        "a2", source="tempo-team.example", employer="Tempo-Team", contract_text="uitzend",
        description="Voor onze opdrachtgever Zorgcentrum De Vlinderhof in Deventer zoeken wij "
                    "een verzorgende IG. " + ZORG_TEXT)),
    ("night shift against day shift at one employer", "distinct", posting(
        "n1", title="Verzorgende IG nachtdienst",
        description=ZORG_TEXT.replace("dagdiensten", "nachtdiensten"))),
    ("another hours band at one employer", "distinct", posting(
        "h1", hours_text="12 - 16 uur per week")),
    ("another branch of the employer", "distinct", posting("p1", place_text="Maastricht")),
    ("trainee post next to the regular one", "distinct", posting(
        "t1", title="Leerling Verzorgende IG (BBL)", contract_text="BBL-leerwerkplek")),
    ("same title at another employer in the same town", "distinct", posting(
        "o1", employer="Thuiszorg De Zandweg", description=(
            "Thuiszorg De Zandweg zoekt een verzorgende IG voor de wijk. Je fietst langs "
            "cliënten thuis, helpt bij steunkousen en medicatie en overlegt met de "
            "wijkverpleegkundige."))),
]


@pytest.mark.parametrize(("name", "expected", "other"), CASES, ids=[c[0] for c in CASES])
def test_outcome_of_realistic_pairs(fresh_db: Database, name: str, expected: str,
                                    other: RawPosting) -> None:
    first, second = store_postings(fresh_db, [posting("v1"), other])
    deduplicate(fresh_db)
    assert outcome(fresh_db, first, second) == expected, name


def test_branches_named_after_their_district_are_not_merged(fresh_db: Database) -> None:
    """One template text, one town, two branches: "Noord" is a word inside "Feijenoord", yet
    the employers differ (a 87% fuzzy match once counted as "lijkt op elkaar")."""
    noord, feijenoord = (posting(f"r-{district}", title=f"Medewerker klantenservice {district}",
                                 employer=f"Verzekeraar {district}", place_text="Rotterdam",
                                 description=f"Verzekeraar {district} zoekt een collega voor de "
                                             "klantenservice. " + MAGAZIJN_TEXT[:120])
                         for district in ("Noord", "Feijenoord"))
    first, second = store_postings(fresh_db, [noord, feijenoord])
    deduplicate(fresh_db)
    assert outcome(fresh_db, first, second) != "duplicate"


def test_possible_duplicate_is_kept_apart_and_listed(fresh_db: Database) -> None:
    """An agency hiding its client: same job by every field, but not certain enough to merge."""
    direct = posting("m1", source="hanzepoort.example", title="Orderpicker",
                     employer="Distributiecentrum Hanzepoort", description=MAGAZIJN_TEXT,
                     place_text="Zwolle", salary_text="€ 2.400 - € 2.700 bruto per maand",
                     hours_text="36 - 40 uur per week", contract_text="tijdelijk contract")
    hidden = posting("m2", source="olympia.example", title="Orderpicker",
                     employer="Olympia Uitzendbureau", place_text="Zwolle",
                     description="Voor een groot distributiecentrum in Zwolle zoeken wij "
                                 "orderpickers voor de avond. Je werkt met een scanner.",
                     salary_text="€ 14,50 per uur", hours_text="36 - 40 uur per week",
                     contract_text="uitzendcontract")
    first, second = store_postings(fresh_db, [direct, hidden])
    deduplicate(fresh_db)
    assert outcome(fresh_db, first, second) == "possible"
    assert [v["id"] for v in store.iter_vacancies(fresh_db)] == [first, second]


def test_merge_keeps_every_link_and_fills_missing_fields(fresh_db: Database) -> None:
    (canonical,) = store_postings(fresh_db, [posting("v1", salary_text="")])
    store_postings(fresh_db, [
        posting("a1", source="randstad.example", title="Verzorgende IG'er",
                employer="Zorgcentrum De Vlinderhof via Randstad",
                url="https://randstad.example/v/a1")], LATER)
    summary = deduplicate(fresh_db)
    assert summary.duplicates == 1 and summary.checked == 2
    listed = list(store.iter_vacancies(fresh_db))
    assert [v["id"] for v in listed] == [canonical]
    assert listed[0]["salary_min"] == 2700.0  # taken from the agency copy
    record = vacancy_record(fresh_db, listed[0])
    assert record["links"] == ["https://vlinderhof.example/vacatures/v1",
                               "https://randstad.example/v/a1"]
    assert {s["source"] for s in record["sources"]} == {"werkenbij-vlinderhof.example",
                                                        "randstad.example"}


def test_only_new_postings_are_compared_but_against_the_whole_store(fresh_db: Database) -> None:
    (first,) = store_postings(fresh_db, [posting("v1")])
    assert deduplicate(fresh_db).checked == 1
    again = deduplicate(fresh_db)
    assert (again.checked, again.candidate_pairs) == (0, 0)
    (copy,) = store_postings(fresh_db, [posting("b1", source="banenbank.example")], LATER)
    later = deduplicate(fresh_db)
    assert (later.checked, later.duplicates) == (1, 1)
    assert fresh_db["vacancies"].get(copy)["duplicate_of"] == first


def test_changed_posting_is_checked_again(fresh_db: Database) -> None:
    (first,) = store_postings(fresh_db, [posting("v1")])
    (second,) = store_postings(fresh_db, [posting("b1", source="banenbank.example")], LATER)
    deduplicate(fresh_db)
    assert fresh_db["vacancies"].get(second)["duplicate_of"] == first
    store_postings(fresh_db, [posting("b1", source="banenbank.example",
                                      place_text="Maastricht")], LATER)
    assert deduplicate(fresh_db).checked == 1
    assert fresh_db["vacancies"].get(second)["duplicate_of"] is None


def test_repost_of_an_expired_vacancy_reopens_it(fresh_db: Database) -> None:
    (old,) = store_postings(fresh_db, [posting("v1", valid_through_text="2026-11-10")])
    deduplicate(fresh_db)
    store.expire(fresh_db, LATER, gone_after_days=14)
    assert fresh_db["vacancies"].get(old)["status"] == "expired"
    (repost,) = store_postings(fresh_db, [posting("v1-herplaatst",
                                                  valid_through_text="2026-12-20")], LATER)
    summary = deduplicate(fresh_db)
    assert summary.reopened == 1
    row = fresh_db["vacancies"].get(old)
    assert (row["status"], row["valid_through"]) == ("open", "2026-12-20")
    assert fresh_db["vacancies"].get(repost)["duplicate_of"] == old
    assert [v["id"] for v in store.iter_vacancies(fresh_db)] == [old]


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_cli_lists_clusters_and_explains_in_dutch(tmp_path: Path) -> None:
    db_path = str(tmp_path / "p.db")
    db = store.open_db(db_path)
    (canonical,) = store_postings(db, [posting("v1")])
    copy, _near = store_postings(db, [
        posting("a1", source="randstad.example", employer="Zorgcentrum De Vlinderhof via Randstad"),
        posting("n1", title="Verzorgende IG nachtdienst",
                description=ZORG_TEXT.replace("dagdiensten", "nachtdiensten"))], LATER)
    deduplicate(db)
    code, out = run("duplicates", "list", "--json", "--db", db_path)
    assert code == 0
    clusters = json.loads(out)
    assert [(c["id"], [m["id"] for m in c["copies"]]) for c in clusters] == [(canonical, [copy])]
    code, out = run("duplicates", "explain", copy, "--db", db_path)
    assert code == 0
    assert f"kopie van {canonical}" in out
    for label in ("Functietitel", "Werkgever", "Plaats", "Uren per week", "Omschrijving",
                  "zelfde werkgever", "dubbel, gewicht"):
        assert label in out
    code, out = run("duplicates", "explain", copy, "--json", "--db", db_path)
    explained = json.loads(out)
    assert explained["duplicate_of"] == canonical
    fields = {f["veld"]: f for f in explained["pairs"][0]["comparisons"]}
    assert fields["Werkgever"]["gewicht"] > 0
    code, out = run("duplicates", "explain", "bestaat-niet", "--db", db_path)
    assert code == 1 and "passend vacancies --all" in out


def test_cli_lists_possible_pairs(tmp_path: Path) -> None:
    db_path = str(tmp_path / "p.db")
    db = store.open_db(db_path)
    first, second = store_postings(db, [posting("v1"), posting(
        "x1", source="olympia.example", employer="Olympia Uitzendbureau",
        contract_text="uitzendcontract",
        description="Voor een zorgorganisatie in Deventer zoeken wij een verzorgende IG.")])
    deduplicate(db)
    code, out = run("duplicates", "list", "--possible", "--json", "--db", db_path)
    assert code == 0
    assert [(p["id_a"], p["id_b"]) for p in json.loads(out)] == [tuple(sorted([first, second]))]


def test_ingest_reports_deduplication_on_stderr(tmp_path: Path) -> None:
    feed = tmp_path / "banen.rss"
    items = "".join(
        f"<item><title>{title}</title><guid>{guid}</guid><company>{company}</company>"
        f"<location>Deventer</location><hours>24 - 32 uur per week</hours>"
        f"<description>{ZORG_TEXT}</description></item>"
        for guid, title, company in (("1", "Verzorgende IG", "Zorgcentrum De Vlinderhof"),
                                     ("2", "Verzorgende-IG", "Zorgcentrum De Vlinderhof B.V.")))
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Banen</title>'
                    f"{items}</channel></rss>", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(feed), "--db", str(tmp_path / "p.db"),
                                      "--silent"])
    assert result.exit_code == 0, result.output
    assert "dubbelcontrole: 2 vacatures gecontroleerd" in result.stderr
    assert "1 samengevoegd als kopie" in result.stderr
    listed = json.loads(run("vacancies", "--json", "--db", str(tmp_path / "p.db"))[1])
    assert len(listed) == 1 and len(listed[0]["sources"]) == 2


def test_one_feed_of_many_similar_openings_stays_apart(shared_data: Path) -> None:
    """A real careers feed lists each opening once: psychologists for different teams and
    towns are different jobs, however alike their titles."""
    db = store.open_db(":memory:")
    summary = ingest_source(db, str(shared_data / "vacancies" / "ggz-ingeest-jobs_feed.csv"),
                            employer="GGZ inGeest")
    assert summary.new > 100
    assert deduplicate(db).duplicates <= summary.new // 20
    assert len(list(store.iter_vacancies(db))) >= summary.new * 0.95


def test_precision_and_recall_on_a_slice_of_the_labelled_set() -> None:
    pairs = make_pairs(120, seed=31)
    assert {p.duplicate for p in pairs} == {True, False}
    result = evaluate(pairs)
    assert result["precision"] >= 0.9
    assert result["recall"] >= 0.8


def test_labelled_pairs_are_varied_dutch_and_seeded() -> None:
    pairs = make_pairs(60, seed=5)
    assert [p.second.title for p in pairs] == [p.second.title for p in make_pairs(60, seed=5)]
    assert len({p.kind for p in pairs}) >= 8
    assert all(" je " in p.first.description.lower() for p in pairs)


def test_config_errors_say_where_and_what(tmp_path: Path) -> None:
    broken = load_config() | {"thresholds": {"duplicate": 3.0, "possible": 5.0}}
    path = tmp_path / "dedupe.yaml"
    path.write_text(yaml.safe_dump(broken), encoding="utf-8")
    with pytest.raises(ValueError, match="thresholds.possible mag niet boven"):
        load_config(path)

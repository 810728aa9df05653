"""Coach feedback and `passend learn` on a realistic set of judged Twente vacancies."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from ingest import store
from matcher import feedback
from matcher.cli import cli
from matcher.learn import NotEnoughFeedback, bump_version, examples, propose
from matcher.policy import load_policy
from matcher.rank import load_frame, score_frame
from profiles.store import add_profile
from tests.test_matcher import MAGAZIJN_KNOWN, ON_P2, POLICY, example, vacancy

ENSCHEDE = (52.22, 6.90)
TITLES = ("Medewerker voorraadadministratie", "Planner binnendienst", "Receptiemedewerker",
          "Medewerker klantenservice", "Magazijnmedewerker", "Administratief medewerker")
POLICY_FILE = Path(__file__).parent.parent / "matcher" / "data" / "policy.yaml"


def invoke(db_path: Path, *args: str) -> object:
    return CliRunner().invoke(cli, [*args, "--db", str(db_path)])


@pytest.fixture
def judged(fresh_db: Database) -> Database:
    """120 vacancies around Enschede judged by a coach who looks at FML and travel only.

    Wage, hours, education and title vary independently of the judgement.
    """
    rng = random.Random(6)
    profile = example("wn-magazijn-0101", exclude={"titles": []})
    add_profile(fresh_db, profile)
    for i in range(120):
        kg = rng.choice([2, 2, 5.4, 20, None])
        store.upsert_vacancy(fresh_db, vacancy(
            f"v{i:03d}", rng.choice(TITLES),
            at=(ENSCHEDE[0] + rng.uniform(-0.12, 0.12), ENSCHEDE[1] + rng.uniform(-0.18, 0.18)),
            salary_max=rng.choice([1700.0, 2100.0, 2600.0, 3100.0, None]),
            hours_min=rng.choice([16.0, 24.0, 32.0, 36.0, None]),
            education_level=rng.choice([1.0, 2.0, 3.0, 4.0, None]),
            demands={**MAGAZIJN_KNOWN, "IV.13": kg} if kg is not None else {}),
            "2026-03-01T08:00:00")
    result = score_frame(load_frame(fresh_db), profile, ON_P2, POLICY, include_all=True)
    for r in result.results:
        scores = {c.criterion: c.score for c in r.criteria}
        liked = 1.5 * scores["fml"] + 1.5 * scores["travel"] + rng.gauss(0, 0.3) > 2.1
        label = rng.choice(["relevant", "applied", "invited", "hired"]) if liked else "not_relevant"
        feedback.add_feedback(fresh_db, profile, r.vacancy_id, label, ON_P2, POLICY)
    return fresh_db


def test_learn_ranks_what_coaches_value_first(judged: Database) -> None:
    proposal = propose(judged, POLICY)
    assert proposal.examples == 120 and 20 < proposal.positive < 100
    others = [w for c, w in proposal.proposed.items() if c not in {"fml", "travel"}]
    assert min(proposal.proposed["fml"], proposal.proposed["travel"]) > max(others)
    assert sum(proposal.proposed.values()) == pytest.approx(sum(POLICY.weights.values()), 0.01)
    assert all(w >= 0 for w in proposal.proposed.values())
    assert proposal.folds == 5 and proposal.cv_auc_proposed > proposal.cv_auc_current


def test_learn_cli_never_changes_the_policy(judged: Database, db_path: Path,
                                            tmp_path: Path) -> None:
    own = tmp_path / "beleid.yaml"
    own.write_bytes(POLICY_FILE.read_bytes())
    shipped_before = POLICY_FILE.read_bytes()
    out = tmp_path / "voorstel.yaml"
    result = invoke(db_path, "learn", "--policy", str(own), "--out", str(out), "--json")
    assert result.exit_code == 0, result.output
    proposal = json.loads(result.stdout)["proposal"]
    assert proposal["examples"] == 120 and set(proposal["proposed"]) == set(POLICY.weights)
    assert own.read_bytes() == POLICY_FILE.read_bytes() == shipped_before
    written = load_policy(out)
    assert written.version == bump_version(POLICY.version)
    assert written.weights == proposal["proposed"]
    assert written.stages == POLICY.stages
    table = CliRunner(env={"COLUMNS": "200"}).invoke(cli, ["learn", "--db", str(db_path)])
    assert table.exit_code == 0 and "functionele beperkingen" in table.stdout
    assert "120 voorbeelden" in table.stdout and "kruisvalidatie" in table.stdout
    refused = invoke(db_path, "learn", "--policy", str(own), "--out", str(own))
    assert refused.exit_code == 1 and "wijzigt het beleid nooit" in refused.output
    shipped = invoke(db_path, "learn", "--policy", str(own), "--out", str(POLICY_FILE))
    assert shipped.exit_code == 1 and POLICY_FILE.read_bytes() == shipped_before
    nowhere = invoke(db_path, "learn", "--out", str(tmp_path / "geen-map" / "voorstel.yaml"))
    assert nowhere.exit_code == 1 and "kies een map die bestaat" in nowhere.output
    assert own.read_bytes() == shipped_before


@pytest.mark.parametrize(("labels", "message"), [
    (["relevant", "not_relevant", "applied"], "te weinig feedback om gewichten te leren: 3"),
    (["relevant"] * 25, "alle 25 voorbeelden zijn relevant"),
    (["not_relevant"] * 25, "alle 25 voorbeelden zijn niet relevant"),
])
def test_too_little_feedback_gives_no_proposal(fresh_db: Database, db_path: Path,
                                               labels: list[str], message: str) -> None:
    profile = example("wn-magazijn-0101")
    add_profile(fresh_db, profile)
    for i, label in enumerate(labels):
        store.upsert_vacancy(fresh_db, vacancy(f"v{i}", "Receptiemedewerker"),
                             "2026-03-01T08:00:00")
        feedback.add_feedback(fresh_db, profile, f"v{i}", label, ON_P2, POLICY)
    with pytest.raises(NotEnoughFeedback, match=message):
        propose(fresh_db, POLICY)
    result = invoke(db_path, "learn", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["proposal"] is None and message in result.stderr


def test_feedback_cli_stores_a_snapshot(fresh_db: Database, db_path: Path) -> None:
    profile = example("wn-magazijn-0101")
    add_profile(fresh_db, profile)
    store.upsert_vacancy(fresh_db, vacancy("recep", "Receptiemedewerker",
                                           demands={**MAGAZIJN_KNOWN, "IV.13": 2}),
                         "2026-03-01T08:00:00")
    added = invoke(db_path, "feedback", "add", "--profile", profile.id, "--vacancy", "recep",
                   "--label", "applied", "--notes", "gesprek gepland", "--on", "2026-03-02")
    assert added.exit_code == 0, added.output
    assert "feedback 1 opgeslagen: gesolliciteerd" in added.stderr
    store.expire(fresh_db, "2026-05-01T08:00:00", gone_after_days=14)  # the vacancy closes
    later = invoke(db_path, "feedback", "add", "--profile", profile.id, "--vacancy", "recep",
                   "--label", "hired", "--on", "2026-05-04")
    assert later.exit_code == 0, later.output
    rows = json.loads(invoke(db_path, "feedback", "list", "--profile", profile.id,
                             "--json").stdout)
    assert [(r["label"], r["on"], r["stage"]) for r in rows] == [
        ("applied", "2026-03-02", "P2"), ("hired", "2026-05-04", "P2")]
    first = rows[0]
    assert first["notes"] == "gesprek gepland" and first["policy_version"] == load_policy().version
    assert first["title"] == "Receptiemedewerker" and first["verdict"] == "passend"
    assert set(first["scores"]) == {"fml", "wage", "education", "travel", "hours", "direction"}
    assert first["scores"]["fml"] == 1.0
    x, y = examples(fresh_db)  # one pair, the latest judgement counts
    assert x.shape == (1, 6) and y.tolist() == [1]
    assert invoke(db_path, "feedback", "list", "--profile", "wn-ander", "--json").stdout.strip() \
        == "[]"
    table = CliRunner(env={"COLUMNS": "200"}).invoke(cli, ["feedback", "list", "--db",
                                                           str(db_path)])
    assert table.exit_code == 0 and "aangenomen" in table.stdout


@pytest.mark.parametrize(("args", "code", "message"), [
    (["--profile", "wn-magazijn-0101", "--vacancy", "onbekend", "--label", "relevant"], 1,
     "passend vacancies --all"),
    (["--profile", "wn-onbekend", "--vacancy", "x", "--label", "relevant"], 1,
     "passend profiles list"),
    (["--profile", "wn-magazijn-0101", "--vacancy", "x", "--label", "leuk"], 2, "relevant"),
    (["--profile", "wn-magazijn-0101", "--vacancy", "recep", "--label", "not_relevant",
      "--notes", "past niet door zijn hernia"], 1, "notes: lijkt een diagnose te bevatten"),
])
def test_feedback_add_errors(fresh_db: Database, db_path: Path, args: list[str], code: int,
                             message: str) -> None:
    add_profile(fresh_db, example("wn-magazijn-0101"))
    store.upsert_vacancy(fresh_db, vacancy("recep", "Receptiemedewerker"), "2026-03-01T08:00:00")
    result = invoke(db_path, "feedback", "add", *args)
    assert result.exit_code == code and message in result.output
    assert "hernia" not in result.output
    assert feedback.list_feedback(fresh_db) == []


def test_unknown_label_is_refused_by_the_api(fresh_db: Database) -> None:
    with pytest.raises(ValueError, match="kies uit relevant"):
        feedback.add_feedback(fresh_db, example("wn-magazijn-0101"), "x", "misschien",
                              date(2026, 3, 2), POLICY)


@pytest.mark.parametrize(("version", "bumped"), [("2026.1", "2026.2"), ("2026.9", "2026.10"),
                                                 ("eigen", "eigen.1"), ("v3", "v4")])
def test_bump_version(version: str, bumped: str) -> None:
    assert bump_version(version) == bumped

"""Incremental duplicate detection over the store: block, compare, link copies to canonicals.

Only vacancies not yet checked (new, or changed since their check) start pairs, but they are
compared against every stored vacancy, expired ones included: a repost of an expired job joins
the old vacancy, which opens again. Existing clusters are never merged with each other; a new
posting joins the cluster it matches best. The canonical vacancy keeps its id (weekly lists and
applications point at it) and gains the fields it lacked from its copies.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlite_utils import Database

from ingest import store
from ingest.dedupe.compare import Compared, compare, explain_pairs
from ingest.dedupe.config import load_config
from ingest.dedupe.features import Features, Normaliser, blocking_keys, build_features

_COLUMNS = (
    "id", "title", "employer", "description", "place", "postcode", "lat", "lon", "salary_min",
    "salary_max", "salary_text", "hours_min", "hours_max", "hours_text", "education_level",
    "education_text", "contract", "posted_at", "valid_through", "occupation", "demands", "url",
    "status", "duplicate_of", "first_seen", "last_seen", "content_hash", "source",
)
_LIGHT = ("id", "title", "employer", "place", "lat", "lon", "content_hash", "duplicate_of")
# Fields a canonical vacancy takes from a copy when it does not know them; a group moves together
# so a salary range or a location never mixes two postings.
_FILL_GROUPS = (
    ("employer",), ("url",), ("place", "postcode", "lat", "lon"),
    ("salary_min", "salary_max", "salary_text"), ("hours_min", "hours_max", "hours_text"),
    ("education_level", "education_text"), ("contract",), ("posted_at",), ("occupation",),
    ("demands",), ("description",),
)
_EMPTY_JSON = {None, "", "null", "{}", "[]"}


@dataclass
class DedupeSummary:
    """What one run of :func:`deduplicate` did."""

    checked: int = 0  # vacancies compared this run (new or changed)
    candidate_pairs: int = 0  # pairs that shared a blocking key
    duplicates: int = 0  # vacancies linked as a copy of a canonical vacancy
    possible: int = 0  # pairs flagged for a coach
    reopened: int = 0  # expired canonical vacancies opened again by a repost
    skipped_blocks: int = 0  # blocks too large to pair (see blocking.max_block_size)
    seconds: float = 0.0

    def describe(self) -> str:
        """One Dutch line for stderr."""
        return (
            f"dubbelcontrole: {self.checked} vacatures gecontroleerd, {self.candidate_pairs} paren"
            f" vergeleken, {self.duplicates} samengevoegd als kopie, {self.possible} mogelijk"
            f" dubbel, {self.reopened} heropend ({self.seconds:.1f} s)"
        )


def deduplicate(db: Database, config: dict[str, Any] | None = None) -> DedupeSummary:
    """Check the vacancies not checked yet against each other and the whole store.

    Blocking keys are cheap and made for every stored vacancy; the full comparison only loads
    the vacancies in a candidate pair, so a run after a small ingest stays quick on a big store.
    """
    started = time.perf_counter()
    config = config or load_config()
    summary = DedupeSummary()
    light = [dict(zip(_LIGHT, values, strict=True)) for values in db.execute(
        f"select {', '.join(_LIGHT)} from vacancies order by first_seen, id").fetchall()]
    checked = dict(db.execute("select id, content_hash from dedupe_checked").fetchall())
    pending = np.array([checked.get(r["id"]) != r["content_hash"] for r in light], dtype=bool)
    summary.checked = int(pending.sum())
    if summary.checked:
        normaliser = Normaliser(config)
        _add_agency_texts(db, light, normaliser)
        a, b, summary.skipped_blocks = candidate_pairs(
            blocking_keys(light, normaliser), pending, config["blocking"]["max_block_size"]
        )
        summary.candidate_pairs = len(a)
        involved = _involved(light, pending, a, b)
        rows = _load(db, [light[i]["id"] for i in involved], len(light))
        position = np.full(len(light), -1)
        position[involved] = np.arange(len(involved))
        features = build_features(rows, normaliser)
        compared = compare(features, position[a], position[b],
                           [r["description"] or "" for r in rows], config, normaliser)
        has_copies = {r["duplicate_of"] for r in light if r["duplicate_of"]}
        with db.conn:
            _decide(db, rows, pending[involved], has_copies, features, compared, config,
                    normaliser, summary)
    with db.conn:
        summary.reopened += _sync_status(db)
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def _add_agency_texts(db: Database, light: list[dict[str, Any]], normaliser: Normaliser) -> None:
    """Load the description of postings by an agency: their text may name the client."""
    agency_rows = {r["id"]: r for r in light if normaliser.employer(r["employer"]).agency}
    for chunk in _chunks(list(agency_rows), 500):
        for id_, description in db.execute(
            f"select id, description from vacancies where id in ({', '.join('?' * len(chunk))})",
            chunk,
        ).fetchall():
            agency_rows[id_]["description"] = description


def _involved(light: list[dict[str, Any]], pending: np.ndarray, a: np.ndarray,
              b: np.ndarray) -> np.ndarray:
    """Sorted row indices to load in full: pending rows, rows in a candidate pair, and the
    canonical vacancies of those rows (a new copy may join their cluster)."""
    index = {r["id"]: i for i, r in enumerate(light)}
    chosen = set(np.flatnonzero(pending).tolist()) | set(a.tolist()) | set(b.tolist())
    chosen |= {index[light[i]["duplicate_of"]] for i in list(chosen)
               if light[i]["duplicate_of"] in index}
    return np.array(sorted(chosen), dtype=np.int64)


def _load(db: Database, ids: list[str], stored: int) -> list[dict[str, Any]]:
    """Full rows of ``ids``, in that order; one scan when they are most of the ``stored``."""
    columns = ", ".join(_COLUMNS)
    if len(ids) * 2 > stored:
        queries = [(f"select {columns} from vacancies", [])]
    else:
        queries = [(f"select {columns} from vacancies where id in"
                    f" ({', '.join('?' * len(chunk))})", chunk) for chunk in _chunks(ids, 500)]
    wanted = set(ids)
    found: dict[str, dict[str, Any]] = {}
    for sql, params in queries:
        for values in db.execute(sql, params).fetchall():
            if values[0] in wanted:
                found[values[0]] = dict(zip(_COLUMNS, values, strict=True))
    return [found[id_] for id_ in ids]


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[start:start + size] for start in range(0, len(items), size)]


def candidate_pairs(
    keys: list[list[str]], pending: np.ndarray, max_block: int
) -> tuple[np.ndarray, np.ndarray, int]:
    """Index pairs ``(a, b)``, ``a < b``, sharing a blocking key, at least one of them pending."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, row_keys in enumerate(keys):
        for key in row_keys:
            blocks[key].append(i)
    n = len(keys)
    codes: list[np.ndarray] = []
    skipped = 0
    for members in blocks.values():
        if len(members) < 2:
            continue
        idx = np.array(members)
        new = idx[pending[idx]]
        if not len(new):
            continue
        if len(members) > max_block:
            skipped += 1
            continue
        left = np.repeat(new, len(idx))
        right = np.tile(idx, len(new))
        keep = left != right
        low, high = np.minimum(left[keep], right[keep]), np.maximum(left[keep], right[keep])
        codes.append(low.astype(np.int64) * n + high)
    if not codes:
        empty = np.array([], dtype=np.int64)
        return empty, empty, skipped
    unique = np.unique(np.concatenate(codes))
    return unique // n, unique % n, skipped


OUTCOMES = ("distinct", "possible", "duplicate")
_DISTINCT, _POSSIBLE, _DUPLICATE = range(3)


def _outcomes(total: np.ndarray, config: dict[str, Any]) -> np.ndarray:
    """Index into OUTCOMES per pair."""
    thresholds = config["thresholds"]
    return ((total >= thresholds["possible"]).astype(np.int8)
            + (total >= thresholds["duplicate"]).astype(np.int8))


class _Clusters:
    """Union-find over row indices, for new postings that match each other."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.parent[self.find(i)] = self.find(j)


def _decide(db: Database, rows: list[dict[str, Any]], pending: np.ndarray,
            has_copies: set[str], features: Features, compared: Compared,
            config: dict[str, Any], normaliser: Normaliser, summary: DedupeSummary) -> None:
    """Link copies, record the pairs and mark the pending vacancies checked."""
    ids = features.ids
    index = {id_: i for i, id_ in enumerate(ids)}
    # Pending vacancies may move into a cluster; a canonical vacancy with copies stays put.
    movable = pending & np.array([id_ not in has_copies for id_ in ids], dtype=bool)
    outcome = _outcomes(compared.total, config)
    # Two existing clusters are never merged: such a pair is only flagged.
    fixed_pair = ~movable[compared.a] & ~movable[compared.b]
    outcome[(outcome == _DUPLICATE) & fixed_pair] = _POSSIBLE
    links = _canonicals(rows, features, compared, np.flatnonzero(outcome == _DUPLICATE), movable)
    summary.duplicates = sum(1 for target in links.values() if target)
    db.conn.executemany("update vacancies set duplicate_of = ? where id = ?",
                        [(target, id_) for id_, target in links.items()])
    copies: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for id_, target in links.items():
        if target:
            copies[target].append(rows[index[id_]])
    _fill(db, {canonical: (rows[index[canonical]], found)
               for canonical, found in copies.items()})
    summary.possible = int((outcome == _POSSIBLE).sum())
    _record(db, rows, pending, features, compared, outcome, config, normaliser)


def _canonicals(rows: list[dict[str, Any]], features: Features, compared: Compared,
                dup: np.ndarray, movable: np.ndarray) -> dict[str, str | None]:
    """For each movable vacancy, the canonical vacancy it copies (None: it is canonical).

    New postings that match each other form a component; it joins the existing cluster it
    matches with the highest weight, else its richest member becomes canonical.
    """
    ids, a, b = features.ids, compared.a, compared.b
    clusters = _Clusters(len(ids))
    for k in dup:
        if movable[a[k]] and movable[b[k]]:
            clusters.union(int(a[k]), int(b[k]))
    best_root: dict[int, tuple[float, str]] = {}  # component -> (weight, canonical id)
    for k in dup:
        i, j = int(a[k]), int(b[k])
        if movable[i] == movable[j]:
            continue
        new, old = (i, j) if movable[i] else (j, i)
        root = rows[old]["duplicate_of"] or ids[old]
        component = clusters.find(new)
        if compared.total[k] > best_root.get(component, (-np.inf, ""))[0]:
            best_root[component] = (float(compared.total[k]), root)
    members: dict[int, list[int]] = defaultdict(list)
    for i in np.flatnonzero(movable):
        members[clusters.find(int(i))].append(int(i))

    links: dict[str, str | None] = {}
    for component, group in members.items():
        if component in best_root:
            canonical = best_root[component][1]
        elif len(group) > 1:
            canonical = ids[max(group, key=lambda i: _richness(rows[i], features, i))]
        else:
            canonical = None
        for i in group:
            links[ids[i]] = canonical if canonical != ids[i] else None
    return links


def _record(db: Database, rows: list[dict[str, Any]], pending: np.ndarray, features: Features,
            compared: Compared, outcome: np.ndarray, config: dict[str, Any],
            normaliser: Normaliser) -> None:
    """Replace the stored pairs of the pending vacancies and mark them checked."""
    ids, a, b = features.ids, compared.a, compared.b
    at = store.now_iso()
    pending_ids = [ids[i] for i in np.flatnonzero(pending)]
    for start in range(0, len(pending_ids), 500):
        chunk = pending_ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        db.execute(f"delete from duplicate_pairs where id_a in ({marks}) or id_b in ({marks})",
                   chunk + chunk)
    kept = np.flatnonzero(outcome != _DISTINCT)
    explained = explain_pairs(compared, kept, features, normaliser)
    version = str(config.get("version", ""))
    db.conn.executemany(
        "insert or replace into duplicate_pairs (id_a, id_b, outcome, weight, comparisons,"
        " decided_at, config_version) values (?, ?, ?, ?, ?, ?, ?)",
        [(min(ids[a[k]], ids[b[k]]), max(ids[a[k]], ids[b[k]]), OUTCOMES[outcome[k]],
          round(float(compared.total[k]), 2), json.dumps(fields, ensure_ascii=False), at,
          version) for k, fields in zip(kept.tolist(), explained, strict=True)],
    )
    db.conn.executemany(
        "insert or replace into dedupe_checked (id, content_hash, checked_at) values (?, ?, ?)",
        [(ids[i], rows[i]["content_hash"], at) for i in np.flatnonzero(pending)],
    )


def _richness(row: dict[str, Any], features: Features, i: int) -> tuple[int, int, int]:
    """Canonical preference: the employer's own posting, then the most known fields (the first
    of each group tells), then the oldest (rows are loaded in ``first_seen`` order)."""
    known = sum(row[group[0]] not in _EMPTY_JSON for group in _FILL_GROUPS)
    return int(not features.agency[i]), known, -i


def _missing(row: dict[str, Any], group: tuple[str, ...]) -> bool:
    return all(row.get(name) in _EMPTY_JSON for name in group)


def _fill(db: Database,
          clusters: dict[str, tuple[dict[str, Any], list[dict[str, Any]]]]) -> None:
    """Give each canonical vacancy the fields it lacks from its copies, richest copy first."""
    updates: dict[tuple[str, ...], list[list[Any]]] = defaultdict(list)
    for canonical, (row, copies) in clusters.items():
        update: dict[str, Any] = {}
        for group in _FILL_GROUPS:
            if not _missing(row, group):
                continue
            donor = next((c for c in copies if not _missing(c, group)), None)
            if donor is not None:
                update.update({name: donor[name] for name in group})
        if update:
            updates[tuple(update)].append([*update.values(), canonical])
    for columns, values in updates.items():
        assignments = ", ".join(f"{name} = ?" for name in columns)
        db.conn.executemany(f"update vacancies set {assignments} where id = ?", values)


def _sync_status(db: Database) -> int:
    """A canonical vacancy lives as long as any copy: reopen it and carry the latest
    ``last_seen`` and ``valid_through`` (none when a copy names none), so expiry does not close a
    job that is still posted. Returns how many were reopened."""
    found = db.execute(
        """select c.id, c.status, c.last_seen, c.valid_through, d.last_seen, d.valid_through
           from vacancies c join vacancies d on d.duplicate_of = c.id
           where c.duplicate_of is null and d.status = 'open'"""
    ).fetchall()
    clusters: dict[str, dict[str, Any]] = {}
    for id_, status, last_seen, valid, copy_seen, copy_valid in found:
        state = clusters.setdefault(  # the canonical's own end date counts while it is open
            id_, {"status": status, "last_seen": last_seen,
                  "valid": [valid] if status == "open" else []}
        )
        state["last_seen"] = max(state["last_seen"] or "", copy_seen or "")
        state["valid"].append(copy_valid)
    updates = []
    for id_, state in clusters.items():
        valid = state["valid"]
        until = None if not all(valid) else max(valid)
        updates.append(("open", state["last_seen"], until, id_))
    db.conn.executemany(
        "update vacancies set status = ?, last_seen = ?, valid_through = ? where id = ?", updates
    )
    return sum(1 for state in clusters.values() if state["status"] == "expired")

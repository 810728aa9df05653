"""Shared fixtures: a fresh on-disk store in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from ingest import store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "passend.db"


@pytest.fixture
def fresh_db(db_path: Path) -> Database:
    return store.open_db(db_path)


def shared_data_dir() -> Path | None:
    """The reference data in ../shared/data (read-only, never shipped), or None when absent."""
    here = Path(__file__).resolve().parents[1]
    for candidate in (here.parent / "shared" / "data", here.parents[1] / "shared" / "data"):
        if candidate.is_dir():
            return candidate
    return None


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``shared_data_dir()`` for tests; skips when absent."""
    found = shared_data_dir()
    if found is None:
        pytest.skip("../shared/data ontbreekt")
    return found

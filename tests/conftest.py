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

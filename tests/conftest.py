"""Shared test helpers: where ../shared is, and a skip when it is absent."""
from __future__ import annotations

import pathlib

import pytest

REPO = pathlib.Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def shared() -> pathlib.Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared (the shared development corpus) is absent on this machine")
    return SHARED

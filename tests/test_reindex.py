"""`minutebook reindex`: the index rebuilt from the cached extractions alone, with the records an
ingest writes (so the ids hand-set statuses key on), a damaged catalog rebuilt from the cache, a
damaged cache entry skipped and named, and a reindex killed half-way completed by the next."""
from __future__ import annotations

import os
import pathlib
import signal
import subprocess
import sys

import pytest

from corpus.ingest import ingest
from corpus.reindex import reindex
from corpus.store import Store
from tests.conftest import REPO
from tests.fakes import json_extractor, scrutiny_minutes, write_fixture
from tests.store_damage import (
    cached_extraction_of,
    check_problems,
    hand_statuses,
    index_records,
    one_line_error,
    run,
    store_home,
    truncate,
)


@pytest.fixture
def home(tmp_path: pathlib.Path) -> pathlib.Path:
    return store_home(tmp_path)


def test_reindex_writes_the_records_an_ingest_writes_without_reading_a_file(home: pathlib.Path,
                                                                            tmp_path: pathlib.Path) -> None:
    before, statuses = index_records(home), hand_statuses(home)
    for source in (tmp_path / "src").iterdir():
        source.unlink()  # nothing to read but the cache
    result = run(home, "reindex")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("3 files indexed from the cache, 0 skipped; records: ")
    assert index_records(home) == before and hand_statuses(home) == statuses
    assert check_problems(home) == []


def test_reindex_of_no_store_is_one_sentence(tmp_path: pathlib.Path) -> None:
    assert "There is no minutebook store" in one_line_error(run(tmp_path / "nothing", "reindex"))


def test_reindex_skips_a_damaged_cache_entry_and_names_its_repair(home: pathlib.Path, tmp_path: pathlib.Path) -> None:
    source = tmp_path / "src" / "b.txt"
    cached = cached_extraction_of(home, source)
    truncate(cached)
    result = run(home, "reindex")
    assert result.exit_code == 1
    (skipped,) = result.stderr.splitlines()
    assert skipped.startswith(f"skipped: {cached}") and f"`minutebook ingest {source}` extracts it again" in skipped
    assert result.stdout.startswith("2 files indexed from the cache, 1 skipped")
    ingest([tmp_path / "src"], home, extractor=json_extractor)
    assert check_problems(home) == []


def test_rebuilt_catalog_takes_the_cache_of_the_file_there_now(home: pathlib.Path, tmp_path: pathlib.Path) -> None:
    source = tmp_path / "src" / "a.txt"
    write_fixture(source, scrutiny_minutes(date="2017-12-18"), marker="edited")
    ingest([tmp_path / "src"], home, extractor=json_extractor)
    before = index_records(home)
    (home / "store" / "catalog.json").write_text("{}")
    assert run(home, "reindex").exit_code == 0
    assert index_records(home) == before  # the edited file's records, not those of its first version
    assert {e.path for e in Store(home).files.values()} == {str(p.resolve()) for p in (tmp_path / "src").iterdir()}


REINDEX_THEN_DIE = """
import sys
from corpus.reindex import reindex
reindex(sys.argv[1], batch_records=1)
"""


def test_reindex_killed_half_way_is_completed_by_the_next(home: pathlib.Path) -> None:
    before, statuses = index_records(home), hand_statuses(home)
    env = {**os.environ, "MINUTEBOOK_CRASH_AT": "catalog-written:3", "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", REINDEX_THEN_DIE, str(home)], cwd=REPO, env=env, timeout=120)
    assert done.returncode == -signal.SIGKILL
    assert check_problems(home), "the reindex should have been killed before it finished"
    report = reindex(home)
    assert report.files == 3 and not report.skipped
    assert index_records(home) == before and hand_statuses(home) == statuses

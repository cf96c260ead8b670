"""The store: atomic writes, the catalog round trip, cached extractions, the write lock."""
from __future__ import annotations

import json
import pathlib

import pytest

from corpus.errors import StoreError
from corpus.store import FileEntry, Store, require_store, write_atomically
from tests.fakes import scrutiny_minutes


def test_catalog_round_trip(tmp_path: pathlib.Path) -> None:
    store = Store(tmp_path)
    store.paths["/x/a.pdf"] = "abc"
    store.files["abc"] = FileEntry(path="/x/a.pdf", indexed=True, records={"resolution": 2}, acronyms={"EHE": "e"})
    store.save()
    again = Store(tmp_path)
    assert again.paths == {"/x/a.pdf": "abc"} and again.files["abc"].records == {"resolution": 2}
    assert again.learned_acronyms() == {"EHE": "e"}


def test_extraction_cache_round_trip(tmp_path: pathlib.Path) -> None:
    extraction = scrutiny_minutes()
    extraction.source.sha256 = "f" * 64
    store = Store(tmp_path)
    store.put_extraction(extraction)
    assert store.cached_extraction("f" * 64) is not None
    assert store.get_extraction("f" * 64) == extraction


def test_atomic_write_leaves_no_temporary_files(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "deep" / "file.json"
    write_atomically(target, "one")
    write_atomically(target, "two")
    assert target.read_text() == "two" and [p.name for p in target.parent.iterdir()] == ["file.json"]


def test_one_writer_at_a_time(tmp_path: pathlib.Path) -> None:
    with Store(tmp_path).writing(), pytest.raises(StoreError, match="Another ingest"):
        with Store(tmp_path).writing():
            pass


def test_missing_store_and_foreign_version_are_one_sentence_errors(tmp_path: pathlib.Path) -> None:
    with pytest.raises(StoreError, match="no minutebook index"):
        require_store(tmp_path)
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "catalog.json").write_text(json.dumps({"version": 99, "paths": {}, "files": {}}))
    with pytest.raises(StoreError, match="another version"):
        Store(tmp_path)

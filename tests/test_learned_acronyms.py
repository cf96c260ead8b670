"""Acronyms learned at ingest live in the index's own folder, so a search expands them without
reading the store; an index without them (an older minutebook's) searches without them until
the next ingest; a missing or foreign index is a one-sentence error."""
from __future__ import annotations

import json
import pathlib

import pytest

from corpus.ingest import ingest
from extract.records import Document, Extraction, Item, Meeting, Resolution, Source
from index.acronyms import LEARNED_FILE
from index.errors import IndexMissing
from index.schema import VERSION_FILE, home_to_index_dir
from index.search import RecordIndex
from tests.fakes import json_extractor, write_fixture


def defining_minutes() -> Extraction:
    """Two ways minutes define an acronym: bracketed after the expansion, and dashed before it."""
    flood = Item(number="3", title="Flooding", page=1,
                 text="The Local Flood Partnership (LFP) met twice over the winter.",
                 resolutions=[Resolution("That the local flood partnership report in June.", 1, None)])
    fund = Item(number="4", title="Grants", page=2,
                text="SWF – school wellbeing fund\nApplications had doubled.",
                resolutions=[Resolution("That the school wellbeing fund be renewed for a year.", 2, None)])
    doc = Document(kind="minutes", title="Cabinet", page_start=1, page_end=2,
                   meeting=Meeting(body="Cabinet", date="2023-05-02"), items=[flood, fund])
    return Extraction(Source("cabinet.pdf", "", 2, "pdf"), [doc])


def ingest_fixture(root: pathlib.Path) -> tuple[pathlib.Path, pathlib.Path]:
    src = root / "src"
    src.mkdir()
    write_fixture(src / "cabinet.txt", defining_minutes())
    ingest([src], root / "home", extractor=json_extractor)
    return src, root / "home"


def resolutions_for(home: pathlib.Path, question: str) -> list[str]:
    with RecordIndex(str(home)) as index:
        return [h["text"] for h in index.search(question, kind="resolution")["hits"]]


def test_ingest_writes_learned_acronyms_beside_the_index(tmp_path: pathlib.Path) -> None:
    _, home = ingest_fixture(tmp_path)
    learned = json.loads((home_to_index_dir(home) / LEARNED_FILE).read_text(encoding="utf-8"))
    assert learned == {"LFP": "local flood partnership", "SWF": "school wellbeing fund"}
    assert resolutions_for(home, "LFP") == ["That the local flood partnership report in June."]
    assert resolutions_for(home, "SWF") == ["That the school wellbeing fund be renewed for a year."]


def test_an_index_without_learned_acronyms_gains_them_at_the_next_ingest(tmp_path: pathlib.Path) -> None:
    src, home = ingest_fixture(tmp_path)
    (home_to_index_dir(home) / LEARNED_FILE).unlink()
    assert resolutions_for(home, "LFP") == []
    report = ingest([src], home, extractor=json_extractor)
    assert report.unchanged and not report.added
    assert resolutions_for(home, "LFP") == ["That the local flood partnership report in June."]


def test_missing_and_foreign_indexes_are_one_sentence_errors(tmp_path: pathlib.Path) -> None:
    with pytest.raises(IndexMissing, match=r"There is no minutebook index in .*; run `minutebook ingest PATH` first\."):
        RecordIndex(str(tmp_path))
    home_to_index_dir(tmp_path).mkdir()
    (home_to_index_dir(tmp_path) / VERSION_FILE).write_text("1\n")
    with pytest.raises(IndexMissing, match="built by another version of minutebook"):
        RecordIndex(str(tmp_path))

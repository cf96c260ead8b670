"""Page passages: extraction keeps each document's text page by page, the JSON form carries it,
and the index turns it into short `document` records of the meeting the document belongs to."""
from __future__ import annotations

import json

from extract.pipeline import lines_to_passages
from extract.records import Document, Extraction, Line, Meeting, Passage, Source, extraction_from_dict
from index.records import PASSAGE_CHARS, extraction_to_index_records, owning_meeting, text_to_chunks


def test_one_passage_per_page_of_the_lines_on_it() -> None:
    lines = [Line("WORK PROGRAMME", 3), Line("Issue\tLead", 3), Line("EHE\tHead of Inclusion", 4)]
    assert lines_to_passages(lines) == [Passage("WORK PROGRAMME\nIssue\tLead", 3), Passage("EHE\tHead of Inclusion", 4)]


def test_passages_survive_the_json_form() -> None:
    doc = Document("report", "Annual report", 1, 2, passages=[Passage("Para 1", 1), Passage("Para 2", 2)])
    extraction = Extraction(Source("r.pdf", "ab" * 32, 2, "pdf"), [doc])
    again = extraction_from_dict(json.loads(json.dumps(extraction.to_dict())))
    assert again.documents[0].passages == doc.passages
    del (older := extraction.to_dict())["documents"][0]["passages"]  # a cache written before passages
    assert extraction_from_dict(older).documents[0].passages == []


def test_long_pages_become_short_chunks_of_whole_lines() -> None:
    rows = [f"Row {n}\tsome planned scrutiny topic for the year" for n in range(40)]
    chunks = text_to_chunks("\n".join(rows))
    assert len(chunks) > 1 and all(len(c) <= PASSAGE_CHARS for c in chunks)
    assert "\n".join(chunks).splitlines() == rows
    paragraph = " ".join(["word"] * 400)
    assert all(len(c) <= PASSAGE_CHARS for c in text_to_chunks(paragraph))


def pack(programme_part_of: int | None) -> list[Document]:
    return [
        Document("minutes", "Panel", 1, 2, meeting=Meeting("Panel", "2019-01-07")),
        Document("agenda", "Panel", 3, 4, meeting=Meeting("Panel", "2019-03-04")),
        Document("inspection", "Inspection", 5, 9, part_of=1),
        Document("work_programme", "Work Programme", 10, 10, part_of=programme_part_of),
    ]


def test_a_paper_goes_to_the_meeting_of_its_agenda() -> None:
    documents = pack(None)
    assert owning_meeting(documents, 0) == ("Panel", "2019-01-07")  # minutes keep their own meeting
    assert owning_meeting(documents, 2) == ("Panel", "2019-03-04")  # bound in by part_of
    assert owning_meeting(documents, 3) == ("Panel", "2019-03-04")  # at the back of the pack


def test_passage_records_carry_page_title_and_meeting() -> None:
    documents = pack(1)
    documents[3].passages = [Passage("EHE\tHead of Inclusion", 10)]
    records = extraction_to_index_records(Extraction(Source("p.pdf", "cd" * 32, 10, "pdf"), documents))
    passage = [r for r in records if r.extra.get("passage")]
    assert [(r.kind, r.page, r.extra["title"], r.body, r.date) for r in passage] == [
        ("document", 10, "Work Programme", "Panel", "2019-03-04")]

"""Scanned pages read by OCR (issue 15): only the pages without a text layer, read like any other
page, cached in the store so that nothing is recognised twice, refused with --no-ocr.

OCR takes seconds a page: the module recognises its mixed paper once (two scanned pages, two at a
time) and reads everything else from the store's cache, with the engine made to fail."""
from __future__ import annotations

import io
import json
import pathlib
import shutil
import socket

import pytest
from click.testing import CliRunner

pytest.importorskip("reportlab")

from cli import main  # noqa: E402
from corpus.ingest import ingest  # noqa: E402
from corpus.ocr_cache import StoreOcrCache  # noqa: E402
from corpus.progress import OcrProgress  # noqa: E402
from corpus.store import Store  # noqa: E402
from extract.pipeline import OcrOptions, extract_file  # noqa: E402
from extract.reading import ocr, pages_to_lines, path_to_pages, scanned  # noqa: E402
from extract.reading.ocr import OcrWord  # noqa: E402
from extract.summary import extraction_to_text  # noqa: E402
from index.search import search  # noqa: E402
from tests.scans import scanned_pdf  # noqa: E402

MINUTES = [
    [("heading", "MINUTES of the meeting of Ashby Parish Council held on 3 March 2025"),
     "Present: Cllr Anne Brown (Chair), Cllr Bob Green, Cllr Carol White.",
     ("heading", "1. Apologies"), "None were received."],
    [("heading", "2. War Memorial"),
     "RESOLVED that the hedge by the war memorial be cut back before the summer."],
    [("heading", "3. Date of next meeting"), "The next meeting will be held on 7 April 2025."],
]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> tuple[pathlib.Path, pathlib.Path]:
    """(the paper: a text page, two scanned pages and an empty page; a home it was ingested into,
    its two scanned pages recognised at once in two processes)."""
    root = tmp_path_factory.mktemp("mixed")
    paper = scanned_pdf(root / "papers" / "ashby-2025-03-03.pdf", MINUTES, scanned={2, 3}, blank=[4])
    report = ingest([paper], root / "home", jobs=2)
    assert report.failed == [] and len(report.added) == 1
    return paper, root / "home"


@pytest.fixture
def no_engine(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Makes any recognition fail the test; the list of its calls stays empty."""
    calls: list[int] = []

    def refuse(*args: object, **kwargs: object) -> None:
        calls.append(1)
        raise AssertionError("a page was recognised again")

    monkeypatch.setattr(scanned, "image_to_lines", refuse)
    return calls


def stored(home: pathlib.Path) -> dict:
    store = Store(home)
    (sha,) = store.files
    return store.get_extraction(sha).to_dict()


def test_issue_15_only_the_scanned_pages_are_read_by_ocr(mixed):
    paper, home = mixed
    extraction = stored(home)
    assert extraction["source"]["ocr_pages"] == [2, 3]
    assert sorted(p.name for p in (home / "store" / "ocr" / extraction["source"]["sha256"]).iterdir()) == [
        "2.json", "3.json"]
    (minutes,) = extraction["documents"]
    assert minutes["kind"] == "minutes" and minutes["meeting"]["date"] == "2025-03-03" and minutes["ocr"] is True
    assert [(i["number"], i["title"], i["page"]) for i in minutes["items"]] == [
        ("1", "Apologies", 1), ("2", "War Memorial", 2), ("3", "Date of next meeting", 3)]
    assert [r["text"] for r in minutes["items"][1]["resolutions"]] == [
        "that the hedge by the war memorial be cut back before the summer."]


def test_issue_15_a_search_finds_a_phrase_printed_only_in_the_scan(mixed):
    _, home = mixed
    hits = search(str(home), '"hedge by the war memorial"')["hits"]
    assert hits and {(h["source"]["page"], h["details"].get("ocr")) for h in hits} == {(2, True)}
    printed = CliRunner().invoke(main, ["--home", str(home), "search", '"hedge by the war memorial"']).output
    assert "ashby-2025-03-03.pdf p.2 (read by OCR: a name or figure may be misread)" in printed


def test_issue_15_extract_reads_the_scan_from_the_store_cache(mixed, no_engine):
    paper, home = mixed
    result = extract_file(paper, OcrOptions(cache=Store(home).ocr_cache))
    assert result.source.ocr_pages == [2, 3] and no_engine == []
    assert result.to_dict() == stored(home) | {"source": stored(home)["source"] | {"path": str(paper)}}
    assert "[minutes] pages 1-3 Ashby Parish Council 2025-03-03 (read by OCR: a name or figure may be misread)" \
        in extraction_to_text(result)


def test_issue_15_reingest_reindex_and_a_new_extraction_never_ocr_again(mixed, no_engine, tmp_path):
    paper, home = mixed
    copy = tmp_path / "home"
    shutil.copytree(home, copy)
    assert ingest([paper], copy).unchanged == [str(paper.resolve())]
    shutil.rmtree(copy / "index")  # re-index: from the cached extraction
    assert ingest([paper], copy).failed == []
    for cached in (copy / "store" / "extractions").iterdir():  # as a new extraction version does
        cached.unlink()
    shutil.rmtree(copy / "index")
    report = ingest([paper], copy)
    assert report.failed == [] and no_engine == []
    assert stored(copy)["documents"] == stored(home)["documents"]


def test_issue_15_remove_drops_the_ocr_cache(mixed, tmp_path):
    paper, home = mixed
    copy = tmp_path / "home"
    shutil.copytree(home, copy)
    CliRunner().invoke(main, ["--home", str(copy), "remove", str(paper)], catch_exceptions=False)
    assert list((copy / "store" / "ocr").iterdir()) == []


def test_issue_15_no_ocr_refuses_a_scan_in_one_line(tmp_path):
    paper = scanned_pdf(tmp_path / "scan.pdf", MINUTES[1:2], scanned={1})
    result = CliRunner().invoke(main, ["extract", "--no-ocr", str(paper)])
    assert result.exit_code == 1 and result.output.strip().count("\n") == 0
    assert "no text layer (a scanned image); it needs OCR" in result.output and "Traceback" not in result.output
    ingested = CliRunner().invoke(main, ["--home", str(tmp_path / "home"), "ingest", "--no-ocr", str(paper)])
    assert ingested.exit_code == 1 and "failed: " in ingested.output and "needs OCR" in ingested.output


def test_issue_15_a_blank_page_is_not_read_to_garbage(tmp_path):
    """An empty page (no image) is not recognised at all; a scan of an empty sheet, specks of
    dust on white, is recognised and gives nothing. Progress is told per recognised page."""
    paper = scanned_pdf(tmp_path / "blank.pdf", MINUTES[:1], scanned=set(), blank=[2], dusty=[3])
    told: list[tuple[str, int, int]] = []
    result = extract_file(paper, OcrOptions(progress=lambda *args: told.append(args)))
    assert result.source.ocr_pages == [3]
    assert told == [("blank.pdf", 0, 1), ("blank.pdf", 1, 1)]
    assert {p for d in result.documents for p in (d.page_start, d.page_end)} == {1}


def test_issue_15_the_engine_downloads_nothing(monkeypatch):
    """The models come with the package: a new recogniser reads a line with the network refused."""
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("no network in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    ocr.recogniser.cache_clear()
    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    sheet = Image.new("RGB", (900, 120), "white")
    ImageDraw.Draw(sheet).text((30, 30), "Minutes of the Parish Council", fill="black",
                               font=ImageFont.load_default(size=40))
    lines = ocr.image_to_lines(np.asarray(sheet)[:, :, ::-1], scale=1.0)
    assert {"Minutes", "Parish", "Council"} <= {w.text for line in lines for w in line}


def word(text: str, x0: float, x1: float, top: float = 100, height: float = 14, score: float = 0.99,
         stroke: float = 1.5) -> OcrWord:
    return OcrWord(text, x0, top, x1, top + height, score, stroke)


def test_issue_15_recognised_words_become_segments_as_a_text_page_gives():
    lines = [
        [word("2.", 72, 84, stroke=2.8), word("War", 90, 115, stroke=2.7), word("Memorial", 119, 175, stroke=2.8)],
        [word("RESOLVED", 72, 140, top=120, height=15), word("that", 144, 170, top=120, height=15)],
        [word("Name", 72, 110, top=140, height=13), word("Role", 300, 330, top=140, height=13)],
        [word("smudge", 72, 110, top=160, score=0.5)],
        [word("AGENDA", 200, 300, top=40, height=30)],
    ]
    segments = scanned.lines_to_segments(lines)
    assert [s.text for s in segments] == ["2. War Memorial", "RESOLVED that", "Name", "Role", "AGENDA"]
    heading, body, *_, title = segments
    assert [style.bold for style in heading.styles] == [True, True, True]
    assert not any(style.bold for style in body.styles)
    # detection's noise in line heights (14, 15, 13 points) is one size; a title twice as tall is not
    assert heading.size == body.size == segments[2].size < title.size
    assert heading.starts == [(90, 6), (119, 4)] and heading.lead == 12


@pytest.mark.parametrize("read, meant", [
    ("Resolutlon", "Resolution"), ("allocatlons", "allocations"), ("Reso!ution", "Resolution"),
    ("fundIng", "funding"), ("Mclsaac", "McIsaac"), ("McIntyre", "McIntyre"), ("MacInnis", "MacInnis"),
    ("Mclean", "Mclean"), ("BY-LAW", "BY-LAW"), ("Hello!", "Hello!"),
])
def test_issue_15_letters_ocr_confuses_are_mended(read, meant):
    assert scanned.mended(read) == meant


def test_issue_15_cached_pages_of_another_engine_are_read_again(tmp_path):
    cache = StoreOcrCache(tmp_path)
    lines = [[word("Minutes", 72, 120)]]
    cache.put("abc", 1, scanned.lines_to_json(lines))
    assert scanned.json_to_lines(cache.get("abc", 1)) == lines
    cache.put("abc", 2, scanned.lines_to_json(lines) | {"engine": "another"})
    assert scanned.json_to_lines(cache.get("abc", 2)) is None and cache.get("abc", 3) is None
    (tmp_path / "abc" / "4.json").write_text("{half a fi")
    assert cache.get("abc", 4) is None


def test_issue_15_page_progress_is_drawn_on_a_terminal_only(monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    for stream, expected in ((Terminal(), "\rOCR pack.pdf: page 1/2\rOCR pack.pdf: page 2/2\n"), (io.StringIO(), "")):
        monkeypatch.setattr("sys.stderr", stream)
        OcrProgress()("pack.pdf", 1, 2)
        OcrProgress()("pack.pdf", 2, 2)
        assert stream.getvalue() == expected


def test_issue_15_extract_json_says_which_documents_were_read_by_ocr(tmp_path):
    """A text PDF: no page is read by OCR, the JSON says so."""
    paper = scanned_pdf(tmp_path / "text.pdf", MINUTES[:1], scanned=set())
    result = CliRunner().invoke(main, ["extract", "--json", str(paper)])
    data = json.loads(result.output)
    assert data["source"]["ocr_pages"] == [] and [d["ocr"] for d in data["documents"]] == [False]
    assert pages_to_lines(path_to_pages(paper)[1])


def test_issue_15_the_ingest_extractor_goes_to_worker_processes(tmp_path):
    """Several files are extracted in worker processes: the extractor, its OCR cache and its page
    progress travel there by pickling."""
    import pickle

    from corpus.ingest import PipelineExtractor

    extractor = PipelineExtractor(StoreOcrCache(tmp_path), ocr=False, ocr_jobs=1, page_progress=OcrProgress())
    assert pickle.loads(pickle.dumps(extractor)).cache.root == tmp_path


def test_issue_15_the_web_page_marks_a_result_read_by_ocr(mixed):
    from web.app import create_app

    _, home = mixed
    page = create_app(home).test_client().get("/search?q=hedge+war+memorial").get_data(as_text=True)
    assert "war memorial" in page and 'title="A name or figure may be misread">Read by OCR</span>' in page


def test_issue_15_an_ingest_killed_mid_ocr_resumes_from_the_pages_it_read(tmp_path, monkeypatch):
    """kill -9 while the third page of a scan is recognised: the pages read are cached whole, the
    store opens and is not locked, and a second ingest recognises only the pages left."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest import REPO

    paper = scanned_pdf(tmp_path / "scan.pdf", MINUTES, scanned={1, 2, 3})
    home = tmp_path / "home"
    proc = subprocess.Popen([sys.executable, "cli.py", "--home", str(home), "ingest", str(paper)], cwd=REPO)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None and len(list(home.glob("store/ocr/*/*.json"))) < 2:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    read = sorted(p.name for p in home.glob("store/ocr/*/*.json"))
    assert read == ["1.json", "2.json"], "the ingest should have been killed on the third page"
    recognise = scanned.image_to_lines
    calls: list[int] = []
    monkeypatch.setattr(scanned, "image_to_lines", lambda *a, **k: calls.append(1) or recognise(*a, **k))
    report = ingest([paper], home)
    assert report.failed == [] and len(report.added) == 1 and len(calls) == 1
    assert stored(home)["source"]["ocr_pages"] == [1, 2, 3]

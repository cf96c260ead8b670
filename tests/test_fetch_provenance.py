"""Where a fetched file came from (its document's URL and its meeting's page) travels with its
records: kept in the catalog across re-ingest and re-index, in search/history/actions JSON, and
as a link to the council's site beside the local file on the web page."""
from __future__ import annotations

import html
import pathlib
import re
import shutil

from corpus.ingest import ingest
from corpus.store import Provenance, Store
from index.records import source_to_dict
from index.search import search
from tests.fakes import json_extractor, scrutiny_minutes, write_fixture
from web.app import create_app

DOC = "https://democracy.example.gov.uk/documents/g1001/Printed%20minutes.pdf?T=1"
MEETING = "https://democracy.example.gov.uk/ieListDocuments.aspx?CId=101&MId=1001&Ver=4"


def fetched_home(tmp_path: pathlib.Path, url: str = DOC) -> tuple[pathlib.Path, pathlib.Path]:
    src = tmp_path / "downloads"
    src.mkdir()
    write_fixture(src / "minutes.txt", scrutiny_minutes())
    write_fixture(src / "by-hand.txt", scrutiny_minutes(date="2018-01-08"))
    home = tmp_path / "home"
    ingest([src], home, extractor=json_extractor, sources={str(src / "minutes.txt"): Provenance(url, MEETING)})
    return home, src


def test_search_gives_the_urls_of_fetched_files_only(tmp_path: pathlib.Path) -> None:
    home, _ = fetched_home(tmp_path)
    hits = search(str(home), "elective home education", limit=50)["hits"]
    fetched = [h for h in hits if h["meeting"]["date"] == "2017-11-06"]
    by_hand = [h for h in hits if h["meeting"]["date"] == "2018-01-08"]
    assert fetched and all(h["source"]["url"] == DOC and h["source"]["meeting_url"] == MEETING for h in fetched)
    assert by_hand and all(set(h["source"]) == {"path", "page"} for h in by_hand)
    assert all("source_url" not in h["details"] for h in hits)


def test_provenance_survives_reingest_and_a_rebuilt_index(tmp_path: pathlib.Path) -> None:
    home, src = fetched_home(tmp_path)
    ingest([src], home, extractor=json_extractor)  # by hand, without sources: the catalog remembers
    shutil.rmtree(home / "index")
    ingest([src], home, extractor=json_extractor)
    hits = search(str(home), "elective home education", limit=50)["hits"]
    assert {h["source"].get("url") for h in hits} == {DOC, None}
    entry = next(e for e in Store(home).files.values() if e.path.endswith("minutes.txt"))
    assert entry.provenance() == Provenance(DOC, MEETING)


def test_source_to_dict_adds_urls_only_for_fetched_files() -> None:
    assert source_to_dict("a.pdf", 3) == {"path": "a.pdf", "page": 3}
    assert source_to_dict("a.pdf", 3, DOC, MEETING) == {"path": "a.pdf", "page": 3, "url": DOC,
                                                        "meeting_url": MEETING}


def test_the_web_page_links_the_councils_site_beside_the_local_file(tmp_path: pathlib.Path) -> None:
    home, _ = fetched_home(tmp_path)
    client = create_app(home).test_client()
    for page, args in (("/search", {"q": "elective home education"}), ("/history", {"q": "elective home education"}),
                       ("/actions", {"status": "all"})):
        text = client.get(page, query_string=args).get_data(as_text=True)
        links = [html.unescape(u) for u in re.findall(r'<a class="source council-site" href="([^"]+)"', text)]
        assert links and set(links) == {DOC}, page
        assert re.search(r'href="/files/[0-9a-f]{64}[^"]*"[^>]*>[^<]*</a> <a class="source council-site"', text), page


def test_only_web_addresses_are_linked(tmp_path: pathlib.Path) -> None:
    home, _ = fetched_home(tmp_path, url="javascript:alert(1)")
    text = create_app(home).test_client().get("/search", query_string={"q": "elective"}).get_data(as_text=True)
    assert "council-site" not in text and "javascript:" not in text

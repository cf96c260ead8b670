"""The web page through Flask's test client, over hand-built extractions (tests/fakes.py) and a
hostile one: every route, facets and filters, downloads, the close/reopen forms, escaping of
document text, files served only from the store, and errors as one sentence on the page."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import pathlib
import re
from html import unescape

import pytest
from click.testing import CliRunner

import cli
from corpus.ingest import ingest
from extract.records import Action, Document, Extraction, Item, Meeting, Passage, Resolution, Source
from index.search import search
from tests.fakes import inspection_report, later_minutes, scrutiny_minutes
from web.app import create_app, is_loopback, make_server
from web.templating import restored

TODAY = dt.date(2018, 2, 1)
HOSTILE = '<script>alert("minutes")</script>'


def hostile_minutes() -> Extraction:
    """Minutes whose text, titles and body name carry markup, as a scraped HTML page can."""
    item = Item(number="3", title="Play areas <b>and</b> parks", page=1,
                text=f"Members discussed the play areas. {HOSTILE}",
                resolutions=[Resolution(f"That the play areas report be noted {HOSTILE}", 1, None)],
                actions=[Action(f"Clerk to inspect the play areas {HOSTILE}", 1, owner="Clerk <i>Town</i>")])
    doc = Document(kind="minutes", title="Parish Council", page_start=1, page_end=2,
                   meeting=Meeting(body="Parish <em>Council</em>", date="2018-01-10"), items=[item])
    return Extraction(Source("parish.html", "", 2, "html"), [doc])


EXTRACTIONS = {
    "scrutiny-2017.pdf": scrutiny_minutes,
    "inspection.pdf": inspection_report,
    "later.pdf": later_minutes,
    "parenting-2019.pdf": lambda: scrutiny_minutes(date="2019-03-04", body="Corporate Parenting Panel"),
    "parish.html": hostile_minutes,
}


def fixture_extractor(path: pathlib.Path) -> Extraction:
    return EXTRACTIONS[path.name]()


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    root = tmp_path_factory.mktemp("web")
    papers = root / "papers"
    papers.mkdir()
    for name in EXTRACTIONS:
        body = f"<html><p>{HOSTILE}</p></html>" if name.endswith(".html") else f"%PDF-1.4\n% {name}\n%%EOF\n"
        (papers / name).write_text(body, encoding="utf-8")
    (root / "secret.txt").write_text("not in the store", encoding="utf-8")
    report = ingest([papers], root / "home", extractor=fixture_extractor)
    assert not report.failed
    return root / "home"


@pytest.fixture(scope="module")
def app(home: pathlib.Path):
    return create_app(home, today=lambda: TODAY)


@pytest.fixture
def client(app):
    return app.test_client()


def page_text(response) -> str:
    return response.get_data(as_text=True)


def visible(html: str) -> str:
    """The page's text without tags, whitespace squeezed."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def action_ids(html: str) -> list[str]:
    return re.findall(r'name="id" value="([^"]+)"', html)


def no_trace(html: str) -> None:
    assert "Traceback" not in html and 'File "' not in html


# -- search ---------------------------------------------------------------------------------------
def test_front_page_describes_the_store(client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    text = visible(page_text(response))
    assert "Search 5 stored papers" in text and "resolutions" in text
    assert 'name="q"' in page_text(response)


def test_officer_question_shows_the_library_ranking(client, home) -> None:
    question = "what did we resolve on elective home education"
    html = page_text(client.get("/search", query_string={"q": question}))
    cards = re.findall(r'<li class="hit kind-(\w+)">(.*?)</li>', html, re.S)
    # The same answer as `minutebook search --json`, in the same order, the council's words first.
    expected = search(str(home), question, limit=20)["hits"]
    assert [kind for kind, _ in cards] == [hit["kind"] for hit in expected]
    for (_, card), hit in zip(cards, expected, strict=True):
        words = re.search(r'<p class="words">(.*?)</p>', card, re.S).group(1)
        assert re.findall(r"<mark>(.*?)</mark>", words) == re.findall(r"\*\*(.+?)\*\*", hit["highlight"])
        assert unescape(visible(words)) == " ".join(hit["text"].split())  # short records are shown whole
    assert cards[0][0] == "resolution"
    resolution = next(card for _, card in cards if "That the information relating to" in visible(card))
    assert re.search(r'<span class="body">(Children&#39;s Scrutiny|Corporate Parenting) Panel</span>', resolution)
    assert re.search(r'<span class="date">(6 November 2017|4 March 2019)</span>', resolution)
    assert "Item 7: Elective Home Education" in resolution


def test_result_links_open_the_stored_pdf_at_the_page(client) -> None:
    html = page_text(client.get("/search", query_string={"q": "information relating to elective home education",
                                                         "kind": "resolution"}))
    card = next(c for c in html.split('<li class="hit ')[1:] if "That the information relating to" in visible(c))
    link = re.search(r'href="(/files/([0-9a-f]{64})#page=(\d+))"', card)
    assert link and link.group(3) == "5"
    response = client.get(link.group(1).split("#")[0])
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert response.data.startswith(b"%PDF-")


def test_matched_words_are_marked_in_the_whole_short_record(client) -> None:
    html = page_text(client.get("/search", query_string={"q": "pupil projections"}))
    assert "Head of Admissions to circulate the <mark>pupil</mark> <mark>projections</mark> to Members." in html


def test_a_long_record_keeps_the_highlighted_fragments() -> None:
    text = "Members discussed many things. " * 30 + "The pupil projections were noted. " + "More. " * 30
    assert restored("The **pupil** projections were noted", text) == "The **pupil** projections were noted"
    short = "It was agreed that the pupil projections be noted."
    assert restored("agreed that the **pupil** projections", short) == \
        "It was agreed that the **pupil** projections be noted."
    assert restored("a … **pupil**", short) == "a … **pupil**"


def test_plumbing_stays_out_of_sight(client, home) -> None:
    text = visible(page_text(client.get("/search", query_string={"q": "school places"})))
    assert str(home) not in text and "score" not in text.lower()
    assert not re.search(r"[0-9a-f]{16}-d\d", text)


def facet_counts(html: str, heading: str) -> dict[str, int]:
    section = html.split(f"<h2>{heading}</h2>", 1)[1].split("</ul>", 1)[0]
    return {label: int(n) for label, n in
            re.findall(r'<span class="label">([^<]+)</span><span class="count">(\d+)</span>', section)}


def test_facets_count_every_match_and_narrow(client) -> None:
    html = page_text(client.get("/search", query_string={"q": "elective home education", "limit": "1"}))
    kinds = facet_counts(html, "Kind of record")
    total = int(re.search(r'<p class="total">(\d+) record', html).group(1))
    resolutions = len(list(csv.DictReader(io.StringIO(page_text(client.get("/search", query_string={
        "q": "elective home education", "kind": "resolution", "format": "csv"}))))))
    assert sum(kinds.values()) == total > 1 and kinds["Resolution"] == resolutions >= 4
    assert facet_counts(html, "Body")["Corporate Parenting Panel"] >= 2
    assert set(facet_counts(html, "Year")) >= {"2017", "2019"}

    narrowed = page_text(client.get("/search", query_string={"q": "elective home education", "kind": "resolution"}))
    assert set(re.findall(r'<li class="hit kind-(\w+)">', narrowed)) == {"resolution"}
    by_year = page_text(client.get("/search", query_string={"q": "elective home education", "since": "2019",
                                                             "until": "2019"}))
    assert "4 March 2019" in by_year and "6 November 2017" not in by_year
    by_body = page_text(client.get("/search", query_string={"q": "elective home education",
                                                             "body": "Corporate Parenting Panel"}))
    assert "Corporate Parenting Panel" in by_body and "Children&#39;s Scrutiny Panel</span>" not in by_body


def test_has_open_actions_facet(client) -> None:
    html = page_text(client.get("/search", query_string={"q": "elective home education"}))
    with_open = facet_counts(html, "Actions")["Has open actions"]
    assert 0 < with_open
    narrowed = page_text(client.get("/search", query_string={"q": "elective home education", "open": "1"}))
    assert int(re.search(r'<p class="total">(\d+) record', narrowed).group(1)) == with_open
    assert "Ofsted" not in visible(narrowed.split('aria-label="Results"')[1])


def test_show_more_grows_the_page(client) -> None:
    first = page_text(client.get("/search", query_string={"q": "panel", "limit": "2"}))
    assert len(re.findall(r'<li class="hit ', first)) == 2
    assert "Show more results" in first and "limit=22" in first


# -- escaping and errors --------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["/search?q=play+areas", "/history?q=play+areas", "/actions?status=all",
                                 "/search?q=%3Cscript%3Ealert(1)%3C/script%3E"])
def test_document_text_is_escaped(client, url) -> None:
    html = page_text(client.get(url))
    assert "<script" not in html and "<b>and</b>" not in html and "<em>Council</em>" not in html
    assert "&lt;script&gt;" in html


def test_pages_forbid_scripts_besides(client) -> None:
    response = client.get("/")
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("args, message", [
    ({"q": ""}, "Type a question"),
    ({"q": "   "}, "Type a question"),
    ({"q": "elective", "since": "the day after never"}, "Cannot read 'the day after never' as a date"),
    ({"q": "elective", "until": "32/13/2017"}, "as a date"),
    ({"q": "elective", "kind": "minutes"}, "Unknown kind 'minutes'"),
    ({"q": "what did we"}, "has no words to search for"),
    ({"q": "elective", "format": "xls"}, "Cannot download as 'xls'"),
])
def test_bad_query_or_date_is_a_message_on_the_page(client, args, message) -> None:
    response = client.get("/search", query_string=args)
    html = page_text(response)
    assert response.status_code == 400 and response.mimetype == "text/html"
    assert message in visible(html).replace("&#39;", "'")
    no_trace(html)


def test_unknown_routes_are_404_pages(client) -> None:
    for url in ("/nothing", "/search/extra", "/files/", "/actions/close", "/static/../web/app.py"):
        response = client.get(url)
        assert response.status_code == 404, url
        no_trace(page_text(response))


def test_an_unexpected_failure_is_a_page_not_a_traceback(home, monkeypatch) -> None:
    app = create_app(home)
    site = app.extensions["minutebook"]

    def broken() -> None:
        raise RuntimeError("disk on fire at /secret/path")

    monkeypatch.setattr(site.library, "register", broken)
    response = app.test_client().get("/actions")
    html = page_text(response)
    assert response.status_code == 500 and "Something went wrong" in html
    assert "disk on fire" not in html
    no_trace(html)


def test_missing_store_says_what_to_do(tmp_path) -> None:
    client = create_app(tmp_path / "nothing-here").test_client()
    assert "minutebook ingest" in visible(page_text(client.get("/")))
    for url in ("/search?q=education", "/history?q=education", "/actions"):
        response = client.get(url)
        assert response.status_code == 400 and "There is no minutebook index" in page_text(response), url
    assert client.get("/files/minutes.pdf").status_code == 404


def test_only_loopback_host_names_are_answered(client) -> None:
    assert client.get("/", headers={"Host": "127.0.0.1:8000"}).status_code == 200
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400


# -- history --------------------------------------------------------------------------------------
def test_history_is_a_timeline_oldest_first(client) -> None:
    html = page_text(client.get("/history", query_string={"q": "elective home education"}))
    rows = re.findall(r'<td class="date">([^<]*)</td>', html)
    dated = [dt.datetime.strptime(r, "%d %B %Y").date() for r in rows if r]
    assert dated == sorted(dated) and dated[0] == dt.date(2017, 11, 6)
    assert html.count("tag-resolutions") >= 2 and "tag-findings" in html
    assert "That the Panel commence an in-depth consideration" in html


def test_history_without_a_query_invites_one(client) -> None:
    response = client.get("/history")
    assert response.status_code == 200 and "Type an issue" in page_text(response)


def test_history_downloads(client) -> None:
    rows = list(csv.DictReader(io.StringIO(page_text(
        client.get("/history", query_string={"q": "elective home education", "format": "csv"})))))
    assert rows[0]["start_date"] == "2017-11-06" and rows[0]["kind"] == "resolution"
    assert all(r["source_path"].endswith((".pdf", ".html")) for r in rows)
    data = json.loads(client.get("/history", query_string={"q": "elective home education", "format": "json"}).data)
    assert data["query"] == "elective home education" and data["meetings"][0]["date"] == "2017-11-06"


def agenda_pack() -> Extraction:
    """An agenda pack with a report bound into it whose fourth page mentions the issue in a
    paragraph that also carries markup; the agenda's own item is about something else."""
    panel = "Children's Scrutiny Panel"
    agenda = Document(kind="agenda", title=panel, page_start=1, page_end=2,
                      meeting=Meeting(body=panel, date="2019-03-04"),
                      items=[Item("5", "Work Programme", 2, text="To consider the Panel's work programme.")])
    report = Document(kind="report", title="Home Education Annual Report", page_start=3, page_end=5, part_of=0,
                      passages=[Passage("1. Purpose\nThis report updates Members on school transport.", 3),
                                Passage("4. Numbers\nThe number of electively home educated children rose to 612 "
                                        f"this year. {HOSTILE}", 4)])
    return Extraction(Source("pack-2019.pdf", "", 5, "pdf"), [agenda, report])


@pytest.fixture(scope="module")
def pack_client(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("web-pack")
    (root / "papers").mkdir()
    (root / "papers" / "pack-2019.pdf").write_text("%PDF-1.4\n% pack\n%%EOF\n", encoding="utf-8")
    report = ingest([root / "papers"], root / "home", extractor=lambda path: agenda_pack())
    assert not report.failed
    return create_app(root / "home", today=lambda: TODAY).test_client()


def test_history_shows_a_mentioning_page_with_its_marked_snippet(pack_client) -> None:
    html = page_text(pack_client.get("/history", query_string={"q": "elective home education"}))
    row = re.search(r'<li class="mention">(.*?)</li>', html, re.S).group(1)
    assert "Mentioned" in row and "Home Education Annual Report" in html
    words = re.search(r'<span class="words">(.*?)</span>', row, re.S).group(1)
    assert re.findall(r"<mark>(.*?)</mark>", words) == ["electively", "home", "educated"]
    assert "&lt;script&gt;" in words and "<script>" not in html
    assert re.search(r'href="/files/[0-9a-f]{64}#page=4">page 4</a>', row)


def test_history_download_has_mention_rows(pack_client) -> None:
    rows = list(csv.DictReader(io.StringIO(page_text(
        pack_client.get("/history", query_string={"q": "elective home education", "format": "csv"})))))
    mention = next(r for r in rows if r["kind"] == "mention")
    assert mention["agenda_item_description"] == "Home Education Annual Report"
    assert mention["start_date"] == "2019-03-04" and mention["source_page"] == "4"
    assert mention["source_path"].endswith("pack-2019.pdf") and "electively home educated" in mention["text"]


def test_search_downloads(client) -> None:
    response = client.get("/search", query_string={"q": "elective home education", "kind": "resolution",
                                                   "format": "csv"})
    assert response.mimetype == "text/csv" and "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(page_text(response))))
    assert len(rows) >= 4 and {r["kind"] for r in rows} == {"resolution"}
    assert all(r["organization"] and r["source_page"].isdigit() for r in rows)
    data = json.loads(client.get("/search", query_string={"q": "elective home education", "format": "json"}).data)
    assert set(data) >= {"query", "total", "hits"} and {"highlight", "source"} <= set(data["hits"][0])


# -- the action register --------------------------------------------------------------------------
def test_actions_list_and_filters(client) -> None:
    html = page_text(client.get("/actions"))
    text = visible(html)
    assert "Head of Admissions to circulate the pupil projections" in text
    assert "Overdue" in text and "Due 18 December 2017" in text
    assert len(action_ids(html)) == 3
    only_body = visible(page_text(client.get("/actions", query_string={"body": "Corporate Parenting Panel"})))
    assert "1 action" in only_body and "Children's Scrutiny Panel" not in only_body
    by_owner = visible(page_text(client.get("/actions", query_string={"owner": "clerk"})))
    assert "Clerk to inspect the play areas" in by_owner and "Head of Admissions" not in by_owner
    overdue = page_text(client.get("/actions", query_string={"status": "overdue"}))
    assert len(action_ids(overdue)) == 2
    bad = client.get("/actions", query_string={"status": "pending"})
    assert bad.status_code == 400 and "choose open, overdue, done or all" in page_text(bad)


def test_actions_download(client) -> None:
    rows = list(csv.DictReader(io.StringIO(page_text(client.get("/actions", query_string={"format": "csv"})))))
    assert len(rows) == 3 and {r["status"] for r in rows} == {"open"}
    data = json.loads(client.get("/actions", query_string={"format": "json", "status": "all"}).data)
    assert {"id", "text", "owner", "due", "status", "meeting", "item", "source", "closed_by"} <= set(data["actions"][0])


def test_close_and_reopen_call_the_same_code_as_the_cli(client, home) -> None:
    html = page_text(client.get("/actions", query_string={"body": "Corporate Parenting Panel"}))
    action_id = action_ids(html)[0]
    response = client.post("/actions", data={"csrf": csrf_of(html), "id": action_id, "change": "close",
                                             "note": "Projections sent 3 May", "body": "Corporate Parenting Panel"})
    assert response.status_code == 303
    assert response.headers["Location"].endswith("/actions?status=open&body=Corporate+Parenting+Panel")
    after = page_text(client.get(response.headers["Location"]))
    assert "Closed: Head of Admissions" in visible(after) and action_ids(after) == []
    # The command line sees the clerk's change: it lives in the store.
    listed = CliRunner().invoke(cli.main, ["--home", str(home), "actions", "--status", "done", "--json"])
    closed = [a for a in json.loads(listed.output)["actions"] if a["id"] == action_id]
    assert closed and closed[0]["closed_by"]["text"] == "Projections sent 3 May"

    done = page_text(client.get("/actions", query_string={"status": "done"}))
    assert "Projections sent 3 May" in done and "Reopen" in done
    again = client.post("/actions", data={"csrf": csrf_of(done), "id": action_id, "change": "close"})
    assert "already closed" in visible(page_text(client.get(again.headers["Location"])))
    reopened = client.post("/actions", data={"csrf": csrf_of(done), "id": action_id, "change": "reopen",
                                             "status": "done"})
    assert reopened.headers["Location"].endswith("/actions?status=done")
    assert action_id in action_ids(page_text(client.get("/actions")))


def test_unknown_action_is_a_message(client) -> None:
    html = page_text(client.get("/actions"))
    response = client.post("/actions", data={"csrf": csrf_of(html), "id": "no-such-action", "change": "close"},
                           follow_redirects=True)
    assert "There is no action with id" in visible(page_text(response)).replace("&#39;", "'")


def test_a_form_from_another_site_is_refused(client) -> None:
    html = page_text(client.get("/actions"))
    action_id = action_ids(html)[0]
    for data in ({"id": action_id, "change": "close"}, {"csrf": "guessed", "id": action_id, "change": "close"}):
        response = client.post("/actions", data=data)
        assert response.status_code == 400 and "reload the page" in page_text(response)
    assert action_id in action_ids(page_text(client.get("/actions")))
    bad = client.post("/actions", data={"csrf": csrf_of(html), "id": action_id, "change": "delete"})
    assert bad.status_code == 400


# -- stored files ---------------------------------------------------------------------------------
def test_files_by_id_prefix_and_name(client, home) -> None:
    assert client.get("/files/inspection.pdf").data.startswith(b"%PDF-")
    html = page_text(client.get("/search", query_string={"q": "elective home education"}))
    sha = re.search(r"/files/([0-9a-f]{64})", html).group(1)
    assert client.get(f"/files/{sha[:16]}").status_code == 200
    assert client.get(f"/files/{'0' * 64}").status_code == 404


def test_stored_html_is_sent_as_text(client) -> None:
    response = client.get("/files/parish.html")
    assert response.status_code == 200 and response.mimetype == "text/plain"
    assert "sandbox" in response.headers["Content-Security-Policy"]


def test_issue_11_stored_word_files_are_sent_as_word_files() -> None:
    from web.files import DOCX_TYPE, TEXT_TYPE, media_type

    assert media_type(pathlib.Path("minutes.DOCX")) == DOCX_TYPE
    assert media_type(pathlib.Path("minutes.md")) == TEXT_TYPE


@pytest.mark.parametrize("url", [
    "/files/../secret.txt", "/files/..%2Fsecret.txt", "/files/..%2F..%2F..%2Fetc%2Fpasswd",
    "/files/%2Fetc%2Fpasswd", "/files//etc/passwd", "/files/etc/passwd", "/files/secret.txt",
    "/files/..", "/files/%2e%2e", "/files/C:%5Cwindows%5Cwin.ini",
])
def test_only_stored_files_are_served(client, url) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert b"not in the store" not in response.data and b"root:" not in response.data


# -- the command ----------------------------------------------------------------------------------
def test_serve_binds_loopback_unless_told(monkeypatch, home) -> None:
    seen = {}
    monkeypatch.setattr("web.app.serve", lambda home, host, port, echo: seen.update(host=host, port=port))
    CliRunner().invoke(cli.main, ["--home", str(home), "serve"])
    assert seen == {"host": "127.0.0.1", "port": 8000}
    CliRunner().invoke(cli.main, ["--home", str(home), "serve", "--host", "0.0.0.0", "--port", "9001"])
    assert seen == {"host": "0.0.0.0", "port": 9001}


def test_server_listens_on_a_free_loopback_port(home) -> None:
    server = make_server(home, "127.0.0.1", 0)
    try:
        assert server.server_address[0] == "127.0.0.1" and server.port > 0
    finally:
        server.server_close()
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.10")


def test_issue_13_ipv6_loopback_is_served(home, client) -> None:
    import http.client
    import threading

    assert client.get("/", headers={"Host": "[::1]:8000"}).status_code == 200
    assert client.get("/", headers={"Host": "[::2]:8000"}).status_code == 400
    try:
        server = make_server(home, "::1", 0)
    except OSError as e:
        pytest.skip(f"this machine has no IPv6 loopback ({e.strerror})")
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def status(host: str | None) -> int:
        connection = http.client.HTTPConnection("::1", server.port, timeout=10)
        try:  # http.client sends `Host: [::1]:port` unless told another
            connection.request("GET", "/", headers={"Host": host} if host else {})
            return connection.getresponse().status
        finally:
            connection.close()
    try:
        assert status(None) == 200
        assert status(f"localhost:{server.port}") == 200 and status("[::1]") == 200
        assert status("evil.example") == 400 and status(f"[::2]:{server.port}") == 400
    finally:
        server.shutdown()
        server.server_close()


def test_issue_13_text_is_sent_with_one_charset(client) -> None:
    assert client.get("/files/parish.html").headers["Content-Type"] == "text/plain; charset=utf-8"
    download = client.get("/search", query_string={"q": "elective home education", "format": "csv"})
    assert download.headers["Content-Type"] == "text/csv; charset=utf-8"

"""`minutebook fetch` against a fake ModernGov site (tests/moderngov_site.py, a real HTTP server
on 127.0.0.1): a first fetch, a second that downloads nothing, a revised document, a meeting
added later, the web service switched off, restricted papers never asked for, a run killed half
way and resumed, and every way a site or a document fails, each one line that loses nothing."""
from __future__ import annotations

import io
import json
import os
import pathlib
import signal
import subprocess
import sys
import threading
import time

import pytest
from click.testing import CliRunner

from cli import main
from corpus.fetch.errors import FetchError
from corpus.fetch.fetching import FetchCounts, FetchReport, fetch
from corpus.fetch.http import HttpOptions
from corpus.fetch.progress import FetchProgress
from corpus.fetch.state import STATE_FILE, fetching_site, site_folder
from corpus.store import Store
from index.search import RecordIndex, search
from tests.conftest import REPO
from tests.moderngov_site import (
    Server,
    Site,
    challenge,
    html_instead_of_pdf,
    later_board_meeting,
    northfield,
    not_moderngov,
    redirect_loop,
    sample,
    slow,
    stall,
    status,
)

FAST = HttpOptions(delay=0, backoff=0, timeout=5)
PANEL, BOARD = "Children and Families Scrutiny Panel", "Children\u2019s Partnership Board"
PANEL_FILES = 6  # 4 meetings: 3 printed minutes, a reports pack, 2 reports (a third is restricted)


@pytest.fixture
def site():  # type: ignore[no-untyped-def]
    with Server(northfield()) as running:
        yield running


def cli(home: pathlib.Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--home", str(home), *args])
    return result.exit_code, result.stdout, result.stderr


def names(report: FetchReport) -> list[str]:
    return sorted(pathlib.Path(path).name for _, path in report.downloaded)


def record_files(home: pathlib.Path) -> set[str]:
    with RecordIndex(str(home)) as index:
        return {f["file"] for f in index.searcher.all_stored_fields()}


def test_issue_14_fetch_then_search_answers_with_records_from_the_site(site: Site, tmp_path: pathlib.Path) -> None:
    code, out, err = cli(tmp_path, "fetch", site.url, "--committee", PANEL, "--delay", "0", "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["downloaded"] == PANEL_FILES and summary["restricted"] == 1 and summary["failed"] == []
    assert summary["committees"] == [PANEL] and summary["meetings"] == 4 and not err
    assert len(summary["ingest"]["added"]) == PANEL_FILES and summary["ingest"]["records"]["resolution"]
    minutes = site_folder(tmp_path, site.url) / PANEL / "2023-06-12" / \
        f"Printed minutes 12th-Jun-2023 18.30 {PANEL}.pdf"
    assert minutes.read_bytes() == sample("northfield-cfs-panel-2023-06-12-minutes.pdf")

    code, out, err = cli(tmp_path, "search", "what did we resolve on elective home education", "--json")
    hits = json.loads(out)["hits"]
    assert code == 0 and hits
    for hit in hits:
        assert hit["source"]["url"].startswith(site.url + "documents/")
        assert hit["source"]["meeting_url"].startswith(site.url + "ieListDocuments.aspx?CId=101&MId=")
        assert pathlib.Path(hit["source"]["path"]).is_relative_to(tmp_path / "downloads")
    code, out, _ = cli(tmp_path, "search", "elective home education")
    assert site.url + "documents/" in out  # the text answer names the site's address too


def test_history_and_actions_carry_the_sites_urls(site: Site, tmp_path: pathlib.Path) -> None:
    fetch(site.url, tmp_path, committees=[BOARD], options=FAST)
    _, out, _ = cli(tmp_path, "history", "elective home education", "--json")
    meetings = json.loads(out)["meetings"]
    assert meetings and all(m["source"]["url"].startswith(site.url) for m in meetings)
    assert all(d["url"].startswith(site.url) for m in meetings for d in m["documents"])
    _, out, _ = cli(tmp_path, "actions", "--status", "all", "--json")
    actions = json.loads(out)["actions"]
    assert actions and all(a["source"]["meeting_url"].startswith(site.url + "ieListDocuments.aspx") for a in actions)


def test_issue_14_second_fetch_downloads_nothing_and_asks_only_for_newer_versions(site: Site,
                                                                                  tmp_path: pathlib.Path) -> None:
    first = fetch(site.url, tmp_path, options=FAST)
    assert len(first.downloaded) == 8 and first.ingest and len(first.ingest.added) == 8
    site.requests.clear()
    code, out, err = cli(tmp_path, "fetch", site.url, "--delay", "0", "--json")
    summary = json.loads(out)
    assert code == 0, err
    assert summary["downloaded"] == 0 and summary["unchanged"] == 8 and summary["ingest"] is None
    papers = [h for path, h in site.requests if "/documents/" in path or "mgConvert2PDF" in path]
    assert papers and all("if-none-match" in h for h in papers)
    # Meetings whose printed minutes are in are not listed again; 8 July 2024 awaits its minutes.
    assert not site.asked("MId=1001") and not site.asked("lMeetingId=1001")
    assert site.asked("MId=1003") and site.asked("lMeetingId=1003")


def test_revised_minutes_replace_their_records(site: Site, tmp_path: pathlib.Path) -> None:
    june = {"since": "June 2023", "until": "June 2023"}
    fetch(site.url, tmp_path, committees=["101"], options=FAST, kinds=["minutes"], **june)
    before = record_files(tmp_path)
    revised = sample("northfield-cfs-panel-2023-11-06-minutes.pdf")
    site.revise("g1001m", revised)
    report = fetch(site.url, tmp_path, committees=["101"], options=FAST, kinds=["minutes"], **june)
    assert len(report.downloaded) == 1 and report.ingest and len(report.ingest.added) == 1
    after = record_files(tmp_path)
    assert len(after) == 1 and not after & before  # the old version's records are gone
    hits = search(str(tmp_path), "elective home education", limit=50)["hits"]
    assert {h["meeting"]["date"] for h in hits} == {"2023-11-06"}
    assert {h["source"]["url"] for h in hits} == {report.downloaded[0][0]}
    assert len(Store(tmp_path).files) == 1


def test_a_meeting_added_later_is_fetched_by_the_next_run(site: Site, tmp_path: pathlib.Path) -> None:
    first = fetch(site.url, tmp_path, committees=[BOARD], options=FAST)
    assert len(first.downloaded) == 2
    later_board_meeting(site)
    report = fetch(site.url, tmp_path, committees=[BOARD], options=FAST)
    assert names(report) == [f"Printed minutes 21st-Mar-2024 18.30 {BOARD}.pdf"] and len(report.unchanged) == 2
    with RecordIndex(str(tmp_path)) as index:
        documents = {(r.date, r.meeting_url) for r in index.records(kind="document")}
    assert ("2024-03-21", site.url + "ieListDocuments.aspx?CId=102&MId=2003&Ver=4") in documents


def test_web_service_switched_off_reads_the_pages(site: Site, tmp_path: pathlib.Path) -> None:
    site.service = False
    report = fetch(site.url, tmp_path, committees=[PANEL], options=FAST, ingest=False)
    assert len(report.downloaded) == PANEL_FILES and len(report.restricted) == 1 and not report.failed
    assert site.asked("ieListMeetings.aspx?CId=101") and site.asked("documents/s5001/")
    assert not site.asked("mgConvert2PDF")


def test_an_operation_the_service_refuses_is_read_from_the_pages(site: Site, tmp_path: pathlib.Path) -> None:
    site.misbehave("GetMeeting?lMeetingId=1001", status(500, b"System.Web.HttpException"))
    report = fetch(site.url, tmp_path, committees=["101"], until="2023-06-30", options=FAST, ingest=False)
    assert not report.failed and site.asked("documents/s5001/") and not site.asked("mgConvert2PDF.aspx?ID=5001")
    assert names(report) == ["Elective Home Education - annual report.pdf",
                             f"Printed minutes 12th-Jun-2023 18.30 {PANEL}.pdf"]


def test_a_committee_whose_meetings_cannot_be_listed_fails_alone(site: Site, tmp_path: pathlib.Path) -> None:
    site.misbehave("lCommitteeId=102", status(500, b"System.Web.HttpException"))
    site.misbehave("ieListMeetings.aspx?CId=102", status(404, b"<html>Not found</html>"))
    report = fetch(site.url, tmp_path, committees=["101", "102"], until="2023-06-30", options=FAST, ingest=False)
    assert report.failed == [(site.url, f"{site.url}ieListMeetings.aspx?CId=102&Year=0 was not found (404).")]
    assert len(report.downloaded) == 2


@pytest.mark.parametrize("service", [True, False])
def test_restricted_documents_are_never_requested(site: Site, tmp_path: pathlib.Path, service: bool) -> None:
    site.service = service
    report = fetch(site.url, tmp_path, committees=[PANEL], options=FAST, ingest=False)
    assert len(report.restricted) == 1 and "5004" in report.restricted[0]
    assert not [p for p in site.paper_requests() if "5004" in p]
    assert len(report.downloaded) == PANEL_FILES


def test_429_then_success_waits_as_the_site_asks(site: Site, tmp_path: pathlib.Path) -> None:
    site.misbehave("documents/g1001/", status(429, b"Too many requests", Retry_After="1"), times=1)
    started = time.monotonic()
    report = fetch(site.url, tmp_path, committees=["101"], until="2023-06-30", options=FAST, ingest=False)
    assert not report.failed and len(report.downloaded) == 2
    assert len(site.asked("documents/g1001/")) == 2 and time.monotonic() - started >= 0.95


def test_429_that_never_ends_is_one_line(site: Site, tmp_path: pathlib.Path) -> None:
    site.misbehave("documents/g1001/", status(429, b"Too many requests", Retry_After="0"))
    report = fetch(site.url, tmp_path, committees=["101"], until="2023-06-30", options=FAST, ingest=False)
    assert [reason for _, reason in report.failed] == [
        f"{report.failed[0][0]} still answered 429 Too Many Requests after 4 tries; wait, or raise --delay, "
        "and run again."]
    assert len(report.downloaded) == 1  # the item's report


def test_a_time_out_is_tried_again(site: Site, tmp_path: pathlib.Path) -> None:
    site.misbehave("documents/g1001/", slow(1.5), times=1)
    options = HttpOptions(delay=0, backoff=0, timeout=0.5)
    report = fetch(site.url, tmp_path, committees=["101"], until="2023-06-30", options=options, ingest=False)
    assert not report.failed and len(report.downloaded) == 2 and len(site.asked("documents/g1001/")) == 2


def test_a_document_that_never_answers_fails_alone(site: Site, tmp_path: pathlib.Path) -> None:
    site.misbehave("documents/g1001/", slow(1))
    options = HttpOptions(delay=0, backoff=0, timeout=0.3, retries=1)
    report = fetch(site.url, tmp_path, committees=["101"], until="2023-06-30", options=options, ingest=False)
    assert len(report.failed) == 1 and report.failed[0][1].endswith("did not answer within 0.3 s (2 tries).")
    assert names(report) == ["Elective Home Education - annual report (5001).pdf"]


def test_a_site_that_is_not_moderngov_is_one_line(site: Site, tmp_path: pathlib.Path) -> None:
    site.misbehave("/", not_moderngov)
    code, out, err = cli(tmp_path, "fetch", site.url, "--delay", "0")
    assert code == 1 and not out
    assert err.strip() == (f"Error: {site.url} does not look like a ModernGov site (it has neither the "
                           "mgWebService.asmx web service nor a committee list, mgListCommittees.aspx); minutebook "
                           "fetch reads ModernGov sites only.")
    assert not (tmp_path / "downloads").exists() and not (tmp_path / "store").exists()


def test_a_bot_shield_is_named_and_nothing_stored_is_lost(site: Site, tmp_path: pathlib.Path) -> None:
    fetch(site.url, tmp_path, committees=[BOARD], options=FAST)
    state = (site_folder(tmp_path, site.url) / STATE_FILE).read_bytes()
    hits = search(str(tmp_path), "actions", limit=100)["total"]
    site.misbehave("", challenge)
    code, out, err = cli(tmp_path, "fetch", site.url, "--delay", "0", "--user-agent", "Mozilla/5.0 (X11) Firefox/140")
    assert code == 1 and not out and len(err.strip().splitlines()) == 1
    assert "answered 403 with a challenge page: the site sits behind a bot shield" in err
    assert "--user-agent" in err and "browser" in err
    assert site.requests[-1][1]["user-agent"] == "Mozilla/5.0 (X11) Firefox/140"
    assert (site_folder(tmp_path, site.url) / STATE_FILE).read_bytes() == state
    assert search(str(tmp_path), "actions", limit=100)["total"] == hits


def test_an_html_page_named_pdf_is_refused_and_the_held_version_kept(site: Site, tmp_path: pathlib.Path) -> None:
    fetch(site.url, tmp_path, committees=[BOARD], options=FAST)
    held = site_folder(tmp_path, site.url) / BOARD / "2023-09-21" / f"Printed minutes 21st-Sep-2023 18.30 {BOARD}.pdf"
    files = record_files(tmp_path)
    site.misbehave("documents/g2001/", html_instead_of_pdf)
    code, out, err = cli(tmp_path, "fetch", site.url, "--committee", BOARD, "--delay", "0")
    assert code == 1
    assert err.strip().splitlines() == [
        f"failed: {site.url}documents/g2001/Printed%20minutes%2021st-Sep-2023%2018.30%20Children%E2%80%99s"
        "%20Partnership%20Board.pdf?T=1 served a web page (HTML) instead of a PDF file; nothing was stored."]
    assert "0 documents downloaded" in out and "1 failed" in out
    assert held.read_bytes() == sample("northfield-partnership-board-2023-09-21-minutes.pdf")
    assert record_files(tmp_path) == files and not list(held.parent.glob(".*"))


@pytest.mark.parametrize(("trick", "fragment", "reason"), [
    (status(404, b"<html>Not found</html>"), "mgConvert2PDF.aspx?ID=5001", "was not found (404)."),
    (redirect_loop, "mgConvert2PDF.aspx?ID=5001", "redirects in a loop (more than 10 redirects)."),
    (status(503, b"busy"), "mgConvert2PDF.aspx?ID=5001", "answered 503 (a server error) after 4 tries."),
])
def test_a_failing_document_is_one_line_and_the_rest_are_fetched(site: Site, tmp_path: pathlib.Path, trick: object,
                                                                 fragment: str, reason: str) -> None:
    site.misbehave(fragment, trick)  # type: ignore[arg-type]
    report = fetch(site.url, tmp_path, committees=["101"], until="2023-06-30", options=FAST, ingest=False)
    assert report.failed == [(site.url + fragment, f"{site.url + fragment} {reason}")]
    assert names(report) == [f"Printed minutes 12th-Jun-2023 18.30 {PANEL}.pdf"]


def test_a_document_over_the_size_limit_is_refused(site: Site, tmp_path: pathlib.Path) -> None:
    code, out, err = cli(tmp_path, "fetch", site.url, "--committee", "101", "--until", "2023-06-30", "--delay", "0",
                         "--max-mb", "0.004", "--no-ingest")
    assert code == 1
    assert f"failed: {site.url}documents/g1001/" in err and "is larger than 4.1 KB; --max-mb raises the limit." in err
    assert "1 documents downloaded" in out  # the small report
    assert not list(site_folder(tmp_path, site.url).rglob("Printed minutes*"))


def test_a_redirect_loop_at_the_site_is_one_line(site: Site, tmp_path: pathlib.Path) -> None:
    site.misbehave("", redirect_loop)
    with pytest.raises(FetchError, match=r"redirects in a loop \(more than 10 redirects\)\.$"):
        fetch(site.url, tmp_path, options=FAST)


def test_a_site_that_cannot_be_reached_is_one_line(tmp_path: pathlib.Path) -> None:
    code, _, err = cli(tmp_path, "fetch", "http://127.0.0.1:9/", "--delay", "0", "--timeout", "1")
    assert code == 1 and err.startswith("Error: Cannot reach http://127.0.0.1:9/") and len(err.splitlines()) == 1


def test_an_interrupted_run_resumes_where_it_stopped(site: Site, tmp_path: pathlib.Path) -> None:
    reached, release = threading.Event(), threading.Event()
    site.misbehave("documents/g1004/", stall(reached, release), times=1)
    killed = subprocess.Popen([sys.executable, "cli.py", "--home", str(tmp_path), "fetch", site.url,
                               "--committee", PANEL, "--delay", "0", "--no-ingest"], cwd=REPO,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert reached.wait(60), "the fetch never reached the last meeting"
        time.sleep(0.2)
    finally:
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait()
        release.set()
    folder = site_folder(tmp_path, site.url)
    assert list(folder.rglob(".*.part"))  # cut off in the middle of a download
    report = fetch(site.url, tmp_path, committees=[PANEL], options=FAST)
    assert names(report) == [f"Printed minutes 04th-Nov-2024 18.30 {PANEL}.pdf"] and len(report.unchanged) == 5
    assert not list(folder.rglob(".*.part")) and not report.failed
    assert report.ingest is not None and len(report.ingest.added) == PANEL_FILES  # the first run's files too
    assert len(Store(tmp_path).paths) == PANEL_FILES


def test_downloaded_only_files_are_ingested_by_the_next_run(site: Site, tmp_path: pathlib.Path) -> None:
    first = fetch(site.url, tmp_path, committees=[BOARD], options=FAST, ingest=False)
    assert len(first.downloaded) == 2 and first.ingest is None and not (tmp_path / "store").exists()
    second = fetch(site.url, tmp_path, committees=[BOARD], options=FAST)
    assert not second.downloaded and second.ingest and len(second.ingest.added) == 2
    third = fetch(site.url, tmp_path, committees=[BOARD], options=FAST)
    assert third.ingest is None


def test_kinds_dates_and_committees_narrow_the_fetch(site: Site, tmp_path: pathlib.Path) -> None:
    report = fetch(site.url, tmp_path, committees=["scrutiny panel"], since="2024", kinds=["minutes"], options=FAST,
                   ingest=False)
    assert names(report) == [f"Printed minutes 04th-Nov-2024 18.30 {PANEL}.pdf"] and report.meetings == 2
    by_page = fetch(site.url + "mgCommitteeDetails.aspx?ID=102", tmp_path, options=FAST, ingest=False)
    assert by_page.committees == [BOARD]


@pytest.mark.parametrize(("args", "message"), [
    (("--committee", "Cabinet"), "has no committee named 'Cabinet'; it has 3 committees, e.g. "),
    (("--committee", "Childrens Partnership Bored"), "did you mean 'Children\u2019s Partnership Board'?"),
    (("--kinds", "minutes,decisions"), "Unknown kind 'decisions' for --kinds; choose from minutes, agenda, reports."),
    (("--since", "the day before yesterday's lunch"), "Cannot read"),
])
def test_bad_options_are_one_line(site: Site, tmp_path: pathlib.Path, args: tuple[str, ...], message: str) -> None:
    code, out, err = cli(tmp_path, "fetch", site.url, "--delay", "0", *args)
    assert code == 1 and not out and message in err and len(err.strip().splitlines()) == 1


def test_one_fetch_at_a_time_per_site(site: Site, tmp_path: pathlib.Path) -> None:
    with fetching_site(tmp_path, site.url):
        with pytest.raises(FetchError, match="Another fetch is downloading from"):
            fetch(site.url, tmp_path, options=FAST)


def test_an_unreadable_state_is_one_line(site: Site, tmp_path: pathlib.Path) -> None:
    folder = site_folder(tmp_path, site.url)
    folder.mkdir(parents=True)
    (folder / STATE_FILE).write_text("{not json")
    with pytest.raises(FetchError, match="cannot be read .*; move it aside to fetch everything again"):
        fetch(site.url, tmp_path, options=FAST)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal_then_ingests_bar_below_it() -> None:
    screen = Terminal()
    progress = FetchProgress(screen)
    progress.status(FetchCounts(meetings=3, documents=5, downloaded=2, bytes=3 << 20))
    progress(1, 2)
    progress.finish()
    fetch_line, bar_line = screen.getvalue().split("\n")[:2]
    assert fetch_line.endswith("3 meetings listed, 5 documents fetched (2 new or changed, 3.0 MB)\033[K")
    assert bar_line.endswith("1/2 files\033[K")
    quiet = Terminal()
    FetchProgress(quiet, enabled=False).status(FetchCounts(meetings=1))
    assert quiet.getvalue() == ""

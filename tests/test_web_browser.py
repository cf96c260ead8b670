"""The web page in a real browser (Debian's headless Chromium driven by playwright), over the
bundled sample corpus: the officer's question, the history of the issue, closing an action, and
the PDF at the page. Screenshots of each view go to tests/output/ for a person to look at.

Skips, saying why, when playwright or /usr/bin/chromium is missing (`.ci/run` installs both)."""
from __future__ import annotations

import os
import pathlib
import shutil
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from corpus.demo import HISTORY_QUERY, QUESTION, run_demo

OUTPUT = pathlib.Path(__file__).resolve().parent / "output"
CHROMIUM = os.environ.get("MINUTEBOOK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
LAPTOP = {"width": 1366, "height": 860}
WAIT_MS = 20_000
EHE_WORDS = ("elective home education", "ehe")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed "
                                   "(pip install -e '.[test]')")
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)) and not shutil.which(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set MINUTEBOOK_CHROMIUM)")
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True, timeout=WAIT_MS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The sample corpus ingested as `minutebook demo` does, served on a free loopback port."""
    from web.app import make_server

    home = tmp_path_factory.mktemp("web") / "minutebook-demo"
    assert not run_demo(home).ingest.failed
    server = make_server(home, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.port}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    # Without JavaScript: the page must work with none (it sends none; its policy forbids it).
    context = browser.new_context(viewport=LAPTOP, java_script_enabled=False)
    tab = context.new_page()
    tab.set_default_timeout(WAIT_MS)
    yield tab
    context.close()


def screenshot(page: Any, name: str) -> None:
    OUTPUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"web-{name}.png"), full_page=True)


def about_ehe(text: str) -> bool:
    return any(w in text.lower() for w in EHE_WORDS)


def test_officer_question_shows_the_resolution_first(page: Any, site: str) -> None:
    page.goto(site + "/")
    screenshot(page, "front")
    page.fill("#q", QUESTION)
    page.press("#q", "Enter")
    first = page.locator("li.hit").first
    first.wait_for()
    assert "Resolution" in first.locator(".kind").inner_text()
    assert about_ehe(first.locator(".words").inner_text())
    assert "Children and Families Scrutiny Panel" in first.locator(".where").inner_text()
    assert page.locator("aside.facets").get_by_text("Resolution").count() == 1
    screenshot(page, "search")


def test_facet_narrows_and_counts(page: Any, site: str) -> None:
    page.goto(f"{site}/search?q=home+education")
    decisions = page.locator("aside.facets li", has_text="Decision")
    expected = int(decisions.locator(".count").inner_text())
    decisions.locator("a").click()
    page.wait_for_url("**kind=decision**")
    assert page.locator("li.hit").count() == min(expected, 20)
    assert set(page.locator("li.hit .kind").all_inner_texts()) == {"Decision"}
    screenshot(page, "search-narrowed")


def test_history_is_a_timeline_oldest_first(page: Any, site: str) -> None:
    page.goto(site + "/")
    page.get_by_role("link", name="History of an issue").click()
    page.fill("#q", HISTORY_QUERY)
    page.press("#q", "Enter")
    rows = page.locator("table.timeline tbody tr")
    rows.first.wait_for()
    dates = rows.locator("td.date").all_inner_texts()
    assert dates[0] == "12 June 2023"
    assert "4 November 2024" in dates
    assert page.locator("table.timeline .tag-resolutions").count() >= 2
    screenshot(page, "history")


def test_closing_an_action_takes_it_off_the_open_list(page: Any, site: str) -> None:
    page.goto(site + "/actions")
    screenshot(page, "actions")
    actions = page.locator("li.action")
    before = actions.count()
    assert before > 0
    first = actions.first
    text = first.locator(".words").inner_text()
    first.locator("input.note").fill("Done, reported by email")
    first.get_by_role("button", name="Close").click()
    page.locator(".message.done").wait_for()
    assert page.locator("li.action").count() == before - 1
    assert text not in page.locator("ul.actions").all_inner_texts()
    screenshot(page, "actions-closed")

    page.goto(site + "/actions?status=done")
    closed = page.locator("li.action", has_text=text)
    assert "Done, reported by email" in closed.locator(".evidence").inner_text()
    closed.get_by_role("button", name="Reopen").click()
    page.locator(".message.done").wait_for()
    page.goto(site + "/actions")
    assert page.locator("li.action").count() == before


def test_pdf_link_opens_the_stored_file_at_the_page(page: Any, site: str) -> None:
    page.goto(f"{site}/search?q={QUESTION}")
    link = page.locator("li.hit a.source").first
    href = link.get_attribute("href")
    assert href.startswith("/files/") and "#page=" in href
    with page.expect_response(lambda r: "/files/" in r.url) as opened:
        link.click()
    response = opened.value
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert page.url == site + href  # the browser's PDF viewer opens it at the page
    assert page.request.get(response.url).body()[:5] == b"%PDF-"


def test_minute_text_is_never_markup(page: Any, site: str) -> None:
    page.goto(f"{site}/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert page.locator("#q").input_value() == "<script>alert(1)</script>"
    assert page.locator("script").count() == 0

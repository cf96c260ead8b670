"""The words fetching reads on a democracy site (corpus/fetch/markers.py) and the byte
signatures it checks a download against (corpus/fetch/http.py)."""
from __future__ import annotations

import pytest

from corpus.fetch.http import content_failure, looks_like_html
from corpus.fetch.markers import is_cancelled, is_challenge, is_restricted, meeting_document_kind
from tests.conftest import FIXTURES


def test_challenge_pages_are_told_from_refusals() -> None:
    assert is_challenge((FIXTURES / "moderngov" / "challenge.html").read_text())
    assert is_challenge("<title>Attention Required! | Cloudflare</title>")
    assert is_challenge("<h1>Access Denied</h1> You don't have permission to access this server.")
    assert not is_challenge("<h1>403 - Forbidden: Access is denied.</h1>")  # IIS refusing a folder


@pytest.mark.parametrize(("texts", "restricted"), [
    (("Restricted enclosure Appendix B",), True),
    (("Appendix 2 - exempt financial information",), True),
    (("Confidential appendix",), True),
    (("Report", "Exclusion of the press and public - Not for publication"), True),
    (("Council Tax exemptions and discounts",), False),
    (("Restrictions on parking in the town centre",), False),
    (("Printed minutes",), False),
])
def test_restricted_markers(texts: tuple[str, ...], restricted: bool) -> None:
    assert is_restricted(*texts) is restricted


@pytest.mark.parametrize(("texts", "kind"), [
    (("Printed minutes", "Printed minutes 12th-Jun-2023 18.30 Cabinet.pdf"), "minutes"),
    (("Printed draft minutes", ""), "minutes"),
    (("Agenda reports pack", "Public reports pack 04th-Jun-2026 14.00 Improvement Committee.pdf"), "agenda"),
    (("Agenda frontsheet", ""), "agenda"),
    (("Supplementary agenda", ""), "agenda"),
    (("Printed decisions", "Decisions 31st-Mar-2025.pdf"), None),
    (("View the webcast", ""), None),
])
def test_meeting_document_kinds(texts: tuple[str, ...], kind: str | None) -> None:
    assert meeting_document_kind(*texts) == kind


def test_cancelled_meetings() -> None:
    assert is_cancelled("17 Feb 2020 6.30 pm CANCELLED") and is_cancelled("Postponed")
    assert not is_cancelled("31 Mar 2020 6.30 pm")


def test_downloads_are_checked_against_their_format() -> None:
    assert content_failure("u", ".pdf", b"%PDF-1.7\n...") is None
    assert content_failure("u", ".pdf", b"\xef\xbb\xbf\r\n%PDF-1.4") is None  # a little junk before the header
    assert "web page (HTML) instead of a PDF" in content_failure("u", ".pdf", b"<!DOCTYPE html><html>")  # type: ignore[operator]
    assert "is not a PDF" in content_failure("u", ".pdf", b"GIF89a")  # type: ignore[operator]
    assert content_failure("u", ".docx", b"PK\x03\x04rest") is None
    assert content_failure("u", ".txt", b"anything") is None
    assert looks_like_html(b"  <html><body>") and not looks_like_html(b"%PDF-1.4")

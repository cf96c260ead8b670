"""Reading ModernGov: its web service's XML and its public pages, in the shapes recorded in
tests/fixtures/moderngov/ (filled in for the fake Northfield site), into committees, meetings
and documents."""
from __future__ import annotations

import datetime as dt

import pytest

from corpus.fetch.http import Answer
from corpus.fetch.moderngov import (
    committee_named_in,
    document_filename,
    html_root,
    link_title,
    page_to_committees,
    page_to_documents,
    page_to_meetings,
    site_base,
    xml_root,
    xml_to_committees,
    xml_to_documents,
    xml_to_meetings,
)
from corpus.fetch.platform import Committee
from tests.moderngov_site import Site, northfield

SITE = "https://democracy.northfield.test/"
PANEL = Committee("101", "Children and Families Scrutiny Panel")


@pytest.fixture
def site() -> Site:
    fake = northfield()
    fake.url = SITE
    return fake


def answer(body: bytes, status: int = 200, content_type: str = "text/xml") -> Answer:
    return Answer(SITE, status, content_type, body)


def page(site: Site, template: str, **values: object) -> object:
    return html_root(answer(site.render(template, **values), content_type="text/html"))


def test_get_committees_lists_live_committees(site: Site) -> None:
    root = xml_root(answer(site.render("GetCommittees.xml", committees=site.committees)), "committees")
    assert xml_to_committees(root) == [PANEL, Committee("102", "Children\u2019s Partnership Board"),
                                       Committee("103", "Licensing Committee")]


def test_get_meetings_skips_cancelled_ones_and_reads_day_first_dates(site: Site) -> None:
    body = site.render("GetMeetings.xml", committee=site.committees[0],
                       meetings=[m for m in site.meetings if m.committee.id in ("101", "103")])
    meetings = xml_to_meetings(xml_root(answer(body), "getmeetings"), PANEL, SITE)
    assert [(m.id, m.date) for m in meetings][:2] == [("1001", dt.date(2023, 6, 12)), ("1002", dt.date(2023, 11, 6))]
    assert "3001" not in {m.id for m in meetings}
    assert meetings[0].url == SITE + "ieListDocuments.aspx?CId=101&MId=1001&Ver=4"


def test_get_meeting_lists_item_reports_marks_restricted_ones_and_skips_web_links(site: Site) -> None:
    meeting = site.meeting("1003")
    documents = xml_to_documents(xml_root(answer(site.render("GetMeeting.xml", meeting=meeting)), "meeting"), SITE)
    assert [(d.title, d.kind, d.restricted) for d in documents] == [
        ("Ofsted inspection report", "reports", False),
        ("Appendix B - residential placement costs", "reports", True)]
    # The service answers http:// links for an https site: they are fetched from the site as given.
    assert documents[0].url == SITE + "mgConvert2PDF.aspx?ID=5003"
    assert documents[0].filename == "Ofsted inspection report (5003).pdf"


def test_a_service_switched_off_or_another_answer_is_no_xml() -> None:
    assert xml_root(answer(b"<html><body>404</body></html>", 404, "text/html"), "committees") is None
    assert xml_root(answer(b"<html><body>Welcome</body></html>", 200, "text/html"), "committees") is None
    assert xml_root(answer(b"<getmeetings/>"), "committees") is None
    assert xml_root(answer(b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><committees>&e;</committees>'),
                    "committees") is not None  # read without resolving the entity


def test_committee_list_page(site: Site) -> None:
    root = page(site, "mgListCommittees.html", committees=site.committees)
    committees = page_to_committees(root, SITE)  # by category, as the page lists them
    assert [c.id for c in committees] == ["102", "103", "101"] and committees[-1] == PANEL


def test_meeting_list_page_reads_link_dates_and_skips_cancelled(site: Site) -> None:
    licensing = Committee("103", "Licensing Committee")
    body = site.render("ieListMeetings.html", committee=site.committees[2],
                       meetings=[m for m in site.meetings if m.id in ("1001", "3001")])
    meetings = page_to_meetings(html_root(answer(body, content_type="text/html")), SITE, licensing)
    assert [(m.id, m.date) for m in meetings] == [("1001", dt.date(2023, 6, 12))]


def test_meeting_page_without_the_service_gives_minutes_pack_and_item_reports(site: Site) -> None:
    root = page(site, "ieListDocuments.html", meeting=site.meeting("1003"))
    documents = page_to_documents(root, SITE, reports=True)
    assert [(d.title, d.kind, d.restricted) for d in documents] == [
        ("Agenda reports pack", "agenda", False),
        ("Ofsted inspection report", "reports", False),
        ("Appendix B - residential placement costs", "reports", True)]  # "Restricted enclosure"
    pack = documents[0]
    assert pack.url == SITE + ("documents/g1003/Public%20reports%20pack%2008th-Jul-2024%2018.30%20Children%20and"
                               "%20Families%20Scrutiny%20Panel.pdf?T=10")
    assert pack.filename == "Public reports pack 08th-Jul-2024 18.30 Children and Families Scrutiny Panel.pdf"


def test_meeting_page_with_the_service_gives_only_the_meetings_own_documents(site: Site) -> None:
    root = page(site, "ieListDocuments.html", meeting=site.meeting("1001"))
    documents = page_to_documents(root, SITE, reports=False)
    assert [(d.title, d.kind) for d in documents] == [("Printed minutes", "minutes")]  # no "Printed decisions"


def test_frontsheet_is_fetched_only_where_no_pack_is_published(site: Site) -> None:
    meeting = site.meeting("1003")
    meeting.pack = None
    root = page(site, "ieListDocuments.html", meeting=meeting)
    assert [d.title for d in page_to_documents(root, SITE, reports=False)] == ["Agenda frontsheet"]


@pytest.mark.parametrize(("given", "base"), [
    ("https://democracy.example.gov.uk", "https://democracy.example.gov.uk/"),
    ("democracy.example.gov.uk", "https://democracy.example.gov.uk/"),
    ("https://www.example.gov.uk/moderngov/mgListCommittees.aspx?bcr=1", "https://www.example.gov.uk/moderngov/"),
    ("https://www.example.gov.uk/moderngov", "https://www.example.gov.uk/moderngov/"),
    ("http://democracy.example.gov.uk/mgCommitteeDetails.aspx?ID=130", "http://democracy.example.gov.uk/"),
])
def test_site_base(given: str, base: str) -> None:
    assert site_base(given) == base


def test_a_committee_page_address_names_its_committee() -> None:
    assert committee_named_in("https://democracy.example.gov.uk/mgCommitteeDetails.aspx?ID=130") == "130"
    assert committee_named_in("https://democracy.example.gov.uk/") is None


def test_link_titles_and_file_names() -> None:
    assert link_title("Printed minutes  PDF 97 KB") == "Printed minutes"
    assert link_title("Agenda frontsheet (PDF, 132 KB)") == "Agenda frontsheet"
    assert document_filename("https://x.gov.uk/documents/s123/Budget%20report.pdf", "Budget") == "Budget report.pdf"
    assert document_filename("https://x.gov.uk/mgConvert2PDF.aspx?ID=60860", "Minutes: 25/11/2025") == \
        "Minutes 25 11 2025 (60860).pdf"

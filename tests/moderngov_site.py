"""A fake ModernGov site for the fetch tests: a real HTTP server on 127.0.0.1 (a free port), in
a thread, answering the web service (mgWebService.asmx) and the public pages from the templates
in tests/fixtures/moderngov/ (ModernGov's own shapes; see the README there), and serving papers:
the bundled sample PDFs and small reports made with reportlab.

Tests change the site (a revised document, a meeting added later, the web service switched off),
make it misbehave (429, a slow answer, a bot shield, HTML under a .pdf name, a stalled download)
and read which URLs were asked for, with which headers."""
from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import http.server
import io
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import jinja2

from tests.conftest import FIXTURES, REPO

SAMPLE = REPO / "corpus" / "sample" / "pdf"
TEMPLATES = FIXTURES / "moderngov"
EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def report_pdf(title: str, *paragraphs: str) -> bytes:
    """A one-page officer's report."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont("Helvetica-Bold", 14)
    page.drawString(72, 770, title)
    page.setFont("Helvetica", 11)
    y = 740
    for paragraph in paragraphs:
        page.drawString(72, y, paragraph)
        y -= 18
    page.save()
    return out.getvalue()


def ordinal(day: int, width: int = 1) -> str:
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day:0{width}d}{suffix}"


def sample(name: str) -> bytes:
    return (SAMPLE / name).read_bytes()


@dataclass
class Paper:
    id: str
    title: str
    body: bytes
    restricted: bool = False
    version: int = 1

    @property
    def kb(self) -> int:
        return max(1, len(self.body) // 1024)

    @property
    def etag(self) -> str:
        return f'"{hashlib.sha256(self.body).hexdigest()[:16]}"'

    @property
    def last_modified(self) -> str:
        return email.utils.format_datetime(EPOCH + dt.timedelta(days=self.version), usegmt=True)


@dataclass
class Item:
    id: str
    title: str
    documents: list[Paper] = field(default_factory=list)
    restricted: bool = False


@dataclass
class Committee:
    id: str
    title: str
    category: str
    deleted: bool = False


@dataclass
class MeetingPaper:
    """A meeting-level document as the meeting's page links it."""

    paper: Paper
    link_words: str
    type_code: int
    filename: str

    @property
    def kb(self) -> int:
        return self.paper.kb


@dataclass
class Meeting:
    id: str
    committee: Committee
    date: dt.date
    minutes: Paper | None = None
    pack: Paper | None = None
    frontsheet: Paper | None = None
    items: list[Item] = field(default_factory=list)
    cancelled: bool = False

    @property
    def long_date(self) -> str:  # Monday, 12th June, 2023
        return f"{self.date:%A}, {ordinal(self.date.day)} {self.date:%B}, {self.date.year}"

    @property
    def pack_date(self) -> str:  # 12th-Jun-2023 18.30 <committee>, as ModernGov names a meeting's files
        return f"{ordinal(self.date.day, 2)}-{self.date:%b-%Y} 18.30 {self.committee.title}"

    @property
    def documents(self) -> list[MeetingPaper]:
        found = []
        for paper, words, code in ((self.frontsheet, "Agenda frontsheet", 0), (self.pack, "Agenda reports pack", 10),
                                   (self.minutes, "Printed minutes", 1)):
            if paper is not None:
                name = "Public reports pack" if code == 10 else words
                found.append(MeetingPaper(paper, words, code, f"{name} {self.pack_date}.pdf"))
        return found


# A misbehaviour: given the handler, answers the request itself (True) or lets the site answer.
Trick = Callable[[Any], bool]


@dataclass
class Site:
    committees: list[Committee]
    meetings: list[Meeting]
    service: bool = True
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    tricks: list[tuple[str, list[int], Trick]] = field(default_factory=list)
    url: str = ""

    # -- what the tests change ----------------------------------------------------------------
    def misbehave(self, fragment: str, trick: Trick, times: int = 1_000_000) -> None:
        """Requests whose path and query contain `fragment` get `trick`, `times` times."""
        self.tricks.append((fragment, [times], trick))

    def paper(self, paper_id: str) -> Paper:
        for meeting in self.meetings:
            for paper in (meeting.minutes, meeting.pack, meeting.frontsheet,
                          *(d for item in meeting.items for d in item.documents)):
                if paper is not None and paper.id == paper_id:
                    return paper
        raise KeyError(paper_id)

    def revise(self, paper_id: str, body: bytes) -> None:
        paper = self.paper(paper_id)
        paper.body, paper.version = body, paper.version + 1

    def asked(self, fragment: str) -> list[dict[str, str]]:
        """The headers of every request for a URL containing `fragment`."""
        return [headers for path, headers in self.requests if fragment in unquote(path)]

    def paper_requests(self) -> list[str]:
        return [unquote(path) for path, _ in self.requests if "/documents/" in path or "mgConvert2PDF" in path]

    # -- answers --------------------------------------------------------------------------------
    def render(self, template: str, **values: Any) -> bytes:
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
        return env.get_template(template).render(base=self.url, service_base=self.url.replace("https", "http"),
                                                 **values).encode("utf-8")

    def committee(self, ident: str | None) -> Committee | None:
        return next((c for c in self.committees if c.id == ident), None)

    def meeting(self, ident: str | None) -> Meeting | None:
        return next((m for m in self.meetings if m.id == ident), None)

    def answer(self, path: str, query: dict[str, str]) -> tuple[int, str, bytes, Paper | None]:
        """(status, content type, body, the paper served) for a GET."""
        xml, html, pdf = "text/xml; charset=utf-8", "text/html; charset=utf-8", "application/pdf"
        page = path.rsplit("/", 1)[-1].lower()
        if path.lower().startswith("/mgwebservice.asmx/"):
            if not self.service:
                return 404, html, b"<html><body><h1>404 - File or directory not found.</h1></body></html>", None
            if page == "getcommittees":
                return 200, xml, self.render("GetCommittees.xml", committees=self.committees), None
            if page == "getmeetings" and (committee := self.committee(query.get("lcommitteeid"))):
                meetings = [m for m in self.meetings if m.committee is committee]
                return 200, xml, self.render("GetMeetings.xml", committee=committee, meetings=meetings), None
            if page == "getmeeting" and (meeting := self.meeting(query.get("lmeetingid"))):
                return 200, xml, self.render("GetMeeting.xml", meeting=meeting), None
            return 500, "text/plain", b"System.InvalidOperationException: Missing parameter.", None
        if page == "mglistcommittees.aspx":
            return 200, html, self.render("mgListCommittees.html", committees=self.committees), None
        if page == "ielistmeetings.aspx" and (committee := self.committee(query.get("cid"))):
            meetings = [m for m in self.meetings if m.committee is committee]
            return 200, html, self.render("ieListMeetings.html", committee=committee, meetings=meetings), None
        if page == "ielistdocuments.aspx" and (meeting := self.meeting(query.get("mid"))):
            return 200, html, self.render("ieListDocuments.html", meeting=meeting), None
        paper = self.find_paper(path, query)
        if paper is not None:
            return 200, pdf, paper.body, paper
        return 404, html, b"<html><body><h1>The page cannot be found</h1></body></html>", None

    def find_paper(self, path: str, query: dict[str, str]) -> Paper | None:
        parts = unquote(path).split("/")
        if path.lower().endswith("/mgconvert2pdf.aspx"):
            return self.item_paper(query.get("id"))
        if len(parts) == 4 and parts[1] == "documents" and parts[2][:1] == "s":
            paper = self.item_paper(parts[2][1:])
            return paper if paper and parts[3] == f"{paper.title}.pdf" else None
        if len(parts) == 4 and parts[1] == "documents" and parts[2][:1] == "g":
            meeting = self.meeting(parts[2][1:])
            return next((d.paper for d in meeting.documents if d.filename == parts[3]), None) if meeting else None
        return None

    def item_paper(self, ident: str | None) -> Paper | None:
        return next((d for m in self.meetings for item in m.items for d in item.documents if d.id == ident), None)


class Handler(http.server.BaseHTTPRequestHandler):
    site: Site
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass

    def send(self, status: int, body: bytes = b"", content_type: str = "text/html", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        site = self.site
        site.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
        for fragment, left, trick in site.tricks:
            if fragment in unquote(self.path) and left[0] > 0:
                left[0] -= 1
                if trick(self):
                    return
        parts = urlsplit(self.path)
        query = {k.lower(): v[0] for k, v in parse_qs(parts.query).items()}
        status, content_type, body, paper = site.answer(parts.path, query)
        if paper is None:
            self.send(status, body, content_type)
        elif self.headers.get("If-None-Match") == paper.etag:
            self.send_response(304)
            self.send_header("ETag", paper.etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send(status, body, content_type, ETag=paper.etag, Last_Modified=paper.last_modified)


# -- tricks -----------------------------------------------------------------------------------
def status(code: int, body: bytes = b"", content_type: str = "text/html", **headers: str) -> Trick:
    def trick(handler: Handler) -> bool:
        handler.send(code, body, content_type, **headers)
        return True
    return trick


def slow(seconds: float) -> Trick:
    """Answers only after `seconds` (past a client's time-out)."""
    def trick(handler: Handler) -> bool:
        time.sleep(seconds)
        return False
    return trick


def redirect_loop(handler: Handler) -> bool:
    handler.send(302, b"", Location=handler.path)
    return True


def challenge(handler: Handler) -> bool:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True)
    handler.send(403, env.get_template("challenge.html").render(host="democracy.northfield.test").encode(),
                 "text/html; charset=UTF-8", Server="cloudflare", CF_RAY="8c0e0e0e0e0e0e0e-LHR")
    return True


def html_instead_of_pdf(handler: Handler) -> bool:
    handler.send(200, b"<!DOCTYPE html><html><head><title>Error</title></head><body><h1>Sorry, something went "
                      b"wrong</h1><p>Please try again later.</p></body></html>", "application/pdf")
    return True


def not_moderngov(handler: Handler) -> bool:
    """Another kind of site altogether: its home page, and 404 for everything else."""
    if urlsplit(handler.path).path == "/":
        handler.send(200, (TEMPLATES / "not-moderngov.html").read_bytes(), "text/html; charset=utf-8")
    else:
        handler.send(404, b"<html><body><h1>Page not found</h1></body></html>", "text/html; charset=utf-8")
    return True


def stall(reached: threading.Event, release: threading.Event) -> Trick:
    """Sends half a PDF, then waits (the client is killed meanwhile)."""
    def trick(handler: Handler) -> bool:
        body = b"%PDF-1.4\n" + b"0" * 200_000
        handler.send_response(200)
        handler.send_header("Content-Type", "application/pdf")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body[: len(body) // 2])
        handler.wfile.flush()
        reached.set()
        release.wait(30)
        return True
    return trick


# -- running it -------------------------------------------------------------------------------
class Server:
    def __init__(self, site: Site) -> None:
        handler = type("SiteHandler", (Handler,), {"site": site})
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        # A client that gave up on a slow answer leaves a broken pipe: nothing to report.
        self.httpd.handle_error = lambda request, address: None  # type: ignore[method-assign]
        site.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.site = site
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Site:
        self.thread.start()
        return self.site

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def northfield() -> Site:
    """Northfield Borough Council's democracy site: the sample corpus's meetings and papers."""
    panel = Committee("101", "Children and Families Scrutiny Panel", "Scrutiny")
    board = Committee("102", "Children\u2019s Partnership Board", "Partnerships")
    licensing = Committee("103", "Licensing Committee", "Regulatory")
    old = Committee("104", "Schools Forum (old)", "Partnerships", deleted=True)
    ehe_report = Paper("5001", "Elective Home Education - annual report",
                       report_pdf("Elective Home Education - annual report",
                                  "Report of the Head of Access to Learning.",
                                  "The number of children electively home educated rose to 412."))
    meetings = [
        Meeting("1001", panel, dt.date(2023, 6, 12), minutes=Paper("g1001m", "Printed minutes", sample(
                    "northfield-cfs-panel-2023-06-12-minutes.pdf")),
                items=[Item("11", "Apologies for absence"), Item("12", "Elective Home Education", [ehe_report])]),
        Meeting("1002", panel, dt.date(2023, 11, 6), minutes=Paper("g1002m", "Printed minutes", sample(
                    "northfield-cfs-panel-2023-11-06-minutes.pdf"))),
        Meeting("1003", panel, dt.date(2024, 7, 8),
                frontsheet=Paper("g1003f", "Agenda frontsheet", report_pdf("Agenda", "Children and Families "
                                                                           "Scrutiny Panel, 8 July 2024.")),
                pack=Paper("g1003p", "Public reports pack", sample("northfield-cfs-panel-2024-07-08-agenda-pack.pdf")),
                items=[Item("31", "Ofsted inspection of children's services", [
                           Paper("5003", "Ofsted inspection report", sample("northfield-ofsted-ilacs-2024.pdf")),
                           Paper("5004", "Appendix B - residential placement costs",
                                 report_pdf("Appendix B", "Placement costs by provider."), restricted=True)])]),
        Meeting("1004", panel, dt.date(2024, 11, 4), minutes=Paper("g1004m", "Printed minutes", sample(
                    "northfield-cfs-panel-2024-11-04-minutes.pdf"))),
        Meeting("2001", board, dt.date(2023, 9, 21), minutes=Paper("g2001m", "Printed minutes", sample(
                    "northfield-partnership-board-2023-09-21-minutes.pdf"))),
        Meeting("2002", board, dt.date(2023, 12, 14), minutes=Paper("g2002m", "Printed minutes", sample(
                    "northfield-partnership-board-2023-12-14-minutes.pdf"))),
        Meeting("3001", licensing, dt.date(2024, 1, 15), cancelled=True),
    ]
    return Site([panel, board, licensing, old], meetings)


def later_board_meeting(site: Site) -> Meeting:
    board = site.committee("102")
    assert board is not None
    meeting = Meeting("2003", board, dt.date(2024, 3, 21), minutes=Paper("g2003m", "Printed minutes", sample(
        "northfield-partnership-board-2024-03-21-minutes.pdf")))
    site.meetings.append(meeting)
    return meeting

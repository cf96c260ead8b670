"""ModernGov, the democracy platform most English councils run: committees, meetings and a
meeting's documents from its web service (mgWebService.asmx), and where the service is switched
off, from its public pages. The shapes read here are recorded, with where they come from, in
tests/fixtures/moderngov/:

- `GetCommittees` answers `<committees><committee><committeeid/><committeetitle/>
  <committeedeleted/>...`; `GetMeetings?lCommitteeId=&sFromDate=&sToDate=` answers
  `<getmeetings><committee>...<committeemeetings><meeting><meetingid/><meetingdate>dd/mm/yyyy
  </meetingdate><meetingstatus/>` (some sites ignore the dates and answer the whole history, so
  they are checked here too); `GetMeeting?lMeetingId=` answers `<meeting>...<agendaitems>
  <agendaitem><agendaitemtitle/><isrestricted/><linkeddocuments><linkeddoc><attachmentid/>
  <title/><isurl/><url/><isrestricted/>`, the items' reports as `mgConvert2PDF.aspx?ID=`
  (served as http:// even by https sites).
- The pages: `mgListCommittees.aspx` links each committee's `mgCommitteeDetails.aspx?ID=`;
  `ieListMeetings.aspx?CId=&Year=0` links each meeting's `ieListDocuments.aspx?CId=&MId=` as
  "31 Mar 2020 6.30 pm"; that meeting page links the meeting's own documents
  (`documents/g<meeting>/Printed minutes ….pdf`, `Public reports pack ….pdf`, `Agenda frontsheet
  ….pdf`) and each item's reports (`documents/s<id>/<title>.pdf`), restricted ones so marked.

The service lists the items' reports but not the printed minutes or the reports pack, which only
the meeting's page links, so a meeting is read from both when the service is on."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any
from urllib.parse import parse_qs, unquote, urljoin, urlsplit, urlunsplit

from corpus.fetch.errors import FetchError
from corpus.fetch.http import Answer, HttpClient, status_failure
from corpus.fetch.markers import AGENDA_PART, WHOLE_AGENDA, is_cancelled, is_restricted, meeting_document_kind
from corpus.fetch.platform import Committee, Document, Meeting
from index.dates import DAY, MONTH, MONTHS, YEAR

SERVICE = "mgWebService.asmx/"
COMMITTEES_PAGE = "mgListCommittees.aspx?bcr=1"
SERVICE_DATE = "%d/%m/%Y"
# GetMeetings needs a window: from before any site's archive to a year ahead, unless asked.
EARLIEST = dt.date(1990, 1, 1)
AHEAD = dt.timedelta(days=366)
MEETING_DOCUMENT = re.compile(r"/documents/g\d+/", re.I)  # the meeting's own: minutes, packs
ITEM_DOCUMENT = re.compile(r"/documents/[sb]\d+/|/mgconvert2pdf\.aspx", re.I)  # an item's reports
LINK_SIZE = re.compile(r"\s*\(?\s*\b(?:PDF|DOC|DOCX)\b,?\s*[\d.,]+\s*[KMG]B\s*\)?\s*$", re.I)
MEETING_DATE = re.compile(rf"{DAY}\s+{MONTH},?\s+{YEAR}", re.I)
UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')
NAME_CHARS = 120


# -- URLs and names ------------------------------------------------------------------------------
def site_base(url: str) -> str:
    """The folder a ModernGov site's pages live in, from its address or any page of it."""
    parts = urlsplit(url.strip() if "://" in url else f"https://{url.strip()}")
    path = parts.path or "/"
    if not path.endswith("/"):
        last = path.rsplit("/", 1)[-1]
        path = path[: -len(last)] if "." in last else path + "/"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def query_value(url: str, name: str) -> str | None:
    values = {k.lower(): v for k, v in parse_qs(urlsplit(url).query).items()}
    found = values.get(name.lower())
    return found[0] if found else None


def committee_named_in(url: str) -> str | None:
    """The committee a committee page's address names (mgCommitteeDetails.aspx?ID=130)."""
    return query_value(url, "ID") if urlsplit(url).path.lower().endswith("mgcommitteedetails.aspx") else None


def absolute(base: str, href: str) -> str:
    from requests.utils import requote_uri

    return str(requote_uri(urljoin(base, href.strip())))


def on_site_scheme(url: str, site: str) -> str:
    """A URL on the site's own host, with the site's scheme."""
    parts, home = urlsplit(url), urlsplit(site)
    return urlunsplit((home.scheme, *parts[1:])) if parts.hostname == home.hostname else url


def safe_filename(name: str, suffix: str = "") -> str:
    stem = " ".join(UNSAFE.sub(" ", name).split()).strip(". ") or "document"
    return stem[: NAME_CHARS - len(suffix)].rstrip(". ") + suffix


def link_title(text: str) -> str:
    """A link's words without the size ModernGov prints after them ("Printed minutes PDF 97 KB")."""
    return LINK_SIZE.sub("", " ".join(text.split()))


def document_filename(url: str, title: str, ident: str | None = None) -> str:
    """The file's own name where the URL has one (documents/s1234/Report.pdf), else the title
    with the attachment number (mgConvert2PDF.aspx serves PDFs)."""
    name = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
    if re.search(r"\.(?:pdf|docx?|txt|html?)$", name, re.I):
        return safe_filename(name)
    ident = ident or query_value(url, "ID")
    return safe_filename(f"{title} ({ident})" if ident else title, ".pdf")


def meeting_page(site: str, committee_id: str, meeting_id: str) -> str:
    return urljoin(site, f"ieListDocuments.aspx?CId={committee_id}&MId={meeting_id}&Ver=4")


def service_date(text: str) -> dt.date | None:
    for shape in (SERVICE_DATE, "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip()[:10], shape).date()
        except ValueError:
            continue
    return None


def in_window(date: dt.date, since: dt.date | None, until: dt.date | None) -> bool:
    return (since is None or date >= since) and (until is None or date <= until)


# -- the web service's XML -----------------------------------------------------------------------
def xml_root(answer: Answer, name: str) -> Any:
    """The answer's XML root when it is the `name` element, else None (a service switched off
    answers 404, 500 or an HTML page)."""
    from lxml import etree

    if answer.status != 200 or not answer.body.strip():
        return None
    try:
        root = etree.fromstring(answer.body, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return None
    return root if local_name(root) == name else None


def local_name(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def descendants(element: Any, name: str) -> list[Any]:
    return [e for e in element.iter() if local_name(e) == name]


def child_text(element: Any, name: str) -> str:
    for child in element:
        if local_name(child) == name:
            return " ".join((child.text or "").split())
    return ""


def flag(element: Any, name: str) -> bool:
    return child_text(element, name).lower() == "true"


def xml_to_committees(root: Any) -> list[Committee]:
    return [Committee(child_text(c, "committeeid"), child_text(c, "committeetitle"))
            for c in descendants(root, "committee")
            if child_text(c, "committeeid") and not flag(c, "committeedeleted")]


def xml_to_meetings(root: Any, committee: Committee, site: str) -> list[Meeting]:
    meetings = []
    for m in descendants(root, "meeting"):
        ident, date = child_text(m, "meetingid"), service_date(child_text(m, "meetingdate"))
        if ident and date and not is_cancelled(child_text(m, "meetingstatus")):
            meetings.append(Meeting(ident, committee, date, meeting_page(site, committee.id, ident)))
    return meetings


def xml_to_documents(root: Any, site: str) -> list[Document]:
    """The reports linked to the meeting's items; links to web pages (isurl) are not papers."""
    documents = []
    for item in descendants(root, "agendaitem"):
        item_title = child_text(item, "agendaitemtitle")
        for doc in descendants(item, "linkeddoc"):
            url = child_text(doc, "url")
            if not url or flag(doc, "isurl"):
                continue
            url = on_site_scheme(absolute(site, url), site)
            title = child_text(doc, "title") or item_title
            restricted = flag(item, "isrestricted") or flag(doc, "isrestricted") or is_restricted(title, item_title)
            documents.append(Document(url, title, "reports", document_filename(url, title,
                                                                               child_text(doc, "attachmentid")),
                                      restricted))
    return documents


# -- the public pages ----------------------------------------------------------------------------
def html_root(answer: Answer) -> Any:
    import lxml.html
    from lxml.etree import ParserError

    try:
        return lxml.html.document_fromstring(answer.body)
    except ParserError:  # an empty page
        return lxml.html.document_fromstring("<html></html>")


def links(root: Any, base: str) -> list[tuple[Any, str, str]]:
    """(element, absolute URL, its words) for every link of a page."""
    return [(a, absolute(base, a.get("href")), " ".join(a.text_content().split()))
            for a in root.iter("a") if a.get("href")]


def page_to_committees(root: Any, base: str) -> list[Committee]:
    found: dict[str, Committee] = {}
    for _, url, text in links(root, base):
        ident = committee_named_in(url)
        if ident and text:
            found.setdefault(ident, Committee(ident, text))
    return list(found.values())


def page_to_meetings(root: Any, base: str, committee: Committee) -> list[Meeting]:
    found: dict[str, Meeting] = {}
    for link, url, text in links(root, base):
        ident = query_value(url, "MId") if "ielistdocuments.aspx" in url.lower() else None
        when = MEETING_DATE.search(text)
        if ident and when and not is_cancelled(" ".join([text, *enclosing_texts(link)])):
            date = dt.date(int(when.group("year")), MONTHS[when.group("month").lower()], int(when.group("day")))
            found.setdefault(ident, Meeting(ident, committee, date, meeting_page(base, committee.id, ident)))
    return list(found.values())


def enclosing_texts(link: Any) -> list[str]:
    """The list entry a document link sits in ("Restricted enclosure") and its item's title."""
    texts = [" ".join(li.text_content().split()) for li in link.iterancestors("li")][:1]
    for row in link.iterancestors("tr"):
        texts += [" ".join(t.text_content().split()) for t in row.xpath(".//*[contains(@class, 'mgAiTitleTxt')]")]
        break
    return texts


def page_to_documents(root: Any, base: str, reports: bool) -> list[Document]:
    """The meeting's minutes and agenda pack, and with `reports` its items' reports."""
    found: dict[str, Document] = {}
    for link, url, text in links(root, base):
        path = unquote(urlsplit(url).path)
        title = link_title(text) or path.rsplit("/", 1)[-1]
        if MEETING_DOCUMENT.search(path):
            kind = meeting_document_kind(title, path.rsplit("/", 1)[-1])
        elif reports and ITEM_DOCUMENT.search(path):
            kind = "reports"
        else:
            continue
        if kind is not None:
            restricted = is_restricted(title, *enclosing_texts(link))
            found.setdefault(url, Document(url, title, kind, document_filename(url, title), restricted))
    return whole_agenda_only(list(found.values()))


def whole_agenda_only(documents: list[Document]) -> list[Document]:
    def words(d: Document) -> str:
        return f"{d.title} {d.filename}".lower()

    if not any(d.kind == "agenda" and WHOLE_AGENDA.search(words(d)) for d in documents):
        return documents
    return [d for d in documents if not (d.kind == "agenda" and AGENDA_PART.search(words(d)))]


# -- the platform --------------------------------------------------------------------------------
class ModernGov:
    """A ModernGov site, read through its web service when that answers, else its pages."""

    def __init__(self, client: HttpClient, site: str, service: bool, committees: list[Committee]) -> None:
        self.client = client
        self.site = site
        self.service = service
        self.committees = committees

    @classmethod
    def connect(cls, client: HttpClient, url: str) -> ModernGov:
        """Finds how the site at `url` answers; refuses a site that is not ModernGov."""
        site = site_base(url)
        asked = client.get(urljoin(site, SERVICE + "GetCommittees?lDays=0"))
        root = xml_root(asked, "committees")
        if root is not None:
            return cls(client, site, True, xml_to_committees(root))
        page = client.get(urljoin(site, COMMITTEES_PAGE))
        committees = page_to_committees(html_root(page), site) if page.status == 200 else []
        if committees:
            return cls(client, site, False, committees)
        for answer in (page, asked):
            if answer.status == 403:
                raise FetchError(status_failure(site, 403, client.options.retries + 1, answer))
        raise FetchError(f"{site} does not look like a ModernGov site (it has neither the mgWebService.asmx web "
                         "service nor a committee list, mgListCommittees.aspx); minutebook fetch reads ModernGov "
                         "sites only.")

    def service_root(self, operation: str, name: str) -> Any:
        return xml_root(self.client.get(urljoin(self.site, SERVICE + operation)), name) if self.service else None

    def list_committees(self) -> list[Committee]:
        return self.committees

    def list_meetings(self, committee: Committee, since: dt.date | None, until: dt.date | None) -> list[Meeting]:
        start, end = since or EARLIEST, until or dt.date.today() + AHEAD
        root = self.service_root(f"GetMeetings?lCommitteeId={committee.id}&sFromDate={start:{SERVICE_DATE}}"
                                 f"&sToDate={end:{SERVICE_DATE}}", "getmeetings")
        if root is not None:
            meetings = xml_to_meetings(root, committee, self.site)
        else:
            page = self.client.page(urljoin(self.site, f"ieListMeetings.aspx?CId={committee.id}&Year=0"))
            meetings = page_to_meetings(html_root(page), self.site, committee)
        return sorted((m for m in meetings if in_window(m.date, since, until)), key=lambda m: (m.date, m.id))

    def list_documents(self, meeting: Meeting) -> list[Document]:
        root = self.service_root(f"GetMeeting?lMeetingId={meeting.id}", "meeting")
        page = html_root(self.client.page(meeting.url))
        documents = page_to_documents(page, self.site, reports=root is None)
        if root is not None:
            on_page = {d.url for d in documents}
            documents += [d for d in xml_to_documents(root, self.site) if d.url not in on_page]
        return documents

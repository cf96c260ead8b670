"""An Extraction -> flat index records, each with a stable id.

Ids are built from the file's SHA-256 and the record's position (document, item, kind, n), so
they survive re-ingest and re-index of the same file; the action register keys hand-set
statuses on them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from index.concepts import text_to_concepts
from index.roles import printed_role_to_roles

if TYPE_CHECKING:  # `search` reads records from the index and needs no extraction types
    from extract.records import Document, Extraction, Item

SHA_PREFIX = 16
DATE_ROLES_FOR_UNDATED = ("inspection", "publication", "meeting")
PASSAGE_CHARS = 400
# A page passage repeats what the typed records (items, resolutions, findings) say, at more
# length: its words weigh less, so a search answers with the record, and a passage ranks first
# only where no record says as much.
PASSAGE_BOOST = 0.2


@dataclass
class IndexRecord:
    id: str
    kind: str
    text: str
    file: str
    path: str
    page: int
    doc_kind: str
    meeting_key: str
    body: str | None = None
    date: str | None = None
    item_key: str | None = None
    item_number: str | None = None
    item_title: str | None = None
    people: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    # A fetched file's document URL and meeting page; kept in the stored `extra`, so an index
    # built before them needs no new field.
    source_url: str | None = None
    meeting_url: str | None = None

    def stored_extra(self) -> dict[str, Any]:
        urls = {"source_url": self.source_url, "meeting_url": self.meeting_url}
        return {**self.extra, **{k: v for k, v in urls.items() if v}}

    def to_fields(self) -> dict[str, Any]:
        """The Whoosh document for this record."""
        fields: dict[str, Any] = {
            "id": self.id, "kind": self.kind, "file": self.file, "doc_kind": self.doc_kind,
            "meeting_key": self.meeting_key, "text": "\n".join([self.item_title or "", self.text, *self.people]),
            "_stored_text": self.text, "exact": f"{self.item_title or ''}\n{self.text}",
            "concepts": " ".join(text_to_concepts(f"{self.item_title or ''}\n{self.text}")),
            "body_words": self.body or "", "body": self.body, "item_number": self.item_number,
            "item_title": self.item_title, "path": self.path, "page": self.page, "extra": self.stored_extra(),
        }
        fields.update(self.target_fields())
        if self.extra.get("passage"):
            fields["_boost"] = PASSAGE_BOOST
        if self.item_key:
            fields["item_key"] = self.item_key
        if self.date:
            fields["date"] = dt.datetime.fromisoformat(self.date)
        return fields

    def target_fields(self) -> dict[str, str]:
        """The fields a question can name apart from the text: body, title, office, status."""
        fields = {"body_id": self.body} if self.body else {}
        title = self.item_title or self.extra.get("title")
        if title:
            fields["title"] = title
        if self.kind == "document" and not self.extra.get("passage"):
            fields["paper_kind"] = self.doc_kind
        if self.kind == "attendee":
            fields["role"] = " ".join(printed_role_to_roles(self.extra.get("role")))
            fields["status"] = self.extra.get("status") or ""
        return fields


def source_to_dict(path: str, page: int | None, url: str | None = None,
                   meeting_url: str | None = None) -> dict[str, Any]:
    """A record's `source` in the JSON answers: the file and page, and for a fetched file the
    document's URL (`url`) and its meeting's page (`meeting_url`)."""
    urls = {"url": url, "meeting_url": meeting_url}
    return {"path": path, "page": page, **{k: v for k, v in urls.items() if v}}


def stored_to_record(stored: dict[str, Any]) -> IndexRecord:
    date = stored.get("date")
    extra = dict(stored.get("extra") or {})
    return IndexRecord(
        id=stored["id"], kind=stored["kind"], text=stored.get("text", ""), file=stored["file"],
        path=stored["path"], page=stored["page"], doc_kind=stored["doc_kind"],
        meeting_key=stored["meeting_key"], body=stored.get("body"),
        date=date.date().isoformat() if date else None, item_key=stored.get("item_key"),
        item_number=stored.get("item_number"), item_title=stored.get("item_title"),
        source_url=extra.pop("source_url", None), meeting_url=extra.pop("meeting_url", None), extra=extra,
    )


def document_date(doc: Document) -> str | None:
    """The meeting date, or for a report or inspection without a meeting, its own date."""
    if doc.meeting and doc.meeting.date:
        return doc.meeting.date
    for role in DATE_ROLES_FOR_UNDATED:
        for mention in doc.dates:
            if mention.role == role and mention.date:
                return mention.date
    return None


def valid_iso(date: str | None) -> str | None:
    try:
        return dt.date.fromisoformat(date).isoformat() if date else None
    except ValueError:
        return None


def item_text(item: Item) -> str:
    return item.text or item.title


def document_records(prefix: str, d: int, doc: Document, base: dict[str, Any]) -> list[IndexRecord]:
    records: list[IndexRecord] = []

    def add(rid: str, kind: str, text: str, page: int, **more: Any) -> None:
        records.append(IndexRecord(id=f"{prefix}-d{d}-{rid}", kind=kind, text=text, page=page, **base, **more))

    add("document", "document", doc.title or base["body"] or doc.kind, doc.page_start,
        extra={"title": doc.title, "page_end": doc.page_end,
               "time": doc.meeting.time if doc.meeting else None,
               "venue": doc.meeting.venue if doc.meeting else None})
    for n, a in enumerate(doc.attendees, 1):
        words = [a.honorific or "", a.name, a.role or "", a.organisation or "", a.status.replace("_", " ")]
        add(f"attendee-{n}", "attendee", " ".join(w for w in words if w), a.page, people=[a.name],
            extra={"name": a.name, "honorific": a.honorific, "role": a.role, "status": a.status,
                   "organisation": a.organisation, "substitute_for": a.substitute_for})
    for i, item in enumerate(doc.items, 1):
        item_ref = dict(item_key=f"{prefix}-d{d}-i{i}", item_number=item.number, item_title=item.title)
        add(f"i{i}-item", "item", item_text(item), item.page, **item_ref)
        for n, r in enumerate(item.resolutions, 1):
            add(f"i{i}-resolution-{n}", "resolution", r.text, r.page, extra={"number": r.number}, **item_ref)
        for n, dec in enumerate(item.decisions, 1):
            add(f"i{i}-decision-{n}", "decision", dec.text, dec.page, **item_ref)
        for n, act in enumerate(item.actions, 1):
            add(f"i{i}-action-{n}", "action", act.text, act.page, people=[act.owner] if act.owner else [],
                extra={"owner": act.owner, "due": act.due, "status": act.status}, **item_ref)
    for n, f in enumerate(doc.findings, 1):
        add(f"finding-{n}", "finding", " ".join(x for x in (f.area, f.grade, f.text) if x), f.page,
            extra={"finding_kind": f.kind, "area": f.area, "grade": f.grade, "number": f.number, "text": f.text})
    return records


def owner_of(documents: list[Document], at: int) -> Document:
    """The document whose meeting documents[at] belongs to: itself when it names a meeting; else
    the agenda it is bound into (`part_of`), or failing that the agenda before it in the pack,
    since a paper in an agenda pack goes to the agenda's meeting whatever it dates itself."""
    doc = documents[at]
    if doc.meeting and (doc.meeting.body or doc.meeting.date):
        return doc
    if doc.part_of is not None and 0 <= doc.part_of < len(documents):
        return documents[doc.part_of]
    return next((documents[n] for n in range(at - 1, -1, -1) if documents[n].kind == "agenda"), doc)


def owning_meeting(documents: list[Document], at: int) -> tuple[str | None, str | None]:
    """(body, date) of the meeting documents[at] belongs to (see owner_of)."""
    owner = owner_of(documents, at)
    body = owner.meeting.body if owner.meeting and owner.meeting.body else None
    return body, valid_iso(document_date(owner)) or valid_iso(document_date(documents[at]))


def text_to_chunks(text: str, limit: int = PASSAGE_CHARS) -> list[str]:
    """A page's text in chunks of whole lines (a longer line alone, cut at spaces) of at most
    about `limit` characters: short records keep phrase queries and highlighting fast."""
    pieces: list[str] = []
    for line in text.splitlines():
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            pieces.append(line[:cut])
            line = line[cut:].lstrip()
        if line.strip():
            pieces.append(line)
    chunks: list[str] = []
    for piece in pieces:
        if chunks and len(chunks[-1]) + 1 + len(piece) <= limit:
            chunks[-1] += "\n" + piece
        else:
            chunks.append(piece)
    return chunks


def passage_records(prefix: str, d: int, doc: Document, base: dict[str, Any]) -> list[IndexRecord]:
    """A document's text, page by page, as `document` records: what a report, work programme or
    inspection discusses outside any item or finding."""
    return [
        IndexRecord(id=f"{prefix}-d{d}-p{passage.page}-{n}", kind="document", text=chunk, page=passage.page,
                    extra={"title": doc.title, "passage": True}, **base)
        for passage in doc.passages
        for n, chunk in enumerate(text_to_chunks(passage.text), 1)
    ]


def document_bases(extraction: Extraction) -> list[tuple[int, Document, dict[str, Any]]]:
    """(number, document, the fields every record of it shares), documents numbered from 1."""
    prefix = extraction.source.sha256[:SHA_PREFIX]
    bases = []
    for d, doc in enumerate(extraction.documents, 1):
        body, date = owning_meeting(extraction.documents, d - 1)
        bases.append((d, doc, dict(file=extraction.source.sha256, path=extraction.source.path, doc_kind=doc.kind,
                                   body=body, date=date, meeting_key=f"{prefix}-d{d}",
                                   source_url=extraction.source.url, meeting_url=extraction.source.meeting_url)))
    return bases


def marked_ocr(extraction: Extraction, records: list[IndexRecord]) -> list[IndexRecord]:
    """`records` with `extra["ocr"]` set on those of a document read from scanned pages by OCR,
    whose names and figures may be misread."""
    prefix = extraction.source.sha256[:SHA_PREFIX]
    scanned = {f"{prefix}-d{d}" for d, doc in enumerate(extraction.documents, 1) if doc.ocr}
    for record in records:
        if record.meeting_key in scanned:
            record.extra["ocr"] = True
    return records


def extraction_to_records(extraction: Extraction) -> list[IndexRecord]:
    """The typed records: one `document` record per document (its title), then its attendees,
    items, what they resolved, decided and actioned, and its findings."""
    prefix = extraction.source.sha256[:SHA_PREFIX]
    return marked_ocr(extraction, [r for d, doc, base in document_bases(extraction)
                                   for r in document_records(prefix, d, doc, base)])


def extraction_to_index_records(extraction: Extraction) -> list[IndexRecord]:
    """Everything the index holds of a file: the typed records and the page passages."""
    prefix = extraction.source.sha256[:SHA_PREFIX]
    passages = [r for d, doc, base in document_bases(extraction) for r in passage_records(prefix, d, doc, base)]
    return extraction_to_records(extraction) + marked_ocr(extraction, passages)

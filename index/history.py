"""The history of an issue: every meeting (or report) where it came up, oldest first, with what
was resolved, decided, actioned and found there.

An item counts when it, or anything resolved, decided or actioned under it, mentions the issue;
then everything recorded under that item is shown, because a resolution on an item about the
issue is part of its history even when it does not repeat the issue's name.

A page of a document that mentions the issue outside any item or finding (a work programme row,
a paragraph of a report or an inspection) is an entry of its own: number null, the document's
title, and `mentions` with a snippet of each matching passage. Pages of a document whose items
already matched, and pages of a finding that matched, are not repeated as mentions."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from index.integrity import damage_reported
from index.mentions import passage_to_snippet
from index.records import IndexRecord
from index.schema import home_to_index_dir
from index.search import RecordIndex, analyzed, record_source, record_to_dict

OUTCOME_KINDS = {"resolution": "resolutions", "decision": "decisions", "action": "actions", "finding": "findings"}
UNDATED = "9999-12-31"


def outcome(record: IndexRecord) -> dict[str, Any]:
    answer = record_to_dict(record)
    urls = {k: v for k, v in answer["source"].items() if k in ("url", "meeting_url")}
    return {"id": record.id, "text": answer["text"], "page": record.page, "path": record.path, **urls,
            **answer["details"]}


def meeting_key(record: IndexRecord) -> tuple[str, ...]:
    """Documents of one meeting (agenda, minutes, reports to it) share body and date."""
    if record.body and record.date:
        return (record.body.lower(), record.date)
    return (record.meeting_key,)


def empty_item(number: str | None, title: str | None, page: int, path: str) -> dict[str, Any]:
    return {"number": number, "title": title, "page": page, "path": path,
            **{name: [] for name in OUTCOME_KINDS.values()}, "mentions": []}


def is_passage(record: IndexRecord) -> bool:
    return record.kind == "document" and bool(record.extra.get("passage"))


def item_order(item: dict[str, Any]) -> tuple[bool, str, int]:
    """Items and findings by page, then the documents that mention the issue."""
    return (bool(item["mentions"]), item["path"] if item["mentions"] else "", item["page"])


def records_to_history(question: str, matched: Iterable[IndexRecord], index: RecordIndex) -> dict[str, Any]:
    meetings: dict[tuple[str, ...], dict[str, Any]] = {}
    items: dict[str, dict[str, Any]] = {}
    seen: set[str] = set()

    def meeting_of(record: IndexRecord) -> dict[str, Any]:
        key = meeting_key(record)
        if key not in meetings:
            meetings[key] = {"body": record.body, "date": record.date, "items": [],
                             "source": record_source(record), "documents": []}
        meeting = meetings[key]
        document = {"kind": record.doc_kind, "path": record.path,
                    **({"url": record.source_url} if record.source_url else {})}
        if document not in meeting["documents"]:
            meeting["documents"].append(document)
        return meeting

    def item_of(record: IndexRecord, key: str, number: str | None, title: str | None) -> dict[str, Any]:
        if key not in items:
            items[key] = empty_item(number, title, record.page, record.path)
            meeting_of(record)["items"].append(items[key])
        return items[key]

    def add(record: IndexRecord) -> None:
        if record.id in seen or record.kind not in OUTCOME_KINDS:
            return
        seen.add(record.id)
        if record.item_key:
            item = item_of(record, record.item_key, record.item_number, record.item_title)
        else:
            title = record.extra.get("title") or "Findings"
            item = item_of(record, f"{record.meeting_key}-findings", None, title)
        item[OUTCOME_KINDS[record.kind]].append(outcome(record))

    matched = list(matched)
    for record in matched:
        if record.kind == "attendee" or is_passage(record):
            continue
        if record.item_key:
            item_of(record, record.item_key, record.item_number, record.item_title)
            for under in index.records(item_key=record.item_key):
                add(under)
        elif record.kind == "finding":
            add(record)
        else:
            meeting_of(record)
    understood = index.understand(question)
    discussed = {r.meeting_key for r in matched if r.item_key}
    found_on = {(r.meeting_key, r.page) for r in matched if r.kind == "finding"}
    for record in sorted(filter(is_passage, matched), key=lambda r: (r.path, r.page, r.id)):
        if record.meeting_key in discussed or (record.meeting_key, record.page) in found_on:
            continue
        item = item_of(record, f"{record.meeting_key}-p{record.page}", None, record.extra.get("title"))
        if item["mentions"]:
            continue  # a long page is indexed in chunks; its first matching chunk speaks for it
        snippet = passage_to_snippet(record.text, understood, lambda t: analyzed(index.ix.schema, "text", t))
        item["mentions"].append({"text": snippet, "page": record.page})
    ordered = sorted(meetings.values(), key=lambda m: (m["date"] or UNDATED, m["body"] or ""))
    for meeting in ordered:
        meeting["items"].sort(key=item_order)
        for item in meeting["items"]:
            for name in OUTCOME_KINDS.values():
                item[name].sort(key=lambda o: o["page"])
    return {"query": question, "meetings": ordered}


def history(home: str, question: str) -> dict[str, Any]:
    with damage_reported(home_to_index_dir(home)), RecordIndex(home) as index:
        return records_to_history(question, index.matching(question), index)

"""Every record of one kind -> rows for CSV or JSON Lines, read from the store's cached
extractions (the same records the index holds, in document order).

Column names follow Open Civic Data / Popolo where one fits: `organization` (the body),
`start_date`, `agenda_item_order`, `agenda_item_description`, `text`, `source_path`,
`source_page`; the README lists them all."""
from __future__ import annotations

import csv
import io
import json
import pathlib
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from corpus.errors import StoreError
from corpus.register_commands import register_export_columns
from corpus.store import require_store, write_atomically
from index.records import SHA_PREFIX, owning_meeting

MEETING = ["organization", "start_date"]
ITEM = ["agenda_item_order", "agenda_item_description"]
SOURCE = ["source_path", "source_page"]
COLUMNS: dict[str, list[str]] = {
    "meetings": ["id", "name", "classification", *MEETING, "start_time", "location", *SOURCE, "source_page_end"],
    "attendees": ["id", *MEETING, "name", "honorific", "role", "status", "organisation", "substitute_for",
                  *SOURCE],
    "resolutions": ["id", *MEETING, *ITEM, "number", "text", *SOURCE],
    "decisions": ["id", *MEETING, *ITEM, "text", *SOURCE],
    # status, due_date and the status_* evidence come from the action register (corpus.register).
    "actions": ["id", *MEETING, *ITEM, "text", "owner", "due_date", "status", *SOURCE, "register_id", "overdue",
                "status_by", "status_evidence", "status_date", "status_source_path", "status_source_page"],
    "findings": ["id", *MEETING, "classification", "number", "area", "grade", "text", *SOURCE],
}
EXPORT_KINDS = tuple(COLUMNS)
FORMATS = ("csv", "jsonl")


def check_export(kind: str, fmt: str = "csv") -> None:
    if kind not in COLUMNS:
        raise StoreError(f"Cannot export {kind!r}; expected one of {', '.join(EXPORT_KINDS)}.")
    if fmt not in FORMATS:
        raise StoreError(f"Unknown export format {fmt!r}; expected csv or jsonl.")


def export_rows(home: str, kind: str) -> Iterator[dict[str, Any]]:
    """Rows of `kind` (one of EXPORT_KINDS); ids are the index's record ids."""
    check_export(kind)
    store = require_store(home)
    register = register_export_columns(store) if kind == "actions" else {}
    for sha, entry in store.indexed():
        extraction = store.get_extraction(sha)
        prefix = sha[:SHA_PREFIX]
        for d, doc in enumerate(extraction.documents, 1):
            meeting = doc.meeting
            body, date = owning_meeting(extraction.documents, d - 1)
            base = {"organization": body, "start_date": date, "source_path": entry.path}
            ref = f"{prefix}-d{d}"
            if kind == "meetings":
                yield {**base, "id": f"{ref}-document", "name": doc.title, "classification": doc.kind,
                       "start_time": meeting.time if meeting else None,
                       "location": meeting.venue if meeting else None,
                       "source_page": doc.page_start, "source_page_end": doc.page_end}
            elif kind == "attendees":
                for n, a in enumerate(doc.attendees, 1):
                    yield {**base, "id": f"{ref}-attendee-{n}", "name": a.name, "honorific": a.honorific,
                           "role": a.role, "status": a.status, "organisation": a.organisation,
                           "substitute_for": a.substitute_for, "source_page": a.page}
            elif kind == "findings":
                for n, f in enumerate(doc.findings, 1):
                    yield {**base, "id": f"{ref}-finding-{n}", "classification": f.kind, "number": f.number,
                           "area": f.area, "grade": f.grade, "text": f.text, "source_page": f.page}
            else:
                for i, item in enumerate(doc.items, 1):
                    item_base = {**base, "agenda_item_order": item.number, "agenda_item_description": item.title}
                    for row in item_rows(kind, item, item_base, f"{ref}-i{i}"):
                        yield {**row, **register.get(row["id"], {})}


def item_rows(kind: str, item: Any, base: dict[str, Any], ref: str) -> Iterator[dict[str, Any]]:
    if kind == "resolutions":
        for n, r in enumerate(item.resolutions, 1):
            yield {**base, "id": f"{ref}-resolution-{n}", "number": r.number, "text": r.text, "source_page": r.page}
    elif kind == "decisions":
        for n, dec in enumerate(item.decisions, 1):
            yield {**base, "id": f"{ref}-decision-{n}", "text": dec.text, "source_page": dec.page}
    else:
        for n, a in enumerate(item.actions, 1):
            yield {**base, "id": f"{ref}-action-{n}", "text": a.text, "owner": a.owner, "due_date": a.due,
                   "status": a.status, "source_page": a.page}


def write_export(home: str, kind: str, fmt: str, out: TextIO) -> int:
    """Writes every row of `kind` to `out` as CSV (with a header) or JSON Lines; returns the count."""
    check_export(kind, fmt)
    require_store(home)
    rows = export_rows(home, kind)
    columns = COLUMNS[kind]
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n") if fmt == "csv" else None
    if writer:
        writer.writeheader()
    count = 0
    for row in rows:
        ordered = {c: row.get(c) for c in columns}
        if writer:
            writer.writerow(ordered)
        else:
            out.write(json.dumps(ordered, ensure_ascii=False) + "\n")
        count += 1
    return count


def export_to(home: str, kind: str, fmt: str, output: str | None) -> int:
    """write_export to the file `output` (written whole or not at all), or to stdout."""
    check_export(kind, fmt)
    require_store(home)
    if output is None:
        return write_export(home, kind, fmt, sys.stdout)
    buffer = io.StringIO()
    count = write_export(home, kind, fmt, buffer)
    write_atomically(pathlib.Path(output), buffer.getvalue())
    return count

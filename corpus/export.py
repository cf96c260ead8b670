"""Every record of one kind -> rows for CSV or JSON Lines, read from the store's cached
extractions (the same records the index holds, in document order).

Column names follow Open Civic Data / Popolo where one fits: `organization` (the body),
`start_date`, `agenda_item_order`, `agenda_item_description`, `text`, `source_path`,
`source_page`; the README lists them all."""
from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from corpus.errors import StoreError
from corpus.output_file import write_output_file
from corpus.register.commands import register_export_columns
from corpus.store import require_store
from corpus.surrogates import to_json
from index.records import IndexRecord, extraction_to_records

MEETING = ["organization", "start_date"]
ITEM = ["agenda_item_order", "agenda_item_description"]
SOURCE = ["source_path", "source_page"]
COLUMNS: dict[str, list[str]] = {
    "meetings": ["id", "name", "classification", *MEETING, "start_time", "location", *SOURCE, "source_page_end"],
    "attendees": ["id", *MEETING, "name", "honorific", "role", "status", "organisation", "substitute_for",
                  *SOURCE],
    "resolutions": ["id", *MEETING, *ITEM, "number", "text", *SOURCE],
    "decisions": ["id", *MEETING, *ITEM, "text", *SOURCE],
    # status, due_date and the status_* evidence come from the action register (corpus.register.assemble).
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


# export kind -> the index record kind its rows are made from
RECORD_KINDS = {"meetings": "document", "attendees": "attendee", "resolutions": "resolution",
                "decisions": "decision", "actions": "action", "findings": "finding"}


def export_rows(home: str, kind: str) -> Iterator[dict[str, Any]]:
    """Rows of `kind` (one of EXPORT_KINDS), made from the index's records so ids, bodies and
    dates are the ones search and the action register show."""
    check_export(kind)
    store = require_store(home)
    register = register_export_columns(store) if kind == "actions" else {}
    for extraction in store.indexed_extractions():
        for record in extraction_to_records(extraction):
            if record.kind == RECORD_KINDS[kind]:
                row = record_to_row(kind, record)
                yield {**row, **register.get(row["id"], {})}


def record_to_row(kind: str, record: IndexRecord) -> dict[str, Any]:
    x = record.extra
    row: dict[str, Any] = {"id": record.id, "organization": record.body, "start_date": record.date,
                           "source_path": record.path, "source_page": record.page,
                           "agenda_item_order": record.item_number, "agenda_item_description": record.item_title}
    if kind == "meetings":
        return {**row, "name": x["title"], "classification": record.doc_kind, "start_time": x["time"],
                "location": x["venue"], "source_page_end": x["page_end"]}
    if kind == "attendees":
        return {**row, **{k: x[k] for k in ("name", "honorific", "role", "status", "organisation",
                                              "substitute_for")}}
    if kind == "findings":
        return {**row, "classification": x["finding_kind"], "number": x["number"], "area": x["area"],
                "grade": x["grade"], "text": x["text"]}
    if kind == "resolutions":
        return {**row, "number": x["number"], "text": record.text}
    if kind == "actions":
        return {**row, "text": record.text, "owner": x["owner"], "due_date": x["due"], "status": x["status"]}
    return {**row, "text": record.text}


def write_export(home: str, kind: str, fmt: str, out: TextIO) -> int:
    """Writes every row of `kind` to `out` as CSV (with a header) or JSON Lines; returns the count."""
    check_export(kind, fmt)
    require_store(home)
    rows = list(export_rows(home, kind))  # read whole first: a damaged store stops it before any row
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
            out.write(to_json(ordered) + "\n")
        count += 1
    return count


def export_to(home: str, kind: str, fmt: str, output: str | None) -> int:
    """write_export to the file `output` (corpus.output_file: whole or not at all), or to stdout."""
    check_export(kind, fmt)
    require_store(home)
    if output is None:
        return write_export(home, kind, fmt, sys.stdout)
    buffer = io.StringIO()
    count = write_export(home, kind, fmt, buffer)
    # A file name that is not UTF-8 is written as its own bytes, as on stdout (corpus.surrogates).
    write_output_file(output, buffer.getvalue().encode("utf-8", "surrogateescape"))
    return count
